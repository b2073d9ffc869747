"""Turn figures and frames into downloadable bytes: HTML, PNG/SVG, CSV, XLSX and a ZIP bundle.

No streamlit here: every function takes plain values and returns bytes, so it is unit tested.
Server-side PNG/SVG go through kaleido, which drives a headless Chromium; that Chromium finds the
CJK font only through the fonts.conf written by :mod:`dashboard.fonts`, so ``FONTCONFIG_FILE`` is
set before the (single, long-lived) kaleido server starts.
"""

from __future__ import annotations

import atexit
import datetime as dt
import io
import json
import os
import re
import shutil
import threading
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from dashboard.rendering import fonts

__all__ = [
    "IMAGE_FORMATS",
    "ChartExport",
    "StaticExportUnavailable",
    "bundle_zip",
    "figure_html",
    "figure_image",
    "frame_csv",
    "frame_xlsx",
    "guard_formula",
    "safe_name",
    "static_export_status",
]

IMAGE_FORMATS = ("png", "svg")
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_UNSAFE_NAME = re.compile(r"[^\w.\-]+", re.UNICODE)


class StaticExportUnavailable(RuntimeError):
    """PNG/SVG cannot be made on this server; the message says why and what still works."""


# ---------------------------------------------------------------- HTML


def figure_html(fig: go.Figure) -> bytes:
    """A standalone HTML page with plotly.js inlined (about 4.8 MB), so it opens offline."""
    return str(fig.to_html(include_plotlyjs=True, full_html=True)).encode("utf-8")


# ---------------------------------------------------------------- tables


