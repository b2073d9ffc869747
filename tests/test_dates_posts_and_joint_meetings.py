"""meeting_date(): a forum post's own stamp (发表于 …) dates the post, and a joint meeting's second name
(…暨2025年度…会议) gives the year of a day the text states without one."""

from __future__ import annotations

import datetime as dt

import pytest

from etl.extract.dates.dates import meeting_date

D = dt.date


@pytest.mark.parametrize(
    "stamp",
    [
        # invented: a forum's post line in the shapes boards print it
        "楼主| 发表于 2021-5-23 17:19 | 显示全部楼层 |阅读模式",
        "发表于 2021-05-23 17:19:05",
        "發表於 2021-5-23 17:19 | 只看該作者",
        "某某 发布于 2021-5-23 17:19",
    ],
)
def test_a_forum_posts_stamp_dates_the_post(stamp: str) -> None:
    text = f"某某论坛\n{stamp}\n5月22日上午，市委书记某某主持召开市委常委会会议。会议指出，要抓好落实。"
    r = meeting_date(text, {}, None)
    assert (r.date, r.source) == (D(2021, 5, 22), "publish_line")


def test_a_forum_posts_edit_stamp_still_dates_nothing() -> None:
    text = "本帖最后由 某某 于 2021-5-23 17:19 编辑\n5月22日上午，市委召开常委会会议。会议指出，要抓好落实。"
    assert meeting_date(text, {}, None).date is None


@pytest.mark.parametrize(
    ("opening", "year"),
    [
        # invented: a celebration joined to a year's meeting, and a rally joined to one
        ("6月24日，某街道举行庆祝中国共产党成立104周年活动暨2025年度党建联席会议。", 2025),
        ("3月2日，某县召开全县动员大会暨2024年安全生产工作会议。", 2024),
        ("9月8日，某镇举行揭牌仪式暨2023年度乡村振兴推进会。", 2023),
    ],
)
def test_a_joint_meetings_second_name_gives_the_year(opening: str, year: int) -> None:
    text = f"{opening}会议强调，要抓好落实。"
    r = meeting_date(text, {}, None)
    assert (r.date.year if r.date else None, r.source) == (year, "text_year")


def test_a_joint_meeting_that_relays_a_years_meeting_gives_no_year() -> None:
    text = "6月24日，某街道召开支委会暨传达2024年度全市工作会议精神。会议强调，要抓好落实。"
    assert meeting_date(text, {}, None).date is None
