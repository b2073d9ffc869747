"""read_people(): one who convenes a meeting (组织召开, 牵头召开) presides it, and a name is found after a
candidate's post (…主任候选人) and after a post with its other body's name in brackets (副校（院）长)."""

from __future__ import annotations

import pytest

from etl.extract.organs.organs import organ_and_type
from etl.extract.people.people import read_people


def _presiders(text: str) -> list[str]:
    return [p.name for p in read_people(text).people if p.role == "presider"]


@pytest.mark.parametrize(
    "text",
    [
        # invented: convening verbs, with and without a delegation before them
        "受市委书记某某委托，6月23日，市委副书记孙建东组织召开专题会议，传达学习有关文件精神。",
        "3月5日，副县长孙建东牵头召开防汛工作联席会议。会议要求，压实责任。",
        "副市长孙建东组织召开全市安全生产专题会议，部署近期工作。",
    ],
)
def test_one_who_convenes_the_meeting_presides(text: str) -> None:
    assert _presiders(text) == ["孙建东"]


def test_a_body_that_convenes_names_no_presider() -> None:
    text = "3月5日，县应急管理局组织召开安全生产专题会议。局长孙建东出席会议并讲话。"
    assert _presiders(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # invented: a candidate's post, and posts of a school that is also an academy
        ("4月15日，市委书记、市人大常委会主任候选人林立川主持召开市委常委会议。", "林立川"),
        ("10月26日，省委党校召开校委会议。常务副校（院）长林立川主持会议并讲话。", "林立川"),
        ("会议由某某学院院(校)长林立川主持。", "林立川"),
    ],
)
def test_a_name_after_a_candidates_or_a_bracketed_post_presides(text: str, name: str) -> None:
    assert _presiders(text) == [name]


def test_a_leaders_speeches_of_a_session_named_as_one_are_not_his_words_here() -> None:
    text = (
        "2月8日，市委常委会召开扩大会议，传达学习省两会精神。市委书记周某某主持并讲话。\n"
        "会议指出，省委书记林立川在开幕会、闭幕会上以及会议期间的一系列讲话，为我们做好工作提出了明确要求。"
    )
    speakers = {p.name for p in read_people(text).people if p.role == "speaker"}
    assert "林立川" not in speakers


def test_a_rare_surname_of_the_south_is_read_after_a_post() -> None:
    text = "2月6日，省人大常委会党组召开扩大会议。省人大常委会党组书记、副主任苻某香主持会议。"
    assert _presiders(text) == ["苻某香"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # invented: a compound post's holder addressed by surname and its last post, in both scripts
        ("3月5日，医院召开中层干部会，党委书记林立川作了动员。\n会上，林书记指出，要认真学习文件精神。", "要认真学习"),
        ("3月5日，县委召开会议，县委副书记、县政府县长林立川出席。\n林县长强调，要抓好春耕生产。", "要抓好春耕"),
        ("3月5日，醫院召開中層幹部會，黨委書記林立川出席會議。\n會上，林書記指出，要認真學習文件精神。", "要認真學習"),
    ],
)
def test_a_holder_of_a_compound_post_is_addressed_by_its_last_post(text: str, word: str) -> None:
    speeches = [s for s in read_people(text).speeches if s.speaker == "林立川"]
    assert any(word in s.text for s in speeches)


def test_two_holders_with_one_surname_and_post_are_not_guessed() -> None:
    text = "3月5日，县委召开会议，党委书记林立川、党工委书记林某平出席。\n会上，林书记指出，要认真学习。"
    assert not any("要认真学习" in s.text for s in read_people(text).speeches if s.speaker)


def test_those_speaking_for_a_group_are_read_after_their_group_post() -> None:
    text = (
        "3月5日，某学院召开中心组学习会议。院长林立川主持会议。\n"
        "会上，学员代表孙某平、教师代表赵某兰、学生代表钱某东结合学习情况，分别作了交流发言。"
    )
    speakers = {p.name for p in read_people(text).people if p.role == "speaker"}
    assert {"孙某平", "赵某兰", "钱某东"} <= speakers


@pytest.mark.parametrize(
    ("opening", "organ"),
    [
        # invented: a ladder organ's standing committee sitting jointly with a zone's 党工委
        ("1月19日，区委常委会暨新区党工委召开会议，传达学习有关精神。", "区委"),
        ("3月2日，县委常委会暨开发区党工委召开会议，研究部署工作。", "县委"),
        ("3月2日，开发区党工委召开会议，研究部署工作。", "开发区党工委"),
    ],
)
def test_a_joint_sitting_joined_by_ji_is_the_first_organs(opening: str, organ: str) -> None:
    assert organ_and_type(None, opening)[0] == organ
