"""The filters, declared once: each field of :class:`Filters` carries its spec.

A field's metadata says which URL parameter holds it, which i18n key labels its widget and,
for a filter on a meetings column, which column it keeps (or, for :class:`Exclude`, leaves out). The sidebar draws one widget per
field (``dashboard.shell.sidebar``), the URL is read and written from the same specs, and
:func:`meeting_keep` applies every meetings-column filter, so a new filter on a meetings
column is one field here and one label in ``dashboard.rendering.i18n``. No streamlit here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, replace

import numpy as np
import pandas as pd

__all__ = [
    "CALENDAR_GRANULARITIES",
    "DEFAULT_POST",
    "GRANULARITIES",
    "NAMED_GRANULARITIES",
    "PRECISIONS",
    "SPEC",
    "Choice",
    "DateBound",
    "Exclude",
    "Filters",
    "Flag",
    "OneOf",
    "Pick",
    "clamp_range",
    "date_text",
    "filter_meetings",
    "meeting_keep",
    "narrowed",
    "open_edges",
    "period_label",
    "period_range",
    "period_start",
    "precision_fits",
    "specs",
    "supports",
    "undated_kept",
]

CALENDAR_GRANULARITIES = ("month", "quarter", "half", "year")
# Periods named by the data: the tenure of the post holder (任期) and the user's periods CSV
# (十三五, 届 ...). Their boundaries fall on any day; ``dashboard.queries.calendars`` keys them.
NAMED_GRANULARITIES = ("tenure", "periods")
GRANULARITIES = (*CALENDAR_GRANULARITIES, *NAMED_GRANULARITIES)
PRECISIONS = ("day", "month", "year")  # ``meetings.date_precision``, finest first
# The finest date precision a period of each granularity needs: the whole uncertain span of a
# date must lie in one period. A month lies in one calendar quarter and one half-year, so a
# month-precision date fixes them; a year does not fix a month, quarter or half-year.
_NEEDS = {
    "day": "day",
    "month": "month",
    "quarter": "month",
    "half": "month",
    "year": "year",
    "tenure": "day",
    "periods": "day",
}
SPEC = "filter"  # the metadata key of a field's spec
DEFAULT_POST = "书记"  # whose tenures make the "tenure" granularity unless the user picks another


@dataclass(frozen=True)
class DateBound:
    """One end of the date range (one slider draws both); None is open. With either end set (a
    narrowed range) undated meetings are left out unless ``include_undated`` is on."""

    param: str
    label: str = "date_range"


@dataclass(frozen=True)
class Flag:
    """A checkbox. With ``column`` (a bool meetings column), off keeps only the rows where it is true."""

    param: str
    label: str
    column: str | None = None


@dataclass(frozen=True)
class OneOf:
    """A single choice among fixed values."""

    param: str
    label: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class Pick:
    """A single choice among the values the corpus offers (``queries.options``), the field's
    default when the URL names one not offered: the post whose tenures make the 任期 granularity."""

    param: str
    label: str


@dataclass(frozen=True)
class Choice:
    """A multi-select, empty meaning all. With ``column``, a meetings column kept with ``isin`` and
    offering its distinct values; ``themes`` (the codebook's) and ``speakers`` (the corpus's)
    have no column: the queries apply them themselves (theme columns, the speech mask)."""

    param: str
    label: str
    column: str | None = None


@dataclass(frozen=True)
class Exclude:
    """A multi-select of a meetings column's values to leave out, empty meaning none: chosen
    document types (NPC resolutions, 政府工作报告) out of every chart and count. The meetings it
    leaves out are counted in ``queries.left_out`` under the field's name."""

    param: str
    label: str
    column: str


Spec = DateBound | Flag | OneOf | Pick | Choice | Exclude


def _meta(spec: Spec) -> dict[str, Spec]:
    return {SPEC: spec}


@dataclass(frozen=True)
class Filters:
    """What the sidebar selected; every query takes one. Empty tuples mean "all"."""

    start: dt.date | None = field(default=None, metadata=_meta(DateBound("from")))
    end: dt.date | None = field(default=None, metadata=_meta(DateBound("to")))
    # None: undated meetings are in while the range is open and out once it is narrowed.
    include_undated: bool | None = field(default=None, metadata=_meta(Flag("undated", "include_undated")))
    include_non_reports: bool = field(
        default=False, metadata=_meta(Flag("nonreports", "include_non_reports", column="is_report"))
    )
    granularity: str = field(default="year", metadata=_meta(OneOf("gran", "granularity", GRANULARITIES)))
    # whose tenures make 任期 (time charts, panel, diversity, alignment): a post the tenures hold
    post: str = field(default=DEFAULT_POST, metadata=_meta(Pick("post", "tenure_post_wide")))
    themes: tuple[str, ...] = field(default=(), metadata=_meta(Choice("theme", "themes")))
    speakers: tuple[str, ...] = field(default=(), metadata=_meta(Choice("speaker", "speakers")))
    organs: tuple[str, ...] = field(default=(), metadata=_meta(Choice("organ", "organs", "organ")))
    meeting_types: tuple[str, ...] = field(default=(), metadata=_meta(Choice("type", "meeting_types", "meeting_type")))
    regions: tuple[str, ...] = field(default=(), metadata=_meta(Choice("region", "regions", "region")))
    excluded_types: tuple[str, ...] = field(
        default=(), metadata=_meta(Exclude("notype", "excluded_types", "meeting_type"))
    )

    def without_dates(self) -> Filters:
        return replace(self, start=None, end=None, include_undated=True)

    def without_speakers(self) -> Filters:
        return replace(self, speakers=())


