"""Answers from the warehouse as pandas frames; no streamlit here, so it is tested like the ETL.

Two layers:

- :func:`load_corpus` reads the small tables once per warehouse version (meetings without
  their text, speeches without theirs, people, and theme hits summed per speech) into a frozen
  :class:`Corpus`. ``dashboard.cache`` keeps one per (warehouse path, manifest version).
- Everything else takes a corpus and a frozen :class:`Filters` and returns a frame. Large
  tables (terms, formulas, the texts) are never loaded whole: DuckDB reads them over the
  manifest's live parquet files with the selected speeches joined in.

The unit of analysis is the *selected speeches*: the speeches of the meetings that pass the
meeting filters, restricted to the chosen speakers when speakers are chosen. A meeting's
characters are the characters of its selected speeches, so every rate uses the same text it
counts in.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, partial
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from dashboard import aggregates
from dashboard.aggregates import Aggregates
from etl import schema
from etl.codebook import Codebook, ThemeCounter
from etl.textnorm import for_counting
from etl.warehouse import Warehouse

GRANULARITIES = ("month", "quarter", "half", "year")
METRICS = ("per10k", "share_meetings", "share_mentions", "count")
NARRATION = "(旁白)"  # label for speeches with no speaker


@dataclass(frozen=True)
class Filters:
    """What the sidebar selected; every query takes one. Empty tuples mean "all"."""

    start: dt.date | None = None
    end: dt.date | None = None
    include_undated: bool = True
    granularity: str = "year"
    themes: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    organs: tuple[str, ...] = ()
    meeting_types: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()

    def without_dates(self) -> Filters:
        return replace(self, start=None, end=None, include_undated=True)

    def without_speakers(self) -> Filters:
        return replace(self, speakers=())


@dataclass(frozen=True)
class Corpus:
    """The small tables of one warehouse version, read once (never mutate these frames)."""

    meetings: pd.DataFrame  # meeting_id, source, title, date, date_precision, organ, meeting_type, region, n_chars
    speeches: pd.DataFrame  # meeting_id, seq, speaker, start, n_chars
    people: pd.DataFrame  # meeting_id, name, title, role
    stored_hits: pd.DataFrame | None  # meeting_id, seq, theme, count; None: derived from ``agg`` (see hits)
    version: int = 0
    # built from the frames above unless given (``dashboard.corpusstore`` opens persisted ones)
    agg: Aggregates = field(default=None, repr=False, compare=False)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.agg is None:
            assert self.stored_hits is not None, "a corpus without aggregates needs its hits"
            object.__setattr__(self, "agg", aggregates.build(self.meetings, self.speeches, self.stored_hits))

    @cached_property
    def _hit_rows(self) -> tuple[pd.DataFrame, np.ndarray]:
        if self.stored_hits is not None and self.agg.hit_speech is not None:
            return self.stored_hits, self.agg.hit_speech
        return aggregates.hits_frame(self.agg, self.speeches)

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


# --- reading -------------------------------------------------------------------------------


def files(wh: Warehouse, table: str) -> list[str]:
    """The live parquet files of ``table`` (only those the manifest lists)."""
    return [str(p) for p in wh.files(table) if Path(p).exists()]


def _sql_list(paths: Sequence[str]) -> str:
    return "[" + ", ".join("'" + p.replace("'", "''") + "'" for p in paths) + "]"


def sql(wh: Warehouse, query: str, tables: dict[str, str], **frames: pd.DataFrame | pa.Table) -> pd.DataFrame:
    """Run ``query`` with ``{name}`` placeholders bound to ``read_parquet`` of the named tables.

    ``frames`` are registered as views (e.g. the selected speeches to join with).
    """
    con = duckdb.connect()
    try:
        for name, frame in frames.items():
            con.register(name, frame)
        sources = {key: sql_source(wh, con, table) for key, table in tables.items()}
        return con.sql(query.format(**sources)).to_arrow_table().to_pandas(date_as_object=False)
    finally:
        con.close()


def sql_source(wh: Warehouse, con: duckdb.DuckDBPyConnection, table: str) -> str:
    """A FROM clause for ``table``'s live files (an empty relation with its columns when none)."""
    paths = files(wh, table)
    if paths:
        return f"read_parquet({_sql_list(paths)})"
    con.register(f"_empty_{table}", schema.empty(schema.BY_NAME[table]))
    return f"_empty_{table}"


