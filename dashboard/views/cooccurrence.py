"""Theme co-occurrence: which themes appear together in the same meetings or speeches."""

from __future__ import annotations

import streamlit as st

from dashboard import queries
from dashboard.queries.page_controls import COOC_MEASURE, COOC_UNIT
from dashboard.rendering import charts
from dashboard.shell import context, controls, widgets
from dashboard.shell.panels import evidence_panel, left_out_note

ctx = context.require()
f, c = ctx.filters, ctx.corpus
st.title(ctx.t("page_cooccurrence"))
left_out_note(ctx, time_axis=False)
left, right = st.columns(2)
unit = controls.draw(
    left.radio, COOC_UNIT, ctx.t("unit"), COOC_UNIT.values, format_func=lambda u: ctx.t(f"unit_{u}"), horizontal=True
)
measure = controls.draw(
    right.radio, COOC_MEASURE, ctx.t("measure"), COOC_MEASURE.values, format_func=ctx.t, horizontal=True
)
themes = list(f.themes) or ctx.themes
if queries.meeting_units(c, f).empty:
    st.info(ctx.t("no_meetings"))
elif len(themes) < 2:
    st.info(ctx.t("pick_themes"))
else:
    counts = queries.cooccurrence(c, f, themes, unit)
    matrix = queries.jaccard(counts) if measure == "jaccard" else counts
    if not counts.values.diagonal().any():
        st.info(ctx.t("no_hits", themes="、".join(ctx.label(th) for th in themes)))
    fig = charts.matrix_heatmap(matrix, ctx.labels, title=ctx.t("cooc_title"), integer=measure != "jaccard")
    about = ctx.about(ctx.t("cooc_title"), measure)
    event = widgets.chart(fig, matrix.reset_index(), "theme_cooccurrence", "cooc_chart", selectable=True, about=about)
    evidence_panel(
        ctx,
        event,
        "cooc_kwic",
        lambda p: (
            f"{ctx.label(p[0])} × {ctx.label(p[1])}",
            queries.cooccurrence_evidence(ctx.wh, c, f, p[0], p[1], ctx.codebook.codebook, unit),
        ),
    )
