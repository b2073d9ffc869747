"""Page pieces shared by every page: the evidence (KWIC) panel behind a clicked point, the reader
link and its table column."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import queries
from dashboard.queries.page_controls import SPEAKERS_ROLES, Control
from dashboard.shell import controls, tables, widgets
from dashboard.shell.context import Context, Page


def left_out_note(ctx: Context, *, time_axis: bool = True) -> dict[str, int]:
    """A caption saying how many meetings the selection left out and why (nothing when none);
    ``time_axis`` False for a page without one (dates too coarse for the granularity do not
    matter there). Returns the counts shown."""
    counts = queries.left_out(ctx.corpus, ctx.filters)
    if not time_axis:
        counts["too_coarse"] = 0
    gran = ctx.t(ctx.filters.granularity).lower() if ctx.lang == "en" else ctx.t(ctx.filters.granularity)
    parts = [ctx.t(f"left_out_{why}", n=n, granularity=gran) for why, n in counts.items() if n]
    if parts:
        st.caption(ctx.t("left_out", parts=("；" if ctx.lang == "zh" else "; ").join(parts)))
    return counts


def word_list_controls(
    ctx: Context, names: Control, weak_words: Control | None = None, *, tables: tuple[str, ...] = ("terms",)
) -> tuple[frozenset[str], bool]:
    """The toggles above a list of words (keyness, word clouds), page controls: names and places
    back in (off by default), and with ``weak_words``, words that are not significant shown (off
    by default). Returns (words to leave out, significant only)."""
    left, right = st.columns(2)
    names_back = controls.draw(left.toggle, names, ctx.t("kn_show_proper"), help=ctx.t("kn_show_proper_help"))
    weak = controls.draw(right.toggle, weak_words, ctx.t("kn_show_weak")) if weak_words is not None else True
    if names_back:
        return frozenset(), not weak
    return frozenset().union(*(queries.proper_words(ctx.wh, ctx.corpus, t) for t in tables)), not weak


def keyness_labels(ctx: Page) -> dict[str, str]:
    """The keyness chart's words for significant and not, in the page's language."""
    return {"threshold_label": ctx.t("kn_significant"), "not_significant_label": ctx.t("kn_not_significant")}


def speaker_coverage_note(ctx: Context) -> None:
    """A warning when the selection has few identified speakers (``queries.Coverage.few``)."""
    coverage = queries.speaker_coverage(ctx.corpus, ctx.filters)
    if coverage.few:
        st.warning(
            ctx.t(
                "few_speakers",
                n=coverage.speakers,
                share=f"{coverage.share:.0%}",
                few=queries.FEW_SPEAKERS,
                min_share=f"{queries.FEW_NAMED_SHARE:.0%}",
            )
        )


def role_rules(ctx: Page) -> dict[str, str]:
    """The role rules (a text area filled from ``queries/roles.csv`` in the page's language,
    editable and kept in the URL: ``SPEAKERS_ROLES``); an error and a stop when the file or the
    text cannot be used."""
    key = SPEAKERS_ROLES.key
    try:
        shipped = {lang: queries.roles_text(queries.load_roles(lang=lang)) for lang in ("zh", "en")}
        if st.session_state.get(key) in set(shipped.values()) - {shipped[ctx.lang]}:
            del st.session_state[key]  # the language changed: the file's roles in the new one
        label = ctx.t("role_patterns")
        text = controls.draw(
            st.text_area, SPEAKERS_ROLES, label, default=shipped[ctx.lang], height=200, help=ctx.t("role_patterns_help")
        )
        roles = queries.parse_roles(text, label)
    except queries.RolesError as exc:
        st.error(widgets.plain(str(exc)))
        st.stop()
    if not roles:
        st.info(ctx.t("no_roles"))
        st.stop()
    return roles


def removed_panel(ctx: Context, meeting_id: str, shown: Control) -> None:
    """Under the reader, on request (a toggle, off by default; the page control ``shown``): what
    cleaning removed from the page, each piece with the name of its rule in the page's language."""
    key = shown.key
    if not controls.draw(st.toggle, shown, ctx.t("show_removed")):
        return
    removed = queries.removed_text(ctx.wh, meeting_id)
    if removed.empty:
        st.caption(ctx.t("removed_none"))
        return
    st.caption(ctx.t("removed_caption", n=len(removed)))
    tables.table(removed, ctx.lang, f"{key}_table", coded=("rule",), width="stretch")


