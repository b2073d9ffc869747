"""Panels for regressions: the region × period panel and the meeting × theme matrix, downloadable
as csv, xlsx, parquet and Stata .dta."""

from __future__ import annotations

import streamlit as st

from dashboard import queries
from dashboard.exporting.command import command_line
from dashboard.queries.page_controls import PANEL_GROUPING, PANEL_MEASURE
from dashboard.shell import cache, context, controls, state, tables
from dashboard.shell.panels import left_out_note
from dashboard.shell.research import table_downloads

ctx = context.require()
f, c = ctx.filters, ctx.corpus
st.title(ctx.t("page_panel"))
left_out_note(ctx, time_axis=False)
themes = tuple(f.themes) or tuple(ctx.themes)
by_options = PANEL_GROUPING.values
by = controls.draw(
    st.selectbox,
    PANEL_GROUPING,
    ctx.t("panel_by"),
    by_options,
    default=f.granularity if f.granularity in by_options else by_options[0],
    format_func=ctx.t,
)
st.subheader(ctx.t("panel_region_period"))
if by == "periods" and not queries.calendars.calendar_of(c).periods:
    st.info(ctx.t("no_periods_file"))
else:
    frame = cache.panel(ctx.wh, c, ctx.codebook, f, by, themes)
    st.caption(ctx.t("panel_coverage", **cache.panel_coverage(ctx.wh, c, ctx.codebook, f, by)))
    if frame.empty:
        st.info(ctx.t("nothing"))
    else:
        tables.table(frame, ctx.lang, "panel_table", heads=ctx.labels)
        table_downloads(frame, f"panel_region_{by}", "dl_panel", about=ctx.about(ctx.t("panel_region_period")))
    st.caption(ctx.t("panel_formula"))
    periods_file, overrides_file = state.research_files()  # the files the page's calendar read
    arguments = ["--warehouse", str(ctx.wh.root), "--by", f"region,{by}"]
    arguments += ["--periods", str(periods_file)] if by == "periods" else []
    arguments += ["--overrides", str(overrides_file)] if by == "tenure" and overrides_file.is_file() else []
    st.caption(ctx.t("panel_cli", command=command_line("panel", [*arguments, "--out", "panel.dta"], f)))

st.subheader(ctx.t("panel_matrix"))
measure = controls.draw(
    st.radio, PANEL_MEASURE, ctx.t("panel_measure"), PANEL_MEASURE.values, format_func=ctx.t, horizontal=True
)
matrix = cache.meeting_matrix(ctx.wh, c, ctx.codebook, f, measure, themes)
if matrix.empty:
    st.info(ctx.t("nothing"))
else:
    tables.table(matrix, ctx.lang, "panel_matrix_table", heads=ctx.labels)
    table_downloads(matrix, f"meeting_theme_{measure}", "dl_matrix", about=ctx.about(ctx.t("panel_matrix"), measure))
