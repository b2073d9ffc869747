"""Tables with one report per row: CSV, JSONL, JSON (a list of objects) and parquet.

Column names are matched case-insensitively. A row that cannot be used is yielded as an
``InputError`` for ``path#row=N`` (N counts data rows from 0) so the other rows still load.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from etl.model import InputError, RawDoc
from etl.readers.common import MAX_HINT_CHARS, check_doc_size, describe
from etl.readers.text import decode
from etl.settings import Limits

TEXT_COLUMNS = ("content", "text", "body", "正文", "内容")
HINT_COLUMNS = {
    "date": ("date", "日期", "meeting_date", "会议日期"),
    "publish_date": ("publish_date", "pub_date", "发布时间", "发布日期"),
    "year": ("year", "年份"),
    "url": ("url", "link", "链接"),
    "organ": ("organ", "机关"),
    "region": ("region", "地区"),
    "meeting_type": ("meeting_type", "会议类型"),
    "speaker": ("speaker", "发言人"),
    "congress": ("congress", "届次"),
}
TITLE_COLUMNS = ("title", "标题")
_DELIMITERS = ",;\t"
# What scrapers write for a missing value (str(None) in Python, NaN from pandas).
_MISSING = frozenset({"none", "null", "nan", "nat", "n/a"})

Row = Mapping[str, Any] | InputError
_LONG_NUMBER = "a number with thousands of digits"


def csv_delimiter(text: str) -> str:
    """The separator used most in the header line: comma, semicolon or tab."""
    header = text[:10_000].split("\n", 1)[0]
    return max(_DELIMITERS, key=header.count) if any(d in header for d in _DELIMITERS) else ","


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
    for line in text.splitlines():
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


def _parquet_rows(path: Path, limits: Limits) -> Iterator[Any]:
    import pyarrow.parquet as pq

    try:
        with pq.ParquetFile(path) as pf:
            n = 0
            for batch in pf.iter_batches(batch_size=1_000):
                yield from batch.to_pylist()
                n += batch.num_rows
                if n > limits.max_table_rows:
                    return
    except InputError:
        raise
    except Exception as exc:  # pyarrow raises many types on damaged files
        raise InputError(str(path), "read", f"not a readable parquet file ({describe(exc)})") from None


def _rows(path: Path, limits: Limits, skip: int = 0) -> Iterator[Any]:
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        yield from _parquet_rows(path, limits)
        return
    source = str(path)
    text = decode(path.read_bytes(), source)
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
    elif isinstance(value, dt.date):
        value = value.isoformat()
    text = str(value).strip()
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from JSON escapes cannot be stored
        text = text.encode("utf-8", errors="replace").decode("utf-8")
    return text if text and text.lower() not in _MISSING else None


def _present(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and _as_text(value) is None)


def _pick(row: Mapping[str, Any], names: tuple[str, ...]) -> str | None:
    for n in names:
        if (v := _as_text(row.get(n))) is not None:
            return v
    return None


def _normalise(row: Mapping[Any, Any]) -> dict[str, Any]:
    return {str(k).strip().lstrip("\ufeff").lower(): v for k, v in row.items() if k is not None}


def _row_doc(row: Mapping[str, Any], source: str, path: Path, limits: Limits, hints: Mapping[str, str]) -> RawDoc:
    raw = next((row[n] for n in TEXT_COLUMNS if _present(row.get(n))), None)
    if raw is None:
        raise InputError(source, "read", f"no text in this row (looked for {', '.join(TEXT_COLUMNS)})")
    text = _as_text(raw)
    if text is None:
        raise InputError(source, "read", f"the text column holds a {type(raw).__name__}, not text")
    check_doc_size(source, text, limits)
    row_hints = {k: v[:MAX_HINT_CHARS] for k, names in HINT_COLUMNS.items() if (v := _pick(row, names))}
    if "date" in row_hints:
        row_hints["date_field"] = "column"
    title = _pick(row, TITLE_COLUMNS)
    return RawDoc(
        source=row_hints.get("url") or source,
        input=str(path),
        text=text,
        title=title[:MAX_HINT_CHARS] if title else None,
        hints={**hints, **row_hints},
    )


def count_rows(path: Path, limits: Limits) -> int:
    """How many rows (reports or bad rows) ``read_table`` yields, without building reports."""
    if path.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        return min(int(pq.read_metadata(path).num_rows), limits.max_table_rows)
    return min(sum(1 for _ in _rows(path, limits, skip=1 << 62)), limits.max_table_rows)


def read_table(
    path: Path, limits: Limits, hints: Mapping[str, str], rows: tuple[int, int] | None = None
) -> Iterator[RawDoc | InputError]:
    """The rows of a table file; ``rows=(start, stop)`` yields only that range (for parallel chunks)."""
    start, stop = rows or (0, limits.max_table_rows + 1)
    i = -1
    for i, row in enumerate(_rows(path, limits, skip=start)):  # i stays -1 when there is no row
        if i < start:
            continue
        if i >= stop:
            return
        source = f"{path}#row={i}"
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
            try:
                yield _row_doc(_normalise(row), source, path, limits, hints)
            except InputError as err:
                yield err
    if i < 0 and start == 0:  # an empty table would otherwise vanish from the run without a word
        raise InputError(str(path), "read", "the table has no rows (nothing below the header)")
