"""The sidebar: filter widgets (explicit keys, kept across pages), the URL, and the page context.

``app.py`` draws the sidebar on every run before the page, so widget state survives page
changes; the resulting frozen :class:`~dashboard.query.Filters` is written to ``st.query_params``
so a copied URL reopens the same view, and read back from it on a session's first run.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import streamlit as st

from dashboard import query, state
from dashboard.i18n import t
from dashboard.query import Corpus, Filters
from dashboard.state import CodebookInForce
from etl.warehouse import Warehouse

CONTEXT_KEY = "_page_context"
_LOADED = "_url_loaded"
# widget key -> URL parameter
_MULTI = {"f_themes": "theme", "f_speakers": "speaker", "f_organs": "organ", "f_types": "type", "f_regions": "region"}


@dataclass(frozen=True)
class Context:
    """What every page gets: the warehouse, its codebook and frames, the filters, the language."""

    wh: Warehouse
    codebook: CodebookInForce
    corpus: Corpus
    filters: Filters
    lang: str

    def t(self, key: str, **kwargs: object) -> str:
        return t(key, self.lang, **kwargs)

    def label(self, theme: str) -> str:
        return self.codebook.label(theme, self.lang)

    @property
    def labels(self) -> dict[str, str]:
        return {th.theme: self.label(th.theme) for th in self.codebook.codebook.themes}

    @property
    def themes(self) -> list[str]:
        return [th.theme for th in self.codebook.codebook.themes]


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def seed_language() -> None:
    """Before the language toggle is drawn: ``?lang=en`` opens the English UI (once per session)."""
    if "_lang_loaded" not in st.session_state:
        st.session_state["_lang_loaded"] = True
        if st.query_params.get("lang") == "en":
            st.session_state[state.LANG_KEY] = True


def load_url(options: dict[str, list[str]], span: tuple[dt.date, dt.date] | None) -> None:
    """Seed the widgets from the URL once per session (values not offered are dropped)."""
    if st.session_state.get(_LOADED):
        return
    st.session_state[_LOADED] = True
    qp = st.query_params
    if qp.get("gran") in query.GRANULARITIES:
        st.session_state["f_gran"] = qp.get("gran")
    if qp.get("undated") == "0":
        st.session_state["f_undated"] = False
    for key, param in _MULTI.items():
        values = [v for v in qp.get_all(param) if v in options.get(key, [])]
        if values:
            st.session_state[key] = values
    start, end = _date(qp.get("from")), _date(qp.get("to"))
    if span and span[0] < span[1] and (start or end):
        lo = min(max(start or span[0], span[0]), span[1])
        hi = max(min(end or span[1], span[1]), lo)
        st.session_state["f_dates"] = (lo, hi)


def write_url(f: Filters, span: tuple[dt.date, dt.date] | None, lang: str) -> None:
    """Mirror the filters into the URL (defaults left out; other parameters such as meeting kept)."""
    wanted: dict[str, str | list[str]] = {}
    if lang == "en":
        wanted["lang"] = "en"
    if f.granularity != "year":
        wanted["gran"] = f.granularity
    if not f.include_undated:
        wanted["undated"] = "0"
    if span and f.start and f.start != span[0]:
        wanted["from"] = f.start.isoformat()
    if span and f.end and f.end != span[1]:
        wanted["to"] = f.end.isoformat()
    for attr, param in zip(("themes", "speakers", "organs", "meeting_types", "regions"), _MULTI.values(), strict=True):
        if getattr(f, attr):
            wanted[param] = list(getattr(f, attr))
    managed = {"lang", "gran", "undated", "from", "to", *_MULTI.values()}
    for key in [k for k in st.query_params if k in managed and k not in wanted]:
        del st.query_params[key]
    for key, value in wanted.items():
        if (st.query_params.get_all(key) if isinstance(value, list) else st.query_params.get(key)) != value:
            st.query_params[key] = value


def sidebar(c: Corpus, cb: CodebookInForce, lang: str) -> Filters:
    """Draw the filter widgets and return the frozen filters they select."""
    opts = query.options(c)
    themes = [th.theme for th in cb.codebook.themes]
    options = {
        "f_themes": themes,
        "f_speakers": opts["speakers"],
        "f_organs": opts["organs"],
        "f_types": opts["meeting_types"],
        "f_regions": opts["regions"],
    }
    span = query.date_span(c)
    load_url(options, span)
    sb = st.sidebar
    sb.header(t("filters", lang))
    start = end = None
    if span and span[0] < span[1]:
        start, end = sb.slider(t("date_range", lang), min_value=span[0], max_value=span[1], value=span, key="f_dates")
    elif span:
        start = end = span[0]
        sb.caption(f"{t('date_range', lang)}: {span[0]}")
    undated = sb.checkbox(t("include_undated", lang), value=True, key="f_undated")
    gran = sb.selectbox(
        t("granularity", lang), query.GRANULARITIES, index=3, key="f_gran", format_func=lambda g: t(g, lang)
    )
    label = cb.label
    chosen: dict[str, list[str]] = {}
    for key, title in (
        ("f_themes", "themes"),
        ("f_speakers", "speakers"),
        ("f_organs", "organs"),
        ("f_types", "meeting_types"),
        ("f_regions", "regions"),
    ):
        if not options[key] and key != "f_themes":
            chosen[key] = []
            continue
        fmt = (lambda th: label(th, lang)) if key == "f_themes" else str
        chosen[key] = sb.multiselect(
            t(title, lang), options[key], key=key, format_func=fmt, placeholder=t("all_hint", lang)
        )
    f = Filters(
        start=start,
        end=end,
        include_undated=undated,
        granularity=gran,
        themes=tuple(chosen["f_themes"]),
        speakers=tuple(chosen["f_speakers"]),
        organs=tuple(chosen["f_organs"]),
        meeting_types=tuple(chosen["f_types"]),
        regions=tuple(chosen["f_regions"]),
    )
    write_url(f, span, lang)
    return f


def set_context(ctx: Context | None) -> None:
    st.session_state[CONTEXT_KEY] = ctx


def require() -> Context:
    """The page context, or a clear message and a stop when there is no warehouse to show."""
    ctx = st.session_state.get(CONTEXT_KEY)
    if not isinstance(ctx, Context):
        st.stop()
    return ctx
