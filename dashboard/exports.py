"""Turn figures and frames into downloadable bytes (no streamlit here)."""

from __future__ import annotations

import io

import pandas as pd
import plotly.graph_objects as go

__all__ = ["figure_html", "frame_csv"]


def figure_html(fig: go.Figure) -> bytes:
    """A standalone HTML page with plotly.js inlined, so it opens offline."""
    return fig.to_html(include_plotlyjs=True, full_html=True).encode("utf-8")


def frame_csv(frame: pd.DataFrame) -> bytes:
    """CSV in UTF-8 with a BOM: Excel then reads Chinese correctly."""
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False)
    return buffer.getvalue().encode("utf-8-sig")
