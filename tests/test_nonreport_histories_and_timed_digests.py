"""not_report_reason(): a history told by year and month, and a digest whose days carry a time of day,
are not meeting reports; reports near those shapes stay reports."""

from __future__ import annotations

import pytest

from etl.extract.cleaning.clean import clean
from etl.extract.pages.nonreport import not_report_reason


def _reason(page: str) -> str:
    return not_report_reason(page, clean(page).text) or ""


@pytest.mark.parametrize(
    "page",
    [
        # invented: an explainer of a kind of meeting, its history by year and month
        "“联席会议”是由多个部门参加的会议。\n某委员会第一次联席会议于1951年3月在某地召开，会议由某某主持。"
        "1953年6月，又召开了第二次会议。1957年9月，会议强调加强协作。此后，1962年4月还召开了会议。",
        # invented: a county's history of its congresses
        "某县人民代表大会历史沿革\n1954年8月，召开第一届人民代表大会第一次会议。1958年11月，召开第二届第一次会议。"
        "1963年5月，召开第三届第一次会议。1980年12月，召开第七届第一次会议。",
    ],
)
def test_a_history_by_year_and_month_is_not_a_report(page: str) -> None:
    assert "a history" in _reason(page)


@pytest.mark.parametrize(
    "page",
    [
        # invented: a leader's week, its days led by a time of day
        "某省委书记的一周\n3月1日，省委常委会召开会议，传达学习全会精神。\n3月3日下午，代表团举行全体会议。\n"
        "3月4日上午，代表团举行全体会议，审议有关事项。\n3月5日晚，某某出席文艺演出。",
        "本周要闻\n6月2日上午，市长某某调研重点项目。\n6月3日，市政府召开常务会议。\n6月5日下午，市委书记某某会见客商。",
    ],
)
def test_a_digest_whose_days_carry_a_time_of_day_is_not_a_report(page: str) -> None:
    assert "digest" in _reason(page)


@pytest.mark.parametrize(
    "page",
    [
        # invented: a report that names one earlier year with its month, and one that retells a range of days
        "3月5日，县委召开常委会会议。会议指出，自2018年3月以来，全县累计完成投资100亿元。会议强调，要抓好落实。",
        "8月29日，某镇召开专题会议，传达学习会议精神。\n8月22日-23日，市委书记某某到某县调研。\n"
        "8月27日-28日，县委全会召开。\n会议要求，要抓好贯彻落实。",
        # invented: a report whose second paragraph opens with the next day's time
        "5月9日上午，区委召开常委会会议。\n5月10日下午，会议继续举行。会议强调，要抓好落实。",
    ],
)
def test_reports_near_those_shapes_stay_reports(page: str) -> None:
    assert not_report_reason(page, clean(page).text) is None
