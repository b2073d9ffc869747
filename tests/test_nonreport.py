"""not_report_reason(): pages that only carry meeting words are flagged, reports never are."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract.cleaning.clean import clean
from etl.extract.pages import nonreport
from etl.extract.pages.nonreport import _ARRANGEMENT, not_report_reason

REPORT = (
    "5月6日，县委书记林某主持召开县委常委会会议，传达学习省委全会精神。\n"
    "会议强调，要扎实推进项目建设，确保全年目标任务完成。"
)
NOVEL = (
    "护眼模式\n上一章 下一章\n第十二章 常委会(下)\n返回目录\n"
    "    桐山县的常委会在晚上召开。县委书记吴某最后一个走进会场，大家都安静下来。\n"
    "    他清了清嗓子，说道：“今天的会只有一个议题。”"
)
NOVEL_SCRIPT = (
    "第3页\n加入书架 最新章节\n第七章 党委会\n赵某在乡里召开了党委会ๆ，参加人员是乡党委委员ຂ。会上大家争论得很厉害。"
)
NOTICE = (
    "关于召开全县安全生产工作会议的通知\n各乡镇、县直各部门：\n"
    "经研究，定于5月8日上午9时在县政府三楼会议室召开全县安全生产工作会议。请各单位主要负责同志准时参加。\n"
    "特此通知。"
)
RULES = (
    "某县机关会议管理办法\n"
    "第一条 为规范机关会议，制定本办法。\n"
    "第二条 本办法适用于县直各部门。\n"
    "第三条 会议应当提前通知。\n"
    "第四条 本办法自印发之日起施行。"
)


READER_SITE = (
    "请安装我们的客户端\n更新超快的免费小说APP\n终身免费阅读\n某某小说网，最快更新官场风云最新章节！\n"
    "    桐山镇党委大院里忙碌起来，党代会的筹备工作已经开始了。"
)
BOOK_CHAPTER = (
    "第218章 第一次党委会\n\n某某仕途 某作者 1024 字 3天前\n\n"
    "“同志们，现在开会。”随即，书记开始主持会议。大家都安静了下来。"
)
TEMPLATE = (
    "常务会议纪要范文\nxx年xx月xx日，县长主持召开了县政府第xx次常务会议，现将会议确定事项纪要如下：\n"
    "一、关于xx县财政预算执行情况\n会议原则同意县财政局的意见。"
)
ISSUING = (
    "各乡镇人民政府，县直各部门：\n《某县人民政府常务会议议事规则》已经县政府第12次常务会议通过，现予印发，"
    "请认真遵照执行。\n某县人民政府\n2024年3月1日"
)
MEETING_RULES = (
    "某镇党政会议制度\n一、党政联席会议\n（一）主要职责。研究决定全镇重大事项。\n"
    "（二）参会人员。党委委员、镇长、副镇长。\n（三）会议每月召开一次，由党委书记主持。"
)
CHAPTER_WITH_DAYS = (
    "第305章 第一次乡党委会\n从3月6日到任，转眼一个星期。就在3月13日下午，他在乡里召开了党委会。\n大家都到齐了。"
)
FREQUENT_RULES = (
    "（五）听取各部门的重要工作情况汇报；\n（六）讨论决定各地请示的重要事项。市政府常务会议一般每月召开1-2次。\n"
    "十四、市长办公会议根据需要不定期召开。\n十五、专题会议由副市长召开。"
)
ESSAY = (
    "理论学习中心组\n在我国的政治生活中，理论学习中心组有着独特的作用。这一制度强调理论联系实际。\n"
    "中心组是各级党委领导班子集体学习的组织形式，其核心在于提高领导干部的理论水平。"
)
LISTED_DUTIES = (
    "联席会议制度是指由相关部门代表组成的会议。主要内容包括：1. 组成：由各方代表组成。"
    "2. 召开周期：一般定期召开。3. 主持人：一般由主任主持，负责会议的召开。"
)
SIGNED_NOTICE = (
    "（一）工作会议由组长召集，根据工作需要不定期召开，参加人员为小组成员。\n"
    "（二）办公室承担日常工作。\n某县人民政府办公室\n2021年4月21日"
)
COMMENT_NOTICE = (
    "关于《某市文明行为促进条例（草案）》公开征求意见的公告\n"
    "《某市文明行为促进条例（草案）》已经市人大常委会审议。意见建议请于11月23日前寄至市人大法制委。"
)
SITE_FURNITURE = (
    "某某提示您：看后求收藏，接着再看更方便。\n请关闭浏览器的阅读模式和小说模式。\n"
    "会议由秘书长某某主持。台下一阵掌声。\n本章未完，点击下一页继续阅读。"
)
EXPLAINER = (
    "什么是理论学习中心组？\n发布时间：2019-04-01\n理论学习中心组是各级党委领导班子集体学习的组织形式。"
    "它以政治学习为根本，以提高领导水平为目的。"
)


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        ("乡镇党委督查工作实施方案\n", "a title with no text"),
        ("村党支部书记任期是几年\n", "a question page"),
        ("县直部门\n乡镇街道\n工作动态\n", "a menu or navigation page"),
        (NOVEL, "a novel chapter"),
        (NOVEL_SCRIPT, "a novel chapter"),
        (RULES, "rules or a notice"),
        ("\n".join(f"某县召开第{i}次工作会议" for i in range(12)), "a menu or navigation page"),
        (
            "村党支部多久换届一次？\n最佳答案：一般每五年换届一次。\n网友回答：按章程执行。",
            "a question-and-answer page",
        ),
        (NOTICE, "a notice or announcement"),
        (READER_SITE, "a page of a novel site"),
        (BOOK_CHAPTER, "a chapter of a book"),
        (TEMPLATE, "a template with placeholders"),
        (ISSUING, "a notice issuing a document"),
        (MEETING_RULES, "rules of how meetings are held"),
        (EXPLAINER, "an article answering a question"),
        (CHAPTER_WITH_DAYS, "a chapter of a book or a code"),
        (FREQUENT_RULES, "rules of how meetings are held"),
        (ESSAY, "no meeting held in the opening"),
        (LISTED_DUTIES, "no meeting held in the opening"),
        (SIGNED_NOTICE, "no meeting held in the opening"),
        (COMMENT_NOTICE, "a notice or announcement"),
        (SITE_FURNITURE, "a page of a novel site"),
        # a headline naming a body, not a meeting: 委员会
        (
            "某市人民代表大会常务委员会\n某市人大常委会是某市人民代表大会的常设机关，由主任、副主任和委员组成。",
            "no meeting held in the opening",
        ),
        # an explainer of the congress system: 代表大会 alone is not a session
        (
            "人大制度基本知识\n人大是如何组织的？\n全国和地方各级人民代表大会设立常委会，作为其常设机关。常委会组成人员由本级人大选出。",
            "no meeting held in the opening",
        ),
        (
            "某市条例\n第一条（目的）为了规范管理，制定本条例。\n第二条（范围）本条例适用于本市。\n第三条（施行）自公布之日起施行。",
            "rules or a notice laid out in articles",
        ),
        (
            "1、由主任或受主任委托的副主任主持召开。\n2、参加人由主持人确定。\n"
            "3、会议协调解决各科室的工作事项。\n4、主任办公会议原则上每个星期召开一次，必要时可以临时召开。",
            "rules of how meetings are held",
        ),
        (
            "局務會議制度\n\n1、會議由局長主持。\n\n2、會議出席人員：局長、副局長。\n\n3、會議內容：\n\n"
            "（1）傳達上級的指示。\n\n4、與會人員必須按時參加會議。",
            "rules titled as rules",
        ),
        (
            "释义 |\n法律分析: 街道党工委是上级党委的派出机构，领导街道的工作。党的基层组织是战斗堡垒。",
            "a question-and-answer page",
        ),
        # a column of several meetings' summaries: one entry field on many lines
        (
            "某市政府常务会议\n2023/02/01\n会议地点：市政府\n会议摘要：1月31日下午，市长某某主持召开市政府常务会议，研究有关工作。\n"
            "2023/01/10\n会议地点：市政府\n会议摘要：1月6日，市长某某主持召开市政府常务会议。会议强调，要抓好落实。",
            "a list of several meetings",
        ),
        (
            "会议名称：县政府第8次常务会议\n会议时间：5月6日\n会议内容：会议听取了汇报。\n"
            "会议名称：县政府第9次常务会议\n会议时间：5月20日\n会议内容：会议审议了方案。",
            "a list of several meetings",
        ),
        # a column's introduction: how often, with its items run on in one paragraph
        (
            "会议简介\n市政府常务会议一般每半月召开一次，如有需要可临时召开。会议主要议题包括：1、传达上级精神；"
            "2、讨论决定重大问题；3、研究日常工作中的其他重要事项。\n会议由市长召集和主持。",
            "rules of how meetings are held",
        ),
        (
            "区长办公会议每两周召开一次。会议内容：一、听取各部门汇报；二、协调解决重要问题；三、部署阶段性工作。",
            "rules of how meetings are held",
        ),
        (
            "天才一秒记住【某某中文网】地址:https://example.invalid\n周三上午，县政府会议室。\n"
            "张县长说：“同志们，现在开会。”会议开了两个小时。",
            "a page of a novel site (its banner)",
        ),
    ],
)
def test_pages_that_are_not_reports_are_flagged(page: str, reason: str) -> None:
    found = not_report_reason(page, clean(page).text)
    assert found is not None and found.startswith(reason)


@pytest.mark.parametrize(
    "page",
    [
        REPORT,
        "县政府召开常务会议\n" + REPORT,
        "昨日上午，区政协召开主席会议。会议听取了提案办理情况的汇报。",
        # a report that quotes a rule's articles is still a report
        "县委召开常委会会议。会议审议了办法。\n第一条 总则。\n第二条 适用范围。\n第三条 施行。",
        # a report that passes on a notice is still a report
        "5月8日，县委书记某某主持召开县委常委会会议，传达学习省委通知精神。会议强调，特此通知的事项要逐项落实。",
        # a report of a meeting that adopted rules, with numbered items and a frequency
        "3月5日，镇党委召开会议，审议会议制度。\n一、党政联席会议每月召开一次。\n二、中心组每季度学习一次。\n三、专题会议按需召开。",
        # a report of a meeting that issued a document
        "4月2日，县政府召开常务会议，审议并原则通过《某县议事规则》，会议要求现予印发后抓好落实。",
        # a page cut before its date: the first line already lists who attended
        "某某、某某等区领导出席会议。\n林某对人大的支持表示感谢。他说，要加强沟通，形成合力。",
        # dates written as 2020-05-06 or only with the month
        "2020-05-06，某市委召开常委（扩大）会议，市委书记方某主持会议并讲话。",
        "2021年6月，某区委召开常委会会议，专题研究党史学习教育工作。",
        # the date is given by the sidecar: the text only says who presided
        "县委召开常委会会议\n会议由县委书记某某主持。\n会议听取了巡察工作情况汇报。",
        # an undated page whose headline names its meeting (its date was only in the removed publish line)
        "青禾区委理论学习中心组学习会\n区委书记某某强调：要学深悟透，学以致用。",
        "县政府召开第七次常务会议\n会上，副县长某某通报了项目进展。",
        # a resolution and a delivered speech name no time in their opening
        "某县第十届人民代表大会第四次会议听取和审议了县长某某所作的政府工作报告。会议决定批准这个报告。",
        "同志们：\n现在，我代表县委向大会作报告。\n一、过去五年的工作\n五年来，全县经济稳步增长。",
        # a report whose headline asks a question
        "项目为何落地快？\n5月6日，县委书记某某主持召开常委会会议。会议强调，要优化营商环境。",
        # a report that opens with its own summary field, once
        "会议摘要：5月6日，县委书记某某主持召开县委常委会会议。会议强调，要抓好落实。\n会议地点：县委三楼会议室",
        # a report of a meeting held every half month that names its day
        "5月6日，某县召开调度会。会议每半月召开一次，会议议题：1、听取进展；2、协调问题；3、部署工作。",
        # a report that names the X of a placeholder-like code
        "6月1日，县委召开常委会会议，研究XX项目（代号）推进工作。",
    ],
)
def test_reports_are_never_flagged(page: str) -> None:
    assert not_report_reason(page, clean(page).text) is None


def test_a_title_beside_the_text_that_names_a_delivered_report_keeps_it_a_report() -> None:
    # a delegate's report with numbered parts, no salutation and no time in its opening
    page = "一、去年\n去年这里没有组织，报纸每周出版一次。\n二、今年\n今年成立了小组。\n三、计划\n我们要扩大宣传。"
    assert not_report_reason(page, clean(page).text, title="某地共产党报告") is None
    assert not_report_reason(page, clean(page).text) is not None


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        # ceremonies and inspection tours: the opening's event is not a meeting
        (
            "4月2日，青禾县6个项目集中开工奠基仪式隆重举行，县委书记某某出席开工仪式并作重要讲话。"
            "开工仪式由县长某某主持。\n某某指出，要全力推进项目建设。",
            "news of an event that is not a meeting",
        ),
        (
            "6月8日上午，县乡村振兴服务中心揭牌仪式在县农业农村局举行。副县长某某出席并揭牌。\n"
            "揭牌仪式上，某某作了讲话。",
            "news of an event that is not a meeting",
        ),
        (
            "9月12日，市人大常委会组织部分代表到某区开展集中视察活动。\n视察组察看了三个园区的建设进度。"
            "在随后召开的座谈会上，区政府作了汇报。",
            "news of an event that is not a meeting",
        ),
        # invented: a course opened or closed, with speeches that welcome or mobilise its trainees
        (
            "4月9日，某县基层干部能力提升培训班在市委党校开班。县委组织部副部长某某出席并作动员讲话。\n"
            "某某要求学员珍惜学习机会，学有所获。",
            "news of an event that is not a meeting",
        ),
        (
            "近日，某区青年干部研修班在某大学顺利结业。\n区委组织部部长某某为学员颁发结业证书，并希望大家学以致用。",
            "news of an event that is not a meeting",
        ),
        # transcripts: turns labelled with a name in square brackets or a host's label
        (
            "[林晓]关于今年的采访安排，我先介绍一下：开幕会和闭幕会都对记者开放，9月2日上午闭幕。下面请大家提问。",
            "a transcript of an interview",
        ),
        (
            "网上问政观察\n某台节目近日请来一位教授点评。\n主持人（某某）：\n各位观众好，这里是今天的访谈。",
            "a transcript of an interview",
        ),
        # a speech printed with neither its speaker nor its day
        (
            "县委书记在全县经济工作大会上的讲话同志们：今天，我们召开全县经济工作大会。在此，我代表县委县政府，"
            "向全县干部群众致以问候。下面，我讲三点意见。",
            "a speech printed without its speaker or its day",
        ),
        (
            "同志们：\n今天把大家请来，开一个安全生产工作会。刚才，几位局长通报了情况，我都同意。下面，我讲两点意见。",
            "a speech printed without its speaker or its day",
        ),
        # a notice of a meeting to come, written as 现将会议有关事宜通知如下
        (
            "某县农业农村局关于召开全县春耕生产推进会的通知\n各乡镇：\n"
            "为部署春耕生产，县局决定召开全县春耕生产推进会。现将会议有关事宜通知如下：\n一、会议时间：3月2日上午\n二、会议地点：县局三楼会议室",
            "a notice or announcement",
        ),
        # novel prose: dialogue, short lines, no time at all
        (
            "镇政府的大会议室里坐满了人，窗外下着小雨。\n老周看了看表，没有说话。\n会议由某某主持。\n"
            "大家都安静下来。\n某某清了清嗓子，说道：\n“这件事，大家心里都有数。”",
            "novel prose",
        ),
    ],
)
def test_events_transcripts_sample_speeches_and_prose_are_not_reports(page: str, reason: str) -> None:
    found = not_report_reason(page, clean(page).text)
    assert found is not None and found.startswith(reason)


@pytest.mark.parametrize(
    "page",
    [
        # a report whose day is only a holiday's eve (节前) still reports a meeting held
        "青禾日报讯 节前，某街道召开社区党组织书记述职评议会，街道班子成员参加会议。\n会上，各社区书记逐一述职。",
        # a ceremony held with a meeting: the meeting is named
        "5月6日，某县举行项目签约仪式暨招商引资推进会，县委书记某某出席并讲话。",
        # an inspection whose report is a meeting's: 召开…座谈会 in the opening sentence
        "6月1日，市委书记某某到某县视察并主持召开座谈会。会议强调，要抓好项目建设。",
        # a delivered report to a congress opens with a salutation and no date
        "同志们：\n\n我受中央委员会委托，向大会作报告。\n\n一、过去五年的工作",
        # a report that quotes what someone said, with its date
        "5月6日，县委召开常委会。\n会议由县委书记某某主持。\n他说：“要抓好落实。”\n会议还研究了其他事项。",
        # a visit whose leaders sat down with the county's (参加座谈), told past the time's window
        "本报讯 4月9日，市委常委、宣传部部长某某带领市督导组来我县就文化产业发展情况开展专题调研，听取了"
        "有关工作汇报。县领导某某以及县直有关单位负责人参加座谈。",
        # a weekly meeting with no time said: who presided and who sat in (列席参加)
        "【本报讯】某县政府本周工作例会，县长某某主持，副县长某某及各局局长列席参加。县长要求各局抓好落实。",
        # a paper's headings in square brackets are not a transcript's turns
        "某某 某某\n[摘 要]本文讨论政协协商。\n[关键词]协商民主\n5月6日，某市政协召开主席会议。",
    ],
)
def test_reports_near_the_new_shapes_stay_reports(page: str) -> None:
    assert not_report_reason(page, clean(page).text) is None


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        (
            "近日，省委组织部通报了年度考核结果，某开发区党工委被评为全省基层党建先进单位。\n"
            "近年来，该党工委每月组织一次集中学习。",
            "news of an event that is not a meeting",
        ),
        (
            "5月18日，全省举行重大项目集中签约仪式，我市分会场签约项目12个。市领导出席并致辞。",
            "news of an event that is not a meeting",
        ),
        (
            "会议概况\nXX街道办事处召开了防汛工作部署会。会议由副主任XXX主持，党工委书记XXX讲话。",
            "a template with placeholders",
        ),
        (
            "副县长在全县秋粮收购工作会议上的讲话同志们：今天召开秋粮收购工作会议。10月1日起，新粮陆续上市。",
            "a speech printed without its speaker or its day",
        ),
    ],
)
def test_awards_venues_placeholders_and_undated_speeches(page: str, reason: str) -> None:
    found = not_report_reason(page, clean(page).text)
    assert found is not None and found.startswith(reason)


@pytest.mark.parametrize(
    "page",
    [
        "下面是小编为大家整理的2024年镇第二季度工作总结，供大家参考。\n一、工作进展\n*月*日，*镇召开党委会议，会议要求抓好落实。",
        "资源描述：\n《某某学习心得》由会员上传分享，免费在线阅读。\n1、6月3日，我参加了县委中心组学习会。",
        # a stored file's banner: shared by a member, read online, more like it searched on the site
        "《村民议事会议制度.docx》由会员分享，可在线阅读，更多相关《村民议事会议制度.docx(3页珍藏版)》请在某某文库上搜索。\n"
        "1、村民议事会议制度为规范议事程序，制定本制度：一、会议由村党支部书记召集和主持。",
        "《党支部主题党日记录》由用户分享，更多相关内容请在本站搜索。\n3月12日，某村党支部召开主题党日活动，支部书记主持。",
        "某某工作例会纪要(5页珍藏版)\n5月8日，某局召开工作例会，局长主持会议并讲话。",
    ],
)
def test_pages_of_document_and_sample_sites_are_not_reports(page: str) -> None:
    found = not_report_reason(page, clean(page).text)
    assert found is not None and found.startswith("a page of a document-sharing or sample-writing site")


@pytest.mark.parametrize(
    "page, reason",
    [
        (
            "“某某会”开幕式第一次全要素演练现场\n日前，某市举行了开幕式第一次全要素演练。"
            "当日8时45分，随着执行总指挥一声令下，各点位迅速进入状态。",
            "not a meeting",
        ),
        (
            "按照全市统一安排部署，2月27日，某县在产业园组织开展上半年项目集中开工活动。县委书记孙某主持开工仪式。\n"
            "孙某在讲话中指出，要全力以赴抓好项目建设。",
            "not a meeting",
        ),
        (
            "某镇开展“读党报”主题活动\n为发挥党报党刊的作用，近日某镇深入开展了“学讲话 读党报”主题活动，取得了明显成效。"
            "各村共设立15个阅报栏，每月开展一次读报活动。",
            "campaign",
        ),
        (
            "主持人 曲某某:\n大家上午好，“部长通道”采访活动现在开始。请大家提问。\n某台记者:\n我想请问部长如何看待形势？\n"
            "某部部长 金某:\n谢谢你的提问。",
            "transcript",
        ),
        (
            "某会新闻发布会某某答记者问\n▲某社记者:政协是如何献言献策的？\n王某:政协开展了56次专题调研。\n"
            "▲某报记者:经济能否保持中高速增长？\n王某:我的回答是肯定。",
            "press conference",
        ),
        (
            "近日，某区党委常委调整，李某任党委常委。具体名单如下：\n姓名 省份 职务 出生年月\n吕某\n北京\n副书记\n1955年7月",
            "profile",
        ),
    ],
)
def test_drills_works_campaigns_press_turns_and_people_lists_are_not_reports(page: str, reason: str) -> None:
    assert reason in (not_report_reason(page, clean(page).text) or "")


@pytest.mark.parametrize(
    "page",
    [
        "3月1日上午，全县重点项目集中开工推进会举行。县委书记李某主持会议并讲话。",
        "7月1日，某支部开展主题党日活动，召开支部党员大会，书记张某作讲话。",
        "9月12日，某社区开展党建联席会活动，会上，社区负责人介绍了民生实事的运行情况。",
        "5月6日，县委召开常委会会议。会议听取了记者站工作汇报。\n县融媒体中心记者:张某 李某",
    ],
)
def test_reports_near_the_eleventh_batchs_shapes_stay_reports(page: str) -> None:
    assert not_report_reason(page, clean(page).text) is None


def test_news_of_a_ceremony_on_a_forum_mirror_with_jammer_runs() -> None:
    page = (
        "2015年03月02日09:16 来源:《某某日报》 (通讯员某某)* R/ n$ K4 Q8 y1 T$ c% f/ J\n5 M! u2 Z; H- D\n"
        "1日，某区的两个园区党委正式揭牌，今后由园区统一管理所属企业党组织。此举在全市尚属首次。4 r, ~2 C+ s5 b9 w- e7 k\n"
        "园区党委设委员七名，负责园区内企业的党建工作。"
    )
    cleaned = clean(page)
    assert "M!" not in cleaned.text and "C+" not in cleaned.text
    assert not_report_reason(page, cleaned.text) is not None


@pytest.mark.parametrize(
    "page",
    [
        "会议议程\n一、县长某某通报全县经济运行情况；\n二、县委书记某某讲话。\n会议时间：2023年3月5日上午9:00\n会议地点：县委第一会议室",
        "关于开展业务培训的安排\n一、开会时间：4月8日下午3点\n二、开会地点：局三楼会议室\n三、参会人员：各股室负责人",
        "某某论坛日程\n报到时间：6月1日全天\n报到地点：某某宾馆大堂\n参加对象：各乡镇分管负责同志",
    ],
)
def test_an_agenda_or_a_meetings_arrangements_is_not_a_report(page: str) -> None:
    assert not_report_reason(page, clean(page).text) is not None


def test_a_report_that_names_the_time_and_place_of_its_meeting_stays() -> None:
    page = (
        "3月5日上午，县政府召开第5次常务会议，县长某某主持会议。\n"
        "会议时间：上午9时\n会议地点：县政府第一会议室\n会议强调，要抓好春耕备耕。"
    )
    assert not_report_reason(page, clean(page).text) is None


@pytest.mark.parametrize(
    "page",
    [
        # invented: pages cut so that they open inside the report, at the meeting's narration
        "会上，镇党委委员、武装部长某某指出，要落实防火措施。\n随后，副镇长某某对环境整治作了部署。",
        "会议上，局长某某就下一步工作提出要求。",
        "春节前工作部署\n会上，街道办事处主任某某通报了安全检查情况。",
    ],
)
def test_a_page_opening_at_the_meetings_narration_is_a_report(page: str) -> None:
    assert not_report_reason(page, clean(page).text) is None


@pytest.mark.parametrize(
    "page",
    [
        # invented: a tour or an inspection that ends in a meeting is a report of that meeting
        "为推进社区改造，6月27日，街道党工委书记某某带领路长观摩社区。\n上午，观摩团先后到三个社区实地查看。"
        "观摩结束后到办事处会议室召开专题推进会，某某指出，要倒排工期。",
        "5月6日，县长某某到园区实地查看项目进展。\n调研结束后在园区召开座谈会，听取企业意见。",
        "近期，区领导某某督导检查防汛工作。\n检查之后，在区应急局召开防汛工作会议，部署下步工作。",
    ],
)
def test_a_tour_that_ends_in_a_meeting_is_a_report(page: str) -> None:
    assert not_report_reason(page, clean(page).text) is None


@pytest.mark.parametrize(
    "page",
    [
        # invented: a chronicle (大事记) lists a month's events by day, each like a tiny report
        "某县史志办\n1 日 县委书记甲某某主持召开县委常委会会议，研究防汛工作。\n"
        "2 日 县长乙某某主持召开县政府常务会议。丙某、丁某出席会议。\n"
        "5 日 县委召开理论学习中心组学习会，传达学习省委全会精神。",
        "3月2日：市委书记甲某某主持召开市委常委会会议，会议强调要抓好春耕。\n"
        "3月5日：市政府召开第八次常务会议。\n3月9日：市人大常委会召开主任会议。",
        "【12日】区委召开常委会会议，研究部署安全生产工作。\n【15日】区政府召开常务会议。\n"
        "【20日】区政协召开主席会议，会议听取了提案办理情况汇报。",
        # invented: two days, and further entries of the same day (同日 …)
        "3月1日 市长甲某某主持召开市政府常务会议，研究春耕工作。\n同日 甲某某到园区调研。\n"
        "同日 市政府召开安全生产会议。\n3月2日 市委书记乙某某主持召开市委常委会会议。",
        "8日：县委召开常委会会议。\n当日：县长丙某某检查防汛工作。\n9日：县政府召开常务会议。\n是日 县政协召开主席会议。",
    ],
)
def test_a_chronicle_of_events_by_day_is_not_a_report(page: str) -> None:
    assert "chronicle" in (not_report_reason(page, clean(page).text) or "")


@pytest.mark.parametrize(
    "page",
    [
        # invented: a congress of several days tells each day with a comma or a time of day
        "12日上午，县第十八届人民代表大会第一次会议开幕。\n13日下午，各代表团分组审议政府工作报告。\n"
        "14日上午，大会选举产生县人民政府县长。会议强调，要依法履职。",
        "5 日 县委召开常委会会议，县委书记甲某某主持会议。\n会议强调，要抓好秋粮收购。",
        # invented: a report of two days' sessions that writes 同日上午，
        "3月1日 县委召开全会。\n同日上午，全会听取了常委会工作报告。\n同日下午，分组讨论。\n3月2日 全会闭幕。",
    ],
)
def test_reports_that_name_days_at_line_starts_stay_reports(page: str) -> None:
    assert not_report_reason(page, clean(page).text) is None


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="\n \t　1.、一二会议时间地点议程参会人员：:报到开上午", max_size=60))
def test_arrangement_lines_are_those_the_start_or_break_led_pattern_finds(text: str) -> None:
    # The pattern as first written, each alternative led by (?:^|\n): tried at every position.
    as_written = re.compile(_ARRANGEMENT.pattern.replace("|\\n", "|(?:^|\\n)").replace("\\n", "(?:^|\\n)", 1))

    def labelled(found: Iterator[re.Match[str]], shift: int) -> list[tuple[int, int, bool]]:
        return [(max(m.start() - shift, 0), m.end() - shift, "会" in m[0] or "报到" in m[0]) for m in found]

    assert labelled(_ARRANGEMENT.finditer("\n" + text), 1) == labelled(as_written.finditer(text), 0)


@pytest.mark.parametrize(
    "page",
    [
        # invented: an agenda whose items end in their clock ranges, with no meeting held
        "委员报到（8:30—9:00）\n领取会议材料。\n开幕大会（9:00—10:30）\n听取工作报告。\n"
        "分组讨论（14:30—17:30）\n各组组长会议（17:30—18:00）\n提出会议要求。",
        "第一天\n报到(8:00-8:30)\n开班式(8:30-9:00)\n专题辅导(9:00-11:30)\n交流研讨(14:00-17:00)",
    ],
)
def test_an_agenda_of_timed_items_is_not_a_report(page: str) -> None:
    assert not_report_reason(page, clean(page).text) is not None


def test_a_report_that_times_its_parts_stays() -> None:
    page = (
        "3月5日，某区政协召开常委会议，主席某某主持会议。\n上午（9:00—11:30）听取工作报告。\n"
        "下午（14:30—17:30）分组讨论（14:30—16:00）\n大会发言（16:00—17:30）\n会议强调，要抓好落实。"
    )
    assert not_report_reason(page, clean(page).text) is None


@pytest.mark.parametrize(
    "page",
    [
        # invented: notices that name who is to attend (出席会议人员, 准时出席会议), not a meeting held
        "各乡镇、县直各单位：\n经研究，定于5月12日召开全县安全生产工作会议。现将有关事项通知如下：\n"
        "一、出席会议人员：各乡镇分管负责同志。\n二、请各单位通知有关人员准时出席会议。\n特此通知\n某县人民政府办公室",
        "各位委员：\n现将有关事项通知如下：\n出席会议的人员为全体委员，请按时出席会议。\n特此通知",
    ],
)
def test_a_notice_naming_who_is_to_attend_is_not_a_report(page: str) -> None:
    assert not_report_reason(page, clean(page).text) is not None


def test_a_sample_speech_whose_title_names_the_year_of_its_meeting_is_not_a_report() -> None:
    page = (
        "县委书记在2024年全县经济工作会议上的讲话\n\n同志们：\n今天召开会议，主要是总结成绩、部署任务。"
        "刚才，几个乡镇作了表态发言，讲得很好。下面，我讲三点意见。"
    )
    assert not_report_reason(page, clean(page).text) is not None
    # with its day in the text it is still the speech itself, not news of its meeting
    dated = page.replace("今天召开会议", "2024年1月5日，今天召开会议")
    assert "speech or a report delivered" in (not_report_reason(dated, clean(dated).text) or "")


@pytest.mark.parametrize(
    ("page", "word"),
    [
        # invented: reports delivered to a congress or a standing committee, for deliberation
        (
            "某县人民政府工作报告\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议，并请政协委员提出意见。\n"
            "一、过去一年的工作\n过去一年，全县经济平稳运行。",
            "delivered",
        ),
        (
            "关于2024年县本级预算执行情况的报告\n主任、各位副主任、各位委员：\n受县人民政府委托，我向本次会议"
            "报告2024年县本级预算执行情况，请予审查。\n今年以来，全县财政收入稳步增长。",
            "delivered",
        ),
        (
            "某区人民法院工作报告\n——在区第五届人民代表大会第二次会议上\n各位代表：\n现在，我代表区人民法院"
            "向大会报告工作，请予审议。\n一年来，全院共受理各类案件八千件。",
            "delivered",
        ),
        # invented: notices to their addressees issuing a document adopted at a meeting
        (
            "某政办〔2024〕12号\n各乡镇人民政府，县直各单位：\n《某县农村人居环境整治方案》已经县政府第12次常务会议"
            "审议通过，现印发给你们，请认真组织实施。\n某县人民政府办公室\n2024年3月4日",
            "addressees",
        ),
        (
            "各街道党工委，区直各部门：\n现将《某区基层减负十条措施》印发给你们，经区委常委会会议审议同意，"
            "请结合实际认真贯彻落实。",
            "addressees",
        ),
        # invented: an outing, a check or an activity with no meeting in it
        (
            "金秋的山城，处处洋溢着丰收的喜悦。\n10月12日，由区委宣传部组织的红色研学活动走进某纪念馆，"
            "大家参观学习。\n“这次研学让我收获很大。”宣讲员某某说。",
            "outing",
        ),
        (
            "为推动理论学习走深走实，近期区委宣传部对各单位中心组学习开展了督导。\n督导组听取汇报、查阅资料。\n"
            "某某强调，要把学习成果转化为工作实效。",
            "outing",
        ),
        ("8月1日，某街道“邻里节”主题活动火热开展。\n居民们一起包饺子、写春联，现场气氛热烈。", "outing"),
        # invented: a novel chapter under a reader site's label joined by an underscore
        ("正文_第九章 常委会上的交锋\n县委常委会议室里鸦雀无声。书记某某看了看表，还没有开口。", "chapter"),
    ],
)
def test_the_twentieth_batchs_non_report_families_are_flagged(page: str, word: str) -> None:
    reason = not_report_reason(page, clean(page).text) or ""
    assert word in reason


@pytest.mark.parametrize(
    "page",
    [
        # invented: reports of a congress or a meeting that cite a delivered report or an adopted notice
        "1月6日上午，县第十八届人民代表大会第三次会议开幕。县长某某代表县人民政府向大会作政府工作报告。"
        "\n会议强调，要依法履职。",
        "3月4日，县政府召开第12次常务会议，县长某某主持会议。\n会议审议通过了《某县农村人居环境整治方案》，"
        "要求印发各乡镇认真组织实施。",
        "5月6日，区委理论学习中心组开展专题学习，区委书记某某主持会议并讲话。\n会前，大家参观了廉政教育基地。",
    ],
)
def test_reports_near_the_twentieth_batchs_shapes_stay_reports(page: str) -> None:
    assert not_report_reason(page, clean(page).text) is None


def test_a_delivered_work_report_stays_a_report_when_its_corpus_titles_it_so() -> None:
    page = "各位代表：\n现在，我代表政府向大会报告工作，请予审议。\n一、过去一年工作回顾\n过去一年，全县经济稳中有进。"
    assert not_report_reason(page, clean(page).text, "2024年某县政府工作报告") is None
    assert "delivered" in (not_report_reason(page, clean(page).text) or "")


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet="\n \t报到讨论会议（()）:：0189-—至", max_size=80))
def test_timed_items_are_those_the_line_prefix_pattern_finds(text: str) -> None:
    # The pattern as first written: up to 40 characters of the item before the clock range, tried at every position.
    as_written = re.compile(r"[^\n]{2,40}?" + nonreport._CLOCK_RANGE_AT_END.pattern)
    assert nonreport._timed_items(text) == len(as_written.findall(text))


@pytest.mark.parametrize(
    "page",
    [
        # invented: a gazetteer's page as a flip-book's text layer, its part heading near the top
        "Page 312 - 某县志(2001-2020年)\nP. 312\n第十八篇 地方人民代表大会\n第二节 常务委员会会议\n"
        "县人大常委会会议一般每两个月召开一次，由主任或委托的副主任主持。\n表 18—2—1 历届常委会会议一览表",
        "第三编 政治\n第一章 中共某县委员会\n1998年3月5日，县委召开全体会议，选举产生县委常委。",
        "某市年鉴（2015）\n第十二篇 人民政协\n市政协常委会会议全年召开4次，审议通过提案工作报告。",
    ],
)
def test_a_book_part_heading_at_the_top_is_a_book_page(page: str) -> None:
    assert "a chapter of a book" in (not_report_reason(page, clean(page).text) or "")


@pytest.mark.parametrize(
    "page",
    [
        # invented: a roster tabulated without its header (the cleaning may take a header line out)
        "某网讯 某省党代会下月召开。据媒体梳理，上届省委班子已有多人调离，其去向整理如下：\n王某某 | 1960年3月 | 省委书记 | 2018年调任他省省委书记，同年卸任\n"
        "李某 | 1962年5月 | 省长 | 2019年任某部副部长；2021年改任某省政协主席\n"
        "赵某某 | 1958年11月 | 秘书长 | 2017年退休，此前兼任省委政法委书记",
        "某市新一届班子成员的履历，据公开资料整理。\n张某｜1963.07｜副市长，此前任某区区委书记、区长\n"
        "刘某某｜1965.02｜组织部长，此前任某县县委书记\n陈某｜1961.09｜宣传部长，此前任某报社社长",
        "5月6日，某县召开换届工作会议。拟任人选如下。\n周某某\t1970年1月\t县委书记\n吴某\t1972年6月\t县长\n"
        "郑某某\t1969年8月\t常务副县长",
    ],
)
def test_a_table_of_people_by_birth_month_is_not_a_report(page: str) -> None:
    assert "table of people" in (not_report_reason(page, clean(page).text) or "")


@pytest.mark.parametrize(
    "page",
    [
        # invented: a meeting's rules for those attending, in numbered items
        "会议须知\n一、参会人员请提前15分钟入场，按座次就座。\n二、会议期间请将手机调至静音状态，不得随意走动。\n"
        "三、与会人员一律凭证件进入会场。\n四、如有特殊情况须向会务组请假。",
        "参会注意事项\n1、请各位代表按时到宾馆报到。\n2、会场内严禁吸烟。\n3、会议期间务必遵守作息时间。\n"
        "4、各代表团如有建议，请向大会秘书处反映。",
        "會議須知\n一、參會人員請佩戴證件入場。\n二、會議期間不得接打電話。\n三、會場內一律不得吸煙。",
    ],
)
def test_a_meetings_rules_for_those_attending_are_not_a_report(page: str) -> None:
    assert "for those attending" in (not_report_reason(page, clean(page).text) or "")


@pytest.mark.parametrize(
    "page",
    [
        # invented: reports whose opening names a chapter or a part only inside a sentence
        "3月5日，区委理论学习中心组召开学习会，学习《某书》第三篇和第四篇。\n区委书记某某主持会议并讲话。",
        "第二篇章开启新征程\n4月2日，县委召开常委会会议，书记某某主持会议。会议强调，要奋力谱写新篇章。",
    ],
)
def test_a_part_named_inside_a_sentence_or_a_chapter_word_stays_a_report(page: str) -> None:
    assert not_report_reason(page, clean(page).text) is None


@pytest.mark.parametrize(
    "page",
    [
        # invented: reports that give the meeting's rules or requirements in numbered items
        "3月2日，县委召开全县干部大会。县委书记某某强调：\n一、参会人员要严守纪律，不得泄露会议内容。\n"
        "二、会议期间一律关闭手机。\n三、务必把会议精神传达到每一名干部。",
        "5月6日，县政府召开安全生产会议。\n会议要求：\n一、各单位务必压实责任。\n二、严禁瞒报事故。\n"
        "三、会议期间请各乡镇做好值班。",
        # invented: a report that dates its meeting only as a few days back
        "前几天召开的市重大项目建设指挥部第一次全体会议上，市长某某要求各地加快项目建设。\n"
        "指挥部由市政府主要领导任总指挥，统筹推进交通、水利等重大项目。",
        "记者从市发改委获悉，在前不久召开的全市招商引资工作推进会上，各县区交流了经验。\n副市长某某要求抓好项目落地。",
    ],
)
def test_reports_near_the_twenty_third_batchs_shapes_stay_reports(page: str) -> None:
    assert not_report_reason(page, clean(page).text) is None


@pytest.mark.parametrize(
    "page",
    [
        # invented: a report whose table gives days (a schedule), and one naming a single birth month
        "3月5日，县委召开常委会会议，县委书记王某主持会议。\n会议要求，各项任务按期完成：\n"
        "李某 | 2024年3月10日 | 完成方案\n赵某 | 2024年3月20日 | 完成验收\n钱某 | 2024年4月1日 | 完成总结",
        "3月5日，县委召开常委会会议，县委书记王某主持会议。\n会议强调，要关心老干部。\n李某某 | 1950年3月 | 退休干部",
    ],
)
def test_reports_with_tables_of_days_stay_reports(page: str) -> None:
    assert not_report_reason(page, clean(page).text) is None


@pytest.mark.parametrize(
    "page",
    [
        # invented: a resolution or a document printed with its adoption note at the top or under its headline
        "（2023年1月6日某区第五届人民代表大会第三次会议通过）\n"
        "某区第五届人民代表大会第三次会议听取和审议了区长某某所作的政府工作报告。会议认为，过去一年成效明显。",
        "关于某某工作的决议\n(2021年12月28日某市第十六届人民代表大会常务委员会第九次会议审议通过)\n"
        "会议听取和审议了市人民政府关于某某工作的报告。会议认为，工作扎实有效。",
        "(中国共产党某县第十五届委员会第三次全体会议通过)\n全会听取和审议了县委常委会的工作报告。全会认为，全县经济稳中向好。",
    ],
)
def test_a_document_with_its_adoption_note_is_not_a_report(page: str) -> None:
    assert "adoption note" in (not_report_reason(page, clean(page).text) or "")


def test_a_report_of_a_meeting_that_adopted_a_document_stays_a_report() -> None:
    page = (
        "3月5日，县人大常委会召开第十次会议，表决通过了关于某某工作的决议（草案）。\n"
        "（本次会议审议通过）\n会议指出，要依法履职。"
    )
    assert not_report_reason(page, clean(page).text) is None
    titled = "（2023年1月6日某区第五届人民代表大会第三次会议通过）\n会议听取和审议了政府工作报告。"
    assert not_report_reason(titled, clean(titled).text, title="关于政府工作报告的决议") is None


@pytest.mark.parametrize(
    "page",
    [
        # invented: a chronicle's entries after a bullet mark (★8月2日 …, ●3日 …, ◆同日 …)
        "★8月2日 县长甲某某到县医院检查防疫工作。\n★8月3日 县委书记乙某某主持召开县委常委会会议。\n"
        "同日 县政府召开常务会议，研究秋粮收购。\n★8月9日 县委召开农村工作领导小组会议。",
        "●3日 区委召开理论学习中心组学习会。\n●5日 区政府召开第十次常务会议，会议听取了汇报。\n"
        "●11日 区人大常委会召开主任会议。",
        "◆ 5月6日：市委召开常委会会议。\n◆同日：市长丙某某检查防汛。\n◆ 5月8日：市政协召开主席会议。\n"
        "◆同日：市政府召开廉政工作会议。",
    ],
)
def test_a_chronicle_with_bullet_marks_is_not_a_report(page: str) -> None:
    assert "chronicle" in (not_report_reason(page, clean(page).text) or "")


def test_a_report_with_bulleted_points_of_its_days_stays_a_report() -> None:
    # invented: a report lists the coming days after bullets, each with a comma: its narration, not a chronicle
    page = (
        "5月6日，县委召开常委会会议，县委书记甲某某主持会议。会议强调：\n★8日，完成春播检查；\n"
        "★10日，召开现场推进会；\n★15日，全面开展复查。"
    )
    assert not_report_reason(page, clean(page).text) is None


@pytest.mark.parametrize(
    "page",
    [
        # invented: a session to come announced with its year (定于2006年2月20日至22日召开), at a press conference
        "在昨天召开的新闻发布会上，市政协副主席甲某某就市政协会议发布新闻。\n"
        "经常委会决定，政协某市第三届委员会第五次会议定于2024年2月20日至22日召开。会议有十一项议程。",
        "某县第十八届人民代表大会第三次会议定于2025年1月8日在县会堂召开，会期三天。\n请各代表按时报到。",
        "区委决定，区委十二届六次全会定于2023年12月28日召开，会议将审议区委常委会工作报告。",
    ],
)
def test_a_session_announced_with_its_year_is_not_a_report(page: str) -> None:
    assert "notice or announcement" in (not_report_reason(page, clean(page).text) or "")


@pytest.mark.parametrize(
    "page",
    [
        # invented: a plenary announced in the opening, its agenda told as if done (held-out batch 74)
        "某市委七届七次全会8月1日召开\n近日，市委常委会会议研究决定，中国共产党某市第七届委员会第七次全体会议"
        "于2019年8月1日在市区召开，会期1天。\n本次全会的主要议题有：一是传达省委全会精神；二是市委书记某某作报告。"
        "\n目前，本次全会各项准备工作就绪。",
        "某县第五届运动会将于10月12日在县体育馆举行。本届运动会设田径、篮球等8个大项。",
    ],
)
def test_a_meeting_announced_in_the_opening_is_not_a_report(page: str) -> None:
    assert "notice or announcement" in (not_report_reason(page, clean(page).text) or "")


def test_a_report_that_tells_of_a_session_to_come_stays_a_report() -> None:
    page = (
        "3月2日，县委常委会召开会议，县委书记某某主持会议。会议听取了全县经济运行情况汇报。"
        "会议决定，县委十五届六次全会将于4月1日召开。会议强调，要抓好春耕生产。"
    )
    assert not_report_reason(page, clean(page).text) is None
