"""read_people(): held-out batches 47-52's shapes of speakers (invented reports).

A closing address made with 作 (作大会闭幕致辞); one who comes to the meeting to speak (到会作…说明) or
attends and guides it and speaks (全程参加指导并讲话); a presider's own turn after a comma and 并
(主持会议，并对…作了说明); a lecturer who recounts (详细叙述了…, 讲述了…).
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
    ("text", "name", "phrase"),
    [
        (
            "会议由镇人大主席柯望舒主持。最后，镇党委书记陆青山作大会闭幕致辞，对一年来的工作给予肯定。"
            "并就明年工作提出三点要求：一是稳住农业基本盘；二是抓好项目建设。",
            "陆青山",
            "稳住农业基本盘",
        ),
        ("县长韩若松作新春致辞，希望全县干部群众再接再厉，奋力开创新局面。", "韩若松", "奋力开创新局面"),
        ("區委書記程硯秋做了開幕致辭，強調要把握好換屆工作的正確方向。", "程砚秋", "把握好換屆工作的正確方向"),
    ],
)
def test_an_address_made_with_zuo_is_a_speech(text: str, name: str, phrase: str) -> None:
    r = read_people(text)
    assert name in roles(r, "speaker")
    assert phrase in words_of(r, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("大会主席团常务主席甘立行主持会议。县委常委、组织部部长苗秋实到会作有关人事安排说明。", "苗秋实"),
        ("市委组织部副部长邝海文到会作干部任免说明。", "邝海文"),
        ("省委常委、秘书长冼文博全程参加指导并讲话。", "冼文博"),
        ("市委副书记林晚舟到会指导并讲话。", "林晚舟"),
    ],
)
def test_one_who_comes_to_speak_or_guides_and_speaks_is_a_speaker(text: str, name: str) -> None:
    assert name in roles(read_people(text), "speaker")


@pytest.mark.parametrize("text", ["市委副书记林晚舟到会指导。", "市委副书记林晚舟参加会议。"])
def test_one_who_only_comes_or_guides_attends(text: str) -> None:
    # near miss: 到会指导 with no speech is attending
    r = read_people(text)
    assert roles(r, "attendee") == ["林晚舟"]
    assert roles(r, "speaker") == []


@pytest.mark.parametrize(
    "text",
    [
        "常务副县长伍成章主持会议，并对《政府工作报告》起草情况做了说明。",
        "副区长黎青禾主持会议，并就下步工作作了安排。",
    ],
)
def test_the_presiders_own_turn_after_a_comma_and_bing(text: str) -> None:
    r = read_people(text)
    (presider,) = roles(r, "presider")
    assert roles(r, "speaker") == [presider]


def test_the_presider_who_only_puts_items_to_the_meeting_does_not_speak() -> None:
    # near miss: 并对…进行了审议 is the meeting's business, not a turn of his own
    r = read_people("副区长黎青禾主持会议，并对有关事项进行了审议。")
    assert roles(r, "presider") == ["黎青禾"]
    assert roles(r, "speaker") == []


@pytest.mark.parametrize(
    ("text", "name", "phrase"),
    [
        (
            "会议邀请市地方志办公室原主任莫云帆作专题报告。莫云帆以《古城记忆》为题，从政治、经济两个方面，"
            "详细叙述了古城商贸重镇的历史地位。报告深入浅出。",
            "莫云帆",
            "古城商贸重镇的历史地位",
        ),
        ("区委党校教授聂长风讲述了红色交通线的历史。", "聂长风", "红色交通线的历史"),
    ],
)
def test_a_lecturer_who_recounts_speaks(text: str, name: str, phrase: str) -> None:
    r = read_people(text)
    assert name in roles(r, "speaker")
    assert phrase in words_of(r, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("副县长才立新强调，要抓好秋粮收购。", "才立新"),
        ("要抢抓汛前的有限时间。\n才晓东指出，各乡镇要落实防汛责任制。", "才晓东"),
        ("會上，縣安委會副主任、安辦主任阿木日火同志通報了全縣安全生產情況。", "阿木日火"),
    ],
)
def test_the_surname_cai_and_the_yi_clan_amu_name_people(text: str, name: str) -> None:
    assert roles(read_people(text), "speaker") == [name]


@pytest.mark.parametrize(
    "text",
    ["县长梅东来强调，只有真抓实干，才能取得实效。", "县长梅东来指出，群众满意才是检验工作的标准。"],
)
def test_cai_as_an_adverb_names_nobody(text: str) -> None:
    # near miss: 才能, 才是 after a clause are words, not a person
    r = read_people(text)
    assert [p.name for p in r.people] == ["梅东来"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("其他同志进行批评帮助。紧接着鲍知远同志个人对照检查、自我批评和接受批评帮助。", "鲍知远"),
        ("会议分两个部分进行。接着，鲍知远同志进行个人对照检查。", "鲍知远"),
        ("其他同志提出批评意见。緊接著鮑知遠同志作對照檢查發言。", "鲍知远"),
    ],
)
def test_ones_own_self_examination_after_next_is_a_turn(text: str, name: str) -> None:
    assert roles(read_people(text), "speaker") == [name]


def test_the_self_examination_material_read_is_no_turn() -> None:
    # near miss: 审阅了…对照检查材料 is what he read, not his turn
    r = read_people("会前，市委书记鲍知远认真审阅了班子对照检查材料。")
    assert roles(r, "speaker") == []


def test_a_name_does_not_end_in_gong_before_zuo() -> None:
    # 乡镇党委书记党建工作…: 党 is a surname, but 党建工 + 作 is the word 工作, no name
    r = read_people(
        "会议由县委书记韦正平主持。在对乡镇党委书记党建工作履职测评中。代表们认真听取了韦正平书记对各乡镇党建工作的点评。"
    )
    assert sorted({p.name for p in r.people}) == ["韦正平"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "市委副书记、市长温若水，市委副书记纪远山也分别到东坪区、西岭区参加和指导民主生活会，提出明确具体要求。",
            ["温若水", "纪远山"],
        ),
        ("市委副书记、市长温若水参加民主生活会，提出明确具体要求。", ["温若水"]),
        ("县委书记桑明德到青石镇参加专题组织生活会，强调要把问题查摆深。", ["桑明德"]),
    ],
)
def test_one_who_goes_to_attend_a_named_meeting_and_states_speaks(text: str, names: list[str]) -> None:
    r = read_people(text)
    assert roles(r, "speaker") == names


@pytest.mark.parametrize(
    "text",
    [
        "市委副书记温若水到东坪区参加民主生活会，会议审议了整改方案。",
        "市委副书记温若水参加民主生活会，研究了下步整改工作。",
    ],
)
def test_one_who_goes_to_attend_and_the_meetings_business_after_attends(text: str) -> None:
    # near miss: after the comma the meeting's business, not a statement of his own
    r = read_people(text)
    assert roles(r, "attendee") == ["温若水"]
    assert roles(r, "speaker") == []


@pytest.mark.parametrize(
    "text",
    [
        "市政协委员纪清和会上认真听取被测评人述职报告，并对各乡镇党建工作进行了测评。",
        "市人大代表纪清和会上听取了各单位的工作汇报。",
    ],
)
def test_one_who_hears_a_report_at_the_meeting_does_not_speak(text: str) -> None:
    # what he hears after 会上 (述职报告, 汇报) is another's turn
    assert roles(read_people(text), "speaker") == []


def test_one_who_speaks_at_the_meeting_still_speaks() -> None:
    # near miss: 会上 and his own statement, no 听取
    r = read_people("县长纪清和会上强调，要抓好冬春安全生产。")
    assert roles(r, "speaker") == ["纪清和"]
