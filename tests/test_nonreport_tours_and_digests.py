"""not_report_reason(): research tours, digests of several days, leaders receiving guests and rules whose
items run on in brackets are not meeting reports; reports near those shapes stay reports."""

from __future__ import annotations

import pytest

from etl.extract.cleaning.clean import clean
from etl.extract.pages.nonreport import not_report_reason


def _reason(page: str) -> str:
    return not_report_reason(page, clean(page).text) or ""


@pytest.mark.parametrize(
    "page",
    [
        # invented: a leader's research tour, told in simplified and in traditional script, and an inspection trip
        "某某在某县调研\n5月12日，省委常委、宣传部部长某某在某县调研。他强调，要把文化建设抓紧抓实。\n"
        "在某中学，某某详细了解校园文化建设情况。",
        "某某在某縣調研\n5月12日，省委常委、宣傳部部長某某在某縣調研。他強調，要把文化建設抓緊抓實。\n"
        "在某中學，某某詳細了解校園文化建設情況。",
        "3月8日，市长某某率队赴某区考察产业园区建设。他指出，要加快项目落地。\n随后，某某察看了物流中心。",
    ],
)
def test_a_research_tour_with_no_meeting_is_not_a_report(page: str) -> None:
    assert "research tour" in _reason(page)


@pytest.mark.parametrize(
    "page",
    [
        # invented: a headline telling the tour on a line of its own, the tour's verb in the lede another (深入…调度)
        "韩立峰调研城区项目建设工作\n6月3日，青川区委副书记、区长韩立峰深入城区部分在建项目，调度项目建设工作。\n"
        "在区档案馆，韩立峰查看了阅览室、会议室的使用情况。",
        # a delegation that comes (来) to a place to study it, with a host who accompanies
        "本报讯 5月9日，某研究中心副主任罗青一行来溪调研基层宣传工作。区委常委、宣传部部长苏明陪同调研。\n"
        "调研组先后走进某村文化站和区融媒体中心。",
        "9月2日，省农科院专家组前往石桥镇考察茶叶种植基地。县委常委、副县长冯远陪同。",
    ],
)
def test_a_research_tour_told_by_its_headline_or_a_visit_is_not_a_report(page: str) -> None:
    assert "research tour" in _reason(page)


def test_a_tour_headline_above_a_meeting_held_stays_a_report() -> None:
    page = "韩立峰调研城区项目建设工作\n6月3日，区长韩立峰深入城区在建项目调研，随后在区会议中心主持召开推进会。"
    assert not_report_reason(page, clean(page).text) is None


def test_years_of_study_are_no_visit() -> None:
    page = "多年来坚持调研基层教育。\n5月6日，某县召开教育工作会议，县长某某出席并讲话。"
    assert not_report_reason(page, clean(page).text) is None


@pytest.mark.parametrize(
    "page",
    [
        # invented: a tour that ends in a meeting, and one whose page reports the 座谈会 held on it
        "5月12日，县委书记某某在某镇调研。调研结束后，某某主持召开座谈会，听取工作汇报。他强调，要抓好落实。",
        "5月12日，市长某某到某区调研。在随后召开的座谈会上，某某指出，要优化营商环境。",
        # an inspection team's check whose 座谈会 opens a paragraph of its own (座谈会上，…汇报)
        "7月2日上午，市委、市政府联合督查组对我县上半年工作落实情况进行督促检查。县领导某某陪同检查。\n"
        "座谈会上，县委常委、办公室主任某某作了汇报。相关部门负责人作了发言。",
    ],
)
def test_a_research_tour_with_a_meeting_stays_a_report(page: str) -> None:
    assert not_report_reason(page, clean(page).text) is None


@pytest.mark.parametrize(
    "page",
    [
        # invented: a week's round-up of several cities' leaders, each day a paragraph of its own
        "本周，几市书记市长在忙这些事\n甲市\n7月30日，甲市市委书记某某走访慰问驻地部队。\n"
        "7月31日，甲市市委书记某某主持召开市委常委会会议，传达学习有关精神。\n"
        "乙市\n8月2日，乙市市长某某宣布消费季活动启动。",
        "一周要闻\n3月4日,县委召开常委会会议,研究防汛工作。\n3月6日,县长某某调研春耕生产。\n"
        "3月8日,县政协召开主席会议。",
    ],
)
def test_a_digest_of_several_days_is_not_a_report(page: str) -> None:
    assert "digest" in _reason(page)


def test_a_report_that_names_two_days_at_paragraph_starts_stays_a_report() -> None:
    page = (
        "3月4日，县委召开常委会会议，县委书记某某主持会议。\n会议指出，要做好防汛准备。\n"
        "3月6日，县政府将召开专题会议部署落实。会议要求，各部门按期完成任务。"
    )
    assert not_report_reason(page, clean(page).text) is None


