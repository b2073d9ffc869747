"""Tables with one report per row: CSV, JSONL and parquet."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from etl.model import InputError, RawDoc
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
}
TITLE_COLUMNS = ("title", "标题")


def _rows(path: Path) -> Iterator[Any]:
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        yield from pq.read_table(path).to_pylist()
        return
    text = decode(path.read_bytes(), str(path))
    if suffix == ".csv":
        yield from csv.DictReader(io.StringIO(text))
    else:
        for line in text.splitlines():
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    yield InputError(str(path), "read", f"invalid JSON ({exc.msg})")


def _pick(row: Mapping[str, Any], names: tuple[str, ...]) -> str | None:
    for n in names:
        v = row.get(n)
        if v not in (None, ""):
            return str(v)
    return None


def read_table(path: Path, limits: Limits, hints: Mapping[str, str]) -> Iterator[RawDoc | InputError]:
    for i, row in enumerate(_rows(path)):
        source = f"{path}#row={i}"
        if isinstance(row, InputError):
            yield InputError(source, row.stage, row.message)
            continue
        if not isinstance(row, Mapping):
            yield InputError(source, "read", "row is not an object with named fields")
            continue
        text = _pick(row, TEXT_COLUMNS)
        if text is None:
            yield InputError(source, "read", f"no text column (looked for {', '.join(TEXT_COLUMNS)})")
            continue
        row_hints = {k: v for k, names in HINT_COLUMNS.items() if (v := _pick(row, names))}
        if "date" in row_hints:
            row_hints["date_field"] = "column"
        yield RawDoc(
            source=row_hints.get("url") or source,
            input=str(path),
            text=text,
            title=_pick(row, TITLE_COLUMNS),
            hints={**hints, **row_hints},
        )
