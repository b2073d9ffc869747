"""The clause a date stands in: a date that times another event is not the meeting's day.

A report's opening often names two days: the meeting's own and one that times something else,
which the writer puts first. A careful reader tells them apart by the clause each stands in: the
meeting's day is the time of the clause that tells of the meeting held (12月2日，县委召开…), while a
date inside a subordinate clause times another event:

- a source (据某报12月10日报道), a basis (根据/按照11月30日省委常委会议部署), a predecessor
  (继11月20日…之后, 11月28日市委全会召开后，), an occasion (在12月4日宪法日到来之际, …前夕), a meeting
  prepared for (为迎接12月10日开幕的…), a distance (距离11月28日…);

such a date is cited (``cited_day``, for the days ``dates`` finds in the opening): it ranks below the
opening's own day, and is still taken when the opening names no other. Years are not asked so: the
year of a congress closed before a meeting (…全国代表大会闭幕后，…召开) is still the meeting's year.
"""

from __future__ import annotations

from etl.extract.dates.text_years import is_cited
from etl.extract.text.patterns import compile_tc

__all__ = ["cited_day", "in_subordinate_clause"]

# A subordinating word before the date in its clause (no comma between): 据…, 根据/按照…, 继…, 为迎接…, 距离….
_SUBORDINATE_BEFORE = compile_tc(r"(?:据|根据|按照|依据|依照|遵照|继|为迎接|迎接|距离|距)[^，,。；;\n]{0,12}\Z")
# What closes the date's clause as another event's time: …报道, …之际, …前夕, …召开后， (not 召开的: 在12月2日召开的
# 县委常委会上 times the meeting itself).
_SUBORDINATE_AFTER = compile_tc(r"[^，,。；;\n]{0,30}?(?:报道|之际|前夕|(?:之后|以后|后)(?=\s*[，,]))")
_CLAUSE_REACH = 40  # a clause's reach on either side of its date


def in_subordinate_clause(head: str, start: int, end: int) -> bool:
    """The date at ``head[start:end]`` times another event (see the module)."""
    return bool(
        _SUBORDINATE_BEFORE.search(head, max(0, start - _CLAUSE_REACH), start)
        or _SUBORDINATE_AFTER.match(head, end, end + _CLAUSE_REACH)
    )


def cited_day(head: str, start: int, end: int) -> bool:
    """The day at ``head[start:end]`` is cited (``text_years.is_cited``) or times another event."""
    return is_cited(head, start, end) or in_subordinate_clause(head, start, end)


# A sentence of the opening that tells of a meeting held (召开, 举行, 会议, 会上, 常委会, 座谈会) at a day it does
# not cite: that day is the meeting's; a dated sentence before it that tells of none times another event
# (5月16日下午，总书记…莅临某地考察…。5月18日晚，某某主持召开…会议), and a dated one after it another meeting's or
# event's (…召开扩大学习会。全会于2021年11月8日至11日在北京举行). Only sentences closed by a sentence mark (or by the
# opening's end) count: a headline with its stamp is no sentence of the report.
_HELD = compile_tc(r"召开|举行|会议|会上|常委会|座谈会")
_SENTENCE = compile_tc(r"[^。！？!?\n]+(?:[。！？!?]|$)")
_MONTH_DAY = compile_tc(r"(\d{1,2})\s*月\s*(\d{1,2})(?!\d)")


def other_event_days(head: str) -> set[tuple[int, int]]:
    """The (month, day) pairs of the opening that time another event than the meeting (see ``_HELD``):
    every dated sentence's but the first one telling of a meeting held; none when no dated sentence tells of one."""
    dated = []
    for sentence in _SENTENCE.finditer(head):
        days = [(m, int(m[1]), int(m[2])) for m in _MONTH_DAY.finditer(head, sentence.start(), sentence.end())]
        if days:
            dated.append((sentence[0], days))
    held = next(
        (
            i
            for i, (sentence, days) in enumerate(dated)
            if _HELD.search(sentence) and any(not cited_day(head, *m.span()) for m, _, _ in days)
        ),
        None,
    )
    if held is None:
        return set()
    own = {(month, day) for _, month, day in dated[held][1]}
    return {(month, day) for i, (_, days) in enumerate(dated) if i != held for _, month, day in days} - own
