"""The clause a date stands in: an opening that first times another event (a source's report, a
basis, a predecessor, an occasion, a meeting prepared for) and then the meeting held gives the
meeting's day; an opening with only the subordinate date keeps it. Invented openings, with a
property test over days."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.count.codebook import load_folder
from etl.extract.dates.date_clauses import in_subordinate_clause
from etl.extract.dates.dates import meeting_date
from tests.conftest import CODEBOOK

URL = {"url": "http://www.example.gov.cn/2023/12/28/a.html"}  # the page's month and day, after every meeting here

OTHER_EVENT_FIRST = [
    ("据某市日报12月5日报道，12月4日，某县委召开常委会会议，书记某某主持。", dt.date(2023, 12, 4)),
    ("在12月4日宪法日到来之际，12月3日，某区委理论学习中心组召开学习会。", dt.date(2023, 12, 3)),
    ("继11月20日召开第一次会议之后，12月1日，某县巡察领导小组再次召开会议。", dt.date(2023, 12, 1)),
    ("为迎接12月10日开幕的县党代会，12月5日，县委召开筹备工作会议。", dt.date(2023, 12, 5)),
    ("根据11月30日省委常委会议部署，12月2日，某市委召开常委会会议，研究贯彻措施。", dt.date(2023, 12, 2)),
    ("按照11月28日市委常委会议要求，某县委于12月2日召开常委会会议。", dt.date(2023, 12, 2)),
    ("11月28日市委全会召开后，12月2日，某县委迅速召开常委会会议，传达学习全会精神。", dt.date(2023, 12, 2)),
    ("距离11月28日的市委全会仅三天，12月1日，某县委召开常委会会议。", dt.date(2023, 12, 1)),
    ("國慶節前夕的9月29日，某鎮黨委召開會議，部署節日安全工作。", dt.date(2023, 9, 29)),  # the occasion is the day
    # day-only dates in the same shapes
    ("继20日召开专题会议之后，22日上午，某县政府再次召开常务会议。", dt.date(2023, 12, 22)),
]


@pytest.mark.parametrize(("text", "day"), OTHER_EVENT_FIRST)
def test_a_date_timing_another_event_gives_way_to_the_meetings_own(text: str, day: dt.date) -> None:
    assert meeting_date(text, URL).date == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the meeting's own day inside 在…召开的…会议上 (召开的 times the meeting itself)
        ("在12月2日召开的某县委常委会会议上，书记某某强调，要抓好冬季防火。", dt.date(2023, 12, 2)),
        # 据悉 / 据了解 close their clause with a comma: the day after them is the meeting's
        ("据悉，12月2日，某县委召开常委会会议。", dt.date(2023, 12, 2)),
        ("据了解，12月2日下午，某县委召开常委会会议。会议决定12月15日召开全会。", dt.date(2023, 12, 2)),
        # a date cited after the meeting's own, as before
        ("12月2日，某县委召开常委会会议，传达学习11月28日市委常委会议精神。", dt.date(2023, 12, 2)),
        # a subordinate date alone is still the only day the opening gives
        ("根据12月1日省委常委会议部署，某县委召开常委会会议。", dt.date(2023, 12, 1)),
    ],
)
def test_the_meetings_own_day_stays(text: str, day: dt.date) -> None:
    assert meeting_date(text, URL).date == day


def test_the_year_of_a_congress_closed_before_the_meeting_still_dates_it() -> None:
    text = "中国共产党第二十次全国代表大会胜利闭幕后，某局党组于10月25日下午召开理论学习中心组学习会，交流学习体会。"
    found = meeting_date(text, {}, None, None, load_folder(CODEBOOK).sessions)
    assert found.date == dt.date(2022, 10, 25)


@pytest.mark.parametrize(
    ("text", "subordinate"),
    [
        ("据某报12月5日报道", True),
        ("按照11月28日会议要求", True),
        ("11月28日全会召开后，", True),
        ("在12月4日宪法日到来之际", True),
        ("12月4日，县委召开会议", False),
        ("在12月2日召开的常委会上", False),
        ("据悉，12月2日，县委召开会议", False),
    ],
)
def test_the_clause_of_a_date(text: str, subordinate: bool) -> None:
    start = text.index("1")
    end = text.index("日", start) + 1
    assert in_subordinate_clause(text, start, end) is subordinate


@settings(max_examples=60, deadline=None)
@given(
    st.dates(min_value=dt.date(2012, 2, 1), max_value=dt.date(2025, 11, 30)),
    st.integers(min_value=1, max_value=9),
    st.sampled_from(["据某报{d}报道，", "根据{d}省委会议部署，", "继{d}召开会议之后，", "在{d}纪念日到来之际，"]),
)
def test_any_day_after_another_events_day_is_the_meetings(day: dt.date, before: int, lead: str) -> None:
    other = day - dt.timedelta(days=before)
    text = lead.format(d=f"{other.month}月{other.day}日") + f"{day.month}月{day.day}日，某县委召开常委会会议。"
    published = day + dt.timedelta(days=1)
    assert meeting_date(text, {}, published.isoformat()).date == day
