"""Word clouds: the words of a period, a speaker, a theme or the whole corpus, and a comparison."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from dashboard import queries
from dashboard.queries import Filters
from dashboard.queries.page_controls import (
    CLOUD_A,
    CLOUD_B,
    CLOUD_NAMES_BACK,
    CLOUD_SINGLE,
    CLOUD_STOPWORDS,
    CLOUD_TAB,
    CLOUD_WORDS,
    Control,
)
from dashboard.rendering import wordclouds
from dashboard.shell import cache, context, controls
from dashboard.shell.context import Context
from dashboard.shell.panels import left_out_note, word_list_controls


@dataclass(frozen=True)
class Words:
    """The words a cloud leaves out: the stopwords typed, and names and places (unless toggled back)."""

    typed: frozenset[str]
    proper: frozenset[str]


def _selection(ctx: Context, chosen: tuple[Control, ...]) -> tuple[str, Filters, str | None]:
    """A selection's widgets (its controls: mode, years, speaker, theme) -> (description, filters, theme)."""
    by_mode, by_years, by_speaker, by_theme = chosen
    mode = controls.draw(
        st.radio,
        by_mode,
        ctx.t("wc_select_by"),
        by_mode.values,
        format_func=lambda m: ctx.t(f"wc_mode_{m}"),
        horizontal=True,
    )
    if mode == "sidebar":
        return ctx.t("wc_mode_sidebar"), ctx.filters, None
    dates = ctx.corpus.meetings["date"].dropna()
    if mode == "period" and not dates.empty:
        first, last = int(dates.min().year), int(dates.max().year)
        years = (first, last)
        if first < last:
            years = controls.draw(st.slider, by_years, ctx.t("wc_years"), (first, last), default=(first, last))
        f = Filters(start=dt.date(years[0], 1, 1), end=dt.date(years[1], 12, 31), include_undated=False)
        return f"{years[0]}–{years[1]}", f, None
    if mode == "speaker":
        speakers = queries.options(ctx.corpus)["speakers"]
        who = controls.draw(st.selectbox, by_speaker, ctx.t("wc_mode_speaker"), speakers)
        return str(who), Filters(speakers=(who,) if who else ()), None
    if mode == "theme" and ctx.themes:
        theme = controls.draw(st.selectbox, by_theme, ctx.t("wc_mode_theme"), ctx.themes, format_func=ctx.label)
        return ctx.label(str(theme)), Filters(), theme
    return ctx.t("wc_mode_all"), Filters(), None


def _frequencies(ctx: Context, f: Filters, theme: str | None, stop: Words, n: int) -> pd.DataFrame:
    speeches = queries.speeches_for(ctx.corpus, f, theme)
    return queries.term_frequencies(ctx.wh, speeches, limit=n, stopwords=stop.typed, exclude=stop.proper)


def _pairs(freq: pd.DataFrame) -> tuple[tuple[str, int], ...]:
    return tuple(zip(freq["term"], freq["count"], strict=True))


def _downloads(ctx: Context, cloud: wordclouds.CloudImage, stem: str, key: str) -> None:
    png_col, svg_col = st.columns(2)
    png_col.download_button("⬇ PNG", cloud.png, f"{stem}.png", "image/png", key=f"{key}-png", on_click="ignore")
    svg_col.download_button(
        "⬇ SVG",
        lambda: cloud.svg.encode("utf-8"),
        f"{stem}.svg",
        "image/svg+xml",
        key=f"{key}-svg",
        on_click="ignore",
        help=ctx.t("wc_svg_help"),
    )


def _single(ctx: Context, stop: Words, max_words: int) -> None:
    label, f, theme = _selection(ctx, CLOUD_SINGLE)
    freq = _frequencies(ctx, f, theme, stop, max_words)
    if freq.empty:
        st.info(ctx.t("wc_no_words"))
        return
    cloud = cache.word_cloud(_pairs(freq), None, max_words)
    st.image(cloud.png, caption=label, output_format="PNG")
    _downloads(ctx, cloud, f"wordcloud_{label}", "wc-single")


def _compare(ctx: Context, stop: Words, max_words: int) -> None:
    left, right = st.columns(2)
    with left:
        st.markdown(":red[**A**]")
        label_a, fa, theme_a = _selection(ctx, CLOUD_A)
    with right:
        st.markdown(":blue[**B**]")
        label_b, fb, theme_b = _selection(ctx, CLOUD_B)
    a, b = _frequencies(ctx, fa, theme_a, stop, 2000), _frequencies(ctx, fb, theme_b, stop, 2000)
    if a.empty or b.empty:
        st.info(ctx.t("wc_both_need_words"))
        return
    cloud = cache.word_cloud(_pairs(a), _pairs(b), max_words)
    st.image(cloud.png, caption=ctx.t("wc_compare_caption", a=label_a, b=label_b), output_format="PNG")
    st.caption(ctx.t("wc_compare_note"))
    _downloads(ctx, cloud, "wordcloud_compare", "wc-compare")


ctx = context.require()
st.title(ctx.t("page_wordclouds"))
left_out_note(ctx, time_axis=False)
with st.expander(ctx.t("wc_stopwords")):
    text = controls.draw(st.text_area, CLOUD_STOPWORDS, ctx.t("wc_one_per_line"), height=150)
max_words = controls.draw(st.slider, CLOUD_WORDS, ctx.t("wc_words"), step=10)
proper = word_list_controls(ctx, CLOUD_NAMES_BACK)[0]
stop = Words(frozenset(w.strip() for w in text.splitlines() if w.strip()), proper)
single, compare = controls.tabs(CLOUD_TAB, [ctx.t("wc_cloud"), ctx.t("wc_compare")])
with single:
    _single(ctx, stop, max_words)
with compare:
    _compare(ctx, stop, max_words)
