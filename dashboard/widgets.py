"""Streamlit widgets shared by the pages: download rows under charts."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import exports

__all__ = ["download_row"]


def download_row(fig: go.Figure, frame: pd.DataFrame, name: str, key: str) -> None:
    """Buttons under a chart: the chart as offline HTML and its data as CSV.

    Bytes are built lazily: Streamlit 1.67 calls ``data`` only when the button is clicked.
    """
    html_col, csv_col = st.columns(2)
    with html_col:
        st.download_button(
            "HTML", data=lambda: exports.figure_html(fig), file_name=f"{name}.html",
            mime="text/html", key=f"{key}-html", on_click="ignore",
        )
    with csv_col:
        st.download_button(
            "CSV", data=lambda: exports.frame_csv(frame), file_name=f"{name}.csv",
            mime="text/csv", key=f"{key}-csv", on_click="ignore",
        )
