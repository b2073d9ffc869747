"""Organs of courts, procuratorates and committees of their own, and meetings relayed down a list (invented texts)."""

from __future__ import annotations

import pytest

from etl.extract.organs.organs import committee_meeting, organ_and_type, organ_of_post


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        # a court of any level, its party group, its judicial committee
        ("4月3日，青川县人民法院召开党组会议，研究部署审判执行工作。", "法院"),
        ("9月8日，白鹭市中级人民法院召开2025年第4次党组（扩大）会议。", "法院"),
        ("5月6日上午，某某海事法院召开党组理论学习中心组学习会。", "法院"),
        ("3月2日，柳岸区法院召开审判委员会会议，讨论重大疑难案件。", "法院"),
        ("6月1日，市中级院党组书记、院长蓝启文主持召开党组扩大会议。", "法院"),
        # a procuratorate of any level, its branch, its procuratorial committee
        ("11月5日，松河县人民检察院召开党组会，会议由院党组书记、检察长韦明川主持。", "检察院"),
        ("近日，某某省人民检察院第三分院召开党组（扩大）会议。", "检察院"),
        ("2月9日，鹤山区检察院召开检察委员会会议，审议案件。", "检察院"),
    ],
)
def test_a_court_or_a_procuratorate_meets_as_itself(text: str, organ: str) -> None:
    assert organ_and_type(None, text)[0] == organ


@pytest.mark.parametrize(
    ("post", "organ"),
    [
        ("县法院党组书记、院长", "法院"),
        ("市人民检察院党组书记、检察长", "检察院"),
        # a word pointing back to the body named before is no body's name
        ("该院党组书记、检察长", None),
        ("本局党组书记、局长", None),
    ],
)
def test_the_post_of_a_courts_or_a_procuratorates_head(post: str, organ: str | None) -> None:
    assert organ_of_post(post) == organ


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a committee of a party committee holds its own meeting, named after it, before it or before its verb
        (None, "8月3日下午，区委书记、区委财经委员会主任夏启明主持召开区委财经委员会第二次会议。"),
        ("县委外事工作委员会召开第一次会议", "昨天上午，县委外事工作委员会召开第一次会议，县委书记潘立秋主持。"),
        (None, "4月9日，市委网络安全和信息化委員會召開會議，听取全市网信工作汇报。"),
        (None, "市委审计委员会第三次会议今天上午召开，市委书记戚远山主持会议并讲话。"),
    ],
)
def test_a_committee_of_its_own_holds_its_meeting(title: str | None, text: str) -> None:
    assert committee_meeting(title, text) == "委员会"
    assert organ_and_type(title, text)[0] == "委员会"


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        # a committee that is another organ's meets as that organ
        ("3月5日，县纪律检查委员会召开第二次全体会议。", "纪委"),
        ("5月12日，市政协提案委员会召开会议，审议年度工作要点。", "政协"),
        ("6月2日，青石县人民代表大会常务委员会召开第十八次会议。", "人大常委会"),
        # a party committee of a term, a place's committee written in full, a special committee
        ("1月6日，中共松川县第十一届委员会召开第二次全体会议。", "县委"),
        # a committee only relayed
        ("7月2日，区委常委会召开会议，传达学习省委财经委员会第四次会议精神。", "区委"),
    ],
)
def test_a_committee_of_another_organ_is_that_organs(text: str, organ: str) -> None:
    assert organ_and_type(None, text)[0] == organ


def test_a_meeting_further_down_a_list_of_what_is_relayed_is_not_the_reports() -> None:
    text = (
        "5月3日上午，云岭县人民法院召开学习会，会议由党组书记、院长岑立夫主持。"
        "会上，岑立夫依次传达学习了某某书记在全省干部大会上的讲话精神,省委常委会扩大会议关于贯彻落实的会议精神。"
    )
    assert organ_and_type(None, text)[0] == "法院"


def test_a_meeting_held_after_what_is_relayed_is_the_reports() -> None:
    text = "5月3日，松河镇传达学习县委全会精神，召开镇党委扩大会议。"
    assert organ_and_type(None, text)[0] == "镇党委"