def _read(wh: Warehouse, table: str, columns: list[str]) -> pd.DataFrame:
    paths = files(wh, table)
    if not paths:
        return schema.empty(schema.BY_NAME[table]).select(columns).to_pandas(date_as_object=False)
    return pa.concat_tables([pq.read_table(p, columns=columns) for p in paths]).to_pandas(date_as_object=False)


MEETING_COLUMNS = [
    "meeting_id",
    "source",
    "title",
    "date",
    "date_precision",
    "organ",
    "meeting_type",
    "region",
    "n_chars",
]


SPEECH_COLUMNS = ["meeting_id", "seq", "speaker", "start", "n_chars"]
PEOPLE_COLUMNS = ["meeting_id", "name", "title", "role"]
SMALL_TABLES = {"meetings": MEETING_COLUMNS, "speeches": SPEECH_COLUMNS, "people": PEOPLE_COLUMNS}


def read_small_tables(wh: Warehouse) -> dict[str, pa.Table]:
    """meetings (without text), speeches (without text) and people, as Arrow tables."""
    out = {}
    for table, columns in SMALL_TABLES.items():
        paths = files(wh, table)
        empty = schema.empty(schema.BY_NAME[table]).select(columns)
        out[table] = pa.concat_tables([pq.read_table(p, columns=columns) for p in paths]) if paths else empty
    return out


