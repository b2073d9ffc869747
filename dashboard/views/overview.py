"""Overview: size and span of the filtered corpus, a theme x period heatmap, what the corpus is."""

from __future__ import annotations

import streamlit as st

from dashboard import queries
from dashboard.rendering import charts, publication
from dashboard.shell import context, tables, widgets
from dashboard.shell.panels import left_out_note, show_evidence

ctx = context.require()
f, c = ctx.filters, ctx.corpus
st.title(ctx.t("page_overview"))
left_out_note(ctx)
stats = queries.overview(c, f)
cols = st.columns(5)
cols[0].metric(ctx.t("meetings"), stats["meetings"])
dated = stats["first"] is not None
span = f"{stats['first']:%Y}–{stats['last']:%Y}" if dated else "—"
cols[1].metric(
    ctx.t("date_span"), span, help=f"{stats['first']:%Y-%m-%d} – {stats['last']:%Y-%m-%d}" if dated else None
)
cols[2].metric(ctx.t("n_organs"), stats["organs"])
cols[3].metric(ctx.t("n_speakers"), stats["speakers"])
cols[4].metric(ctx.t("undated"), stats["undated"])
if ctx.codebook.recount:
    st.caption(ctx.t("recount_note" if ctx.codebook.origin == "session" else "file_note"))

if not stats["meetings"]:
    st.info(ctx.t("no_meetings"))
elif not stats["dated"]:
    st.info(ctx.t("no_dated", n=stats["undated"]))
else:
    themes = list(f.themes) or ctx.themes
    series = queries.theme_series(c, f, themes, "per10k")
    st.subheader(ctx.t("heatmap_title"))
    fig = charts.heatmap(series, ctx.labels, zlabel=ctx.t("per10k"))
    frame = publication.named_metric(series, "per10k")
    about = ctx.about(ctx.t("heatmap_export_title"), "per10k")
    event = widgets.chart(fig, frame, "theme_heatmap", "overview_heatmap", selectable=True, about=about)
    if stats["undated"]:
        st.caption(ctx.t("undated_note", n=stats["undated"]))
    show_evidence(ctx, event, kind="theme", key="overview_kwic")

st.subheader(ctx.t("corpus"))
info = queries.corpus_info(ctx.wh)
st.write(ctx.t("demo_corpus") if info["demo"] else ctx.t("user_corpus"))
st.caption(f"{ctx.t('warehouse_version')}: {ctx.wh.version} · {ctx.t('inputs')}: {info['n_inputs']}")
tables.table(info["inputs"], ctx.lang, "ov_inputs")
st.write(f"**{ctx.t('codebook_version')}**")
tables.table(info["codebook"], ctx.lang, "ov_codebook")
user_files = queries.user_files(ctx.wh)  # the corrections and tenure overrides this version was made with
if len(user_files):
    st.write(f"**{ctx.t('user_files')}**")
    tables.table(user_files, ctx.lang, "ov_user_files", coded=("kind", "on_disk"))
if info["readme"]:
    with st.expander("README"):
        st.text(info["readme"])
