"""meeting_date(): held-out batch 37 and 38's date shapes (invented openings): a month and day whose 月
became a dash and whose 日 was lost (3-24,), dated by the publish line; a year given only by a later
paragraph that tells the organ's work going on (2021年，某镇党委认真贯彻…)."""

from __future__ import annotations

import datetime as dt

import pytest

from etl.extract.dates.dates import meeting_date


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # invented: a minutes page that lost every 年, 月 and 日 glyph, its year from the publish line
        (
            "3-24,县长某某主持召开县人民政府第9次常务会议。会议指出,自2014-以来成效明显。",
            "2021-4-13",
            dt.date(2021, 3, 24),
        ),
        ("11-5，区长某某主持召开区政府常务会议。", "2022-11-07", dt.date(2022, 11, 5)),
        # a December meeting published in January takes the year before
        ("12-28,县长某某主持召开县政府常务会议。", "2023-01-04", dt.date(2022, 12, 28)),
    ],
)
def test_a_month_and_day_whose_glyphs_were_lost_is_read(text: str, published: str, day: dt.date) -> None:
    assert meeting_date(text, {}, published).date == day


@pytest.mark.parametrize(
    "text",
    [
        "3-5,7-8名同志参加。",  # a count's range, not a day
        "2016-3,县长某某主持召开县政府常务会议。",  # a year and a month
        "13-24,县长某某主持召开县政府常务会议。",  # no such month
    ],
)
def test_a_dashed_pair_that_is_no_month_and_day_is_not_read(text: str) -> None:
    assert meeting_date(text, {}, "2021-04-13").date is None


BACKGROUND_MEETING = (
    "9月12日下午，青石镇宣传工作推进会在镇会议室召开。镇党委委员某某主持会议。\n"
    "会上，集体学习了有关文件，部署了下一步工作。\n"
)


def test_a_background_paragraph_led_by_its_year_dates_the_meeting() -> None:
    text = (
        BACKGROUND_MEETING
        + "2021年，青石镇党委认真贯彻落实上级各项决策部署，继续深入开展学习教育。\n此次推进会旨在抓好落实。"
    )
    r = meeting_date(text, {}, None)
    assert (r.date, r.source) == (dt.date(2021, 9, 12), "text_year")


@pytest.mark.parametrize(
    "paragraph",
    [
        "2021年，全镇完成固定资产投资5亿元，认真落实各项部署。",  # a year's results, counted
        "2022年，要继续深入贯彻落实上级决策部署。",  # work to come
    ],
)
def test_a_year_of_results_or_plans_is_not_the_meetings(paragraph: str) -> None:
    assert meeting_date(BACKGROUND_MEETING + paragraph, {}, None).date is None


def test_a_background_year_is_not_read_for_a_meeting_of_the_years_first_months() -> None:
    # a February meeting may look back on the year before
    text = "2月12日，青石镇召开推进会。\n2021年，青石镇党委认真贯彻落实上级各项决策部署。"
    assert meeting_date(text, {}, None).date is None
