"""Readers turn one input file into raw reports (``RawDoc``); they are the ETL's only input IO.

``read_input`` dispatches on the file extension. A file that cannot be read raises
``InputError`` naming the file and the reason; a table row that cannot be used is yielded as an
``InputError`` value so the other rows of the same file are still read.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

from etl.model import InputError, RawDoc
from etl.readers.tables import read_table
from etl.readers.text import read_text_file
from etl.settings import Limits

TEXT_SUFFIXES = frozenset({".txt", ".md"})
TABLE_SUFFIXES = frozenset({".csv", ".jsonl", ".json", ".parquet"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | TABLE_SUFFIXES

__all__ = ["SUPPORTED_SUFFIXES", "read_input"]


def read_input(path: Path, limits: Limits, hints: Mapping[str, str] | None = None) -> Iterator[RawDoc | InputError]:
    """Yield the reports in ``path``; raise ``InputError`` when the whole file is unusable."""
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(str(path), "read", f"cannot open the file ({exc.strerror})") from None
    if size > limits.max_file_bytes:
        raise InputError(
            str(path),
            "limits",
            f"file is {size:,} bytes, over the limit of {limits.max_file_bytes:,}",
        )
    if suffix in TEXT_SUFFIXES:
        yield read_text_file(path, limits, hints or {})
    elif suffix in TABLE_SUFFIXES:
        yield from read_table(path, limits, hints or {})
    else:
        raise InputError(str(path), "read", f"unsupported file type {suffix or '(none)'}")
