"""The table widget every page uses: ``st.dataframe`` over ``rendering.tables.display_frame``, so
headers, empty values and dates are in the page's language wherever a table is shown."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

import pandas as pd
import streamlit as st

from dashboard.rendering.tables import display_frame, shown_labels

__all__ = ["editor_columns", "table"]


def table(
    frame: pd.DataFrame,
    lang: str,
    key: str,
    *,
    labels: Mapping[str, str] | None = None,
    column_config: Mapping[str, Any] | None = None,
    coded: Collection[str] = (),
    mapped: Mapping[str, Mapping[str, str]] | None = None,
    heads: Mapping[str, str] | None = None,
    **kwargs: Any,
) -> Any:
    """Show ``frame`` in ``lang``; ``column_config`` is keyed by raw column names (None hides one),
    ``labels`` points a raw column at another label key, ``coded`` columns show their values by
    their labels (``rendering.tables.value_label``) and ``mapped`` ones through their mapping; ``heads``
    names columns per theme (theme id -> label in ``lang``). Returns ``st.dataframe``'s value (the
    selection event when ``on_select`` is given); row positions are those of ``frame``."""
    headers = shown_labels(frame, lang, labels, heads)
    config = {headers[name]: value for name, value in (column_config or {}).items() if name in headers}
    return st.dataframe(
        display_frame(frame, lang, labels, coded=coded, mapped=mapped, heads=heads),
        key=key,
        hide_index=True,
        column_config=config,
        **kwargs,
    )


def editor_columns(frame: pd.DataFrame, lang: str, overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """``column_config`` for an ``st.data_editor`` over ``frame``: every column headed in ``lang``
    (the editor keeps the raw names, so what it returns parses as before); ``overrides`` are
    column configs by raw name, given the header."""
    out: dict[str, Any] = {}
    for name, header in shown_labels(frame, lang).items():
        make = (overrides or {}).get(name)
        out[name] = make(header) if callable(make) else st.column_config.Column(header)
    return out
