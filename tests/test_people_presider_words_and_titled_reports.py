"""read_people(): held-out batches 43-46's shapes of presiders and speakers (invented reports).

A presider's words after 主持会议，他要求：; a given name ending in 为 before 同志; a report heard by its
title in the presider's clause (听取了局长某某《关于…的汇报》); an untitled list closed by 等 and a
category of people (等相关分管领导班子也分别…).
"""

from __future__ import annotations

import pytest

from etl.contract.model import Reading
from etl.extract.people.people import read_people


def roles(r: Reading, role: str) -> list[str]:
    return [p.name for p in r.people if p.role == role]


def words_of(r: Reading, name: str) -> str:
    return "".join(s.text for s in r.speeches if s.speaker == name)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "5月8日，青禾公司召开党委理论学习中心组学习会。公司党委书记、董事长林海舟主持会议，他要求："
            "一是持续深化理论武装；二是抓好安全生产。会议学习了有关文件。",
            "持续深化理论武装",
        ),
        ("区委书记陶明远主持会议，她强调，要把稳增长放在突出位置，确保完成全年目标。", "把稳增长放在突出位置"),
        ("鎮黨委書記賀雲山主持會議，他指出：要抓好秋收秋種。", "抓好秋收秋種"),
    ],
)
def test_the_presiders_words_after_a_pronoun_in_the_same_sentence_are_his(text: str, phrase: str) -> None:
    r = read_people(text)
    (presider,) = roles(r, "presider")
    assert roles(r, "speaker") == [presider]
    assert phrase in words_of(r, presider)


def test_they_after_the_presider_are_not_the_presider() -> None:
    # near miss: 他们 is the others, not the presider
    r = read_people("镇党委书记贺云山主持会议，他们分别作了交流发言。")
    assert roles(r, "presider") == ["贺云山"]
    assert roles(r, "speaker") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("11月3日，市长孟有为同志在市政府会议室主持召开全市重点工作调度会，研究近期工作。", "孟有为"),
        ("县委书记程大为同志主持会议并讲话。", "程大为"),
        ("區長鄧敬為同志主持召開區政府常務會議。", "邓敬为"),
    ],
)
def test_a_given_name_ending_in_wei_before_tongzhi_is_whole(text: str, name: str) -> None:
    assert roles(read_people(text), "presider") == [name]


def test_wei_before_tongzhimen_stays_the_preposition() -> None:
    # near miss: 为同志们 (for the comrades): the name ends before 为
    r = read_people("镇党委书记贺云为同志们上了一堂专题党课。")
    assert [p.name for p in r.people] == ["贺云"]


@pytest.mark.parametrize(
    "heard",
    [
        "听取了市商务局局长黄伟民《关于1-9月份外贸工作情况的汇报》",
        "听取市商务局局长黄伟民同志《关于外贸工作情况的汇报》",
        "聽取了市商務局局長黃偉民《關於外貿工作情況的匯報》",
    ],
)
def test_a_report_heard_by_its_title_in_the_presiders_clause_is_a_speech(heard: str) -> None:
    r = read_people(f"11月3日，市长孟立新在市政府会议室主持召开调度会议，{heard}。会议研究了下步工作。")
    assert roles(r, "presider") == ["孟立新"]
    assert roles(r, "speaker") == ["黄伟民"]


def test_after_a_report_heard_by_its_title_he_is_still_the_presider() -> None:
    r = read_people(
        "11月3日，市长孟立新主持召开调度会议，听取了市商务局局长黄伟民《关于外贸工作情况的汇报》。"
        "他强调，要稳住外贸基本盘。会议研究了下步工作。"
    )
    assert words_of(r, "孟立新") == "要稳住外贸基本盘。"
    assert words_of(r, "黄伟民") == ""


def test_a_document_studied_with_its_authors_name_is_not_a_speech() -> None:
    # near miss: 学习 a leader's titled text is no report heard at this meeting
    r = read_people("区委书记柯立山主持会议，传达学习了市委书记韦东林《关于进一步加强作风建设的讲话》。")
    assert roles(r, "presider") == ["柯立山"]
    assert "韦东林" not in roles(r, "speaker")


@pytest.mark.parametrize(
    "category", ["等相关分管领导班子也分别", "等相关分管领导也分别", "等班子成员分别", "等領導班子成員分別"]
)
def test_an_untitled_list_closed_by_a_category_of_people_takes_the_turns(category: str) -> None:
    r = read_people(f"随后，各村负责人先后发言。罗志平、江海波{category}就卫生创建工作进行了部署。")
    assert roles(r, "speaker") == ["罗志平", "江海波"]


def test_an_untitled_list_closed_by_a_category_that_only_attends_does_not_speak() -> None:
    r = read_people("罗志平、江海波等相关分管领导班子参加会议。会议强调，要抓好落实。")
    assert roles(r, "attendee") == ["罗志平", "江海波"]
    assert roles(r, "speaker") == []


@pytest.mark.parametrize("heard", ["首先，认真听取", "首先，聽取", "会议还专门听取"])
def test_a_title_stops_at_the_clauses_tingqu(heard: str) -> None:
    r = read_people(f"随后，我镇召开了工作会议。{heard}甲镇镇委书记、镇人大主席罗大年介绍经验做法。")
    assert [(p.name, p.title) for p in r.people if p.role == "speaker"] == [("罗大年", "甲镇镇委书记、镇人大主席")]


def test_a_title_without_a_clause_before_it_is_kept_whole() -> None:
    r = read_people("甲镇镇委书记、镇人大主席罗大年介绍了经验做法。")
    assert [p.title for p in r.people] == ["甲镇镇委书记、镇人大主席"]
