"""The selection every number counts in: meetings and speeches passing the filters.

The unit of analysis is the *selected speeches*: the speeches of the meetings that pass the
meeting filters, restricted to the chosen speakers when speakers are chosen. A meeting's
characters are the characters of its selected speeches, so every rate uses the same text it
counts in. Selections are boolean masks over the corpus's rows; the last few frames built
from them are kept in the corpus's memo (shared by every session). No streamlit here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd

from dashboard.indexes import aggregates
from dashboard.indexes.corpus import Corpus
from dashboard.indexes.memo import Slot
from dashboard.queries.calendars import named_starts
from dashboard.queries.filters import (
    DEFAULT_POST,
    NAMED_GRANULARITIES,
    Exclude,
    Filters,
    meeting_keep,
    period_start,
    precision_fits,
    specs,
)

__all__ = [
    "left_out",
    "meeting_ids",
    "meeting_mask",
    "meeting_periods",
    "meeting_totals",
    "meeting_units",
    "selected_speeches",
    "speech_mask",
    "theme_hits_in",
    "theme_matrix",
]

MEETING_IDS: Slot[np.ndarray] = Slot("meeting_ids")
SELECTIONS: Slot[pd.DataFrame] = Slot("selections", keep=2)  # about 40 MB each at 100,000 meetings
MEETING_UNITS: Slot[pd.DataFrame] = Slot("meeting_units", keep=2)


def meeting_ids(c: Corpus) -> np.ndarray:
    """``c.meetings["meeting_id"]`` as a numpy object array, converted once per corpus (indexing the
    Arrow-backed column costs a few ms per call)."""
    return c.agg.memo.once(MEETING_IDS, lambda: c.meetings["meeting_id"].to_numpy(dtype=object))


def meeting_mask(c: Corpus, f: Filters) -> np.ndarray:
    """Boolean per row of ``c.meetings``: passes the meeting filters."""
    return meeting_keep(c.meetings, f)


def speech_mask(c: Corpus, f: Filters) -> np.ndarray:
    """Boolean per row of ``c.speeches``: a selected speech (meeting filters, then speakers)."""
    sm = c.agg.speech_meeting
    keep: np.ndarray = (sm >= 0) & meeting_mask(c, f)[np.maximum(sm, 0)]
    if f.speakers:
        codes = c.agg.speakers.get_indexer(list(f.speakers))
        keep &= np.isin(c.agg.speech_speaker, codes[codes >= 0])
    return keep


def meeting_periods(c: Corpus, granularity: str, post: str = DEFAULT_POST) -> np.ndarray:
    """Each meeting's period start, per row of ``c.meetings``: NaT when undated or when its date is
    too coarse for ``granularity`` (a year-only date has no month, quarter or half-year). A named
    granularity (tenure, user periods) keys each meeting by its period's first day."""
    fits = precision_fits(c.meetings["date_precision"], granularity)
    if granularity in NAMED_GRANULARITIES:
        return np.asarray(named_starts(c, granularity, post)[0].where(fits).to_numpy())

    def start(dates: pd.Series, gran: str) -> pd.Series:
        return period_start(dates, gran).where(fits)

    return np.asarray(aggregates.periods(c.agg, c.meetings["date"], granularity, start).to_numpy())


def left_out(c: Corpus, f: Filters) -> dict[str, int]:
    """Meetings the selection leaves out or keeps off its time axis, by reason.

    ``undated``: undated meetings a narrowed range left out (``include_undated`` off);
    ``too_coarse``: selected dated meetings whose date precision does not fix their period at
    ``f.granularity`` (counted in totals, not on time axes); ``non_reports``: pages that are not
    reports, left out (``include_non_reports`` off); for each
    :class:`~dashboard.queries.filters.Exclude` filter, under its field name: meetings of the
    values it leaves out; for tenure and user periods, ``no_period``: dated meetings in none
    (before the first known holder, outside every period).
    Each reason counts the meetings that only it leaves out. Speakers aside: these are meetings.
    """
    m = c.meetings
    keep = meeting_keep(m, f)
    dated = m["date"].notna().to_numpy()
    undated = ~keep & ~dated & meeting_keep(m, replace(f, include_undated=True))
    non_reports = ~keep & ~m["is_report"].to_numpy(bool) & meeting_keep(m, replace(f, include_non_reports=True))
    coarse = keep & dated & ~precision_fits(m["date_precision"], f.granularity)
    counts = {"undated": int(undated.sum()), "too_coarse": int(coarse.sum()), "non_reports": int(non_reports.sum())}
    for name, spec in specs():
        if isinstance(spec, Exclude):
            cleared: dict[str, Any] = {name: ()}
            excluded = ~keep & meeting_keep(m, replace(f, **cleared))
            counts[name] = int(excluded.sum())
    if f.granularity in NAMED_GRANULARITIES:  # before the first known holder, outside every user period
        counts["no_period"] = int((keep & dated & ~coarse & pd.isna(meeting_periods(c, f.granularity, f.post))).sum())
    return counts


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


def theme_matrix(c: Corpus, mat: np.ndarray, themes: Sequence[str]) -> np.ndarray:
    """Columns of ``mat`` for ``themes``, zeros for a theme without any stored hit."""
    cols = c.agg.theme_columns(tuple(themes))
    out = mat[:, np.maximum(cols, 0)] if len(cols) else np.zeros((len(mat), 0), dtype=np.int64)
    return np.where(cols >= 0, out, 0) if len(cols) else out


def selected_speeches(c: Corpus, f: Filters) -> pd.DataFrame:
    """The selected speeches with their meeting's date and period: the unit every number counts in.

    ``speech`` is the row position in ``c.speeches`` (to index ``c.agg.speech_themes``). The last
    few selections are kept (pages ask for the same one several times per rerun, and again when
    only a speaker or a theme changes); copy-on-write keeps them safe from callers' edits.
    """
    return c.agg.memo.get(SELECTIONS, f, lambda: _selected_speeches(c, f)).copy(deep=False)


def _selected_speeches(c: Corpus, f: Filters) -> pd.DataFrame:
    idx = np.flatnonzero(speech_mask(c, f))
    m = c.agg.speech_meeting[idx]
    sp = c.speeches.take(idx).reset_index(drop=True)  # one copy of the selected rows, columns added to it
    sp["date"] = c.meetings["date"].to_numpy()[m]
    sp["period"] = meeting_periods(c, f.granularity, f.post)[m]
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
            period=meeting_periods(c, f.granularity, f.post)[m],
        )
        .reset_index(drop=True)
    )


def meeting_units(c: Corpus, f: Filters) -> pd.DataFrame:
    """One row per selected meeting: meeting_id, date, period, chars (of its selected speeches).

    The last two are kept (a page asks for the same one several times per rerun).
    """
    return c.agg.memo.get(MEETING_UNITS, f, lambda: _meeting_units(c, f)).copy(deep=False)


def _meeting_units(c: Corpus, f: Filters) -> pd.DataFrame:
    idx, chars, _ = meeting_totals(c, f)
    return pd.DataFrame(
        {
            "meeting_id": meeting_ids(c)[idx],
            "date": c.meetings["date"].to_numpy()[idx],
            "period": meeting_periods(c, f.granularity, f.post)[idx],
            "chars": chars,
            "row": np.asarray(idx, dtype=np.int64),  # position in ``Corpus.meetings``
        }
    )
