"""Tenures and user periods as time granularities ("任期", "periods") next to month ... year.

A named period has a start day and a name: a tenure starts the day its holder took office
(``YYYY-MM-DD name``, from ``dashboard.measures``' tenures of the corpus with the user's
overrides), a user period on its first day (十三五 ...). Each meeting's period is keyed by that
start, so every time query keeps its real date axis and a clicked point finds its evidence as
for a month. Which period a meeting falls in is ``measures.period_keys`` (the holder of the post
in the meeting's region who most recently took office; the user period covering its date).

The :class:`Calendar` (user periods, tenure overrides) is the user's data files read by the
shell; it is installed in the corpus's memo, so every query of the corpus uses it. Whose tenures
make 任期 is the selection's: the ``post`` filter (``Filters.post``, 书记 by default), passed to
every function here that keys tenures, so two sessions with different posts never share an
answer. No streamlit here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from dashboard import measures
from dashboard.indexes.corpus import Corpus
from dashboard.indexes.memo import Slot
from dashboard.queries.filters import DEFAULT_POST, NAMED_GRANULARITIES, period_label, period_range

__all__ = [
    "DEFAULT_POST",
    "Calendar",
    "calendar_of",
    "held_posts",
    "install_calendar",
    "labeller",
    "load_calendar",
    "named_starts",
    "period_spec",
    "periods_between",
    "posts_held",
    "previous_period",
]


@dataclass(frozen=True)
class Calendar:
    """User periods and tenure overrides (region, post, name, start, end)."""

    periods: tuple[measures.UserPeriod, ...] = ()
    overrides: pd.DataFrame | None = field(default=None, compare=False, hash=False)
    key: str = ""  # identifies the files read (their content hash)


def load_calendar(periods_file: Path | None, overrides_file: Path | None) -> Calendar:
    """The calendar of the files that exist; ``PeriodsError``/``TenureError`` name file and line."""
    digest = hashlib.sha256()
    periods: tuple[measures.UserPeriod, ...] = ()
    overrides = None
    if periods_file is not None and periods_file.is_file():
        periods = measures.load_periods(periods_file)
        digest.update(periods_file.read_bytes())
    digest.update(b"\0")
    if overrides_file is not None and overrides_file.is_file():
        overrides = measures.load_overrides(overrides_file)
        digest.update(overrides_file.read_bytes())
    return Calendar(periods, overrides, digest.hexdigest()[:16])


CALENDAR: Slot[Calendar] = Slot("calendar")
HELD: Slot[pd.DataFrame] = Slot("held_posts", keep=2)
STARTS: Slot[tuple[pd.Series, dict[pd.Timestamp, str]]] = Slot("named_starts", keep=4)


def install_calendar(c: Corpus, calendar: Calendar) -> None:
    """Make ``calendar`` the one every query of ``c`` uses (the user's files may have changed)."""
    if calendar_of(c).key != calendar.key:
        c.agg.memo.replace(CALENDAR, calendar)


def calendar_of(c: Corpus) -> Calendar:
    """The installed calendar; without one, tenures from the reports alone and no user periods."""
    return c.agg.memo.once(CALENDAR, Calendar)


def held_posts(c: Corpus) -> pd.DataFrame:
    """Tenures of the corpus (region, post, name, first, last, n_meetings, source), overrides applied."""
    cal = calendar_of(c)

    def compute() -> pd.DataFrame:
        found = measures.tenures(c.meetings, c.people)
        return found if cal.overrides is None else measures.apply_overrides(found, cal.overrides)

    return c.agg.memo.get(HELD, cal.key, compute)


def posts_held(c: Corpus) -> tuple[str, ...]:
    """The posts the corpus's tenures hold, in the posts file's order (书记 first)."""
    held = set(held_posts(c)["post"].astype(str))
    order = [p.name for p in measures.load_posts()]
    return tuple(p for p in order if p in held) + tuple(sorted(held - set(order)))


def period_spec(c: Corpus, kind: str, post: str = DEFAULT_POST) -> measures.Period:
    """The measures' period for ``kind`` (year, quarter, month, tenure of ``post``, periods)."""
    cal = calendar_of(c)
    if kind == "tenure":
        return measures.Period("tenure", tenures=held_posts(c), post=post)
    if kind == "periods":
        if not cal.periods:
            raise ValueError("no user periods: write a periods.csv in the codebook folder (docs/research.md)")
        return measures.Period("periods", periods=cal.periods)
    return measures.Period(kind)


def named_starts(c: Corpus, granularity: str, post: str = DEFAULT_POST) -> tuple[pd.Series, dict[pd.Timestamp, str]]:
    """(each meeting's period start, NaT where none; start -> period name) for a named granularity
    (the tenures of ``post``, or the user periods)."""
    if granularity not in NAMED_GRANULARITIES:
        raise ValueError(f"not a named granularity: {granularity!r}")
    cal = calendar_of(c)
    whose = post if granularity == "tenure" else ""
    return c.agg.memo.get(STARTS, (granularity, whose, cal.key), lambda: _named_starts(c, granularity, whose))


def _named_starts(c: Corpus, granularity: str, post: str) -> tuple[pd.Series, dict[pd.Timestamp, str]]:
    cal = calendar_of(c)
    if granularity == "periods" and not cal.periods:
        return pd.Series(pd.NaT, index=range(len(c.meetings)), dtype="datetime64[ns]"), {}
    names = measures.period_keys(c.meetings, period_spec(c, granularity, post)).reset_index(drop=True)
    if granularity == "tenure":  # labels are "YYYY-MM-DD name"
        starts = pd.to_datetime(names.str[:10], errors="coerce")
    else:
        first: dict[str, pd.Timestamp] = {}
        for p in cal.periods:
            first[p.name] = min(first.get(p.name, pd.Timestamp(p.start)), pd.Timestamp(p.start))
        starts = pd.to_datetime(names.map(first))
    pairs = pd.DataFrame({"start": starts, "name": names}).dropna().drop_duplicates()
    labels = {
        pd.Timestamp(start): " / ".join(sorted(group["name"].astype(str)))
        for start, group in pairs.groupby("start", sort=True)
    }
    return starts.astype("datetime64[ns]"), labels


def periods_between(
    c: Corpus, first: pd.Timestamp, last: pd.Timestamp, granularity: str, post: str = DEFAULT_POST
) -> pd.DatetimeIndex:
    """Every period start from ``first`` to ``last``: the calendar's, or the named periods' known."""
    if granularity not in NAMED_GRANULARITIES:
        return period_range(first, last, granularity)
    known = np.array(sorted(named_starts(c, granularity, post)[1]), dtype="datetime64[ns]")
    return pd.DatetimeIndex(known[(known >= np.datetime64(first)) & (known <= np.datetime64(last))])


def previous_period(c: Corpus, period: pd.Timestamp, granularity: str, post: str = DEFAULT_POST) -> pd.Timestamp | None:
    """The start of the period before ``period`` (None for the first)."""
    if granularity not in NAMED_GRANULARITIES:
        rng = period_range(pd.Timestamp(period) - pd.DateOffset(years=1), pd.Timestamp(period), granularity)
        return rng[-2] if len(rng) >= 2 else None
    before = [s for s in named_starts(c, granularity, post)[1] if s < pd.Timestamp(period)]
    return max(before) if before else None


def labeller(c: Corpus, granularity: str, post: str = DEFAULT_POST) -> Callable[[pd.Timestamp], str]:
    """Period start -> its label: ``2021Q3``, ``2021``, or the tenure's or user period's name."""
    if granularity not in NAMED_GRANULARITIES:
        return lambda p: period_label(pd.Timestamp(p), granularity)
    names = named_starts(c, granularity, post)[1]
    return lambda p: names.get(pd.Timestamp(p), f"{pd.Timestamp(p):%Y-%m-%d}")
