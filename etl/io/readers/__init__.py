"""Readers turn one input file into raw reports (``RawDoc``); they are the ETL's only input IO.

``read_input`` dispatches on the file extension. A file that cannot be read raises
``InputError`` naming the file and the reason; a table row (or archive member) that cannot be
used is yielded as an ``InputError`` value so the rest of the same file is still read, and what
a user should know about a file that was read is yielded as an ``InputWarning``. Whatever a
parser library raises becomes an ``InputError`` naming the file.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from etl.contract.model import InputError, InputWarning, RawDoc
from etl.contract.settings import Limits
from etl.io.readers.common import describe
from etl.io.readers.suffixes import ARCHIVE_SUFFIXES, SUPPORTED_SUFFIXES, TABLE_SUFFIXES, input_suffix

if TYPE_CHECKING:
    from etl.io.readers.archive import extract_archive
    from etl.io.readers.sidecar import Sidecar, load_sidecar

__all__ = [
    "ARCHIVE_SUFFIXES",
    "SUPPORTED_SUFFIXES",
    "TABLE_SUFFIXES",
    "Sidecar",
    "count_items",
    "extract_archive",
    "input_suffix",
    "load_sidecar",
    "read_input",
]
Item = RawDoc | InputError | InputWarning

# Each format's reader is imported when a file of its format is read: an unchanged rerun reads
# none and a run of one format loads one (HTML, office and archive readers with their parsers
# take about 50 ms to import where the bytecode is not cached).
_SingleReader = Callable[[Path, Limits, Mapping[str, str]], RawDoc]
_SINGLE: dict[str, tuple[str, str]] = {
    ".txt": ("text", "read_text_file"),
    ".md": ("text", "read_text_file"),
    ".html": ("html", "read_html_file"),
    ".htm": ("html", "read_html_file"),
    ".docx": ("docx", "read_docx_file"),
    ".pdf": ("pdf", "read_pdf_file"),
    ".doc": ("office", "read_doc_file"),
    ".wps": ("office", "read_wps_file"),
    ".rtf": ("office", "read_rtf_file"),
    ".mht": ("office", "read_mht_file"),
    ".mhtml": ("office", "read_mht_file"),
}
_PUBLIC = {"extract_archive": "archive", "Sidecar": "sidecar", "load_sidecar": "sidecar"}


def _imported(module: str, name: str) -> Any:
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __getattr__(name: str) -> Any:
    """The package's names that live in a format's module, imported when first asked for."""
    if name in _PUBLIC:
        return _imported(_PUBLIC[name], name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def count_items(path: Path, limits: Limits) -> int:
    """How many items ``read_input`` yields for a table file (1 for other files; 0 if unreadable)."""
    if input_suffix(path.name) not in TABLE_SUFFIXES:
        return 1
    try:
        _check_size(path, limits)
        from etl.io.readers.tables import count_rows

        return count_rows(path, limits)
    except Exception:  # the worker reads it again and reports why it fails
        return 0


def _check_size(path: Path, limits: Limits) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(str(path), "read", f"cannot open the file ({exc.strerror})") from None
    if size > limits.max_file_bytes:
        raise InputError(str(path), "limits", f"file is {size:,} bytes, over the limit of {limits.max_file_bytes:,}")


def _dispatch(
    path: Path,
    limits: Limits,
    hints: Mapping[str, str],
    rows: tuple[int, int] | None,
    columns: tuple[tuple[str, str], ...],
    depth: int,
    byte_range: tuple[int, int] | None = None,
) -> Iterator[Item]:
    suffix = input_suffix(path.name)
    if suffix in _SINGLE:
        if rows is None or rows[0] == 0:
            read: _SingleReader = _imported(*_SINGLE[suffix])
            yield read(path, limits, hints)
    elif suffix in TABLE_SUFFIXES:
        from etl.io.readers.tables import read_table

        yield from read_table(path, limits, hints, rows, columns, byte_range)
    elif suffix in ARCHIVE_SUFFIXES:
        from etl.io.readers.members import read_archive

        yield from read_archive(path, limits, hints, columns, depth, _read_member)
    else:
        raise InputError(str(path), "read", f"unsupported file type {suffix or '(none)'}")


def _read_member(
    path: Path, limits: Limits, hints: Mapping[str, str], columns: tuple[tuple[str, str], ...], depth: int
) -> Iterator[Item]:
    return read_input(path, limits, hints, None, columns, depth)


def read_input(
    path: Path,
    limits: Limits,
    hints: Mapping[str, str] | None = None,
    rows: tuple[int, int] | None = None,
    columns: tuple[tuple[str, str], ...] = (),
    depth: int = 0,
    byte_range: tuple[int, int] | None = None,
) -> Iterator[Item]:
    """Yield the reports in ``path`` (only rows ``[start, stop)`` of a table when ``rows`` is given,
    read from bytes ``byte_range`` of a large JSONL or CSV file when that is given too);
    raise ``InputError`` when the whole file is unusable.

    ``columns`` maps contract fields to table columns (``--columns``); ``depth`` counts the
    archives ``path`` was found in.
    """
    _check_size(path, limits)
    try:
        yield from _dispatch(path, limits, dict(hints or {}), rows, columns, depth, byte_range)
    except InputError:
        raise
    except OSError as exc:
        raise InputError(str(path), "read", f"cannot read the file ({exc.strerror or exc})") from None
    except Exception as exc:  # a parser bug or a hostile file must never stop the run
        message = f"could not read the file ({type(exc).__name__}: {describe(exc)})"
        raise InputError(str(path), "read", message) from None
