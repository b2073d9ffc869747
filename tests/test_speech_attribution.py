"""read_people(): who a speech is given to when the report names people in shapes of many sites.

Each case is invented text in a shape real reports show: a later mention by surname and post,
a speech given at another meeting named as a noun, a committee's name inside a list of titled
people, a pronoun after a topic clause, a report that opens a sentence as its subject.
"""

from __future__ import annotations

import pytest

from etl.contract.model import Reading
from etl.extract.people.people import read_people


def roles(r: Reading, role: str) -> list[str]:
    return [p.name for p in r.people if p.role == role]


def speech_of(r: Reading, name: str) -> str:
    return "".join(s.text for s in r.speeches if s.speaker == name)


def test_a_later_mention_by_surname_and_post_is_the_one_titled_person() -> None:
    text = (
        "县长祁远航21日上午主持县务会议。"
        "针对财政困难，会中各单位充分交换意见，祁县长希望各单位撙节支出，有限预算用在刀口上。"
        "祁县长也要求各单位主动查看辖区环境。"
    )
    reading = read_people(text)
    assert roles(reading, "presider") == ["祁远航"]
    assert roles(reading, "speaker") == ["祁远航"]
    assert "用在刀口上" in speech_of(reading, "祁远航")
    assert "主动查看辖区环境" in speech_of(reading, "祁远航")


def test_a_surname_and_post_two_people_could_hold_names_no_one() -> None:
    text = "县长祁远航、县长祁明川出席会议。祁县长要求抓好落实。"
    assert roles(read_people(text), "speaker") == []


def test_a_pronoun_after_a_topic_clause_and_before_a_topic() -> None:
    text = (
        "县长祁远航主持召开县务会议；会中，对于二级主管，他表达殷切期许，他表示，要自我要求学习成长。"
        "专题民主生活会由市长甘青禾主持。他首先对会议提出了明确要求。一是要坦诚面对。"
    )
    reading = read_people(text)
    assert "自我要求学习成长" in speech_of(reading, "祁远航")
    assert "一是要坦诚面对" in speech_of(reading, "甘青禾")


def test_a_speech_given_at_another_meeting_named_as_a_noun_is_cited() -> None:
    text = (
        "委员们围绕县委书记钮青山在县政协开幕会上的讲话，县政府工作报告谈突破。"
        "主席冉知白强调，要按照庹远主席在全省政协工作交流会上的讲话要求，切实抓好学习。"
    )
    reading = read_people(text)
    assert roles(reading, "speaker") == ["冉知白"]
    # a speech at this meeting stays a speech
    assert roles(read_people("县委书记钮青山在会上的讲话中强调，要抓好落实。"), "speaker") == ["钮青山"]


def test_a_committee_named_inside_a_list_of_titled_people_is_no_name() -> None:
    text = "外事委员会主任潘远鹤、文史和学习委员会主任王太川，分别汇报了本委员会工作情况。"
    assert roles(read_people(text), "speaker") == ["潘远鹤", "王太川"]


def test_adverbs_a_self_examination_and_a_rare_surname_with_laidao() -> None:
    text = (
        "县长甘远航另指示各局处优先评估合作模式。"
        "县委书记覃青山首先代表县委常委班子作对照检查。"
        "县政协党组书记令山河来到分组讨论会场。在听取发言过程中，令山河说，委员们的建议非常中肯。"
    )
    reading = read_people(text)
    assert roles(reading, "speaker") == ["甘远航", "覃青山", "令山河"]
    assert "优先评估合作模式" in speech_of(reading, "甘远航")
    assert "非常中肯" in speech_of(reading, "令山河")


def test_a_report_opening_a_sentence_as_its_subject_is_judged_not_given() -> None:
    text = (
        "市委书记马青川主持会议并讲话。会议指出，省里的会议十分重要。"
        "省委副书记、省长郭远舟所作的政府工作报告，总结客观实在，分析切中要害。"
    )
    reading = read_people(text)
    assert roles(reading, "speaker") == ["马青川"]
    # heard at this meeting, the report is a speech of it
    assert roles(read_people("会议听取了省长郭远舟所作的政府工作报告，认为报告实事求是。"), "speaker") == ["郭远舟"]


