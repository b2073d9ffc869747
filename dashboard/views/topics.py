"""Topics the codebook lacks: NMF on speech terms, the number of topics chosen here; top words,
trend, example speeches with evidence, the share no theme covers, and "add as a theme"."""

from __future__ import annotations

import streamlit as st

from dashboard import queries
from dashboard.queries.page_controls import TOPICS_EXCLUDE, TOPICS_FITTED, TOPICS_N, TOPICS_PICK, TOPICS_SEED
from dashboard.queries.topics import TopicSettings
from dashboard.rendering import research_charts
from dashboard.shell import cache, context, controls, tables, widgets
from dashboard.shell.panels import left_out_note, reader_column, with_reader_links
from dashboard.shell.research import open_codebook_with, table_downloads

ctx = context.require()
f, c = ctx.filters, ctx.corpus
st.title(ctx.t("page_topics"))
left_out_note(ctx)
st.caption(ctx.t("topics_hint"))
with st.form("topics_form"):
    a, b, e = st.columns([1, 1, 3])
    n_topics = controls.draw(a.number_input, TOPICS_N, ctx.t("topics_n"))
    seed = controls.draw(b.number_input, TOPICS_SEED, ctx.t("topics_seed"))
    exclude = controls.draw(e.text_input, TOPICS_EXCLUDE, ctx.t("topics_exclude"), max_chars=500)
    if st.form_submit_button(ctx.t("topics_fit"), type="primary"):
        controls.set_state(TOPICS_FITTED, True)
# fitted once asked for (the button, or a copied URL with fit=1), with the form's submitted values
if not controls.state(TOPICS_FITTED):
    st.stop()
settings = TopicSettings(int(n_topics), int(seed), tuple(sorted(set(exclude.split()))))
try:
    fit = cache.topics(ctx.wh, c, f, settings)
except ValueError as exc:
    st.warning(ctx.t("topics_failed", error=exc))
    st.stop()
st.caption(ctx.t("topics_settings", **fit.settings))

st.subheader(ctx.t("topics_table"))
overview = queries.topics.topic_overview(c, f, fit)
tables.table(overview, ctx.lang, "topics_table")
table_downloads(overview, "topics", "dl_topics", about=ctx.about(ctx.t("topics_table")))

st.subheader(ctx.t("topics_trend"))
if f.granularity not in queries.research.PANEL_BY:
    st.caption(ctx.t("topics_by_year"))
trend = queries.topics.topic_trend(c, f, fit)
labels = {int(t): str(w) for t, w in zip(overview["topic"], overview["words"], strict=True)}
if trend.empty:
    st.info(ctx.t("nothing"))
else:
    widgets.chart(
        research_charts.topic_trend_chart(trend, labels),
        trend,
        "topic_trend",
        "topics_trend_chart",
        about=ctx.about(ctx.t("topics_trend"), "topic_share"),
    )

st.subheader(ctx.t("topics_examples"))
topic = controls.draw(
    st.selectbox, TOPICS_PICK, ctx.t("topics_pick"), list(labels), format_func=lambda t: f"{t}: {labels[t]}"
)
examples = queries.topics.topic_examples(ctx.wh, c, fit)
mine = examples[examples["topic"] == topic]
tables.table(
    with_reader_links(mine)[["date", "title", "speaker", "weight", "words", "text", "reader"]],
    ctx.lang,
    "topics_examples_table",
    column_config={"reader": reader_column(ctx), "text": st.column_config.TextColumn(width="large")},
)
widgets.download_row(None, examples, "topic_examples", "dl_topic_examples", about=ctx.about(ctx.t("topics_examples")))
if st.button(ctx.t("topics_add"), key="topics_add"):
    open_codebook_with(queries.topics.theme_row(fit, int(topic)))
