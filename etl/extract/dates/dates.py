"""Find the meeting date (not the publication date), with its precision and source.

The date is looked for only in the report's opening (its first two sentences, or the first
paragraph when that is shorter), so a date quoted in the body (4月30日市委常委扩大会议精神) is
never taken. A date the opening only refers to (传达…4月30日…精神) ranks below the meeting's own.
A year-less date takes its year, and a day-only date its month, from the first context that
has one: the publication line, the URL, the file name, a sidecar/column date, a publication
date hint, a year column. A month later than the context's month means the meeting was in the
year before (published 1月3日, met 12月30日). A year's last day (12月31日) completed from a
publication year alone (a file name 2020_…, a URL or publication line without month) is the year
before: a report of 12月31日 appears the same day or later, and a day or more later is the next
year. ``source`` names where the year came from.

The page's own dates in the opening are no meeting's when the opening has a day of its own: a
masthead, an issue stamp, a publish strip or a dateline (``etl.extract.dates.date_lines``); their full
dates, and a publish date the opening labels or stamps with a clock time, are publish lines.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from itertools import chain
from typing import NamedTuple

from etl.contract.model import DateResult
from etl.extract.dates.date_clauses import cited_day, other_event_days
from etl.extract.dates.date_contexts import FULLWIDTH_DIGITS, context_dates, hint_date, hint_year, parse_context_date
from etl.extract.dates.date_lines import labelled_before, on_furniture_line, publish_stamps
from etl.extract.dates.sessions import Sessions, cn_ordinal
from etl.extract.dates.text_years import (
    CN_NUMERALS,
    STATED_MAX,
    Context,
    held_year,
    is_cited,
    is_valid_date,
    own_year,
    reviewed_and_planned_year,
    text_year_contexts,
    title_year,
)

__all__ = ["meeting_date", "parse_context_date"]  # parse_context_date: date_contexts's, named here too

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
_NUM = rf"(?:\d{{1,4}}|[{CN_NUMERALS}]{{1,4}})"
# A day whose 日 the page lost before the time of day: 2022年3月25上午.
# A range whose first day the page wrote without its 日 (3月5-6日, 3月5、6日, 3月5至6日): the first day.
_DAY_END = r"(?:[日号號]|(?=[上下]午|晚上|早上|凌晨)|(?=\s*(?:[-—–~～、]|至|到)\s*\d{1,2}\s*[日号號]))"
_FULL = re.compile(
    rf"(?P<y>\d{{4}}|[{CN_NUMERALS}]{{4}})\s*年\s*(?P<m>{_NUM})\s*月(?:\s*(?P<d>{_NUM})\s*{_DAY_END})?"
    r"|(?P<y2>(?:19|20)\d{2})[-/.](?P<m2>\d{1,2})[-/.](?P<d2>\d{1,2})(?!\d)"
)
_MONTH_DAY = re.compile(rf"(?<![\d年{CN_NUMERALS}])(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})\s*{_DAY_END}")
_DAY_ONLY = re.compile(
    rf"(?<![\d月{CN_NUMERALS}])(?P<d>\d{{1,2}}|[{CN_NUMERALS}]{{1,3}})\s*[日号號]\s*(?=[上下中晚早午凌]|[,，、）)]|讯|訊)"
)
# A month and day whose 日 the page lost before the opening's comma: 3月8,县长某某主持召开… (only at
# the start of a line, where a report's opening names its day).
_LOST_DAY = re.compile(r"(?:^|(?<=\n))\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})(?=\s*[,，])")
# …whose 月 became a dash and whose 日 was lost, at the start of a line before the opening's comma (3-24,县长某某
# 主持召开…: a page that lost every 年, 月 and 日 glyph), never a year's (2016-3,) nor a number's range (3-5人).
_DASHED_MONTH_DAY = re.compile(r"(?:^|(?<=\n))[ \t\u3000]*(?P<m>\d{1,2})-(?P<d>\d{1,2})(?=\s*[,，](?!\d))")
# …whose 日 the page lost before a time of day, anywhere in the opening: 11月17下午，…, 为…，3月8上午，….
_LOST_DAY_TIMED = re.compile(r"(?<![\d年])(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})(?=\s*(?:上午|下午|晚上|中午))")
# A month and day whose 月 the page lost (317日上午 for 3月17日): read only when one split is valid. Two
# digits that no day can be (43日, for 4月3日) are a month and a day too, read only when they fall shortly before
# the publish day (a 12日 stays the 12th).
_RUN_TOGETHER = re.compile(r"(?<![\d月第.])(?P<md>\d{3,4}|3[2-9]|[4-9]\d)\s*[日号號]\s*(?=[上下中晚早午凌]|[,，、])")
# A month and day that lost both 月 and 日 at the start of a line, before the opening's comma (330, for 3月30日,
# 1215，for 12月15日): read only when one split is valid, never a year (2016,) nor a number's thousands (120,000).
_LOST_MONTH_AND_DAY = re.compile(r"(?:^|(?<=\n))[ \t\u3000]*(?!(?:19|20)\d{2}\b)(?P<md>\d{3,4})(?=\s*[,，](?!\d))")
# A full date whose 年 and 月 a conversion dropped (2018813日晚 for 2018年8月13日): read only when one
# split of the month and day is valid (2018113日 is 1月13日 or 11月3日: not read).
_PUBLISHED_WITHIN = 31  # days from a meeting to its page's publication, for a month and day split two ways
_YEAR_RUN_TOGETHER = re.compile(
    r"(?<![\d月第.])(?P<y>(?:19|20)\d{2})(?P<md>\d{2,4})\s*[日号號]\s*(?=[上下中晚早午凌]|[,，、]|在)"
)
# 昨日下午, 今天上午, 前天: counted back from the publication date.
_RELATIVE = re.compile(r"(?P<w>昨日|昨天|今天|今日|前天|前日)(?=[上下中晚早午凌]|[,，、(（]|召开|举行|舉行|召開)")
# 近日/日前: a meeting some days before publication, no day said. Only the year is honest, and only
# when the publication is far enough into its year (from February) that "some days" stay in it.
_RECENT = re.compile(r"近日|日前|近期|前不久|不久前")
_RECENT_FROM = (2, 1)
_RELATIVE_DAYS = {"昨日": 1, "昨天": 1, "今天": 0, "今日": 0, "前天": 2, "前日": 2}
# 上周五下午, 本周一上午: a weekday of this week or the last, counted from the publication date.
_WEEKDAY = re.compile(
    r"(?P<w>上周|上星期|上週|本周|本星期|本週|这周|這週)(?P<d>[一二三四五六日天])(?=[上下中晚早午凌]|[,，、(（]|召开|举行|舉行|召開)"
)
_WEEKDAYS = "一二三四五六日"
# Not a meeting date: a crawl or issue banner (2023年03月29日 星期三), a time stamp
# (2019-05-13 08:41:02) or a labelled publication date (发布时间：2021-08-20).
_BANNER_AFTER = re.compile(r"^\s*(?:星期|周|週|礼拜)[一二三四五六日天]|^\s+\d{1,2}[:：]\d{2}")
# A lunar calendar's date (农历2022年11月19日, （阴历10月8日）, 農曆十一月十九日): a banner gives it beside the
# solar one; no meeting is dated by it.
_LUNAR_BEFORE = re.compile(r"(?:农历|農歷|農曆|阴历|陰歷|陰曆)\s*[(（]?\s*$")
_LUNAR_AFTER = re.compile(r"\s*[(（]\s*(?:农历|農歷|農曆|阴历|陰歷|陰曆)")  # the solar date of such a banner
_OPENING_SENTENCES = 2
_OPENING_MAX = 260
_SENTENCE_END = re.compile(r"[。！？!?]")
_CJK = re.compile(r"[\u4e00-\u9fff]")


# The day of a meeting to come, also with its subject between (会议决定，某会议将于4月2日召开, 会议决定某某第四次
# 会议于2026年1月30日至2月2日召开): never the day of the meeting reported, wherever the page repeats it (a
# headline that names the coming session: 某会议4月2日召开).
_COMING_DAY = re.compile(
    r"(?:[将將]|定|[拟擬]|[计計][划劃]|[决決]定)[^。；;，,]{0,40}?[于於]\s*(?:(?:19|20)\d{2}\s*年\s*)?"
    r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]"
)
# The decided meeting's day right after its name, with no 于 (决定某某第二十次会议1月24日在某地召开).
_DECIDED_DAY = re.compile(
    r"[决決]定[^。；;，,]{0,40}?(?:会议|會議)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號][^。；;，,]{0,12}?(?:召开|召開|举行|舉行)"
)


class _Found(NamedTuple):
    year: int | None
    month: int | None
    day: int | None
    cited: bool
    furniture: bool = False  # on a masthead, issue stamp or publish strip line (``on_furniture_line``)


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


def _opening(text: str) -> str:
    """The first two sentences (or the first paragraph, if shorter), at most 260 chars."""
    head = text[:_OPENING_MAX].translate(FULLWIDTH_DIGITS)
    n = start = 0
    for m in _SENTENCE_END.finditer(head):
        # a run of question marks a conversion left (? ? ? ?2月29日，…) ends no sentence of the report
        n += _CJK.search(head, start, m.start()) is not None
        start = m.end()
        if n == _OPENING_SENTENCES:
            return head[: m.end()]
    return head


def _not_a_meeting_date(head: str, start: int, end: int) -> bool:
    """A banner (a line that is only a date, or a date and weekday), a time stamp or a labelled
    publication date, or a banner's lunar date and the solar one beside it. A bracketed date line,
    （2017年10月18日）, is a speech's date: kept."""
    alone = (start == 0 or head[start - 1] == "\n") and (end == len(head) or head[end] == "\n")
    banner = _BANNER_AFTER.match(head[end:]) or _lunar(head, start) or _before_lunar(head, end)
    return bool(alone or banner or labelled_before(head, start))


