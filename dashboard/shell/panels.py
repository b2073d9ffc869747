"""Page pieces shared by every page: the evidence (KWIC) panel behind a clicked point, the reader
link and its table column."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import queries
from dashboard.shell import widgets
from dashboard.shell.context import Context, Page


def left_out_note(ctx: Context, *, time_axis: bool = True) -> dict[str, int]:
    """A caption saying how many meetings the selection left out and why (nothing when none);
    ``time_axis`` False for a page without one (dates too coarse for the granularity do not
    matter there). Returns the counts shown."""
    counts = queries.left_out(ctx.corpus, ctx.filters)
    if not time_axis:
        counts["too_coarse"] = 0
    gran = ctx.t(ctx.filters.granularity).lower() if ctx.lang == "en" else ctx.t(ctx.filters.granularity)
    parts = [ctx.t(f"left_out_{why}", n=n, granularity=gran) for why, n in counts.items() if n]
    if parts:
        st.caption(ctx.t("left_out", parts=("；" if ctx.lang == "zh" else "; ").join(parts)))
    return counts


def clicked(event: Any) -> list[list[Any]]:
    """The customdata of the points selected in a plotly chart event (empty when none)."""
    try:
        points = event.selection.points if event else []
    except AttributeError:
        points = (event or {}).get("selection", {}).get("points", [])
    out = []
    for p in points or []:
        cd = p.get("customdata") if isinstance(p, dict) else None
        if cd is not None:
            out.append(list(cd) if isinstance(cd, list | tuple) else [cd])
    return out


def reader_link(meeting_id: str) -> str:
    return f"./meetings?meeting={meeting_id}"


def with_reader_links(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with a ``reader`` column linking each row's meeting to the reader."""
    return frame.assign(reader=[reader_link(str(m)) for m in frame["meeting_id"]])


def reader_column(ctx: Page) -> Any:
    """The column config that shows ``reader`` links as "open in the reader"."""
    return st.column_config.LinkColumn(ctx.t("reader"), display_text=ctx.t("open_reader"))


def kwic_table(ctx: Page, lines: pd.DataFrame, key: str) -> None:
    """KWIC lines with a link to the reader; a download row under them."""
    if lines.empty:
        st.info(ctx.t("nothing"))
        return
    shown = with_reader_links(lines)[["date", "title", "speaker", "left", "keyword", "right", "reader"]]
    st.dataframe(
        shown,
        hide_index=True,
        column_config={
            "reader": reader_column(ctx),
            "date": st.column_config.DateColumn(format="YYYY-MM-DD"),
            "left": st.column_config.TextColumn(width="medium"),
            "right": st.column_config.TextColumn(width="medium"),
        },
        key=f"{key}_table",
    )
    widgets.download_row(None, lines, "kwic", f"{key}_dl")


def evidence_panel(ctx: Context, event: Any, key: str, find: Callable[[list[Any]], tuple[str, pd.DataFrame]]) -> None:
    """Under a chart: the KWIC lines behind the clicked cell, bar or point. ``find`` turns its
    customdata into (what was clicked, the lines): one query call."""
    st.markdown(f"**{ctx.t('evidence')}**")
    points = clicked(event)
    if not points:
        st.caption(ctx.t("evidence_hint"))
        return
    what, lines = find(points[0])
    st.caption(f"{what}: {len(lines)}")
    kwic_table(ctx, lines, key)


def period_of(point: Sequence[Any], index: int = 1) -> pd.Timestamp | None:
    """The period (ISO date) a clicked point carries at ``index``; None when it has none."""
    return pd.Timestamp(point[index]) if len(point) > index and point[index] else None


def show_evidence(
    ctx: Context,
    event: Any,
    *,
    kind: str,
    key: str,
    speakers: Sequence[str] = (),
    use_period: bool = True,
) -> None:
    """Under a trend or heatmap: the KWIC lines behind the clicked point (theme or term, period)."""

    def find(point: list[Any]) -> tuple[str, pd.DataFrame]:
        name, period = str(point[0]), period_of(point) if use_period else None
        when = f" · {period:%Y-%m-%d}" if period is not None else ""
        if kind == "theme":
            lines = queries.kwic(
                ctx.wh,
                ctx.corpus,
                ctx.filters,
                theme=name,
                codebook=ctx.codebook.codebook,
                period=period,
                speakers=speakers,
            )
            return f"{ctx.label(name)}{when}", lines
        return f"{name}{when}", queries.kwic(
            ctx.wh, ctx.corpus, ctx.filters, term=name, period=period, speakers=speakers
        )

    evidence_panel(ctx, event, key, find)
