"""Tables with one report per row: CSV, JSONL, JSON (a list of objects), parquet and Excel.

Column names are matched case-insensitively (``etl.io.readers.columns``). A row that cannot be
used is yielded as an ``InputError`` for ``path#row=N`` (N counts data rows from 0; a workbook
row is ``book.xlsx#sheet=S&row=R`` as Excel numbers it) so the other rows still load; what a user should know about a file
that is still read (bad bytes replaced, a sheet skipped) is yielded as an ``InputWarning``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from etl.contract.model import InputError, InputWarning, RawDoc
from etl.contract.settings import Limits
from etl.io.readers.columns import HINT_COLUMNS, TEXT_COLUMNS, TITLE_COLUMNS, ColumnMap
from etl.io.readers.common import MAX_HINT_CHARS, check_doc_size, describe
from etl.io.readers.ranges import SPLITTABLE_SUFFIXES, csv_delimiter, header_end, read_range
from etl.io.readers.spreadsheet import SHEET_KEY, SHEET_ROW_KEY, workbook_rows
from etl.io.readers.suffixes import SPREADSHEET_SUFFIXES
from etl.io.readers.text import decode_text

__all__ = ["HINT_COLUMNS", "TEXT_COLUMNS", "TITLE_COLUMNS", "count_rows", "read_table"]
_MAX_OTHER_COLUMNS = 100
_SHOWN_COLUMNS = 8  # of a row without text, in its error
# What scrapers write for a missing value (str(None) in Python, NaN from pandas).
_MISSING = frozenset({"none", "null", "nan", "nat", "n/a"})
_MISSING_MAX = max(map(len, _MISSING))  # lowering never shortens a text: longer ones are never missing

Row = Mapping[str, Any] | InputError
_LONG_NUMBER = "a number with thousands of digits"


def _csv_rows(text: str) -> Iterator[Any]:
    stream = io.StringIO(text, newline="")
    reader = csv.DictReader(stream, delimiter=csv_delimiter(text), restkey="\x00extra")
    last_error_line = -1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # the reader can go on after a bad line; report it and go on
            if reader.line_num == last_error_line:
                return
            last_error_line = reader.line_num
            yield InputError("", "read", f"malformed CSV near line {reader.line_num} ({exc})")
            continue
        yield row


def _json_rows(text: str, source: str) -> Iterator[Any]:
    data = json.loads(text)
    if isinstance(data, Mapping):  # {"data": [...]} or a single report
        lists = [v for v in data.values() if isinstance(v, list)]
        data = lists[0] if len(lists) == 1 else [data]
    if not isinstance(data, list):
        raise InputError(source, "read", "the JSON file is not a list of objects")
    yield from data


_SKIPPED = object()  # a row before the wanted range: counted, not parsed


def _jsonl_rows(text: str, skip: int = 0) -> Iterator[Any]:
    n = 0
    # A JSONL record ends at a line feed only: U+2028 and U+0085 may stand inside JSON strings.
    for line in text.split("\n"):
        if line.strip():
            n += 1
            if n <= skip:
                yield _SKIPPED
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError("", "read", f"invalid JSON on this line ({exc.msg})")
            except RecursionError:
                yield InputError("", "read", "JSON nested too deeply")
            except ValueError:  # Python refuses integers of over 4,300 digits
                yield InputError("", "read", f"invalid JSON on this line ({_LONG_NUMBER})")


def _parquet_rows(path: Path, limits: Limits, skip: int = 0) -> Iterator[Any]:
    """The rows of a parquet file; the row groups wholly before row ``skip`` are not read."""
    import pyarrow.parquet as pq

    try:
        with pq.ParquetFile(path) as pf:
            n = 0
            groups = []
            for g in range(pf.metadata.num_row_groups):
                rows = pf.metadata.row_group(g).num_rows
                if n + rows <= skip:
                    yield from (_SKIPPED for _ in range(rows))
                    n += rows
                else:
                    groups.append(g)
            for batch in pf.iter_batches(batch_size=1_000, row_groups=groups) if groups else ():
                yield from batch.to_pylist()
                n += batch.num_rows
                if n > limits.max_table_rows:
                    return
    except InputError:
        raise
    except Exception as exc:  # pyarrow raises many types on damaged files
        raise InputError(str(path), "read", f"not a readable parquet file ({describe(exc)})") from None


def _range_rows(path: Path, suffix: str, byte_range: tuple[int, int], limits: Limits) -> Iterator[Any]:
    """The rows in bytes ``byte_range`` of a JSONL or CSV file (cut by ``etl.io.readers.ranges``);
    a CSV range is read after the file's header."""
    start, stop = byte_range
    data = read_range(path, start, stop)
    if suffix == ".jsonl":
        yield from _jsonl_rows(decode_text(data, str(path)).text if start == 0 else data.decode("utf-8"))
        return
    field_limit = limits.max_doc_chars + 1
    csv.field_size_limit(max(csv.field_size_limit(), field_limit))
    header = read_range(path, 0, header_end(path, field_limit))
    yield from _csv_rows(decode_text(header, str(path)).text + data.decode("utf-8"))


