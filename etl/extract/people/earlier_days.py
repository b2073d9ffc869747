"""The events a meeting passes on, retold in paragraphs of their own days: their people are not this
meeting's speakers.

A town or a department that studies what happened above it often retells it before its own leader's
words (8月29日，某镇召开专题会议传达学习…活动会议精神、…全会精神。…⏎8月22日-23日，市委书记某某带队…，出席…
活动会并讲话…某某强调，…⏎8月27日-28日，…全会召开，县委书记某某代表县委常委会作工作报告…⏎某某要求，…): a
paragraph that opens with a day before the meeting's tells another event. When the meeting's opening
passes something on (传达, 学习), those named and speaking only in such paragraphs keep no presider's or
speaker's role, and the words given to them are narration. A mention elsewhere inside another
speaker's words (…统一到市委书记某某的指示精神上来) is still a citation.
"""

from __future__ import annotations

import bisect
import re

from etl.contract.model import Reading, Speech
from etl.extract.people.speech_spans import joined_speeches
from etl.extract.text.patterns import compile_tc, simplified_page

__all__ = ["without_earlier_days"]

# The meeting's day: the first date of the opening paragraph (8月29日, 12月3日上午), within one line.
_DAY = re.compile(r"(?P<m>\d{1,2})[^\S\n]*月[^\S\n]*(?P<d>\d{1,2})[^\S\n]*日")
# A paragraph opening with its own day (8月22日-23日，…; 22日上午，…: the month the meeting's).
_PARAGRAPH_DAY = re.compile(r"[ \t\u3000]*(?:(?P<m>\d{1,2})\s*月)?\s*(?P<d>\d{1,2})\s*日")
# The opening passes on what happened elsewhere: its report is of a study, not of those events.
_PASSES_ON = compile_tc(r"传达|学习")
_YEAR_TURN = 6  # a day this many months after the meeting's is last year's (12月28日 before 1月5日)


def _opening(text: str) -> tuple[int, int] | None:
    """The meeting's (month, day), when the first paragraph holding a day passes something on."""
    if (m := _DAY.search(text)) is None:  # one scan: a day never spans lines, so its line is the first with one
        return None
    start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
    return (int(m["m"]), int(m["d"])) if _PASSES_ON.search(text, start, len(text) if end < 0 else end) else None


def _earlier(day: tuple[int, int], meeting: tuple[int, int]) -> bool:
    return day < meeting or day[0] - meeting[0] >= _YEAR_TURN


def _earlier_paragraphs(text: str, meeting: tuple[int, int]) -> list[tuple[int, int]]:
    """The spans of the paragraphs that open with a day before the meeting's."""
    out, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if (m := _PARAGRAPH_DAY.match(line)) and 1 <= int(m["d"]) <= 31:
            day = (int(m["m"]) if m["m"] else meeting[0], int(m["d"]))
            if _earlier(day, meeting):
                out.append((start, end))
        start = end + 1
    return out


def _in_spans(spans: list[tuple[int, int]], at: int) -> bool:
    """``at`` lies in one of ``spans`` (sorted, disjoint)."""
    i = bisect.bisect_right(spans, at, key=lambda span: span[0]) - 1
    return i >= 0 and spans[i][0] <= at < spans[i][1]


def without_earlier_days(text: str, reading: Reading) -> Reading:
    """``reading`` without the presider's and speakers' roles of people of the events the meeting passes
    on, retold in paragraphs of earlier days (see the module doc)."""
    if "日" not in text or (meeting := _opening(text)) is None:
        return reading
    spans = _earlier_paragraphs(text, meeting)
    if not spans:
        return reading
    key = simplified_page(text)
    inside = [_in_spans(spans, s.start) for s in reading.speeches]
    told = {p.name for p in reading.people if p.role in ("presider", "speaker")}
    retold = {name for name in told if _only_retold(key, name, spans, reading.speeches, inside)}
    if not retold:
        return reading
    people = tuple(p for p in reading.people if not (p.name in retold and p.role in ("presider", "speaker")))
    speeches = tuple(Speech(s.start, s.text, None) if s.speaker in retold else s for s in reading.speeches)
    return Reading(people, joined_speeches(speeches))


def _only_retold(
    key: str, name: str, spans: list[tuple[int, int]], speeches: tuple[Speech, ...], inside: list[bool]
) -> bool:
    """``name`` speaks only in earlier days' paragraphs, is named first in one, and is named elsewhere
    only inside the words of someone else or of the meeting (会议要求，…某某的指示精神…)."""
    if not all(i for s, i in zip(speeches, inside, strict=True) if s.speaker == name):
        return False
    first = key.find(name)
    if first < 0 or not _in_spans(spans, first):
        return False
    starts = [s.start for s in speeches]  # the spans are consecutive and cover the text
    at = first
    while at >= 0:
        if not _in_spans(spans, at):
            s = speeches[bisect.bisect_right(starts, at) - 1]
            if s.speaker in (None, name):
                return False
        at = key.find(name, at + 1)
    return True