def guard_formula(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _guarded(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(guard_formula)
    out.columns = [guard_formula(str(c)) for c in out.columns]
    return out


def frame_csv(frame: pd.DataFrame, header: Sequence[tuple[str, str]] = ()) -> bytes:
    """CSV in UTF-8 with a BOM (Excel then reads Chinese), formula-looking text guarded; ``header``
    (field, value) pairs go first as ``# field: value`` comment lines."""
    buffer = io.StringIO()
    for field, value in header:
        buffer.write(f"# {field}: {' '.join(str(value).split())}\n")
    _guarded(frame).to_csv(buffer, index=False)
    return buffer.getvalue().encode("utf-8-sig")


def frame_xlsx(frame: pd.DataFrame, sheet: str = "data", readme: Sequence[tuple[str, str]] = ()) -> bytes:
    """An .xlsx workbook; text is always written as text, never as a formula or a link. ``readme``
    (field, value) pairs become a second sheet, README."""
    buffer = io.BytesIO()
    options = {"strings_to_formulas": False, "strings_to_urls": False, "nan_inf_to_errors": True}
    name = _sheet_name(sheet)
    with pd.ExcelWriter(buffer, engine="xlsxwriter", engine_kwargs={"options": options}) as writer:
        _without_timezones(_guarded(frame)).to_excel(writer, sheet_name=name, index=False)
        if readme:
            notes = pd.DataFrame(list(readme), columns=["field", "value"])
            _guarded(notes).to_excel(writer, sheet_name="README" if name != "README" else "about", index=False)
    return buffer.getvalue()


def _sheet_name(name: str) -> str:
    cleaned = re.sub(r"[\[\]:*?/\\']", "_", name).strip() or "data"
    return cleaned[:31]


def _without_timezones(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for column in out.columns:
        if isinstance(out[column].dtype, pd.DatetimeTZDtype):
            out[column] = out[column].dt.tz_localize(None)
    return out


# ---------------------------------------------------------------- PNG / SVG via kaleido


class _Kaleido:
    """One kaleido server per process: started lazily, behind a lock (Streamlit is threaded)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.started = False
        self.stop_registered = False
        self.failure: str | None = None

    def chromium(self) -> str | None:
        for candidate in CHROMIUM_CANDIDATES:
            found = shutil.which(candidate)
            if found:
                return found
        return None

    def status(self) -> tuple[bool, str]:
        if self.failure:
            return False, self.failure
        if self.chromium() is None:
            return False, (
                "PNG and SVG export needs Chromium on the server (apt-get install -y chromium); "
                "the interactive HTML export works without it."
            )
        return True, "ok"

    def start(self) -> None:
        if self.started:
            return
        import kaleido

        # Chromium reads the font configuration when it starts: set it first.
        os.environ["FONTCONFIG_FILE"] = str(fonts.fontconfig_file())
        # mathjax=False: its default is a CDN URL, and the server may be offline.
        kaleido.start_sync_server(mathjax=False, silence_warnings=True)
        self.started = True

    def render(self, fig: go.Figure, fmt: str, width: int | None, height: int | None, scale: float) -> bytes:
        ok, reason = self.status()
        if not ok:
            raise StaticExportUnavailable(reason)
        with self.lock:
            try:
                self.start()
                import kaleido

                opts = {"format": fmt, "width": width or 1200, "height": height or 600, "scale": scale}
                image = bytes(kaleido.calc_fig_sync(fig.to_dict(), opts=opts))
                if not self.stop_registered:
                    # Only now: the server's thread has made its temporary folders, and with them the
                    # interpreter's exit hook for finalizers; registered after it, the stop runs first
                    # and removes them. Registered at the start (kaleido's own stop is), it ran after
                    # the finalizers, which removed them with a ResourceWarning each.
                    atexit.register(kaleido.stop_sync_server, silence_warnings=True)
                    self.stop_registered = True
                return image
            except Exception as exc:  # kaleido/choreographer raise many kinds
                self.failure = f"PNG and SVG export failed on the server ({type(exc).__name__}: {exc}); use HTML."
                raise StaticExportUnavailable(self.failure) from exc


_KALEIDO = _Kaleido()


def static_export_status() -> tuple[bool, str]:
    """(available, reason): can this server render PNG/SVG?"""
    return _KALEIDO.status()


def figure_image(
    fig: go.Figure, fmt: str = "png", width: int | None = 1200, height: int | None = None, scale: float = 1
) -> bytes:
    """The figure as PNG or SVG, Chinese drawn with the CJK font; raises StaticExportUnavailable.
    ``height`` None is the figure's own (a tall bar chart of many labels keeps its room), else 600."""
    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"format must be one of {IMAGE_FORMATS}, got {fmt!r}")
    return _KALEIDO.render(fig, fmt, width, height or int(fig.layout.height or 600), scale)


# ---------------------------------------------------------------- bundle


@dataclass(frozen=True)
class ChartExport:
    """One chart (or table: ``figure`` None) of the current view and the frame behind it."""

    name: str
    figure: go.Figure | None
    frame: pd.DataFrame
    header: tuple[tuple[str, str], ...] = ()  # (field, value) pairs heading the CSV: its provenance
    dress: Callable[[go.Figure], go.Figure] | None = None  # makes the figure written (title, caption)

    def drawn(self) -> go.Figure | None:
        return self.figure if self.figure is None or self.dress is None else self.dress(self.figure)


def safe_name(name: str, default: str = "chart") -> str:
    """A file-name part with no path separators or odd characters (Chinese kept)."""
    cleaned = _UNSAFE_NAME.sub("_", name).strip("._")[:80]
    return cleaned or default


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime | pd.Timestamp):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return sorted(value, key=str) if isinstance(value, set | frozenset) else list(value)
    if isinstance(value, Path):
        return str(value)
    return str(value)


def bundle_zip(
    charts: list[ChartExport],
    filters: Mapping[str, Any],
    codebook_csv: str,
    images: bool = True,
) -> bytes:
    """A ZIP of the current view: each chart as HTML (and PNG when possible), its data as CSV,
    the filters as JSON and the codebook in use as CSV. A README.txt lists what is missing."""
    buffer = io.BytesIO()
    notes: list[str] = []
    png_ok, reason = static_export_status()
    used: set[str] = set()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for chart in charts:
            base = _unique(safe_name(chart.name), used)
            archive.writestr(f"{base}.csv", frame_csv(chart.frame, chart.header))
            figure = chart.drawn()
            if figure is None:
                continue  # a table: its data is all there is
            archive.writestr(f"{base}.html", figure_html(figure))
            if images and png_ok:
                try:
                    archive.writestr(f"{base}.png", figure_image(figure, "png", height=figure.layout.height))
                except StaticExportUnavailable as exc:
                    png_ok, reason = False, str(exc)
        if images and not png_ok:
            notes.append(f"No PNG files: {reason}")
        archive.writestr("filters.json", json.dumps(dict(filters), ensure_ascii=False, indent=2, default=_json_default))
        archive.writestr("codebook_themes.csv", codebook_csv.encode("utf-8-sig"))
        archive.writestr("README.txt", _readme(charts, notes))
    return buffer.getvalue()


def _unique(base: str, used: set[str]) -> str:
    name, n = base, 2
    while name in used:
        name, n = f"{base}_{n}", n + 1
    used.add(name)
    return name


def _readme(charts: list[ChartExport], notes: list[str]) -> str:
    lines = [
        "Policy Themes: export of the current view",
        f"made {dt.datetime.now().isoformat(timespec='seconds')}",
        "",
        "<chart>.html  interactive chart, opens offline",
        "<chart>.csv   the data behind the chart (UTF-8 with BOM)",
        "<chart>.png   static image (when the server can render it)",
        "filters.json  the filters and page controls of the view, and the URL that reopens it",
        "codebook_themes.csv  the themes and keywords the counts used",
        "",
        "charts: " + ", ".join(c.name for c in charts),
        *notes,
    ]
    return "\n".join(lines) + "\n"
