"""The one module with Streamlit caches; every key starts with the warehouse's identity.

The policy, in one place:

- ``manifest.json`` is stat-ed on every rerun (cheap); a new ETL commit changes its mtime, so the
  next rerun opens the new version and every cache below misses for it, with no restart.
- *Resources* shared by every session (the warehouse, the corpus with its indexes, word-cloud
  images) are ``st.cache_resource`` keyed by (warehouse path, version[, codebook key]).
- *Answers* that cost more than a rerun should pay (term counts, the speaker table, first
  appearances of 提法, search) are ``st.cache_data`` keyed by (warehouse path, version,
  filters, arguments).
- Everything else is computed per rerun from the corpus's aggregates: masked sums that cost
  less than hashing their arguments. The corpus remembers a few costly intermediate answers
  itself (``dashboard.indexes.memo``: typed, bounded, thread-safe), shared by all sessions.

Arguments whose name starts with ``_`` are not hashed: they are identified by the key parts
before them (the warehouse and corpus by their path and version).
"""

from __future__ import annotations

import datetime as dt
from contextlib import AbstractContextManager
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import queries
from dashboard.indexes import corpus as corpus_index
from dashboard.indexes.corpus import Corpus
from dashboard.measures import PeriodsError, TenureError
from dashboard.measures.topics import Topics
from dashboard.queries import Filters
from dashboard.queries.topics import TopicSettings
from dashboard.rendering import wordclouds
from dashboard.rendering.i18n import t
from dashboard.shell import state
from dashboard.shell.state import CodebookInForce
from dashboard.storage import tables
from etl.count.codebook import Codebook, load_folder
from etl.count.tokenize import Tokenizer
from etl.io.warehouse import MANIFEST, Warehouse


@st.cache_resource(max_entries=8, show_spinner=False)
def _open(root: str, mtime_ns: int) -> Warehouse:
    return Warehouse.open(Path(root))


def warehouse() -> Warehouse:
    """The committed warehouse at the configured path (re-opened when its manifest changes)."""
    root = state.warehouse_path()
    try:
        mtime = (root / MANIFEST).stat().st_mtime_ns
    except OSError:
        mtime = 0
    return _open(str(root), mtime)


def _key(wh: Warehouse) -> tuple[str, int]:
    return str(wh.root), wh.version


def _spinner(key: str) -> AbstractContextManager[None]:
    """A spinner in the session's language (a cache decorator's own spinner text is fixed)."""
    return st.spinner(t(key, state.lang()))


@st.cache_resource(max_entries=6, show_spinner=False)
def _corpus(root: str, version: int, codebook_key: str | None, _wh: Warehouse, _cb: Codebook | None) -> Corpus:
    return corpus_index.open_corpus(_wh, _cb, codebook_key)


@st.cache_data(max_entries=4, show_spinner=False)
def _keywords(root: str, version: int, _wh: Warehouse) -> dict[str, list[str]]:
    return tables.theme_keywords(_wh)


def codebook(wh: Warehouse) -> CodebookInForce:
    return state.codebook_in_force(wh, (lambda: _keywords(*_key(wh), wh)) if wh.exists else None)


def corpus(wh: Warehouse, cb: CodebookInForce) -> Corpus:
    """The per-version frames and aggregates (persisted next to the warehouse, built once)."""
    with _spinner("loading"):
        if cb.recount:
            return _corpus(*_key(wh), cb.key, wh, cb.codebook)
        return _corpus(*_key(wh), None, wh, None)


@st.cache_data(max_entries=64, show_spinner=False)
def _term_counts(
    root: str, version: int, f: Filters, terms: tuple[str, ...], _wh: Warehouse, _c: Corpus
) -> pd.DataFrame:
    return queries.term_counts(_wh, _c, f, terms)


def term_series(wh: Warehouse, c: Corpus, f: Filters, terms: tuple[str, ...], metric: str, window: int) -> pd.DataFrame:
    with _spinner("counting"):
        counts = _term_counts(*_key(wh), f, terms, wh, c)
    return queries.term_series(c, f, counts, terms, metric, window)


