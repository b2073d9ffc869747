"""Plotly figures (and the reader's HTML) from query frames; no streamlit here.

Every point carries ``customdata`` = [series key, period ISO date, n meetings] so a page can
turn a clicked point back into the KWIC lines behind it; heatmap cells carry theirs on invisible
markers (:func:`_click_targets`), bars theirs on the bar.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go

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
    fig.update_layout(
        title=title or None,
        font={"family": CSS_STACK},
        height=height,
        margin={"l": 10, "r": 10, "t": 50 if title else 20, "b": 10},
        legend={"orientation": "h", "y": -0.15},
        hovermode="closest",
    )
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
) -> go.Figure:
    """Lines (or stacked areas) per ``key`` (theme or term) over a real date axis.

    A thin grey bar on a second axis shows how many meetings each point stands on.
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
    if not series.empty:
        per = series.drop_duplicates("period").sort_values("period")
        fig.add_trace(
            go.Bar(
                x=per["period"],
                y=per["n_meetings"],
                name=n_label,
                yaxis="y2",
                opacity=0.25,
                marker={"color": "#888"},
                hovertemplate=f"{n_label}: %{{y}}<extra></extra>",
            )
        )
    fig.update_layout(
        xaxis={"type": "date"},
        yaxis={"tickformat": ".0%" if percent else None, "rangemode": "tozero"},
        yaxis2={"overlaying": "y", "side": "right", "showgrid": False, "title": n_label, "rangemode": "tozero"},
    )
    return _layout(fig, title)


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
    series: pd.DataFrame, labels: Mapping[str, str] | None = None, *, title: str = "", zlabel: str = ""
) -> go.Figure:
    """Theme x period heatmap of ``value``; each cell's customdata is (theme, period, n meetings, value)."""
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
            colorbar={"title": zlabel},
        )
    )
    cells = [
        (p, labels.get(th, th), [th, day, int(k) if pd.notna(k) else 0, None if pd.isna(z) else float(z)])
        for th, ks, zs in zip(themes, n.values, wide.values, strict=True)
        for p, day, k, z in zip(wide.columns, periods, ks, zs, strict=True)
    ]
    hover = "%{y} · %{x|%Y-%m-%d}<br>%{customdata[3]:.2f}<br>n=%{customdata[2]}<extra></extra>"
    _click_targets(fig, [c[0] for c in cells], [c[1] for c in cells], [c[2] for c in cells], hover)
    fig.update_yaxes(autorange="reversed")
    return _layout(fig, title, height=max(320, 24 * len(themes) + 120))


def matrix_heatmap(matrix: pd.DataFrame, labels: Mapping[str, str] | None = None, *, title: str = "") -> go.Figure:
    """A square theme x theme matrix (co-occurrence); each cell's customdata is (theme, theme, value)."""
    labels = labels or {}
    names = [labels.get(th, th) for th in matrix.index]
    fig = go.Figure(go.Heatmap(z=matrix.values, x=names, y=names, colorscale="Blues"))
    z = matrix.to_numpy()
    cells = [
        (names[j], names[i], [a, b, z[i, j].item()])
        for i, a in enumerate(matrix.index)
        for j, b in enumerate(matrix.columns)
    ]
    hover = "%{y} × %{x}: %{customdata[2]}<extra></extra>"
    _click_targets(fig, [c[0] for c in cells], [c[1] for c in cells], [c[2] for c in cells], hover)
    fig.update_yaxes(autorange="reversed")
    return _layout(fig, title, height=max(360, 26 * len(names) + 160))


def profile_chart(profile: pd.DataFrame, labels: Mapping[str, str] | None = None, *, title: str = "") -> go.Figure:
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
    fig.update_layout(barmode="group")
    return _layout(fig, title)


def attention_chart(frame: pd.DataFrame, *, title: str = "", n_label: str = "n") -> go.Figure:
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
    fig.update_layout(xaxis={"type": "date"}, yaxis={"rangemode": "tozero"})
    return _layout(fig, title)


def keyness_chart(frame: pd.DataFrame, *, title: str = "", top: int = 15) -> go.Figure:
    """Horizontal bars of G2 per word, one panel-less colour per group."""
    fig = go.Figure()
    for i, (group, g) in enumerate(frame.groupby("group", sort=False) if "group" in frame else [("", frame)]):
        g = g.head(top).iloc[::-1]
        fig.add_trace(
            go.Bar(
                x=g["g2"],
                y=g["word"],
                orientation="h",
                name=str(group),
                customdata=[[w, str(group)] for w in g["word"]],  # the word and its group: the evidence
                marker={"color": _PALETTE[i % len(_PALETTE)]},
                hovertemplate="%{y}: G²=%{x:.1f}<extra>%{fullData.name}</extra>",
            )
        )
    fig.update_layout(barmode="group", xaxis={"title": "G²"})
    return _layout(fig, title, height=max(320, 22 * min(top, len(frame)) + 120))


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
