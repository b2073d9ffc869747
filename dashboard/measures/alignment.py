"""Tenures as time: the tenure period of each meeting, and attention by months in office.

A meeting falls into the tenure of the holder of ``post`` in its region who most recently took
office (``first``) on or before its date; a meeting before the first known holder has none.
``months_since`` counts whole months from taking office: for a holder who took office on
2021-03-15, a meeting on 2021-04-14 is in month 0 and one on 2021-04-15 in month 1.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from dashboard.measures.frames import UNKNOWN_REGION, hits_by, per10k, regions, reports, theme_order, with_dates

HOLDER_COLUMNS = ("region", "post", "name", "took_office")


def holders_at(meetings: pd.DataFrame, tenures: pd.DataFrame, post: str) -> pd.DataFrame:
    """For each dated meeting: region, post, name and took_office of the holder then (NaN if none).

    A meeting without region has no holder: the holders found in such reports (region
    ``(unknown)``) are of different places, and one is no successor of another."""
    dated = with_dates(meetings).assign(region=regions(meetings))
    terms = tenures[(tenures["post"] == post) & (tenures["region"] != UNKNOWN_REGION)].dropna(subset=["first"])
    terms = terms.assign(took_office=pd.to_datetime(terms["first"]))[["region", "name", "took_office"]]
    out = pd.DataFrame({"meeting_id": dated["meeting_id"], "region": dated["region"], "date": dated["date"]})
    out = out.assign(post=post, name=None, took_office=pd.NaT)
    for region, group in terms.sort_values("took_office").groupby("region", sort=False):
        mask = (out["region"] == region) & out["date"].notna()
        starts = group["took_office"].to_numpy()
        i = np.searchsorted(starts, out.loc[mask, "date"].to_numpy(), side="right") - 1
        known = i >= 0
        idx = out.index[mask][known]
        out.loc[idx, "name"] = group["name"].to_numpy()[i[known]]
        out.loc[idx, "took_office"] = starts[i[known]]
    return out


def tenure_label(holders: pd.DataFrame) -> pd.Series:
    """``YYYY-MM-DD name`` (the day the holder took office): one label per tenure, in time order."""
    since = pd.to_datetime(holders["took_office"]).dt.strftime("%Y-%m-%d")
    label = since.astype(object) + " " + holders["name"].astype(object)
    return label.where(holders["name"].notna())


def months_between(start: pd.Series, end: pd.Series) -> pd.Series:
    """Whole months from ``start`` to ``end`` (negative when ``end`` is earlier)."""
    s, e = pd.to_datetime(start), pd.to_datetime(end)
    months = (e.dt.year - s.dt.year) * 12 + (e.dt.month - s.dt.month)
    return (months - (e.dt.day < s.dt.day).astype("Int64")).astype("Int64")


def alignment(
    meetings: pd.DataFrame,
    themes: pd.DataFrame,
    tenures: pd.DataFrame,
    post: str,
    months: int = 12,
    theme_names: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Attention by months since the holder took office, one line per holder.

    Rows (region, name, took_office, months_since, theme) with n_meetings, n_chars, hits and
    per10k over the reports of the holder's region in months 0..months-1 of the tenure.
    """
    kept = reports(meetings)
    held = holders_at(kept, tenures, post)
    held = held.assign(months_since=months_between(held["took_office"], held["date"]))
    held = held[held["name"].notna() & held["months_since"].between(0, months - 1)]
    held = held.merge(kept[["meeting_id", "n_chars"]], on="meeting_id")
    keys = ["region", "name", "took_office", "months_since"]
    sizes = held.groupby(keys).agg(n_meetings=("meeting_id", "nunique"), n_chars=("n_chars", "sum"))
    names = theme_order(themes, theme_names)
    hits = hits_by(themes, held, keys, names).reindex(sizes.index, fill_value=0)
    hits.columns.name = "theme"
    long = hits.stack().rename("hits").reset_index()
    long = long.merge(sizes.reset_index(), on=keys)
    long["per10k"] = per10k(long["hits"], long["n_chars"])
    return long[[*keys, "theme", "n_meetings", "n_chars", "hits", "per10k"]].sort_values(
        [*keys, "theme"], ignore_index=True
    )
