"""organ_and_type() on invented openings of a shape batch 62 showed: an organ that is the subject of 召开/举行
(某市委召开…会议) convenes the meeting, whatever organs the meeting's own name goes on to name (全市人大、政府和政协
换届工作会议 is the 市委's); an organ inside a person's title before 主持召开 is no such subject."""

from __future__ import annotations

import pytest

from etl.extract.organs.organs import organ_and_type


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        ("5月6日上午，溪山市委召开全市乡镇人大、政府和县区政协换届工作会议。市委书记林晓舟出席会议并讲话。", "市委"),
        ("3月2日，青禾县政府召开全县政协提案和人大建议办理工作会议。县长宋立文主持会议。", "县政府"),
        ("4月8日，溪山区委举行全区人大工作会议。区委书记周晓出席并讲话。", "区委"),
    ],
)
def test_the_organ_that_convenes_by_name(text: str, organ: str) -> None:
    assert organ_and_type(None, text)[0] == organ


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        # the organ in the convener's title is his post; the meeting's name names its own organ
        ("3月2日，县委副书记、县长宋立文主持召开县政府常务会议，研究有关事项。", "县政府"),
        # the meeting's name names the same organ again
        ("4月8日，溪山区委召开区委常委会会议。区委书记周晓主持会议。", "区委"),
    ],
)
def test_near_misses_keep_their_organ(text: str, organ: str) -> None:
    assert organ_and_type(None, text)[0] == organ


def test_organs_in_the_name_of_a_meeting_a_place_convenes_are_its_business() -> None:
    text = (
        "3月5日，溪山县召开县第十六次党代会、县第十八届人民代表大会第二次会议“两会”筹备工作安排部署会。"
        "县委副书记林晓舟，县人大常委会副主任周晓出席会议。"
    )
    assert organ_and_type(None, text, "县委副书记")[0] == "县委"


def test_an_organ_named_before_the_meeting_a_place_convenes_stays() -> None:
    text = "3月5日，溪山县人大常委会在县会议中心召开代表联络站建设推进会。县委副书记林晓舟出席会议。"
    assert organ_and_type(None, text, "县委副书记")[0] == "人大常委会"


@pytest.mark.parametrize(
    ("text", "convener", "organ"),
    [
        # the organ the meeting's name holds is one the convener's own title holds: he presides for it
        (
            "3月9日，青禾县召开2024年县委巡察工作动员部署会。会议由县委副书记、常务副县长宋立文主持。",
            "县委副书记、常务副县长",
            "县委",
        ),
        ("6月2日，溪山区召开区委网络安全工作推进会。区委常委、副区长周晓主持会议。", "区委常委、副区长", "区委"),
        # near miss: the organ named is the meeting's business, not one of the convener's posts
        (
            "3月9日，青禾县召开县人大代表建议办理工作推进会。县委副书记、副县长宋立文主持会议。",
            "县委副书记、副县长",
            "县政府",
        ),
    ],
)
def test_an_organ_in_the_meetings_name_and_the_conveners_title_convenes(text: str, convener: str, organ: str) -> None:
    assert organ_and_type(None, text, convener)[0] == organ
