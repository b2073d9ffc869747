"""The corpus of one warehouse version: its small tables with their aggregates, and its texts.

A :class:`Corpus` holds meetings and speeches without their text, people, and the aggregates
(``dashboard.indexes.aggregates``). It is opened from two persisted bundles
(``dashboard.storage.bundles``):

- ``corpus``: the small tables as Arrow files, the codebook-independent aggregate arrays, and
  where each meeting's row sits in the parts (file and row), so one meeting's text is read from
  one part file, not all of them;
- ``themes-stored`` (the ETL's counts) or ``themes-<codebook key>`` (recounted with an edited
  codebook): the speech x theme and meeting x theme matrices.

Both are built once per warehouse version (from :func:`load_corpus`) and then opened
memory-mapped: opening costs the conversion of the small tables to pandas, not a rebuild.
No streamlit here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from dashboard.indexes import aggregates
from dashboard.indexes.aggregates import Aggregates
from dashboard.indexes.memo import Slot
from dashboard.storage import bundles, tables
from etl.count.codebook import Codebook
from etl.count.matching import ThemeCounter, speech_theme_hits
from etl.extract.text.textnorm import for_counting
from etl.io.warehouse import Warehouse

__all__ = [
    "SPEAKERS_BY_MEETING",
    "TITLES",
    "Corpus",
    "load_corpus",
    "meeting_texts",
    "named_speakers",
    "open_corpus",
    "recount",
    "small_table",
    "speaker_titles",
    "speech_keys",
    "themes_bundle_name",
]

STORED = "stored"
SPEAKERS_BY_MEETING: Slot[pd.Series] = Slot("speakers_by_meeting")  # meeting_id -> 、-joined named speakers
TITLES: Slot[pd.Series] = Slot("titles")  # name -> every title seen with it, ；-joined
HIT_ROWS: Slot[tuple[pd.DataFrame, np.ndarray]] = Slot("hit_rows")  # derived from the speech x theme matrix


@dataclass(frozen=True)
class Corpus:
    """The small tables of one warehouse version, read once (never mutate these frames)."""

    meetings: pd.DataFrame  # meeting_id, source, title, date, date_precision, organ, meeting_type, region, n_chars, is_report, not_report_reason
    speeches: pd.DataFrame  # meeting_id, seq, speaker, start, n_chars
    people: pd.DataFrame  # meeting_id, name, title, role
    stored_hits: pd.DataFrame | None  # meeting_id, seq, theme, count; None: derived from ``agg`` (see hits)
    version: int = 0
    # built from the frames above unless given (``open_corpus`` opens persisted ones)
    agg: Aggregates = field(default=None, repr=False, compare=False)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.agg is None:
            assert self.stored_hits is not None, "a corpus without aggregates needs its hits"
            object.__setattr__(self, "agg", aggregates.build(self.meetings, self.speeches, self.stored_hits))

    @property
    def _hit_rows(self) -> tuple[pd.DataFrame, np.ndarray]:
        if self.stored_hits is not None and self.agg.hit_speech is not None:
            return self.stored_hits, self.agg.hit_speech
        return self.agg.memo.once(HIT_ROWS, lambda: aggregates.hits_frame(self.agg, self.speeches))

    @property
    def hits(self) -> pd.DataFrame:
        """Theme hits per speech: meeting_id, seq, theme, count (summed over keywords)."""
        return self._hit_rows[0]

    @property
    def hit_speech(self) -> np.ndarray:
        """Row position in ``speeches`` of each row of ``hits`` (-1: no such speech)."""
        return self._hit_rows[1]

    @property
    def empty(self) -> bool:
        return bool(self.meetings.empty)


# --- built in memory -----------------------------------------------------------------------


def load_corpus(wh: Warehouse, recount_with: Codebook | None = None) -> Corpus:
    """Read the small tables and build the aggregates in memory (``open_corpus`` persists them).

    With ``recount_with``, theme hits are recounted from the texts.
    """
    meetings, speeches, people = tables.small_frames(tables.read_small_tables(wh))
    hits = tables.stored_hits(wh) if recount_with is None else recount(wh, recount_with)
    hits["theme"] = hits["theme"].astype(object)
    return Corpus(meetings, speeches, people, hits, wh.version)


def recount(wh: Warehouse, codebook: Codebook) -> pd.DataFrame:
    """Theme hits per speech with another codebook, counted exactly as the ETL counts them."""
    counter = ThemeCounter(codebook)
    spans = tables.read_columns(wh, "speeches", ["meeting_id", "seq", "start", "n_chars"]).to_pandas()
    by_meeting = {
        m: list(zip(g["seq"], g["start"], g["start"] + g["n_chars"], strict=True))
        for m, g in spans.groupby("meeting_id", sort=False)
    }
    totals: dict[tuple[str, int, str], int] = {}
    for mid, text in tables.iter_texts(wh):
        speeches = by_meeting.get(mid)
        if speeches is None:
            continue
        for seq, theme, _kw, n in speech_theme_hits(counter, for_counting(text), speeches):
            key = (mid, int(seq), theme)
            totals[key] = totals.get(key, 0) + n
    rows = [(*key, n) for key, n in totals.items()]
    return pd.DataFrame(rows, columns=["meeting_id", "seq", "theme", "count"]).astype(
        {"seq": "int32", "count": "int64"}
    )


def named_speakers(speeches: pd.DataFrame) -> pd.Series:
    """meeting_id -> the named speakers of ``speeches`` joined by 、 (first speech first)."""
    sp = speeches.dropna(subset=["speaker"]).drop_duplicates(["meeting_id", "speaker"])
    return sp.groupby("meeting_id", sort=False)["speaker"].agg("、".join)


def speaker_titles(c: Corpus) -> pd.Series:
    """name -> every title seen with it, in order of first appearance, joined by ；(memoised)."""

    def compute() -> pd.Series:
        titled = c.people.dropna(subset=["title"]).drop_duplicates(["name", "title"])
        return titled.groupby("name")["title"].agg("；".join)

    return c.agg.memo.once(TITLES, compute)


# --- persisted -----------------------------------------------------------------------------


def themes_bundle_name(codebook_key: str | None) -> str:
    """``themes-stored``, or ``themes-<key>`` for counts recounted with another codebook."""
    return f"themes-{codebook_key or STORED}"


def open_corpus(wh: Warehouse, recount_with: Codebook | None = None, codebook_key: str | None = None) -> Corpus:
    """The corpus of this version; with ``recount_with`` (and its key), themes recounted with it."""
    built: list[Corpus] = []

    def in_memory() -> Corpus:  # built at most once, only when a bundle is missing
        if not built:
            built.append(load_corpus(wh, recount_with))
        return built[0]

    base = bundles.load(wh, "corpus", lambda: _corpus_bundle(wh, in_memory))
    themes = bundles.load(
        wh,
        themes_bundle_name(codebook_key if recount_with is not None else None),
        lambda: aggregates.theme_bundle(in_memory().agg),
    )
    meetings, speeches, people = tables.small_frames({k: base[k] for k in tables.SMALL_TABLES})
    agg = aggregates.from_bundles(meetings, base, themes)
    corpus = Corpus(meetings, speeches, people, None, wh.version, agg)
    _fill_memo(corpus, base)
    return corpus


def _corpus_bundle(wh: Warehouse, in_memory: Callable[[], Corpus]) -> bundles.Bundle:
    c = in_memory()
    small = tables.read_small_tables(wh)
    return {**small, **aggregates.base_bundle(c.agg), **_locator(wh), **_memo_bundle(c)}


# filter-free answers a page asks on its first render: persisted, then put in ``agg.memo``
MEMO = {SPEAKERS_BY_MEETING: ("meeting_id", "speaker"), TITLES: ("name", "title")}


def _memo_bundle(c: Corpus) -> bundles.Bundle:
    answers = {SPEAKERS_BY_MEETING: named_speakers(c.speeches), TITLES: speaker_titles(c)}
    return {
        f"memo_{slot.name}": pa.table(
            {
                key: pa.array(list(answers[slot].index), pa.string()),
                value: pa.array(list(answers[slot]), pa.string()),
            }
        )
        for slot, (key, value) in MEMO.items()
    }


def _fill_memo(c: Corpus, base: bundles.Bundle) -> None:
    for slot, (key, value) in MEMO.items():
        table: pa.Table = base[f"memo_{slot.name}"]
        frame = table.to_pandas()
        c.agg.memo.put(slot, pd.Series(frame[value].array, index=pd.Index(frame[key], name=key), name=value))


def _locator(wh: Warehouse) -> bundles.Bundle:
    """Part file and row of every meeting, in the order of the meetings table."""
    paths = tables.files(wh, "meetings")
    rows = [pq.ParquetFile(p).metadata.num_rows for p in paths]
    return {
        "meeting_file": np.repeat(np.arange(len(paths), dtype=np.int32), rows),
        "meeting_row": np.concatenate([np.arange(n, dtype=np.int64) for n in rows]) if rows else np.zeros(0, np.int64),
        "part_files": pa.table({"path": pa.array([str(Path(p).relative_to(wh.root)) for p in paths], pa.string())}),
    }


def _base(wh: Warehouse, c: Corpus | None = None) -> bundles.Bundle:
    return bundles.load(wh, "corpus", lambda: _corpus_bundle(wh, lambda: c or load_corpus(wh)))


def small_table(wh: Warehouse, name: str) -> pa.Table:
    """meetings, speeches or people as the corpus reads them (row = position in the frame)."""
    table: pa.Table = _base(wh)[name]
    return table


def speech_keys(wh: Warehouse) -> pa.Table:
    """(meeting_id, seq) of every speech, in ``Corpus.speeches`` order (row = speech position)."""
    return small_table(wh, "speeches").select(["meeting_id", "seq"])


def meeting_texts(wh: Warehouse, c: Corpus, meeting_ids: list[str] | set[str]) -> dict[str, str]:
    """Display texts of some meetings, reading only the part files that hold them."""
    base = _base(wh, c)
    pos = c.agg.meeting_index.get_indexer(list(meeting_ids))
    pos = pos[pos >= 0]
    if not len(pos):
        return {}
    file_of = np.asarray(base["meeting_file"])[pos]
    row_of = np.asarray(base["meeting_row"])[pos]
    parts = base["part_files"].column("path").to_pylist()
    out: dict[str, str] = {}
    for f in np.unique(file_of):
        rows = row_of[file_of == f]
        table = pq.read_table(wh.root / parts[f], columns=["meeting_id", "text"]).take(pa.array(rows))
        out.update(zip(table["meeting_id"].to_pylist(), table["text"].to_pylist(), strict=True))
    return out
