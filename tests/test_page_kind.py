"""kind_reason(): pages told by what their text is (a speech delivered, a document sent, fiction,
an activity), and reports of the same shapes that stay reports. Every page here is invented."""

from __future__ import annotations

import pytest

from etl.extract.cleaning.clean import clean
from etl.extract.pages.nonreport import not_report_reason
from etl.extract.pages.page_kind import kind_reason


def _flagged(page: str, title: str | None = None) -> str | None:
    return not_report_reason(page, clean(page).text, title)


@pytest.mark.parametrize(
    "page",
    [
        # a government's report delivered to a standing committee's session
        "某区人民政府关于2024年上半年预算执行情况的报告\n——2024年8月28日在区第十八届人大常委会第十次会议上\n"
        "区财政局局长 王某\n尊敬的李主任、各位副主任、各位委员：\n"
        "受区人民政府委托，我向本次会议报告2024年上半年预算执行情况，请予审议。\n一、预算执行情况\n"
        "上半年，全区一般公共预算收入完成年度预算的百分之五十二。",
        # a lecture to a standing committee, printed whole
        "专题讲座第三讲\n地方人大常委会的议事规则\n张某\n主任、各位副主任、秘书长、各位委员：\n"
        "地方人大常委会是地方国家权力机关的常设机关。议事规则规定了会议的召集、议案的提出和表决的程序。",
        # a dated speech with its speaker is still the speech, not news of its meeting (held-out
        # batches annotate such texts as not reports; none of their reports opens with an address)
        "在全县经济工作会议上的讲话\n县委书记 某某\n（2021年1月5日）\n同志们：\n今天召开全县经济工作会议。",
        # a director's speech to a county's cadres, printed whole
        "在全县安全生产工作会议上的讲话\n县应急管理局局长 李某\n同志们：\n"
        "今天这个会，主要是分析当前安全生产形势，安排部署下一阶段工作。下面，我讲三点意见。",
    ],
)
def test_a_speech_or_report_delivered_is_not_a_meeting_report(page: str) -> None:
    assert kind_reason(clean(page).text.strip(), None) is not None
    assert _flagged(page) is not None


@pytest.mark.parametrize(
    "page",
    [
        # the meeting told first, its speech printed after
        "5月6日，县委书记林某主持召开全县干部大会。会议强调，要扎实推进项目建设。\n林某在讲话中说：\n"
        "同志们：\n今年以来，全县上下团结一心，经济运行稳中有进。",
        "12日上午，某区政协召开常委会议，主席王某主持会议并讲话。\n会上，王某向各位委员：\n"
        "通报了上半年的履职情况。会议审议通过了有关人事事项。",
    ],
)
def test_a_report_that_prints_its_speech_after_the_meeting_stays(page: str) -> None:
    assert _flagged(page) is None


def test_a_report_to_a_congress_stays_when_titled_as_one() -> None:
    # the national corpora's shape: delivered to a congress, its title beside it; a scraped page of
    # the same text with no title is the report itself, not news of a meeting (nonreport's rule)
    page = "各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n一、过去一年工作回顾\n过去一年，经济持续回升向好。"
    assert _flagged(page, title="2024年政府工作报告") is None
    assert "delivered" in (_flagged(page) or "")
    lecture = "主任、各位副主任、各位委员：\n地方人大常委会是地方国家权力机关的常设机关，议事规则规定了会议的程序。"
    assert _flagged(lecture, title="关于议事规则的报告") is None
    assert _flagged(lecture) is not None


