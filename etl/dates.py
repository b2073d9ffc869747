"""Find the meeting date (not the publication date), with its precision and source.

The date is looked for only in the report's opening (its first two sentences, or the first
paragraph when that is shorter), so a date quoted in the body (4月30日市委常委扩大会议精神) is
never taken. A date the opening only refers to (传达…4月30日…精神) ranks below the meeting's own.
A year-less date takes its year, and a day-only date its month, from the first context that
has one: the publication line, the URL, the file name, a sidecar/column date, a publication
date hint, a year column. A month later than the context's month means the meeting was in the
year before (published 1月3日, met 12月30日). ``source`` names where the year came from.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from typing import NamedTuple

from etl.model import DateResult

__all__ = ["meeting_date", "parse_context_date"]

_CN_DIGIT = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "Ｏ": 0,
    "O": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_FULLWIDTH_DIGITS = {0xFF10 + i: 0x30 + i for i in range(10)}
_CN = "〇零○一二两三四五六七八九十"
_NUM = rf"(?:\d{{1,4}}|[{_CN}]{{1,4}})"
_FULL = re.compile(
    rf"(?P<y>\d{{4}}|[{_CN}]{{4}})\s*年\s*(?P<m>{_NUM})\s*月(?:\s*(?P<d>{_NUM})\s*[日号])?"
    r"|(?P<y2>(?:19|20)\d{2})[-/.](?P<m2>\d{1,2})[-/.](?P<d2>\d{1,2})(?!\d)"
)
_MONTH_DAY = re.compile(rf"(?<![\d年{_CN}])(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})\s*[日号]")
_DAY_ONLY = re.compile(rf"(?<![\d月{_CN}])(?P<d>\d{{1,2}}|[{_CN}]{{1,3}})\s*日\s*(?=[上下中晚早午凌]|[,，、])")
# A date the opening cites rather than meets on: 传达…4月30日…会议精神.
_CITED_BEFORE = re.compile(r"(?:传达|学习|贯彻|落实|领会|听取|研究|审议)[^，,。；]{0,12}$")
_CITED_AFTER = re.compile(r"^[^，,。；]{0,30}(?:精神|讲话|指示|批示|文件|通知|意见)")
_OPENING_SENTENCES = 2
_OPENING_MAX = 260
_SENTENCE_END = re.compile(r"[。！？!?]")
_HINT_YMD = re.compile(
    r"(?<!\d)((?:19|20)\d{2})(?:(\d{2})(\d{2})|\s*[-/._年]\s*(\d{1,2})\s*[-/._月]\s*(\d{1,2}))(?!\d)"
)
_HINT_YM = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-/._年]\s*(\d{1,2})(?!\d)")
_HINT_Y = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


class _Found(NamedTuple):
    year: int | None
    month: int | None
    day: int | None
    cited: bool


def _number(s: str) -> int | None:
    s = s.strip()
    if s.isdigit():
        return int(s)
    if "十" in s:
        tens, _, ones = s.partition("十")
        t = _CN_DIGIT.get(tens, 0 if tens == "" else -99) if len(tens) <= 1 else -99
        t = 1 if tens == "" else t
        o = _CN_DIGIT.get(ones, -99) if ones else 0
        value = t * 10 + o
        return value if value > 0 else None
    if len(s) in (1, 4) and all(c in _CN_DIGIT for c in s):
        return int("".join(str(_CN_DIGIT[c]) for c in s))
    return None


def _valid(y: int, m: int | None, d: int | None) -> bool:
    if not 1900 <= y <= 2100 or (m is not None and not 1 <= m <= 12):
        return False
    if d is None:
        return True
    try:
        dt.date(y, m or 1, d)
    except ValueError:
        return False
    return True


def _opening(text: str) -> str:
    """The first two sentences (or the first paragraph, if shorter), at most 260 chars."""
    head = text[:_OPENING_MAX].translate(_FULLWIDTH_DIGITS)
    for n, m in enumerate(_SENTENCE_END.finditer(head), start=1):
        if n == _OPENING_SENTENCES:
            return head[: m.end()]
    return head


def _cited(head: str, start: int, end: int) -> bool:
    return bool(_CITED_BEFORE.search(head[:start]) or _CITED_AFTER.match(head[end:]))


def _in_text(head: str) -> Iterator[_Found]:
    """Every date form in the opening, in order of position; invalid dates are skipped."""
    found: list[tuple[int, _Found]] = []
    taken: list[tuple[int, int]] = []
    for m in _FULL.finditer(head):
        y, mo, d = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
        yy, mm, dd = _number(y), _number(mo), _number(d) if d else None
        taken.append(m.span())
        if yy and mm and _valid(yy, mm, dd):
            found.append((m.start(), _Found(yy, mm, dd, _cited(head, *m.span()))))
    for m in _MONTH_DAY.finditer(head):
        if any(a <= m.start() < b for a, b in taken):
            continue
        taken.append(m.span())
        mm, dd = _number(m["m"]), _number(m["d"])
        if mm and dd and _valid(2000, mm, dd):
            found.append((m.start(), _Found(None, mm, dd, _cited(head, *m.span()))))
    for m in _DAY_ONLY.finditer(head):
        if any(a <= m.start() < b for a, b in taken):
            continue
        dd = _number(m["d"])
        if dd and 1 <= dd <= 31:
            found.append((m.start(), _Found(None, None, dd, _cited(head, *m.span()))))
    found.sort(key=lambda pair: pair[0])
    yield from (f for _, f in found)


def parse_context_date(value: str | None) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) from a URL, file name or hint: 2020-05-07, t20200507, /2020/ ..."""
    if not value:
        return None
    value = value.translate(_FULLWIDTH_DIGITS)
    for m in _HINT_YMD.finditer(value):
        y, mo, d = int(m[1]), int(m[2] or m[4]), int(m[3] or m[5])
        if _valid(y, mo, d):
            return y, mo, d
    for m in _HINT_YM.finditer(value):
        if _valid(int(m[1]), int(m[2]), None):
            return int(m[1]), int(m[2]), None
    if year := _HINT_Y.search(value):
        return int(year[1]), None, None
    return None


