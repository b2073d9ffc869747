"""read_people(): shapes of held-out batches 62 and 64 (invented reports): a member named in a list
closed by 等委员, a 通报 heard 关于…, the way ahead set out (作了规划), a troupe that is no act of
speaking (宣讲团), and the meeting's subjectless statement after a report it heard."""

from __future__ import annotations

import pytest

from etl.contract.model import Reading
from etl.extract.people.people import read_people


def roles(r: Reading, role: str) -> list[str]:
    return [p.name for p in r.people if p.role == role]


def spoken_by(r: Reading, phrase: str) -> list[str | None]:
    return [s.speaker for s in r.speeches if phrase in s.text]


@pytest.mark.parametrize("members", ["委员", "代表"])
def test_a_list_closed_by_its_members_takes_the_turn(members: str) -> None:
    r = read_people(
        f"3月4日，县政协召开全体会议。会上，孙立平、周海燕、郭长生等{members}围绕养老服务、城乡供水等话题作了即席发言。"
    )
    assert roles(r, "speaker") == ["孙立平", "周海燕", "郭长生"]


def test_a_list_before_a_committee_is_no_members_turn() -> None:
    # near-miss: 等委员会 names member units that attend, not members who speak
    r = read_people("会上，孙立平、周海燕等委员会成员单位负责人参加会议。")
    assert roles(r, "speaker") == []
    assert roles(r, "attendee") == ["孙立平", "周海燕"]


@pytest.mark.parametrize("who", ["李文强副县长", "副县长李文强"])
def test_a_notice_heard_about_a_matter_makes_its_giver_a_speaker(who: str) -> None:
    r = read_people(f"会议听取了{who}关于全县防汛工作情况的通报，并进行了讨论。")
    assert roles(r, "speaker") == ["李文强"]


def test_a_notice_of_a_body_studied_names_no_speaker() -> None:
    r = read_people("会议学习了省纪委关于三起典型问题的通报。会议要求，要引以为戒。")
    assert roles(r, "speaker") == []


def test_a_subjectless_statement_after_a_report_heard_is_the_meetings() -> None:
    r = read_people(
        "会议听取了李文强副县长关于全县防汛工作情况的通报，并进行了讨论。指出，要压实各级责任，守牢安全底线。"
    )
    assert roles(r, "speaker") == ["李文强"]
    assert spoken_by(r, "守牢安全底线") == ["会议"]


def test_the_words_after_a_report_heard_stay_the_reports() -> None:
    # near-miss: the sentence after the report has its own subject-free narration, not a statement
    r = read_people("会议听取了副县长李文强关于全县防汛工作情况的汇报。今年以来，全县共排查隐患一百余处。")
    assert spoken_by(r, "排查隐患") == ["李文强"]


def test_the_way_ahead_set_out_is_a_turn_and_his_words_follow() -> None:
    r = read_people(
        "县委书记陈立新主持会议。市委党校副校长黄志军就两地合作的推进作了规划。他表示，要统筹资源，做实共建项目。"
    )
    assert roles(r, "presider") == ["陈立新"]
    assert roles(r, "speaker") == ["黄志军"]
    assert spoken_by(r, "做实共建项目") == ["黄志军"]


def test_one_who_serves_as_a_planner_is_no_speaker() -> None:
    r = read_people("镇党委书记陈立新主持会议。李敏作为规划局局长，参加会议。")
    assert roles(r, "speaker") == []


def test_a_troupe_of_lecturers_is_no_act_of_speaking() -> None:
    r = read_people("镇党委书记陈立新主持会议。镇长冯宇向市政宣讲团颁发聘书。")
    assert roles(r, "speaker") == []


def test_a_lecture_to_the_troupe_still_speaks() -> None:
    r = read_people("镇党委书记陈立新主持会议。镇长冯宇为宣讲员作了辅导。")
    assert roles(r, "speaker") == ["冯宇"]