def test_a_presider_of_an_opening_ceremony_who_speaks() -> None:
    for text in ("市委书记甘远舟主持开班式并讲话。", "县长甘远舟主持座谈会并讲话。"):
        reading = read_people(text)
        assert roles(reading, "presider") == ["甘远舟"]
        assert roles(reading, "speaker") == ["甘远舟"]


def test_a_name_before_de_is_a_person_whose_title_can_give_the_organ() -> None:
    from etl.extract.organs.organs import organ_and_type

    text = (
        "3月10日下午，受州委副书记、州长、指挥部指挥长甘远舟的委托，州政府常务副州长、"
        "指挥部常务副指挥长冉青禾主持召开州指挥部第31次会议。"
    )
    reading = read_people(text)
    assert roles(reading, "presider") == ["冉青禾"]
    assert organ_and_type(None, text)[0] == "指挥部"


# Shapes of the twelfth and fourteenth held-out batches (invented text).


@pytest.mark.parametrize(
    "text",
    [
        "参加会议的有各乡镇纪委书记等30余人，县纪委副书记祁远航主持了会议。",  # after an attendance list
        "县委副书记祁远航主持了会议，各部门负责人参加。",
        "会议由县委副书记祁远航主持了。",
    ],
)
def test_presided_with_le_is_presiding(text: str) -> None:
    assert roles(read_people(text), "presider") == ["祁远航"]


@pytest.mark.parametrize(
    "text",
    [
        "县人大常委会主任苗春生、县政协主席包青禾列席会议。\n会上苗春生、包青禾分别传达省两会精神。",
        "县人大常委会主任苗春生、县政协主席包青禾全程列席会议。会议上苗春生、包青禾分别传达了有关会议精神。",
    ],
)
def test_listed_names_relaying_other_meetings_speak_without_words(text: str) -> None:
    assert roles(read_people(text), "speaker") == ["苗春生", "包青禾"]


def test_presiding_a_long_named_meeting_and_speaking() -> None:
    text = "市政协主席祁远航26日下午主持召开政协第九届某某市委员会第四十二次主席会议并讲话。"
    reading = read_people(text)
    assert roles(reading, "presider") == ["祁远航"]
    assert roles(reading, "speaker") == ["祁远航"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("会上，苗春生主委作了讲话。她说，要认真学习全会精神。", "苗春生"),  # a democratic party's post after the name
        ("会议由副校长祁远航主持。包青禾副校长领学了有关文件。她说，要认真学习。", "包青禾"),
        ("党委书记苗春生主持会议。总经理祁远航率先发言，首先汇报了全年工作完成情况。", "祁远航"),
        ("公司董事长、党委书记包青禾简要介绍了会议召开的情况，强调要抓好落实。", "包青禾"),
        ("公司总经理祁远航交流了参加会议的体会和感想。他说，要加快发展步伐。", "祁远航"),
        ("教务处处长祁远航被随机点名发言，谈了自己的认识。", "祁远航"),
        ("工会主席苗春生转达了上级工会的工作要求。", "苗春生"),
        ("总经理助理包青禾就学习内容作了心得体会。", "包青禾"),
        ("会议由集团副总裁苗春生主持。最后，集团总裁祁远航讲话。", "祁远航"),
        ("会上，院党委副书记祁远航重温、领学了《关于健全党委制》。", "祁远航"),  # a verb joined before the act
    ],
)
def test_shapes_of_speaking_on_company_school_and_party_pages(text: str, speaker: str) -> None:
    assert speaker in roles(read_people(text), "speaker")


def test_a_statement_after_thanks_in_the_same_sentence_is_the_speakers() -> None:
    text = "县务会议由县长苗春生主持。苗春生感谢县府团队两年来的努力，并指出未来两年是施政的关键期，要一天当两天用。"
    reading = read_people(text)
    assert "要一天当两天用" in speech_of(reading, "苗春生")
    reading = read_people("县长苗春生出席会议，并指出要抓好落实。")  # not after an act of attending
    assert roles(reading, "attendee") == ["苗春生"]


