"""read_people(): one who speaks while he presides (在主持会议时指出), a turn given as an account
(作了经验介绍), a scholar named after a post (主任某某教授) or whose turn follows a comma, and a
schedule of sittings to come (根据大会日程，…听取省长某某作报告), whose people are no speakers.
organ_and_type(): a standing meeting that a place convenes takes the place's level. Invented reports."""

from __future__ import annotations

import pytest

from etl.extract.organs.organs import organ_and_type
from etl.extract.people.people import read_people


def _roles(text: str) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in read_people(text).people}


def _words_of(text: str, name: str) -> str:
    return "".join(s.text for s in read_people(text).speeches if s.speaker == name)


@pytest.mark.parametrize(
    "opening",
    ["王建国在主持会议时指出，", "校长王建国主持会议时强调，", "王建国在主持时要求，"],
)
def test_one_who_speaks_while_presiding_presides_and_speaks(opening: str) -> None:
    text = f"11月17日下午，校党委理论学习中心组召开学习会，校长王建国主持。\n{opening}要认真学习全会精神。"
    assert {("王建国", "presider"), ("王建国", "speaker")} <= _roles(text)
    assert "要认真学习全会精神" in _words_of(text, "王建国")


@pytest.mark.parametrize("act", ["做了秸秆离田经验介绍", "作了典型经验介绍", "作情况介绍"])
def test_a_turn_given_as_an_account_is_a_speech(act: str) -> None:
    text = f"5月27日，某乡召开动员大会。\n会上，某村负责人姚建国{act}，引导农户打捆离田。"
    assert ("姚建国", "speaker") in _roles(text)
    assert "引导农户打捆离田" in _words_of(text, "姚建国")


@pytest.mark.parametrize(
    "invitation",
    [
        "邀请市委党校教研部主任邵建军教授进行宣讲辅导。",
        "邀请市委宣讲团成员邵军教授，围绕全会精神进行宣讲辅导。",
        "邀请市委党校教研部主任、宣讲团成员邵军教授，围绕全会精神作专题辅导。",
    ],
)
def test_a_scholar_after_a_post_or_before_a_comma_speaks(invitation: str) -> None:
    text = f"12月22日，公司召开党委理论学习中心组学习会，{invitation}公司党委书记欧阳兵主持。"
    names = {name for name, role in _roles(text) if role == "speaker"}
    assert names & {"邵建军", "邵军"} and not any(n.startswith("任") for n in names)


@pytest.mark.parametrize(
    "schedule",
    [
        "根据会议通过的大会日程，大会1月28日上午举行开幕式，听取省长张建华作政府工作报告。",
        "按照议程，会议明天上午将听取市长张建华作政府工作报告。",
    ],
)
def test_people_of_a_schedule_to_come_are_no_speakers(schedule: str) -> None:
    text = f"1月27日下午，大会主席团举行第一次会议。会议表决通过了大会议程。\n{schedule}"
    assert not any(role == "speaker" for _, role in _roles(text))


def test_a_report_heard_at_this_meeting_still_makes_a_speaker() -> None:
    text = "1月27日下午，县人大常委会召开会议。会议听取了副县长张建华作的工作报告。"
    assert ("张建华", "speaker") in _roles(text)


@pytest.mark.parametrize(
    ("title", "organ"),
    [
        ("卫滨区召开第21次常务会议", "区政府"),
        ("某某县召开第五次常务会议", "县政府"),
        ("某某市举行政府常务会议", "市政府"),
    ],
)
def test_a_standing_meeting_a_place_convenes_is_its_governments(title: str, organ: str) -> None:
    assert organ_and_type(title, f"{title}\n会议研究了有关事项。") == (organ, "常务会议")


@pytest.mark.parametrize(
    ("chair", "later"),
    [
        ("会议由镇党委书记主持召开", "最后，镇党委书记王冬强调：要加强组织领导。"),
        ("会议由县委副书记主持", "县委副书记张建华指出，要抓好落实。"),
    ],
)
def test_a_presider_named_by_post_alone_is_the_one_who_holds_it(chair: str, later: str) -> None:
    text = f"9月23日上午，某镇召开动员会。{chair}，全体干部参加会议。\n镇长刘建国要求，要绷紧神经。\n{later}"
    presiders = {name for name, role in _roles(text) if role == "presider"}
    assert len(presiders) == 1 and presiders != {"刘建国"}


def test_a_post_two_people_hold_names_no_presider() -> None:
    text = "9月23日上午，某镇召开动员会。会议由副镇长主持。\n副镇长刘建国要求，要绷紧神经。\n副镇长王建华强调，要抓好落实。"
    assert not any(role == "presider" for _, role in _roles(text))


@pytest.mark.parametrize("title", ["安乡县防指召开汛情会商会", "某县防指(扩大)会议召开"])
def test_a_flood_command_named_short_is_the_task_body(title: str) -> None:
    assert organ_and_type(title, f"{title}\n5月20日，县防指指挥长、县长张某主持召开会议。")[0] == "指挥部"


@pytest.mark.parametrize(
    "summary", ["报告全面回顾了五年来的工作：一是坚持政治引领；二是夯实组织基础。", "报告指出，要坚持政治引领。"]
)
def test_a_reports_summary_after_the_turn_is_the_reporters(summary: str) -> None:
    text = f"7月3日下午，某校党委举行党员大会。大会由校长官建国主持。\n党委书记孟建华同志代表上届党委向大会作工作报告。{summary}"
    assert summary.rstrip("。") in _words_of(text, "孟建华")


@pytest.mark.parametrize(
    "sentence", ["曾锐文同志向大会报告党委换届选举筹备工作情况。", "曾锐文同志向大会报告了筹备工作进展情况。"]
)
def test_an_untitled_comrade_who_reports_to_the_meeting_speaks(sentence: str) -> None:
    text = f"7月3日下午，某校党委举行党员大会。大会由校长官建国主持。\n{sentence}\n大会严格按照程序进行。"
    assert ("曾锐文", "speaker") in _roles(text)
    assert "大会严格按照程序进行" not in _words_of(text, "曾锐文")


def test_the_meeting_that_heard_a_report_is_not_its_reporter() -> None:
    text = "7月3日下午，某县召开会议。会议听取了县发改局关于项目建设情况的报告。报告会由县长张建华主持。"
    assert not any(role == "speaker" for _, role in _roles(text))