def small_frames(tables: dict[str, pa.Table]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(meetings, speeches, people) frames as the queries expect them, from ``read_small_tables``."""
    meetings = tables["meetings"].to_pandas(date_as_object=False)
    meetings["date"] = pd.to_datetime(meetings["date"])
    for col in ("organ", "meeting_type", "region", "title", "date_precision"):
        meetings[col] = meetings[col].astype(object)
    speeches = tables["speeches"].to_pandas(date_as_object=False)
    speeches["speaker"] = speeches["speaker"].astype(object)
    return meetings, speeches, tables["people"].to_pandas(date_as_object=False)


def stored_hits(wh: Warehouse) -> pd.DataFrame:
    """Theme hits per speech as the ETL counted them (summed over keywords)."""
    return sql(
        wh,
        "SELECT meeting_id, seq, theme, SUM(count)::BIGINT AS count FROM {t} GROUP BY ALL",
        {"t": "themes"},
    )


def load_corpus(wh: Warehouse, recount_with: Codebook | None = None) -> Corpus:
    """Read the small tables and build the aggregates in memory (``corpusstore`` persists them).

    With ``recount_with``, theme hits are recounted from the texts.
    """
    meetings, speeches, people = small_frames(read_small_tables(wh))
    hits = stored_hits(wh) if recount_with is None else recount(wh, recount_with)
    hits["theme"] = hits["theme"].astype(object)
    return Corpus(meetings, speeches, people, hits, wh.version)


def iter_texts(wh: Warehouse, meeting_ids: Iterable[str] | None = None, batch: int = 256) -> Iterable[tuple[str, str]]:
    """(meeting_id, display text) of the given meetings (all when None), streamed from parquet."""
    wanted = None if meeting_ids is None else pa.array(sorted(set(meeting_ids)), pa.string())
    for path in files(wh, "meetings"):
        pf = pq.ParquetFile(path)
        for rb in pf.iter_batches(batch_size=batch, columns=["meeting_id", "text"]):
            table = pa.Table.from_batches([rb])
            if wanted is not None:
                import pyarrow.compute as pc

                table = table.filter(pc.is_in(table["meeting_id"], value_set=wanted))
            yield from zip(table["meeting_id"].to_pylist(), table["text"].to_pylist(), strict=True)


def recount(wh: Warehouse, codebook: Codebook) -> pd.DataFrame:
    """Theme hits per speech with another codebook, counted exactly as the ETL counts them."""
    counter = ThemeCounter(codebook)
    spans = _read(wh, "speeches", ["meeting_id", "seq", "start", "n_chars"])
    by_meeting = {m: g for m, g in spans.groupby("meeting_id", sort=False)}
    rows: list[tuple[str, int, str, int]] = []
    for mid, text in iter_texts(wh):
        counting = for_counting(text)
        group = by_meeting.get(mid)
        if group is None:
            continue
        for seq, start, n in zip(group["seq"], group["start"], group["n_chars"], strict=True):
            totals: dict[str, int] = {}
            for (theme, _kw), c in counter.count(counting[start : start + n]).items():
                totals[theme] = totals.get(theme, 0) + c
            rows += [(mid, int(seq), t, c) for t, c in totals.items()]
    return pd.DataFrame(rows, columns=["meeting_id", "seq", "theme", "count"]).astype(
        {"seq": "int32", "count": "int64"}
    )


# --- filtering -----------------------------------------------------------------------------


def period_start(dates: pd.Series, granularity: str) -> pd.Series:
    """The first day of each date's period (month, quarter, half-year or year)."""
    if granularity not in GRANULARITIES:
        raise ValueError(f"granularity must be one of {GRANULARITIES}, got {granularity!r}")
    d = pd.to_datetime(dates)
    month = {"month": d.dt.month, "quarter": (d.dt.month - 1) // 3 * 3 + 1, "half": (d.dt.month - 1) // 6 * 6 + 1}
    m = month.get(granularity, pd.Series(1, index=d.index))
    out = pd.to_datetime({"year": d.dt.year, "month": m, "day": 1}, errors="coerce") if len(d) else d
    return out


def period_range(first: pd.Timestamp, last: pd.Timestamp, granularity: str) -> pd.DatetimeIndex:
    freq = {"month": "MS", "quarter": "QS", "half": "6MS", "year": "YS"}[granularity]
    return pd.date_range(first, last, freq=freq)


def period_label(ts: pd.Timestamp, granularity: str) -> str:
    if granularity == "year":
        return f"{ts.year}"
    if granularity == "half":
        return f"{ts.year}H{1 if ts.month <= 6 else 2}"
    if granularity == "quarter":
        return f"{ts.year}Q{(ts.month - 1) // 3 + 1}"
    return f"{ts.year}-{ts.month:02d}"


def filter_meetings(meetings: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """Meetings passing the date, organ, meeting type and region filters."""
    return meetings[_meeting_keep(meetings, f)]


def _meeting_keep(meetings: pd.DataFrame, f: Filters) -> pd.Series:
    keep = pd.Series(True, index=meetings.index)
    dated = meetings["date"].notna()
    in_range = dated.copy()
    if f.start is not None:
        in_range &= meetings["date"] >= pd.Timestamp(f.start)
    if f.end is not None:
        in_range &= meetings["date"] <= pd.Timestamp(f.end)
    keep &= in_range | (~dated & f.include_undated)
    for col, chosen in (("organ", f.organs), ("meeting_type", f.meeting_types), ("region", f.regions)):
        if chosen:
            keep &= meetings[col].isin(chosen)
    return keep


def meeting_ids(c: Corpus) -> np.ndarray:
    """``c.meetings["meeting_id"]`` as a numpy object array, converted once per corpus (indexing the
    Arrow-backed column costs a few ms per call)."""
    ids = c.agg.memo.get("meeting_ids")
    if not isinstance(ids, np.ndarray):
        ids = c.agg.memo["meeting_ids"] = c.meetings["meeting_id"].to_numpy(dtype=object)
    return ids


def meeting_mask(c: Corpus, f: Filters) -> np.ndarray:
    """Boolean per row of ``c.meetings``: passes the meeting filters."""
    return np.asarray(_meeting_keep(c.meetings, f).to_numpy(bool))


def speech_mask(c: Corpus, f: Filters) -> np.ndarray:
    """Boolean per row of ``c.speeches``: a selected speech (meeting filters, then speakers)."""
    sm = c.agg.speech_meeting
    keep: np.ndarray = (sm >= 0) & meeting_mask(c, f)[np.maximum(sm, 0)]
    if f.speakers:
        codes = c.agg.speakers.get_indexer(list(f.speakers))
        keep &= np.isin(c.agg.speech_speaker, codes[codes >= 0])
    return keep


def meeting_periods(c: Corpus, granularity: str) -> np.ndarray:
    """Each meeting's period start (NaT when undated), per row of ``c.meetings``."""
    return np.asarray(aggregates.periods(c.agg, c.meetings["date"], granularity, period_start).to_numpy())


def meeting_totals(c: Corpus, f: Filters) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(meeting positions, chars, theme matrix) of the meetings with selected speeches.

    The matrix has one row per selected meeting and one column per ``c.agg.themes``: the hits
    in its selected speeches. Without a speaker filter these are the precomputed per-meeting
    totals; with one, the selected speeches' rows summed per meeting.
    """
    agg = c.agg
    if not f.speakers:
        idx = np.flatnonzero(meeting_mask(c, f) & (agg.meeting_speeches > 0))
        return idx, agg.meeting_chars[idx], agg.meeting_themes[idx]
    keep = speech_mask(c, f)
    m = agg.speech_meeting[keep]
    idx = np.unique(m)
    chars = np.bincount(m, weights=c.speeches["n_chars"].to_numpy(np.int64)[keep], minlength=len(c.meetings))
    mat = pd.DataFrame(agg.speech_themes[keep]).groupby(m).sum().to_numpy(np.int64)
    return idx, chars[idx].astype(np.int64), mat.reshape(len(idx), len(agg.themes))


def _theme_matrix(c: Corpus, mat: np.ndarray, themes: Sequence[str]) -> np.ndarray:
    """Columns of ``mat`` for ``themes``, zeros for a theme without any stored hit."""
    cols = c.agg.theme_columns(tuple(themes))
    out = mat[:, np.maximum(cols, 0)] if len(cols) else np.zeros((len(mat), 0), dtype=np.int64)
    return np.where(cols >= 0, out, 0) if len(cols) else out


SELECTION_MEMO = 2  # selections of speeches a corpus keeps (about 40 MB each at 100,000 meetings)


def selected_speeches(c: Corpus, f: Filters) -> pd.DataFrame:
    """The selected speeches with their meeting's date and period: the unit every number counts in.

    ``speech`` is the row position in ``c.speeches`` (to index ``c.agg.speech_themes``). The last
    few selections are kept (pages ask for the same one several times per rerun, and again when
    only a speaker or a theme changes); copy-on-write keeps them safe from callers' edits.
    """
    found = aggregates.recent(c.agg, "selections", f, lambda: _selected_speeches(c, f), SELECTION_MEMO)
    return found.copy(deep=False)


def _selected_speeches(c: Corpus, f: Filters) -> pd.DataFrame:
    idx = np.flatnonzero(speech_mask(c, f))
    m = c.agg.speech_meeting[idx]
    sp = c.speeches.take(idx).reset_index(drop=True)  # one copy of the selected rows, columns added to it
    sp["date"] = c.meetings["date"].to_numpy()[m]
    sp["period"] = meeting_periods(c, f.granularity)[m]
    sp["speech"] = idx
    return sp


def theme_hits_in(c: Corpus, f: Filters) -> pd.DataFrame:
    """Theme hits (meeting_id, seq, theme, count, speaker, date, period) of the selected speeches."""
    hs = c.hit_speech
    keep = (hs >= 0) & speech_mask(c, f)[np.maximum(hs, 0)]
    s = hs[keep]
    m = c.agg.speech_meeting[s]
    return (
        c.hits[keep]
        .assign(
            speaker=c.speeches["speaker"].to_numpy()[s],
            date=c.meetings["date"].to_numpy()[m],
            period=meeting_periods(c, f.granularity)[m],
        )
        .reset_index(drop=True)
    )


def theme_hits(wh: Warehouse, filters: Filters, codebook: Codebook | None = None) -> pd.DataFrame:
    """Theme hits per selected speech; with ``codebook``, recounted from the texts with it."""
    return theme_hits_in(load_corpus(wh, codebook), filters)


def meeting_units(c: Corpus, f: Filters) -> pd.DataFrame:
    """One row per selected meeting: meeting_id, date, period, chars (of its selected speeches).

    The last two are kept (a page asks for the same one several times per rerun).
    """
    return aggregates.recent(c.agg, "meeting_units", f, lambda: _meeting_units(c, f), 2).copy(deep=False)


def _meeting_units(c: Corpus, f: Filters) -> pd.DataFrame:
    idx, chars, _ = meeting_totals(c, f)
    return pd.DataFrame(
        {
            "meeting_id": meeting_ids(c)[idx],
            "date": c.meetings["date"].to_numpy()[idx],
            "period": meeting_periods(c, f.granularity)[idx],
            "chars": chars,
            "row": np.asarray(idx, dtype=np.int64),  # position in ``Corpus.meetings``
        }
    )


# --- overview ------------------------------------------------------------------------------


def overview(c: Corpus, f: Filters) -> dict[str, Any]:
    """Headline numbers of the filtered corpus."""
    m = filter_meetings(c.meetings, f)
    idx, chars, mat = meeting_totals(c, f)
    m = c.meetings.iloc[idx] if f.speakers else m
    codes = np.unique(c.agg.speech_speaker[speech_mask(c, f)])
    named = pd.Index(c.agg.speakers[codes]).difference([NARRATION, schema.COLLECTIVE_SPEAKER])
    dated = m["date"].dropna()
    return {
        "meetings": len(m),
        "dated": len(dated),
        "undated": int(m["date"].isna().sum()),
        "first": dated.min() if len(dated) else None,
        "last": dated.max() if len(dated) else None,
        "organs": int(m["organ"].nunique()),
        "speakers": len(named),
        "chars": int(chars.sum()),
        "mentions": int(mat.sum()),
    }


def options(c: Corpus) -> dict[str, list[str]]:
    """Values the sidebar offers: organs, meeting types, regions, speakers (most speeches first)."""

    def distinct(col: str) -> list[str]:
        return sorted(str(v) for v in c.meetings[col].dropna().unique())

    if "options" not in c.agg.memo:  # asked by the sidebar on every rerun
        c.agg.memo["options"] = {
            "organs": distinct("organ"),
            "meeting_types": distinct("meeting_type"),
            "regions": distinct("region"),
            "speakers": [str(s) for s in c.agg.speaker_counts.index],
        }
    return {k: list(v) for k, v in c.agg.memo["options"].items()}  # type: ignore[attr-defined]


def date_span(c: Corpus) -> tuple[dt.date, dt.date] | None:
    dated = c.meetings["date"].dropna()
    if dated.empty:
        return None
    return dated.min().date(), dated.max().date()


# --- themes over time ----------------------------------------------------------------------


def theme_totals(c: Corpus, f: Filters) -> pd.DataFrame:
    """theme, count, meetings (mentioning it): the filtered corpus's theme ranking."""
    _, _, mat = meeting_totals(c, f)
    out = pd.DataFrame({"theme": list(c.agg.themes), "count": mat.sum(axis=0), "meetings": (mat > 0).sum(axis=0)})
    out = out[out["meetings"] > 0]
    return out.sort_values(["count", "theme"], ascending=[False, True]).reset_index(drop=True)


def theme_series(c: Corpus, f: Filters, themes: Sequence[str], metric: str = "per10k", window: int = 1) -> pd.DataFrame:
    """One row per (period, theme) over every period from the first to the last dated meeting.

    Columns: period, label, theme, value, count, meetings_with, n_meetings, chars, all_mentions.
    ``value`` is the metric (see :data:`METRICS` and docs/dashboard.md), NaN where a period has
    no meeting; with ``window`` > 1 it is the trailing moving average over ``window`` periods.
    """
    cols = ["period", "label", "theme", "value", "count", "meetings_with", "n_meetings", "chars", "all_mentions"]
    themes = list(dict.fromkeys(themes))
    idx, chars, mat = meeting_totals(c, f)
    period = meeting_periods(c, f.granularity)[idx]
    dated = ~pd.isna(period)
    if not dated.any() or not themes:
        return pd.DataFrame(columns=cols)
    period, chars, mat = period[dated], chars[dated], mat[dated]
    per = (
        pd.DataFrame({"period": period, "chars": chars})
        .groupby("period")
        .agg(n_meetings=("chars", "size"), chars=("chars", "sum"))
    )
    all_mentions = pd.Series(mat.sum(axis=1), index=period).groupby(level=0).sum()
    sub = _theme_matrix(c, mat, themes)
    count = pd.DataFrame(sub, index=period, columns=list(themes)).groupby(level=0).sum().stack()
    with_ = pd.DataFrame(sub > 0, index=period, columns=list(themes)).groupby(level=0).sum().stack()
    counts = pd.DataFrame({"count": count, "meetings_with": with_}).rename_axis(["period", "theme"])
    grid = pd.MultiIndex.from_product(
        [period_range(per.index.min(), per.index.max(), f.granularity), list(themes)],
        names=["period", "theme"],
    )
    out = counts.reindex(grid, fill_value=0).reset_index()
    out = out.join(per, on="period").join(all_mentions.rename("all_mentions"), on="period")
    out[["n_meetings", "chars", "all_mentions"]] = (
        out[["n_meetings", "chars", "all_mentions"]].fillna(0).astype("int64")
    )
    out["value"] = metric_value(out, metric)
    if window > 1:
        out["value"] = out.groupby("theme")["value"].transform(lambda s: s.rolling(window, min_periods=1).mean())
    out["label"] = [period_label(p, f.granularity) for p in out["period"]]
    return out[cols]


def metric_value(frame: pd.DataFrame, metric: str) -> pd.Series:
    """The metric from count, meetings_with, n_meetings, chars, all_mentions; NaN without meetings."""
    none = frame["n_meetings"] == 0
    if metric == "per10k":
        value = frame["count"] * 10_000 / frame["chars"].where(frame["chars"] > 0)
    elif metric == "share_meetings":
        value = frame["meetings_with"] / frame["n_meetings"].where(~none)
    elif metric == "share_mentions":
        value = frame["count"] / frame["all_mentions"].where(frame["all_mentions"] > 0)
        value = value.where(none | frame["all_mentions"].gt(0), 0.0)
    elif metric == "count":
        value = frame["count"].astype("float64")
    else:
        raise ValueError(f"metric must be one of {METRICS}, got {metric!r}")
    return value.where(~none).astype("float64")


# --- co-occurrence -------------------------------------------------------------------------


def cooccurrence(c: Corpus, f: Filters, themes: Sequence[str], unit: str = "meeting") -> pd.DataFrame:
    """Square frame: how many meetings (or speeches) mention both themes; the diagonal, each one."""
    mat = meeting_totals(c, f)[2] if unit == "meeting" else c.agg.speech_themes[speech_mask(c, f)]
    present = (_theme_matrix(c, mat, themes) > 0).astype("int64")
    return pd.DataFrame(present.T @ present, index=list(themes), columns=list(themes))


def jaccard(matrix: pd.DataFrame) -> pd.DataFrame:
    """Both / either: co-occurrence that does not just follow how frequent each theme is."""
    diag = pd.Series(matrix.values.diagonal(), index=matrix.index)
    either = diag.values[:, None] + diag.values[None, :] - matrix.values
    out = matrix / pd.DataFrame(either, index=matrix.index, columns=matrix.columns).where(either > 0)
    return out.fillna(0.0)


# --- speakers ------------------------------------------------------------------------------

DEFAULT_ROLES = {"书记": r"(?<!副)书记$", "区长": r"(?<![副])(?:区|县|市)长$"}


def main_post(title: object) -> str:
    """The last post of a title (区委副书记、区长 -> 区长): the one a person is addressed by."""
    if not isinstance(title, str) or not title.strip():
        return ""
    return [p for p in re.split(r"[、，,\s]+", title.strip()) if p][-1]


def speaker_table(c: Corpus, f: Filters) -> pd.DataFrame:
    """Named speakers of the selection: speaker, speeches, meetings, chars, titles (all seen)."""
    sp = selected_speeches(c, f.without_speakers())
    sp = sp[sp["speaker"].notna() & (sp["speaker"] != schema.COLLECTIVE_SPEAKER)]
    titles = speaker_titles(c)
    out = sp.groupby("speaker").agg(
        speeches=("seq", "size"), meetings=("meeting_id", "nunique"), chars=("n_chars", "sum")
    )
    out = out.reset_index().sort_values(["chars", "speaker"], ascending=[False, True])
    out["titles"] = out["speaker"].map(titles).fillna("")
    return out.reset_index(drop=True)


def speaker_titles(c: Corpus) -> pd.Series:
    """name -> every title seen with it, in order of first appearance, joined by ；(memoised)."""
    if "titles" not in c.agg.memo:
        titled = c.people.dropna(subset=["title"]).drop_duplicates(["name", "title"])
        c.agg.memo["titles"] = titled.groupby("name")["title"].agg("；".join)
    return c.agg.memo["titles"]


def named_speakers(speeches: pd.DataFrame) -> pd.Series:
    """meeting_id -> the named speakers of ``speeches`` joined by 、 (first speech first)."""
    sp = speeches.dropna(subset=["speaker"]).drop_duplicates(["meeting_id", "speaker"])
    return sp.groupby("meeting_id", sort=False)["speaker"].agg("、".join)


def speaker_groups(
    c: Corpus, f: Filters, speakers: Sequence[str] = (), roles: dict[str, str] | None = None
) -> pd.DataFrame:
    """(meeting_id, seq, speaker, n_chars, date, period, group) of the selected speeches.

    ``group`` is the speaker's name when ``speakers`` are given, else the role whose pattern
    matches the main post of the speaker's title at that meeting; null for the rest.
    """
    sp = selected_speeches(c, f.without_speakers())
    if roles:
        posts = c.people.assign(post=c.people["title"].map(main_post))[["meeting_id", "name", "post"]]
        posts = posts.drop_duplicates(["meeting_id", "name"])
        sp = sp.merge(posts, left_on=["meeting_id", "speaker"], right_on=["meeting_id", "name"], how="left")
        group = pd.Series([None] * len(sp), index=sp.index, dtype=object)
        for label, pattern in roles.items():
            hit = sp["post"].fillna("").str.contains(pattern, regex=True) & group.isna()
            group[hit] = label
        sp = sp.drop(columns=["name", "post"]).assign(group=group)
    else:  # by speaker code: faster than comparing names over every speech
        codes = c.agg.speakers.get_indexer([s for s in speakers if s != NARRATION])  # narration: no speaker
        speech = sp["speech"].to_numpy()
        member = np.flatnonzero(np.isin(c.agg.speech_speaker[speech], codes[codes >= 0]))
        group = np.full(len(sp), np.nan, dtype=object)
        group[member] = c.agg.speech_label[speech[member]]
        sp["group"] = pd.Series(group, sp.index, object)
    return sp


def profiles(c: Corpus, groups: pd.DataFrame, themes: Sequence[str]) -> pd.DataFrame:
    """group, theme, count, chars, per10k: each group's theme attention (mentions per 10k chars)."""
    g = _grouped(groups, ["group"], ["group", "n_chars"])
    chars = g.groupby("group")["n_chars"].sum()
    counts = _speech_theme_frame(c, g, themes).groupby(g["group"].to_numpy()).sum().stack()
    counts = counts.rename_axis(["group", "theme"])
    grid = pd.MultiIndex.from_product([list(chars.index), list(themes)], names=["group", "theme"])
    out = counts.reindex(grid, fill_value=0).rename("count").reset_index().join(chars.rename("chars"), on="group")
    out["per10k"] = out["count"] * 10_000 / out["chars"].where(out["chars"] > 0)
    return out


def attention(c: Corpus, groups: pd.DataFrame, themes: Sequence[str], granularity: str) -> pd.DataFrame:
    """group, period, label, count, chars, n_meetings, value (per10k of ``themes`` together)."""
    g = _grouped(groups, ["group", "date"], ["group", "date", "period", "n_chars", "meeting_id"])
    cols = ["group", "period", "label", "count", "chars", "n_meetings", "value"]
    if g.empty:
        return pd.DataFrame(columns=cols)
    base = g.groupby(["group", "period"]).agg(chars=("n_chars", "sum"), n_meetings=("meeting_id", "nunique"))
    total = _speech_theme_frame(c, g, themes).sum(axis=1)
    counts = total.groupby([g["group"].to_numpy(), g["period"].to_numpy()]).sum().rename_axis(["group", "period"])
    out = base.join(counts.rename("count")).fillna({"count": 0}).reset_index()
    out["count"] = out["count"].astype("int64")
    out["value"] = out["count"] * 10_000 / out["chars"].where(out["chars"] > 0)
    out["label"] = [period_label(p, granularity) for p in out["period"]]
    return out[cols].sort_values(["group", "period"]).reset_index(drop=True)


def _grouped(groups: pd.DataFrame, needed: list[str], columns: list[str]) -> pd.DataFrame:
    """The rows of ``groups`` where ``needed`` are all set, with ``columns`` and the speech keys
    only (cheaper than copying every column of every selected speech)."""
    keep = np.ones(len(groups), dtype=bool)
    for col in needed:
        keep &= pd.notna(groups[col].to_numpy())
    keys = [k for k in ("speech", "meeting_id", "seq") if k in groups.columns and k not in columns]
    return groups[[*columns, *keys]].iloc[np.flatnonzero(keep)]


def _speech_theme_frame(c: Corpus, g: pd.DataFrame, themes: Sequence[str]) -> pd.DataFrame:
    """Hits of ``themes`` in each row of ``g`` (speeches with a ``speech`` position column)."""
    if "speech" not in g.columns:  # speeches from elsewhere: find their positions
        index = pd.MultiIndex.from_arrays([c.speeches["meeting_id"], c.speeches["seq"].astype("int64")])
        pos = index.get_indexer(pd.MultiIndex.from_arrays([g["meeting_id"], g["seq"].astype("int64")]))
    else:
        pos = g["speech"].to_numpy()
    return pd.DataFrame(_theme_matrix(c, c.agg.speech_themes[pos], themes), columns=list(themes))


def title_timeline(c: Corpus, names: Sequence[str]) -> pd.DataFrame:
    """name, title, first, last, meetings: one person, the posts they held over time.

    Computed per name and kept (64 names per corpus): adding a speaker computes one more.
    """
    parts = [aggregates.recent(c.agg, "timelines", n, partial(_title_timeline, c, [n]), 64) for n in sorted(set(names))]
    parts = [p for p in parts if len(p)]
    if not parts:
        return _title_timeline(c, names)
    out = pd.concat(parts, ignore_index=True)
    return out.sort_values(["name", "first"], na_position="last").reset_index(drop=True)


def _title_timeline(c: Corpus, names: Sequence[str]) -> pd.DataFrame:
    p = c.people.take(_people_rows(c, names))
    pos = c.agg.meeting_index.get_indexer(p["meeting_id"])
    p = p[pos >= 0].assign(date=c.meetings["date"].to_numpy()[pos[pos >= 0]])  # the meeting's date
    p = p.assign(title=p["title"].fillna("—"))
    out = p.groupby(["name", "title"]).agg(
        first=("date", "min"), last=("date", "max"), meetings=("meeting_id", "nunique")
    )
    return out.reset_index().sort_values(["name", "first"], na_position="last").reset_index(drop=True)


def _people_rows(c: Corpus, names: Sequence[str]) -> np.ndarray:
    """Row positions in ``c.people`` of these names, in table order (rows by name memoised)."""
    if "people_rows" not in c.agg.memo:
        c.agg.memo["people_rows"] = c.people.groupby("name", sort=False).indices
    rows: dict[str, np.ndarray] = c.agg.memo["people_rows"]  # type: ignore[assignment]
    found = [rows[n] for n in dict.fromkeys(names) if n in rows]
    return np.sort(np.concatenate(found)) if found else np.zeros(0, np.int64)
