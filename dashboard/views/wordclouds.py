"""Word clouds: the words of a period, a speaker, a theme or the whole corpus, and a comparison."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard import cache, evidence, filters, query, wordclouds
from dashboard.query import Corpus, Filters
from etl.warehouse import Warehouse

MODES = {
    "sidebar": "侧栏筛选 / sidebar filters",
    "all": "全部 / all",
    "period": "时期 / period",
    "speaker": "讲话人 / speaker",
    "theme": "主题 / theme",
}
DEFAULT_STOPWORDS = "我们\n进行\n工作\n加强\n推进\n坚持\n"


@st.cache_resource(max_entries=12, show_spinner="绘制词云 / drawing…")
def _cloud(freqs: tuple[tuple[str, int], ...], other: tuple[tuple[str, int], ...] | None, max_words: int):  # type: ignore[no-untyped-def]
    if other is None:
        return wordclouds.word_cloud(dict(freqs), max_words=max_words)
    return wordclouds.comparison_cloud(dict(freqs), dict(other), max_words=max_words)


def _sidebar_filters() -> Filters | None:
    """The app's sidebar filters, when the page runs inside the app (not standalone)."""
    ctx = st.session_state.get(filters.CONTEXT_KEY)
    return getattr(ctx, "filters", None)


def _selection(corpus: Corpus, themes: list[str], key: str) -> tuple[str, Filters, str | None]:
    """A selection's widgets -> (description, filters, theme)."""
    sidebar = _sidebar_filters()
    modes = [m for m in MODES if m != "sidebar" or sidebar is not None]
    mode = st.radio("选择 / select by", modes, format_func=MODES.get, horizontal=True, key=f"{key}-mode")
    if mode == "sidebar" and sidebar is not None:
        return "侧栏筛选 / sidebar filters", sidebar, None
    dates = corpus.meetings["date"].dropna()
    if mode == "period" and not dates.empty:
        first, last = int(dates.min().year), int(dates.max().year)
        years = (first, last)
        if first < last:
            years = st.slider("年份 / years", first, last, (first, last), key=f"{key}-years")
        f = Filters(start=dt.date(years[0], 1, 1), end=dt.date(years[1], 12, 31), include_undated=False)
        return f"{years[0]}–{years[1]}", f, None
    if mode == "speaker":
        speakers = query.options(corpus)["speakers"]
        who = st.selectbox("讲话人 / speaker", speakers, key=f"{key}-speaker")
        return str(who), Filters(speakers=(who,) if who else ()), None
    if mode == "theme" and themes:
        theme = st.selectbox("主题 / theme", themes, key=f"{key}-theme")
        return str(theme), Filters(), theme
    return "全部 / all", Filters(), None


def _frequencies(wh: Warehouse, corpus: Corpus, f: Filters, theme: str | None, stop: set[str], n: int) -> pd.DataFrame:
    return evidence.term_frequencies(wh, evidence.speeches_for(corpus, f, theme), limit=n, stopwords=stop)


def _downloads(cloud: wordclouds.CloudImage, stem: str, key: str) -> None:
    png_col, svg_col = st.columns(2)
    png_col.download_button("⬇ PNG", cloud.png, f"{stem}.png", "image/png", key=f"{key}-png", on_click="ignore")
    svg_col.download_button(
        "⬇ SVG", lambda: cloud.svg.encode("utf-8"), f"{stem}.svg", "image/svg+xml", key=f"{key}-svg",
        on_click="ignore", help="font embedded: shows Chinese anywhere",
    )


def main() -> None:
    st.title("词云 / Word clouds")
    wh = cache.warehouse()
    if not wh.exists:
        st.info("还没有数据 / No warehouse yet: add reports on the Data page.")
        return
    cb = cache.codebook(wh)
    corpus = cache.corpus(wh, cb)
    themes = [t.theme for t in cb.codebook.themes]
    with st.expander("停用词 / stopwords (this session only)"):
        text = st.text_area("one word per line", DEFAULT_STOPWORDS, key="wc-stopwords", height=150)
    stop = {w.strip() for w in text.splitlines() if w.strip()}
    max_words = st.slider("词数 / words", 30, 300, 150, step=10, key="wc-max-words")

    single, compare = st.tabs(["词云 / cloud", "对比 / compare two selections"])
    with single:
        label, f, theme = _selection(corpus, themes, "wc-a")
        freq = _frequencies(wh, corpus, f, theme, stop, max_words)
        if freq.empty:
            st.info("这个选择没有词 / No words in this selection.")
        else:
            cloud = _cloud(tuple(zip(freq["term"], freq["count"], strict=True)), None, max_words)
            st.image(cloud.png, caption=label, output_format="PNG")
            _downloads(cloud, f"wordcloud_{label}", "wc-single")
    with compare:
        left, right = st.columns(2)
        with left:
            st.markdown(":red[**A**]")
            label_a, fa, theme_a = _selection(corpus, themes, "wc-cmp-a")
        with right:
            st.markdown(":blue[**B**]")
            label_b, fb, theme_b = _selection(corpus, themes, "wc-cmp-b")
        fa_terms = _frequencies(wh, corpus, fa, theme_a, stop, 2000)
        fb_terms = _frequencies(wh, corpus, fb, theme_b, stop, 2000)
        if fa_terms.empty or fb_terms.empty:
            st.info("两边都需要有词 / Both selections need words.")
        else:
            cloud = _cloud(
                tuple(zip(fa_terms["term"], fa_terms["count"], strict=True)),
                tuple(zip(fb_terms["term"], fb_terms["count"], strict=True)),
                max_words,
            )
            st.image(cloud.png, caption=f"A (red): {label_a}  |  B (blue): {label_b}", output_format="PNG")
            st.caption("每个词放在用得相对更多的一边；两边差不多的词不显示。"
                       " Each word sits on the side that uses it relatively more; shared words are left out.")
            _downloads(cloud, "wordcloud_compare", "wc-compare")


main()
