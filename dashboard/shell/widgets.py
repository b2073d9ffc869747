"""Streamlit widgets shared by the pages: charts with their toolbar config and export buttons.

Download bytes are made lazily: Streamlit 1.67's ``st.download_button`` accepts a callable for
``data`` and calls it only when the button is clicked (on a separate thread), so a page with ten
charts renders no HTML, XLSX or PNG until someone asks for one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import partial
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard.rendering import exports, publication
from dashboard.rendering.i18n import t
from dashboard.shell.state import lang

__all__ = ["bundle_button", "chart", "download_row", "plain", "start_view", "toolbar_config", "view_charts"]

_MIME = {
    "html": "text/html",
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "png": "image/png",
    "svg": "image/svg+xml",
    "zip": "application/zip",
}


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def plain(text: str) -> str:
    """Text from the data or the user, escaped so st.markdown/st.error show it literally."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))


def _file_stem(name: str) -> str:
    return exports.safe_name(re.sub(r"\s+", "_", name.strip()), default="chart")


def toolbar_config(name: str, fmt: str = "png") -> dict[str, Any]:
    """``st.plotly_chart(config=...)``: the toolbar camera saves ``<name>.png`` at 2x."""
    return {
        "displaylogo": False,
        "toImageButtonOptions": {"format": fmt, "filename": _file_stem(name), "scale": 2},
    }


def _button(label: str, data: Callable[[], bytes], stem: str, ext: str, key: str, help_: str | None = None) -> None:
    st.download_button(
        label,
        data=data,
        file_name=f"{stem}.{ext}",
        mime=_MIME[ext],
        key=f"{key}-{ext}",
        on_click="ignore",
        help=help_,
    )


VIEW_CHARTS = "_view_charts"


def start_view() -> None:
    """Called by the app before a page runs: the charts shown in this run make up the view's ZIP."""
    st.session_state[VIEW_CHARTS] = []


def view_charts() -> list[exports.ChartExport]:
    return list(st.session_state.get(VIEW_CHARTS, []))


def download_row(
    fig: go.Figure | None, frame: pd.DataFrame, name: str, key: str, about: publication.Provenance | None = None
) -> None:
    """Downloads under a chart (HTML, CSV, XLSX, PNG/SVG when the server can draw them) or, with
    ``fig=None``, under a table (CSV, XLSX). Either joins the view's ZIP. With ``about`` each file
    is the publication one the export command writes: title, metric and formula, provenance."""
    stem = _file_stem(name)
    fig = None if fig is None else go.Figure(fig)  # the page may change its objects after this call
    frame = frame.copy()
    header, dress = (about.fields(), partial(publication.figure, about=about)) if about else ((), None)
    st.session_state.setdefault(VIEW_CHARTS, []).append(exports.ChartExport(name, fig, frame, tuple(header), dress))
    png_ok, reason = exports.static_export_status()
    buttons: list[tuple[str, Callable[[], bytes], str, str | None]] = []
    if fig is not None:
        buttons.append(
            ("⬇ HTML", lambda: exports.figure_html(_published(fig, about, None)), "html", t("dl_html_help", lang()))
        )
    buttons.append(("⬇ CSV", lambda: _table(frame, about, "csv", name), "csv", t("dl_csv_help", lang())))
    buttons.append(("⬇ XLSX", lambda: _table(frame, about, "xlsx", name), "xlsx", None))
    if fig is not None and png_ok:
        buttons.append(("⬇ PNG", lambda: _image(fig, about, "png"), "png", None))
        buttons.append(("⬇ SVG", lambda: _image(fig, about, "svg"), "svg", None))
    cols = st.columns(5, gap="small")
    for col, (label, data, ext, help_) in zip(cols, buttons, strict=False):
        with col:
            _button(label, data, stem, ext, key, help_)
    if fig is not None and not png_ok:
        with cols[len(buttons)]:
            st.caption(t("dl_camera", lang()), help=reason)


def _published(fig: go.Figure, about: publication.Provenance | None, width: int | None) -> go.Figure:
    return fig if about is None else publication.figure(fig, about, width=width)


def _image(fig: go.Figure, about: publication.Provenance | None, fmt: str) -> bytes:
    out = _published(fig, about, publication.FIGURE_WIDTH)
    height = int(out.layout.height or publication.FIGURE_HEIGHT) if about else None
    return exports.figure_image(out, fmt, height=height, scale=2 if fmt == "png" else 1)


def _table(frame: pd.DataFrame, about: publication.Provenance | None, fmt: str, name: str) -> bytes:
    if fmt == "csv":
        return exports.frame_csv(frame) if about is None else publication.table_csv(frame, about)
    return exports.frame_xlsx(frame, name) if about is None else publication.table_xlsx(frame, about, name)


def chart(
    fig: go.Figure,
    frame: pd.DataFrame,
    name: str,
    key: str,
    *,
    selectable: bool = False,
    about: publication.Provenance | None = None,
) -> Any:
    """A chart as every page draws it: the toolbar's camera saves ``<name>.png``, the download row
    sits under it (publication files with ``about``), and with ``selectable`` a clicked point
    reruns the page (the evidence panel)."""
    select: dict[str, Any] = {"on_select": "rerun", "selection_mode": "points"} if selectable else {}
    event = st.plotly_chart(fig, key=key, config=toolbar_config(name), **select)
    download_row(fig, frame, name, key=f"dl_{key}", about=about)
    return event


def bundle_button(
    charts: list[exports.ChartExport],
    filters: Mapping[str, Any],
    codebook_csv: str,
    key: str,
    label: str = "⬇ ZIP of this view",
) -> None:
    """One ZIP with every chart (HTML, PNG when possible), their data, the filters and the codebook."""
    charts = list(charts)
    filters = dict(filters)
    _button(label, lambda: exports.bundle_zip(charts, filters, codebook_csv), "policy_themes_view", "zip", key)
