"""Page controls drawn from their specs (``dashboard.queries.page_controls``), kept in the URL.

A page draws a control with :func:`draw` (the widget function, the control, the label and the
options): when the widget first appears its value comes from the URL (or the control's default),
and every run writes a value other than the default back to ``st.query_params``, so a copied URL
reopens the same view. ``app.py`` calls :func:`start` before the page runs (other pages'
parameters leave the URL) and :func:`finish` after it (parameters of controls the page did not
draw this time leave too); :func:`drawn` gives every control's value of this run for the ZIP.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st

from dashboard.queries.page_controls import BY_PAGE, NOTHING, Control, decode, encode, params

__all__ = ["draw", "drawn", "finish", "set_state", "start", "state", "tabs"]

_DRAWN = "_controls_drawn"  # {param: URL value} of the controls drawn in this run


def start(page: str) -> None:
    """Before ``page`` runs: forget the last run's controls; other pages' parameters leave the URL."""
    st.session_state[_DRAWN] = {}
    stale = params() - params(page)
    for key in [k for k in st.query_params if k in stale]:
        del st.query_params[key]


def finish(page: str) -> None:
    """After ``page`` ran: parameters of its controls not drawn this run leave the URL."""
    shown = st.session_state.get(_DRAWN, {})
    for control in BY_PAGE.get(page, ()):
        if control.param not in shown and control.param in st.query_params:
            del st.query_params[control.param]


def drawn() -> dict[str, Any]:
    """Every control drawn in this run, as the URL writes it (defaults too): for ``filters.json``."""
    return dict(st.session_state.get(_DRAWN, {}))


def _record(control: Control, value: Any, default: Any) -> None:
    written = encode(control, value)
    st.session_state.setdefault(_DRAWN, {})[control.param] = written
    if written is None or written == encode(control, default):
        if control.param in st.query_params:
            del st.query_params[control.param]
        return
    current = st.query_params.get_all(control.param)
    if current != (written if isinstance(written, list) else [written]):
        st.query_params[control.param] = written


def _valid(control: Control, value: Any, options: Sequence[Any] | None) -> bool:
    """Whether a value kept from the last run is still offered (options change with the filters)."""
    if options is None or control.kind not in ("one", "many"):
        return True
    offered = list(options)
    return value in offered if control.kind == "one" else all(v in offered for v in value)


def _default(control: Control, options: Sequence[Any] | None, default: Any) -> Any:
    if default is not None:
        return default
    if control.default is not None:
        return control.default
    if control.kind == "one" and options:
        return next(iter(options))
    return None


def _seed(control: Control, options: Sequence[Any] | None, default: Any) -> None:
    """The widget's value before it is drawn: the URL's when it first appears, else the last run's
    (back to the default when no longer offered)."""
    key = control.key
    if key in st.session_state and _valid(control, st.session_state[key], options):
        return
    value = decode(control, st.query_params.get_all(control.param), options)
    if value is NOTHING or not _valid(control, value, options):
        value = default
    if value is None:
        st.session_state.pop(key, None)
    else:
        st.session_state[key] = value


def draw(
    widget: Callable[..., Any],
    control: Control,
    label: str,
    options: Sequence[Any] | None = None,
    *,
    default: Any = None,
    **kwargs: Any,
) -> Any:
    """``widget(label[, options], key=control.key, **kwargs)`` with its value from the URL on first
    appearance; ``default`` is the page's when the control has none (e.g. the top speakers).
    ``range`` controls take their (lo, hi) bounds as ``options`` and draw a slider between them."""
    if control.kind == "int":
        kwargs = {"min_value": control.lo, "max_value": control.hi, **kwargs}
    chosen_default = _default(control, options, default)
    _seed(control, options, chosen_default)
    if control.kind == "range" and options is not None:
        value = widget(label, int(options[0]), int(options[1]), key=control.key, **kwargs)
    elif options is not None:
        value = widget(label, options, key=control.key, **kwargs)
    else:
        value = widget(label, key=control.key, **kwargs)
    _record(control, value, chosen_default)
    return value


def state(control: Control) -> Any:
    """The value of a control that is not a widget (the page sets it, e.g. the reader's meeting),
    from the URL when the session has none yet, else its default."""
    if control.key not in st.session_state:
        value = decode(control, st.query_params.get_all(control.param))
        st.session_state[control.key] = control.default if value is NOTHING else value
    value = st.session_state[control.key]
    _record(control, value, control.default)
    return value


def set_state(control: Control, value: Any) -> None:
    """Set a control that is not a widget (and its URL parameter)."""
    st.session_state[control.key] = value
    _record(control, value, control.default)


def tabs(control: Control, labels: Sequence[str]) -> Sequence[Any]:
    """``st.tabs`` as a control: ``labels`` (in the page's language) name ``control.values`` in
    order; the open tab comes from the URL when the tabs first appear and goes back to it."""
    by_value = dict(zip(control.values, labels, strict=True))
    key = control.key
    if st.session_state.get(key) not in labels:  # first appearance, or the language changed
        value = decode(control, st.query_params.get_all(control.param))
        st.session_state[key] = by_value.get(value, labels[0])
    containers = st.tabs(list(labels), key=key, on_change="rerun")
    _record(control, control.values[list(labels).index(st.session_state[key])], control.default)
    return containers