def _rows(
    path: Path,
    limits: Limits,
    notes: list[str],
    columns: ColumnMap,
    skip: int = 0,
    byte_range: tuple[int, int] | None = None,
) -> Iterator[Any]:
    """The file's rows (only those in ``byte_range`` when given); warnings about the whole file
    are appended to ``notes``."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        yield from _parquet_rows(path, limits, skip)
        return
    if byte_range is not None and suffix in SPLITTABLE_SUFFIXES:
        yield from _range_rows(path, suffix, byte_range, limits)
        return
    if suffix in SPREADSHEET_SUFFIXES:
        yield from workbook_rows(path, limits, notes, columns.text)
        return
    source = str(path)
    decoded = decode_text(path.read_bytes(), source)
    text = decoded.text
    if decoded.warning:
        notes.append(decoded.warning)
    if suffix == ".csv":
        # the default 128 KiB field cap is below a long report; process-wide, but only raised
        csv.field_size_limit(max(csv.field_size_limit(), limits.max_doc_chars + 1))
        yield from _csv_rows(text)
        return
    if suffix == ".jsonl":
        yield from _jsonl_rows(text, skip)
        return
    try:
        yield from _json_rows(text, source)
    except json.JSONDecodeError as exc:
        raise InputError(source, "read", f"invalid JSON at line {exc.lineno} ({exc.msg})") from None
    except RecursionError:
        raise InputError(source, "read", "JSON nested too deeply") from None
    except ValueError:  # Python refuses integers of over 4,300 digits
        raise InputError(source, "read", f"invalid JSON ({_LONG_NUMBER})") from None


def _as_text(value: Any) -> str | None:
    """A cell as text; None for empty cells and values that are not scalars."""
    if value is None or isinstance(value, list | dict | tuple):
        return None
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    elif isinstance(value, float):
        value = int(value) if value.is_integer() else value  # a year read as 2020.0
    elif isinstance(value, dt.datetime):
        value = value.date().isoformat() if value.time() == dt.time(0) else value.isoformat(sep=" ")
    elif isinstance(value, dt.date):
        value = value.isoformat()
    text = str(value).strip()
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from JSON escapes cannot be stored
        text = text.encode("utf-8", errors="replace").decode("utf-8")
    return text if text and not (len(text) <= _MISSING_MAX and text.lower() in _MISSING) else None


def _text_cell(row: Mapping[str, Any], names: tuple[str, ...]) -> tuple[Any, str | None]:
    """The first cell of ``names`` that is present (not None, not an empty or missing-marker
    string), and its text; (None, None) when there is none. Each cell is read as text once."""
    for name in names:
        value = row.get(name)
        if value is None:
            continue
        text = _as_text(value)
        if text is None and isinstance(value, str):
            continue  # an empty string or a missing marker (nan, null ...) is no text
        return value, text
    return None, None


def _pick(row: Mapping[str, Any], names: tuple[str, ...]) -> str | None:
    for n in names:
        if (v := _as_text(row.get(n))) is not None:
            return v
    return None


def _normalise(row: Mapping[Any, Any]) -> dict[str, Any]:
    return {
        str(k).strip().lstrip("\ufeff").lower(): v
        for k, v in row.items()
        if k is not None and k not in (SHEET_KEY, SHEET_ROW_KEY)
    }


def _row_source(path: Path, i: int, row: Any) -> str:
    """``path#row=N`` (N from 0 over data rows), or ``book.xlsx#sheet=S&row=R`` as Excel numbers it."""
    if isinstance(row, Mapping) and SHEET_KEY in row:
        return f"{path}#sheet={row[SHEET_KEY]}&row={row[SHEET_ROW_KEY]}"
    return f"{path}#row={i}"


