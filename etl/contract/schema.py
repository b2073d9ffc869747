"""The warehouse contract: every table, column, type and meaning, declared once.

The ETL validates against it before writing, ``policy-themes validate`` checks a warehouse
against it, the dashboard reads with it, and a test compares the README's data table to it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

CONTRACT_VERSION = "1.3"
# Contracts this version reads: 1.3 added the ``corrected`` table and the manifest's ``corrections``
# and ``tenures`` records; a 1.2 warehouse reads as one without corrections.
READABLE_CONTRACTS = ("1.2", "1.3")

DATE_PRECISIONS = ("day", "month", "year")
DATE_SOURCES = (
    "text",
    "text_year",
    "session",
    "relative",
    "publish_line",
    "url",
    "filename",
    "sidecar",
    "column",
    "correction",
    "none",
)
ROLES = ("presider", "speaker", "attendee")
# Cleaning rules (etl/extract/cleaning/clean.py), in the order they apply.
REMOVAL_RULES = (
    "pinyin_tag",
    "html_tag",
    "evidence",
    "rights",
    "repeated",
    "widget",
    "date_banner",
    "byline",
    "meta_strip",
    "image",
    "navigation",
    "page_words",
    "byline_fragment",
    "spam",
    "line_shape",
)
COLLECTIVE_SPEAKER = "会议"


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    nullable: bool
    description: str

    def field(self) -> pa.Field:
        return pa.field(self.name, self.type, nullable=self.nullable)


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]

    @property
    def schema(self) -> pa.Schema:
        return pa.schema([c.field() for c in self.columns])

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def _c(name: str, type_: pa.DataType, description: str, nullable: bool = False) -> Column:
    return Column(name, type_, nullable, description)


_STR = pa.string()
_I32 = pa.int32()

MEETING_ID = _c("meeting_id", _STR, "Stable id: hash of the normalised cleaned text (reposts share it)")
SEQ = _c("seq", _I32, "Speech number within the meeting, from 0, in text order")

MEETINGS = Table(
    "meetings",
    "One row per meeting (reposts of the same report are one meeting).",
    (
        MEETING_ID,
        _c("source", _STR, "Path or URL of the canonical source (first in sorted order)"),
        _c("title", _STR, "Title given by the input, or the first line of the report", True),
        _c("date", pa.date32(), "Meeting date; null when unknown", True),
        _c("date_precision", _STR, "day | month | year; null when date is null", True),
        _c(
            "date_source",
            _STR,
            "Rule that gave the date: text (all of it in the text), text_year (month and day in the text, its year from the text: 2024年第3次会议), session (the year of a national session by its 届次), relative (昨日/今天 counted back from the publication date; 近日/日前 give only its year), publish_line | url | filename | sidecar | column (where the year, or the date, came from), correction (the corrections file), none",
        ),
        _c("organ", _STR, "Convening organ, e.g. 区委, 区政府, 人大常委会, 政协, 纪委", True),
        _c("meeting_type", _STR, "e.g. 常委(扩大)会议, 常务会议, 理论学习中心组学习会, 决议", True),
        _c("region", _STR, "Place named by the text, sidecar or column, e.g. 长清区", True),
        _c("n_chars", _I32, "Characters of the cleaned text"),
        _c("text", _STR, "Cleaned text (boilerplate removed, original characters kept)"),
        _c(
            "is_report",
            pa.bool_(),
            "False for a page that is not a meeting report (kept for audit, left out of counts)",
        ),
        _c("not_report_reason", _STR, "Why the page is not taken as a meeting report; null when it is one", True),
        _c(
            "other_columns",
            _STR,
            "A table row's columns the ETL does not use, as a JSON object (header -> cell text); null otherwise",
            True,
        ),
    ),
    ("meeting_id",),
)

PEOPLE = Table(
    "people",
    "Who presided, spoke or attended each meeting.",
    (
        MEETING_ID,
        _c("name", _STR, "Person's name, spaces removed (李　强 -> 李强)"),
        _c("title", _STR, "Post as written before the name, e.g. 区委副书记、区长", True),
        _c("role", _STR, "presider | speaker | attendee"),
    ),
    ("meeting_id", "name", "role"),
)

SPEECHES = Table(
    "speeches",
    "The cleaned text cut into consecutive spans by who is speaking; spans cover it exactly.",
    (
        MEETING_ID,
        SEQ,
        _c("speaker", _STR, "Name; 会议 for the collective voice; null for narration", True),
        _c("start", _I32, "Offset of the span in meetings.text"),
        _c("text", _STR, "The span's text"),
        _c("n_chars", _I32, "Characters in the span"),
    ),
    ("meeting_id", "seq"),
)

TERMS = Table(
    "terms",
    "Word counts per speech: jieba precise-mode tokens with the policy dictionary, "
    "after stopwords, single characters and numbers are dropped.",
    (MEETING_ID, SEQ, _c("term", _STR, "Token (simplified characters)"), _c("count", _I32, "Occurrences")),
    ("meeting_id", "seq", "term"),
)

THEMES = Table(
    "themes",
    "Codebook keyword hits per speech, longest match first, no overlap within a theme.",
    (
        MEETING_ID,
        SEQ,
        _c("theme", _STR, "Theme id from the codebook (its Chinese label)"),
        _c("keyword", _STR, "The codebook keyword that matched"),
        _c("count", _I32, "Occurrences"),
    ),
    ("meeting_id", "seq", "theme", "keyword"),
)

FORMULAS = Table(
    "formulas",
    "提法 per speech: listed formulas, numeral formulas (四个意识) and quoted slogans (“大强美富通”).",
    (
        MEETING_ID,
        SEQ,
        _c("formula", _STR, "The formula as written (slogans keep their quotes)"),
        _c("count", _I32, "Occurrences"),
    ),
    ("meeting_id", "seq", "formula"),
)

REMOVED = Table(
    "removed",
    "What cleaning removed from each meeting's page, and by which rule, so it can be audited.",
    (
        MEETING_ID,
        _c("rule", _STR, "The rule that removed it: " + " | ".join(REMOVAL_RULES)),
        _c("text", _STR, "The removed text (a line, a fragment of one, or a paragraph)"),
    ),
    ("meeting_id", "rule", "text"),
)

SOURCES = Table(
    "sources",
    "Every source of every meeting (reposts give several), with the input file it came from.",
    (
        MEETING_ID,
        _c("source", _STR, "Path or URL as given; table rows as path#row=N"),
        _c("input", _STR, "The input file"),
    ),
    ("meeting_id", "source"),
)

ERRORS = Table(
    "errors",
    "Inputs, or rows of inputs, that could not be read or processed.",
    (
        _c("source", _STR, "Path (or path#row=N) of what failed"),
        _c("stage", _STR, "read | clean | metadata | people | tokens | counts | limits"),
        _c("message", _STR, "Why, in words a user understands"),
        _c("input", _STR, "The input file"),
    ),
    ("source", "stage"),
)

WARNINGS = Table(
    "warnings",
    "What a user should know about inputs that were still read (bad bytes replaced, archive members "
    "skipped, sheets without a text column); a warning never fails the run.",
    (
        _c("source", _STR, "Path (path#row=N, archive.zip!/inner/path) the warning is about"),
        _c("stage", _STR, "read | archive"),
        _c("message", _STR, "What happened, in words a user understands"),
        _c("input", _STR, "The input file"),
    ),
    ("source", "stage", "message"),
)

INPUTS = Table(
    "inputs",
    "Fingerprints of every input file read, so a rerun skips unchanged ones.",
    (
        _c("input", _STR, "The input file"),
        _c("size", pa.int64(), "Bytes"),
        _c("mtime_ns", pa.int64(), "Modification time"),
        _c("sha256", _STR, "Content hash"),
        _c("n_meetings", _I32, "Reports read from it"),
        _c("n_errors", _I32, "Errors recorded for it"),
        _c("hints", _STR, "Metadata it was read with (sidecar row) as JSON; reused when read again", True),
    ),
    ("input",),
)

EVIDENCE = Table(
    "evidence",
    "Paragraph and line fingerprints per input, counted to find boilerplate across documents "
    "(etl/extract/cleaning/evidence.py); kept so a rerun recounts only the inputs it reads.",
    (
        _c("input", _STR, "The input file"),
        _c("host", _STR, "URL host of the documents counted (empty when they have no URL)"),
        _c("key", _STR, "Fingerprint of a paragraph or line; * counts the documents themselves"),
        _c("docs", _I32, "Documents of this input and host that have it"),
    ),
    ("input", "host", "key"),
)

# What a correction (etl/run/corrections.py) may change in a meeting's rows.
CORRECTED_FIELDS = ("date", "organ", "meeting_type", "region", "is_report", "people", "speakers")

CORRECTED = Table(
    "corrected",
    "What the corrections file changed in each meeting, with the values the reading gave, so that an "
    "edited or removed correction puts them back (docs/reading.md, Corrections).",
    (
        MEETING_ID,
        _c("field", _STR, "What changed: " + " | ".join(CORRECTED_FIELDS)),
        _c(
            "extracted",
            _STR,
            "The value as read, as JSON: date [date, precision, source]; is_report [flag, reason]; "
            "people [[name, title, role], ...]; speakers [speaker of each speech, in seq order]",
        ),
        _c("corrected", _STR, "The value after the corrections, as JSON in the same form"),
        _c("rows", _STR, "Lines of the corrections file that made the change, e.g. 3 or 3,7"),
    ),
    ("meeting_id", "field"),
)

# Tables stored in parts (one file per table per part); ``inputs`` is one file per version.
PART_TABLES: tuple[Table, ...] = (
    MEETINGS,
    PEOPLE,
    SPEECHES,
    TERMS,
    THEMES,
    FORMULAS,
    REMOVED,
    SOURCES,
    ERRORS,
    WARNINGS,
)
# ``inputs``, ``evidence`` and ``corrected`` are one file per version each.
VERSION_TABLES: tuple[Table, ...] = (INPUTS, EVIDENCE, CORRECTED)
TABLES: tuple[Table, ...] = (*PART_TABLES, *VERSION_TABLES)
BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}
# Tables whose rows belong to one meeting and are replaced with it.
MEETING_TABLES: tuple[Table, ...] = (MEETINGS, PEOPLE, SPEECHES, TERMS, THEMES, FORMULAS, REMOVED)


def empty(table: Table) -> pa.Table:
    """A table of no rows in the contract's schema.

    Built from ``pa.nulls`` rather than ``Schema.empty_table``, which converts Python values and
    so loads pandas (a quarter of a second at the start of an unchanged rerun or a recount)."""
    arrays = [pa.nulls(0, field.type) for field in table.schema]
    return pa.Table.from_arrays(arrays, schema=table.schema)


def conform(table: Table, data: pa.Table) -> pa.Table:
    """Return ``data`` with exactly the contract's columns, order and types, or raise."""
    missing = [n for n in table.column_names if n not in data.column_names]
    if missing:
        raise ValueError(f"{table.name}: missing columns {missing}")
    return data.select(list(table.column_names)).cast(table.schema)


def markdown() -> str:
    """The contract as the Markdown table the README carries (a test keeps them equal)."""
    lines = ["| table | column | type | null | meaning |", "|---|---|---|---|---|"]
    for table in TABLES:
        for col in table.columns:
            null = "yes" if col.nullable else ""
            lines.append(f"| {table.name} | {col.name} | {col.type} | {null} | {col.description} |")
    return "\n".join(lines)
