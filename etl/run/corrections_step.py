"""The corrections step of a run: apply the corrections file to the warehouse, a cheap
meeting-level rewrite with no re-segmentation (docs/reading.md, Corrections).

The ``corrected`` table keeps, for every field a correction changed, the value the reading gave.
So each run first puts those values back, then applies the file as it is now: a correction edited
or removed since the last run leaves no trace, and one kept survives any re-run. Meetings read
again this run come fresh from the reading, and their old values are dropped instead.

Only the parts holding a corrected meeting are rewritten, and in them only the meetings, people
and speeches files (the counts are hard-linked: a rename or a date does not change a word count).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from etl.contract import arrow_values, schema
from etl.contract.settings import Settings
from etl.io.warehouse import Warehouse, WarehouseError, Writer, lock
from etl.run.correcting import correct_part, match
from etl.run.corrections import Correction, CorrectionsFile, read_corrections, user_file_record


@dataclass
class Outcome:
    """What applying the file did: counts for the summary and manifest, the new ``corrected`` rows."""

    corrections: CorrectionsFile
    applied: int = 0
    unmatched: int = 0
    problems: list[str] = field(default_factory=list)
    parts: int = 0  # parts rewritten
    corrected: pa.Table | None = None  # None: keep the stored table

    def record(self) -> dict[str, Any]:
        c = self.corrections
        return {
            "file": c.path,
            "sha256": c.sha256,
            "rows": len(c.corrections),  # rows that parse
            "invalid": len(c.problems),  # rows (or a header) that do not
            "applied": self.applied,
            "unmatched": self.unmatched,
            "problems": self.problems[:50],
        }

    def line(self) -> str:
        if not self.corrections.exists:  # said only when stored corrections were taken back
            return (
                f"corrections: no file at {self.corrections.path}; {self.parts} parts put back as read"
                if self.parts
                else ""
            )
        bad = len(self.problems)
        return (
            f"corrections: {self.corrections.path} ({str(self.corrections.sha256)[:12]}): {self.applied} applied, "
            f"{self.unmatched} unmatched, {bad} with problems, {self.parts} parts rewritten"
        )


def apply_corrections(writer: Writer, corrections: CorrectionsFile, fresh: Iterable[str] = ()) -> Outcome:
    """Stage the corrections in ``writer``: parts whose meetings change are rewritten.

    ``fresh``: meetings this run read again (their rows are as read: no stored value to put back).
    A file that cannot be read changes nothing (the warehouse keeps its corrections)."""
    outcome = Outcome(corrections, problems=list(corrections.problems))
    stored = writer.base.read(schema.CORRECTED.name)
    if not corrections.readable:
        # Meetings read again, or gone, have no stored value to put back later.
        if stored.num_rows:
            keep = set(_live_meetings(writer)[0]) - set(fresh)
            outcome.corrected = stored.filter(
                pc.is_in(stored["meeting_id"], value_set=arrow_values.array(sorted(keep), pa.string()))
            )
        return outcome
    if not corrections.corrections and not stored.num_rows:
        return outcome  # nothing to apply, nothing to put back: no cost at all
    part_of, sources = _live_meetings(writer)
    extracted = _extracted(stored, set(part_of) - set(fresh))
    found, unmatched, problems = match(corrections.corrections, sources)
    outcome.problems += [f"{corrections.path}:{p.removeprefix('line ')}" for p in problems]
    outcome.unmatched = len(unmatched)
    outcome.problems += [f"{corrections.path}:{c.line}: no meeting has this meeting_id or source" for c in unmatched]
    rows: list[dict[str, str]] = []
    missed: list[tuple[Correction, str]] = []
    for part in sorted({part_of[m] for m in (*extracted, *found)}, key=writer.live.index):
        tables = {t: writer.base.read_part(part, t) for t in ("meetings", "people", "speeches")}
        changed, corrected, misses = correct_part(tables, extracted, found)
        rows += corrected
        missed += misses
        if changed:
            writer.replace_tables(part, changed)
            outcome.parts += 1
    missed_lines = {c.line for c, _ in missed}
    outcome.applied = sum(len(cs) for cs in found.values()) - len(missed_lines)
    outcome.unmatched += len(missed_lines)
    outcome.problems += [f"{corrections.path}:{c.line}: {why}" for c, why in missed]
    outcome.corrected = arrow_values.table_from_rows(rows, schema.CORRECTED.schema)
    return outcome


def _live_meetings(writer: Writer) -> tuple[dict[str, str], pa.Table]:
    """meeting_id -> the live part holding it, and (meeting_id, source) of every live meeting."""
    part_of: dict[str, str] = {}
    sources = []
    for part in writer.live:
        for mid in writer.base.read_part(part, "meetings", ["meeting_id"])["meeting_id"].to_pylist():
            part_of[mid] = part
        sources.append(writer.base.read_part(part, "sources", ["meeting_id", "source"]))
    empty = schema.empty(schema.SOURCES).select(["meeting_id", "source"])
    table = pa.concat_tables([empty, *sources])
    live = arrow_values.array(sorted(part_of), pa.string())
    return part_of, table.filter(pc.is_in(table["meeting_id"], value_set=live))


def _extracted(stored: pa.Table, keep: set[str]) -> dict[str, dict[str, str]]:
    """meeting -> field -> the value as read (JSON), for the stored rows of meetings in ``keep``."""
    out: dict[str, dict[str, str]] = {}
    for r in stored.to_pylist():
        if r["meeting_id"] in keep:
            out.setdefault(r["meeting_id"], {})[r["field"]] = r["extracted"]
    return out


def manifest_records(outcome: Outcome, settings: Settings) -> dict[str, Any]:
    """The manifest's records of the users' files: the corrections applied and the tenure overrides."""
    return {"corrections": outcome.record(), "tenures": user_file_record(settings.tenures_file)}


def reapply(settings: Settings) -> Outcome:
    """Apply the corrections file to the warehouse as it is: no input read, nothing segmented.

    The tenure overrides recorded stay the file the last run read, unless ``settings`` names one."""
    started = time.perf_counter()
    with lock(settings.warehouse, settings.wait):
        base = Warehouse.open(settings.warehouse)
        if not base.exists:
            raise WarehouseError(f"{settings.warehouse}: no warehouse yet; run `policy-themes etl` first")
        writer = Writer(base)
        outcome = apply_corrections(writer, read_corrections(settings.corrections_file))
        info = {k: v for k, v in base.manifest.items() if k in ("package_version", "inputs", "codebook", "corpus")}
        recorded = (base.manifest.get("tenures") or {}).get("file")
        info.update(manifest_records(outcome, replace(settings, tenures=settings.tenures or recorded)))
        info["last_run"] = {
            "corrections": True,
            "parts": outcome.parts,
            "seconds": round(time.perf_counter() - started, 3),
        }
        writer.commit(base.read(schema.INPUTS.name), info, corrected=outcome.corrected)
    return outcome


__all__ = ["Outcome", "apply_corrections", "manifest_records", "reapply"]