@pytest.mark.parametrize(
    "page",
    [
        "某政办〔2024〕15号\n各乡镇人民政府，县政府各部门、各直属机构：\n"
        "《某县乡村旅游示范区创建工作方案》已经县政府第8次常务会议审议通过，现印发给你们，请认真组织实施。\n"
        "某县人民政府办公室\n2024年3月2日",
        "各市、州人民政府，省直各部门、各单位：\n为做好今年防汛工作，经省政府同意，现就有关事项提出如下意见。\n"
        "一、压实防汛责任。各地各部门要落实会议审议确定的责任清单。",
    ],
)
def test_a_document_sent_to_organs_is_not_a_meeting_report(page: str) -> None:
    assert "addressees" in (kind_reason(clean(page).text.strip(), None) or "")
    assert _flagged(page) is not None


def test_a_report_naming_organs_in_a_sentence_stays() -> None:
    page = (
        "3月5日，县政府召开常务会议，县长某某主持会议。\n"
        "会议要求，各乡镇、县直各部门要压实责任：一是抓好春耕，二是抓好防火。"
    )
    assert _flagged(page) is None


@pytest.mark.parametrize(
    "page",
    [
        "两点整，李明推门走了进来，目光在众人身上一扫，在自己的位置上坐了下来。\n"
        "“人都到齐了，咱们开会。今天的党委会只有一个议题。”李明说着，把材料递给身边的小王。",
        "小王心里一紧，看了一眼窗外。\n党委会开了整整一个下午，谁也没有先开口。\n书记点了点头，示意他说下去。",
    ],
)
def test_narrated_fiction_is_not_a_meeting_report(page: str) -> None:
    assert "fiction" in (kind_reason(clean(page).text.strip(), None) or "")
    assert _flagged(page) is not None


def test_a_report_with_one_narrators_word_stays() -> None:
    page = "5月6日，县委常委会召开会议，书记某某主持。\n会议强调，要把群众的冷暖放在心里，办好民生实事。"
    assert _flagged(page) is None


@pytest.mark.parametrize(
    "page",
    [
        "初夏的山城，处处是读书的身影。\n6月3日，由市委讲师团组织的第二期研学活动在红色教育基地开展。\n"
        "大家先后走进纪念馆、博物馆参观学习，张某表示，收获很大。",
        "区委宣传部近期对各单位中心组学习情况进行了督查。区委常委某某参加了检查。\n"
        "检查组听取了汇报，查阅了学习记录。某某强调，中心组学习要制度化、规范化。",
        # a ceremony: an office's plaque unveiled
        "县委某某工作领导小组办公室揭牌\n4月8日上午，县委某某工作领导小组办公室揭牌仪式在县政务中心举行。\n"
        "县委副书记某某出席并揭牌，相关单位负责同志参加。",
        # a launch: a training class opened
        "9月12日，某区街道干部能力提升培训班在区委党校开班。学员们将用五天时间学习基层治理的案例。\n"
        "开班第一课由某大学教授某某讲授。",
        # a drill rehearsing an event
        "某某艺术节开幕式第二次全流程演练\n近日，某市举行了艺术节开幕式第二次全流程演练。\n"
        "演员、志愿者和保障人员全部到位，检验了各环节的衔接。",
        # a groundbreaking of several projects, run by a campaign's schedule
        "某县组织开展一季度重点项目集中开工活动\n3月2日，某县在产业园集中开工8个项目，总投资12亿元。\n"
        "项目涵盖新材料、物流和农产品加工。",
    ],
)
def test_news_of_an_activity_is_not_a_meeting_report(page: str) -> None:
    assert "activity" in (kind_reason(clean(page).text.strip(), None) or "")
    assert _flagged(page) is not None


@pytest.mark.parametrize(
    "page",
    [
        # a meeting held about the activity
        "5月6日，市委书记某某主持召开座谈会，听取研学活动开展情况汇报。\n会议强调，要把研学活动办出特色。",
        # a study session presided, its subject a campaign named 实践活动
        "市局党组中心组集中学习教育实践活动精神\n3月26日下午，局党组中心组在八楼会议室集中学习，由党组书记某某主持。\n"
        "学习结束后，某某作了讲话。",
        # a meeting held before its ceremony
        "6月2日，某县召开重点项目推进会，随后举行项目签约仪式。\n会议强调，要加快项目落地。",
        # a standing committee that also unveils a plaque: the meeting's voice decides
        "某镇党委举行某某工作站揭牌仪式\n5日上午，镇党委书记某某为工作站揭牌。随后镇党委召开会议，会议指出，要用好工作站。",
    ],
)
def test_a_meeting_about_an_activity_stays_a_report(page: str) -> None:
    assert _flagged(page) is None