def keyness(
    wh: Warehouse,
    groups: pd.DataFrame,
    table: str = "terms",
    top: int = 30,
    *,
    exclude: frozenset[str] = frozenset(),
    significant_only: bool = False,
) -> pd.DataFrame:
    """Not cached: sums over the persisted word index cost less than hashing ``groups``.

    The spinner shows only when it takes a while (the first use of a version builds the index).
    """
    with _spinner("counting_words"):
        return queries.keyness(wh, groups, table=table, top=top, exclude=exclude, significant_only=significant_only)


@st.cache_data(max_entries=16, show_spinner=False)
def _speaker_table(root: str, version: int, f: Filters, _c: Corpus) -> pd.DataFrame:
    return queries.speaker_table(_c, f)


def speaker_table(wh: Warehouse, c: Corpus, f: Filters) -> pd.DataFrame:
    """Named speakers of the selection (the same for any choice of speakers)."""
    return _speaker_table(*_key(wh), f.without_speakers(), c)


@st.cache_data(max_entries=16, show_spinner=False)
def _first_appearances(root: str, version: int, f: Filters, _wh: Warehouse, _c: Corpus) -> pd.DataFrame:
    return queries.first_appearances(_wh, _c, f)


def first_appearances(wh: Warehouse, c: Corpus, f: Filters) -> pd.DataFrame:
    return _first_appearances(*_key(wh), f, wh, c)


@st.cache_data(max_entries=32, show_spinner=False)
def _search(root: str, version: int, text: str, _wh: Warehouse) -> set[str]:
    return queries.search_meetings(_wh, text)


def search_meetings(wh: Warehouse, text: str) -> set[str]:
    with _spinner("searching"):
        return _search(*_key(wh), text, wh)


@st.cache_resource(max_entries=12, show_spinner=False)
def _word_cloud(
    freqs: tuple[tuple[str, int], ...], other: tuple[tuple[str, int], ...] | None, max_words: int
) -> wordclouds.CloudImage:
    if other is None:
        return wordclouds.word_cloud(dict(freqs), max_words=max_words)
    return wordclouds.comparison_cloud(dict(freqs), dict(other), max_words=max_words)


def word_cloud(
    freqs: tuple[tuple[str, int], ...], other: tuple[tuple[str, int], ...] | None, max_words: int
) -> wordclouds.CloudImage:
    """A word cloud (or, with ``other``, a comparison cloud): keyed by the frequencies drawn."""
    with _spinner("drawing"):
        return _word_cloud(freqs, other, max_words)


# --- research measures (dashboard.queries.research, .topics) ----------------------------------
# Keyed besides by the codebook in force (theme hits) and the calendar (tenures, user periods).


def install_calendar(c: Corpus) -> str | None:
    """Read the user's periods and tenure overrides (codebook folder) into the corpus's calendar;
    the error (naming file and line) when one cannot be used, and then the reports' tenures alone."""
    periods_file, overrides_file = state.research_files()
    try:
        cal = queries.calendars.load_calendar(periods_file, overrides_file)
    except (PeriodsError, TenureError, OSError) as exc:
        queries.calendars.install_calendar(c, queries.calendars.Calendar(key="error"))
        return str(exc)
    queries.calendars.install_calendar(c, cal)
    return None


ResearchKey = tuple[str, int, str, str]  # warehouse path, version, codebook key, calendar key


def _rkey(wh: Warehouse, c: Corpus, cb: CodebookInForce) -> ResearchKey:
    return str(wh.root), wh.version, cb.key, queries.calendars.calendar_of(c).key


@st.cache_data(max_entries=16, show_spinner="计算面板 / building the panel…")
def _panel(key: ResearchKey, f: Filters, by: str, themes: tuple[str, ...], _c: Corpus) -> pd.DataFrame:
    return queries.research.panel(_c, f, by, themes)


def panel(wh: Warehouse, c: Corpus, cb: CodebookInForce, f: Filters, by: str, themes: tuple[str, ...]) -> pd.DataFrame:
    return _panel(_rkey(wh, c, cb), f.without_speakers(), by, themes, c)


@st.cache_data(max_entries=16, show_spinner=False)
def _coverage(key: ResearchKey, f: Filters, by: str, _c: Corpus) -> dict[str, int]:
    return queries.research.panel_coverage(_c, f, by)


