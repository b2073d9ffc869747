"""read_people(): who a speech is given to when the report names people in shapes of many sites.

Each case is invented text in a shape real reports show: a later mention by surname and post,
a speech given at another meeting named as a noun, a committee's name inside a list of titled
people, a pronoun after a topic clause, a report that opens a sentence as its subject.
"""

from __future__ import annotations

from etl.contract.model import Reading
from etl.extract.people import read_people


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
    from etl.extract.organs import organ_and_type

    text = (
        "3月10日下午，受州委副书记、州长、指挥部指挥长甘远舟的委托，州政府常务副州长、"
        "指挥部常务副指挥长冉青禾主持召开州指挥部第31次会议。"
    )
    reading = read_people(text)
    assert roles(reading, "presider") == ["冉青禾"]
    assert organ_and_type(None, text)[0] == "指挥部"