@pytest.mark.parametrize(
    "page",
    [
        "某县人民政府关于2024年度国有资产管理情况的报告\n2024年以来，县政府认真落实国有资产管理制度，资产总额稳步增长。",
        "某市人民代表大会常务委员会工作报告\n2025年，市人大常委会依法履职，审议法规草案五件。",
        "副县长在全县春季农业生产工作会议上的讲话\n今年春耕形势总体较好，但也面临不少困难。",
        # the address glued to the headline where the copy lost its line breaks
        "区长在全区项目建设推进大会上的讲话同志们：今天，我们召开全区项目建设推进大会，主要任务是总结一季度工作。",
        "镇党委书记在全镇安全生产工作会议上的讲话各位村支书、各位站所负责人：今天这个会，主要讲三点意见。",
    ],
)
def test_a_page_headed_as_a_speech_or_a_report_is_not_a_meeting_report(page: str) -> None:
    assert "headline" in (kind_reason(clean(page).text.strip(), None) or "")
    assert _flagged(page) is not None


@pytest.mark.parametrize(
    "page",
    [
        # the meeting that heard a report, named by its verb
        "县政府常务会议听取关于2024年度国有资产管理情况的报告\n5月6日，县长某某主持召开县政府常务会议。会议强调，要管好用好国有资产。",
        "市委常委会传达学习总书记重要讲话\n3月5日，市委书记某某主持召开市委常委会会议。",
    ],
)
def test_a_meeting_headed_by_the_report_it_heard_stays(page: str) -> None:
    assert _flagged(page) is None


def test_a_glued_headline_with_a_meetings_verb_is_not_read_as_a_speech() -> None:
    # what precedes a glued address is a meeting's headline when it holds the meeting's verb
    page = "县委常委会传达学习书记在全市经济工作会议上的讲话同志们：要学深悟透。\n8日，县委书记某某主持召开县委常委会会议。会议强调，要抓好落实。"
    assert kind_reason(clean(page).text.strip(), None) is None


def test_a_report_headed_as_one_with_its_title_beside_stays() -> None:
    page = "2024年政府工作报告\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。"
    assert _flagged(page, title="2024年政府工作报告") is None


@pytest.mark.parametrize(
    "page",
    [
        "2019年3月5日，某省委理论学习中心组进行了第十次集体学习。五年来，中心组的学习话题多样、形式灵活。\n"
        "为什么要坚持集体学习？\n集体学习是领导干部提高本领的重要途径，也是党的优良传统。",
        "什么是常委会的议事规则？\n议事规则规定了常委会会议的召集、议题的确定和表决的程序。\n如何提高议事质量？\n关键在于会前充分准备。",
    ],
)
def test_an_essay_that_asks_its_own_questions_is_not_a_meeting_report(page: str) -> None:
    assert "essay" in (kind_reason(clean(page).text.strip(), None) or "")
    assert _flagged(page) is not None


@pytest.mark.parametrize(
    "page",
    [
        # a report that quotes a question asked at its meeting, with the meeting's voice
        "5月6日，县委书记某某主持召开县委常委会会议。\n他问大家：\n项目为什么推进慢？\n会议强调，要压实责任、挂图作战。",
        # a congress report that asks a question of its own
        "同志们：\n我代表中央委员会向大会作报告。\n那么，今后的路怎样走？\n我们必须坚持改革开放。",
    ],
)
def test_a_report_with_a_question_line_stays(page: str) -> None:
    assert _flagged(page) is None
