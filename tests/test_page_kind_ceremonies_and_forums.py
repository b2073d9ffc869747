"""not_report_reason() on a ceremony that founds a committee and on a forum (batch 65 showed both): a committee's
name after 举行 (某镇政协工作委员会揭牌仪式) holds no meeting, and a forum held before an audience is an event, not
an organ's meeting; a committee's meeting, a mobilisation meeting and a meeting about a forum stay reports.
Every page here is invented."""

from __future__ import annotations

import pytest

from etl.extract.cleaning.clean import clean
from etl.extract.pages.nonreport import not_report_reason
from etl.extract.pages.page_kind import MEETING_HELD


def _reason(page: str) -> str | None:
    return not_report_reason(page, clean(page).text, None)


@pytest.mark.parametrize(
    "page",
    [
        (
            "9月3日上午，青禾乡举行青禾乡政协联络工作委员会揭牌仪式，县政协副主席林晓舟、乡党委书记周立出席。"
            "林晓舟在讲话中对联络委的成立表示祝贺，并提出三点希望。\n联络委的成立为全乡委员履职搭建了平台。"
        ),
        (
            "10月18日至19日，第九届江淮县域治理论坛在溪山县委党校举行，全省40余所县级党校参加论坛。"
            "省委党校副校长宋文华出席论坛并作主旨演讲。\n论坛期间，与会代表围绕基层治理进行了交流。"
        ),
        (
            "6月5日，溪山区举办首届数字乡村发展论坛，来自高校和企业的专家学者120余人参加。\n"
            "专家们围绕数字赋能乡村振兴作了交流。"
        ),
    ],
)
def test_a_ceremony_founding_a_committee_or_a_forum_is_not_a_meeting_report(page: str) -> None:
    assert _reason(page) is not None


@pytest.mark.parametrize(
    "page",
    [
        # a committee's own meeting held: 委员会 is followed by its 会议
        (
            "9月3日，青禾乡举行政协联络工作委员会第二次全体会议，乡党委书记周立主持会议。"
            "会议听取了联络委上半年工作情况汇报。会议强调，要围绕中心工作建言献策。"
        ),
        # a mobilisation meeting (动员会): 员会 of a meeting, not of a committee
        (
            "3月12日上午，青禾镇组织召开村级建制调整改革动员会，专题部署改革工作。"
            "镇党委书记周立提出三点要求：一是统一思想，二是压实责任，三是严守纪律。"
        ),
        # a meeting about a forum to come
        (
            "4月2日，溪山区政府召开常务会议，区长林晓舟主持会议。会议听取了数字乡村发展论坛筹备工作的汇报。"
            "会议强调，要高标准做好论坛各项保障工作。"
        ),
    ],
)
def test_a_committees_meeting_a_mobilisation_meeting_or_a_meeting_about_a_forum_stays(page: str) -> None:
    assert _reason(page) is None


def test_a_committees_name_after_its_verb_holds_no_meeting() -> None:
    assert MEETING_HELD.search("青禾乡举行政协联络工作委员会揭牌仪式") is None
    assert MEETING_HELD.search("青禾乡举行政协联络工作委员会第二次会议") is not None
    assert MEETING_HELD.search("青禾镇组织召开改革动员会") is not None
