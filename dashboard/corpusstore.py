"""The corpus of one warehouse version opened from persisted bundles (``dashboard.store``).

Two bundles make a :class:`~dashboard.query.Corpus`:

- ``corpus``: the small tables (meetings and speeches without their text, people) as Arrow
  files, the codebook-independent aggregate arrays, and where each meeting's row sits in the
  parts (file and row), so one meeting's text is read from one part file, not all of them;
- ``themes-stored`` (the ETL's counts) or ``themes-<codebook key>`` (recounted with an edited
  codebook): the speech x theme and meeting x theme matrices.

Both are built once per warehouse version (from ``query.load_corpus``) and then opened
memory-mapped: opening costs the conversion of the small tables to pandas, not a rebuild.
No streamlit here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from dashboard import aggregates, query, store
from dashboard.query import Corpus
from etl.codebook import Codebook
from etl.warehouse import Warehouse

__all__ = ["meeting_texts", "open_corpus", "small_table", "speech_keys", "themes_bundle_name"]

STORED = "stored"


def themes_bundle_name(codebook_key: str | None) -> str:
    """``themes-stored``, or ``themes-<key>`` for counts recounted with another codebook."""
    return f"themes-{codebook_key or STORED}"


def open_corpus(wh: Warehouse, recount_with: Codebook | None = None, codebook_key: str | None = None) -> Corpus:
    """The corpus of this version; with ``recount_with`` (and its key), themes recounted with it."""
    built: list[Corpus] = []

    def in_memory() -> Corpus:  # built at most once, only when a bundle is missing
        if not built:
            built.append(query.load_corpus(wh, recount_with))
        return built[0]

    base = store.load(wh, "corpus", lambda: _corpus_bundle(wh, in_memory))
    themes = store.load(
        wh, themes_bundle_name(codebook_key if recount_with is not None else None),
        lambda: aggregates.theme_bundle(in_memory().agg),
    )
    meetings, speeches, people = query.small_frames({k: base[k] for k in query.SMALL_TABLES})
    agg = aggregates.from_bundles(meetings, base, themes)
    corpus = Corpus(meetings, speeches, people, None, wh.version, agg)
    _fill_memo(corpus, base)
    return corpus


def _corpus_bundle(wh: Warehouse, in_memory: Callable[[], Corpus]) -> store.Bundle:
    c = in_memory()
    tables = query.read_small_tables(wh)
    return {**tables, **aggregates.base_bundle(c.agg), **_locator(wh), **_memo_bundle(c)}


# filter-free answers a page asks on its first render: persisted, then put in ``agg.memo``
MEMO = {"speakers_by_meeting": ("meeting_id", "speaker"), "titles": ("name", "title")}


def _memo_bundle(c: Corpus) -> store.Bundle:
    answers = {"speakers_by_meeting": query.named_speakers(c.speeches), "titles": query.speaker_titles(c)}
    return {
        f"memo_{name}": pa.table({key: pa.array(list(answers[name].index), pa.string()),
                                  value: pa.array(list(answers[name]), pa.string())})
        for name, (key, value) in MEMO.items()
    }


def _fill_memo(c: Corpus, base: store.Bundle) -> None:
    for name, (key, value) in MEMO.items():
        table: pa.Table = base[f"memo_{name}"]
        frame = table.to_pandas()
        c.agg.memo[name] = pd.Series(frame[value].array, index=pd.Index(frame[key], name=key), name=value)


def _locator(wh: Warehouse) -> store.Bundle:
    """Part file and row of every meeting, in the order of the meetings table."""
    paths = query.files(wh, "meetings")
    rows = [pq.ParquetFile(p).metadata.num_rows for p in paths]
    return {
        "meeting_file": np.repeat(np.arange(len(paths), dtype=np.int32), rows),
        "meeting_row": np.concatenate([np.arange(n, dtype=np.int64) for n in rows]) if rows else np.zeros(0, np.int64),
        "part_files": pa.table({"path": pa.array([str(Path(p).relative_to(wh.root)) for p in paths], pa.string())}),
    }


def _base(wh: Warehouse, c: Corpus | None = None) -> store.Bundle:
    return store.load(wh, "corpus", lambda: _corpus_bundle(wh, lambda: c or query.load_corpus(wh)))


def small_table(wh: Warehouse, name: str) -> pa.Table:
    """meetings, speeches or people as the corpus reads them (row = position in the frame)."""
    return _base(wh)[name]


def speech_keys(wh: Warehouse) -> pa.Table:
    """(meeting_id, seq) of every speech, in ``Corpus.speeches`` order (row = speech position)."""
    return small_table(wh, "speeches").select(["meeting_id", "seq"])


def meeting_texts(wh: Warehouse, c: Corpus, meeting_ids: list[str] | set[str]) -> dict[str, str]:
    """Display texts of some meetings, reading only the part files that hold them."""
    base = _base(wh, c)
    pos = c.agg.meeting_index.get_indexer(list(meeting_ids))
    pos = pos[pos >= 0]
    if not len(pos):
        return {}
    file_of = np.asarray(base["meeting_file"])[pos]
    row_of = np.asarray(base["meeting_row"])[pos]
    parts = base["part_files"].column("path").to_pylist()
    out: dict[str, str] = {}
    for f in np.unique(file_of):
        rows = row_of[file_of == f]
        table = pq.read_table(wh.root / parts[f], columns=["meeting_id", "text"]).take(pa.array(rows))
        out.update(zip(table["meeting_id"].to_pylist(), table["text"].to_pylist(), strict=True))
    return out
