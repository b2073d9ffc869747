"""Pieces the research pages share: table downloads in the research formats, the evidence of
one meeting, and opening the codebook editor with a prefilled row."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import queries
from dashboard.rendering import exports, publication
from dashboard.rendering.table_files import TABLE_FORMATS, table_bytes
from dashboard.shell import state, widgets
from dashboard.shell.context import Context
from dashboard.shell.panels import kwic_table

__all__ = ["CODEBOOK_PAGE", "meeting_evidence", "open_codebook_with", "selected_row", "table_downloads"]

# The codebook page's script (a path, not an import: the views sit above the shell).
CODEBOOK_PAGE = Path(__file__).resolve().parent.parent / "views" / "codebook.py"
_MIME = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "parquet": "application/vnd.apache.parquet",
    "dta": "application/x-stata-dta",
}


def table_downloads(frame: pd.DataFrame, name: str, key: str, about: publication.Provenance | None = None) -> None:
    """CSV, XLSX, Parquet and Stata buttons under a table (made only when clicked), each file with
    ``about``'s provenance as its format holds it (``table_files``); the table joins the view's ZIP."""
    frame = frame.copy()
    header = tuple(about.fields()) if about else ()
    st.session_state.setdefault(widgets.VIEW_CHARTS, []).append(exports.ChartExport(name, None, frame, header))
    for col, fmt in zip(st.columns(len(TABLE_FORMATS), gap="small"), TABLE_FORMATS, strict=True):
        with col:
            st.download_button(
                f"⬇ {fmt.upper()}",
                data=functools.partial(table_bytes, frame, fmt, about),
                file_name=f"{name}.{fmt}",
                mime=_MIME[fmt],
                key=f"{key}-{fmt}",
                on_click="ignore",
            )


def selected_row(event: Any) -> int | None:
    """The row picked in a ``st.dataframe(on_select="rerun")`` (None when none)."""
    try:
        rows = event.selection.rows
    except AttributeError:
        rows = (event or {}).get("selection", {}).get("rows", [])
    return int(rows[0]) if rows else None


def meeting_evidence(ctx: Context, meeting_id: str, term: str, key: str) -> None:
    """The keyword-in-context lines of ``term`` in one meeting, with the reader link."""
    lines = queries.kwic(ctx.wh, ctx.corpus, ctx.filters.without_speakers(), term=term, limit=500)
    lines = lines[lines["meeting_id"] == meeting_id] if "meeting_id" in lines.columns else lines
    st.caption(f"{term}: {len(lines)}")
    kwic_table(ctx, lines, key)


def open_codebook_with(row: Mapping[str, str]) -> None:
    """Open the Codebook page with ``row`` (theme, label_en, keywords) added to its editor."""
    st.session_state[state.PREFILL_KEY] = dict(row)
    st.switch_page(st.Page(CODEBOOK_PAGE, url_path="codebook"))
