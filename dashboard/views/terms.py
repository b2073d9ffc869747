"""Term trends: any words (Ngram-viewer style), counted as substrings of the counting text."""

from __future__ import annotations

import streamlit as st

from dashboard import queries
from dashboard.queries.page_controls import TERMS_METRIC, TERMS_TEXT, TERMS_WINDOW
from dashboard.rendering import charts, publication
from dashboard.shell import cache, context, controls, widgets
from dashboard.shell.panels import left_out_note, show_evidence

ctx = context.require()
f, c = ctx.filters, ctx.corpus
st.title(ctx.t("page_terms"))
left_out_note(ctx)
raw = controls.draw(st.text_input, TERMS_TEXT, ctx.t("terms_input"))
left, right = st.columns([3, 1])
metric = controls.draw(
    left.radio, TERMS_METRIC, ctx.t("metric"), TERMS_METRIC.values, format_func=ctx.t, horizontal=True
)
window = controls.draw(right.number_input, TERMS_WINDOW, ctx.t("moving_average"))
st.caption(ctx.t("terms_note"))
terms = tuple(q.label for q in queries.parse_terms(raw))
units = queries.meeting_units(c, f)
if not terms:
    st.info(ctx.t("terms_input"))
elif units.empty:
    st.info(ctx.t("no_meetings"))
else:
    series = cache.term_series(ctx.wh, c, f, terms, metric, int(window))
    undated = int(units["date"].isna().sum())
    if series.empty:
        st.info(ctx.t("no_dated", n=undated))
    else:
        silent = [term for term in terms if not series.loc[series["term"] == term, "count"].sum()]
        if silent:
            st.info(ctx.t("no_hits", themes="、".join(silent)))
        fig = charts.trend_chart(series, "term", metric, n_label=ctx.t("n_meetings"), axis_title=ctx.t(metric))
        frame = publication.named_metric(series, metric, int(window))
        about = ctx.about(ctx.t("page_terms"), metric, int(window))
        event = widgets.chart(fig, frame, "term_trends", "terms_chart", selectable=True, about=about)
        st.caption(f"{ctx.t(metric)} {ctx.t('f_' + metric)}")
        if undated:
            st.caption(ctx.t("undated_note", n=undated))
        show_evidence(ctx, event, kind="term", key="terms_kwic")
