"""read_people(): held-out batches 53-58's shapes of speakers (invented reports).

A list of bare names counted right after it (甲、乙、丙三位同志作交流发言), whose items are names even when one
holds a character that is a word elsewhere (各); a speech right after attending, with no 并 (出席讲话); a speech
given by a title that holds commas (作《…，…》的工作报告); the surname 操.
"""

from __future__ import annotations

import pytest

from etl.contract.model import Reading
from etl.extract.people.people import read_people


def roles(r: Reading, role: str) -> list[str]:
    return [p.name for p in r.people if p.role == role]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "会议传达学习了有关文件精神。苗春晓、岑山、柯成、邝各行四位同志作学习交流发言。",
            ["苗春晓", "岑山", "柯成", "邝各行"],
        ),
        ("会上，甘望舒、钟各平2名同志先后作交流发言。", ["甘望舒", "钟各平"]),
        ("會議學習了有關精神。翁曉輝、祁各然、冼文三位同志作研討發言。", ["翁晓辉", "祁各然", "冼文"]),
    ],
)
def test_a_counted_list_of_bare_names_speaks(text: str, names: list[str]) -> None:
    assert roles(read_people(text), "speaker") == names


def test_a_list_whose_count_differs_is_not_trusted() -> None:
    # near miss: three items counted as two; 邝各行 is not taken on the count's word
    text = "会议传达学习了有关文件精神。苗春晓、岑山、邝各行两位同志作学习交流发言。"
    assert roles(read_people(text), "speaker") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("镇党委副书记、镇长柯望舒主持会议并讲话，镇党委书记岑晚晴出席讲话，各村居负责同志参会。", "岑晚晴"),
        ("区委副书记甘立行出席会议讲话。", "甘立行"),
        ("市政协副主席翁远山出席致辞。", "翁远山"),
    ],
)
def test_a_speech_right_after_attending_is_a_speech(text: str, name: str) -> None:
    r = read_people(text)
    assert name in roles(r, "speaker")
    assert name in roles(r, "attendee")


def test_attending_alone_stays_attending() -> None:
    # near miss: no speech after 出席
    r = read_people("镇党委书记岑晚晴出席会议，各村居负责同志参会。")
    assert roles(r, "attendee") == ["岑晚晴"]
    assert roles(r, "speaker") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("会上，街道党工委书记苗青禾同志作《砥砺奋进勇当标杆，全力开启新征程》的工作报告。", "苗青禾"),
        ("县委书记冼北辰做了《守正创新，勇毅前行》专题辅导。", "冼北辰"),
        ("镇党委书记邝远帆作《凝心聚力谋发展，实干担当开新局》报告。", "邝远帆"),
    ],
)
def test_a_speech_given_by_a_title_with_commas(text: str, name: str) -> None:
    assert roles(read_people(text), "speaker") == [name]


def test_a_document_studied_by_its_title_gives_no_speaker() -> None:
    # near miss: a titled document studied, no one speaks
    r = read_people("会议学习了《关于加强新时代基层治理，推进乡村振兴的意见》。")
    assert roles(r, "speaker") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "1月3日下午，市人大常委会党组召开理论学习中心组会议。市人大常委会党组书记、主任操云帆主持会议并讲话。",
            "操云帆",
        ),
        ("县政府党组书记、县长操明远主持召开县政府常务会议。", "操明远"),
    ],
)
def test_the_surname_cao_of_anhui(text: str, name: str) -> None:
    assert roles(read_people(text), "presider") == [name]


@pytest.mark.parametrize("text", ["会议指出，操作规程要严格执行。", "会议结束后，操作人员表示将严格执行。"])
def test_cao_as_a_word_stays_a_word(text: str) -> None:
    # near miss: 操作 after a clause is a word, not a name
    assert not read_people(text).people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("上午9时许，论坛在镇礼堂开讲。镇党委书记岑北山致欢迎词时，对如何落实会议精神提出了具体措施。", "岑北山"),
        ("县委副书记苗立行致开幕词，希望与会同志畅所欲言。", "苗立行"),
        ("區長甘曉峰致歡迎辭。", "甘晓峰"),
    ],
)
def test_a_name_ends_before_zhi_and_its_address(text: str, name: str) -> None:
    assert roles(read_people(text), "speaker") == [name]


def test_a_name_with_zhi_in_it_stays_whole() -> None:
    # near miss: 致 inside a given name, no address after it
    assert roles(read_people("县长柯致远指出，要抓好落实。"), "speaker") == ["柯致远"]


