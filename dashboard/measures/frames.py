"""Shared steps over warehouse frames: reports only, dates as datetimes, theme hits per meeting.

Every measure takes pandas frames in the warehouse contract's shape (``etl.contract.schema``): ``meetings``,
``people``, ``speeches``, ``themes``, ``terms``, ``formulas``. None of them mutates its inputs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

UNKNOWN_REGION = "(unknown)"


def reports(meetings: pd.DataFrame) -> pd.DataFrame:
    """Meetings taken as reports (``is_report`` true); a frame without the column is all reports."""
    if "is_report" not in meetings.columns:
        return meetings
    return meetings[meetings["is_report"].fillna(True).astype(bool)]


def as_datetimes(values: pd.Series) -> pd.Series:
    """Dates as ``datetime64`` whatever the reader gave (date objects, strings, datetimes)."""
    return pd.to_datetime(values, errors="coerce")


def with_dates(meetings: pd.DataFrame) -> pd.DataFrame:
    """A copy whose ``date`` column is ``datetime64`` (undated meetings keep NaT)."""
    return meetings.assign(date=as_datetimes(meetings["date"]))


def regions(meetings: pd.DataFrame) -> pd.Series:
    """The region of each meeting, ``(unknown)`` where the warehouse has none."""
    if "region" not in meetings.columns:
        return pd.Series(UNKNOWN_REGION, index=meetings.index, dtype=object)
    return meetings["region"].astype(object).where(meetings["region"].notna(), UNKNOWN_REGION)


def theme_order(themes: pd.DataFrame, theme_names: Sequence[str] | None = None) -> list[str]:
    """The themes to report: ``theme_names`` (codebook order) when given, else those seen, sorted."""
    if theme_names is not None:
        return list(dict.fromkeys(theme_names))
    return sorted(themes["theme"].astype(str).unique())


def hits_by(themes: pd.DataFrame, keys: pd.DataFrame, by: Iterable[str], theme_names: Sequence[str]) -> pd.DataFrame:
    """Wide frame of theme hits per group of ``by`` (columns of ``keys``, joined on meeting_id).

    ``keys`` has one row per meeting (``meeting_id`` plus the grouping columns); hits of meetings
    not in ``keys`` are left out. Themes without hits get 0.
    """
    by = list(by)
    joined = themes[["meeting_id", "theme", "count"]].merge(
        keys[list(dict.fromkeys(["meeting_id", *by]))], on="meeting_id"
    )
    if joined.empty:
        index = pd.MultiIndex.from_tuples([], names=by) if len(by) > 1 else pd.Index([], name=by[0])
        return pd.DataFrame(0, index=index, columns=[str(t) for t in theme_names], dtype="int64")
    wide = joined.groupby([*by, "theme"], observed=True, sort=False)["count"].sum().unstack("theme", fill_value=0)
    wide = wide.reindex(columns=list(theme_names), fill_value=0)
    wide.columns = pd.Index([str(c) for c in wide.columns], name=None)
    return wide.astype("int64")


def per10k(hits: pd.Series | pd.DataFrame, n_chars: pd.Series) -> pd.Series | pd.DataFrame:
    """Hits per 10,000 characters; 0 where there are no characters."""
    chars = n_chars.astype("float64")
    scaled = hits.astype("float64").mul(10_000.0, axis=0).div(chars.where(chars > 0), axis=0)
    return scaled.fillna(0.0)
