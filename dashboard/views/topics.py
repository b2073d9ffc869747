"""Topics the codebook lacks: NMF on speech terms, the number of topics chosen here; top words,
trend, example speeches with evidence, the share no theme covers, and "add as a theme"."""

from __future__ import annotations

import streamlit as st

from dashboard import queries
from dashboard.queries.topics import TopicSettings
from dashboard.rendering import research_charts
from dashboard.shell import cache, context, tables, widgets
from dashboard.shell.panels import left_out_note, reader_column, with_reader_links
from dashboard.shell.research import open_codebook_with, table_downloads

FITTED = "topics_fitted"  # the settings of the last fit asked for in this session

ctx = context.require()
f, c = ctx.filters, ctx.corpus
st.title(ctx.t("page_topics"))
left_out_note(ctx)
st.caption(ctx.t("topics_hint"))
with st.form("topics_form"):
    a, b, e = st.columns([1, 1, 3])
    n_topics = a.number_input(ctx.t("topics_n"), min_value=2, max_value=40, value=8, key="topics_n")
    seed = b.number_input(ctx.t("topics_seed"), min_value=0, max_value=10_000, value=0, key="topics_seed")
    exclude = e.text_input(ctx.t("topics_exclude"), key="topics_exclude", max_chars=500)
    if st.form_submit_button(ctx.t("topics_fit"), type="primary"):
        words = tuple(sorted(set(exclude.split())))
        st.session_state[FITTED] = TopicSettings(int(n_topics), int(seed), words)
settings = st.session_state.get(FITTED)
if not isinstance(settings, TopicSettings):
    st.stop()
try:
    fit = cache.topics(ctx.wh, c, f, settings)
except ValueError as exc:
    st.warning(ctx.t("topics_failed", error=exc))
    st.stop()
st.caption(ctx.t("topics_settings", **fit.settings))

st.subheader(ctx.t("topics_table"))
overview = queries.topics.topic_overview(c, f, fit)
tables.table(overview, ctx.lang, "topics_table")
table_downloads(overview, "topics", "dl_topics")

st.subheader(ctx.t("topics_trend"))
if f.granularity not in queries.research.PANEL_BY:
    st.caption(ctx.t("topics_by_year"))
trend = queries.topics.topic_trend(c, f, fit)
labels = {int(t): str(w) for t, w in zip(overview["topic"], overview["words"], strict=True)}
if trend.empty:
    st.info(ctx.t("nothing"))
else:
    widgets.chart(research_charts.topic_trend_chart(trend, labels), trend, "topic_trend", "topics_trend_chart")

st.subheader(ctx.t("topics_examples"))
topic = st.selectbox(ctx.t("topics_pick"), list(labels), format_func=lambda t: f"{t}: {labels[t]}", key="topics_pick")
examples = queries.topics.topic_examples(ctx.wh, c, fit)
mine = examples[examples["topic"] == topic]
tables.table(
    with_reader_links(mine)[["date", "title", "speaker", "weight", "words", "text", "reader"]],
    ctx.lang,
    "topics_examples_table",
    column_config={"reader": reader_column(ctx), "text": st.column_config.TextColumn(width="large")},
)
widgets.download_row(None, examples, "topic_examples", "dl_topic_examples")
if st.button(ctx.t("topics_add"), key="topics_add"):
    open_codebook_with(queries.topics.theme_row(fit, int(topic)))
