"""kind_reason(): a page that starts inside a document (its first line a numbered item), a page
headed as a document (…制度, …的通知) and a gazetteer's or a yearbook's page are not reports;
reports of the same shapes stay. Every page here is invented."""

from __future__ import annotations

import pytest

from etl.extract.cleaning.clean import clean
from etl.extract.pages.nonreport import not_report_reason
from etl.extract.pages.page_kind import kind_reason


def _kind(page: str, title: str | None = None) -> str | None:
    return kind_reason(clean(page).text.strip(), title)


def _flagged(page: str, title: str | None = None) -> str | None:
    return not_report_reason(page, clean(page).text, title)


@pytest.mark.parametrize(
    "page",
    [
        # a meeting's discipline (须知) cut from its head
        "一、与会人员要遵守会议纪律，提前十分钟入场，按座次就座，关闭手机或调至静音。\n"
        "二、会议期间凭证件出入会场，不得随意走动，不得中途退场。\n三、会务组设在一楼，负责会议的后勤保障。",
        # a bureau's rules on meetings, the page beginning at its fourth item
        "（四）研究局机关内部管理的重要事项；\n（五）听取各科室的工作情况汇报；\n"
        "（六）其他需要局务会议研究的事项。\n五、会议的组织\n局务会议由办公室负责会务工作。",
        # an explainer's numbered part, the page starting at it
        "3、会议记录：记录人应当如实记录会议的时间、地点、出席人员和议定事项，会后及时整理归档。\n"
        "4、会议纪要：重要会议应当形成纪要，经主持人审定后印发。",
    ],
)
def test_a_page_starting_inside_a_document_is_not_a_meeting_report(page: str) -> None:
    assert "numbered item" in (_kind(page) or "")
    assert _flagged(page) is not None


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # the meeting's voice in a page cut at an item of its report
        (
            "一、会议听取了全区上半年经济运行情况的汇报。会议强调，要稳住经济基本盘。\n"
            "二、会议研究了防汛工作。会议要求，各镇街要落实防汛责任。",
            None,
        ),
        # a delivered report given with its title beside it (the national corpora's shape)
        ("一、过去一年的工作\n过去一年，我们坚持稳中求进，全市经济持续回升向好。", "2024年某市政府工作报告"),
        # a report whose items come after its lede
        ("3月5日，县委召开常委会会议，书记王某主持。\n一、传达学习上级会议精神。\n二、研究部署春耕生产工作。", None),
        # an amount, not an item
        ("1.5亿元项目资金到位\n12日上午，某县政府召开常务会议，县长李某主持会议。会议指出，要管好用好资金。", None),
    ],
)
def test_a_report_cut_at_an_item_or_listing_items_stays(page: str, title: str | None) -> None:
    assert _kind(page, title) is None


@pytest.mark.parametrize(
    "page",
    [
        "Page 312 - 某县志(1986-2005年)\nP. 312\n第十八篇 政权\n县人民代表大会常务委员会每两个月举行一次会议，听取和审议县政府的工作报告。",
        "某市年鉴（2019）\n第五部分 政务\n市政府常务会议全年召开二十四次，研究决定重大事项一百余项。",
        "某地区通志（卷三）\n政事篇\n地区行署专员办公会议每月举行一次。",
    ],
)
def test_a_gazetteer_or_yearbook_page_is_not_a_meeting_report(page: str) -> None:
    assert "gazetteer" in (_kind(page) or "")
    assert _flagged(page) is not None


@pytest.mark.parametrize(
    "page",
    [
        # a meeting on the gazetteer: the book named in 《》 is its subject
        "县政府召开常务会议研究《某县志（1991-2020年）》编纂工作\n"
        "5月8日，县长王某主持召开县政府常务会议。会议指出，编修县志是一项基础性工作。",
        # a gazetteer office's meeting, 县志 inside its name
        "县志办召开党组会议\n6月3日，县志办党组书记李某主持召开党组会议，传达学习上级会议精神。",
    ],
)
def test_a_meeting_about_a_gazetteer_stays_a_report(page: str) -> None:
    assert _kind(page) is None
    assert _flagged(page) is None


@pytest.mark.parametrize(
    "page",
    [
        "某街道党工委会议制度\n党工委会议由党工委书记召集并主持，一般每月召开一次，遇有重要情况可随时召开。",
        "某县人民政府办公室关于召开全县春季植树造林动员大会的通知\n"
        "为做好今年春季植树造林工作，县政府决定召开动员大会，请各单位主要负责同志参加。",
        "某镇人居环境整治提升实施方案：为改善农村人居环境，结合本镇实际，制定本方案。\n一、目标任务\n年底前完成改厕任务。",
    ],
)
def test_a_page_headed_as_a_document_is_not_a_meeting_report(page: str) -> None:
    assert "document (its headline" in (_kind(page) or "")
    assert _flagged(page) is not None


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # the meeting that adopted the document, named by its verb
        ("县政府常务会议审议通过人居环境整治提升实施方案\n5月6日，县长某某主持召开县政府常务会议。", None),
        ("区委常委会研究部署安全生产工作的意见\n3月2日，区委书记某某主持召开区委常委会会议。", None),
        # a resolution given with its title beside it (the national corpora's shape)
        (
            "某届人民代表大会第一次会议关于政府工作报告的决议\n大会同意报告提出的今年工作的总体要求。",
            "关于政府工作报告的决议",
        ),
    ],
)
def test_a_meeting_headed_by_the_document_it_adopted_stays(page: str, title: str | None) -> None:
    assert _kind(page, title) is None


@pytest.mark.parametrize(
    "page",
    [
        # a reading of rules or a regulation under the document's name: an explainer, not news
        "《某市人民政府常务会议议事规则》的理解与适用\n李某某\n2021年3月5日，市政府修订了《议事规则》。为便于理解和适用，现说明如下。",
        "《某县村务公开条例》解读\n一、出台背景\n条例规定，村民委员会应当定期公开村务。",
    ],
)
def test_a_page_headed_as_the_reading_of_a_document_is_not_a_meeting_report(page: str) -> None:
    assert "document (its headline" in (_kind(page) or "")
    assert _flagged(page) is not None


@pytest.mark.parametrize(
    "page",
    [
        # a meeting that reads a document, named by its verb, and a 解读会 held
        "《某县村务公开条例》解读会召开\n5月6日，县人大常委会召开解读会，主任某某主持。",
        "区委理论学习中心组专题学习《某某条例》的理解与运用\n3月2日，区委书记某某主持召开学习会。",
    ],
)
def test_a_meeting_that_reads_a_document_stays(page: str) -> None:
    assert _kind(page) is None
