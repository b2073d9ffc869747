"""Figures and tables fit to publish, made by one set of functions for the dashboard's downloads
and the ``policy-themes export`` command alike.

A figure gets a title, the metric named with its formula and a provenance caption (filters,
meetings, warehouse version, codebook hash, date of export) above the plot, where plotly's
automargin makes room for them, and margins that grow to fit every tick label. A table gets the
same provenance: a ``#`` comment block at the top of a CSV, a README sheet in an XLSX, and its
metric named in the column header. No streamlit here.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from dashboard import queries
from dashboard.indexes.corpus import Corpus
from dashboard.queries.filters import DEFAULTS, Choice, DateBound, Exclude, Flag, OneOf, Pick, specs
from dashboard.rendering import exports
from dashboard.rendering.axes import label_px
from dashboard.rendering.i18n import STRINGS, t
from dashboard.storage.codebooks import CodebookInForce
from etl import __version__
from etl.io.warehouse import Warehouse

__all__ = [
    "FIGURE_HEIGHT",
    "FIGURE_WIDTH",
    "Provenance",
    "codebook_hash",
    "describe",
    "describe_filters",
    "describe_warehouse",
    "figure",
    "metric_column",
    "named_metric",
    "table_csv",
    "table_xlsx",
    "wrap",
]

FIGURE_WIDTH = 1200
FIGURE_HEIGHT = 600
_CAPTION_PX = 12  # font size of the caption lines
_TITLE_PX = 20
_ABOVE_PLOT_PX = 34  # room under the caption for labels drawn above the plot (subplot titles, a G² line's label)


@dataclass(frozen=True)
class Provenance:
    """What made a figure or table, in the language of the export."""

    title: str
    metric: str  # the metric's name, "" for none
    formula: str  # how it is computed, "" for none
    filters: tuple[tuple[str, str], ...]  # (label, value) of every filter not at its default
    n_meetings: int
    dates: str  # first and last date of the selected dated meetings, "" for none
    warehouse: str
    version: int
    codebook: str  # the themes file's hash (sha256, first 16 hex digits)
    exported: str  # ISO date
    lang: str = "zh"

    def caption(self) -> list[str]:
        """The lines under the title: metric and formula, filters, source."""
        lines = [t("pub_metric", self.lang, metric=self.metric, formula=self.formula).strip()] if self.metric else []
        sep, colon = ("；", "：") if self.lang == "zh" else ("; ", ": ")
        shown = sep.join(f"{label}{colon}{value}" for label, value in self.filters) or t("pub_all", self.lang)
        lines.append(t("pub_filters", self.lang, filters=shown))
        lines.append(
            t(
                "pub_source",
                self.lang,
                n=f"{self.n_meetings:,}",
                dates=self.dates or "—",
                warehouse=self.warehouse,
                version=self.version,
                codebook=self.codebook,
                date=self.exported,
            )
        )
        return lines

    def fields(self) -> list[tuple[str, str]]:
        """(field, value) pairs for a CSV header or a README sheet; field names in English."""
        # The formula as "metric = ...": a cell starting with "=" would be guarded as a spreadsheet formula.
        formula = f"{self.metric} {self.formula}".strip() if self.formula else ""
        rows = [("title", self.title), ("metric", self.metric), ("formula", formula)]
        rows += [(f"filter ({label})", value) for label, value in self.filters] or [
            ("filters", t("pub_all", self.lang))
        ]
        rows += [
            ("meetings", str(self.n_meetings)),
            ("dates", self.dates),
            ("warehouse", self.warehouse),
            ("warehouse_version", str(self.version)),
            ("codebook_themes_sha256", self.codebook),
            ("exported", self.exported),
            ("made_by", f"policy-themes {__version__}"),
        ]
        return [(k, v) for k, v in rows if v]


# --- what made it ---------------------------------------------------------------------------


def _value_text(value: object, lang: str, labels: Mapping[str, str]) -> str:
    if isinstance(value, bool):
        return t("yes" if value else "no", lang)
    if isinstance(value, tuple):
        return ("、" if lang == "zh" else ", ").join(labels.get(str(v), str(v)) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def describe_filters(
    f: queries.Filters, lang: str, labels: Mapping[str, str] | None = None
) -> tuple[tuple[str, str], ...]:
    """(label, value) of every filter not at its default, labelled as the sidebar labels it; the
    granularity always (it defines the periods)."""
    labels = labels or {}
    out: list[tuple[str, str]] = []
    for name, spec in specs():
        value = getattr(f, name)
        if value == getattr(DEFAULTS, name) and name != "granularity":
            continue
        if isinstance(spec, DateBound):
            label = t("pub_from" if spec.param == "from" else "pub_to", lang)
        else:
            label = t(spec.label, lang)
        if isinstance(spec, OneOf):
            out.append((label, t(str(value), lang)))
        elif isinstance(spec, Flag | Choice | DateBound | Exclude | Pick):
            out.append((label, _value_text(value, lang, labels if name == "themes" else {})))
    return tuple(out)


def codebook_hash(wh: Warehouse, cb: CodebookInForce) -> str:
    """The hash of the themes the counts used: the manifest's when the warehouse's codebook is in
    force, else the hash of the codebook in force, marked as such."""
    recorded = str(wh.manifest.get("codebook", {}).get("hashes", {}).get("themes.csv", ""))
    if not cb.recount and recorded:
        return recorded
    return f"{cb.key} ({cb.origin})"


def describe(
    wh: Warehouse,
    c: Corpus,
    f: queries.Filters,
    cb: CodebookInForce,
    *,
    title: str,
    metric: str | None,
    lang: str,
    window: int = 1,
    today: dt.date | None = None,
) -> Provenance:
    """The provenance of a view: ``metric`` is a key of the UI strings (``per10k``, ``jaccard``...)
    whose formula is ``f_<metric>``; ``window`` > 1 adds the moving average to the formula."""
    name = t(metric, lang) if metric else ""
    formula = t(f"f_{metric}", lang) if metric and f"f_{metric}" in STRINGS else ""
    if window > 1:
        formula += t("pub_window", lang, n=window)
    labels = {th.theme: cb.label(th.theme, lang) for th in cb.codebook.themes}
    units = queries.meeting_units(c, f)
    dated = units["date"].dropna()
    return Provenance(
        title=title,
        metric=name,
        formula=formula,
        filters=describe_filters(f, lang, labels),
        n_meetings=len(units),
        dates=f"{dated.min():%Y-%m-%d} – {dated.max():%Y-%m-%d}" if len(dated) else "",
        warehouse=wh.root.name,
        version=wh.version,
        codebook=codebook_hash(wh, cb),
        exported=(today or dt.date.today()).isoformat(),
        lang=lang,
    )


def describe_warehouse(
    wh: Warehouse,
    dates: pd.Series,
    *,
    title: str,
    lang: str,
    filters: tuple[tuple[str, str], ...] = (),
    today: dt.date | None = None,
) -> Provenance:
    """The provenance of a table of a whole warehouse (no sidebar filters): ``dates`` are those
    of the meetings it is made of (NaT for undated ones), ``filters`` (label, value) what it left out."""
    dated = dates.dropna()
    recorded = str(wh.manifest.get("codebook", {}).get("hashes", {}).get("themes.csv", ""))
    return Provenance(
        title=title,
        metric="",
        formula="",
        filters=filters,
        n_meetings=len(dates),
        dates=f"{dated.min():%Y-%m-%d} – {dated.max():%Y-%m-%d}" if len(dated) else "",
        warehouse=wh.root.name,
        version=wh.version,
        codebook=recorded,
        exported=(today or dt.date.today()).isoformat(),
        lang=lang,
    )


# --- figures --------------------------------------------------------------------------------


def wrap(text: str, width_px: float, size: int = _CAPTION_PX) -> list[str]:
    """``text`` in lines no wider than ``width_px``, broken after separators or spaces where one
    is near, else anywhere (Chinese has no spaces)."""
    lines: list[str] = []
    line = ""
    for ch in text:
        if label_px(line + ch, size) <= width_px:
            line += ch
            continue
        cut = max(line.rfind(" "), line.rfind("；"), line.rfind("、"), line.rfind(","))
        if cut > len(line) // 2:
            lines.append(line[: cut + 1].rstrip())
            line = line[cut + 1 :].lstrip() + ch
        else:
            lines.append(line)
            line = ch
    return [*lines, line] if line else lines


def _labels_above_plot(fig: go.Figure) -> bool:
    """Whether ``fig`` writes text just above its plot area (paper y >= 1), which the title's
    automargin does not make room for."""
    return any(a.yref and str(a.yref).startswith("paper") and (a.y or 0) >= 0.98 for a in fig.layout.annotations)


def figure(fig: go.Figure, about: Provenance, width: int | None = FIGURE_WIDTH, height: int | None = None) -> go.Figure:
    """A copy of ``fig`` ready to publish: the title, the metric and its formula and the provenance
    above the plot (plotly's automargin makes room for them), every axis growing to fit its tick
    labels, a white background. ``width`` None leaves the width to the viewer (HTML)."""
    out = go.Figure(fig)
    caption = [line for text in about.caption() for line in wrap(text, (width or FIGURE_WIDTH) - 40)]
    base = int(out.layout.height or 420)
    out.update_layout(
        template="plotly_white",
        title={
            "text": f"<b>{html.escape(about.title)}</b>",
            "font": {"size": _TITLE_PX},
            "subtitle": {
                "text": "<br>".join(html.escape(line) for line in caption),
                "font": {"size": _CAPTION_PX, "color": "#444"},
            },
            "x": 0.01,
            "xanchor": "left",
            "yref": "container",
            "y": 0.99,
            "yanchor": "top",
            "automargin": True,
            "pad": {"b": _ABOVE_PLOT_PX if _labels_above_plot(fig) else 0},
        },
        width=width,
        height=height or max(FIGURE_HEIGHT, base + 40 + 18 * len(caption)),
        margin={"l": 20, "r": 20, "t": 20, "b": 20},
    )
    out.update_xaxes(automargin=True)
    out.update_yaxes(automargin=True)
    return out


# --- tables ---------------------------------------------------------------------------------


def metric_column(metric: str, window: int = 1) -> str:
    """The column a metric's values get: ``per10k``, ``share_meetings``, ``per10k_ma3``..."""
    return metric if window <= 1 else f"{metric}_ma{window}"


def named_metric(frame: pd.DataFrame, metric: str, window: int = 1) -> pd.DataFrame:
    """``frame`` with its ``value`` column named for the metric; a raw count unsmoothed is the
    ``count`` column already, so ``value`` goes."""
    name = metric_column(metric, window)
    if "value" not in frame.columns:
        return frame
    if name in frame.columns:
        return frame.drop(columns="value")
    return frame.rename(columns={"value": name})


def table_csv(frame: pd.DataFrame, about: Provenance) -> bytes:
    """The frame as CSV (UTF-8 with BOM) under a ``# field: value`` block saying what made it;
    read it back with ``pandas.read_csv(path, comment=None, skiprows=<lines starting with #>)``."""
    return exports.frame_csv(frame, header=about.fields())


def table_xlsx(frame: pd.DataFrame, about: Provenance, sheet: str = "data") -> bytes:
    """The frame as a workbook: its sheet, and a README sheet saying what made it."""
    return exports.frame_xlsx(frame, sheet, readme=about.fields())
