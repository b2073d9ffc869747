"""Period keys for meetings: calendar (year, quarter, month), user periods from a CSV, tenures.

A user periods file is a CSV with a header ``name,start,end`` and an optional ``region`` column::

    name,start,end,region
    十三五,2016,2020,
    十四五,2021-01,2025-12-31,
    第十三届区委,2016-10-15,2021-10-20,青禾区

``start`` and ``end`` are a year, a month (YYYY-MM) or a day (YYYY-MM-DD), both inclusive: a year
or month as ``end`` means its last day. A period with a region applies to that region's meetings
only and wins over periods without one. Periods of one scope must not overlap. ``#`` in the first
cell comments a line. Every problem is reported as ``file:line: reason``.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from dashboard.measures.frames import as_datetimes, regions

CALENDAR_KINDS = ("year", "quarter", "month")
_DATE = re.compile(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$")


class PeriodsError(ValueError):
    """A user periods file that cannot be used; the message names the file and line."""


@dataclass(frozen=True)
class UserPeriod:
    name: str
    start: dt.date
    end: dt.date
    region: str | None = None
    line: int = 0


def calendar_period(dates: pd.Series, kind: str) -> pd.Series:
    """Labels ``2021``, ``2021Q1`` or ``2021-03`` for each date; missing dates give NaN."""
    if kind not in CALENDAR_KINDS:
        raise ValueError(f"unknown period kind {kind!r}: use one of {', '.join(CALENDAR_KINDS)}")
    when = as_datetimes(dates)
    if kind == "year":
        labels = when.dt.year.astype("Int64").astype(str)
    elif kind == "quarter":
        labels = when.dt.year.astype("Int64").astype(str) + "Q" + when.dt.quarter.astype("Int64").astype(str)
    else:
        labels = when.dt.strftime("%Y-%m")
    return labels.astype(object).where(when.notna())


def parse_bound(text: str, *, end: bool) -> dt.date:
    """A year, month or day; as an ``end`` a year or month means its last day."""
    m = _DATE.match(text.strip())
    if not m:
        raise ValueError(f"{text!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = int(m[1]), m[2], m[3]
    if month is None:
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    if day is None:
        last = calendar.monthrange(year, int(month))[1] if 1 <= int(month) <= 12 else 1
        return dt.date(year, int(month), last if end else 1)
    return dt.date(year, int(month), int(day))


def _period_of_row(row: dict[str, str], line: int, where: str) -> UserPeriod:
    name = (row.get("name") or "").strip()
    if not name:
        raise PeriodsError(f"{where}:{line}: the period has no name")
    try:
        start = parse_bound(row.get("start") or "", end=False)
        end = parse_bound(row.get("end") or "", end=True)
    except ValueError as e:
        raise PeriodsError(f"{where}:{line}: period {name!r}: {e}") from None
    if end < start:
        raise PeriodsError(f"{where}:{line}: period {name!r} ends ({end}) before it starts ({start})")
    region = (row.get("region") or "").strip() or None
    return UserPeriod(name, start, end, region, line)


def _check_overlaps(periods: Sequence[UserPeriod], where: str) -> None:
    by_scope: dict[str | None, list[UserPeriod]] = {}
    for p in periods:
        by_scope.setdefault(p.region, []).append(p)
    for scope in by_scope.values():
        ordered = sorted(scope, key=lambda p: p.start)
        for a, b in itertools.pairwise(ordered):
            if b.start <= a.end:
                raise PeriodsError(
                    f"{where}:{b.line}: period {b.name!r} overlaps {a.name!r} (line {a.line}): "
                    f"{b.start} is not after {a.end}"
                )


def parse_periods(text: str, path: str | Path = "periods.csv") -> tuple[UserPeriod, ...]:
    """The periods of a user periods CSV (see the module docstring for the format)."""
    where = str(path)
    lines = [line for line in text.lstrip("\ufeff").splitlines()]
    reader = csv.reader(io.StringIO("\n".join(lines)))
    header: list[str] | None = None
    periods: list[UserPeriod] = []
    for number, cells in enumerate(reader, start=1):
        if not cells or not "".join(cells).strip() or cells[0].lstrip().startswith("#"):
            continue
        if header is None:
            header = [c.strip().lower() for c in cells]
            missing = [c for c in ("name", "start", "end") if c not in header]
            if missing:
                raise PeriodsError(
                    f"{where}:{number}: the header lacks {', '.join(missing)} (want name,start,end[,region])"
                )
            continue
        if len(cells) > len(header):
            raise PeriodsError(
                f"{where}:{number}: {len(cells)} cells for {len(header)} columns (quote names with commas)"
            )
        periods.append(_period_of_row(dict(zip(header, cells, strict=False)), number, where))
    if header is None:
        raise PeriodsError(f"{where}: the file is empty (want a header name,start,end[,region])")
    _check_overlaps(periods, where)
    return tuple(periods)


def load_periods(path: Path) -> tuple[UserPeriod, ...]:
    """``parse_periods`` of a file (UTF-8, with or without BOM)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise PeriodsError(f"{path}: cannot read the periods file: {e}") from None
    return parse_periods(text, path)


def user_period(meetings: pd.DataFrame, periods: Sequence[UserPeriod]) -> pd.Series:
    """The name of each meeting's user period (regional periods first); NaN where none covers it."""
    when = as_datetimes(meetings["date"])
    where = regions(meetings)
    out = pd.Series(None, index=meetings.index, dtype=object)
    for p in sorted(periods, key=lambda p: p.region is not None):  # regional periods last: they win
        inside = (when >= pd.Timestamp(p.start)) & (when <= pd.Timestamp(p.end))
        if p.region is not None:
            inside &= where == p.region
        out = out.mask(inside, p.name)
    return out


def period_order(periods: Sequence[UserPeriod]) -> list[str]:
    """Period names in order of their start (for sorting a panel)."""
    return list(dict.fromkeys(p.name for p in sorted(periods, key=lambda p: (p.start, p.name))))