def _lunar(head: str, start: int) -> bool:
    """A lunar date: 农历 (or 阴历) just before ``head[start]``."""
    return _has_lunar(head) and _LUNAR_BEFORE.search(head, max(0, start - 4), start) is not None


def _before_lunar(head: str, end: int) -> bool:
    """A solar date a bracketed lunar one follows: 2023年3月6日(农历…)."""
    return _has_lunar(head) and _LUNAR_AFTER.match(head, end) is not None


def _has_lunar(head: str) -> bool:
    return "历" in head or "歷" in head or "曆" in head


def _in_text(head: str, near: Context | None = None) -> Iterator[_Found]:
    """Every date form in the opening, in order of position; invalid dates are skipped. ``near`` is the
    page's publish day, which tells a run-together month and day that splits two ways (109日)."""
    found: list[tuple[int, _Found]] = []
    taken: list[tuple[int, int]] = []
    for m in _FULL.finditer(head):
        y, mo, d = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
        yy, mm, dd = _number(y), _number(mo), _number(d) if d else None
        taken.append(m.span())
        if yy and mm and is_valid_date(yy, mm, dd) and not _not_a_meeting_date(head, *m.span()):
            found.append(
                (m.start(), _Found(yy, mm, dd, cited_day(head, *m.span()), on_furniture_line(head, *m.span())))
            )
    # a month and day, then one whose 日 was lost before the opening's comma (both start at the month)
    lost = chain(_LOST_DAY.finditer(head), _LOST_DAY_TIMED.finditer(head)) if "月" in head else ()
    dashed = _DASHED_MONTH_DAY.finditer(head) if "-" in head else ()
    for m in chain(_MONTH_DAY.finditer(head), lost, dashed):
        if any(a <= m.start("m") < b for a, b in taken):
            continue
        taken.append(m.span())
        mm, dd = _number(m["m"]), _number(m["d"])
        if mm and dd and is_valid_date(2000, mm, dd) and not _lunar(head, m.start()):
            furniture = on_furniture_line(head, *m.span(), full=False)
            found.append((m.start("m"), _Found(None, mm, dd, cited_day(head, *m.span()), furniture)))
    for m in _YEAR_RUN_TOGETHER.finditer(head):
        taken.append(m.span())
        if (md := _split_month_day(m["md"])) is not None:
            found.append((m.start(), _Found(int(m["y"]), *md, cited_day(head, *m.span()))))
    for m in chain(_RUN_TOGETHER.finditer(head), _LOST_MONTH_AND_DAY.finditer(head)):
        if any(a <= m.start("md") < b for a, b in taken):
            continue
        taken.append(m.span())
        if (md := _run_together_month_day(m["md"], near)) is not None:
            found.append((m.start("md"), _Found(None, *md, cited_day(head, *m.span()))))
    for m in _DAY_ONLY.finditer(head):
        if any(a <= m.start() < b for a, b in taken):
            continue
        dd = _number(m["d"])
        if dd and 1 <= dd <= 31:
            found.append((m.start(), _Found(None, None, dd, cited_day(head, *m.span()))))
    found.sort(key=lambda pair: pair[0])
    yield from (f for _, f in found)


