"""Theme trends: chosen themes over a real date axis, with the metric's formula and the evidence."""

from __future__ import annotations

import streamlit as st

from dashboard import queries
from dashboard.queries.page_controls import THEMES_METRIC, THEMES_STACKED, THEMES_WINDOW
from dashboard.rendering import charts, publication
from dashboard.shell import context, controls, widgets
from dashboard.shell.panels import left_out_note, show_evidence

ctx = context.require()
f, c = ctx.filters, ctx.corpus
st.title(ctx.t("page_themes"))
left_out_note(ctx)
totals = queries.theme_totals(c, f)
themes = list(f.themes) or [th for th in totals["theme"].head(6)] or ctx.themes[:6]
left, mid, right = st.columns([2, 1, 1])
metric = controls.draw(left.radio, THEMES_METRIC, ctx.t("metric"), queries.METRICS, format_func=ctx.t, horizontal=True)
window = controls.draw(mid.number_input, THEMES_WINDOW, ctx.t("moving_average"))
stacked = controls.draw(right.toggle, THEMES_STACKED, ctx.t("stacked"))
series = queries.theme_series(c, f, themes, "share_mentions" if stacked else metric, int(window))
units = queries.meeting_units(c, f)
undated = int(units["date"].isna().sum())
if units.empty:
    st.info(ctx.t("no_meetings"))
elif series.empty:
    st.info(ctx.t("no_dated", n=undated))
else:
    silent = [th for th in themes if not series.loc[series["theme"] == th, "count"].sum()]
    if silent:
        st.info(ctx.t("no_hits", themes="、".join(ctx.label(th) for th in silent)))
    if series["period"].nunique() == 1:
        st.info(ctx.t("one_period"))
    shown = "share_mentions" if stacked else metric
    fig = charts.trend_chart(
        series, "theme", metric, ctx.labels, stacked=stacked, n_label=ctx.t("n_meetings"), axis_title=ctx.t(shown)
    )
    frame = publication.named_metric(series, shown, int(window))
    about = ctx.about(ctx.t("page_themes"), shown, int(window))
    event = widgets.chart(fig, frame, "theme_trends", "themes_chart", selectable=True, about=about)
    st.caption(f"{ctx.t(shown)} {ctx.t('f_' + shown)}")
    if undated:
        st.caption(ctx.t("undated_note", n=undated))
    show_evidence(ctx, event, kind="theme", key="themes_kwic")
