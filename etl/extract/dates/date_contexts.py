"""The dates a report's surroundings give: its URL, file name, sidecar or column, and publish line.

Only the year (or the year and month) of a meeting may come from them (``etl.extract.dates.dates``): a URL's
/2022-01-13/, /202503/, /2024/05/, t20240529 or /20250530/, a file name's stamp, a sidecar's or a
column's date, a ``year`` column. A URL's host and port and a forum's thread number are never dates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping

from etl.contract.model import DateResult
from etl.extract.dates.text_years import Context, is_valid_date

__all__ = ["FULLWIDTH_DIGITS", "context_dates", "hint_date", "hint_year", "parse_context_date"]

FULLWIDTH_DIGITS = {0xFF10 + i: 0x30 + i for i in range(10)}
_HINT_YMD = re.compile(
    r"(?<!\d)((?:19|20)\d{2})(?:(\d{2})(\d{2})|\s*[-/._年]\s*(\d{1,2})\s*[-/._月]\s*(\d{1,2})|(\d{2})[-/_](\d{2}))(?!\d)"
)
_HINT_MDY = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?!\d)")  # 11/3/2021 9:02:17 AM
_HINT_ID = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})\d{2,}")  # an id starting with a stamp
_HINT_YM = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:\s*[-/._年]\s*(\d{1,2})|(\d{2}))(?!\d)")
# A path that spells 年 and 月 (and 日) in pinyin letters or characters: /2014n/6y/, /2019nian/05yue/, /2021年/3月/.
_HINT_SPELLED = re.compile(
    r"(?<!\d)((?:19|20)\d{2})(?:nian|n|年)[/_-]?(\d{1,2})(?:yue|y|月)(?:[/_-]?(\d{1,2})(?:ri|r|日))?(?![a-z])"
)
# A year's folder, then a month and day in the next one's name, alone or after a column's word:
# /2020/jinan_1030/, /2019/1105/, /2021/news-0312/.
_HINT_YEAR_THEN_MD = re.compile(r"/((?:19|20)\d{2})/(?:[A-Za-z]+[_-])?(\d{2})(\d{2})(?=[/_.-]|$)")
_HINT_Y = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
# A URL's host and port are no date (http://host:2019/list.aspx, https://www.site1931.cn/, http://2019.x.cn/):
# cut before reading one.
_URL_HOST = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://[^/?#\s]*")
# A forum's thread or post number is no date either (thread-1952-1-1.html, viewthread.php?tid=2015,
# showtopic-2019.aspx, read.php?tid=201905): cut before reading one.
_FORUM_ID = re.compile(
    r"(?:thread|showtopic|topic|viewtopic|forum)[-_]\d+(?:-\d+){0,2}|[?&](?:tid|pid|fid|topicid|threadid)=\d+",
    re.IGNORECASE,
)
# A page named by digits only that start with a year, /html/202141280913.html: its month and day
# run together without padding, so only the year is read.
_HINT_DIGITS_NAME = re.compile(r"(?:^|/)((?:199|20[0-3])\d)\d{6,10}(?:\.[A-Za-z]{2,5})?(?:[?#].*)?$")


def parse_context_date(value: str | None) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) from a URL, file name or hint: 2020-05-07, t20200507, /201911/05/,
    11/3/2021, an id starting 20240607..., /202503/, /2020/ ..."""
    if not value:
        return None
    value = _FORUM_ID.sub("", _URL_HOST.sub("", value.translate(FULLWIDTH_DIGITS).strip()))
    for m in _HINT_YMD.finditer(value):
        y, mo, d = int(m[1]), int(m[2] or m[4] or m[6]), int(m[3] or m[5] or m[7])
        if is_valid_date(y, mo, d):
            return y, mo, d
    for pattern, order in ((_HINT_MDY, (3, 1, 2)), (_HINT_ID, (1, 2, 3))):
        for m in pattern.finditer(value):
            y, mo, d = (int(m[i]) for i in order)
            if is_valid_date(y, mo, d):
                return y, mo, d
    for m in _HINT_SPELLED.finditer(value):
        day = int(m[3]) if m[3] else None
        if is_valid_date(int(m[1]), int(m[2]), day):
            return int(m[1]), int(m[2]), day
    for m in _HINT_YEAR_THEN_MD.finditer(value):
        if is_valid_date(int(m[1]), int(m[2]), int(m[3])):
            return int(m[1]), int(m[2]), int(m[3])
    for m in _HINT_YM.finditer(value):
        y, mo = int(m[1]), int(m[2] or m[3])
        if is_valid_date(y, mo, None):
            return y, mo, None
    if year := _HINT_Y.search(value) or _HINT_DIGITS_NAME.search(value):
        return int(year[1]), None, None
    return None


def context_dates(hints: Mapping[str, str], publish_date: str | None) -> Iterator[tuple[str, Context]]:
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


def hint_year(hints: Mapping[str, str]) -> int | None:
    for key in ("year", "date"):
        if (parsed := parse_context_date(hints.get(key))) is not None:
            return parsed[0]
    return None


def hint_date(hints: Mapping[str, str]) -> DateResult | None:
    parsed = parse_context_date(hints.get("date"))
    if parsed is None:
        return None
    source = "column" if hints.get("date_field") == "column" else "sidecar"
    y, m, d = parsed
    precision = "day" if d else "month" if m else "year"
    return DateResult(dt.date(y, m or 1, d or 1), precision, source)
