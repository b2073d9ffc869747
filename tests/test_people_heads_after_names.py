"""read_people(): held-out batch 33 and 34's shapes of presiders and speakers (invented reports)."""

from __future__ import annotations

import pytest

from etl.contract.model import Reading
from etl.extract.people.people import read_people


def roles(r: Reading, role: str) -> list[str]:
    return [p.name for p in r.people if p.role == role]


@pytest.mark.parametrize(
    ("text", "presider", "speakers"),
    [
        # invented: a 学习会 chaired by a name with its post after it (学习会由某某书记主持): 学习会 names the
        # meeting, not words studied
        (
            "12月7日上午，报社党委召开专题中心组学习会。学习会由赵立松书记主持。\n"
            "钱明远社长首先作主题发言。他认为，要坚定文化自信。\n"
            "孙卫东副总编辑作交流发言。他表示，要把学习成果用到办报实践中。",
            ["赵立松"],
            ["钱明远", "孙卫东"],
        ),
        (
            "3月2日，电视台党委召开理论学习中心组学习会。学习班由李建华台长主持。\n"
            "周新民副台长作交流发言。他表示，要守正创新。",
            ["李建华"],
            ["周新民"],
        ),
        # invented: a firm's head whose posts end with 执行董事
        (
            "2月3日上午，公司召开党委会（扩大）。公司党委书记、执行董事郑海涛主持会议并讲话。\n"
            "郑海涛强调，要确保全年目标完成。",
            ["郑海涛"],
            ["郑海涛"],
        ),
        # invented: a presider of a rare Hui surname (妥)
        (
            "10月15日，县人大常委会党组副书记、副主任妥建平主持召开党组理论学习中心组学习会议。\n"
            "会议强调，要抓好学习。",
            ["妥建平"],
            [],
        ),
    ],
)
def test_heads_named_before_their_posts_and_rare_surnames(text: str, presider: list[str], speakers: list[str]) -> None:
    r = read_people(text)
    assert (roles(r, "presider"), roles(r, "speaker")) == (presider, speakers)


def test_words_studied_after_a_name_are_still_no_turn() -> None:
    # the leader whose speech is studied is no presider nor speaker, 学习会 or not
    r = read_people("5月6日，县委召开学习会，学习王建国同志讲话精神。会议由县委书记李明主持。")
    assert "王建国" not in roles(r, "speaker") + roles(r, "presider")


@pytest.mark.parametrize(
    "text",
    [
        # invented: a presider who speaks while he presides a 报告会, 学习会 or 座谈会 (在主持…时强调)
        "11月23日下午，某委党组召开中心组学习报告会。\n钱建明在主持报告会时强调，要把学习引向深入。",
        "5月6日，县委召开理论学习会。周立新在主持学习会时指出，要学以致用。",
        "6月2日，区政协召开座谈会。吴海平在主持座谈会时要求，要广泛听取意见。",
    ],
)
def test_one_who_speaks_while_he_presides_a_named_meeting(text: str) -> None:
    r = read_people(text)
    (name,) = roles(r, "presider")
    assert roles(r, "speaker") == [name]


def test_members_listed_by_bare_post_who_attend_and_speak_are_speakers() -> None:
    # invented: 成员 as the post of a list's middle part (副书记甲、乙，成员丙、丁，副主任戊参加会议并发言)
    text = (
        "3月7日晚，某委员会召开分党组会议。\n分党组书记郑志远主持会议，分党组副书记钱立群、孙海波，成员李文涛、"
        "周红梅，副主任吴振华参加会议并发言。"
    )
    r = read_people(text)
    assert roles(r, "speaker") == ["钱立群", "孙海波", "李文涛", "周红梅", "吴振华"]
    # a member unit (成员单位) is no one's post
    assert roles(read_people("5月6日，县委召开会议。领导小组成员单位负责人参加会议。"), "attendee") == []
