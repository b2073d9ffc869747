"""Speakers told by principle (etl.extract.people.speaking): an act of speaking in the person's own clause,
and a list of names that takes turns. Invented reports in the shapes of sites never seen."""

from __future__ import annotations

import pytest

from etl.extract.people.people import read_people
from etl.extract.people.speaking import listed_turn_names, speakers_told, speaks_in_own_clause
from etl.extract.text.patterns import simplified


def speakers(text: str) -> list[str]:
    return [p.name for p in read_people(text).people if p.role == "speaker"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an act the reader's verb list may not know, in the name's own clause
        ("镇长吕向东简要介绍了上半年重点项目进展情况。", "吕向东"),
        ("县委书记甘卫国首先代表县委常委班子作对照检查。", "甘卫国"),
        ("区纪委常委卜海燕详细解读了协作区分工文件。", "卜海燕"),
        ("总经理助理邬明辉就转达的内容作了心得交流。", "邬明辉"),
        ("教务处处长滕晓东被随机点名发言。", "滕晓东"),
    ],
)
def test_an_act_of_speaking_in_the_name_s_own_clause(text: str, name: str) -> None:
    assert speaks_in_own_clause(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # what is relayed or carried out names an earlier speech's author
        ("会议传达学习了市委书记邹立新在全市干部大会上的讲话精神。", "邹立新"),
        ("会议要求，要把思想统一到卫明书记的重要讲话上来。", "卫明"),
        ("落实市委书记柴永红讲话要求。", "柴永红"),
        ("讨论中，委员们围绕县委书记鲍志坚在开幕会上的讲话谈了体会。", "鲍志坚"),
        # attending, presiding or visiting in the clause first: another part
        ("副县长潘建国参加会议并讲话。", "潘建国"),
        ("会议由副主任殷晓岚主持，会上首先通报了进展。", "殷晓岚"),
        ("政协党组书记祝海平来到分组讨论会场看望委员。", "祝海平"),
        # the act in another clause, or inside a book title
        ("副县长葛红霞，县政协副主席尹志军参加会议，提出工作要求。", "葛红霞"),
        ("张华领学了《中共中央政治局召开会议 总书记习远山主持会议并发表重要讲话》。", "习远山"),
    ],
)
def test_no_act_of_the_name_s_own(text: str, name: str) -> None:
    assert not speaks_in_own_clause(text, name)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "座谈会上，甲县人民医院党委书记彭立军、乙区中医院党委书记韦丽华相继结合工作实际，就加强党建工作提出了意见。",
            ["彭立军", "韦丽华"],
        ),
        ("会上，严文斌、贺兰芳、尤振华3名委员，分别围绕乡村振兴、营商环境作了发言。", ["严文斌", "贺兰芳", "尤振华"]),
        ("随后，局长方海涛、主任龚丽先后汇报了各自分管的工作。", ["方海涛", "龚丽"]),
        ("會上，嚴文斌、賀蘭芳分別作了交流發言。", ["嚴文斌", "賀蘭芳"]),
    ],
)
def test_a_list_that_takes_turns(text: str, names: list[str]) -> None:
    assert [n for n, _ in listed_turn_names(text)] == names
    assert {simplified(n) for n in names} <= set(speakers(text))  # names are given in simplified script


@pytest.mark.parametrize(
    "text",
    [
        "县领导鲁振华、柏文涛分别参加了分组讨论。",  # they attend, not speak
        "王家湾、李家村等地分别开展了巡查。",  # no act of speaking
        "甲镇、乙镇分别汇报了工作。",  # places, not names
        "会议分别听取了各组的汇报。",  # no list before the closing word
        "县委书记严某，县长韦某分别作了讲话。",  # joined by a comma, not 、: not read as a list
    ],
)
def test_not_a_list_that_takes_turns(text: str) -> None:
    assert listed_turn_names(text) == []


def test_only_speakers_the_reader_lacks_are_told() -> None:
    text = "镇长吕向东简要介绍了上半年工作。会上，严文斌、贺兰芳分别作了交流发言。"
    told = speakers_told(text, [("吕向东", "镇长", "attendee"), ("严文斌", None, "speaker")])
    assert told == [("贺兰芳", None), ("吕向东", "镇长")]


def test_a_category_named_without_a_role_is_not_told() -> None:
    # a word after a category of people (各地方领导…) is no person of its own, whatever act follows
    text = "各级领导农民交流了经验。"
    assert speakers_told(text, [("农民", "各级领导", "")]) == []
    assert speakers_told(text, [("农民", None, "")]) == []


def test_read_people_adds_the_told_speakers_and_keeps_the_spans() -> None:
    # 反思 is no verb of the reader's: the act in the attendee's own clause makes the speaker
    text = (
        "某镇召开党委会议。会议由镇党委书记孔德明主持。镇长吕向东、副镇长袁丽君出席会议。\n"
        "吕向东代表镇政府班子反思了工作中存在的问题。袁丽君陪同检查了会场。"
    )
    reading = read_people(text)
    assert speakers(text) == ["吕向东"]
    assert {p.name for p in reading.people if p.role == "attendee"} == {"吕向东", "袁丽君"}
    assert "".join(s.text for s in reading.speeches) == text


def test_a_long_list_with_no_sentence_mark_is_read_in_linear_time() -> None:
    """The fuzzer's pathological text (tests/fuzz: a run of titled names joined by 、, no sentence
    mark) hung the people reader: every name was read back to the text's start, once per mention.
    Guarded as the fuzzer guards a file, by a time limit far above the reading's (under a second)."""
    import signal

    text = "5月6日，区委召开常委会会议。" + "区委书记李明、区长王强、" * 20_000
    signal.signal(signal.SIGALRM, lambda *_: pytest.fail("the people reader took over 30 s: quadratic again"))
    signal.alarm(30)
    try:
        people = read_people(text).people
    finally:
        signal.alarm(0)
    assert not [p for p in people if p.role == "speaker"]  # names and posts, and no act of speaking
