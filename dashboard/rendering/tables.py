"""Tables as a page shows them, in one language: column headers from ``strings.toml``
(``col_<raw name>``), empty values as the language's empty mark (``empty_value``), dates without
a time of day and only as far as they are known. No streamlit here: the shell's table widget
(``dashboard.shell.widgets.table``) draws what :func:`display_frame` returns.

Downloads keep the raw frame (raw column names, typed values): this is only what is shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping

import numpy as np
import pandas as pd

from dashboard.queries.filters import date_text
from dashboard.rendering.i18n import STRINGS, t

__all__ = [
    "LABEL_PREFIX",
    "PRECISION_COLUMN",
    "column_label",
    "display_frame",
    "empty_mark",
    "shown_labels",
    "value_label",
]

LABEL_PREFIX = "col_"
PRECISION_COLUMN = "date_precision"  # says how far the ``date`` beside it is known; not shown itself


def column_label(
    name: str, lang: str, labels: Mapping[str, str] | None = None, heads: Mapping[str, str] | None = None
) -> str:
    """The header of raw column ``name``: ``labels`` may point it at another label key
    (``{"title": "post"}``: a person's title is a post, not a meeting's title); a name without a
    label of its own whose last ``_`` part has one (``乡村振兴_per10k``) is headed by its first
    part and that label (``乡村振兴 · 每万字提及``). ``heads`` names a column per theme (and the first
    part of such a name) in the page's language (theme id -> label: ``Rural revitalisation · ...``)."""
    key = LABEL_PREFIX + (labels or {}).get(name, name)
    if key in STRINGS:
        return t(key, lang)
    heads = heads or {}
    if name in heads:
        return heads[name]
    head, _, suffix = name.rpartition("_")  # a column per theme: ``<theme>_hits``, ``<theme>_per10k``
    if head and LABEL_PREFIX + suffix in STRINGS:
        return f"{heads.get(head, head)} · {t(LABEL_PREFIX + suffix, lang)}"
    return name


def shown_labels(
    frame: pd.DataFrame, lang: str, labels: Mapping[str, str] | None = None, heads: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Raw column name -> header, for every column :func:`display_frame` keeps (a header two
    columns would share gets the raw name after it, so headers stay unique)."""
    out: dict[str, str] = {}
    for name in frame.columns:
        if name == PRECISION_COLUMN:
            continue
        label = column_label(str(name), lang, labels, heads)
        out[name] = f"{label} ({name})" if label in out.values() else label
    return out


def empty_mark(lang: str) -> str:
    return t("empty_value", lang)


def _is_empty(value: object) -> bool:
    if value is None or (isinstance(value, str) and not value.strip()):
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # an array or list in a cell is a value
        return False


def _dates(column: pd.Series, precision: pd.Series | None, empty: str) -> pd.Series:
    known = precision if precision is not None else pd.Series([None] * len(column), index=column.index)
    shown = [date_text(d, p) for d, p in zip(column, known, strict=True)]
    return pd.Series([s or empty for s in shown], index=column.index, dtype=object)


def _column(column: pd.Series, empty: str, precision: pd.Series | None) -> pd.Series:
    if pd.api.types.is_datetime64_any_dtype(column.dtype):
        return _dates(column, precision, empty)
    if column.dtype == object and any(isinstance(v, dt.date) for v in column):
        return _dates(column, precision, empty)
    missing = np.fromiter((_is_empty(v) for v in column), dtype=bool, count=len(column))
    if not missing.any():
        return column
    if pd.api.types.is_numeric_dtype(column.dtype) or pd.api.types.is_bool_dtype(column.dtype):
        shown = [
            empty if m else f"{v:g}" if isinstance(v, float) else str(v) for v, m in zip(column, missing, strict=True)
        ]
        return pd.Series(shown, index=column.index, dtype=object)
    return column.astype(object).where(~missing, empty)


def value_label(column: str, value: object, lang: str) -> object:
    """A coded value in ``lang`` (``strings.toml`` key ``<column>_<value>``, e.g. ``rule_byline``);
    the value itself when it has no label."""
    key = f"{column}_{value}"
    return t(key, lang) if key in STRINGS else value


def display_frame(
    frame: pd.DataFrame,
    lang: str,
    labels: Mapping[str, str] | None = None,
    *,
    rename: bool = True,
    coded: Collection[str] = (),
    mapped: Mapping[str, Mapping[str, str]] | None = None,
    heads: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """``frame`` as shown: headers in ``lang``, empty cells as the empty mark, dates as text
    (``date`` as far as ``date_precision`` says it is known; that column itself is dropped),
    the values of ``coded`` columns by :func:`value_label`, those of ``mapped`` columns through
    their mapping (theme ids to the language's theme labels; values not in it stay).
    ``rename`` False keeps the raw names (an editor, whose headers come from its column config)."""
    empty = empty_mark(lang)
    precision = frame[PRECISION_COLUMN] if PRECISION_COLUMN in frame.columns else None
    out = {}
    for name in frame.columns:
        if name == PRECISION_COLUMN:
            continue
        col = frame[name]
        if name in coded:
            col = col.map(lambda v, n=str(name): value_label(n, v, lang))
        if name in (mapped or {}):
            col = col.map(lambda v, m=(mapped or {})[name]: m.get(v, v) if isinstance(v, str) else v)
        out[name] = _column(col, empty, precision if name == "date" else None)
    shown = pd.DataFrame(out, index=frame.index)
    if not rename:
        return shown
    return shown.rename(columns=shown_labels(frame, lang, labels, heads))
