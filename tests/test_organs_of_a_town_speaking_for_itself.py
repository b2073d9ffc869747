"""organ_and_type() on invented openings of a shape batches 56 and 58 showed: a town's party committee called bare
党委 (会上，党委书记某某…; 会议第一阶段是党委(扩大)会议) with no place before it in its sentence, on a page that speaks
for the town as a whole (全镇…); and a street's party-member congress opened by the street's name (某街道2019年党员代表会议
隆重召开), which its 党工委 convenes (batch 57)."""

from __future__ import annotations

import pytest

from etl.extract.organs.organs import organ_and_type


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        (
            "会上，党委书记韩松岭传达了县委有关要求，研究了全镇秋收秋种工作。副镇长罗平安排部署了防火工作。",
            "镇党委",
        ),
        (
            "3月4日上午，青禾镇多会连开。会议第一阶段是党委(扩大)会议。会议通报了全镇复工复产情况。",
            "镇党委",
        ),
        ("会上，党委书记苗冬青通报了全乡脱贫攻坚进展，要求全乡上下压实责任。", "乡党委"),
    ],
)
def test_a_bare_party_committee_on_a_towns_page_is_the_towns(text: str, organ: str) -> None:
    assert organ_and_type(None, text)[0] == organ


@pytest.mark.parametrize(
    "text",
    [
        # a firm's 党委: its whole is the company's, a 全镇 later does not make it a town's
        "会上，党委书记邵启明通报了全公司安全生产情况，并就驻全镇各站点的用工作了安排。",
        # no whole named at all
        "会上，党委书记邵启明传达了上级会议精神，研究了下一阶段工作。",
        # the 全 of a word is no whole (健全乡村治理体系)
        "会上，党委书记邵启明要求健全乡村服务网点，完善全公司营销体系。",
    ],
)
def test_a_bare_party_committee_of_another_unit_stays(text: str) -> None:
    assert organ_and_type(None, text)[0] == "党委"


def test_a_party_committee_with_its_place_keeps_the_place() -> None:
    text = "5月6日，石桥县召开党委会议。会议研究了全镇的申报材料。"
    assert organ_and_type(None, text)[0] != "镇党委"


@pytest.mark.parametrize(
    "text",
    [
        "12月27日，青禾街道2019年党员代表会议隆重召开。来自街道机关和居民区的党员代表参加会议。",
        "3月2日，石桥街道党员大会召开，选举出席区党代会的代表。",
        "1月8日，青禾街道2024年度党员代表大会举行。",
    ],
)
def test_a_streets_party_member_congress_is_its_working_committees(text: str) -> None:
    assert organ_and_type(None, text)[0] == "街道党工委"


def test_a_streets_meeting_of_party_cadres_names_no_organ_by_that_rule() -> None:
    assert organ_and_type(None, "3月2日，青禾街道党员干部会议召开。")[0] is None
