"""The page context: what every page gets, opened by ``app.py`` before the page runs.

Every page starts with :func:`page` (the warehouse, the codebook in force, the language: the
data and codebook pages work before there is any warehouse) or :func:`require` (also the
corpus and the sidebar's filters: the pages over the data, which stop with a message when
there is no warehouse yet).
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from dashboard import queries
from dashboard.indexes.corpus import Corpus
from dashboard.queries import Filters
from dashboard.rendering import publication
from dashboard.rendering.i18n import InLanguage, t
from dashboard.shell import cache, sidebar
from etl.io.warehouse import WarehouseError

__all__ = ["CONTEXT_KEY", "Context", "Page", "open_context", "page", "require", "set_context"]

CONTEXT_KEY = "_page_context"


@dataclass(frozen=True)
class Page(InLanguage):
    """What every page gets: the warehouse (perhaps not written yet), its codebook, the language."""


@dataclass(frozen=True)
class Context(Page):
    """What the pages over the data get besides: the corpus and the sidebar's filters."""

    corpus: Corpus
    filters: Filters

    def about(self, title: str, metric: str | None = None, window: int = 1) -> publication.Provenance:
        """What made a chart of this page: its downloads carry it (as the export command's files do)."""
        return publication.describe(
            self.wh, self.corpus, self.filters, self.codebook, title=title, metric=metric, lang=self.lang, window=window
        )


def open_context(lang: str) -> Page | None:
    """Open the warehouse and, when it has data, draw the filters; None (with a message) when the
    warehouse cannot be read."""
    try:
        wh = cache.warehouse()
    except WarehouseError as exc:
        st.error(t("bad_warehouse", lang, error=exc))
        return None
    cb = cache.codebook(wh)
    if not wh.exists:
        return Page(wh, cb, lang)
    corpus = cache.corpus(wh, cb)
    if problem := cache.install_calendar(corpus):
        st.sidebar.error(t("calendar_error", lang, error=problem))
    f = sidebar.sidebar(corpus, cb, lang)
    if f.granularity == "periods" and not queries.calendars.calendar_of(corpus).periods:
        st.sidebar.info(t("no_periods_file", lang))
    return Context(wh, cb, lang, corpus, f)


def set_context(ctx: Page | None) -> None:
    st.session_state[CONTEXT_KEY] = ctx


def page() -> Page:
    """The context of this run; a stop when the warehouse cannot be read (the app said why)."""
    ctx = st.session_state.get(CONTEXT_KEY)
    if not isinstance(ctx, Page):
        st.stop()
    return ctx


def require() -> Context:
    """The context with the corpus and filters; a message and a stop when there is no data yet."""
    ctx = page()
    if not isinstance(ctx, Context):
        st.info(ctx.t("no_warehouse", path=ctx.wh.root))
        st.stop()
    return ctx
