"""The page controls, declared once: each page's own widgets (metric, moving average, stacked view,
typed terms, chosen speakers, word-cloud selections, ...) with the URL parameter that holds each.

As :mod:`dashboard.queries.filters` declares the sidebar's filters, this module declares every
other control a page draws: its widget key, its URL parameter, its kind and its default. The
shell (``dashboard.shell.controls``) draws each widget from its control, seeds it from the URL
when it first appears and writes non-default values back, so a copied URL reopens the same view;
the view's ZIP carries every control's value in ``filters.json``. A new control is one constant
here, listed in :data:`BY_PAGE`. No streamlit here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from dashboard.queries.research import (
    DIFFUSION_ITEMS,
    DIVERSITY_BY,
    PANEL_BY,
    SIMILARITY_FEATURES,
    SIMILARITY_UNITS,
)
from dashboard.queries.themes import METRICS

__all__ = [
    "BY_PAGE",
    "KINDS",
    "NOTHING",
    "Control",
    "decode",
    "encode",
    "params",
]

# one: a choice among options; many: several; int: a whole number between lo and hi; flag: on or
# off; text: free text; range: two whole numbers (a slider of years); date: a day (ISO). A control need not be a
# widget: a value the page sets itself (the meeting open in the reader) is read and set with
# ``dashboard.shell.controls.state`` / ``set_state``.
KINDS = ("one", "many", "int", "flag", "text", "range", "date")
NOTHING: Any = object()  # what :func:`decode` gives for a parameter absent or not usable
MAX_TEXT = 2000  # characters of a text parameter kept


@dataclass(frozen=True)
class Control:
    """A page control: ``key`` in st.session_state, ``param`` in the URL (unique on its page and
    never a filter's), ``default`` (None: the page gives it, or the first option). ``values`` are
    the options when they are fixed; ``lo``/``hi`` bound an ``int``."""

    key: str
    param: str
    kind: str
    default: Any = None
    values: tuple[str, ...] = ()
    lo: int | None = None
    hi: int | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"control {self.key}: kind must be one of {KINDS}, got {self.kind!r}")


def _text(value: Any) -> str:
    """An option as the URL writes it: a date or period as its ISO day, anything else as text."""
    if isinstance(value, pd.Timestamp | np.datetime64 | dt.datetime):
        return f"{pd.Timestamp(value):%Y-%m-%d}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def encode(control: Control, value: Any) -> str | list[str] | None:
    """``value`` as its URL parameter: text, a list of texts (repeated parameter) or None (absent)."""
    if value is None:
        return None
    if control.kind == "many":
        return [_text(v) for v in value] or [""]  # ``?who=``: chosen none (absent is the default)
    if control.kind == "range":
        return [_text(v) for v in value]
    if control.kind == "flag":
        return "1" if value else "0"
    if control.kind == "int":
        return str(int(value))
    return _text(value)


def _whole(raw: str, lo: int | None, hi: int | None) -> int | None:
    try:
        n = int(raw)
    except ValueError:
        return None
    return min(max(n, lo if lo is not None else n), hi if hi is not None else n)


def decode(control: Control, raw: Sequence[str], options: Sequence[Any] | None = None) -> Any:
    """The value a URL parameter (all its values, in order) gives ``control``; :data:`NOTHING`
    when absent or unusable. An option is matched by its URL text (``options``: the page's, else
    ``control.values``); ``range`` takes its bounds from ``options`` (lo, hi)."""
    if not raw:
        return NOTHING
    offered = list(options if options is not None else control.values)
    by_text = {_text(o): o for o in offered}
    if control.kind == "one":
        return by_text.get(raw[0], NOTHING)
    if control.kind == "many":
        if list(raw) == [""]:
            return []
        picked = [by_text[r] for r in dict.fromkeys(raw) if r in by_text]
        return picked or NOTHING
    if control.kind == "int":
        n = _whole(raw[0], control.lo, control.hi)
        return NOTHING if n is None else n
    if control.kind == "flag":
        return {"1": True, "0": False}.get(raw[0], NOTHING)
    if control.kind == "date":
        try:
            return dt.date.fromisoformat(raw[0])
        except ValueError:
            return NOTHING
    if control.kind == "range":
        lo, hi = (int(offered[0]), int(offered[1])) if len(offered) >= 2 else (None, None)
        ends = [_whole(r, lo, hi) for r in raw[:2]]
        if len(ends) != 2 or None in ends:
            return NOTHING
        return (min(ends), max(ends))  # type: ignore[type-var]
    return raw[0][:MAX_TEXT]  # text


def _cloud_selection(key: str, side: str) -> tuple[Control, ...]:
    """The controls of one word-cloud selection (its widgets are keyed ``<key>-mode`` ...)."""
    return (
        Control(f"{key}-mode", f"{side}_mode", "one", "sidebar", ("sidebar", "all", "period", "speaker", "theme")),
        Control(f"{key}-years", f"{side}_years", "range"),
        Control(f"{key}-speaker", f"{side}_speaker", "one"),
        Control(f"{key}-theme", f"{side}_theme", "one"),
    )


THEMES_METRIC = Control("themes_metric", "metric", "one", "per10k", METRICS)
THEMES_WINDOW = Control("themes_window", "ma", "int", 1, lo=1, hi=12)
THEMES_STACKED = Control("themes_stacked", "stacked", "flag", False)
TERMS_TEXT = Control("terms_text", "terms", "text", "乡村振兴, 脱贫攻坚+扶贫")
TERMS_METRIC = Control("terms_metric", "metric", "one", "per10k", ("per10k", "share_meetings", "count"))
TERMS_WINDOW = Control("terms_window", "ma", "int", 1, lo=1, hi=12)
SPEAKERS_MODE = Control("sp_mode", "by", "one", "speaker", ("speaker", "role"))
SPEAKERS_NAMES = Control("sp_names", "who", "many")
SPEAKERS_ROLES = Control("sp_roles", "roles", "text")
EMERGING_PERIOD = Control("em_period", "period", "one")
MEETINGS_SEARCH = Control("mt_search", "q", "text", "")
MEETINGS_READER = Control("mt_meeting", "meeting", "text")  # set by a row of the list, not a widget
COOC_UNIT = Control("cooc_unit", "unit", "one", "meeting", ("meeting", "speech"))
COOC_MEASURE = Control("cooc_measure", "measure", "one", "both_count", ("both_count", "jaccard"))
CLOUD_TAB = Control("wc-tab", "tab", "one", "single", ("single", "compare"))  # st.tabs: its open tab
CLOUD_STOPWORDS = Control("wc-stopwords", "stop", "text", "我们\n进行\n工作\n加强\n推进\n坚持\n")
CLOUD_WORDS = Control("wc-max-words", "words", "int", 150, lo=30, hi=300)
CODEBOOK_KEYWORD = Control("cb-try-keyword", "kw", "text", "")
CODEBOOK_FOR_THEME = Control("cb-try-theme", "for", "one")
CODEBOOK_JUDGE_THEME = Control("cb-judge-theme", "judge", "one")
CODEBOOK_SAMPLE = Control("cb-judge-n", "n", "int", 20, lo=5, hi=100)
CODEBOOK_SEED = Control("cb-judge-seed", "seed", "int", 0, lo=0, hi=999_999)  # set by "new sample"
CLOUD_SINGLE = _cloud_selection("wc-a", "a")
# the word lists' toggles (Speakers' distinctive words, Emerging's rising words, word clouds)
SPEAKERS_NAMES_BACK = Control("sp_keyness_proper", "names", "flag", False)
SPEAKERS_WEAK = Control("sp_keyness_weak", "weak", "flag", False)
EMERGING_NAMES_BACK = Control("em_keyness_proper", "names", "flag", False)
EMERGING_WEAK = Control("em_keyness_weak", "weak", "flag", False)
CLOUD_NAMES_BACK = Control("wc_proper", "names", "flag", False)
MEETINGS_REMOVED = Control("mt_removed", "removed", "flag", False)  # the reader's removed text shown
# the research pages
PANEL_GROUPING = Control("panel_by", "by", "one", None, PANEL_BY)  # default: the sidebar's granularity
PANEL_MEASURE = Control("panel_measure", "measure", "one", "hits", ("hits", "per10k", "share"))
TENURE_MONTHS = Control("tenure_months", "months", "one", 12)  # options (12, 6): whole numbers
DIVERSITY_GROUPING = Control("diversity_by", "by", "one", "period", DIVERSITY_BY)
DIFFUSION_ITEM = Control("diff_item", "item", "one", "formula", DIFFUSION_ITEMS)
DIFFUSION_WORDS = Control("diff_items", "items", "text", "")
DIFFUSION_USE_REFERENCE = Control("diff_use_ref", "useref", "flag", False)
DIFFUSION_REFERENCE = Control("diff_ref", "ref", "date")
SIMILARITY_FEATURE = Control("sim_feature", "feature", "one", "theme", SIMILARITY_FEATURES)
SIMILARITY_UNIT = Control("sim_unit", "unit", "one", SIMILARITY_UNITS[0], SIMILARITY_UNITS)
SIMILARITY_MODE = Control("sim_mode", "mode", "one", "pairs", ("pairs", "reference"))
SIMILARITY_TEXT = Control("sim_text", "text", "text", "")  # pasted; an uploaded file is not in the URL
TOPICS_N = Control("topics_n", "k", "int", 8, lo=2, hi=40)
TOPICS_SEED = Control("topics_seed", "seed", "int", 0, lo=0, hi=10_000)
TOPICS_EXCLUDE = Control("topics_exclude", "drop", "text", "")
TOPICS_FITTED = Control("topics_fitted", "fit", "flag", False)  # set by the form's button, not a widget
TOPICS_PICK = Control("topics_pick", "topic", "one")  # the topic whose example speeches are shown
CLOUD_A = _cloud_selection("wc-cmp-a", "ca")
CLOUD_B = _cloud_selection("wc-cmp-b", "cb")

# Every page's controls (a page absent here has none besides the sidebar's filters).
BY_PAGE: dict[str, tuple[Control, ...]] = {
    "themes": (THEMES_METRIC, THEMES_WINDOW, THEMES_STACKED),
    "terms": (TERMS_TEXT, TERMS_METRIC, TERMS_WINDOW),
    "speakers": (SPEAKERS_MODE, SPEAKERS_NAMES, SPEAKERS_ROLES, SPEAKERS_NAMES_BACK, SPEAKERS_WEAK),
    "emerging": (EMERGING_PERIOD, EMERGING_NAMES_BACK, EMERGING_WEAK),
    "meetings": (MEETINGS_SEARCH, MEETINGS_READER, MEETINGS_REMOVED),
    "cooccurrence": (COOC_UNIT, COOC_MEASURE),
    "codebook": (CODEBOOK_KEYWORD, CODEBOOK_FOR_THEME, CODEBOOK_JUDGE_THEME, CODEBOOK_SAMPLE, CODEBOOK_SEED),
    "wordclouds": (CLOUD_TAB, CLOUD_STOPWORDS, CLOUD_WORDS, CLOUD_NAMES_BACK, *CLOUD_SINGLE, *CLOUD_A, *CLOUD_B),
    "panel": (PANEL_GROUPING, PANEL_MEASURE),
    "tenures": (TENURE_MONTHS,),  # the alignment's post is the sidebar's (``Filters.post``)
    "diversity": (DIVERSITY_GROUPING,),
    "diffusion": (DIFFUSION_ITEM, DIFFUSION_WORDS, DIFFUSION_USE_REFERENCE, DIFFUSION_REFERENCE),
    "similarity": (SIMILARITY_FEATURE, SIMILARITY_UNIT, SIMILARITY_MODE, SIMILARITY_TEXT),
    "topics": (TOPICS_N, TOPICS_SEED, TOPICS_EXCLUDE, TOPICS_FITTED, TOPICS_PICK),
}


def params(page: str | None = None) -> set[str]:
    """The URL parameters of ``page``'s controls (of every page's when None)."""
    pages = [page] if page is not None else list(BY_PAGE)
    return {c.param for p in pages for c in BY_PAGE.get(p, ())}
