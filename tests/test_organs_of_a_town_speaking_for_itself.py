"""organ_and_type() on invented openings of a shape batches 56 and 58 showed: a town's party committee called bare
党委 (会上，党委书记某某…; 会议第一阶段是党委(扩大)会议) with no place before it in its sentence, on a page that speaks
for the town as a whole (全镇…)."""

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
    ],
)
def test_a_bare_party_committee_of_another_unit_stays(text: str) -> None:
    assert organ_and_type(None, text)[0] == "党委"


def test_a_party_committee_with_its_place_keeps_the_place() -> None:
    text = "5月6日，石桥县召开党委会议。会议研究了全镇的申报材料。"
    assert organ_and_type(None, text)[0] != "镇党委"
