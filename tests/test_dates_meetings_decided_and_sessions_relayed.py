"""meeting_date() on three text years batch 66 showed: a meeting to come that the meeting decides on, dated by its
month only (全会决定，某某代表大会于2021年12月在…召开), gives the year of the meeting deciding it (rolled back when
the month comes before the meeting's); the national sessions relayed in June are still that year's; a year-end
activity (2019年…年终视察…方案) an October-December meeting names is its own year's. Deadlines, meetings told as
held, a relay outside March-June and a year-end word in January give no year. Every text here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from etl.extract.dates.dates import meeting_date
from etl.extract.dates.text_years import text_year_contexts

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "8月16日，中共溪山县第十三届委员会第九次全体会议召开。全会决定，中国共产党溪山县第十四次代表大会"
            "于2026年11月在县会议中心召开。",
            D(2026, 8, 16),
        ),
        (
            "11月20日，青禾区政协召开主席会议。会议决定，区政协十一届三次会议于2025年1月在区行政中心举行。",
            D(2024, 11, 20),
        ),
        ("10月9日，县委召开常委会会议，会议决定，县第十六次党代会于2023年12月召開。", D(2023, 10, 9)),
    ],
)
def test_a_meeting_decided_on_by_its_month_gives_the_year(text: str, expected: dt.date) -> None:
    r = meeting_date(text, {}, None)
    assert (r.date, r.source) == (expected, "text_year")


@pytest.mark.parametrize(
    "text",
    [
        # a deadline by its month, not a meeting convened
        "9月3日，县政府召开常务会议。会议决定，全县棚户区改造将于2027年6月底前全面完成。",
        # a meeting told as held, relayed: no verb of decision before it
        "11月25日，区委召开常委会会议，传达学习党的二十届三中全会精神，全会于2024年7月在北京召开。",
    ],
)
def test_a_deadline_or_a_meeting_held_is_no_meeting_to_come(text: str) -> None:
    # (the dated clause itself is read by the text's own dates; here only the text's last contexts are asked)
    month = int(text.split("月", 1)[0])
    assert text_year_contexts(text, month) == []


def test_the_national_sessions_relayed_in_june_give_their_year() -> None:
    text = "6月4日下午，溪山集团党委召开干部大会，传达学习2027年全国两会精神。会议强调，要抓好贯彻落实。"
    r = meeting_date(text, {}, None)
    assert (r.date, r.source) == (D(2027, 6, 4), "text_year")


def test_the_national_sessions_relayed_in_july_give_no_year() -> None:
    text = "7月2日，县委召开常委会会议，回顾2027年全国两会以来全县的工作。"
    assert meeting_date(text, {}, None).date is None


def test_a_year_end_activity_named_by_an_autumn_or_winter_meeting_gives_its_year() -> None:
    text = "12月3日，县政协召开主席会议，审议《2031年县政协委员年终走访活动方案（审议稿）》等事项。"
    r = meeting_date(text, {}, None)
    assert (r.date, r.source) == (D(2031, 12, 3), "text_year")


@pytest.mark.parametrize(
    "text",
    [
        # a January meeting reviews the year before's year-end work: no year from it
        "1月6日，县政协召开主席会议，听取2031年年终考核情况汇报。",
        # a year's work with no year-end word
        "11月3日，县政协召开主席会议，审议2031年度委员履职考评办法。",
    ],
)
def test_a_year_end_word_out_of_its_months_or_missing_gives_no_year(text: str) -> None:
    assert meeting_date(text, {}, None).date is None
