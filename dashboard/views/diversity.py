"""Attention diversity: Herfindahl index and Shannon entropy over themes per period, speaker,
region or organ, with the formulas."""

from __future__ import annotations

import streamlit as st

from dashboard.queries.page_controls import DIVERSITY_GROUPING
from dashboard.rendering import research_charts
from dashboard.shell import cache, context, controls, tables, widgets
from dashboard.shell.panels import left_out_note

ctx = context.require()
f, c = ctx.filters, ctx.corpus
st.title(ctx.t("page_diversity"))
by = controls.draw(
    st.radio,
    DIVERSITY_GROUPING,
    ctx.t("diversity_by"),
    DIVERSITY_GROUPING.values,
    format_func=lambda b: ctx.t(f.granularity) if b == "period" else ctx.t(b),
    horizontal=True,
)
left_out_note(ctx, time_axis=by == "period")
themes = tuple(f.themes) or tuple(ctx.themes)
frame = cache.diversity(ctx.wh, c, ctx.codebook, f, by, themes)
group = "period" if by == "period" else by
if frame.empty:
    st.info(ctx.t("nothing"))
else:
    fig = research_charts.diversity_chart(frame, group)
    widgets.chart(fig, frame, f"diversity_by_{by}", "diversity_chart", about=ctx.about(ctx.t("page_diversity"), "hhi"))
    tables.table(frame, ctx.lang, "diversity_table")
st.caption(ctx.t("diversity_formula"))
st.latex(r"\mathrm{HHI} = \sum_{i=1}^{K} p_i^2 \qquad H = -\sum_{p_i > 0} p_i \ln p_i \qquad H_{norm} = H / \ln K")
st.caption(ctx.t("diversity_terms"))
