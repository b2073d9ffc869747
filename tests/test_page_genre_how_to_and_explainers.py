"""genre_reason(): held-out batch 37 and 38's non-reports (invented pages): a how-to under a headline asking
how to do something, and a content farm's explainer that addresses its readers; reports of the same words
stay reports."""

from __future__ import annotations

import pytest

from etl.extract.cleaning.clean import clean
from etl.extract.pages.nonreport import not_report_reason


def _flagged(page: str) -> str | None:
    return not_report_reason(page, clean(page).text, None)


GENRE = "a how-to or an explainer addressing its readers (…如何主持, 带您了解…), no meeting held"


@pytest.mark.parametrize(
    "page",
    [
        # invented: advice on how a branch's head chairs a meeting, in either script
        "村党支部书记如何主持\n村党支部书记如何主持\n村党支部书记主持会议，开会时要先报告党员到会情况。会上要充分发扬民主，"
        "引导大家围绕议题认真讨论，按照少数服从多数的原则作出决议。决议须经半数以上党员同意方能生效。",
        "怎樣開好支部委員會\n開會前要確定議題，通知到每位委員。\n會上，要充分討論，會後要抓好落實。",
        # invented: a content farm's article about a post in general, its unnamed holder speaking at an unnamed meeting
        "镇长最新动态\n随着社会的发展，基层政府的工作越来越受关注，我们将关注镇长最新消息，带您了解镇长的工作重点。\n"
        "镇长概述\n镇长是一镇的行政负责人，肩负着发展经济、改善民生的职责。\n"
        "据最新消息，镇长在今日的工作会议上提出了发展新举措，还强调了加强环境保护。",
    ],
)
def test_a_how_to_or_an_explainer_is_not_a_meeting_report(page: str) -> None:
    # each names a meeting's act or a time (主持会议，, 会上，, 今日的…会议) that the opening's test takes for a meeting held
    assert _flagged(page) == GENRE


@pytest.mark.parametrize(
    "page",
    [
        # a meeting held on its day that discusses how to do something
        "县委中心组专题研讨如何推进乡村振兴\n5月6日，县委理论学习中心组召开专题学习会，县委书记某某主持会议。"
        "会议强调，要抓好落实。",
        # a dated report that invites its readers to look
        "6月3日，某区召开营商环境推进会，区长某某主持会议。一起来看看会议的要点。\n会议要求，要优化服务。",
    ],
)
def test_a_meeting_held_on_its_day_stays_a_report(page: str) -> None:
    assert _flagged(page) is None
