"""organ_and_type() on invented openings of the shapes batches 47-52 showed: a government named by its term with
no 第 or no level, a scheduling meeting held as a regular one, a 街道's joint working committee, an attendee named
before the convener of a meeting of no known type, and a committee's meeting told as background after the report's
first sentence."""

from __future__ import annotations

import pytest

from etl.extract.organs.organs import organ_and_type


@pytest.mark.parametrize(
    ("title", "text", "convener", "organ"),
    [
        # the term written without 第: 市四届人民政府
        (
            None,
            "1月9日，市四届人民政府召开第三次全体(扩大)会议，讨论政府工作报告。市委常委、常务副市长某某主持会议。",
            "市委常委、常务副市长",
            "市政府",
        ),
        (None, "2月3日，县十二届人民政府召开第五次全体会议。县长某某出席并讲话。", "县长", "县政府"),
        # a title naming the government by its term only; the head's post in the opening gives the level
        (
            "第九届人民政府第14次常务会议召开",
            "8日，市长吴青山主持召开第九届人民政府第14次常务会议，研究有关事项。",
            "市长",
            "市政府",
        ),
        ("第七届人民政府第3次常务会议召开", "12日，区长林远主持召开第七届人民政府第3次常务会议。", "区长", "区政府"),
    ],
)
def test_a_government_named_by_its_term_takes_its_level(
    title: str | None, text: str, convener: str, organ: str
) -> None:
    assert organ_and_type(title, text, convener)[0] == organ


def test_a_government_named_with_its_level_keeps_it() -> None:
    text = "3日，县长某某主持召开县第十届人民政府第8次常务会议。"
    assert organ_and_type("青川县第十届人民政府第8次常务会议召开", text, "县长")[0] == "县政府"


@pytest.mark.parametrize(
    "text",
    [
        "4月2日晚，我县召开防汛工作调度例会，听取各乡镇汇报。县委副书记、代县长某某主持会议并讲话。",
        "6月1日，我县召开重点项目建设调度例会。县委副书记、政府代县长某某主持会议。",
    ],
)
def test_a_scheduling_meeting_held_as_a_regular_one_is_a_work_meeting(text: str) -> None:
    organ, kind = organ_and_type(None, text, "县委副书记、代县长")
    assert (organ, kind) == ("县政府", "工作会议")


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        ("青川城区街道联合党工委第二届主题年会于6月3日举行。区委副书记某某出席。", "街道党工委"),
        ("11月5日，云溪街道联合党工委召开共建单位联席会。区委常委某某出席。", "街道党工委"),
    ],
)
def test_a_streets_joint_working_committee_is_the_streets(text: str, organ: str) -> None:
    assert organ_and_type(None, text, "区委常委")[0] == organ


@pytest.mark.parametrize(
    ("text", "convener", "organ"),
    [
        (
            "9月2日上午，我县召开秋收暨秸秆禁烧工作动员会。县委书记陆晓川、县人大常委会副主任樊青出席会议，"
            "副县长邓远舟主持会议。",
            "副县长",
            "县政府",
        ),
        (
            "3月8日，青川区召开春季植树动员会。区委书记龙海生出席并讲话，副区长冯一鸣主持。",
            "副区长",
            "区政府",
        ),
    ],
)
def test_an_attendee_named_before_the_convener_does_not_convene(text: str, convener: str, organ: str) -> None:
    assert organ_and_type(None, text, convener)[0] == organ


def test_an_organ_in_the_conveners_own_title_stays() -> None:
    text = "2月8日下午，青川区召开全区作风整治动员大会。会议由区委副书记、区长冯一鸣主持。"
    assert organ_and_type(None, text, "区委副书记、区长")[0] == "区委"


def test_a_committee_meeting_told_after_the_first_sentence_is_background() -> None:
    text = (
        "4月6日下午，青川区委召开常委会扩大会议，传达学习中央全面深化改革委员会第二次会议精神。\n"
        "3月18日，中央全面深化改革委员会第二次会议召开，审议了有关文件。"
    )
    assert organ_and_type(None, text) == ("区委", "常委(扩大)会议")


def test_a_committee_meeting_of_the_first_sentence_is_the_committees() -> None:
    text = "5月14日，区委副书记某某主持召开区委财经委员会第二次会议，研究有关事项。"
    assert organ_and_type(None, text, "区委副书记")[0] == "委员会"


@pytest.mark.parametrize(
    "text",
    [
        "今天上午，县第十五届人民代表大会第三次会议召开代表团召集人会议。县委书记陆青山强调，"
        "要深入贯彻党的二十大、二十届三中全会以及省、市全会精神，开好这次大会。",
        "昨天下午，区第九届人民代表大会第二次会议召开主席团成员会议，学习领会二十届二中全会以及市委全会精神。",
    ],
)
def test_a_plenum_relayed_in_a_list_joined_by_yiji_is_not_the_meeting(text: str) -> None:
    assert organ_and_type(None, text, "县人大常委会主任")[1] != "全体会议"


def test_a_plenum_convened_with_a_list_after_it_stays() -> None:
    text = "10日，中共青川县委十五届六次全会召开，县委书记陆青山主持会议。"
    assert organ_and_type(None, text)[1] == "全体会议"


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        ("3月2日，县人大常委会党组与县政协党组举行理论学习中心组联组学习会。", "人大常委会"),
        ("日前，区政协党组与区人大常委会党组举行了中心组联组学习会，交流学习体会。", "政协"),
        # joined by 、 in a headline: the first named hosts too
        ("青川区政协、区委统战部召开中心组联组学习(扩大)会议", "政协"),
        ("县人大常委会、县委政法委举行联席会议", "人大常委会"),
    ],
)
def test_the_first_of_two_organs_holding_a_joint_sitting_hosts_it(text: str, organ: str) -> None:
    assert organ_and_type(None, text)[0] == organ


def test_without_a_joint_sitting_the_organ_nearer_the_meeting_stays() -> None:
    text = "3月2日，县人大常委会党组与县政协党组分别召开理论学习中心组学习会。"
    assert organ_and_type(None, text)[0] == "政协"
    listed = "3月2日，县人大常委会党组、县政协党组分别召开理论学习中心组学习会。"
    assert organ_and_type(None, listed)[0] == "政协"
