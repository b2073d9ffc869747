"""Speech x word counts of the ``terms`` and ``formulas`` tables, persisted per version.

Keyness (distinctive words of a speaker, rising words of a period) and word frequencies sum
the word counts of sets of speeches. Joining the 7 M-row terms table with the selection costs
about a second at 100,000 meetings; instead the table is stored once per warehouse version as a
sparse matrix (bundle ``terms`` / ``formulas`` in ``dashboard.storage.bundles``): rows sorted by speech
position (``Corpus.speeches`` order), a pointer per speech, the word as a code into a
vocabulary. A selection's totals are then sums over row ranges. No streamlit here.
"""

from __future__ import annotations

import duckdb
import numpy as np
import pyarrow as pa

from dashboard.indexes import corpus
from dashboard.storage import bundles, tables
from etl.io.warehouse import Warehouse

__all__ = ["WORD_COLUMN", "WordIndex", "open_index"]

WORD_COLUMN = {"terms": "term", "formulas": "formula"}


class WordIndex:
    """The speech x word counts of one table (read-only, memory-mapped)."""

    def __init__(self, bundle: bundles.Bundle) -> None:
        self.words: np.ndarray = np.array(bundle["vocab"].column("word").to_pylist(), dtype=object)
        self.code: np.ndarray = bundle["code"]
        self.count: np.ndarray = bundle["count"]
        self.ptr: np.ndarray = bundle["ptr"]
        self.total: np.ndarray = bundle["total"]

    @property
    def n_speeches(self) -> int:
        return len(self.ptr) - 1

    def _rows(self, speeches: np.ndarray) -> np.ndarray:
        """Positions of the matrix rows of ``speeches`` (speech positions)."""
        starts, ends = self.ptr[speeches], self.ptr[speeches + 1]
        lengths = ends - starts
        n = int(lengths.sum())
        if n == 0:
            return np.zeros(0, dtype=np.int64)
        offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
        return offsets + np.arange(n, dtype=np.int64)

    def sums(self, speeches: np.ndarray) -> np.ndarray:
        """Word totals (int64, one per vocabulary word) over some speeches."""
        rows = self._rows(np.asarray(speeches, dtype=np.int64))
        return np.bincount(self.code[rows], weights=self.count[rows], minlength=len(self.words)).astype(np.int64)

    def selected_sums(self, selected: np.ndarray) -> np.ndarray:
        """Word totals over the speeches where the boolean ``selected`` is true.

        Sums whichever side is smaller: the selected speeches, or the rest taken off the total.
        """
        chosen = np.flatnonzero(selected)
        if len(chosen) <= self.n_speeches // 2:
            return self.sums(chosen)
        everything: np.ndarray = np.asarray(self.total, dtype=np.int64) - self.sums(np.flatnonzero(~selected))
        return everything


def open_index(wh: Warehouse, table: str = "terms") -> WordIndex:
    """The word index of ``table`` (terms or formulas), built on first use of this version."""
    return WordIndex(bundles.load(wh, table, lambda: _build(wh, table)))


def _build(wh: Warehouse, table: str) -> bundles.Bundle:
    word = WORD_COLUMN[table]
    keys = corpus.speech_keys(wh)
    n_speeches = keys.num_rows
    con = duckdb.connect()
    try:
        con.register("sp", keys.append_column("pos", pa.array(np.arange(n_speeches, dtype=np.int64))))
        words = tables.relation(wh, con, table).project(
            duckdb.ColumnExpression("meeting_id"),
            duckdb.ColumnExpression("seq"),
            duckdb.ColumnExpression(word).alias("word"),
            duckdb.ColumnExpression("count"),
        )
        con.register("t", words)
        vocab = con.sql("SELECT DISTINCT word FROM t ORDER BY word").to_arrow_table()
        con.register("vocab", vocab.append_column("code", pa.array(np.arange(vocab.num_rows, dtype=np.int32))))
        rows = con.sql(
            """SELECT s.pos, v.code, SUM(t.count)::INTEGER AS count
               FROM t JOIN sp s USING (meeting_id, seq) JOIN vocab v USING (word)
               GROUP BY ALL ORDER BY s.pos, v.code"""
        ).to_arrow_table()
    finally:
        con.close()
    pos = rows["pos"].to_numpy()
    code = rows["code"].to_numpy().astype(np.int32)
    count = rows["count"].to_numpy().astype(np.int32)
    ptr = np.zeros(n_speeches + 1, dtype=np.int64)
    np.cumsum(np.bincount(pos, minlength=n_speeches), out=ptr[1:])
    total = np.bincount(code, weights=count, minlength=vocab.num_rows).astype(np.int64)
    return {"vocab": vocab.select(["word"]), "code": code, "count": count, "ptr": ptr, "total": total}
