"""Plotly figures of the research measures (``dashboard.queries.research`` and ``.topics``).

Every point carries ``customdata`` that names what it stands on, so a page can show the
evidence behind a clicked point. No streamlit here.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go

from dashboard.rendering.charts import _PALETTE, _layout

__all__ = ["alignment_chart", "diffusion_timeline", "diversity_chart", "topic_trend_chart"]


def alignment_chart(lines: pd.DataFrame, *, x_label: str, y_label: str, title: str = "") -> go.Figure:
    """One line per holder: per10k by months since taking office; customdata (region, name,
    took_office, months_since, n_meetings)."""
    fig = go.Figure()
    for i, (holder, g) in enumerate(lines.groupby("holder", sort=True)):
        g = g.sort_values("months_since")
        took = pd.to_datetime(g["took_office"]).dt.strftime("%Y-%m-%d")
        custom = list(zip(g["region"], g["name"], took, g["months_since"].astype(int), g["n_meetings"], strict=True))
        fig.add_trace(
            go.Scatter(
                x=g["months_since"].astype(int),
                y=g["per10k"],
                name=str(holder),
                mode="lines+markers",
                customdata=custom,
                line={"color": _PALETTE[i % len(_PALETTE)]},
                hovertemplate="%{fullData.name}<br>%{x}: %{y:.2f}<br>n=%{customdata[4]}<extra></extra>",
            )
        )
    fig.update_layout(
        xaxis={"title": x_label, "dtick": 1, "rangemode": "tozero"},
        yaxis={"title": y_label, "rangemode": "tozero"},
    )
    return _layout(fig, title)


def diversity_chart(frame: pd.DataFrame, group: str, *, title: str = "") -> go.Figure:
    """HHI and normalised entropy per group: lines over time for periods, bars otherwise."""
    fig = go.Figure()
    over_time = "start" in frame.columns
    x = frame["start"] if over_time else frame[group].astype(str)
    for i, measure in enumerate(("hhi", "entropy_norm")):
        custom = list(zip(frame[group].astype(str), frame["total_hits"], strict=True))
        trace = go.Scatter if over_time else go.Bar
        kwargs = {"mode": "lines+markers"} if over_time else {}
        fig.add_trace(
            trace(
                x=x,
                y=frame[measure],
                name=measure,
                customdata=custom,
                marker={"color": _PALETTE[i]},
                hovertemplate=f"%{{customdata[0]}}<br>{measure}: %{{y:.3f}}<br>hits: %{{customdata[1]}}<extra></extra>",
                **kwargs,
            )
        )
    fig.update_layout(yaxis={"range": [0, 1.02]}, barmode="group", xaxis={"type": "date"} if over_time else {})
    return _layout(fig, title)


def diffusion_timeline(table: pd.DataFrame, *, title: str = "") -> go.Figure:
    """Each item's first appearance per region on a date axis; customdata (item, region,
    first_meeting, lag_days)."""
    fig = go.Figure()
    for i, (region, g) in enumerate(table.groupby("region", sort=True)):
        custom = list(zip(g["item"], g["region"], g["first_meeting"], g["lag_days"], strict=True))
        fig.add_trace(
            go.Scatter(
                x=g["first_date"],
                y=g["item"],
                name=str(region),
                mode="markers",
                marker={"size": 11, "color": _PALETTE[i % len(_PALETTE)]},
                customdata=custom,
                hovertemplate="%{y} · %{fullData.name}<br>%{x|%Y-%m-%d} (+%{customdata[3]} d)<extra></extra>",
            )
        )
    fig.update_layout(xaxis={"type": "date"}, yaxis={"type": "category", "autorange": "reversed"})
    return _layout(fig, title, height=max(320, 28 * table["item"].nunique() + 140))


def topic_trend_chart(trend: pd.DataFrame, labels: Mapping[int, str], *, title: str = "") -> go.Figure:
    """One line per topic: the share of each period's speeches whose main topic it is;
    customdata (topic, period label)."""
    fig = go.Figure()
    for i, (topic, g) in enumerate(trend.groupby("topic", sort=True)):
        g = g.sort_values("period")
        name = f"{topic}: {labels.get(int(topic), '')}"
        fig.add_trace(
            go.Scatter(
                x=g["period"],
                y=g["share"],
                name=name,
                mode="lines+markers",
                customdata=list(zip(g["topic"].astype(int), g["label"], strict=True)),
                line={"color": _PALETTE[i % len(_PALETTE)]},
                hovertemplate="%{customdata[1]}<br>%{fullData.name}: %{y:.1%}<extra></extra>",
            )
        )
    fig.update_layout(xaxis={"type": "date"}, yaxis={"tickformat": ".0%", "rangemode": "tozero"})
    return _layout(fig, title)
