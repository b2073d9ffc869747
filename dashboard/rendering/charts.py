"""Plotly figures (and the reader's HTML) from query frames; no streamlit here.

Every point carries ``customdata`` = [series key, period ISO date, n meetings] so a page can
turn a clicked point back into the KWIC lines behind it; heatmap cells carry theirs on invisible
markers (:func:`_click_targets`), bars theirs on the bar.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard.queries.terms import G2_CRITICAL
from dashboard.rendering.axes import category_axis, count_axis, period_axis
from dashboard.rendering.fonts import CSS_STACK

PERCENT_METRICS = ("share_meetings", "share_mentions")
_PALETTE = (
    "#e76f51",
    "#2a9d8f",
    "#e9c46a",
    "#264653",
    "#f4a261",
    "#8ab17d",
    "#6d597a",
    "#b56576",
    "#355070",
    "#43aa8b",
)


def _layout(fig: go.Figure, title: str = "", height: int = 420) -> go.Figure:
    """The CJK font, small fixed margins that every axis grows to fit its labels (automargin),
    and the legend at the foot of the figure, below the axis labels rather than over them."""
    fig.update_layout(
        title=title or None,
        font={"family": CSS_STACK},
        height=height,
        margin={"l": 10, "r": 10, "t": 50 if title else 20, "b": 10},
        legend={"orientation": "h", "yref": "container", "y": 0, "yanchor": "bottom", "x": 0, "xanchor": "left"},
        hovermode="closest",
    )
    fig.update_xaxes(automargin=True)
    fig.update_yaxes(automargin=True)
    return fig


def empty_figure(message: str) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=message, showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return _layout(fig)


def trend_chart(
    series: pd.DataFrame,
    key: str,
    metric: str,
    labels: Mapping[str, str] | None = None,
    *,
    title: str = "",
    stacked: bool = False,
    n_label: str = "n",
    axis_title: str = "",
) -> go.Figure:
    """Lines (or stacked areas) per ``key`` (theme or term) over a real date axis.

    A thin grey bar on a second axis shows how many meetings each point stands on (whole-number
    ticks). ``axis_title`` names the metric on the left axis; the stacked view shows shares.
    """
    labels = labels or {}
    fig = go.Figure()
    percent = metric in PERCENT_METRICS or stacked
    for i, (name, g) in enumerate(series.groupby(key, sort=False)):
        g = g.sort_values("period")
        custom = list(zip([name] * len(g), g["period"].dt.strftime("%Y-%m-%d"), g["n_meetings"], strict=True))
        fig.add_trace(
            go.Scatter(
                x=g["period"],
                y=g["value"],
                name=labels.get(name, name),
                mode="lines+markers",
                customdata=custom,
                stackgroup="one" if stacked else None,
                line={"color": _PALETTE[i % len(_PALETTE)]},
                hovertemplate=f"%{{x|%Y-%m-%d}}<br>{labels.get(name, name)}: %{{y:.3{'%' if percent else 'f'}}}"
                f"<br>{n_label}: %{{customdata[2]}}<extra></extra>",
            )
        )
    if series.empty:
        return _layout(fig, title)
    fig.add_trace(_meeting_bars(series, n_label))
    fig.update_layout(
        xaxis=period_axis(list(series["period"]), list(series["label"])),
        yaxis=_metric_axis(series["value"], metric, percent) | {"title": axis_title or None},
        yaxis2=count_axis(series["n_meetings"].max()) | {"overlaying": "y", "side": "right", "title": n_label},
    )
    fig.update_layout(yaxis2={"showgrid": False})
    return _layout(fig, title)


def _meeting_bars(series: pd.DataFrame, n_label: str) -> go.Bar:
    """Thin grey bars of the meetings each period stands on, on the second axis."""
    per = series.drop_duplicates("period").sort_values("period")
    return go.Bar(
        x=per["period"],
        y=per["n_meetings"],
        name=n_label,
        yaxis="y2",
        opacity=0.25,
        marker={"color": "#888"},
        hovertemplate=f"{n_label}: %{{y}}<extra></extra>",
    )


def _metric_axis(values: pd.Series, metric: str, percent: bool) -> dict[str, object]:
    if percent:
        return {"tickformat": ".0%", "rangemode": "tozero"}
    if metric == "count":
        return count_axis(values.max())
    return {"rangemode": "tozero"}


def _click_targets(
    fig: go.Figure, x: Sequence[object], y: Sequence[object], custom: Sequence[Sequence[object]], hover: str
) -> go.Figure:
    """Make every cell of a heatmap clickable: Streamlit's chart selection ignores heatmap cells,
    so an invisible marker sits at each cell's centre with the cell's customdata and hover text,
    and a click anywhere in a cell picks its marker (the nearest one: ``hoverdistance=-1``)."""
    fig.update_traces(hoverinfo="skip", hovertemplate=None, selector={"type": "heatmap"})
    fig.add_trace(
        go.Scatter(
            x=list(x),
            y=list(y),
            mode="markers",
            marker={"opacity": 0, "size": 12},
            customdata=[list(c) for c in custom],
            hovertemplate=hover,
            showlegend=False,
        )
    )
    return fig.update_layout(hoverdistance=-1)


def heatmap(
    series: pd.DataFrame,
    labels: Mapping[str, str] | None = None,
    *,
    title: str = "",
    zlabel: str = "",
    integer: bool = False,
) -> go.Figure:
    """Theme x period heatmap of ``value``; each cell's customdata is (theme, period, n meetings, value).

    Every theme name and period label is on the axes; ``integer`` (raw counts) gives the colour
    bar whole-number ticks."""
    labels = labels or {}
    wide = series.pivot_table(index="theme", columns="period", values="value", sort=False, dropna=False)
    n = series.pivot_table(index="theme", columns="period", values="n_meetings", sort=False, dropna=False)
    themes = list(dict.fromkeys(series["theme"]))
    wide, n = wide.reindex(themes), n.reindex(themes)
    periods = [p.strftime("%Y-%m-%d") for p in wide.columns]
    fig = go.Figure(
        go.Heatmap(
            z=wide.values,
            x=list(wide.columns),
            y=[labels.get(th, th) for th in themes],
            colorscale="YlOrRd",
            colorbar={"title": zlabel, **(_count_bar(series["value"].max()) if integer else {})},
        )
    )
    cells = [
        (p, labels.get(th, th), [th, day, int(k) if pd.notna(k) else 0, None if pd.isna(z) else float(z)])
        for th, ks, zs in zip(themes, n.values, wide.values, strict=True)
        for p, day, k, z in zip(wide.columns, periods, ks, zs, strict=True)
    ]
    hover = "%{y} · %{x|%Y-%m-%d}<br>%{customdata[3]:.2f}<br>n=%{customdata[2]}<extra></extra>"
    _click_targets(fig, [c[0] for c in cells], [c[1] for c in cells], [c[2] for c in cells], hover)
    labels_of = dict(zip(series["period"], series["label"], strict=False)) if "label" in series else {}
    fig.update_xaxes(period_axis(list(wide.columns), [labels_of.get(p, f"{p:%Y-%m-%d}") for p in wide.columns]))
    fig.update_yaxes(category_axis() | {"autorange": "reversed"})
    return _layout(fig, title, height=max(320, 24 * len(themes) + 120))


def _count_bar(max_value: float) -> dict[str, object]:
    """A colour bar of counts: whole-number ticks."""
    axis = count_axis(max_value)
    return {"tickformat": axis["tickformat"], "tick0": 0, "dtick": axis["dtick"]}


def matrix_heatmap(
    matrix: pd.DataFrame, labels: Mapping[str, str] | None = None, *, title: str = "", integer: bool = True
) -> go.Figure:
    """A square theme x theme matrix (co-occurrence); each cell's customdata is (theme, theme, value).

    The diagonal (each theme with itself: how often it occurs at all) is written in its cells but
    left out of the colour scale, which it would otherwise swamp."""
    labels = labels or {}
    names = [labels.get(th, th) for th in matrix.index]
    values = matrix.to_numpy(dtype="float64")
    colour = values.copy()
    colour[np.diag_indices_from(colour)] = np.nan
    text = [[f"{v:,.0f}" if integer else f"{v:.2f}" for v in row] for row in values]
    off = colour[~np.isnan(colour)]
    fig = go.Figure(
        go.Heatmap(
            z=colour,
            x=names,
            y=names,
            text=text,
            texttemplate="%{text}",
            colorscale="Blues",
            colorbar=_count_bar(off.max() if off.size else 1) if integer else {},
        )
    )
    z = matrix.to_numpy()
    cells = [
        (names[j], names[i], [a, b, z[i, j].item()])
        for i, a in enumerate(matrix.index)
        for j, b in enumerate(matrix.columns)
    ]
    hover = "%{y} × %{x}: %{customdata[2]" + (":,.0f" if integer else ":.2f") + "}<extra></extra>"
    _click_targets(fig, [c[0] for c in cells], [c[1] for c in cells], [c[2] for c in cells], hover)
    fig.update_xaxes(category_axis(names))
    fig.update_yaxes(category_axis() | {"autorange": "reversed"})
    return _layout(fig, title, height=max(360, 26 * len(names) + 160))


def profile_chart(
    profile: pd.DataFrame, labels: Mapping[str, str] | None = None, *, title: str = "", axis_title: str = ""
) -> go.Figure:
    """Grouped bars: each group's mentions per 10k characters by theme."""
    labels = labels or {}
    fig = go.Figure()
    for i, (group, g) in enumerate(profile.groupby("group", sort=False)):
        fig.add_trace(
            go.Bar(
                x=[labels.get(th, th) for th in g["theme"]],
                y=g["per10k"],
                name=str(group),
                customdata=list(zip([group] * len(g), g["theme"], strict=True)),
                marker={"color": _PALETTE[i % len(_PALETTE)]},
                hovertemplate="%{x}: %{y:.2f}<extra>%{fullData.name}</extra>",
            )
        )
    names = [labels.get(th, th) for th in dict.fromkeys(profile["theme"])]
    fig.update_layout(
        barmode="group", xaxis=category_axis(names), yaxis={"title": axis_title or None, "automargin": True}
    )
    return _layout(fig, title)


