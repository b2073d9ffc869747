"""Codebook: the themes in force, keyword try-outs with KWIC, session edits, saving, judging hits."""

from __future__ import annotations

import random

import pandas as pd
import streamlit as st

from dashboard import cache, evidence, state, textquery
from dashboard.query import Corpus, Filters
from dashboard.widgets import plain
from etl.codebook import THEMES_FILE, Codebook, CodebookError, merge_keywords, parse_themes
from etl.settings import resolve
from etl.warehouse import Warehouse

JUDGEMENTS_FILE = "judgements.csv"
VERDICTS = ("", "对 / right", "错 / wrong")


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


def _themes_section(cb: Codebook, origin: str) -> None:
    st.subheader("主题与关键词 / Themes and keywords")
    st.caption(f"in force: {origin} · {len(cb.themes)} themes · {sum(len(t.keywords) for t in cb.themes)} keywords")
    edited = st.data_editor(
        _as_frame(cb), num_rows="dynamic", key="cb-editor", hide_index=True, width="stretch",
        column_config={"keywords": st.column_config.TextColumn("keywords (| separated)", width="large")},
    )
    apply_col, reset_col = st.columns(2)
    if apply_col.button("应用到本次会话 / Apply for this session", key="cb-apply", type="primary"):
        try:
            _set_session(_from_frame(edited))
            st.rerun()
        except CodebookError as exc:
            where = f" (row {exc.line - 1})" if exc.line else ""
            st.error(plain(f"未应用 / Not applied: {exc.message}{where}"))
    if reset_col.button("恢复文件版本 / Reset to the file", key="cb-reset"):
        st.session_state.pop(state.CODEBOOK_KEY, None)
        st.session_state.pop("cb-editor", None)
        st.rerun()


def _try_section(wh: Warehouse, corpus: Corpus, cb: Codebook) -> None:
    st.subheader("试一个关键词 / Try a keyword")
    kw_col, theme_col = st.columns([2, 1])
    keyword = kw_col.text_input("关键词 / keyword", key="cb-try-keyword", max_chars=50).strip()
    themes = [t.theme for t in cb.themes]
    theme = theme_col.selectbox("加到主题 / for theme", themes, key="cb-try-theme") if themes else None
    if not keyword:
        return
    hits = textquery.kwic(wh, corpus, Filters(), term=keyword, limit=500, width=30)
    summary = evidence.keyword_summary(hits)
    a, b, c = st.columns(3)
    a.metric("命中 / hits", summary["hits"] if summary["hits"] < 500 else "500+")
    b.metric("会议 / meetings", summary["meetings"])
    c.metric("讲话人 / speakers", summary["speakers"])
    if theme:
        gain = evidence.keyword_gain(wh, cb, theme, keyword)
        st.caption(f"{theme}: {gain['before']} → {gain['after']} hits with this keyword "
                   "(overlaps with longer keywords count once)")
    st.dataframe(
        hits[["title", "date", "speaker", "left", "keyword", "right"]], hide_index=True, width="stretch",
        key="cb-try-kwic", column_config={"date": st.column_config.DateColumn("date")},
    )
    if theme and st.button(f"加入 / Add to {theme} (this session)", key="cb-try-add"):
        _set_session(merge_keywords(cb, theme, [keyword]))
        st.rerun()


def _save_section(cb: Codebook) -> None:
    st.subheader("保存 / Save")
    folder = resolve().codebook
    save_col, download_col = st.columns(2)
    download_col.download_button(
        "⬇ themes.csv", cb.to_csv().encode("utf-8"), THEMES_FILE, "text/csv", key="cb-download", on_click="ignore"
    )
    if save_col.button(f"保存到 / Save to {folder / THEMES_FILE}", key="cb-save"):
        try:
            saved = evidence.save_themes(folder / THEMES_FILE, cb)
            st.success(f"saved {len(saved.themes)} themes; run the ETL again to count with them")
        except (CodebookError, ValueError, OSError) as exc:
            st.error(plain(f"未保存 / Not saved: {exc}"))


def _judge_section(wh: Warehouse, corpus: Corpus, cb: Codebook) -> None:
    st.subheader("抽查命中 / Judge a sample of hits")
    path = resolve().codebook / JUDGEMENTS_FILE
    themes = [t.theme for t in cb.themes]
    if not themes:
        return
    theme_col, n_col, seed_col = st.columns([2, 1, 1])
    theme = theme_col.selectbox("主题 / theme", themes, key="cb-judge-theme")
    n = n_col.number_input("样本 / sample", 5, 100, 20, key="cb-judge-n")
    if seed_col.button("换一批 / New sample", key="cb-judge-new"):
        st.session_state["cb-judge-seed"] = random.randrange(1_000_000)
    seed = st.session_state.setdefault("cb-judge-seed", 0)
    sample = evidence.sample_theme_hits(wh, corpus, cb, theme, n=int(n), seed=seed)
    if sample.empty:
        st.info("这个主题没有命中 / No hits for this theme.")
    else:
        shown = sample.assign(verdict="")[["verdict", "keyword", "left", "hit", "right", "title", "date", "speaker"]]
        edited = st.data_editor(
            shown, hide_index=True, width="stretch", key=f"cb-judge-{theme}-{seed}-{n}",
            disabled=[c for c in shown.columns if c != "verdict"],
            column_config={"verdict": st.column_config.SelectboxColumn("对/错", options=VERDICTS, required=False)},
        )
        if st.button("记录 / Record judgements", key="cb-judge-save", type="primary"):
            judged = sample.assign(verdict=edited["verdict"].fillna(""))
            judged = judged[judged["verdict"] != ""]
            new = judged.assign(
                correct=judged["verdict"] == VERDICTS[1],
                context=judged["left"] + "【" + judged["hit"] + "】" + judged["right"],
            )
            merged = evidence.record_judgements(evidence.load_judgements(path), new)
            evidence.save_judgements(path, merged)
            st.success(f"{len(new)} judgements recorded in {path}")
    judgements = evidence.load_judgements(path)
    by_theme, by_keyword = st.columns(2)
    by_theme.dataframe(evidence.precision(judgements, "theme"), hide_index=True, key="cb-prec-theme",
                       column_config={"precision": st.column_config.ProgressColumn("precision", min_value=0.0,
                                                                                   max_value=1.0, format="percent")})
    by_keyword.dataframe(evidence.precision(judgements, "keyword"), hide_index=True, key="cb-prec-keyword",
                         column_config={"precision": st.column_config.NumberColumn("precision", format="percent")})


def main() -> None:
    st.title("主题词表 / Codebook")
    wh = cache.warehouse()
    in_force = cache.codebook(wh)
    cb = in_force.codebook
    _themes_section(cb, in_force.origin)
    _save_section(cb)
    if not wh.exists:
        st.info("还没有数据：关键词试用与抽查需要数据仓库 / Add reports on the Data page to try keywords.")
        return
    corpus = cache.corpus(wh, in_force)
    _try_section(wh, corpus, cb)
    _judge_section(wh, corpus, cb)


main()
