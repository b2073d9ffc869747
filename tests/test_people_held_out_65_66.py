"""read_people(): batches 65 and 66's shapes of people (invented reports): a report given at a
congress named short (党代会, 人代会) and studied here; a transcript's turn that ends at a line
opening with another speaker's verb."""

from __future__ import annotations

import pytest

from etl.contract.model import Reading
from etl.extract.people.people import read_people


def roles(r: Reading, role: str) -> list[str]:
    return [p.name for p in r.people if p.role == role]


def spoken_by(r: Reading, phrase: str) -> list[str | None]:
    return [s.speaker for s in r.speeches if phrase in s.text]


@pytest.mark.parametrize(
    "cited",
    ["在党代会上所作的《报告》", "在市第八次党代会上所作的工作报告", "在人代会上作的政府工作报告"],
)
def test_a_report_given_at_a_congress_named_short_is_studied_not_spoken(cited: str) -> None:
    r = read_people(
        "5月12日下午，市长邵春林主持召开市政府常务会议。邵春林强调，要抓好落实。\n"
        f"会议认为，市委书记魏正刚{cited}，是全市今后五年的行动纲领。"
    )
    assert roles(r, "speaker") == ["邵春林"]
    assert "魏正刚" not in [p.name for p in r.people]


@pytest.mark.parametrize("here", ["在会上所作的报告", "在党代会上作报告"])
def test_a_report_given_here_still_makes_a_speaker(here: str) -> None:
    # near-miss: 在会上 is this meeting; 在党代会上作报告 (no 的) tells the act, not a document studied
    r = read_people(f"5月12日，市委召开会议。会议认为，市委书记魏正刚{here}，思路清晰。")
    assert "魏正刚" in roles(r, "speaker")


_TRANSCRIPT = (
    "3月5日，省委第三督导组督导江岭市工作动员会召开。\n"
    "{before}，督导工作领导小组成员隋永安主持召开了与市委书记乔铭的见面沟通会。\n"
    "督导工作领导小组成员隋永安：市委书记是第一责任人，要把责任扛起来。\n"
    "动员会上，省委第三督导组组长鲍天翔指出，督导期间，督导组将重点了解作风建设情况。\n"
    "市委书记乔铭：要如实汇报情况，不回避问题。\n"
)


@pytest.mark.parametrize("before", ["动员会前", "会前", "会议开始前"])
def test_who_chairs_a_sitting_before_the_meeting_does_not_preside_it(before: str) -> None:
    r = read_people(_TRANSCRIPT.format(before=before))
    assert roles(r, "presider") == []
    assert roles(r, "speaker") == ["隋永安", "鲍天翔", "乔铭"]


def test_a_line_opening_with_another_speaker_s_verb_ends_a_transcript_turn() -> None:
    r = read_people(_TRANSCRIPT.format(before="会前"))
    assert spoken_by(r, "第一责任人") == ["隋永安"]
    assert spoken_by(r, "重点了解作风建设情况") == ["鲍天翔"]
    assert spoken_by(r, "不回避问题") == ["乔铭"]


def test_a_plenum_before_the_meeting_leaves_its_presider() -> None:
    # near-miss: 全会后 dates this meeting after a plenum; its chair presides this meeting
    r = read_people("十届五中全会后，县委书记隋永安主持召开县委常委会会议，传达全会精神。隋永安强调，要抓好落实。")
    assert roles(r, "presider") == ["隋永安"]


_RECOUNTED = (
    "3月18日，市委召开全市领导干部会议，传达学习全国两会精神。市委书记陈大明主持会议并讲话。\n"
    "陈大明指出，这次全国两会意义重大。{told}全市各级要把学习贯彻全国两会精神作为政治任务。"
)


@pytest.mark.parametrize(
    "told",
    ["赵国强同志参加江岭代表团审议，充分肯定我市工作成效。", "副委员长赵国强参加了小组讨论，对我省提出要求。"],
)
def test_one_who_attended_another_event_inside_a_turn_keeps_the_turn(told: str) -> None:
    r = read_people(_RECOUNTED.format(told=told))
    assert spoken_by(r, "作为政治任务") == ["陈大明"]
    assert "赵国强" not in [p.name for p in r.people]


def test_one_who_attends_this_meeting_still_ends_the_turn() -> None:
    # near-miss: 参加会议 is this meeting's attendance, narration again
    r = read_people(_RECOUNTED.format(told="副市长赵国强参加会议。"))
    assert roles(r, "attendee") == ["赵国强"]
    assert spoken_by(r, "作为政治任务") == [None]