def _other_columns(row: Mapping[str, Any], columns: ColumnMap) -> dict[str, str]:
    kept: dict[str, str] = {}
    for name in columns.other_columns(row)[:_MAX_OTHER_COLUMNS]:
        if (value := _as_text(row[name])) is not None:
            kept[name] = value[:MAX_HINT_CHARS]
    return kept


def _row_doc(
    row: Mapping[str, Any], source: str, path: Path, limits: Limits, hints: Mapping[str, str], columns: ColumnMap
) -> RawDoc:
    raw, text = _text_cell(row, columns.text)
    if raw is None:
        names = list(row)
        shown = ", ".join(names[:_SHOWN_COLUMNS]) + (" …" if len(names) > _SHOWN_COLUMNS else "")
        raise InputError(
            source,
            "read",
            f"no text in this row (its columns: {shown or 'none'}; looked for {', '.join(columns.text)}; "
            "name yours with --columns text=COLUMN)",
        )
    if text is None:
        raise InputError(source, "read", f"the text column holds a {type(raw).__name__}, not text")
    check_doc_size(source, text, limits)
    row_hints = {k: v[:MAX_HINT_CHARS] for k, names in columns.hints.items() if (v := _pick(row, names))}
    if "date" in row_hints:
        row_hints["date_field"] = "column"
    title = _pick(row, columns.title)
    return RawDoc(
        source=row_hints.get("url") or source,
        input=str(path),
        text=text,
        title=title[:MAX_HINT_CHARS] if title else None,
        hints={**hints, **row_hints},
        other_columns=_other_columns(row, columns),
    )


def _missing_mapped(row: Mapping[str, Any], mapping: tuple[tuple[str, str], ...]) -> list[str]:
    return [f"{field}={column}" for field, column in mapping if column.strip().lower() not in row]


def count_rows(path: Path, limits: Limits) -> int:
    """How many rows (reports or bad rows) ``read_table`` yields, without building reports."""
    if path.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        return min(int(pq.read_metadata(path).num_rows), limits.max_table_rows)
    return min(sum(1 for _ in _rows(path, limits, [], ColumnMap.of(), skip=1 << 62)), limits.max_table_rows)


def read_table(
    path: Path,
    limits: Limits,
    hints: Mapping[str, str],
    rows: tuple[int, int] | None = None,
    mapping: tuple[tuple[str, str], ...] = (),
    byte_range: tuple[int, int] | None = None,
) -> Iterator[RawDoc | InputError | InputWarning]:
    """The rows of a table file; ``rows=(start, stop)`` yields only that range (for parallel chunks).

    ``byte_range`` (a JSONL or CSV file cut by ``etl.io.readers.ranges``) holds rows ``rows``
    exactly: only those bytes are read. ``mapping`` holds ``--columns`` pairs (contract field,
    column name).
    """
    start, stop = rows or (0, limits.max_table_rows + 1)
    columns = ColumnMap.of(mapping)
    notes: list[str] = []
    told = 0
    checked_mapping = not mapping or start > 0
    ranged = byte_range is not None and path.suffix.lower() in SPLITTABLE_SUFFIXES
    found = _rows(path, limits, notes, columns, skip=start, byte_range=byte_range)
    i = -1  # stays -1 when there is no row
    for i, row in enumerate(found, start=start if ranged else 0):
        if start == 0 and len(notes) > told:  # file-level warnings, once (by the slice holding row 0)
            yield from (InputWarning(str(path), "read", n) for n in notes[told:])
            told = len(notes)
        if i < start:
            continue
        if i >= stop:
            return
        source = _row_source(path, i, row)
        if i >= limits.max_table_rows:
            yield InputError(
                str(path),
                "limits",
                f"more than {limits.max_table_rows:,} rows; the rest were skipped",
            )
            return
        if isinstance(row, InputError):
            yield InputError(source, row.stage, row.message)
        elif not isinstance(row, Mapping):
            yield InputError(source, "read", "row is not an object with named fields")
        else:
            normal = _normalise(row)
            if not checked_mapping:
                checked_mapping = True
                if missing := _missing_mapped(normal, mapping):
                    yield InputWarning(
                        str(path), "read", f"--columns names columns this table lacks: {', '.join(missing)}"
                    )
            try:
                yield _row_doc(normal, source, path, limits, hints, columns)
            except InputError as err:
                yield err
    if start == 0 and len(notes) > told:
        yield from (InputWarning(str(path), "read", n) for n in notes[told:])
    if i < 0 and start == 0:  # an empty table would otherwise vanish from the run without a word
        raise InputError(str(path), "read", "the table has no rows (nothing below the header)")
