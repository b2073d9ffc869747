"""genre_reason() on a review group's visit (batch 63 showed one): a group checking, accepting or rating units on a
page that names no meeting is not a meeting report; a report of a meeting where such a group reports stays one.
Every page here is invented."""

from __future__ import annotations

from etl.extract.cleaning.clean import clean
from etl.extract.pages.nonreport import not_report_reason
from etl.extract.pages.page_genre import genre_reason

VISIT = (
    "今年以来，溪山区各社区围绕“15分钟文化服务圈”建设，整合阵地资源，培育特色团队。\n"
    "11月上旬，区“文化服务圈”创建评审小组对申报的青禾社区、滨河社区建设情况进行实地验收评估。"
    "两个社区的负责人林一、周晓分别介绍了创建情况，评审小组逐项查阅台账，提出了修改意见。"
)


def test_a_review_groups_visit_that_names_no_meeting_is_not_a_report() -> None:
    reason = genre_reason(clean(VISIT).text.strip(), None)
    assert reason is not None and "review group" in reason
    assert not_report_reason(VISIT, clean(VISIT).text, None) is not None


def test_a_meeting_where_a_review_group_reports_stays_a_report() -> None:
    page = (
        "5月6日，溪山区召开文化服务圈创建验收反馈会议。区委常委、宣传部部长宋立文主持会议。"
        "会上，区创建评审小组通报了各社区验收评估情况。会议强调，要对照问题抓好整改。"
    )
    assert genre_reason(clean(page).text.strip(), None) is None


def test_a_group_visit_told_with_a_meeting_held_stays() -> None:
    page = (
        "3月2日，市考核组来我县开展年度目标考核。当天下午，县委召开座谈会，县委书记林晓舟主持。"
        "考核组组长周晓对我县工作给予肯定。"
    )
    assert genre_reason(clean(page).text.strip(), None) is None
