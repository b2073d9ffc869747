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
from dataclasses import dataclass, replace
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

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
    hits: pd.DataFrame  # meeting_id, seq, theme, count (summed over keywords)
    version: int = 0

    @property
    def empty(self) -> bool:
        return self.meetings.empty


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
        sources = {}
        for key, table in tables.items():
            paths = files(wh, table)
            if paths:
                sources[key] = f"read_parquet({_sql_list(paths)})"
            else:  # an empty warehouse: an empty relation with the contract's columns
                con.register(f"_empty_{key}", schema.empty(schema.BY_NAME[table]))
                sources[key] = f"_empty_{key}"
        return con.sql(query.format(**sources)).to_arrow_table().to_pandas(date_as_object=False)
    finally:
        con.close()


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


def load_corpus(wh: Warehouse, recount_with: Codebook | None = None) -> Corpus:
    """Read the small tables; with ``recount_with``, theme hits are recounted from the texts."""
    meetings = _read(wh, "meetings", MEETING_COLUMNS)
    meetings["date"] = pd.to_datetime(meetings["date"])
    for col in ("organ", "meeting_type", "region", "title", "date_precision"):
        meetings[col] = meetings[col].astype(object)
    speeches = _read(wh, "speeches", ["meeting_id", "seq", "speaker", "start", "n_chars"])
    speeches["speaker"] = speeches["speaker"].astype(object)
    people = _read(wh, "people", ["meeting_id", "name", "title", "role"])
    if recount_with is None:
        hits = sql(
            wh,
            "SELECT meeting_id, seq, theme, SUM(count)::BIGINT AS count FROM {t} GROUP BY ALL",
            {"t": "themes"},
        )
    else:
        hits = recount(wh, recount_with)
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
    return meetings[keep]


def selected_speeches(c: Corpus, f: Filters) -> pd.DataFrame:
    """The selected speeches with their meeting's date and period: the unit every number counts in."""
    meetings = filter_meetings(c.meetings, f)[["meeting_id", "date"]]
    sp = c.speeches.merge(meetings, on="meeting_id", how="inner")
    if f.speakers:
        sp = sp[sp["speaker"].fillna(NARRATION).isin(f.speakers)]
    sp = sp.assign(period=period_start(sp["date"], f.granularity))
    return sp.reset_index(drop=True)


def theme_hits_in(c: Corpus, f: Filters) -> pd.DataFrame:
    """Theme hits (meeting_id, seq, theme, count, date, period) of the selected speeches."""
    sp = selected_speeches(c, f)[["meeting_id", "seq", "speaker", "date", "period"]]
    return c.hits.merge(sp, on=["meeting_id", "seq"], how="inner")


def theme_hits(wh: Warehouse, filters: Filters, codebook: Codebook | None = None) -> pd.DataFrame:
    """Theme hits per selected speech; with ``codebook``, recounted from the texts with it."""
    return theme_hits_in(load_corpus(wh, codebook), filters)


def meeting_units(c: Corpus, f: Filters) -> pd.DataFrame:
    """One row per selected meeting: meeting_id, date, period, chars (of its selected speeches)."""
    sp = selected_speeches(c, f)
    return (
        sp.groupby("meeting_id", sort=False)
        .agg(date=("date", "first"), period=("period", "first"), chars=("n_chars", "sum"))
        .reset_index()
    )


# --- overview ------------------------------------------------------------------------------


def overview(c: Corpus, f: Filters) -> dict[str, object]:
    """Headline numbers of the filtered corpus."""
    m = filter_meetings(c.meetings, f)
    sp = selected_speeches(c, f)
    m = m[m["meeting_id"].isin(sp["meeting_id"])] if f.speakers else m
    named = sp["speaker"].dropna()
    dated = m["date"].dropna()
    return {
        "meetings": len(m),
        "dated": len(dated),
        "undated": int(m["date"].isna().sum()),
        "first": dated.min() if len(dated) else None,
        "last": dated.max() if len(dated) else None,
        "organs": int(m["organ"].nunique()),
        "speakers": int(named[named != schema.COLLECTIVE_SPEAKER].nunique()),
        "chars": int(sp["n_chars"].sum()),
        "mentions": int(theme_hits_in(c, f)["count"].sum()),
    }


def options(c: Corpus) -> dict[str, list[str]]:
    """Values the sidebar offers: organs, meeting types, regions, speakers (most speeches first)."""

    def distinct(col: str) -> list[str]:
        return sorted(str(v) for v in c.meetings[col].dropna().unique())

    speakers = c.speeches["speaker"].fillna(NARRATION).value_counts()
    return {
        "organs": distinct("organ"),
        "meeting_types": distinct("meeting_type"),
        "regions": distinct("region"),
        "speakers": [str(s) for s in speakers.index],
    }


def date_span(c: Corpus) -> tuple[dt.date, dt.date] | None:
    dated = c.meetings["date"].dropna()
    if dated.empty:
        return None
    return dated.min().date(), dated.max().date()


# --- themes over time ----------------------------------------------------------------------


def theme_totals(c: Corpus, f: Filters) -> pd.DataFrame:
    """theme, count, meetings (mentioning it): the filtered corpus's theme ranking."""
    h = theme_hits_in(c, f)
    out = h.groupby("theme").agg(count=("count", "sum"), meetings=("meeting_id", "nunique")).reset_index()
    return out.sort_values(["count", "theme"], ascending=[False, True]).reset_index(drop=True)