def test_a_report_another_person_relays_is_not_a_speech_of_the_meeting() -> None:
    text = "会上，副总经理苗春生重点传达了局长祁远航的讲话精神和工会主席包青禾所作的群团工作报告。"
    reading = read_people(text)
    assert roles(reading, "speaker") == ["苗春生"]
    heard = read_people("会议听取了工会主席包青禾所作的群团工作报告。")  # heard here: a speech
    assert roles(heard, "speaker") == ["包青禾"]


def test_names_inside_a_studied_documents_title_are_no_people() -> None:
    text = (
        "会上，校长苗春生领学了《某某委员会召开会议强调 抓好落实 书记祁远航主持会议并发表重要讲话》。"
        "会议强调，要同以祁远航同志为核心的领导集体保持一致，把各项决策部署落到实处。"
    )
    reading = read_people(text)
    assert [p.name for p in reading.people if p.name == "祁远航"] == []
    assert roles(reading, "speaker") == ["苗春生"]


@pytest.mark.parametrize(
    "text",
    [
        "市委书记祁远航主持会议。苗春生、包青禾、冉青禾作交流发言。",  # a list, then the verb at once
        "市委书记祁远航主持会议并讲话。苗春生、包青禾、冉青禾进行了交流发言。",
    ],
)
def test_an_untitled_list_with_the_verb_right_after_it_speaks(text: str) -> None:
    assert roles(read_people(text), "speaker")[-3:] == ["苗春生", "包青禾", "冉青禾"]


def test_places_listed_before_zuowei_are_no_speakers() -> None:
    assert roles(read_people("会议确定，王家湾、李家村作为试点村先行推进。"), "speaker") == []


def test_leading_the_reading_with_jinxing_is_speaking() -> None:
    reading = read_people("区委书记苗春生出席并讲话，区委副书记、区长祁远航进行领学。")
    assert "祁远航" in roles(reading, "speaker")


def test_a_leaders_speech_at_a_study_class_elsewhere_is_cited() -> None:
    text = "苗春生说，市委书记祁远航在全市领导干部专题读书班的讲话，把大道理讲活了。苗春生要求，要把学习坚持好。"
    reading = read_people(text)
    assert roles(reading, "speaker") == ["苗春生"]


def test_a_department_ending_in_bu_before_a_name_and_post() -> None:
    text = "会议由总经理祁远航主持。\n集团公司政治部苗春生副主任对民主生活会的效果给予了肯定，班子成员之间坦诚相见。"
    reading = read_people(text)
    assert "苗春生" in roles(reading, "speaker")
    assert "坦诚相见" in speech_of(reading, "苗春生")
    reading = read_people("会议要求，各部门负责同志要抓好落实。")  # 部门 is no body before a name
    assert reading.people == ()


def test_an_untitled_name_opening_a_clause_with_a_topic_then_an_act_speaks() -> None:
    reading = read_people("会议听取了各地汇报。\n祁远航就具体工作讲了意见。\n苗春生就下步工作作了部署。")
    assert roles(reading, "speaker") == ["祁远航", "苗春生"]
    assert read_people("会议要求，就具体工作讲了意见的单位要抓好落实。").people == ()


def test_a_name_inside_the_object_of_a_preposition_opening_its_clause_is_no_speaker() -> None:
    text = "与会同志结合校长祁远航对年度工作要点的介绍，深入讨论了工作意见并提出了建议。"
    assert roles(read_people(text), "speaker") == []
    text = "根据县长祁远航的要求，各部门迅速行动，提出了整改措施。"
    assert roles(read_people(text), "speaker") == []
    heard = read_people("会议结合年终考核听取了局长祁远航关于全年工作的汇报。")  # heard: a speech
    assert roles(heard, "speaker") == ["祁远航"]


def test_names_before_their_posts_in_a_list_take_its_verb() -> None:
    text = "会议由总经理苗春生主持。作为班子成员的祁远航副总、包青禾副总和冉青禾总经理助理也纷纷发言，作了自我批评。"
    assert roles(read_people(text), "speaker") == ["祁远航", "包青禾", "冉青禾"]


def test_one_name_and_post_after_he_names_a_speech_as_a_noun() -> None:
    text = "会议强调，要贯彻落实好常委会工作报告和祁远航委员长讲话要求，履行好法定职责。"
    assert roles(read_people(text), "speaker") == []
