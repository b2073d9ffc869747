"""Recount themes and 提法 after a codebook edit, without segmenting anything again.

The manifest keeps the themes file that made the counts, so a recount knows which themes
changed and counts only those (plus every 提法 when the formula list changed) on the stored
text. A new dictionary or stopword list changes the tokens: that needs a full ``etl`` run.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from etl.contract import arrow_values, schema
from etl.contract.settings import Settings
from etl.count.codebook import (
    DICTIONARY_FILE,
    FORMULAS_FILE,
    STOPWORDS_FILE,
    Codebook,
    CodebookFiles,
    load_folder,
    parse_themes,
)
from etl.count.formulas import FormulaFinder
from etl.count.matching import ThemeCounter, speech_theme_hits
from etl.extract.dates.sessions import SESSIONS_FILE
from etl.extract.text.textnorm import TRADITIONAL_MARKERS, for_counting, to_simplified
from etl.io.warehouse import Warehouse, Writer, lock, write_replacement
from etl.run.engines import ByName, Engine, make_engine

_CJK_ONLY = re.compile(r"[\u3400-\u9fff、]+")


def _keywords(themes_csv: str) -> list[str]:
    return [kw for t in parse_themes(themes_csv, "recount").themes for kw in t.keywords] if themes_csv else []


class NeedsFullRun(RuntimeError):
    """The tokens depend on what changed (dictionary or stopwords): run ``etl`` instead."""


@dataclass(frozen=True)
class RecountPlan:
    """Plain data for the workers: which themes to recount, with their new keywords."""

    themes_csv: str  # the changed themes in themes.csv form ("" when none)
    dropped: tuple[str, ...]  # themes whose rows go (changed or removed)
    formulas: tuple[str, ...] | None  # the new formula list, or None when it did not change

    @property
    def cjk_only(self) -> bool:
        """Are all keywords and formulas to count made of CJK characters only?"""
        words = [*_keywords(self.themes_csv), *(self.formulas or ())]
        return all(_CJK_ONLY.fullmatch(w) for w in words)

    @property
    def empty(self) -> bool:
        return not self.dropped and self.formulas is None

    def text_filter(self) -> str | None:
        """An RE2 pattern (pyarrow's regex engine) that every stored text whose counts can change
        matches, or None when every text must be read (the formulas changed, or a keyword is
        not CJK-only).

        A CJK-only keyword is counted on the simplified form of the text, which is the text
        itself unless the text has a traditional character: a text that holds neither one of
        the keywords nor a traditional marker gives no hit, and is never turned into Python
        strings. A recount with no new keywords reads no text at all (an empty pattern)."""
        if self.formulas is not None or not self.cjk_only:
            return None
        words = dict.fromkeys(_keywords(self.themes_csv))
        if not words:
            return ""
        return "|".join([*(_re2_literal(w) for w in words), TRADITIONAL_MARKERS.pattern])


def _re2_literal(word: str) -> str:
    return "".join(f"\\x{{{ord(c):02x}}}" if c.isascii() and not c.isalnum() else c for c in word)


def codebook_record(files: CodebookFiles, folder: str) -> dict[str, Any]:
    """What the manifest keeps of the codebook: hashes, and the themes file for later recounts."""
    return {"folder": folder, "hashes": dict(files.hashes), "themes": files.codebook.to_csv()}


def plan_recount(recorded: dict[str, Any], files: CodebookFiles) -> RecountPlan:
    old_hashes = recorded.get("hashes", {})
    for name in (DICTIONARY_FILE, STOPWORDS_FILE, SESSIONS_FILE):
        if old_hashes.get(name) != files.hashes.get(name):
            raise NeedsFullRun(f"{name} changed: tokens must be segmented again; run `policy-themes etl`")
    if "themes" not in recorded:
        raise NeedsFullRun("this warehouse does not record its themes; run `policy-themes etl` once")
    old = {t.theme: t for t in parse_themes(recorded["themes"], "manifest").themes}
    new = {t.theme: t for t in files.codebook.themes}
    changed = [t for name, t in new.items() if old.get(name) != t]
    dropped = sorted({t.theme for t in changed} | (old.keys() - new.keys()))
    formulas_changed = old_hashes.get(FORMULAS_FILE) != files.hashes[FORMULAS_FILE]
    return RecountPlan(
        themes_csv=Codebook(tuple(changed)).to_csv() if changed else "",
        dropped=tuple(dropped),
        formulas=files.formulas if formulas_changed else None,
    )


def recount_part(root: str, part: str, plan: RecountPlan, folder: str) -> tuple[str, dict[str, int]]:
    """Recount one part into the new part ``folder`` (``write_replacement``: its themes and
    formulas tables anew, the others linked); the function every engine runs. Returns ``part``
    and the rows of the tables written, none when nothing changed (no folder then).

    The worker writes the folder where it runs, so the parts' parquet is encoded in parallel and
    no table travels back to the main process."""
    tables = _recounted_tables(Warehouse.open(root), part, plan)
    return part, write_replacement(Path(root), part, Path(folder), tables) if tables else {}


def _recounted_tables(wh: Warehouse, part: str, plan: RecountPlan) -> dict[str, pa.Table]:
    """New themes (and formulas) tables of one part; none for a table the recount leaves as it is
    (themes: no row of a dropped theme, no hit of a new one)."""
    meetings = _meetings_to_count(wh, part, plan)
    speeches = wh.read_part(part, "speeches", ["meeting_id", "seq", "start", "n_chars"])
    speeches = speeches.filter(pc.is_in(speeches["meeting_id"], value_set=meetings["meeting_id"].combine_chunks()))
    texts = dict(zip(meetings["meeting_id"].to_pylist(), meetings["text"].to_pylist(), strict=True))
    spans: dict[str, list[tuple[int, int, int]]] = {}  # meeting -> (seq, start, end) of its speeches
    columns = (speeches[c].to_pylist() for c in ("meeting_id", "seq", "start", "n_chars"))
    for m, seq, start, n in zip(*columns, strict=True):
        spans.setdefault(m, []).append((seq, start, start + n))
    # Folding full-width letters and digits cannot change where CJK-only keywords match, and it is
    # most of the cost of the counting form: skip it when every keyword to count is CJK-only.
    normal = to_simplified if plan.cjk_only else for_counting
    counting = {m: normal(texts[m]) for m in spans}
    out: dict[str, pa.Table] = {}
    if plan.dropped:
        old = wh.read_part(part, "themes")
        kept = old.filter(pc.invert(pc.is_in(old["theme"], value_set=arrow_values.array(plan.dropped, pa.string()))))
        theme_rows: list[tuple[Any, ...]] = []
        if plan.themes_csv:
            counter = ThemeCounter(parse_themes(plan.themes_csv, "recount"))
            for m, parts in spans.items():
                theme_rows += ((m, seq, t, kw, n) for seq, t, kw, n in speech_theme_hits(counter, counting[m], parts))
        new = _table(schema.THEMES, theme_rows)
        if new.num_rows or kept.num_rows < old.num_rows:  # otherwise the part's themes stand as they are
            out["themes"] = pa.concat_tables([kept.select(list(schema.THEMES.column_names)), new])
    if plan.formulas is not None:
        finder = FormulaFinder(plan.formulas)
        formula_rows: list[tuple[Any, ...]] = [
            (m, seq, f, n)
            for m, parts in spans.items()
            for seq, a, b in parts
            for f, n in finder.count(counting[m][a:b]).items()
        ]
        out["formulas"] = _table(schema.FORMULAS, formula_rows)
    return out


def _meetings_to_count(wh: Warehouse, part: str, plan: RecountPlan) -> pa.Table:
    """(meeting_id, text) of the part's meetings whose counts can change (``RecountPlan.text_filter``)."""
    pattern = plan.text_filter()
    if pattern == "":
        return schema.empty(schema.MEETINGS).select(["meeting_id", "text"])
    meetings = wh.read_part(part, "meetings", ["meeting_id", "text"])
    return meetings.filter(pc.match_substring_regex(meetings["text"], pattern=pattern)) if pattern else meetings


def _table(table: schema.Table, rows: Iterable[tuple[Any, ...]]) -> pa.Table:
    columns: list[Any] = list(zip(*rows, strict=True)) or [[] for _ in table.columns]
    return pa.Table.from_arrays(
        [arrow_values.array(c, f.type) for c, f in zip(columns, table.schema, strict=True)], schema=table.schema
    )


_RECOUNT_PART = ByName("etl.run.recount:recount_part")  # a local pool imports it once, in its forkserver


def apply(writer: Writer, files: CodebookFiles, engine: Engine) -> int:
    """Stage the recount of every part in ``writer``; returns how many parts changed."""
    plan = plan_recount(dict(writer.base.manifest.get("codebook", {})), files)
    if plan.empty:
        return 0
    root = str(writer.base.root)
    folders = {p: writer.new_part() for p in writer.base.parts}
    n = 0
    work = ((root, p, plan, str(writer.part_folder(new))) for p, new in folders.items())
    for part, written in engine(_RECOUNT_PART, work):
        if written:
            writer.adopt_replacement(part, folders[part], written)
            n += 1
    return n


# A pool costs about half a second to start; the recount reads about 20 M characters/s per core
# (measured on 10 M characters), so below this much stored text one process finishes first.
_POOL_MIN_CHARS = 20_000_000


def _pool_if_worth_it(settings: Settings, base: Warehouse) -> Settings:
    if settings.n_workers <= 1 or settings.engine != "local":
        return settings
    chars = pc.sum(base.read(schema.MEETINGS.name, ["n_chars"])["n_chars"]).as_py() or 0
    return settings if chars >= _POOL_MIN_CHARS else replace(settings, workers=1)


def recount(settings: Settings, engine: Engine | None = None) -> tuple[int, float]:
    """Recount the warehouse with the codebook in ``settings``; returns (parts, seconds)."""
    started = time.perf_counter()
    files = load_folder(settings.codebook)
    with lock(settings.warehouse, settings.wait):
        base = Warehouse.open(settings.warehouse)
        if not base.exists:
            raise NeedsFullRun(f"{settings.warehouse}: no warehouse yet; run `policy-themes etl` first")
        writer = Writer(base)
        n = apply(writer, files, engine or make_engine(_pool_if_worth_it(settings, base)))
        seconds = time.perf_counter() - started
        info = {k: v for k, v in base.manifest.items() if k in ("package_version", "inputs", "corrections", "tenures")}
        info["codebook"] = codebook_record(files, str(settings.codebook))
        info["last_run"] = {"recount": True, "parts": n, "seconds": round(seconds, 3)}
        writer.commit(base.read(schema.INPUTS.name), info)
    return n, seconds


__all__ = ["NeedsFullRun", "RecountPlan", "apply", "codebook_record", "plan_recount", "recount"]
