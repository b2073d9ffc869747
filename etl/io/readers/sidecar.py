"""A scraper's sidecar CSV: per-file metadata (url, dates, organ, region, meeting type).

Rows are matched to an input by the longest relative-path suffix; a bare file name matches by
base name. A sidecar meeting date becomes ``hints['date']`` with ``date_field='sidecar'``; a
publish date becomes ``hints['publish_date']``.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from etl.contract.model import InputError
from etl.io.readers.common import MAX_HINT_CHARS
from etl.io.readers.tables import csv_delimiter
from etl.io.readers.text import decode

FILE_COLUMNS = ("file", "filename", "file_name", "path", "文件", "文件名")
HINT_COLUMNS = {
    "url": ("url", "link", "链接", "网址"),
    "date": ("date", "meeting_date", "会议日期", "会议时间"),
    "publish_date": ("publish_date", "pub_date", "published", "发布时间", "发布日期"),
    "organ": ("organ", "机关"),
    "region": ("region", "地区"),
    "meeting_type": ("meeting_type", "会议类型"),
}
_DATE = re.compile(r"^\s*((?:19|20)\d\d)(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?)?)?")
_MAX_BYTES = 50 * 1024 * 1024


def _key(name: str) -> str:
    return re.sub(r"[\s-]+", "_", name.strip().lstrip("\ufeff").lower())


def _parts(path: str) -> tuple[str, ...]:
    text = unicodedata.normalize("NFC", path.replace("\\", "/")).casefold()
    return tuple(p for p in text.split("/") if p not in ("", "."))


def normalise_date(value: str) -> str | None:
    """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` from a written date; None if it is not one."""
    if not (m := _DATE.match(value)):
        return None
    year, month, day = m[1], m[2], m[3]
    if (month and not 1 <= int(month) <= 12) or (day and not 1 <= int(day) <= 31):
        return None
    return "-".join([year] + [f"{int(x):02d}" for x in (month, day) if x])


@dataclass(frozen=True)
class Sidecar:
    """Hints per listed file; ``hints_for`` finds the row for an input path."""

    path: str
    entries: tuple[tuple[tuple[str, ...], Mapping[str, str]], ...]

    def hints_for(self, input_path: Path) -> dict[str, str]:
        parts = _parts(str(input_path))
        best: tuple[int, Mapping[str, str]] = (0, {})
        for key, hints in self.entries:
            if len(key) > best[0] and parts[-len(key) :] == key:
                best = (len(key), hints)
        return dict(best[1])


def _row_hints(row: Mapping[str, str], source: str) -> dict[str, str]:
    hints: dict[str, str] = {}
    for hint, names in HINT_COLUMNS.items():
        value = next((v.strip() for n in names if (v := row.get(n)) and v.strip()), None)
        if value is None:
            continue
        if hint in ("date", "publish_date"):
            date = normalise_date(value)
            if date is None:
                raise InputError(source, "sidecar", f"{hint} {value[:40]!r} is not a date (write e.g. 2020-05-06)")
            value = date
        hints[hint] = value[:MAX_HINT_CHARS]
    if "date" in hints:
        hints["date_field"] = "sidecar"
    return hints


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), "sidecar", f"cannot open the sidecar ({exc.strerror})") from None
    if len(data) > _MAX_BYTES:
        raise InputError(str(path), "sidecar", f"the sidecar is over {_MAX_BYTES:,} bytes")
    return decode(data, str(path))


def load_sidecar(path: Path) -> Sidecar:
    """Read a sidecar CSV; any problem raises ``InputError`` naming the file and the line."""
    text = _read_text(path)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=csv_delimiter(text))
    try:
        columns = [_key(c) for c in reader.fieldnames or []]
    except csv.Error as exc:
        raise InputError(f"{path}#line=1", "sidecar", f"the sidecar header is not valid CSV ({exc})") from None
    file_column = next((c for c in FILE_COLUMNS if c in columns), None)
    if file_column is None:
        raise InputError(str(path), "sidecar", f"the sidecar has no file column (one of {', '.join(FILE_COLUMNS)})")
    entries: dict[tuple[str, ...], tuple[int, dict[str, str]]] = {}
    try:
        for raw in reader:
            line = reader.line_num
            source = f"{path}#line={line}"
            row = {_key(str(k)): (v if isinstance(v, str) else "") for k, v in raw.items() if k is not None}
            key = _parts(row.get(file_column) or "")
            if not key:
                raise InputError(source, "sidecar", f"line {line} has no file name")
            hints = _row_hints(row, source)
            if key in entries and entries[key][1] != hints:
                first = entries[key][0]
                raise InputError(
                    source, "sidecar", f"{'/'.join(key)} is listed again with other values (first on line {first})"
                )
            entries.setdefault(key, (line, hints))
    except csv.Error as exc:
        raise InputError(f"{path}#line={reader.line_num}", "sidecar", f"the sidecar is not valid CSV ({exc})") from None
    return Sidecar(str(path), tuple((key, hints) for key, (_, hints) in entries.items()))
