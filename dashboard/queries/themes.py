"""Themes over time: rankings, series under four metrics, co-occurrence. No streamlit here.

Every function takes a corpus and a frozen :class:`~dashboard.queries.filters.Filters` and
returns a frame computed as masked sums of the corpus's theme matrices (see docs/dashboard.md
for the metrics' formulas).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from dashboard.indexes.corpus import Corpus, load_corpus
from dashboard.queries.calendars import labeller, periods_between
from dashboard.queries.filters import Filters
from dashboard.queries.selection import meeting_periods, meeting_totals, speech_mask, theme_hits_in, theme_matrix
from etl.count.codebook import Codebook
from etl.io.warehouse import Warehouse

__all__ = [
    "METRICS",
    "cooccurrence",
    "jaccard",
    "metric_value",
    "smoothed",
    "theme_hits",
    "theme_series",
    "theme_totals",
]

METRICS = ("per10k", "share_meetings", "share_mentions", "count")


def theme_hits(wh: Warehouse, filters: Filters, codebook: Codebook | None = None) -> pd.DataFrame:
    """Theme hits per selected speech; with ``codebook``, recounted from the texts with it."""
    return theme_hits_in(load_corpus(wh, codebook), filters)


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
    period = meeting_periods(c, f.granularity, f.post)[idx]
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
    sub = theme_matrix(c, mat, themes)
    count = pd.DataFrame(sub, index=period, columns=list(themes)).groupby(level=0).sum().stack()
    with_ = pd.DataFrame(sub > 0, index=period, columns=list(themes)).groupby(level=0).sum().stack()
    counts = pd.DataFrame({"count": count, "meetings_with": with_}).rename_axis(["period", "theme"])
    grid = pd.MultiIndex.from_product(
        [periods_between(c, per.index.min(), per.index.max(), f.granularity, f.post), list(themes)],
        names=["period", "theme"],
    )
    out = counts.reindex(grid, fill_value=0).reset_index()
    out = out.join(per, on="period").join(all_mentions.rename("all_mentions"), on="period")
    out[["n_meetings", "chars", "all_mentions"]] = (
        out[["n_meetings", "chars", "all_mentions"]].fillna(0).astype("int64")
    )
    out["value"] = metric_value(out, metric)
    out["value"] = smoothed(out, "theme", window)
    label = labeller(c, f.granularity, f.post)
    out["label"] = [label(p) for p in out["period"]]
    return out[cols]


def smoothed(frame: pd.DataFrame, key: str, window: int) -> pd.Series:
    """``value`` as the trailing mean over ``window`` periods of each ``key``'s series, over the
    periods that have a value; a period without meetings stays empty (no value is invented)."""
    if window <= 1:
        return frame["value"]
    mean = frame.groupby(key, sort=False)["value"].transform(lambda s: s.rolling(window, min_periods=1).mean())
    return mean.where(frame["n_meetings"] > 0)


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


def cooccurrence(c: Corpus, f: Filters, themes: Sequence[str], unit: str = "meeting") -> pd.DataFrame:
    """Square frame: how many meetings (or speeches) mention both themes; the diagonal, each one."""
    mat = meeting_totals(c, f)[2] if unit == "meeting" else c.agg.speech_themes[speech_mask(c, f)]
    present = (theme_matrix(c, mat, themes) > 0).astype("int64")
    return pd.DataFrame(present.T @ present, index=list(themes), columns=list(themes))


def jaccard(matrix: pd.DataFrame) -> pd.DataFrame:
    """Both / either: co-occurrence that does not just follow how frequent each theme is."""
    diag = pd.Series(matrix.values.diagonal(), index=matrix.index)
    either = diag.values[:, None] + diag.values[None, :] - matrix.values
    out = matrix / pd.DataFrame(either, index=matrix.index, columns=matrix.columns).where(either > 0)
    return out.fillna(0.0)
