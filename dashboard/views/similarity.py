"""Similarity: cosine of theme profiles or term vectors between regions, speakers or meetings,
or of each against a reference text (a central document); ranked table and matrix."""

from __future__ import annotations

import streamlit as st

from dashboard import queries
from dashboard.queries.page_controls import SIMILARITY_FEATURE, SIMILARITY_MODE, SIMILARITY_TEXT, SIMILARITY_UNIT
from dashboard.rendering import charts
from dashboard.shell import cache, context, controls, state, tables, widgets
from dashboard.shell.panels import left_out_note
from dashboard.shell.research import table_downloads

MATRIX_UNITS = 60  # a matrix of more units is unreadable; the ranked table holds them all

ctx = context.require()
f, c = ctx.filters, ctx.corpus
st.title(ctx.t("page_similarity"))
left_out_note(ctx, time_axis=False)
a, b, m = st.columns(3)
feature = controls.draw(
    a.radio, SIMILARITY_FEATURE, ctx.t("similarity_feature"), SIMILARITY_FEATURE.values, format_func=ctx.t
)
unit = controls.draw(b.radio, SIMILARITY_UNIT, ctx.t("similarity_unit"), SIMILARITY_UNIT.values, format_func=ctx.t)
mode = controls.draw(
    m.radio,
    SIMILARITY_MODE,
    ctx.t("similarity_mode"),
    SIMILARITY_MODE.values,
    format_func=lambda v: ctx.t(f"similarity_{v}"),
)
st.caption(ctx.t("similarity_formula"))
profiles = cache.unit_profiles(ctx.wh, c, ctx.codebook, f, feature, unit)
if profiles.empty:
    st.info(ctx.t("nothing"))
    st.stop()
if mode == "reference":
    pasted = controls.draw(st.text_area, SIMILARITY_TEXT, ctx.t("similarity_text"), height=160)
    upload = st.file_uploader(ctx.t("similarity_upload"), type=["txt"], key="sim_upload")
    text = upload.getvalue().decode("utf-8", errors="replace") if upload is not None else pasted
    if not text.strip():
        st.info(ctx.t("similarity_needs_text"))
        st.stop()
    tokenizer = cache.tokenizer(str(state.codebook_folder())) if feature == "term" else None
    reference = queries.research.reference_profile(text, feature, ctx.codebook.codebook, tokenizer)
    ranked = queries.research.similarity_to_text(profiles, feature, reference)
    st.subheader(ctx.t("similarity_ranked"))
    tables.table(ranked, ctx.lang, "sim_reference_table")
    table_downloads(
        ranked,
        f"similarity_{feature}_{unit}_reference",
        "dl_sim_ref",
        about=ctx.about(ctx.t("similarity_ranked"), "cosine"),
    )
    st.stop()
matrix, pairs = queries.research.similarity_matrix(profiles, feature)
st.subheader(ctx.t("similarity_ranked"))
tables.table(pairs, ctx.lang, "sim_pairs_table")
table_downloads(
    pairs, f"similarity_{feature}_{unit}_pairs", "dl_sim_pairs", about=ctx.about(ctx.t("similarity_ranked"), "cosine")
)
st.subheader(ctx.t("similarity_matrix"))
if len(matrix) > MATRIX_UNITS:
    st.caption(ctx.t("similarity_too_many", n=len(matrix), shown=MATRIX_UNITS))
shown = matrix.iloc[:MATRIX_UNITS, :MATRIX_UNITS]
widgets.chart(
    charts.matrix_heatmap(shown),
    shown.reset_index(),
    f"similarity_{feature}_{unit}",
    "sim_matrix",
    about=ctx.about(ctx.t("similarity_matrix"), "cosine"),
)