def _run_together_month_day(digits: str, near: Context | None) -> tuple[int, int] | None:
    """The month and day of digits whose 月 was lost; two digits (43) only shortly before the publish day."""
    if len(digits) > 2:
        return _split_month_day(digits, near)
    md = _split_month_day(digits)
    return md if md is not None and near is not None and _shortly_before(md, near) else None


def _split_month_day(digits: str, near: Context | None = None) -> tuple[int, int] | None:
    """317 -> (3, 17), 1215 -> (12, 15); None when no split or more than one is a valid date, unless
    only one of them falls in the month before the publish day ``near`` (109日 of a page published
    2020-10-09 is 10月9日, not 1月9日)."""
    splits = {(int(digits[:i]), int(digits[i:])) for i in range(1, len(digits))}
    valid = [(m, d) for m, d in splits if d > 0 and is_valid_date(2000, m, d)]
    if len(valid) > 1 and near is not None:
        valid = [md for md in valid if _shortly_before(md, near)]
    return valid[0] if len(valid) == 1 else None


def _shortly_before(month_day: tuple[int, int], near: Context) -> bool:
    """True when the month and day fall on the publish day ``near`` or in the month before it."""
    year, month, day = near
    if month is None or day is None:
        return False
    published = dt.date(year, month, day)
    for y in (year, year - 1):
        if is_valid_date(y, *month_day) and 0 <= (published - dt.date(y, *month_day)).days <= _PUBLISHED_WITHIN:
            return True
    return False


