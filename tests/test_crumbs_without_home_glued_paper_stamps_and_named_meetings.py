"""Held-out batch 81's shapes: a column heading under a breadcrumb that has no 首页 but a 位置 head
(当前位置:某某网>某栏目>某某会议 ⏎ 某某会议), a paper's name glued to its publication stamp (某某日报2021-01-26 10:48:29),
and one who attends several named meetings and then explains (出席主席会议、常委会议，并作有关说明). The near misses stay:
a headline longer than a column label, a sentence that runs on after a date, one who attends and then visits.
Every line here is invented."""

from __future__ import annotations

import pytest

from etl.extract.cleaning.clean import clean
from etl.extract.cleaning.line_rules import line_rule, publish_date
from etl.extract.people.people import read_people

_BODY = (
    "9月14日上午，青禾县人大常委会第66次主任会议举行。县人大常委会主任林晓舟主持会议。会议强调，要抓好代表建议办理。"
)


def _roles(text: str) -> dict[str, set[str]]:
    roles: dict[str, set[str]] = {}
    for p in read_people(text).people:
        roles.setdefault(p.name, set()).add(p.role)
    return roles


def test_a_column_heading_named_by_a_breadcrumb_without_a_home_label_is_navigation() -> None:
    page = (
        "当前位置:青禾人大网>重要发布>人大常委会主任会议\n人大常委会主任会议\n\n青禾县人大常委会举行主任会议\n\n"
        + _BODY
    )
    cleaned = clean(page)
    assert ("navigation", "人大常委会主任会议") in cleaned.removals
    assert "青禾县人大常委会举行主任会议" in cleaned.text  # the headline is no crumb
    assert "会议强调，要抓好代表建议办理。" in cleaned.text


def test_a_line_with_separators_but_no_position_head_names_no_column() -> None:
    page = "青禾要闻 > 县人大常委会举行主任会议研究代表建议办理\n人大常委会主任会议\n\n" + _BODY
    assert "人大常委会主任会议\n" in clean(page).text


@pytest.mark.parametrize(
    ("line", "date"), [("青禾日报2021-01-26 10:48:29", "2021-01-26"), ("青禾新闻网2020年3月2日", "2020年3月2日")]
)
def test_a_paper_glued_to_its_stamp_is_a_publish_strip(line: str, date: str) -> None:
    assert line_rule(line) == "meta_strip"
    assert publish_date(line, True) == date


def test_a_word_glued_to_a_date_is_no_paper_stamp() -> None:
    assert line_rule("会议决定2021-01-26召开全会") is None


def test_one_who_attends_named_meetings_and_then_explains_speaks() -> None:
    text = (
        "1月25日，县政协召开主席会议、常委会议。县政协主席林晓舟主持会议。"
        "副主席周立出席主席会议、常委会议，秘书长赵明出席主席会议、常委会议，并作有关说明。"
    )
    roles = _roles(text)
    assert "speaker" in roles["赵明"]
    assert roles["周立"] == {"attendee"}


def test_one_who_attends_named_meetings_and_then_visits_does_not_speak() -> None:
    assert _roles("副主席周立出席县政协常委会议，并参观了展览。")["周立"] == {"attendee"}
