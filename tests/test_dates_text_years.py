"""The year a report's own text gives a year-less day (etl.extract.dates.text_years), read by meeting_date."""

from __future__ import annotations

import datetime as dt

import pytest

from etl.extract.dates.dates import meeting_date

D = dt.date


@pytest.mark.parametrize(
    "work",
    [
        # invented: a document of this year's work the meeting decides on, not a document it cites
        "审定了2025年上半年新增财政支出安排意见",
        "審定了2025年上半年新增財政支出安排意見",
        "审议通过了2025年第一季度防汛工作实施意见",
        "研究了《2025年上半年重点项目调度方案》",
    ],
)
def test_the_year_of_a_document_the_meeting_decides_on(work: str) -> None:
    text = f"8月18日上午，县长某某主持召开县政府第四十八次常务会议。会议{work}。会议要求，抓好落实。"
    r = meeting_date(text, {}, None)
    assert (r.date, r.source) == (D(2025, 8, 18), "text_year")


def test_a_cited_document_of_a_years_part_gives_no_year() -> None:
    text = "8月18日，县政府召开常务会议，传达学习2023年上半年某某文件精神。会议要求，抓好落实。"
    assert meeting_date(text, {}, None).date is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # invented: the national sessions of a year, relayed in the spring that follows them
        (
            "3月16日，区委书记某某主持召开区委常委会会议，传达学习习近平总书记在2026年全国两会期间重要讲话精神。",
            D(2026, 3, 16),
        ),
        ("4月2日，县委理论学习中心组召开学习会，学习贯彻2025年全国“两会”精神。", D(2025, 4, 2)),
        ("3月8日，縣委召開常委會會議，傳達學習2024年全國兩會精神。", D(2024, 3, 8)),
    ],
)
def test_the_year_of_the_national_sessions_a_spring_meeting_relays(text: str, expected: dt.date) -> None:
    r = meeting_date(text, {}, None)
    assert (r.date, r.source) == (expected, "text_year")


def test_the_national_sessions_give_no_year_outside_their_spring() -> None:
    text = "12月8日，县委召开常委会会议，回顾2024年全国两会以来的工作。"
    assert meeting_date(text, {}, None).date is None


@pytest.mark.parametrize(
    ("text", "publish", "expected"),
    [
        # invented: a year-start meeting reviewing one year and setting the next one's goals, on a page re-uploaded later
        (
            "3月21日，某镇第五届人民代表大会第五次会议召开。\n报告总结了2014年镇政府取得的成绩，明确了2015全镇经济社会"
            "发展的奋斗目标。",
            "2017-10-26 11:46:39",
            D(2015, 3, 21),
        ),
        ("1月8日，县委召开全会。会议回顾2023年工作，部署2024年重点任务。", "2026-05-01", D(2024, 1, 8)),
        # in December it meets in the year it reviews
        ("12月28日，区委召开常委会会议，总结2023年工作，安排部署2024年工作任务。", "2025-01-02", D(2023, 12, 28)),
    ],
)
def test_a_meeting_reviewing_a_year_and_planning_the_next(text: str, publish: str, expected: dt.date) -> None:
    r = meeting_date(text, {}, publish)
    assert (r.date, r.source) == (expected, "text_year")


@pytest.mark.parametrize(
    "text",
    [
        # invented: in mid-year, or with years that do not follow each other, the publication's year stands
        "7月8日，区委召开常委会会议，总结2023年工作，安排部署2024年工作任务。",
        "3月8日，区委召开常委会会议，回顾2019年以来的工作，明确2025年目标任务。",
    ],
)
def test_no_review_and_plan_year_out_of_its_shape(text: str) -> None:
    r = meeting_date(text, {}, "2026-07-10")
    assert r.date is not None and r.date.year == 2026 and r.source == "publish_line"