def panel_coverage(wh: Warehouse, c: Corpus, cb: CodebookInForce, f: Filters, by: str) -> dict[str, int]:
    return _coverage(_rkey(wh, c, cb), f.without_speakers(), by, c)


@st.cache_data(max_entries=8, show_spinner="计算矩阵 / building the matrix…")
def _matrix(key: ResearchKey, f: Filters, measure: str, themes: tuple[str, ...], _c: Corpus) -> pd.DataFrame:
    return queries.research.meeting_matrix(_c, f, measure, themes)


def meeting_matrix(
    wh: Warehouse, c: Corpus, cb: CodebookInForce, f: Filters, measure: str, themes: tuple[str, ...]
) -> pd.DataFrame:
    return _matrix(_rkey(wh, c, cb), f.without_speakers(), measure, themes, c)


@st.cache_data(max_entries=16, show_spinner=False)
def _alignment(
    key: ResearchKey, f: Filters, themes: tuple[str, ...], post: str, months: int, _c: Corpus
) -> pd.DataFrame:
    return queries.research.alignment_lines(_c, f, themes, post, months)


def alignment(
    wh: Warehouse, c: Corpus, cb: CodebookInForce, f: Filters, themes: tuple[str, ...], post: str, months: int
) -> pd.DataFrame:
    return _alignment(_rkey(wh, c, cb), f.without_speakers(), themes, post, months, c)


@st.cache_data(max_entries=16, show_spinner=False)
def _diversity(key: ResearchKey, f: Filters, by: str, themes: tuple[str, ...], _c: Corpus) -> pd.DataFrame:
    return queries.research.attention_diversity(_c, f, by, themes)


def diversity(
    wh: Warehouse, c: Corpus, cb: CodebookInForce, f: Filters, by: str, themes: tuple[str, ...]
) -> pd.DataFrame:
    return _diversity(_rkey(wh, c, cb), f, by, themes, c)


@st.cache_data(max_entries=16, show_spinner="查找首次出现 / finding first appearances…")
def _diffusion(
    key: ResearchKey,
    f: Filters,
    item: str,
    items: tuple[str, ...],
    reference: dt.date | None,
    _wh: Warehouse,
    _c: Corpus,
) -> pd.DataFrame:
    return queries.research.diffusion_table(_wh, _c, f, item, items, reference)


def diffusion(
    wh: Warehouse,
    c: Corpus,
    cb: CodebookInForce,
    f: Filters,
    item: str,
    items: tuple[str, ...],
    reference: dt.date | None,
) -> pd.DataFrame:
    return _diffusion(_rkey(wh, c, cb), f.without_speakers(), item, items, reference, wh, c)


@st.cache_data(max_entries=16, show_spinner="统计 / counting…")
def _profiles(key: ResearchKey, f: Filters, feature: str, unit: str, _wh: Warehouse, _c: Corpus) -> pd.DataFrame:
    return queries.research.unit_profiles(_wh, _c, f, feature, unit)


def unit_profiles(wh: Warehouse, c: Corpus, cb: CodebookInForce, f: Filters, feature: str, unit: str) -> pd.DataFrame:
    return _profiles(_rkey(wh, c, cb), f, feature, unit, wh, c)


@st.cache_resource(max_entries=2, show_spinner="加载分词词典 / loading the segmenter…")
def tokenizer(folder: str) -> Tokenizer:
    """The ETL's tokenizer with the codebook folder's dictionary and stopwords (once per process)."""
    files = load_folder(Path(folder))
    return Tokenizer(files.dictionary, files.stopwords)


@st.cache_resource(max_entries=8, show_spinner="发现主题 / fitting topics…")
def _topics(root: str, version: int, f: Filters, settings: TopicSettings, _wh: Warehouse, _c: Corpus) -> Topics:
    return queries.topics.fitted_topics(_wh, _c, f, settings)


def topics(wh: Warehouse, c: Corpus, f: Filters, settings: TopicSettings) -> Topics:
    """The fit of this version and settings: in memory, else from its bundle on disk, else fitted."""
    return _topics(*_key(wh), f.without_speakers(), settings, wh, c)
