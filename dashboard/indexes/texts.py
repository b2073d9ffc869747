"""The counting texts of one warehouse version in one flat file, searched without a scan engine.

Term trends and search look for substrings in ``etl.extract.text.textnorm.for_counting(text)`` (the ETL's
counting form: same length as the display text, simplified, half-width). The counting form of
every meeting is written once per warehouse version (bundle ``texts`` in ``dashboard.storage.bundles``):

- ``counting.bin``: the UTF-8 counting texts in ``Corpus.meetings`` order, each followed by a
  NUL byte (no match can run from one meeting into the next);
- ``meeting_start``: the byte offset of each meeting (and the end, one more entry);
- ``start`` / ``end`` / ``speech``: the byte span of every speech, sorted by offset, and its row
  in ``Corpus.speeches``.

A word is found with a one-pattern Aho-Corasick (``ahocorasick_rs``) over the file
(memory-mapped: the texts are never read into the process, the OS pages them in and out), and
each hit is placed in its speech by a binary search. Counts are non-overlapping occurrences within each speech, exactly ``str.count`` of the
speech's text: a hit that runs past the end of a speech is not counted, and the speech after it
is counted again on its own. No streamlit here.
"""

from __future__ import annotations

from collections.abc import Iterator

import ahocorasick_rs
import numpy as np
import pyarrow.parquet as pq

from dashboard.indexes import corpus
from dashboard.storage import bundles, tables
from etl.extract.text.textnorm import for_counting
from etl.io.warehouse import Warehouse

__all__ = ["TextIndex", "open_texts"]

SEP = b"\x00"


class TextIndex:
    """The counting texts of one version with meeting and speech offsets (read-only)."""

    def __init__(self, bundle: bundles.Bundle) -> None:
        self.data = bundle["counting"]
        self.meeting_start: np.ndarray = bundle["meeting_start"]
        self.start: np.ndarray = bundle["start"]
        self.end: np.ndarray = bundle["end"]
        self.speech: np.ndarray = bundle["speech"]

    def _hits(self, needle: bytes) -> np.ndarray:
        """Byte offsets of the non-overlapping occurrences of ``needle``, left to right.

        A one-pattern Aho-Corasick in Rust returns the same offsets as a ``find`` loop (each
        search starting where the last match ended), 3-8x faster here and without a Python
        step per hit.
        """
        found = ahocorasick_rs.BytesAhoCorasick([needle]).find_matches_as_indexes(self.data)
        return np.array([start for _, start, _ in found], dtype=np.int64)

    def speech_counts(self, word: str) -> tuple[np.ndarray, np.ndarray]:
        """(speech rows, counts > 0): occurrences of ``word`` in each speech, like ``str.count``."""
        needle = word.encode("utf-8", "surrogatepass")
        if not needle or SEP in needle or not len(self.start):
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        pos = self._hits(needle)
        k = np.searchsorted(self.start, pos, side="right") - 1  # the speech each hit starts in
        inside = (k >= 0) & (pos + len(needle) <= self.end[np.maximum(k, 0)])
        counts = np.bincount(k[inside], minlength=len(self.start)).astype(np.int64)
        # a hit running into the next speech made the scan skip that speech's first bytes
        nxt = k + 1
        spill = nxt[(nxt < len(self.start)) & (pos + len(needle) > self.start[np.minimum(nxt, len(self.start) - 1)])]
        for j in np.unique(spill):
            counts[j] = self.data[int(self.start[j]) : int(self.end[j])].count(needle)
        found = np.flatnonzero(counts)
        order = np.argsort(self.speech[found], kind="stable")
        return np.asarray(self.speech[found][order], dtype=np.int64), counts[found][order]

    def meetings_containing(self, word: str) -> np.ndarray:
        """Row positions (in ``Corpus.meetings``) of the meetings whose counting text has ``word``."""
        needle = word.encode("utf-8", "surrogatepass")
        if not needle or SEP in needle:
            return np.zeros(0, np.int64)
        find, starts, out = self.data.find, self.meeting_start, []
        i = find(needle)
        while i != -1:
            m = int(np.searchsorted(starts, i, side="right")) - 1
            out.append(m)
            i = find(needle, int(starts[m + 1]))
        return np.array(out, dtype=np.int64)


def open_texts(wh: Warehouse) -> TextIndex:
    """The text index of this version, built on first use (about 1 s per 10 M characters)."""
    return TextIndex(bundles.load(wh, "texts", lambda: _build(wh)))


def _batches(wh: Warehouse) -> Iterator[tuple[list[str], list[str]]]:
    for path in tables.files(wh, "meetings"):
        for batch in pq.ParquetFile(path).iter_batches(batch_size=2048, columns=["meeting_id", "text"]):
            yield batch.column("meeting_id").to_pylist(), batch.column("text").to_pylist()


def _byte_offsets(text: str) -> np.ndarray:
    """The UTF-8 byte offset of every character of ``text``, and of its end."""
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    width = 1 + (cps >= 0x80).astype(np.int64) + (cps >= 0x800) + (cps >= 0x10000)
    return np.concatenate([np.zeros(1, np.int64), np.cumsum(width)])


def _build(wh: Warehouse) -> bundles.Bundle:
    """Stream the texts batch by batch into a file; only offsets are kept in memory."""
    meetings = corpus.small_table(wh, "meetings").column("meeting_id").to_pylist()
    speeches = corpus.small_table(wh, "speeches")
    position = {m: i for i, m in enumerate(meetings)}
    of_meeting = np.array([position.get(m, -1) for m in speeches.column("meeting_id").to_pylist()], dtype=np.int64)
    by_meeting = np.argsort(of_meeting, kind="stable")
    sorted_meeting = of_meeting[by_meeting]
    char_start = speeches.column("start").to_numpy().astype(np.int64)
    char_end = char_start + speeches.column("n_chars").to_numpy()
    start = np.full(len(of_meeting), -1, dtype=np.int64)
    end = np.full(len(of_meeting), -1, dtype=np.int64)
    meeting_start = np.zeros(len(meetings) + 1, dtype=np.int64)
    path = bundles.scratch_file(wh, "counting.bin")
    seen = written = 0
    with open(path, "wb") as out:
        for ids, texts in _batches(wh):
            if ids != meetings[seen : seen + len(ids)]:
                raise ValueError("the meetings table changed while the text index was built")
            counting = [for_counting(t or "") for t in texts]
            joined = "\x00".join(counting) + "\x00"
            local = np.concatenate([np.zeros(1, np.int64), np.cumsum([len(t) + 1 for t in counting])])
            offsets = written + _byte_offsets(joined)
            meeting_start[seen : seen + len(ids)] = offsets[local[:-1]]
            lo, hi = np.searchsorted(sorted_meeting, [seen, seen + len(ids)])
            rows = by_meeting[lo:hi]
            first = local[of_meeting[rows] - seen]
            start[rows] = offsets[np.minimum(first + char_start[rows], len(joined))]
            end[rows] = offsets[np.minimum(first + char_end[rows], len(joined))]
            written += out.write(joined.encode("utf-8", "surrogatepass"))
            seen += len(ids)
    meeting_start[-1] = written
    order = np.flatnonzero(start >= 0)
    order = order[np.argsort(start[order], kind="stable")]
    return {"counting": path, "meeting_start": meeting_start, "start": start[order], "end": end[order], "speech": order}