def attention_chart(frame: pd.DataFrame, *, title: str = "", n_label: str = "n", axis_title: str = "") -> go.Figure:
    """One line per group: per10k of the chosen themes over time."""
    fig = go.Figure()
    for i, (group, g) in enumerate(frame.groupby("group", sort=False)):
        custom = list(zip([group] * len(g), g["period"].dt.strftime("%Y-%m-%d"), g["n_meetings"], strict=True))
        fig.add_trace(
            go.Scatter(
                x=g["period"],
                y=g["value"],
                name=str(group),
                mode="lines+markers",
                customdata=custom,
                line={"color": _PALETTE[i % len(_PALETTE)]},
                hovertemplate=f"%{{x|%Y-%m-%d}}: %{{y:.2f}}<br>{n_label}: %{{customdata[2]}}"
                "<extra>%{fullData.name}</extra>",
            )
        )
    if not frame.empty:
        fig.update_layout(xaxis=period_axis(list(frame["period"]), list(frame["label"])))
    fig.update_layout(yaxis={"rangemode": "tozero", "title": axis_title or None})
    return _layout(fig, title)


KEYNESS_BAR_PX = 24  # height per bar: every word's label fits beside its bar
NOT_SIGNIFICANT = "#c8c8c8"


def keyness_chart(
    frame: pd.DataFrame,
    *,
    title: str = "",
    top: int = 15,
    threshold_label: str = "p < 0.05",
    not_significant_label: str = "p ≥ 0.05",
) -> go.Figure:
    """Horizontal bars of G² per word, one panel per group (speaker, role; one panel without a
    ``group`` column), with every word's label on its axis, a dashed line at G² = 3.84 and the
    words below it (``significant`` false) in grey."""
    groups = list(frame.groupby("group", sort=False)) if "group" in frame else [("", frame)]
    fig = make_subplots(
        rows=max(len(groups), 1),
        cols=1,
        subplot_titles=[str(g) for g, _ in groups] if len(groups) > 1 else None,
        row_heights=[max(len(g.head(top)), 1) for _, g in groups] or None,
        vertical_spacing=min(0.08, 0.3 / max(len(groups), 1)),
    )
    for i, (group, g) in enumerate(groups):
        g = g.head(top).iloc[::-1]
        significant = g["significant"] if "significant" in g else g["g2"] >= G2_CRITICAL
        colour = _PALETTE[i % len(_PALETTE)]
        fig.add_trace(
            go.Bar(
                x=g["g2"],
                y=g["word"],
                orientation="h",
                name=str(group),
                customdata=[  # the word and its group (the evidence), and whether it is significant
                    [w, str(group), threshold_label if s else not_significant_label]
                    for w, s in zip(g["word"], significant, strict=True)
                ],
                marker={"color": [colour if s else NOT_SIGNIFICANT for s in significant]},
                hovertemplate="%{y}: G²=%{x:.1f} (%{customdata[2]})<extra>%{fullData.name}</extra>",
                showlegend=False,
            ),
            row=i + 1,
            col=1,
        )
        fig.update_yaxes(type="category", tickmode="linear", dtick=1, automargin=True, row=i + 1, col=1)
        fig.update_xaxes(title_text="G²", rangemode="tozero", row=i + 1, col=1)
        fig.add_vline(x=G2_CRITICAL, line={"dash": "dash", "color": "#555", "width": 1}, row=i + 1, col=1)
    if groups:
        fig.add_annotation(
            x=G2_CRITICAL,
            y=1.0,
            xref="x",
            yref="paper",
            yanchor="bottom",
            text=f"G² = {G2_CRITICAL} ({threshold_label})",
            showarrow=False,
            font={"size": 11, "color": "#555"},
        )
    bars = sum(len(g.head(top)) for _, g in groups)
    fig = _layout(fig, title, height=max(320, KEYNESS_BAR_PX * bars + 110 * max(len(groups), 1)))
    return fig.update_layout(margin={"l": 10, "r": 10, "t": 60, "b": 10})


