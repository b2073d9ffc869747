"""Byte ranges of a large JSONL or CSV file, so that each worker reads only its own rows.

A worker given a range seeks to its first byte and parses only what lies before its last,
instead of decoding and splitting the whole file to skip the rows before its own. The ranges
are cut at record boundaries found the way the reader finds them (a JSONL record is a line;
a CSV record is what the ``csv`` module reads, quoted line breaks included), and each range
knows the number of its first row, so a row is named ``path#row=N`` whichever range read it.

A file is split only when every byte of it is UTF-8 (a file in another encoding, or damaged,
is decoded as a whole, as its encoding is guessed from all of it) and, for CSV, when it has no
bare carriage returns (which the ``csv`` module takes for line ends, unlike a line reader).
"""

from __future__ import annotations

import csv
import mmap
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["SPLITTABLE_SUFFIXES", "ByteRange", "byte_ranges", "csv_delimiter", "header_end", "read_range"]

SPLITTABLE_SUFFIXES = frozenset({".jsonl", ".csv"})
_BARE_CR = re.compile(rb"\r(?!\n)")
_HEADER_PEEK = 10_000
_DELIMITERS = ",;\t"


@dataclass(frozen=True)
class ByteRange:
    """Bytes ``[start, stop)`` of a file, holding rows ``first_row`` to ``first_row + n_rows``."""

    start: int
    stop: int
    first_row: int
    n_rows: int

    @property
    def rows(self) -> tuple[int, int]:
        return (self.first_row, self.first_row + self.n_rows)


def read_range(path: Path, start: int, stop: int) -> bytes:
    with open(path, "rb") as fh:
        fh.seek(start)
        return fh.read(stop - start)


def _line_ends(buf: mmap.mmap, start: int = 0) -> Iterator[tuple[int, str]]:
    """(offset after the line, the line decoded) for each line from ``start``; a line that is
    not UTF-8 raises ``UnicodeDecodeError``."""
    pos, size = start, len(buf)
    while pos < size:
        end = buf.find(b"\n", pos)
        end = size if end < 0 else end + 1
        yield end, buf[pos:end].decode("utf-8")
        pos = end


def _jsonl_records(buf: mmap.mmap) -> Iterator[tuple[int, bool]]:
    """(offset after each record, whether it is a row): blank lines are not rows."""
    for end, line in _line_ends(buf):
        yield end, bool(line.strip())


def _csv_records(buf: mmap.mmap, delimiter: str) -> Iterator[tuple[int, bool]]:
    """(offset after each record, whether it is a row), the header first: the ``csv`` module
    pulls lines only until a record is complete, so the lines taken so far end the record."""
    taken = 0

    def lines() -> Iterator[str]:
        nonlocal taken
        for end, line in _line_ends(buf):
            taken = end
            yield line

    for record in csv.reader(lines(), delimiter=delimiter):
        yield taken, record != []  # DictReader skips empty lines


def _cut(records: Iterator[tuple[int, bool]], start: int, target: int) -> list[ByteRange]:
    out: list[ByteRange] = []
    begin, first_row, n = start, 0, 0
    end = start
    for end, is_row in records:
        n += is_row
        if end - begin >= target:
            out.append(ByteRange(begin, end, first_row, n))
            begin, first_row, n = end, first_row + n, 0
    if end > begin or not out:
        out.append(ByteRange(begin, end, first_row, n))
    return out


def csv_delimiter(text: str) -> str:
    """The separator used most in the header line: comma, semicolon or tab."""
    header = text[:10_000].split("\n", 1)[0]
    return max(_DELIMITERS, key=header.count) if any(d in header for d in _DELIMITERS) else ","


def _delimiter(buf: mmap.mmap) -> str:
    return csv_delimiter(buf[:_HEADER_PEEK].decode("utf-8", errors="ignore"))


def _ranges(path: Path, target: int, field_limit: int) -> tuple[ByteRange, ...] | None:
    suffix = path.suffix.lower()
    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as buf:
        if buf.find(b"\x00") >= 0:  # UTF-16/32 or binary: decoded as a whole
            return None
        try:
            if suffix == ".jsonl":
                return tuple(_cut(_jsonl_records(buf), 0, target))
            if _BARE_CR.search(buf):
                return None
            csv.field_size_limit(max(csv.field_size_limit(), field_limit))
            records = _csv_records(buf, _delimiter(buf))
            header_end = next(records, (len(buf), False))[0]
            return tuple(_cut(records, header_end, target))
        except (UnicodeDecodeError, csv.Error):
            return None


@lru_cache(maxsize=64)
def _cached(path: str, size: int, mtime_ns: int, target: int, field_limit: int) -> tuple[ByteRange, ...] | None:
    return _ranges(Path(path), target, field_limit)


def byte_ranges(path: Path, target: int, field_limit: int) -> tuple[ByteRange, ...] | None:
    """Ranges of about ``target`` bytes cut at record boundaries, or None when the file is
    not split (not JSONL or CSV, not UTF-8 throughout, a CSV with bare carriage returns, a
    CSV the ``csv`` module stops on). ``field_limit`` is the largest CSV field to accept.

    Kept for the file's size and modification time, so the evidence pass and the processing
    pass of a run cut the file once."""
    if path.suffix.lower() not in SPLITTABLE_SUFFIXES:
        return None
    st = path.stat()
    if st.st_size == 0:
        return None
    return _cached(str(path), st.st_size, st.st_mtime_ns, target, field_limit)


def header_end(path: Path, field_limit: int) -> int:
    """Where the header record of a CSV file ends (its data rows begin)."""
    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as buf:
        csv.field_size_limit(max(csv.field_size_limit(), field_limit))
        return next(_csv_records(buf, _delimiter(buf)), (len(buf), False))[0]
