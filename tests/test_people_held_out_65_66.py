"""read_people(): batches 65 and 66's shapes of people (invented reports): a report given at a
congress named short (党代会, 人代会) and studied here; a transcript's turn that ends at a line
opening with another speaker's verb."""

from __future__ import annotations

import pytest

from etl.contract.model import Reading
from etl.extract.people.people import read_people


def roles(r: Reading, role: str) -> list[str]:
    return [p.name for p in r.people if p.role == role]


def spoken_by(r: Reading, phrase: str) -> list[str | None]:
    return [s.speaker for s in r.speeches if phrase in s.text]


@pytest.mark.parametrize(
    "cited",
    ["在党代会上所作的《报告》", "在市第八次党代会上所作的工作报告", "在人代会上作的政府工作报告"],
)
def test_a_report_given_at_a_congress_named_short_is_studied_not_spoken(cited: str) -> None:
    r = read_people(
        "5月12日下午，市长邵春林主持召开市政府常务会议。邵春林强调，要抓好落实。\n"
        f"会议认为，市委书记魏正刚{cited}，是全市今后五年的行动纲领。"
    )
    assert roles(r, "speaker") == ["邵春林"]
    assert "魏正刚" not in [p.name for p in r.people]


@pytest.mark.parametrize("here", ["在会上所作的报告", "在党代会上作报告"])
def test_a_report_given_here_still_makes_a_speaker(here: str) -> None:
    # near-miss: 在会上 is this meeting; 在党代会上作报告 (no 的) tells the act, not a document studied
    r = read_people(f"5月12日，市委召开会议。会议认为，市委书记魏正刚{here}，思路清晰。")
    assert "魏正刚" in roles(r, "speaker")