def theme_series(c: Corpus, f: Filters, themes: Sequence[str], metric: str = "per10k", window: int = 1) -> pd.DataFrame:
    """One row per (period, theme) over every period from the first to the last dated meeting.

    Columns: period, label, theme, value, count, meetings_with, n_meetings, chars, all_mentions.
    ``value`` is the metric (see :data:`METRICS` and docs/dashboard.md), NaN where a period has
    no meeting; with ``window`` > 1 it is the trailing moving average over ``window`` periods.
    """
    units = meeting_units(c, f).dropna(subset=["date"])
    cols = ["period", "label", "theme", "value", "count", "meetings_with", "n_meetings", "chars", "all_mentions"]
    if units.empty or not themes:
        return pd.DataFrame(columns=cols)
    per = units.groupby("period").agg(n_meetings=("meeting_id", "size"), chars=("chars", "sum"))
    h = theme_hits_in(c, f).dropna(subset=["date"])
    all_mentions = h.groupby("period")["count"].sum()
    h = h[h["theme"].isin(themes)]
    by_meeting = h.groupby(["period", "theme", "meeting_id"])["count"].sum().reset_index()
    counts = by_meeting.groupby(["period", "theme"]).agg(count=("count", "sum"), meetings_with=("meeting_id", "size"))
    grid = pd.MultiIndex.from_product(
        [period_range(units["period"].min(), units["period"].max(), f.granularity), list(themes)],
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
    h = theme_hits_in(c, f)
    h = h[h["theme"].isin(themes) & (h["count"] > 0)]
    key = ["meeting_id"] if unit == "meeting" else ["meeting_id", "seq"]
    present = h[[*key, "theme"]].drop_duplicates().assign(one=1)
    wide = present.pivot_table(index=key, columns="theme", values="one", fill_value=0, aggfunc="max")
    wide = wide.reindex(columns=list(themes), fill_value=0).astype("int64")
    matrix = wide.T @ wide
    return matrix.reindex(index=list(themes), columns=list(themes), fill_value=0)


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
    titles = c.people.dropna(subset=["title"]).groupby("name")["title"].agg(lambda s: "；".join(dict.fromkeys(s)))
    out = sp.groupby("speaker").agg(
        speeches=("seq", "size"), meetings=("meeting_id", "nunique"), chars=("n_chars", "sum")
    )
    out = out.reset_index().sort_values(["chars", "speaker"], ascending=[False, True])
    out["titles"] = out["speaker"].map(titles).fillna("")
    return out.reset_index(drop=True)


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
    else:
        sp = sp.assign(group=sp["speaker"].where(sp["speaker"].isin(speakers)).astype(object))
    return sp


def profiles(c: Corpus, groups: pd.DataFrame, themes: Sequence[str]) -> pd.DataFrame:
    """group, theme, count, chars, per10k: each group's theme attention (mentions per 10k chars)."""
    g = groups.dropna(subset=["group"])
    chars = g.groupby("group")["n_chars"].sum()
    hits = c.hits[c.hits["theme"].isin(themes)].merge(g[["meeting_id", "seq", "group"]], on=["meeting_id", "seq"])
    counts = hits.groupby(["group", "theme"])["count"].sum()
    grid = pd.MultiIndex.from_product([list(chars.index), list(themes)], names=["group", "theme"])
    out = counts.reindex(grid, fill_value=0).rename("count").reset_index().join(chars.rename("chars"), on="group")
    out["per10k"] = out["count"] * 10_000 / out["chars"].where(out["chars"] > 0)
    return out


def attention(c: Corpus, groups: pd.DataFrame, themes: Sequence[str], granularity: str) -> pd.DataFrame:
    """group, period, label, count, chars, n_meetings, value (per10k of ``themes`` together)."""
    g = groups.dropna(subset=["group", "date"])
    cols = ["group", "period", "label", "count", "chars", "n_meetings", "value"]
    if g.empty:
        return pd.DataFrame(columns=cols)
    base = g.groupby(["group", "period"]).agg(chars=("n_chars", "sum"), n_meetings=("meeting_id", "nunique"))
    hits = c.hits[c.hits["theme"].isin(themes)].merge(
        g[["meeting_id", "seq", "group", "period"]], on=["meeting_id", "seq"]
    )
    counts = hits.groupby(["group", "period"])["count"].sum()
    out = base.join(counts.rename("count")).fillna({"count": 0}).reset_index()
    out["count"] = out["count"].astype("int64")
    out["value"] = out["count"] * 10_000 / out["chars"].where(out["chars"] > 0)
    out["label"] = [period_label(p, granularity) for p in out["period"]]
    return out[cols].sort_values(["group", "period"]).reset_index(drop=True)


def title_timeline(c: Corpus, names: Sequence[str]) -> pd.DataFrame:
    """name, title, first, last, meetings: one person, the posts they held over time."""
    p = c.people[c.people["name"].isin(names)].merge(c.meetings[["meeting_id", "date"]], on="meeting_id")
    p = p.assign(title=p["title"].fillna("—"))
    out = p.groupby(["name", "title"]).agg(
        first=("date", "min"), last=("date", "max"), meetings=("meeting_id", "nunique")
    )
    return out.reset_index().sort_values(["name", "first"], na_position="last").reset_index(drop=True)