def specs() -> Iterator[tuple[str, Spec]]:
    """(field name, spec) of every filter, in the order the sidebar draws them."""
    for f in fields(Filters):
        yield f.name, f.metadata[SPEC]


DEFAULTS = Filters()  # every filter's default value: ``getattr(DEFAULTS, name)``


def clamp_range(start: dt.date | None, end: dt.date | None, span: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    """``start``..``end`` inside ``span`` (an open end is the span's edge; an end before the start
    is moved up to it): what the date slider and the two typed dates show."""
    lo = min(max(start or span[0], span[0]), span[1])
    hi = max(min(end or span[1], span[1]), lo)
    return lo, hi


# --- meetings passing the filters ------------------------------------------------------------


def narrowed(f: Filters) -> bool:
    """Whether the date range is narrowed (either end set)."""
    return f.start is not None or f.end is not None


def open_edges(
    start: dt.date | None, end: dt.date | None, span: tuple[dt.date, dt.date] | None
) -> tuple[dt.date | None, dt.date | None]:
    """A bound at or beyond the edge of the dated meetings' ``span`` is open (None), as the
    sidebar's slider makes it: a range covering every dated meeting is not a narrowed one."""
    if span is None:
        return start, end
    return (None if start is not None and start <= span[0] else start), (
        None if end is not None and end >= span[1] else end
    )


def undated_kept(f: Filters) -> bool:
    """Whether undated meetings pass: the toggle's value, else only while the range is open."""
    return f.include_undated if f.include_undated is not None else not narrowed(f)


def meeting_keep(meetings: pd.DataFrame, f: Filters) -> np.ndarray:
    """Boolean per row of ``meetings``: passes the date range and every meetings-column filter.

    An undated meeting passes while the range is open; in a narrowed range only when
    ``include_undated`` is on (see :func:`undated_kept`).
    """
    keep = np.ones(len(meetings), dtype=bool)
    dates = meetings["date"]
    dated = dates.notna().to_numpy()
    in_range = dated.copy()
    if f.start is not None:
        in_range &= (dates >= pd.Timestamp(f.start)).to_numpy()
    if f.end is not None:
        in_range &= (dates <= pd.Timestamp(f.end)).to_numpy()
    keep &= in_range | (~dated & undated_kept(f))
    for name, spec in specs():
        value = getattr(f, name)
        if isinstance(spec, Choice) and spec.column and value:
            keep &= meetings[spec.column].isin(value).to_numpy()
        elif isinstance(spec, Exclude) and value:
            keep &= ~meetings[spec.column].isin(value).to_numpy()
        elif isinstance(spec, Flag) and spec.column and not value:
            keep &= meetings[spec.column].to_numpy(bool)
    return keep


def filter_meetings(meetings: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """Meetings passing the date and meetings-column filters."""
    return meetings[meeting_keep(meetings, f)]


# --- date precision -----------------------------------------------------------------------


def supports(precision: str | None, granularity: str) -> bool:
    """Whether a date of ``precision`` (day, month, year; None or unknown: day) fixes its period at
    ``granularity`` (one of :data:`GRANULARITIES` or ``day``)."""
    if granularity not in _NEEDS:
        raise ValueError(f"granularity must be one of {(*GRANULARITIES, 'day')}, got {granularity!r}")
    rank = PRECISIONS.index(precision) if precision in PRECISIONS else 0
    return rank <= PRECISIONS.index(_NEEDS[granularity])


def precision_fits(precisions: pd.Series, granularity: str) -> np.ndarray:
    """Boolean per date: its precision fixes its period at ``granularity`` (see :func:`supports`)."""
    too_coarse = [p for p in PRECISIONS if not supports(p, granularity)]
    return ~np.isin(precisions.astype(object).to_numpy(), too_coarse)


def date_text(date: object, precision: str | None) -> str | None:
    """A date written only as far as it is known: ``2020``, ``2020-07`` or ``2020-07-10`` (None
    when undated), so a year-only date is not shown on 1 January."""
    if date is None or pd.isna(date):
        return None
    ts = pd.Timestamp(date)
    return {"year": f"{ts:%Y}", "month": f"{ts:%Y-%m}"}.get(str(precision), f"{ts:%Y-%m-%d}")


# --- periods -------------------------------------------------------------------------------


def period_start(dates: pd.Series, granularity: str) -> pd.Series:
    """The first day of each date's period (month, quarter, half-year or year; the named
    granularities need the corpus: ``dashboard.queries.calendars``)."""
    if granularity not in CALENDAR_GRANULARITIES:
        raise ValueError(f"granularity must be one of {CALENDAR_GRANULARITIES}, got {granularity!r}")
    d = pd.to_datetime(dates)
    month = {"month": d.dt.month, "quarter": (d.dt.month - 1) // 3 * 3 + 1, "half": (d.dt.month - 1) // 6 * 6 + 1}
    m = month.get(granularity, pd.Series(1, index=d.index))
    out: pd.Series = pd.to_datetime({"year": d.dt.year, "month": m, "day": 1}, errors="coerce") if len(d) else d
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
