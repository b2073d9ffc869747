"""Emerging terms and 提法: what rises in a period vs the one before, and 提法 first seen."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import queries
from dashboard.queries.page_controls import EMERGING_NAMES_BACK, EMERGING_PERIOD, EMERGING_WEAK
from dashboard.rendering import charts
from dashboard.shell import cache, context, controls, tables, widgets
from dashboard.shell.panels import (
    evidence_panel,
    keyness_labels,
    left_out_note,
    reader_column,
    with_reader_links,
    word_list_controls,
)

ctx = context.require()
f, c = ctx.filters, ctx.corpus
st.title(ctx.t("page_emerging"))
left_out_note(ctx)
units = queries.meeting_units(c, f).dropna(subset=["date"])
periods = sorted(units["period"].unique())
label_of = queries.labeller(c, f.granularity, f.post)
if len(periods) < 2:
    st.info(ctx.t("no_periods"))
else:
    period = controls.draw(
        st.selectbox,
        EMERGING_PERIOD,
        ctx.t("period"),
        periods[1:][::-1],
        format_func=label_of,
    )
    st.caption(ctx.t("emerging_note"))
    exclude, significant_only = word_list_controls(
        ctx, EMERGING_NAMES_BACK, EMERGING_WEAK, tables=("terms", "formulas")
    )
    when = label_of(period)
    for table, title in (("terms", "rising_terms"), ("formulas", "rising_formulas")):
        st.subheader(ctx.t(title))
        rising = queries.emerging(
            ctx.wh, c, f, pd.Timestamp(period), table, 25, exclude=exclude, significant_only=significant_only
        )
        if rising.empty:
            st.info(ctx.t("nothing"))
            continue
        fig = charts.keyness_chart(rising, top=20, **keyness_labels(ctx))
        event = widgets.chart(
            fig,
            rising,
            f"emerging_{table}",
            f"em_{table}",
            selectable=True,
            about=ctx.about(ctx.t(title), "g2_rising"),
        )
        evidence_panel(
            ctx,
            event,
            f"em_{table}_kwic",
            lambda p: (
                f"{p[0]} · {when}",
                queries.evidence(ctx.wh, c, f, term=str(p[0]), period=pd.Timestamp(period)),
            ),
        )

st.subheader(ctx.t("new_formulas"))
first = cache.first_appearances(ctx.wh, c, f)
if f.start is not None:
    first = first[first["first_date"] >= pd.Timestamp(f.start)]
if f.end is not None:
    first = first[first["first_date"] <= pd.Timestamp(f.end)]
if first.empty:
    st.info(ctx.t("nothing"))
else:
    shown = with_reader_links(first).drop(columns=["meeting_id"])
    tables.table(shown, ctx.lang, "em_first", column_config={"reader": reader_column(ctx)})
    widgets.download_row(None, first, "formulas_first_seen", "dl_em_first", about=ctx.about(ctx.t("new_formulas")))
