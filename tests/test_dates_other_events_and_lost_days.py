"""meeting_date(): an opening that first times another event in a sentence telling of no meeting (a
leader's visit, an inspection) and then the meeting held gives the meeting's day; a day the meeting
follows, told after it (a plenum's dates), is cited, and gives its year; a day whose 日 the page lost
before a time of day (11月17下午) is read. Invented openings."""

from __future__ import annotations

import datetime as dt

import pytest

from etl.extract.dates.date_clauses import other_event_days
from etl.extract.dates.dates import meeting_date

PUBLISHED = "2023-05-19"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # invented: a visit, an inspection and a tour before the meeting's sentence
        (
            "5月16日下午，总书记在某市考察，作出重要指示。5月18日晚，区委书记某某主持召开区委常委会(扩大)会议。",
            dt.date(2023, 5, 18),
        ),
        (
            "5月10日，省长某某莅临我县视察。5月12日上午，县委召开常委会会议，传达学习视察时的讲话精神。",
            dt.date(2023, 5, 12),
        ),
        ("5月8日至9日，市委书记某某到我区调研。5月11日，区委常委会召开会议，研究贯彻落实意见。", dt.date(2023, 5, 11)),
    ],
)
def test_a_day_of_another_event_before_the_meeting_held_is_cited(text: str, day: dt.date) -> None:
    assert meeting_date(text, {}, PUBLISHED).date == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # invented: the meeting's day told first, a plenum's or a conference's after it; 日 lost before 下午
        (
            "为学习贯彻全会精神，11月17下午，校党委理论学习中心组召开扩大学习会。\n全会于2021年11月8日至11日在北京举行。",
            dt.date(2021, 11, 17),
        ),
        ("11月20日上午，区委召开常委会会议。会议传达了2022年11月15日召开的全省大会精神。", dt.date(2022, 11, 20)),
        ("3月8上午，县委召开常委会会议，书记某某主持。", dt.date(2023, 3, 8)),
    ],
)
def test_the_meeting_told_first_keeps_its_day(text: str, day: dt.date) -> None:
    assert meeting_date(text, {}, PUBLISHED if day.year == 2023 else None).date == day


@pytest.mark.parametrize(
    "text",
    [
        # invented: one sentence, one day; two meetings' days with no sentence telling of one held
        "5月18日，区委召开常委会会议。",
        "5月16日，某某到某地考察。5月18日，某某到某镇调研。",
    ],
)
def test_no_other_event_without_a_meeting_held_and_another_dated_sentence(text: str) -> None:
    assert other_event_days(text) == set()
