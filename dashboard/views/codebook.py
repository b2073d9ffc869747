"""Codebook: the themes in force, keyword try-outs with KWIC, session edits, saving, judging hits."""

from __future__ import annotations

import random

import pandas as pd
import streamlit as st

from dashboard import queries
from dashboard.edits import judgements
from dashboard.edits.codebook import save_themes
from dashboard.indexes.corpus import Corpus
from dashboard.queries import Filters
from dashboard.queries.page_controls import (
    CODEBOOK_FOR_THEME,
    CODEBOOK_JUDGE_THEME,
    CODEBOOK_KEYWORD,
    CODEBOOK_SAMPLE,
    CODEBOOK_SEED,
)
from dashboard.rendering.tables import display_frame
from dashboard.shell import cache, context, controls, state, tables
from dashboard.shell.context import Page
from dashboard.shell.panels import kwic_table
from dashboard.shell.widgets import plain
from etl.contract.model import CodebookError
from etl.contract.settings import resolve
from etl.count.codebook import THEMES_FILE, Codebook, merge_keywords, parse_themes

VERDICTS = ("", "right", "wrong")


def _as_frame(codebook: Codebook) -> pd.DataFrame:
    return pd.DataFrame(
        [(t.theme, t.label_en, "|".join(t.keywords)) for t in codebook.themes],
        columns=["theme", "label_en", "keywords"],
    )


def _from_frame(frame: pd.DataFrame) -> Codebook:
    """Parse the edited table exactly as the file would be parsed (same errors, same rules)."""
    rows = frame.fillna("").astype(str)
    text = Codebook(()).to_csv() + rows.to_csv(index=False, header=False, lineterminator="\n")
    return parse_themes(text, "edited table")


def _set_session(codebook: Codebook) -> None:
    st.session_state[state.CODEBOOK_KEY] = codebook


def _themes_section(page: Page, cb: Codebook, origin: str) -> None:
    st.subheader(page.t("cb_themes"))
    n_keywords = sum(len(t.keywords) for t in cb.themes)
    st.caption(page.t("cb_in_force", origin=page.t(f"cb_origin_{origin}"), themes=len(cb.themes), keywords=n_keywords))
    frame = _as_frame(cb)
    large = {"keywords": lambda header: st.column_config.TextColumn(header, width="large")}
    prefill = st.session_state.get(state.PREFILL_KEY)
    if isinstance(prefill, dict):  # a row another page (Topics) asked to add, until applied or reset
        st.info(plain(page.t("cb_prefilled", theme=prefill.get("theme", ""))))
        frame = pd.concat([frame, pd.DataFrame([prefill], columns=frame.columns)], ignore_index=True)
    edited = st.data_editor(
        frame,
        num_rows="dynamic",
        key="cb-editor",
        hide_index=True,
        width="stretch",
        column_config=tables.editor_columns(frame, page.lang, large),
    )
    apply_col, reset_col = st.columns(2)
    if apply_col.button(page.t("cb_apply"), key="cb-apply", type="primary"):
        try:
            _set_session(_from_frame(edited))
            st.session_state.pop(state.PREFILL_KEY, None)
            st.rerun()
        except CodebookError as exc:
            where = page.t("cb_row", row=exc.line - 1) if exc.line else ""
            st.error(plain(page.t("cb_not_applied", error=f"{exc.message}{where}")))
    if reset_col.button(page.t("cb_reset"), key="cb-reset"):
        st.session_state.pop(state.CODEBOOK_KEY, None)
        st.session_state.pop(state.PREFILL_KEY, None)
        st.session_state.pop("cb-editor", None)
        st.rerun()


def _try_section(page: Page, corpus: Corpus, cb: Codebook) -> None:
    st.subheader(page.t("cb_try"))
    kw_col, theme_col = st.columns([2, 1])
    keyword = controls.draw(kw_col.text_input, CODEBOOK_KEYWORD, page.t("cb_keyword"), max_chars=50).strip()
    themes = [t.theme for t in cb.themes]
    theme = controls.draw(theme_col.selectbox, CODEBOOK_FOR_THEME, page.t("cb_for_theme"), themes) if themes else None
    if not keyword:
        return
    hits = queries.kwic(page.wh, corpus, Filters(), term=keyword, limit=500, width=30)
    summary = queries.keyword_summary(hits)
    a, b, c = st.columns(3)
    a.metric(page.t("cb_hits"), summary["hits"] if summary["hits"] < 500 else "500+")
    b.metric(page.t("meetings"), summary["meetings"])
    c.metric(page.t("cb_speakers"), summary["speakers"])
    if theme:
        gain = queries.keyword_gain(page.wh, corpus, cb, theme, keyword)
        st.caption(page.t("cb_gain", theme=theme, before=gain["before"], after=gain["after"]))
    kwic_table(page, hits, "cb-try-kwic")
    if theme and st.button(page.t("cb_add", theme=theme), key="cb-try-add"):
        _set_session(merge_keywords(cb, theme, [keyword]))
        st.rerun()


