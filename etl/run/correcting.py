"""Apply the corrections file to the warehouse: a cheap meeting-level rewrite, no re-segmentation.

The ``corrected`` table keeps, for every field a correction changed, the value the reading gave.
So each run first puts those values back, then applies the file as it is now: a correction edited
or removed since the last run leaves no trace, and one kept survives any re-run. Meetings read
again this run come fresh from the reading, and their old values are dropped instead.

Only the parts holding a corrected meeting are rewritten, and in them only the meetings, people
and speeches files (the counts are hard-linked: a rename or a date does not change a word count).
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from etl.contract import schema
from etl.contract.settings import Settings
from etl.io.warehouse import Warehouse, WarehouseError, Writer, lock
from etl.run.corrections import Correction, CorrectionsFile, read_corrections, user_file_record

_META_FIELDS = (
    "date",
    "date_precision",
    "date_source",
    "organ",
    "meeting_type",
    "region",
    "is_report",
    "not_report_reason",
)
NOT_REPORT_REASON = "a correction says this is not a meeting report"
Person = tuple[str, str | None, str]  # name, title, role


@dataclass(frozen=True)
class MeetingRows:
    """What a correction may change in one meeting: metadata, people and the speaker of each speech."""

    meta: Mapping[str, Any]
    people: tuple[Person, ...]
    speakers: tuple[str | None, ...]


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


# -- fields as JSON values -------------------------------------------------------------------------


def field_value(rows: MeetingRows, name: str) -> Any:
    """A field of ``schema.CORRECTED_FIELDS`` as the JSON value the ``corrected`` table keeps."""
    m = rows.meta
    if name == "date":
        return [m["date"].isoformat() if m["date"] else None, m["date_precision"], m["date_source"]]
    if name == "is_report":
        return [m["is_report"], m["not_report_reason"]]
    if name == "people":
        return [list(p) for p in rows.people]
    if name == "speakers":
        return list(rows.speakers)
    return m[name]


def with_field(rows: MeetingRows, name: str, value: Any) -> MeetingRows:
    """``rows`` with a field set from its JSON value (the inverse of ``field_value``)."""
    meta = dict(rows.meta)
    if name == "date":
        meta["date"] = dt.date.fromisoformat(value[0]) if value[0] else None
        meta["date_precision"], meta["date_source"] = value[1], value[2]
    elif name == "is_report":
        meta["is_report"], meta["not_report_reason"] = value
    elif name == "people":
        return MeetingRows(meta, tuple((p[0], p[1], p[2]) for p in value), rows.speakers)
    elif name == "speakers":
        return MeetingRows(meta, rows.people, tuple(value))
    else:
        meta[name] = value
    return MeetingRows(meta, rows.people, rows.speakers)


# -- one meeting ------------------------------------------------------------------------------------


def apply_one(rows: MeetingRows, correction: Correction) -> tuple[MeetingRows, str | None]:
    """``rows`` with one correction applied, and a problem when a rename finds no one to rename."""
    problem = None
    for name, value in correction.changes.items():
        if name == "date":
            date, precision = value
            rows = with_field(
                rows, "date", [date.isoformat() if date else None, precision, "correction" if date else "none"]
            )
        elif name == "is_report":
            rows = with_field(rows, "is_report", [value, None if value else NOT_REPORT_REASON])
        elif name == "presider":
            rows = MeetingRows(rows.meta, _with_presider(rows.people, value), rows.speakers)
        elif name == "rename":
            old, new = value
            if old not in {p[0] for p in rows.people} | set(rows.speakers):
                problem = f"no one named {old} in this meeting's people or speeches"
                continue
            rows = MeetingRows(
                rows.meta, _renamed(rows.people, old, new), tuple(new if s == old else s for s in rows.speakers)
            )
        else:
            rows = with_field(rows, name, value)
    return rows, problem


def _with_presider(people: Sequence[Person], name: str | None) -> tuple[Person, ...]:
    """The presiders read replaced by ``name`` (with the title the meeting gives that name elsewhere)."""
    others = tuple(p for p in people if p[2] != "presider")
    if name is None:
        return others
    title = next((p[1] for p in people if p[0] == name and p[1]), None)
    return ((name, title, "presider"), *others)


def _renamed(people: Sequence[Person], old: str, new: str) -> tuple[Person, ...]:
    """``old`` renamed ``new``; a person then listed twice in one role is one row (the first title kept)."""
    out: dict[tuple[str, str], Person] = {}
    for name, title, role in people:
        name = new if name == old else name
        kept = out.get((name, role))
        out[(name, role)] = (name, (kept[1] if kept else None) or title, role)
    return tuple(out.values())


def correct_meeting(
    rows: MeetingRows, extracted: Mapping[str, str], corrections: Sequence[Correction]
) -> tuple[MeetingRows, list[tuple[str, str, str, str]], list[tuple[Correction, str]]]:
    """The meeting as read (``extracted`` put back), then corrected.

    Returns the rows, the ``corrected`` rows (field, extracted JSON, corrected JSON, lines) and
    the corrections that found no one to rename (with why)."""
    for name, value in extracted.items():
        rows = with_field(rows, name, json.loads(value))
    read = rows
    lines: dict[str, list[int]] = {}
    missed: list[tuple[Correction, str]] = []
    for correction in sorted(corrections, key=lambda c: c.line):
        before = rows
        rows, problem = apply_one(rows, correction)
        if problem:
            missed.append((correction, problem))
        for name in schema.CORRECTED_FIELDS:
            if field_value(before, name) != field_value(rows, name):
                lines.setdefault(name, []).append(correction.line)
    changed = [
        (name, _json(field_value(read, name)), _json(field_value(rows, name)), ",".join(map(str, lines.get(name, []))))
        for name in schema.CORRECTED_FIELDS
        if field_value(read, name) != field_value(rows, name)
    ]
    return rows, changed, missed


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


# -- which meeting a row names ----------------------------------------------------------------------


def match(
    corrections: Iterable[Correction], sources: pa.Table
) -> tuple[dict[str, list[Correction]], list[Correction], list[str]]:
    """Corrections by the meeting they name, those naming none, and problems (rows naming several).

    ``sources``: (meeting_id, source) of every live meeting. A row's meeting_id and source must
    name one meeting between them; a source matches exactly, or as the end of a path."""
    ids = set(sources["meeting_id"].to_pylist())
    exact: dict[str, set[str]] = {}
    for mid, src in zip(sources["meeting_id"].to_pylist(), sources["source"].to_pylist(), strict=True):
        exact.setdefault(src, set()).add(mid)
    wanted = list(corrections)
    by_tail = _tail_matches({c.source for c in wanted if c.source and c.source not in exact}, exact)
    found: dict[str, list[Correction]] = {}
    unmatched: list[Correction] = []
    problems: list[str] = []
    for c in wanted:
        named = ({c.meeting_id} & ids if c.meeting_id else set()) | (
            exact.get(c.source) or by_tail.get(c.source, set()) if c.source else set()
        )
        if len(named) > 1:
            problems.append(
                f"line {c.line}: names {len(named)} meetings ({', '.join(sorted(named)[:3])}); give its meeting_id"
            )
        elif named:
            found.setdefault(named.pop(), []).append(c)
        else:
            unmatched.append(c)
    return found, unmatched, problems


def _tail_matches(given: set[str], exact: Mapping[str, set[str]]) -> dict[str, set[str]]:
    """Meetings of the stored sources that end with a given one at a path boundary (a/b.txt)."""
    if not given:
        return {}
    by_last: dict[str, list[str]] = {}
    for g in given:
        by_last.setdefault(g.replace("\\", "/").rsplit("/", 1)[-1], []).append(g)
    out: dict[str, set[str]] = {}
    for src, mids in exact.items():
        for g in by_last.get(src.replace("\\", "/").rsplit("/", 1)[-1], ()):
            if src.replace("\\", "/").endswith("/" + g.replace("\\", "/").lstrip("/")):
                out.setdefault(g, set()).update(mids)
    return out


# -- one part ---------------------------------------------------------------------------------------


def correct_part(
    tables: Mapping[str, pa.Table],
    extracted: Mapping[str, Mapping[str, str]],
    wanted: Mapping[str, Sequence[Correction]],
) -> tuple[dict[str, pa.Table], list[dict[str, str]], list[tuple[Correction, str]]]:
    """The part's meetings, people and speeches tables that change, the ``corrected`` rows of its
    meetings, and the corrections that found no one to rename. ``tables`` is not changed."""
    meetings, people, speeches = tables["meetings"], tables["people"], tables["speeches"]
    ids = meetings["meeting_id"].to_pylist()
    targets = {m: i for i, m in enumerate(ids) if m in extracted or m in wanted}
    meta_cols = {c: meetings[c].to_pylist() for c in _META_FIELDS}
    person_rows = people.to_pylist()
    persons: dict[str, list[Person]] = {}
    for p in person_rows:
        if p["meeting_id"] in targets:
            persons.setdefault(p["meeting_id"], []).append((p["name"], p["title"], p["role"]))
    speakers = speeches["speaker"].to_pylist()
    by_meeting = _positions(speeches["meeting_id"].to_pylist(), speeches["seq"].to_pylist())
    new_people: dict[str, tuple[Person, ...]] = {}
    corrected: list[dict[str, str]] = []
    missed: list[tuple[Correction, str]] = []
    changed: set[str] = set()
    for mid, i in targets.items():
        rows = MeetingRows(
            {c: meta_cols[c][i] for c in _META_FIELDS},
            tuple(persons.get(mid, ())),
            tuple(speakers[j] for j in by_meeting.get(mid, ())),
        )
        fixed, fields, misses = correct_meeting(rows, extracted.get(mid, {}), wanted.get(mid, ()))
        missed += misses
        corrected += [
            {"meeting_id": mid, "field": f, "extracted": e, "corrected": c, "rows": r} for f, e, c, r in fields
        ]
        for c in _META_FIELDS:
            if meta_cols[c][i] != fixed.meta[c]:
                meta_cols[c][i] = fixed.meta[c]
                changed.add("meetings")
        if fixed.people != rows.people:
            new_people[mid] = fixed.people
            changed.add("people")
        for j, speaker in zip(by_meeting.get(mid, ()), fixed.speakers, strict=True):
            if speakers[j] != speaker:
                speakers[j] = speaker
                changed.add("speeches")
    out: dict[str, pa.Table] = {}
    if "meetings" in changed:
        out["meetings"] = _with_columns(meetings, meta_cols)
    if "people" in changed:
        out["people"] = pa.Table.from_pylist(_people_rows(person_rows, new_people), schema=schema.PEOPLE.schema)
    if "speeches" in changed:
        out["speeches"] = _with_columns(speeches, {"speaker": speakers})
    return out, corrected, missed


def _positions(meeting_ids: Sequence[str], seqs: Sequence[int]) -> dict[str, list[int]]:
    """Row positions of each meeting's speeches, in seq order."""
    out: dict[str, list[tuple[int, int]]] = {}
    for j, (mid, seq) in enumerate(zip(meeting_ids, seqs, strict=True)):
        out.setdefault(mid, []).append((seq, j))
    return {mid: [j for _, j in sorted(pairs)] for mid, pairs in out.items()}


