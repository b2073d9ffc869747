"""Panels for regressions: a meeting x theme matrix and a region x period panel.

Non-reports (``meetings.is_report`` false) are left out of both. Filters are the caller's: pass
the frames already filtered.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from dashboard.measures.alignment import holders_at, tenure_label
from dashboard.measures.frames import hits_by, per10k, regions, reports, theme_order, with_dates
from dashboard.measures.periods import CALENDAR_KINDS, UserPeriod, calendar_period, period_order, user_period

MATRIX_MEASURES = ("hits", "per10k", "share")
METADATA = ("meeting_id", "date", "region", "organ", "meeting_type", "title", "source", "n_chars")
PANEL_KINDS = (*CALENDAR_KINDS, "tenure", "periods")


def meeting_theme_matrix(
    meetings: pd.DataFrame, themes: pd.DataFrame, measure: str = "hits", theme_names: Sequence[str] | None = None
) -> pd.DataFrame:
    """One row per report: its metadata, then one column per theme.

    ``hits``: the theme's keyword hits in the meeting; ``per10k``: hits x 10,000 / n_chars;
    ``share``: hits / all theme hits of the meeting (0 for a meeting without any).
    """
    if measure not in MATRIX_MEASURES:
        raise ValueError(f"unknown measure {measure!r}: use one of {', '.join(MATRIX_MEASURES)}")
    kept = with_dates(reports(meetings))
    meta = kept[[c for c in METADATA if c in kept.columns]].reset_index(drop=True)
    names = theme_order(themes, theme_names)
    hits = hits_by(themes, meta, ["meeting_id"], names).reindex(meta["meeting_id"], fill_value=0)
    hits = hits.reset_index(drop=True)
    if measure == "per10k":
        values = per10k(hits, meta["n_chars"])
    elif measure == "share":
        total = hits.sum(axis=1).astype("float64")
        values = hits.div(total.where(total > 0), axis=0).fillna(0.0)
    else:
        values = hits
    return pd.concat([meta, values], axis=1)


@dataclass(frozen=True)
class Period:
    """How meetings are grouped in time: ``kind`` year | quarter | month | tenure | periods.

    ``tenure`` needs the ``tenures`` frame (``tenures.tenures``) and the ``post`` whose holders
    make the periods; ``periods`` needs user periods (``periods.load_periods``).
    """

    kind: str = "year"
    periods: tuple[UserPeriod, ...] = ()
    tenures: pd.DataFrame | None = field(default=None, compare=False, hash=False)
    post: str = "书记"

    def __post_init__(self) -> None:
        if self.kind not in PANEL_KINDS:
            raise ValueError(f"unknown period {self.kind!r}: use one of {', '.join(PANEL_KINDS)}")
        if self.kind == "periods" and not self.periods:
            raise ValueError("a grouping by user periods needs periods (load_periods)")
        if self.kind == "tenure" and self.tenures is None:
            raise ValueError("a grouping by tenure needs the tenures (tenures.tenures)")

    def order(self) -> list[str] | None:
        """The periods' order when it is not the labels' sort order."""
        return period_order(self.periods) if self.kind == "periods" else None


def as_period(period: str | Period) -> Period:
    return period if isinstance(period, Period) else Period(period)


def period_keys(meetings: pd.DataFrame, period: str | Period) -> pd.Series:
    """Each meeting's period label (NaN where it has none), indexed like ``meetings``."""
    spec = as_period(period)
    if spec.kind in CALENDAR_KINDS:
        return calendar_period(meetings["date"], spec.kind)
    if spec.kind == "periods":
        return user_period(meetings, spec.periods)
    assert spec.tenures is not None  # checked in Period
    return tenure_label(holders_at(meetings, spec.tenures, spec.post)).set_axis(meetings.index)


def region_period_panel(
    meetings: pd.DataFrame,
    themes: pd.DataFrame,
    by: str | Period = "year",
    *,
    theme_names: Sequence[str] | None = None,
) -> pd.DataFrame:
    """One row per (region, period): n_meetings, n_chars, then ``<theme>_hits`` and ``<theme>_per10k``.

    Reports without a period (undated, or outside every user period or tenure) are left out;
    ``panel_coverage`` says how many. A region the warehouse does not know is ``(unknown)``.
    """
    kept = reports(meetings)
    keyed = pd.DataFrame(
        {
            "meeting_id": kept["meeting_id"].to_numpy(),
            "region": regions(kept).to_numpy(),
            "period": period_keys(kept, by).to_numpy(),
            "n_chars": kept["n_chars"].to_numpy(),
        }
    ).dropna(subset=["period"])
    keys = ["region", "period"]
    sizes = keyed.groupby(keys).agg(n_meetings=("meeting_id", "size"), n_chars=("n_chars", "sum"))
    names = theme_order(themes, theme_names)
    hits = hits_by(themes, keyed, keys, names).reindex(sizes.index, fill_value=0)
    rates = per10k(hits, sizes["n_chars"])
    columns = [
        frame for name in names for frame in (hits[name].rename(f"{name}_hits"), rates[name].rename(f"{name}_per10k"))
    ]
    panel = pd.concat([sizes.astype("int64"), *columns], axis=1).reset_index()
    return _sorted(panel, as_period(by).order())


def _sorted(panel: pd.DataFrame, order: list[str] | None) -> pd.DataFrame:
    if order is None:
        return panel.sort_values(["region", "period"], ignore_index=True)
    rank = {name: i for i, name in enumerate(order)}
    return panel.sort_values(
        ["region", "period"], key=lambda s: s.map(rank) if s.name == "period" else s, ignore_index=True
    )


def panel_coverage(meetings: pd.DataFrame, by: str | Period) -> dict[str, int]:
    """How many reports a panel by ``by`` holds and leaves out (no period), and non-reports."""
    kept = reports(meetings)
    period = period_keys(kept, by)
    return {
        "reports": len(kept),
        "in_panel": int(period.notna().sum()),
        "without_period": int(period.isna().sum()),
        "not_reports": len(meetings) - len(kept),
    }
