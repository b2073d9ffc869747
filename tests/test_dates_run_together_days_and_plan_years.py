"""meeting_date(): held-out batches 43-46's date shapes (invented openings): a month and day of one digit each
whose 月 the page lost (43日, for 4月3日), dated by the publish line; a year given only by the plan the meeting
calls to complete (确保完成2018年度计划)."""

from __future__ import annotations

import datetime as dt

import pytest

from etl.extract.dates.dates import meeting_date


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # invented: 4月3日 written 43日, the page published the day after
        ("43日,旗政协十届九次常委会会议召开,主席某某主持会议。", "2020-04-04", dt.date(2020, 4, 3)),
        ("33日，区长某某主持召开区长办公会议。", "2025-03-04", dt.date(2025, 3, 3)),
        ("95日上午，县委书记某某主持召开县委常委会会议。", "2021-09-07", dt.date(2021, 9, 5)),
    ],
)
def test_two_digits_no_day_can_be_are_a_month_and_a_day(text: str, published: str, day: dt.date) -> None:
    assert meeting_date(text, {}, published).date == day


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a day that can be a day stays the day
        ("12日，区长某某主持召开区长办公会议。", "2025-03-14"),
        # a month and day far from the publish day is not read
        ("43日，区长某某主持召开区长办公会议。", "2025-09-14"),
    ],
)
def test_two_digits_that_are_a_day_or_far_from_publication_are_not_split(text: str, published: str) -> None:
    r = meeting_date(text, {}, published)
    assert r.date != dt.date(2025, 4, 3)
    if text.startswith("12"):
        assert r.date == dt.date(2025, 3, 12)


@pytest.mark.parametrize(
    "sentence",
    [
        # invented: the year only in the plan the meeting calls to complete
        "他要求，各参建单位要倒排工期，圆满完成2018年度计划，为明年竣工打下基础。",
        "会议要求，确保完成2018年度目标任务。",
    ],
)
def test_the_year_of_the_plan_to_complete_dates_a_september_meeting(sentence: str) -> None:
    text = "9月21日，青川大道项目指挥部召开工程进度推进会，副总指挥某某主持。\n" + sentence
    r = meeting_date(text, {}, None)
    assert (r.date, r.source) == (dt.date(2018, 9, 21), "text_year")


def test_the_plan_year_of_a_january_meeting_or_an_assessment_is_not_read() -> None:
    january = "1月8日，青川大道项目指挥部召开工作会议。\n会议要求，圆满完成2018年度计划。"
    assessed = "9月21日，青川大道项目指挥部召开会议。\n会议听取了完成2017年度目标任务考核情况的汇报。"
    assert meeting_date(january, {}, None).date is None
    assert meeting_date(assessed, {}, None).date is None
