"""Emerging terms and 提法: what rises in a period vs the one before, and 提法 first seen."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import cache, charts, filters, query, textquery, widgets

ctx = filters.require()
f, c = ctx.filters, ctx.corpus
st.title(ctx.t("page_emerging"))
units = query.meeting_units(c, f).dropna(subset=["date"])
periods = sorted(units["period"].unique())
if len(periods) < 2:
    st.info(ctx.t("no_periods"))
else:
    period = st.selectbox(
        ctx.t("period"),
        periods[1:][::-1],
        format_func=lambda p: query.period_label(pd.Timestamp(p), f.granularity),
        key="em_period",
    )
    st.caption("G² (Dunning log-likelihood) of the period vs the period before; ≥ 3.84 ⇔ p < 0.05")
    for table, title in (("terms", "rising_terms"), ("formulas", "rising_formulas")):
        st.subheader(ctx.t(title))
        rising = textquery.emerging(ctx.wh, c, f, pd.Timestamp(period), table=table, top=25)
        if rising.empty:
            st.info(ctx.t("nothing"))
            continue
        fig = charts.keyness_chart(rising, top=20)
        st.plotly_chart(fig, key=f"em_{table}")
        widgets.download_row(fig, rising, f"emerging_{table}", f"dl_em_{table}")

st.subheader(ctx.t("new_formulas"))
first = cache.first_appearances(ctx.wh, c, f)
if f.start is not None:
    first = first[first["first_date"] >= pd.Timestamp(f.start)]
if f.end is not None:
    first = first[first["first_date"] <= pd.Timestamp(f.end)]
if first.empty:
    st.info(ctx.t("nothing"))
else:
    shown = first.assign(reader=[f"./meetings?meeting={m}" for m in first["meeting_id"]])
    st.dataframe(
        shown.drop(columns=["meeting_id"]),
        hide_index=True,
        key="em_first",
        column_config={"reader": st.column_config.LinkColumn(ctx.t("reader"), display_text=ctx.t("open_reader"))},
    )
    widgets.download_row(None, first, "formulas_first_seen", "dl_em_first")
