"""Leadership tenures: who held each post in each region, and attention by months in office."""

from __future__ import annotations

import streamlit as st

from dashboard import queries
from dashboard.queries.page_controls import TENURE_MONTHS
from dashboard.rendering import research_charts
from dashboard.shell import cache, context, controls, tables, widgets
from dashboard.shell.panels import clicked, left_out_note, reader_column, with_reader_links
from dashboard.shell.research import table_downloads

ctx = context.require()
f, c = ctx.filters, ctx.corpus
st.title(ctx.t("page_tenures"))
left_out_note(ctx, time_axis=False)
held = queries.research.tenure_table(c, f)
st.subheader(ctx.t("tenure_table"))
st.caption(ctx.t("tenure_source"))
if held.empty:
    st.info(ctx.t("no_tenures"))
    st.stop()
tables.table(held, ctx.lang, "tenure_holders")
table_downloads(held, "tenures", "dl_tenures", about=ctx.about(ctx.t("tenure_table")))

st.subheader(ctx.t("tenure_alignment"))
post = f.post  # the sidebar's, as every page's 任期
st.caption(ctx.t("tenure_post_note", post=post))
months = int(controls.draw(st.radio, TENURE_MONTHS, ctx.t("tenure_months"), (12, 6), horizontal=True))
themes = tuple(f.themes) or tuple(ctx.themes)
lines = cache.alignment(ctx.wh, c, ctx.codebook, f, themes, post, months)
if lines.empty:
    st.info(ctx.t("nothing"))
else:
    fig = research_charts.alignment_chart(lines, x_label=ctx.t("months_since"), y_label=ctx.t("per10k_axis"))
    event = widgets.chart(
        fig,
        lines,
        "tenure_alignment",
        "tenure_chart",
        selectable=True,
        about=ctx.about(ctx.t("tenure_alignment"), "per10k"),
    )
    st.caption(ctx.t("tenure_themes_note"))
    points = clicked(event)
    st.markdown(f"**{ctx.t('evidence')}**")
    if not points:
        st.caption(ctx.t("evidence_hint"))
    else:
        region, name, took, month = points[0][:4]
        shown = queries.research.alignment_meetings(c, f, post, str(region), str(name), int(month))
        st.caption(f"{region} {name} ({took}) · {month}: {len(shown)}")
        tables.table(
            with_reader_links(shown), ctx.lang, "tenure_meetings", column_config={"reader": reader_column(ctx)}
        )