def _relative_days(head: str) -> int | None:
    """Days back from the publication date said by 昨日/今天/前天 in the opening, if any."""
    for m in _RELATIVE.finditer(head):
        if not is_cited(head, *m.span()):
            return _RELATIVE_DAYS[m["w"]]
    return None


def _weekday(head: str) -> tuple[bool, int] | None:
    """(last week, weekday 0-6) said by 上周五/本周一 in the opening, if any (not a cited one)."""
    if "周" not in head and "星期" not in head and "週" not in head:
        return None
    for m in _WEEKDAY.finditer(head):
        if not is_cited(head, *m.span()):
            return m["w"].startswith("上"), _WEEKDAYS.index(m["d"].replace("天", "日"))
    return None


def _weekday_date(published: dt.date, last_week: bool, weekday: int) -> dt.date | None:
    """The day of that weekday in the publication's week (or the week before); None when this
    week's day is after the publication."""
    monday = published - dt.timedelta(days=published.weekday())
    day = monday + dt.timedelta(days=weekday - (7 if last_week else 0))
    return day if day <= published else None


# Contexts that date the publication, not the meeting (a year column or the text's own year do).
_PUBLISHED = frozenset({"publish_line", "url", "filename"})
_HISTORIC_YEARS = 5  # a full date this many years before the publication is a document's, not the meeting's


def _complete(found: _Found, ctx: Context, source: str = "") -> dt.date | None:
    """A year-less (or month-less) date completed from a context, rolling back when needed."""
    year, month, day = ctx
    m = found.month
    if month is None and (m, found.day) == (12, 31) and source in _PUBLISHED:
        year -= 1  # published a day or more after the year's last day: in the next year
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
    if is_valid_date(year, m, found.day):
        return dt.date(year, m, found.day or 1)
    return None


def _session_year(title: str, head: str, hints: Mapping[str, str], sessions: Sessions) -> int | None:
    """The year of the national session the report is of: its title, its congress column, or a
    session the opening names without citing it (a cited one, …会议精神, is not the meeting)."""
    if title and (year := sessions.year_in(title)) is not None:
        return year
    if (year := _congress_year(hints.get("congress") or "", title + head, sessions)) is not None:
        return year
    return next((year for start, end, year in sessions.found_in(head) if not is_cited(head, start, end)), None)


def _congress_year(value: str, context: str, sessions: Sessions) -> int | None:
    """The year a congress/届次 column gives: 19, 十九大, 第十九次 -> the CPC congress; 第十四届 ->
    the NPC term, but only for a national report (a local 届次 says nothing of the year)."""
    value = value.strip()
    national = "全国" in context or value.endswith("大")
    term = (
        cn_ordinal(value.removeprefix("第").removesuffix("大").removesuffix("次").removesuffix("届")) if value else None
    )
    if not term or not national:
        return None
    body = "npc" if value.endswith("届") or ("全国人民代表大会" in context and "共产党" not in context) else "cpc"
    return sessions.year(body, term)


