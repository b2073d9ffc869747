"""The one module with Streamlit caches, keyed by the warehouse's identity (path, manifest version).

``manifest.json`` is stat-ed on every rerun (cheap); a new ETL commit changes its mtime, so the
next rerun opens the new version and every cache below misses for it, with no restart.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import corpusstore, query, state, textquery
from dashboard.query import Corpus, Filters
from dashboard.state import CodebookInForce
from etl.codebook import Codebook
from etl.warehouse import MANIFEST, Warehouse


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


@st.cache_resource(max_entries=6, show_spinner="读取数据 / loading…")
def _corpus(root: str, version: int, codebook_key: str | None, _wh: Warehouse, _cb: Codebook | None) -> Corpus:
    return corpusstore.open_corpus(_wh, _cb, codebook_key)


@st.cache_data(max_entries=4, show_spinner=False)
def _keywords(root: str, version: int, _wh: Warehouse) -> dict[str, list[str]]:
    return textquery.theme_keywords(_wh)


def codebook(wh: Warehouse) -> CodebookInForce:
    return state.codebook_in_force(wh, (lambda: _keywords(*_key(wh), wh)) if wh.exists else None)


def corpus(wh: Warehouse, cb: CodebookInForce) -> Corpus:
    """The per-version frames and aggregates (persisted next to the warehouse, built once)."""
    if cb.recount:
        return _corpus(*_key(wh), cb.key, wh, cb.codebook)
    return _corpus(*_key(wh), None, wh, None)


@st.cache_data(max_entries=64, show_spinner="统计词频 / counting…")
def _term_counts(
    root: str, version: int, f: Filters, terms: tuple[str, ...], _wh: Warehouse, _c: Corpus
) -> pd.DataFrame:
    return textquery.term_counts(_wh, _c, f, terms)


def term_series(wh: Warehouse, c: Corpus, f: Filters, terms: tuple[str, ...], metric: str, window: int) -> pd.DataFrame:
    counts = _term_counts(*_key(wh), f, terms, wh, c)
    return textquery.term_series(c, f, counts, terms, metric, window)


def keyness(wh: Warehouse, groups: pd.DataFrame, table: str = "terms", top: int = 30) -> pd.DataFrame:
    """Not cached: sums over the persisted word index cost less than hashing ``groups``.

    The spinner shows only when it takes a while (the first use of a version builds the index).
    """
    with st.spinner("统计词频 / counting words…"):
        return textquery.keyness(wh, groups, table=table, top=top)


@st.cache_data(max_entries=16, show_spinner=False)
def _speaker_table(root: str, version: int, f: Filters, _c: Corpus) -> pd.DataFrame:
    return query.speaker_table(_c, f)


def speaker_table(wh: Warehouse, c: Corpus, f: Filters) -> pd.DataFrame:
    """Named speakers of the selection (the same for any choice of speakers)."""
    return _speaker_table(*_key(wh), f.without_speakers(), c)


@st.cache_data(max_entries=16, show_spinner=False)
def _first_appearances(root: str, version: int, f: Filters, _wh: Warehouse, _c: Corpus) -> pd.DataFrame:
    return textquery.first_appearances(_wh, _c, f)


def first_appearances(wh: Warehouse, c: Corpus, f: Filters) -> pd.DataFrame:
    return _first_appearances(*_key(wh), f, wh, c)


@st.cache_data(max_entries=32, show_spinner="搜索 / searching…")
def _search(root: str, version: int, text: str, _wh: Warehouse) -> set[str]:
    return textquery.search_meetings(_wh, text)


def search_meetings(wh: Warehouse, text: str) -> set[str]:
    return _search(*_key(wh), text, wh)