def _save_section(page: Page, cb: Codebook) -> None:
    st.subheader(page.t("cb_save_title"))
    folder = resolve().codebook
    save_col, download_col = st.columns(2)
    download_col.download_button(
        "⬇ themes.csv", cb.to_csv().encode("utf-8"), THEMES_FILE, "text/csv", key="cb-download", on_click="ignore"
    )
    if save_col.button(page.t("cb_save_to", path=folder / THEMES_FILE), key="cb-save"):
        try:
            saved = save_themes(folder / THEMES_FILE, cb)
            st.success(page.t("cb_saved", n=len(saved.themes)))
        except (CodebookError, ValueError, OSError) as exc:
            st.error(plain(page.t("cb_not_saved", error=exc)))


def _record(page: Page, sample: pd.DataFrame, verdicts: pd.Series) -> None:
    path = resolve().codebook / judgements.JUDGEMENTS_FILE
    judged = sample.assign(verdict=verdicts.fillna(""))
    judged = judged[judged["verdict"] != ""]
    new = judged.assign(
        correct=judged["verdict"] == page.t("cb_right"),
        context=judged["left"] + "【" + judged["hit"] + "】" + judged["right"],
    )
    merged = judgements.record_judgements(judgements.load_judgements(path), new)
    judgements.save_judgements(path, merged)
    st.success(page.t("cb_recorded", n=len(new), path=path))


def _judge_section(page: Page, corpus: Corpus, cb: Codebook) -> None:
    st.subheader(page.t("cb_judge"))
    themes = [t.theme for t in cb.themes]
    if not themes:
        return
    theme_col, n_col, seed_col = st.columns([2, 1, 1])
    theme = controls.draw(theme_col.selectbox, CODEBOOK_JUDGE_THEME, page.t("themes"), themes, format_func=page.label)
    n = controls.draw(n_col.number_input, CODEBOOK_SAMPLE, page.t("cb_sample"))
    if seed_col.button(page.t("cb_new_sample"), key="cb-judge-new"):
        controls.set_state(CODEBOOK_SEED, random.randrange(1_000_000))
    seed = int(controls.state(CODEBOOK_SEED))
    sample = queries.sample_theme_hits(page.wh, corpus, cb, theme, n=int(n), seed=seed)
    if sample.empty:
        st.info(page.t("cb_no_hits"))
    else:
        context_columns = ["keyword", "left", "hit", "right", "title", "date", "speaker"]
        shown = display_frame(sample[context_columns], page.lang, rename=False)
        shown.insert(0, "verdict", "")
        options = [""] + [page.t(f"cb_{v}") for v in VERDICTS[1:]]
        verdict = {"verdict": lambda header: st.column_config.SelectboxColumn(header, options=options)}
        edited = st.data_editor(
            shown,
            hide_index=True,
            width="stretch",
            key=f"cb-judge-{theme}-{seed}-{n}",
            disabled=context_columns,
            column_config=tables.editor_columns(shown, page.lang, verdict),
        )
        if st.button(page.t("cb_record"), key="cb-judge-save", type="primary"):
            _record(page, sample, edited["verdict"])
    judged = judgements.load_judgements(resolve().codebook / judgements.JUDGEMENTS_FILE)
    share = st.column_config.ProgressColumn(page.t("cb_precision"), min_value=0.0, max_value=1.0, format="percent")
    by_theme, by_keyword = st.columns(2)
    counted = {"right": "judged_right"}  # judged right, not the right context
    with by_theme:
        tables.table(
            judgements.precision(judged, "theme"),
            page.lang,
            "cb-prec-theme",
            labels=counted,
            mapped={"theme": page.labels},
            column_config={"precision": share},
        )
    with by_keyword:
        percent = st.column_config.NumberColumn(page.t("cb_precision"), format="percent")
        tables.table(
            judgements.precision(judged, "keyword"),
            page.lang,
            "cb-prec-keyword",
            labels=counted,
            mapped={"theme": page.labels},
            column_config={"precision": percent},
        )


page = context.page()
st.title(page.t("page_codebook"))
in_force = cache.codebook(page.wh)  # asked again: an edit applied on this page reruns only the page
_themes_section(page, in_force.codebook, in_force.origin)
_save_section(page, in_force.codebook)
if not page.wh.exists:
    st.info(page.t("cb_needs_data"))
else:
    corpus = cache.corpus(page.wh, in_force)
    _try_section(page, corpus, in_force.codebook)
    _judge_section(page, corpus, in_force.codebook)