def _full_dateline(dateline: str) -> Context | None:
    """The full date of a dateline cleaning removed (2023年3月22日), when it has its year."""
    if not (m := _FULL.match(dateline.translate(FULLWIDTH_DIGITS).strip())) or not m["y"] or not m["d"]:
        return None
    y, mo, d = _number(m["y"]), _number(m["m"]), _number(m["d"])
    return (y, mo, d) if y and mo and d and is_valid_date(y, mo, d) else None


def _historic_as_cited(
    found: list[_Found], hints: Mapping[str, str], publish_date: str | None, stamps: list[tuple[str, Context]]
) -> list[_Found]:
    """Full dates years before the publication (学习了某某同志1950年3月5日写的一篇文章…) marked as cited, when
    the opening has a day of its own without a year (4月28日下午): the day of a document studied."""
    if not any(f.year is None and f.month is not None and not f.cited for f in found):
        return found
    contexts = chain(context_dates(hints, publish_date), stamps)
    published = next((ctx[0] for source, ctx in contexts if source in _PUBLISHED), None)
    if published is None:
        return found
    return [f._replace(cited=True) if f.year is not None and f.year < published - _HISTORIC_YEARS else f for f in found]


def _cited_year_before(found: list[_Found], own: _Found) -> list[tuple[str, Context]]:
    """The year of a full date the opening cites on or before ``own``'s month and day (全会于2021年11月8日至11日
    举行 above 11月17日下午，…召开学习会): a last context, the cited event preceding the meeting in its year."""
    cited: list[tuple[str, Context]] = [
        ("text", (f.year, None, None))
        for f in found
        if f.cited and f.year is not None and f.month is not None and (f.month, f.day or 0) <= (own.month, own.day or 0)
    ]
    return cited[:1]


def _without_coming_days(found: list[_Found], text: str) -> list[_Found]:
    """The dates found, less those of a meeting to come the text names (see ``_COMING_DAY``)."""
    head = text[:STATED_MAX]
    decided = "定" in head and bool(_DECIDED_DAY.search(head))
    if "于" not in head and "於" not in head and not decided:
        return found
    coming = {(int(m[1]), int(m[2])) for m in _COMING_DAY.finditer(head)}
    coming |= {(int(m[1]), int(m[2])) for m in _DECIDED_DAY.finditer(head)} if decided else set()
    return [f for f in found if f.month is None or (f.month, f.day) not in coming]


def _without_furniture_dates(found: list[_Found]) -> tuple[list[_Found], list[tuple[str, Context]]]:
    """The dates found, less those on a furniture line (``on_furniture_line``) when another date
    of the opening, not cited, stands on a line of the report; with the full dates dropped, as
    publication contexts (a stamp is on or after the meeting's day)."""
    if not any(f.furniture for f in found) or not any(not f.furniture and not f.cited for f in found):
        return found, []
    stamps: list[tuple[str, Context]] = [
        ("publish_line", (f.year, f.month, f.day))
        for f in found
        if f.furniture and f.year is not None and f.month is not None and f.day is not None
    ]
    return [f for f in found if not f.furniture], stamps


