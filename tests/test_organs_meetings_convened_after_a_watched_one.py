"""organ_and_type(): a higher meeting the local leaders followed at a branch venue or by video, then the
report's own meeting convened after it (invented openings): the organ is the second meeting's."""

from __future__ import annotations

import pytest

from etl.extract.organs.organs import organ_and_type


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        (
            "3月13日上午，省委、市委常委会(扩大)会议召开，传达学习有关精神，会议以视频形式召开，我县设分会场收听收看。"
            "会后，我县紧接着召开县委常委会(扩大)会议，部署贯彻意见。县委书记某某主持会议并讲话。",
            "县委",
        ),
        (
            "5月8日，市政府常务会议召开，青川区在分会场收听收看。会后，青川区随即召开区政府常务会议，研究落实措施。",
            "区政府",
        ),
    ],
)
def test_the_meeting_convened_after_a_watched_one_is_the_reports(text: str, organ: str) -> None:
    assert organ_and_type(None, text)[0] == organ


def test_a_meeting_held_by_video_with_nothing_convened_after_stays_its_own() -> None:
    text = (
        "4月2日，市委常委会(扩大)会议以视频形式召开，各县设分会场。市委书记某某主持会议。"
        "会后，与会人员实地察看了青川大道项目。"
    )
    assert organ_and_type(None, text)[0] == "市委"


def test_a_meeting_convened_after_another_not_watched_is_not_moved() -> None:
    text = "6月5日，市委常委会召开会议，研究有关事项。会后，市委书记某某召开座谈会，听取意见。"
    assert organ_and_type(None, text)[0] == "市委"
