"""The sidebar: one widget per filter field, the URL, both driven by the filter specs.

``app.py`` draws the sidebar on every run before the page, so widget state survives page
changes. Each field of :class:`~dashboard.queries.filters.Filters` carries its spec (URL
parameter, label, options): this module draws its widget (key ``f_<field>``; one slider
``f_dates`` for the two date bounds, with two typed dates beside it kept in step), seeds it from
the URL on a session's first run and writes non-default values back to ``st.query_params``, so a
copied URL reopens the same view.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, cast

import streamlit as st

from dashboard import queries
from dashboard.indexes.corpus import Corpus
from dashboard.queries import Filters
from dashboard.queries.filters import (
    DEFAULTS,
    Choice,
    DateBound,
    Exclude,
    Flag,
    OneOf,
    Pick,
    clamp_range,
    narrowed,
    specs,
)
from dashboard.rendering.i18n import t
from dashboard.shell import state
from dashboard.shell.state import CodebookInForce

__all__ = [
    "DATES_KEY",
    "TYPED_KEYS",
    "load_url",
    "seed_language",
    "sidebar",
    "undated_key",
    "widget_key",
    "write_url",
]

DATES_KEY = "f_dates"
TYPED_KEYS = ("f_date_from", "f_date_to")  # the typed dates beside the slider
_LOADED = "_url_loaded"
Span = tuple[dt.date, dt.date] | None


def widget_key(name: str) -> str:
    return f"f_{name}"


def undated_key(narrowed: bool) -> str:
    """The undated toggle has one widget per range state, so each keeps its own default (on while
    the range is open, off once it is narrowed) until the user sets it."""
    return f"f_include_undated_{'narrowed' if narrowed else 'open'}"


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


def load_url(options: Mapping[str, list[str]], span: Span) -> None:
    """Seed the widgets from the URL once per session (values not offered are dropped)."""
    if st.session_state.get(_LOADED):
        return
    st.session_state[_LOADED] = True
    qp = st.query_params
    bounds: dict[str, dt.date | None] = {}
    for name, spec in specs():
        key = widget_key(name)
        if isinstance(spec, DateBound):
            bounds[name] = _date(qp.get(spec.param))
        elif isinstance(spec, Flag) and qp.get(spec.param) in ("0", "1"):
            keys = [undated_key(False), undated_key(True)] if name == "include_undated" else [key]
            for k in keys:
                st.session_state[k] = qp.get(spec.param) == "1"
        elif isinstance(spec, OneOf | Pick):
            offered = spec.values if isinstance(spec, OneOf) else options.get(name, [])
            if qp.get(spec.param) in offered:
                st.session_state[key] = qp.get(spec.param)
        elif isinstance(spec, Choice | Exclude):
            values = [v for v in qp.get_all(spec.param) if v in options.get(name, [])]
            if values:
                st.session_state[key] = values
    start, end = bounds.get("start"), bounds.get("end")
    if span and span[0] < span[1] and (start or end):
        _set_dates(clamp_range(start, end, span))


def url_values(f: Filters, span: Span, lang: str) -> dict[str, str | list[str]]:
    """The URL parameters of ``f``: every value that differs from its default (dates: from the span)."""
    wanted: dict[str, str | list[str]] = {"lang": "en"} if lang == "en" else {}
    for name, spec in specs():
        value = getattr(f, name)
        if isinstance(spec, DateBound):
            edge = None if not span else span[0] if name == "start" else span[1]
            if span and value and value != edge:
                wanted[spec.param] = value.isoformat()
        elif isinstance(spec, Flag) and value != getattr(DEFAULTS, name):
            wanted[spec.param] = "1" if value else "0"
        elif isinstance(spec, OneOf | Pick) and value != getattr(DEFAULTS, name):
            wanted[spec.param] = str(value)
        elif isinstance(spec, Choice | Exclude) and value:
            wanted[spec.param] = list(value)
    return wanted


def write_url(f: Filters, span: Span, lang: str) -> None:
    """Mirror the filters into the URL (defaults left out; other parameters such as meeting kept)."""
    wanted = url_values(f, span, lang)
    managed = {"lang", *(spec.param for _, spec in specs())}
    for key in [k for k in st.query_params if k in managed and k not in wanted]:
        del st.query_params[key]
    for key, value in wanted.items():
        if (st.query_params.get_all(key) if isinstance(value, list) else st.query_params.get(key)) != value:
            st.query_params[key] = value


def _options(c: Corpus, cb: CodebookInForce) -> dict[str, list[str]]:
    offered = queries.options(c)
    return {"themes": [th.theme for th in cb.codebook.themes], **offered}


def _set_dates(lo_hi: tuple[dt.date, dt.date]) -> None:
    """The slider and the two typed dates, all set to one range."""
    st.session_state[DATES_KEY] = lo_hi
    st.session_state[TYPED_KEYS[0]], st.session_state[TYPED_KEYS[1]] = lo_hi


def _slider_moved() -> None:
    st.session_state[TYPED_KEYS[0]], st.session_state[TYPED_KEYS[1]] = st.session_state[DATES_KEY]


def _typed(span: tuple[dt.date, dt.date]) -> None:
    """A typed date changed: the slider follows (an emptied date is the span's edge)."""
    _set_dates(clamp_range(st.session_state.get(TYPED_KEYS[0]), st.session_state.get(TYPED_KEYS[1]), span))


def _dates(span: Span, lang: str) -> tuple[dt.date | None, dt.date | None]:
    """The date slider and, beside it, the same range as two typed dates (the slider's keys jump
    years; a date can be typed to the day)."""
    sb = st.sidebar
    if span and span[0] < span[1]:
        kept: tuple[dt.date, dt.date] = st.session_state.get(DATES_KEY, span)
        shown = clamp_range(kept[0], kept[1], span)  # a new warehouse version may move the span
        if shown != st.session_state.get(DATES_KEY) or TYPED_KEYS[0] not in st.session_state:
            _set_dates(shown)
        start, end = cast(
            tuple[dt.date, dt.date],
            sb.slider(
                t("date_range", lang), min_value=span[0], max_value=span[1], key=DATES_KEY, on_change=_slider_moved
            ),
        )
        # one typed date per line: two side by side in the sidebar cut the day off
        for key, label in zip(TYPED_KEYS, ("date_from", "date_to"), strict=True):
            sb.date_input(
                t(label, lang),
                min_value=span[0],
                max_value=span[1],
                format="YYYY-MM-DD",
                key=key,
                on_change=_typed,
                args=(span,),
            )
        return (None if start <= span[0] else start), (None if end >= span[1] else end)  # an edge is open
    if span:
        sb.caption(f"{t('date_range', lang)}: {span[0]}")
    return None, None


def _undated(narrowed: bool, lang: str) -> bool | None:
    """The undated toggle: None while it shows its default for the range state (see ``undated_kept``)."""
    on = st.sidebar.checkbox(t("include_undated", lang), value=not narrowed, key=undated_key(narrowed))
    return None if on == (not narrowed) else on


def _widget(
    name: str,
    spec: Flag | OneOf | Pick | Choice | Exclude,
    c: Corpus,
    cb: CodebookInForce,
    options: list[str],
    lang: str,
) -> Any:
    sb, key, default = st.sidebar, widget_key(name), getattr(DEFAULTS, name)
    if isinstance(spec, Flag):
        if spec.column and c.meetings[spec.column].to_numpy(bool).all():
            return default  # nothing it would change: not drawn
        return sb.checkbox(t(spec.label, lang), value=default, key=key)
    if isinstance(spec, OneOf):
        index = spec.values.index(default)
        return sb.selectbox(t(spec.label, lang), spec.values, index=index, key=key, format_func=lambda v: t(v, lang))
    if isinstance(spec, Pick):
        if not options:
            return default  # nothing to pick (no tenure in the corpus): not drawn
        if st.session_state.get(key) not in options:  # first run, or no longer offered
            st.session_state[key] = default if default in options else options[0]
        return sb.selectbox(t(spec.label, lang), options, key=key)
    if not options and name != "themes":
        return ()
    fmt = (lambda th: cb.label(th, lang)) if name == "themes" else str
    hint = t("none_hint" if isinstance(spec, Exclude) else "all_hint", lang)
    return tuple(sb.multiselect(t(spec.label, lang), options, key=key, format_func=fmt, placeholder=hint))


def sidebar(c: Corpus, cb: CodebookInForce, lang: str) -> Filters:
    """Draw the filter widgets and return the frozen filters they select."""
    options = _options(c, cb)
    by_field = {name: options.get(name, []) for name, spec in specs() if isinstance(spec, Pick | Choice | Exclude)}
    span = queries.date_span(c)
    load_url(by_field, span)
    st.sidebar.header(t("filters", lang))
    values: dict[str, Any] = {}
    values["start"], values["end"] = _dates(span, lang)
    for name, spec in specs():
        if name == "include_undated":
            values[name] = _undated(narrowed(Filters(start=values["start"], end=values["end"])), lang)
        elif not isinstance(spec, DateBound):
            values[name] = _widget(name, spec, c, cb, by_field.get(name, []), lang)
    f = Filters(**values)
    write_url(f, span, lang)
    return f