def words_of(r: Reading, name: str) -> str:
    return "".join(s.text for s in r.speeches if s.speaker == name)


def test_the_one_who_attended_is_he_before_anyone_spoke() -> None:
    text = "区政协召开主席办公会。区政协主席柯望舒参加会议。他指出，一年来工作成绩显著。下一步，要继续唱响品牌。"
    r = read_people(text)
    assert "柯望舒" in roles(r, "speaker")
    assert "要继续唱响品牌" in words_of(r, "柯望舒")


def test_he_after_an_attendee_stays_the_earlier_speaker() -> None:
    # near miss: someone spoke already; 他 is not moved to the attendee
    text = "县长甘立行主持会议并讲话。他强调，要抓好落实。县委副书记苗秋实出席会议。他要求，要压实责任。"
    r = read_people(text)
    assert "苗秋实" not in roles(r, "speaker")
    assert "压实责任" in words_of(r, "甘立行")


def test_two_attendees_give_no_he() -> None:
    # near miss: two named, 他 could be either
    text = "区政协召开主席办公会。区政协主席柯望舒、副主席岑山参加会议。他指出，一年来工作成绩显著。"
    assert roles(read_people(text), "speaker") == []


def test_what_a_plenum_adopted_does_not_end_a_speech() -> None:
    text = (
        "全国政协副主席柯远山出席并讲话。柯远山指出，要坚持学习。全会通过的《决议》把统一战线作为历史经验之一。"
        "要进一步加强协商机构建设。"
    )
    assert "加强协商机构建设" in words_of(read_people(text), "柯远山")


def test_the_plenum_itself_still_speaks() -> None:
    # near miss: 全会指出 is the meeting's voice
    r = read_people("全国政协副主席柯远山出席并讲话。全会指出，要进一步加强协商机构建设。")
    assert "加强协商机构建设" not in words_of(r, "柯远山")


@pytest.mark.parametrize(
    "text",
    [
        "会上，党委书记柯望舒传达了县委书记岑北山对区划调整改革工作相关要求和部署，组织学习了政策宣传资料。",
        "會上，黨委書記柯望舒傳達了市長岑北山對防汛工作的要求。",
        "会上，镇长柯望舒转达了区委书记岑北山对安全生产工作的指示。",
    ],
)
def test_a_leader_whose_demands_are_relayed_is_not_a_speaker(text: str) -> None:
    r = read_people(text)
    assert roles(r, "speaker") == ["柯望舒"]


def test_a_leader_who_arranges_work_after_a_relay_still_speaks() -> None:
    # near miss: his own act (对…作了部署) in a clause of his own
    r = read_people("会上，柯望舒传达了会议精神，县委书记岑北山对下一步工作作了部署。")
    assert "岑北山" in roles(r, "speaker")


@pytest.mark.parametrize(
    ("text", "second", "phrase"),
    [
        (
            "县委政法委副书记苗立行代表联系单位进行了表态发言，将予以支持配合，县委副书记甘秋实介绍了改革的时代背景，"
            "强调以下三点要求：一是务必提高政治敏锐性；二是务必统一思想。",
            "甘秋实",
            "务必提高政治敏锐性",
        ),
        (
            "縣人大常委會主任柯遠山傳達省人大會議精神，縣政協副主席岑曉峰傳達省政協會議精神。",
            "岑晓峰",
            "傳達省政協會議精神",
        ),
        (
            "会上，副镇长苗青禾宣读了有关通知，党委书记邝远帆对全镇改革提出总要求：“思想统一，稳步推进”。",
            "邝远帆",
            "思想统一，稳步推进",
        ),
    ],
)
def test_a_second_speakers_turn_after_a_comma_is_his(text: str, second: str, phrase: str) -> None:
    r = read_people(text)
    assert phrase in words_of(r, second)
    first = next(p.name for p in r.people if p.role == "speaker")
    assert phrase not in words_of(r, first)


def test_a_list_joined_by_commas_shares_its_verb() -> None:
    # near miss: 甲，乙，丙分别…: one verb said of all, no turn opens at the commas
    text = "全国政协副秘书长柯远山，副秘书长岑晓峰，研究室主任苗青禾，分别就有关议题作说明。"
    assert roles(read_people(text), "speaker") == ["柯远山", "岑晓峰", "苗青禾"]
