"""read_people(): the events a meeting passes on, retold in paragraphs of earlier days (batch 64's
shape; invented reports): their people are not this meeting's speakers."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.contract.model import Reading
from etl.extract.people import earlier_days
from etl.extract.people.people import read_people


def roles(r: Reading, role: str) -> list[str]:
    return [p.name for p in r.people if p.role == role]


def spoken_by(r: Reading, phrase: str) -> list[str | None]:
    return [s.speaker for s in r.speeches if phrase in s.text]


_OPENING = (
    "6月18日，青石镇召开专题会议，传达学习市委主要领导到我县调研讲话精神和县委全会精神。"
    "镇党委书记宋明远出席会议并讲话，会议由镇党委副书记彭立主持。\n"
)
_TOLD = (
    "{day}，市委书记韩卫东带队到我县调研，出席现场推进会并讲话，市长孔德胜主持推进会。"
    "在推进会上，韩卫东强调，要抓好特色产业。孔德胜要求，要压实责任。\n"
    "6月14日-15日，县委全会召开，县委书记庞秀英代表县委常委会作工作报告。\n"
)
_CLOSING = "宋明远要求，全镇干部要把思想统一到市委书记韩卫东的调研讲话精神上来，抓好落实。"


@pytest.mark.parametrize("day", ["6月10日-11日", "10日上午", "6月10日"])
def test_people_of_the_retold_events_are_not_speakers(day: str) -> None:
    r = read_people(_OPENING + _TOLD.format(day=day) + _CLOSING)
    assert roles(r, "presider") == ["彭立"]
    assert roles(r, "speaker") == ["宋明远"]
    assert spoken_by(r, "抓好特色产业") == [None]
    assert spoken_by(r, "抓好落实") == ["宋明远"]


def test_a_december_event_retold_in_january_is_earlier() -> None:
    opening = _OPENING.replace("6月18日", "1月6日")
    told = "12月28日，市委书记韩卫东到我县调研，韩卫东强调，要抓好特色产业。\n"
    r = read_people(opening + told + _CLOSING)
    assert "韩卫东" not in roles(r, "speaker")


def test_a_later_day_of_the_same_session_keeps_its_speakers() -> None:
    # near-miss: a session over days, its second day told after its first (no day before the meeting's)
    r = read_people(
        "6月10日，县委召开专题会议，学习全会精神。县委书记庞秀英主持会议。\n"
        "6月11日上午，会议继续进行，县委副书记孟冬生作辅导报告，孟冬生强调，要学深悟透。"
    )
    assert roles(r, "speaker") == ["孟冬生"]


def test_an_opening_that_passes_nothing_on_keeps_its_speakers() -> None:
    # near-miss: a report that tells its own earlier days (a preparatory sitting), nothing relayed
    r = read_people(
        "6月18日，县人大常委会召开会议。\n6月10日，县人大常委会副主任魏长青主持召开预备会议，魏长青强调，要做好准备。"
    )
    assert roles(r, "presider") == ["魏长青"]
    assert "魏长青" in roles(r, "speaker")


def test_one_who_also_takes_a_part_in_the_meeting_keeps_the_role() -> None:
    # near-miss: the leader retold is at the meeting too, named in its narration
    told = "6月10日，市委书记韩卫东到我县调研，韩卫东强调，要抓好特色产业。\n"
    r = read_people(_OPENING + told + "会上，韩卫东作了讲话，强调要抓好落实。")
    assert "韩卫东" in roles(r, "speaker")


_LINE_DAY = re.compile(r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")


def _opening_line_by_line(text: str) -> tuple[int, int] | None:
    """The meeting's day as first written: each line searched in turn."""
    for line in text.split("\n"):
        if m := _LINE_DAY.search(line):
            return (int(m["m"]), int(m["d"])) if re.search("传达|学习|傳達|學習", line) else None
    return None


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="0123456789月日传达学习会\n \r\u3000\u2028x", max_size=60))
def test_the_opening_day_is_found_in_one_scan_as_line_by_line(text: str) -> None:
    assert earlier_days._opening(text) == _opening_line_by_line(text)
