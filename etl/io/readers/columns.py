"""Which table columns feed which contract field: the defaults, and a user's ``--columns`` mapping.

Column names are matched case-insensitively. A mapped column is looked at first, then the
defaults for the same field; the first non-empty cell wins. Columns no field uses are kept
with the report (``RawDoc.other_columns``, stored as ``meetings.other_columns``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from etl.contract.model import COLUMN_FIELDS

TEXT_COLUMNS = ("content", "text", "body", "正文", "内容")
TITLE_COLUMNS = ("title", "标题")
HINT_COLUMNS = {
    "date": ("date", "日期", "meeting_date", "会议日期"),
    "publish_date": ("publish_date", "pub_date", "发布时间", "发布日期"),
    "year": ("year", "年份"),
    "url": ("url", "link", "链接"),
    "organ": ("organ", "机关"),
    "region": ("region", "地区"),
    "meeting_type": ("meeting_type", "会议类型", "type", "doc_type"),
    "speaker": ("speaker", "发言人", "author"),
    "congress": ("congress", "届次"),
}
# Row keys a reader adds itself (never a user's column).
_INTERNAL_PREFIX = "\x00"


class ColumnsUsageError(ValueError):
    """A ``--columns`` value that cannot be used; the message says what is allowed."""


def parse_columns(value: str | None) -> tuple[tuple[str, str], ...]:
    """``"date=pub_time,organ=dept"`` -> ``(("date", "pub_time"), ("organ", "dept"))``."""
    if not value or not value.strip():
        return ()
    pairs: list[tuple[str, str]] = []
    for item in (part.strip() for part in value.split(",")):
        if not item:
            continue
        field, sep, column = (s.strip() for s in item.partition("="))
        if not sep or not field or not column:
            raise ColumnsUsageError(f"--columns wants FIELD=COLUMN pairs separated by commas, not {item!r}")
        if field.lower() not in COLUMN_FIELDS:
            raise ColumnsUsageError(f"--columns: unknown field {field!r}; fields are {', '.join(COLUMN_FIELDS)}")
        pairs.append((field.lower(), column))
    return tuple(pairs)


@dataclass(frozen=True)
class ColumnMap:
    """For each field, the column names to look at, in order (all lower case)."""

    fields: Mapping[str, tuple[str, ...]]

    @classmethod
    def of(cls, columns: Iterable[tuple[str, str]] = ()) -> ColumnMap:
        defaults = {"text": TEXT_COLUMNS, "title": TITLE_COLUMNS, **HINT_COLUMNS}
        mapped: dict[str, list[str]] = {}
        for field, column in columns:
            mapped.setdefault(field, []).append(column.strip().lower())
        return cls({f: tuple(dict.fromkeys([*mapped.get(f, []), *names])) for f, names in defaults.items()})

    @property
    def text(self) -> tuple[str, ...]:
        return self.fields["text"]

    @property
    def title(self) -> tuple[str, ...]:
        return self.fields["title"]

    @property
    def hints(self) -> dict[str, tuple[str, ...]]:
        return {f: names for f, names in self.fields.items() if f not in ("text", "title")}

    def used(self) -> frozenset[str]:
        return frozenset(n for names in self.fields.values() for n in names)

    def other_columns(self, row: Mapping[str, object]) -> list[str]:
        """The row's columns that no field looks at."""
        used = self.used()
        return [k for k in row if k not in used and not k.startswith(_INTERNAL_PREFIX)]
