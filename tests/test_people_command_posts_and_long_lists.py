"""read_people(): a command post's head (总指挥) and a long list of names taking turns (invented reports)."""

from __future__ import annotations

import pytest

from etl.contract.model import Reading
from etl.extract.names.mentions import titled_mentions
from etl.extract.people.people import read_people


def roles(r: Reading, role: str) -> list[str]:
    return [p.name for p in r.people if p.role == role]


@pytest.mark.parametrize(
    ("text", "presider", "speakers"),
    [
        # the head of a command post ends a long chain of posts before the name, in either script
        (
            "6月3日，县抗旱指挥部召开调度会议。县委书记、县抗旱指挥部总指挥裴立新出席会议。"
            "县委副书记、县长、县抗旱指挥部总指挥詹海峰主持会议。\n会议强调，要抓好抗旱保苗。",
            ["詹海峰"],
            [],
        ),
        (
            "9日上午，全縣防汛工作會議召開。縣長、縣防指總指揮欒振宇指出，要壓實防汛責任，守住安全底線。",
            [],
            ["栾振宇"],
        ),
        (
            "5月2日，副市长、市森林防火指挥部常务副总指挥谭晓岚主持召开调度会。谭晓岚强调，要严防死守。",
            ["谭晓岚"],
            ["谭晓岚"],
        ),
    ],
)
def test_the_head_of_a_command_post_presides_or_speaks(text: str, presider: list[str], speakers: list[str]) -> None:
    r = read_people(text)
    assert roles(r, "presider") == presider
    assert roles(r, "speaker") == speakers


def test_a_speakers_words_after_a_command_posts_title_are_his() -> None:
    r = read_people("9日上午，全县防汛工作会议召开。县长、县防指总指挥栾振宇指出，要压实防汛责任，守住安全底线。")
    assert [s.speaker for s in r.speeches if "守住安全底线" in s.text] == ["栾振宇"]


def test_a_long_list_goes_on_through_a_surname_the_class_lacks() -> None:
    text = (
        "会上，县领导邓立言、曹建平、邬晓峰、郭文斌、厍红梅、柏志强、卫东升、石晓岩,以及县法院院长韩冬青"
        "分别就防控措施落实、物资供应等内容提出意见和建议。"
    )
    assert roles(read_people(text), "speaker") == [
        "邓立言",
        "曹建平",
        "邬晓峰",
        "郭文斌",
        "厍红梅",
        "柏志强",
        "卫东升",
        "石晓岩",
        "韩冬青",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the list ends where no name follows the unknown item, or where the item is a body's, not a name
        "县领导邓立言、曹建平、厍红梅出席会议。",
        "县委书记邓立言、县委办、县政府办负责同志出席会议。",
    ],
)
def test_an_unknown_item_ends_a_list_without_a_name_after_it(text: str) -> None:
    names = [m.name for m in titled_mentions(text)]
    assert "厍红梅" not in names
    assert "县委办" not in names
