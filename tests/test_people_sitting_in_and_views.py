"""read_people(): held-out batch 37 and 38's shapes of attendees who also give views (invented reports)."""

from __future__ import annotations

import pytest

from etl.contract.model import Reading
from etl.extract.people.people import read_people


def roles(r: Reading, role: str) -> list[str]:
    return [p.name for p in r.people if p.role == role]


@pytest.mark.parametrize("manner", ["常务", "常态", "常态化", "固定", "例行", "按规定", "定期"])
def test_who_sits_in_by_standing_arrangement_and_gives_views_speaks(manner: str) -> None:
    # invented: the congress's and the conference's deputies sit in on a government meeting by
    # arrangement, and give their views (no words reported: speakers without content)
    r = read_people(
        "4月2日，区政府召开第五次常务会议。区长周立新主持会议，副区长陈海峰参加会议，提出工作要求。"
        f"区人大常委会副主任吴良才、区政协副主席郑文秀{manner}列席会议，提出工作意见。"
    )
    assert roles(r, "presider") == ["周立新"]
    assert roles(r, "speaker") == ["陈海峰", "吴良才", "郑文秀"]


def test_who_only_sits_in_by_arrangement_stays_an_attendee() -> None:
    r = read_people("区人大常委会副主任吴良才、区政协副主席郑文秀常态列席会议。会议强调，要抓好落实。")
    assert roles(r, "attendee") == ["吴良才", "郑文秀"]
    assert roles(r, "speaker") == []