def meeting_date(
    text: str,
    hints: Mapping[str, str],
    publish_date: str | None = None,
    title: str | None = None,
    sessions: Sessions | None = None,
    dateline: str | None = None,
) -> DateResult:
    """The meeting date with its precision and the rule that gave it (see the module doc).

    ``dateline`` is the date of a dateline cleaning removed (本报9月14日讯 -> 9月14日): the
    meeting's date, or the day a relative date (今天上午, 昨日) counts back from."""
    head = _opening(text)
    title = title or ""
    labelled = publish_stamps(head)
    near = labelled[0][1] if labelled else parse_context_date(publish_date)
    found = _historic_as_cited(list(_in_text(head, near)), hints, publish_date, labelled)
    if len(found) > 1 and (other := other_event_days(head)):
        found = [f._replace(cited=True) if (f.month, f.day) in other else f for f in found]
    candidates, stamps = _without_furniture_dates(_without_coming_days(found, text))
    stamps = labelled + stamps  # a labelled publish line before an unlabelled stamp
    candidates.sort(key=lambda f: f.cited)  # stable: own dates first, in text order
    back = _relative_days(head)
    lined = next(_in_text(dateline.translate(FULLWIDTH_DIGITS)), None) if dateline else None
    own_day = next((f for f in candidates if f.month is None and not f.cited), None)
    if lined is not None and own_day is not None and lined.month is not None and lined.day is not None:
        # 中新网北京9月21日电 20日下午…: the text's day, in the dateline's month (or the one before)
        month = lined.month if own_day.day is not None and own_day.day <= lined.day else (lined.month - 2) % 12 + 1
        candidates.insert(0, _Found(None, month, own_day.day, False))
    elif lined is not None and back is None and not any(f.month is not None and not f.cited for f in candidates):
        candidates.insert(0, lined)  # 中国水利网8月29日讯 8月28日晚…: the text's own day is the meeting's
    session = _session_year(title, head, hints, sessions or Sessions())
    known = hint_year(hints) or session
    # 近日，…传达学习6月8日…精神: the meeting's own time is 近日, so a day the opening cites is not its
    recent = _RECENT.search(head)
    has_own = any(not f.cited for f in candidates) or (recent is not None and not is_cited(head, *recent.span()))
    for f in candidates:
        if f.year is not None and f.day is not None and known in (None, f.year) and not (f.cited and has_own):
            return DateResult(dt.date(f.year, f.month or 1, f.day), "day", "text")
    if (hinted := hint_date(hints)) and hinted.precision == "day":
        return hinted
    contexts = list(context_dates(hints, publish_date))
    if dateline and (dated := _full_dateline(dateline)):
        contexts.append(("text", dated))  # a cut credit's full date: (2023年3月22日某某街道某某报道)
    # a stamp is the page's own publish line: after the one cleaning found, before URL and file name
    first = next((i for i, (source, _) in enumerate(contexts) if source != "publish_line"), len(contexts))
    contexts[first:first] = stamps
    own = own_year(title, head)
    years = [("text_year", (own, None, None))] if own else []
    years += [("session", (session, None, None))] if session else []
    titled = title_year(title) or held_year(head)
    last = [("text_year", (titled, None, None))] if titled else []
    for f in candidates:
        if f.year is None and f.month is not None and not (f.cited and has_own):
            present = [] if last or contexts else text_year_contexts(text, f.month)
            reviewed = reviewed_and_planned_year(text, f.month)
            planned = [("text_year", (reviewed, None, None))] if reviewed else []
            before = _cited_year_before(found, f)
            for source, ctx in (*years, *planned, *contexts, *last, *present, *before):
                if (date := _complete(f, ctx, source)) is not None:
                    return DateResult(date, "day", source)
    if back is not None and lined is not None:
        for _, ctx in (*years, *contexts):
            if (date := _complete(lined, ctx)) is not None:
                return DateResult(date - dt.timedelta(days=back), "day", "relative")
    if back is not None and not any(f.year is None for f in candidates if not f.cited):
        for _, (y, m, d) in contexts:
            if m is not None and d is not None:
                return DateResult(dt.date(y, m, d) - dt.timedelta(days=back), "day", "relative")
    if (week := _weekday(head)) is not None and not any(f.year is None for f in candidates if not f.cited):
        for _, (y, m, d) in contexts:
            if m is not None and d is not None:
                if (day := _weekday_date(dt.date(y, m, d), *week)) is not None:
                    return DateResult(day, "day", "relative")
                break
    for f in candidates:
        if f.year is None and f.month is None:
            for source, ctx in contexts:
                if (date := _complete(f, ctx)) is not None:
                    return DateResult(date, "day", source)
    for f in candidates:
        if f.year is not None and f.day is None and known in (None, f.year) and not f.cited:
            return DateResult(dt.date(f.year, f.month or 1, 1), "month", "text")
    if hinted:
        return hinted
    if (year := hint_year(hints)) is not None:
        return DateResult(dt.date(year, 1, 1), "year", "column")
    if session is not None:
        return DateResult(dt.date(session, 1, 1), "year", "session")
    if (year := own or titled) is not None:
        return DateResult(dt.date(year, 1, 1), "year", "text_year")
    return _recent_year(head, contexts)


def _recent_year(head: str, contexts: list[tuple[str, Context]]) -> DateResult:
    """近日/日前 with a publication day from February on: the meeting's year, no day."""
    if (m := _RECENT.search(head)) and not is_cited(head, *m.span()):
        for _, (y, mo, d) in contexts:
            if mo is not None and d is not None:
                if (mo, d) >= _RECENT_FROM:
                    return DateResult(dt.date(y, 1, 1), "year", "relative")
                break
    return DateResult(None, None, "none")