# --- the reader ----------------------------------------------------------------------------


def reader_html(
    text: str,
    speeches: pd.DataFrame,
    spans: Sequence[tuple[int, int, str, str]],
    labels: Mapping[str, str] | None = None,
    narration: str = "",
) -> str:
    """The meeting text as HTML: one block per speech headed by its speaker, keywords marked.

    Every piece of report text goes through ``html.escape``; only our own tags are added.
    """
    labels = labels or {}
    colours: dict[str, str] = {}
    parts = ['<div style="font-family:' + html.escape(CSS_STACK) + ';line-height:1.8">']
    for _, sp in speeches.iterrows():
        lo, hi = int(sp["start"]), int(sp["start"]) + int(sp["n_chars"])
        who = sp["speaker"] if isinstance(sp["speaker"], str) and sp["speaker"] else narration
        parts.append('<div style="margin:0.6em 0;padding-left:0.6em;border-left:3px solid #ccc">')
        parts.append(f"<div><b>{html.escape(str(who))}</b></div><div>")
        pos = lo
        for s, e, theme, _kw in spans:
            if s < lo or e > hi or s < pos:
                continue
            colour = colours.setdefault(theme, _PALETTE[len(colours) % len(_PALETTE)])
            parts.append(_escape_text(text[pos:s]))
            parts.append(
                f'<mark title="{html.escape(labels.get(theme, theme), quote=True)}" '
                f'style="background:{colour}55">{_escape_text(text[s:e])}</mark>'
            )
            pos = e
        parts.append(_escape_text(text[pos:hi]))
        parts.append("</div></div>")
    parts.append("</div>")
    return "".join(parts)


def _escape_text(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br>")
