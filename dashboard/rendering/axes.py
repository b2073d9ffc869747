"""Axis settings the charts share: integer ticks for counts, period ticks without time of day,
labels that turn rather than overlap, and margins that grow to fit every label.

Plain dicts for ``fig.update_layout(xaxis=..., yaxis=...)``; no streamlit, no figures.
"""

from __future__ import annotations

import itertools
import math
import unicodedata
from collections.abc import Sequence
from typing import Any

import pandas as pd

__all__ = ["ANGLES", "category_axis", "count_axis", "label_px", "nice_step", "period_axis"]

# Plotly tries these tick angles in turn and keeps the first at which no two labels overlap.
ANGLES = (0, 30, 45, 60, 90)
MAX_PERIOD_TICKS = 12
LONG_LABEL_PX = 90


def nice_step(raw: float) -> int:
    """The smallest step of 1, 2 or 5 x 10^k that is at least ``raw`` and at least 1."""
    if not raw > 1:
        return 1
    magnitude = 10 ** math.floor(math.log10(raw))
    return int(next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw))


def count_axis(max_value: float, ticks: int = 6) -> dict[str, Any]:
    """An axis of counts: whole-number ticks from 0 (a maximum of 2 gives 0, 1, 2, not 0.381)."""
    top = float(max_value) if pd.notna(max_value) and max_value > 0 else 1.0
    return {"tickformat": ",d", "tick0": 0, "dtick": nice_step(top / ticks), "rangemode": "tozero", "automargin": True}


def _months(a: pd.Timestamp, b: pd.Timestamp) -> int:
    return int((b.year - a.year) * 12 + b.month - a.month)


def _tick_step(span_months: int, months: int, max_ticks: int) -> int:
    """Months between labels: a multiple of the period (``months``) that divides a year or is a
    round number of years (1, 2, 5, 10... years), the smallest giving at most ``max_ticks``."""
    steps = [months * k for k in (1, 2, 3, 6) if 12 % (months * k) == 0]
    steps += [12 * y for y in (1, 2, 5, 10, 20, 50, 100) if 12 * y % months == 0]
    return next((st for st in sorted(set(steps)) if span_months // st + 1 <= max_ticks), steps[-1])


def period_axis(
    periods: Sequence[pd.Timestamp], labels: Sequence[str], max_ticks: int = MAX_PERIOD_TICKS
) -> dict[str, Any]:
    """A date axis ticked at period starts and labelled as the periods are (2021, 2021Q3,
    2021-07): never a time of day, even for one period; at most ``max_ticks`` labels, at round
    steps (every 5 or 10 years, every January...). Periods that start on any day (tenures, from
    the day a holder took office) have no round steps: every k-th is labelled."""
    pairs = sorted(dict.fromkeys(zip(periods, labels, strict=True)))
    if len(pairs) > max_ticks and any(pd.Timestamp(p).day != 1 for p, _ in pairs):
        pairs = pairs[:: math.ceil(len(pairs) / max_ticks)]
    elif len(pairs) > max_ticks:
        months = min(_months(a, b) for (a, _), (b, _) in itertools.pairwise(pairs)) or 1
        step = _tick_step(_months(pairs[0][0], pairs[-1][0]), months, max_ticks)
        round_ones = [(p, label) for p, label in pairs if (p.year * 12 + p.month - 1) % step == 0]
        pairs = round_ones if len(round_ones) > 1 else pairs[:: math.ceil(len(pairs) / max_ticks)]
    pairs = _spaced(pairs, 1 / (2 * max_ticks + 1))
    return {
        "type": "date",
        "tickmode": "array",
        "tickvals": [p for p, _ in pairs],
        "ticktext": [label for _, label in pairs],
        "autotickangles": list(ANGLES),
        "automargin": True,
    }


def _spaced(pairs: list[tuple[pd.Timestamp, str]], min_fraction: float) -> list[tuple[pd.Timestamp, str]]:
    """The ticks with none closer to the one kept before it than ``min_fraction`` of the axis's
    span: periods that cluster on a long axis (meetings in 1957, 1962, 1964 ... 2021, 2022,
    2023) would draw their labels over each other, however turned."""
    if len(pairs) < 3:
        return pairs
    span = (pairs[-1][0] - pairs[0][0]) / pd.Timedelta(days=1)
    kept = [pairs[0]]
    for p, label in pairs[1:]:
        if (p - kept[-1][0]) / pd.Timedelta(days=1) >= min_fraction * span:
            kept.append((p, label))
    return kept


def label_px(text: str, size: float = 12) -> float:
    """About how wide ``text`` is drawn at ``size`` px: CJK and full-width characters a full em."""
    return sum(size if unicodedata.east_asian_width(ch) in "WF" else size * 0.58 for ch in text)


def category_axis(labels: Sequence[str] = ()) -> dict[str, Any]:
    """Names on an axis (themes, words): every one shown. Names wider than about two words are
    set at 45 degrees, where neighbours 25 px apart or more cannot overlap (plotly's own choice
    among angles accepted 30 degrees for overlapping labels); shorter ones turn only if needed."""
    axis: dict[str, Any] = {"tickmode": "linear", "automargin": True}
    if labels and max(label_px(str(x)) for x in labels) > LONG_LABEL_PX:
        return axis | {"tickangle": 45}
    return axis | {"autotickangles": list(ANGLES)}