def _with_columns(table: pa.Table, columns: Mapping[str, list[Any]]) -> pa.Table:
    for name, values in columns.items():
        i = table.schema.get_field_index(name)
        table = table.set_column(i, table.schema.field(i), pa.array(values, table.schema.field(i).type))
    return table


def _people_rows(rows: Sequence[Mapping[str, Any]], new: Mapping[str, tuple[Person, ...]]) -> list[dict[str, Any]]:
    """The people rows with those of the meetings in ``new`` replaced where they stood."""
    out: list[dict[str, Any]] = []
    done: set[str] = set()
    for r in rows:
        mid = r["meeting_id"]
        if mid not in new:
            out.append(dict(r))
        elif mid not in done:
            done.add(mid)
            out += _person_dicts(mid, new[mid])
    for mid in new.keys() - done:  # a meeting that had no one and now has a presider
        out += _person_dicts(mid, new[mid])
    return out


def _person_dicts(mid: str, people: Iterable[Person]) -> list[dict[str, Any]]:
    return [{"meeting_id": mid, "name": n, "title": t, "role": r} for n, t, r in people]


# -- the warehouse -----------------------------------------------------------------------------------


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
                pc.is_in(stored["meeting_id"], value_set=pa.array(sorted(keep), pa.string()))
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
    outcome.corrected = pa.Table.from_pylist(rows, schema=schema.CORRECTED.schema)
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
    live = pa.array(sorted(part_of), pa.string())
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
    """Apply the corrections file to the warehouse as it is: no input read, nothing segmented."""
    started = time.perf_counter()
    with lock(settings.warehouse, settings.wait):
        base = Warehouse.open(settings.warehouse)
        if not base.exists:
            raise WarehouseError(f"{settings.warehouse}: no warehouse yet; run `policy-themes etl` first")
        writer = Writer(base)
        outcome = apply_corrections(writer, read_corrections(settings.corrections_file))
        info = {k: v for k, v in base.manifest.items() if k in ("package_version", "inputs", "codebook", "corpus")}
        info.update(manifest_records(outcome, settings))
        info["last_run"] = {
            "corrections": True,
            "parts": outcome.parts,
            "seconds": round(time.perf_counter() - started, 3),
        }
        writer.commit(base.read(schema.INPUTS.name), info, corrected=outcome.corrected)
    return outcome


__all__ = [
    "MeetingRows",
    "Outcome",
    "apply_corrections",
    "correct_meeting",
    "correct_part",
    "manifest_records",
    "match",
    "reapply",
]
