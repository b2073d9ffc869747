"""Plain values passed between the ETL stages (read -> clean -> metadata -> people -> counts)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyarrow as pa

# The file whose atomic replacement commits a warehouse's state (``etl.io.warehouse``): named here
# too so that the command line can tell a first run from a later one without loading pyarrow.
MANIFEST = "manifest.json"
# Written after a committed run: what the inputs and settings were, so that a rerun with nothing
# changed can say so before loading pyarrow (``etl.run.rerun_stamp``). Removed before any commit.
RERUN_STAMP = "rerun-stamp.json"

# Keys a reader or sidecar may put in ``RawDoc.hints``.
HINT_KEYS = (
    "date",  # a full or partial meeting date given by a sidecar or table column
    "date_field",  # "sidecar" or "column": where ``date`` came from
    "publish_date",  # a publication date (page meta, sidecar publish date)
    "year",  # a year given by a table column
    "url",
    "filename",  # the input file's base name (dates often hide there)
    "organ",
    "region",
    "meeting_type",
    "speaker",  # a table column naming who delivered the report
    "congress",  # a congress/届次 column (the CPC congress number): dates the report by sessions.csv
)

# Contract fields a ``--columns FIELD=COLUMN`` mapping may name (the text, the title, or a hint).
COLUMN_FIELDS = ("text", "title", "date", "publish_date", "year", "url", "organ", "region", "meeting_type", "speaker")

_EMPTY: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True)
class RawDoc:
    """One report as read from an input, before any interpretation."""

    source: str
    input: str
    text: str
    title: str | None = None
    hints: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    warnings: tuple[str, ...] = ()  # how the reading was imperfect (bad bytes replaced ...)
    other_columns: Mapping[str, str] = field(default_factory=lambda: _EMPTY)  # a table row's unused columns


@dataclass(frozen=True)
class Cleaned:
    """Text with site boilerplate and bylines removed; ``text`` keeps the original characters."""

    text: str
    removals: tuple[tuple[str, str], ...] = ()  # (rule, removed text), in text order
    publish_date: str | None = None  # found in a removed publish line (发布时间：2020-05-07)
    dateline: str | None = None  # the date of a removed dateline (本报9月14日讯 -> 9月14日)

    @property
    def removed(self) -> tuple[str, ...]:
        """The removed texts, without their rules."""
        return tuple(text for _, text in self.removals)


@dataclass(frozen=True)
class DateResult:
    date: dt.date | None
    precision: str | None  # day | month | year
    source: str  # one of schema.DATE_SOURCES


@dataclass(frozen=True)
class MeetingMeta:
    title: str | None
    date: DateResult
    organ: str | None
    meeting_type: str | None
    region: str | None


@dataclass(frozen=True)
class Person:
    name: str
    title: str | None
    role: str  # presider | speaker | attendee


@dataclass(frozen=True)
class Speech:
    """A span of the cleaned text; ``speaker`` is a name, 会议, or None for narration."""

    start: int
    text: str
    speaker: str | None


@dataclass(frozen=True)
class Reading:
    """Who took part and who said what: the result of reading the cleaned text."""

    people: tuple[Person, ...]
    speeches: tuple[Speech, ...]


@dataclass(frozen=True)
class InputTask:
    """One input file, or a range of rows of a large table file (so it can run in parallel)."""

    path: str
    hints: Mapping[str, str]
    rows: tuple[int, int] | None = None
    est_bytes: int = 0
    columns: tuple[tuple[str, str], ...] = ()  # (contract field, table column) from ``--columns``
    byte_range: tuple[int, int] | None = None  # the bytes holding ``rows`` (a large JSONL or CSV file)


@dataclass(frozen=True)
class InputResult:
    input: str
    size: int
    mtime_ns: int
    sha256: str
    n_meetings: int
    n_errors: int


@dataclass(frozen=True)
class CopyMeta:
    """What one source of a meeting reads as its metadata: a repost's copy may know what the first
    source does not (a sidecar date, a publication line), and the meeting takes it from there."""

    meeting_id: str
    input: str
    source: str
    date: DateResult
    organ: str | None
    meeting_type: str | None
    region: str | None


@dataclass(frozen=True)
class ChunkResult:
    tables: dict[str, pa.Table]  # contract tables of the chunk
    inputs: tuple[InputResult, ...]
    n_chars: int
    copies: tuple[CopyMeta, ...] = ()  # every source read, reposts included


@dataclass(frozen=True)
class PartResult:
    """A chunk written as a part folder by the worker: what the run needs to know of it."""

    folder: str | None  # the part folder the worker wrote; None when the chunk had no rows
    rows: Mapping[str, int]  # rows per table in that folder
    meeting_ids: tuple[str, ...]  # in the order of the meetings table
    sources: pa.Table
    errors: pa.Table
    inputs: tuple[InputResult, ...]
    n_chars: int
    warnings: pa.Table | None = None
    copies: tuple[CopyMeta, ...] = ()  # every source read, reposts included


@dataclass(frozen=True)
class InputWarning:
    """Something a user should know about an input that was still read (it never fails the run)."""

    source: str
    stage: str
    message: str


class InputError(Exception):
    """An input that cannot be used; the message says why in words a user understands."""

    def __init__(self, source: str, stage: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.stage = stage
        self.message = message


class CodebookError(ValueError):
    """A codebook file that cannot be used; says which file and line and why."""

    def __init__(self, path: str | Path, line: int | None, message: str) -> None:
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {message}")
        self.path = str(path)
        self.line = line
        self.message = message
