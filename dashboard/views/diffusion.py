"""Diffusion: the first dated appearance of a 提法, theme keyword, term or typed word in each
region, the lag from a reference date, a timeline, and the text of each first appearance."""

from __future__ import annotations

import re

import streamlit as st

from dashboard.queries.page_controls import (
    DIFFUSION_ITEM,
    DIFFUSION_REFERENCE,
    DIFFUSION_USE_REFERENCE,
    DIFFUSION_WORDS,
)
from dashboard.rendering import research_charts
from dashboard.shell import cache, context, controls, tables, widgets
from dashboard.shell.panels import clicked, left_out_note, reader_column, with_reader_links
from dashboard.shell.research import meeting_evidence, selected_row

ctx = context.require()
f, c = ctx.filters, ctx.corpus
st.title(ctx.t("page_diffusion"))
left_out_note(ctx, time_axis=False)
item = controls.draw(
    st.radio, DIFFUSION_ITEM, ctx.t("diffusion_item"), DIFFUSION_ITEM.values, format_func=ctx.t, horizontal=True
)
typed = controls.draw(st.text_input, DIFFUSION_WORDS, ctx.t("diffusion_items"), max_chars=500)
items = tuple(dict.fromkeys(w for w in re.split(r"[\s,，、;；]+", typed) if w))
left, right = st.columns(2)
use_reference = controls.draw(left.toggle, DIFFUSION_USE_REFERENCE, ctx.t("diffusion_use_reference"))
reference = (
    controls.draw(right.date_input, DIFFUSION_REFERENCE, ctx.t("diffusion_reference")) if use_reference else None
)
if item in ("term", "word") and not items:
    st.info(ctx.t("diffusion_needs_items"))
    st.stop()
table = cache.diffusion(ctx.wh, c, ctx.codebook, f, item, items, reference)
if table.empty:
    st.info(ctx.t("nothing"))
    st.stop()
st.subheader(ctx.t("diffusion_timeline"))
fig = research_charts.diffusion_timeline(table)
event = widgets.chart(
    fig,
    table,
    f"diffusion_{item}",
    "diff_chart",
    selectable=True,
    about=ctx.about(ctx.t("diffusion_timeline"), "lag_days"),
)
st.caption(ctx.t("diffusion_note"))
shown = with_reader_links(table.rename(columns={"first_meeting": "meeting_id"}))
picked = tables.table(
    shown,
    ctx.lang,
    "diff_table",
    on_select="rerun",
    selection_mode="single-row",
    column_config={"reader": reader_column(ctx)},
)
widgets.download_row(
    None, table, f"diffusion_{item}_table", "dl_diff", about=ctx.about(ctx.t("diffusion_timeline"), "lag_days")
)
st.markdown(f"**{ctx.t('evidence')}**")
row = selected_row(picked)
points = clicked(event)
if row is not None:
    cell = table.iloc[row]
    meeting_evidence(ctx, str(cell["first_meeting"]), str(cell["item"]), "diff_kwic")
elif points:
    meeting_evidence(ctx, str(points[0][2]), str(points[0][0]), "diff_kwic")
else:
    st.caption(ctx.t("evidence_hint"))