def clicked(event: Any) -> list[list[Any]]:
    """The customdata of the points selected in a plotly chart event (empty when none)."""
    try:
        points = event.selection.points if event else []
    except AttributeError:
        points = (event or {}).get("selection", {}).get("points", [])
    out = []
    for p in points or []:
        cd = p.get("customdata") if isinstance(p, dict) else None
        if cd is not None:
            out.append(list(cd) if isinstance(cd, list | tuple) else [cd])
    return out


def reader_link(meeting_id: str) -> str:
    return f"./meetings?meeting={meeting_id}"


def with_reader_links(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with a ``reader`` column linking each row's meeting to the reader."""
    return frame.assign(reader=[reader_link(str(m)) for m in frame["meeting_id"]])


def reader_column(ctx: Page) -> Any:
    """The column config that shows ``reader`` links as "open in the reader"."""
    return st.column_config.LinkColumn(ctx.t("reader"), display_text=ctx.t("open_reader"))


def kwic_table(ctx: Page, lines: pd.DataFrame, key: str) -> None:
    """KWIC lines with a link to the reader; a download row under them."""
    if lines.empty:
        st.info(ctx.t("nothing"))
        return
    shown = with_reader_links(lines)[["date", "title", "speaker", "left", "keyword", "right", "reader"]]
    tables.table(
        shown,
        ctx.lang,
        f"{key}_table",
        column_config={
            "reader": reader_column(ctx),
            "left": st.column_config.TextColumn(width="medium"),
            "right": st.column_config.TextColumn(width="medium"),
        },
    )
    widgets.download_row(None, lines, "kwic", f"{key}_dl")


def evidence_panel(ctx: Context, event: Any, key: str, find: Callable[[list[Any]], tuple[str, pd.DataFrame]]) -> None:
    """Under a chart: the KWIC lines behind the clicked cell, bar or point. ``find`` turns its
    customdata into (what was clicked, the lines): one query call."""
    st.markdown(f"**{ctx.t('evidence')}**")
    points = clicked(event)
    if not points:
        st.caption(ctx.t("evidence_hint"))
        return
    what, lines = find(points[0])
    st.caption(f"{what}: {len(lines)}")
    kwic_table(ctx, lines, key)


def period_of(point: Sequence[Any], index: int = 1) -> pd.Timestamp | None:
    """The period (ISO date) a clicked point carries at ``index``; None when it has none."""
    return pd.Timestamp(point[index]) if len(point) > index and point[index] else None


def show_evidence(
    ctx: Context,
    event: Any,
    *,
    kind: str,
    key: str,
    speakers: Sequence[str] = (),
    use_period: bool = True,
) -> None:
    """Under a trend or heatmap: the KWIC lines behind the clicked point (theme or term, period)."""

    def find(point: list[Any]) -> tuple[str, pd.DataFrame]:
        name, period = str(point[0]), period_of(point) if use_period else None
        when = f" · {period:%Y-%m-%d}" if period is not None else ""
        if kind == "theme":
            lines = queries.kwic(
                ctx.wh,
                ctx.corpus,
                ctx.filters,
                theme=name,
                codebook=ctx.codebook.codebook,
                period=period,
                speakers=speakers,
            )
            return f"{ctx.label(name)}{when}", lines
        return f"{name}{when}", queries.kwic(
            ctx.wh, ctx.corpus, ctx.filters, term=name, period=period, speakers=speakers
        )

    evidence_panel(ctx, event, key, find)