def test_news_of_a_leader_receiving_guests_with_no_meeting_is_not_a_report() -> None:
    page = (
        "某部公布表彰名单中两人未出现\n6月30日，某某在北京亲切会见受表彰的先进个人，发表重要讲话。\n"
        "同一天，某部公布了这些先进个人的详细名单。\n记者注意到，与此前的公示名单相比，有2人未出现。"
    )
    assert "no meeting held" in _reason(page)


@pytest.mark.parametrize(
    "page",
    [
        # invented: rules of a standing meeting whose duties run on in one paragraph as (一)…;(二)…;(三)…,
        # under a hijacked site's title line and with the weekday they meet on (no day of a meeting held)
        "某某平台官网_首页\n某市政府常务会议工作规则\n市政府常务会议由市长、副市长、秘书长组成，一般安排在每星期一下午召开。\n"
        "市政府常务会议的主要任务是：（一）讨论决定重要政策措施；（二）讨论决定重大项目；（三）审议规范性文件。",
        "某某娱乐官网\n县委常委会议事规则\n常委会议由县委书记召集并主持，一般在每周三上午召开。\n"
        "常委会议的议题包括:(一)传达上级精神;(二)研究重大事项;(三)讨论干部任免。",
    ],
)
def test_rules_whose_items_run_on_in_brackets_are_not_a_report(page: str) -> None:
    assert "rules" in _reason(page)


def test_a_meeting_that_lists_bracketed_items_stays_a_report() -> None:
    page = (
        "县政府常务会议规则修订\n3月5日，县长某某主持召开县政府常务会议。会议审议了：（一）工作规则修订稿；"
        "（二）防汛预案；（三）项目计划。会议要求，抓好落实。"
    )
    assert not_report_reason(page, clean(page).text) is None


@pytest.mark.parametrize(
    "page",
    [
        # invented: rules under their title with the note of when they were adopted (a day, in brackets)
        "中共青川区委工作规则\n（2015年4月9日中共青川区委六届三次全体会议通过）\n为健全民主集中制，特制定本规则。\n"
        "一、总则\n1.区委是全区工作的领导核心。\n2.区委对全区重大问题作出决策。\n3.区委实行集体领导。",
        "某县人民政府工作规则\n(2019年3月2日县政府第5次常务会议审议通过)\n一、县政府组成人员由县长、副县长组成。\n"
        "二、县政府坚持依法行政。\n三、县政府实行县长负责制。",
    ],
)
def test_rules_under_their_adoption_note_are_not_a_report(page: str) -> None:
    assert "rules" in _reason(page)


def test_a_meeting_that_adopts_rules_on_its_day_stays_a_report() -> None:
    # the rules' title as a line of the report, the meeting's day outside the bracketed note
    page = (
        "县政府召开常务会议\n县政府工作规则\n4月9日，县长某某主持召开县政府常务会议（审议通过）。会议审议了：（一）工作规则；"
        "（二）防汛预案；（三）项目计划。会议要求，抓好落实。"
    )
    assert not_report_reason(page, clean(page).text) is None


@pytest.mark.parametrize(
    "page",
    [
        # invented: a continued page of procedures, clauses (1), (2) … run on after sentence ends, meetings held
        # as needed (不定期召开) rather than every week
        "[接上页] (2)议题须经分管副县长审核后，方可提交县政府常务会议研究。 (3)参会人员发言必须代表本部门意见。"
        " (4)会议决定事项须经组成人员过半数通过。 (5)县长办公会根据需要不定期召开，由县长召集和主持。",
        "（1）专题会议由分管副区长召集，根据需要不定期召开。 （2）议题由牵头部门提出。 （3）会议纪要由区政府办印发。",
    ],
)
def test_procedures_of_meetings_held_as_needed_are_not_a_report(page: str) -> None:
    assert "rules" in _reason(page)


def test_a_meeting_that_decides_to_meet_as_needed_stays_a_report() -> None:
    page = (
        "5月6日，县长某某主持召开专题会议。会议要求，领导小组根据需要不定期召开。 (1)抓好防汛。 (2)抓好安全。"
        " (3)抓好项目。"
    )
    assert not_report_reason(page, clean(page).text) is None


def test_an_article_that_recalls_a_forum_inside_a_line_is_still_no_report() -> None:
    page = (
        "如何做好新时代基层宣传工作\n基层宣传工作要贴近群众。正如专家在去年的座谈会上，所谈到的那样，"
        "宣传要接地气。\n要创新方式方法，讲好身边故事。"
    )
    assert "no meeting held" in _reason(page)
