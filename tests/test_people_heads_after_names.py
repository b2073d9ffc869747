"""read_people(): held-out batch 33 and 34's shapes of presiders and speakers (invented reports)."""

from __future__ import annotations

import pytest

from etl.contract.model import Reading
from etl.extract.people import read_people


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