def _contexts(hints: Mapping[str, str], publish_date: str | None) -> Iterator[tuple[str, tuple]]:
    field = hints.get("date_field", "sidecar")
    date_source = field if field in ("sidecar", "column") else "sidecar"
    for source, value in (
        ("publish_line", publish_date),
        ("url", hints.get("url")),
        ("filename", hints.get("filename")),
        (date_source, hints.get("date")),
        ("publish_line", hints.get("publish_date")),
        ("column", hints.get("year")),
    ):
        if parsed := parse_context_date(value):
            yield source, parsed


def _complete(found: _Found, ctx: tuple[int, int | None, int | None]) -> dt.date | None:
    """A year-less (or month-less) date completed from a context, rolling back when needed."""
    year, month, day = ctx
    m = found.month
    if m is None:
        if month is None:
            return None
        m = month
        if day is not None and found.day is not None and found.day > day:
            m -= 1
            if m == 0:
                m, year = 12, year - 1
    elif month is not None and m > month:
        year -= 1
    if _valid(year, m, found.day):
        return dt.date(year, m, found.day or 1)
    return None


def _hint_year(hints: Mapping[str, str]) -> int | None:
    for key in ("year", "date"):
        if (parsed := parse_context_date(hints.get(key))) is not None:
            return parsed[0]
    return None


def _from_hint_date(hints: Mapping[str, str]) -> DateResult | None:
    parsed = parse_context_date(hints.get("date"))
    if parsed is None:
        return None
    source = "column" if hints.get("date_field") == "column" else "sidecar"
    y, m, d = parsed
    precision = "day" if d else "month" if m else "year"
    return DateResult(dt.date(y, m or 1, d or 1), precision, source)


def meeting_date(text: str, hints: Mapping[str, str], publish_date: str | None = None) -> DateResult:
    """The meeting date with its precision and where it (or its year) came from."""
    candidates = list(_in_text(_opening(text)))
    candidates.sort(key=lambda f: f.cited)  # stable: own dates first, in text order
    hint_year = _hint_year(hints)
    for f in candidates:
        if f.year is not None and f.day is not None and hint_year in (None, f.year):
            return DateResult(dt.date(f.year, f.month or 1, f.day), "day", "text")
    if (hinted := _from_hint_date(hints)) and hinted.precision == "day":
        return hinted
    contexts = list(_contexts(hints, publish_date))
    for f in candidates:
        if f.year is None:
            for source, ctx in contexts:
                if (date := _complete(f, ctx)) is not None:
                    return DateResult(date, "day", source)
    for f in candidates:
        if f.year is not None and f.day is None and hint_year in (None, f.year):
            return DateResult(dt.date(f.year, f.month or 1, 1), "month", "text")
    if hinted:
        return hinted
    if hint_year is not None:
        return DateResult(dt.date(hint_year, 1, 1), "year", "column")
    return DateResult(None, None, "none")
