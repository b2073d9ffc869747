"""Diffusion: the first dated appearance of a 提法, theme keyword or term in each region.

``hits`` is any long frame with ``meeting_id``, an item column and ``count``: the ``formulas``
table (item ``formula``), ``themes`` (item ``keyword``), ``terms`` (item ``term``), or
``typed_hits`` for words the user types. Only dated reports count. ``lag_days`` is the days from
the reference date to the region's first appearance: the item's first appearance anywhere
(the default; the leading region has lag 0) or a date the user gives (negative when earlier).
``first_meeting`` is the evidence: the report of the first appearance (on a tie, the smallest id).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

import pandas as pd

from dashboard.measures.frames import regions, reports, with_dates
from etl.extract.text.textnorm import for_counting

DIFFUSION_COLUMNS = (
    "item",
    "region",
    "first_date",
    "first_meeting",
    "n_meetings",
    "hits",
    "reference",
    "lag_days",
    "order",
)


def typed_hits(meetings: pd.DataFrame, words: Iterable[str]) -> pd.DataFrame:
    """meeting_id, word, count of each typed word in each meeting's text (counting form, overlaps counted)."""
    wanted = [for_counting(w) for w in dict.fromkeys(w.strip() for w in words) if w]
    rows: list[tuple[str, str, int]] = []
    for meeting_id, text in zip(meetings["meeting_id"], meetings["text"], strict=True):
        counting = for_counting(text or "")
        rows.extend((meeting_id, w, n) for w in wanted if (n := _count_overlapping(counting, w)))
    return pd.DataFrame(rows, columns=["meeting_id", "word", "count"])


def _count_overlapping(text: str, word: str) -> int:
    n, i = 0, text.find(word)
    while i >= 0:
        n, i = n + 1, text.find(word, i + 1)
    return n


def diffusion(
    meetings: pd.DataFrame,
    hits: pd.DataFrame,
    item: str,
    *,
    items: Sequence[str] | None = None,
    reference: dt.date | None = None,
) -> pd.DataFrame:
    """One row per (item, region) where the item appears, ordered by item then first date."""
    dated = with_dates(reports(meetings))
    dated = dated.assign(region=regions(dated))
    dated = dated[dated["date"].notna()][["meeting_id", "region", "date"]]
    found = hits[["meeting_id", item, "count"]].rename(columns={item: "item"})
    if items is not None:
        found = found[found["item"].isin(list(items))]
    found = found.merge(dated, on="meeting_id")
    if found.empty:
        return pd.DataFrame(columns=list(DIFFUSION_COLUMNS))
    found = found.sort_values(["item", "region", "date", "meeting_id"])
    grouped = found.groupby(["item", "region"], sort=False)
    out = grouped.agg(
        first_date=("date", "first"),
        first_meeting=("meeting_id", "first"),
        n_meetings=("meeting_id", "nunique"),
        hits=("count", "sum"),
    ).reset_index()
    if reference is None:
        out["reference"] = out.groupby("item")["first_date"].transform("min")
    else:
        out["reference"] = pd.Timestamp(reference)
    out["lag_days"] = (out["first_date"] - out["reference"]).dt.days.astype("int64")
    out = out.sort_values(["item", "first_date", "region"], ignore_index=True)
    out["order"] = out.groupby("item").cumcount() + 1
    return out[list(DIFFUSION_COLUMNS)]
