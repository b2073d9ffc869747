"""Pages that are not meeting reports, recognised by their shape, with a short reason.

A scraper that searches for 常委会 or 常务会议 also brings back pages that only carry the words:
a title with no text (a tag, search or Q&A page), a menu, a novel chapter about a fictional
county, a set of rules or a notice. They stay in the warehouse for audit with
``meetings.is_report`` False and the reason in ``meetings.not_report_reason``.

Each shape needs evidence a real report does not give: a report always has sentences, never
a reader's chapter furniture or a Q&A site's answers, does not announce a meeting to come
(特此通知, 定于…召开) without reporting one held, and is not laid out in numbered articles
(第一条 第二条 …).
"""

from __future__ import annotations

import itertools
import re

from etl.extract.pages.page_genre import DIALOGUE, genre_reason
from etl.extract.pages.page_kind import MEETING_VOICE, PREFILTERED, kind_reason
from etl.extract.pages.prefilter import Prefiltered, one_scan
from etl.extract.text.first_chars import first_chars_ahead
from etl.extract.text.patterns import SURNAMES, compile_tc, simplified, tc

__all__ = ["not_report_reason"]

_SENTENCE_END = re.compile(r"[。！？!?；;]")
_MIN_SENTENCES_CHARS = 60  # a text without a sentence end and shorter than this is a title
_QUESTION = compile_tc(
    r"(?:几|多久|多长|多少|什么|怎么|怎样|如何|哪些|哪个|是否)[\u4e00-\u9fff]{0,6}[？?]?$|[吗呢][？?]?$|[？?]$"
)
# A reader site's chapter furniture: 第三十六章, 加入书签, 本章报错, 上一章, 免费小说 …
_CHAPTER = Prefiltered(compile_tc(r"^\s*第[0-9一二三四五六七八九十百千零〇两]+章", re.MULTILINE))
_READER = Prefiltered(
    compile_tc(
        r"加入书签|加入书架|本章报错|上一章|下一章|章节目录|返回目录|全文阅读|免费小说|小说APP|护眼|关灯|"
        r"最新章节|txt下载|推荐票|月票|\d+\s*字\s*\d+\s*(?:个月|天|小时|分钟|年)前|终身免费阅读|纯文字|"
        r"看后求收藏|本章未完|继续阅读|小说模式",
        re.IGNORECASE,
    )
)
# A document-sharing or sample-writing site's own words near the top (小编为大家整理的…供大家参考, 由会员上传分享,
# 全文预览已结束; a stored file's banner: 《某某.docx》由会员分享，可在线阅读，更多相关《某某(2页珍藏版)》请在某某上搜索):
# what such a site serves is a sample or a stored file, not a report of a meeting held.
_DOC_SITE = compile_tc(
    r"小编(?:为|给)?(?:大家|您)?(?:整理|收集|精心|带来|推荐)|供大家参考|由(?:会员|用户)(?:上传)?分享|免费在线阅读|全文预览已结束|"
    r"下载本文档|本文档由用户提供|若需要原创文章|可在线阅读|\d+页珍藏版|"
    # a sample site's breadcrumb or a title collecting samples (实用范文 >, 会议纪要(汇总三篇), 通用3篇)
    r"范文\s*[>›»]|[>›»]\s*[^\n>›»]{0,4}范文|范文(?:大全|网|频道)|[（(](?:通用|汇总|精选|优选|推荐|热门)[0-9一二三四五六七八九十]+篇[）)]"
)
_DOC_SITE_TOP = 400
# Characters from scripts that anti-scraping sites sprinkle into Chinese text (Thai, Lao).
_INJECTED_SCRIPT = re.compile(r"[\u0e00-\u0eff]")
# A chapter heading near the top, also after a book title or a reader's label: 《某书》第五十七章, 正文_第四章;
# or a gazetteer's or a yearbook's part (第二十二篇 地方人民代表大会, 第三编 政治) at a line's start (篇章 is a word).
_CHAPTER_TOP = compile_tc(
    r"(?:^|\n|[》|\s_])\s*第[0-9一二三四五六七八九十百千零〇两]+章|(?:^|\n)\s*第[0-9一二三四五六七八九十百千零〇两]+[篇编](?!章)"
)
_HEAD_LINES = 3  # a chapter heading among the first lines: a book, whatever days it names
_TOP = 200
# A meeting's day: 3月5日, 12日上午 (a report of a held meeting names it; rules and templates do not).
_DAY = Prefiltered(compile_tc(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|[日号]\s*[上下]午|(?<![\d月])\d{1,2}\s*[日号][,，]"))
# A template's placeholders: xx年xx月xx日, 20**年, ××县, X委.
_PLACEHOLDER = re.compile(r"(?:(?<![A-Za-z])[xX]{2,3}(?![A-Za-z])|[×＊*]{2,3}|(?<![A-Za-z])X)(?=[\u4e00-\u9fff])")
_PLACEHOLDER_MARKS = ("x", "X", "×", "*", "＊")
# A notice that issues a document: 现予印发, 现印发给你们, 请认真贯彻执行.
_ISSUING_WORDS = ("印发", "印發", "请认真", "請認真")  # every issuing phrase has one
_ISSUING = compile_tc(
    r"现予印发|现印发给你们|现将[^。]{0,30}印发给你们|请认真遵照执行|请认真贯彻执行|请结合实际认真贯彻落实"
)
_ISSUING = first_chars_ahead(_ISSUING)  # same matches, found sooner (etl/extract/text/first_chars.py)
# A notice's addressees on a line of their own before its issuing phrase (各乡镇人民政府，县直各单位：):
# a notice that issues a document, even when it cites the meeting that adopted it (经…常务会议审议通过).
_ADDRESSEES = compile_tc(r"(?:^|\n)\s*各[^\n。：:]{1,60}[：:]")
# How often a body meets (the verb is the meeting's), as rules say it: 每月召开一次, 原则上每周召开一次, 每季度至少召开一次.
_FREQUENCY = compile_tc(
    r"每(?:个月|月|个星期|星期|周|季度|季|年|半年|两个月|半个月|半月|两周|旬)[^。；\n]{0,6}(?:召开|举行|开会|召集|学习)[^。；\n]{0,4}?"
    r"(?:[\d一二两三四五六七八九十]+(?:\s*[-—~至到]\s*[\d一二两三四五六七八九十]+)?\s*次|不少于)"
    r"|(?:根据需要|视情)?不定期(?:召开|举行|召集)"  # 市长办公会根据需要不定期召开
)
_ITEM = compile_tc(r"(?:^|\n)\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]*[）)]|\d{1,2}[、.．])")
# Items run on in one paragraph after a colon or a semicolon (议题包括：1、…；2、…；3、…).
# Also bracketed (主要任务是：（一）…；（二）…；（三）…), as rules run their duties on.
# Rules also number their clauses (1), (2) … after a sentence's end, one paragraph running on (…研究。 (4)分管…).
_INLINE_ITEM = compile_tc(
    r"[：:；;]\s*(?:(?:\d{1,2}|[一二三四五六七八九十]+)、|[（(][一二三四五六七八九十]+[）)])|[。；;]\s*[（(]\d{1,2}[）)]"
)
# A meeting's rules for those attending (会议须知, 参会注意事项): numbered items that tell them what to do
# (请…, 不得…, 一律…, 务必…) about the meeting's days or its hall; a report tells what was held or said.
_INSTRUCTION = compile_tc(r"请|不得|一律|务必|须|严禁|禁止|切勿")
_ATTENDING = compile_tc(r"会议期间|会期|会场|参会|与会|报到")
_INSTRUCTED_ITEMS = 3
_INSTRUCTIONS_MAX = 3000  # such rules fill a page or two, never a long text
_ARTICLE = Prefiltered(compile_tc(r"(?:^|\n)\s*第[一二三四五六七八九十百]+条[\s(（]"))
_LABEL_MAX = 60  # a line of a menu or a list of links is a short label
# Q&A sites: 最佳答案, 网友回答, lines opening with 问：/答：.
# A forum's question and its answerer's heading (网友问题: …, 老秘观点: …, 专家解答：) count as two.
_ANSWER = Prefiltered(
    compile_tc(
        r"最佳答案|满意答案|网友回答|推荐答案|提问者|回答者|(?:^|\n)\s*(?:问|答|Q|A)\s*[:：]|"
        r"网友(?:问题|提问|咨询)\s*[:：]|(?:老秘|专家|律师|编辑|小编)(?:观点|解答|回复|答复)\s*[:：]"
    )
)
# A legal Q&A site's answer heading (法律分析: …): one is enough.
_LEGAL_ANSWER = Prefiltered(compile_tc(r"(?:^|\n|\s)法律(?:分析|依据|解析)\s*[:：]"))
# A novel site's banner: 天才一秒记住【某某中文网】地址 (one is enough: no report carries it).
_BANNER = compile_tc(r"一秒记住[^\n]{0,20}?(?:地址|网址)")
# A page titled as rules (局务会议制度, 议事规则, 实施细则) above numbered items.
_RULES_TITLE = compile_tc(r"^[^\n。，,]{2,30}(?:制度|规则|细则|办法|规定)\s*$", re.MULTILINE)
# The note under such a title of when it was adopted ((2012年7月13日某某区委八届四次全体会议通过)): no meeting's day.
_ADOPTION_NOTE = compile_tc(r"[（(][^）)\n]{0,60}?(?:通过|修订|印发|施行)[）)]")
# A notice of a meeting to come, not a report of one held.
_NOTICE = Prefiltered(
    compile_tc(
        r"特此通知|特此公告|特此通告|现将有关事项通知如下|现就有关事项通知如下|"
        r"定于\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日[^。]{0,30}召开|请[^。]{0,12}准时参加|征求意见的(?:公告|通知|函)|"
        r"现将[^。]{0,12}通知如下|关于召开[^。\n]{2,40}的通知"
    )
)
# …or, in the opening, a meeting to be held (将于…召开, 定于…举行, 研究决定…于2019年8月1日…召开): the page's
# subject when it says nothing only a report of a held meeting says (``_REPORTED``); a report's later
# sentence about a session to come (…全会将于4月召开) is not its subject.
_ANNOUNCED = compile_tc(
    r"(?:将于|定于|拟于|决定[^。；;\n]{0,60}?于\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月)[^。；;\n]{0,40}?(?:召开|举行)"
)
# A list page of several meetings: one field of an entry (会议摘要：, 会议地点：, 会议名称：) at the start of
# two lines or more, each entry a meeting of its own (a column of summaries, not one report).
# (A line break first, a literal the engine scans for quickly; the text's first line is matched apart.)
_FIELD_AT = "[ \t\u3000]*" + tc(r"(?P<f>会议(?:摘要|地点|名称|主题|时间|内容|简介))\s*[:：]")
_ENTRY_FIELD = re.compile("\n" + _FIELD_AT)
_ENTRY_FIELD_FIRST = re.compile(_FIELD_AT)
_ENTRIES = 2
# A column page: its first sentences end in a read-more link ([详细内容], 【全文】, 详情>>), the report lying behind
# it, and another paragraph is an excerpt cut off mid-sentence (…构建了一整套行之有效的政策体系、工...).
_READ_MORE_END = compile_tc(
    r"(?:[\[【(（]\s*(?:详细内容|详细|详情|全文|阅读全文|更多)\s*[\]】)）]|(?:详情|全文|更多)\s*[>》»]{1,2})\s*$"
)
_CUT_EXCERPT = re.compile(r"[^\s。！？!?…．.”）)]\s*(?:\.{3}|…)\s*$", re.MULTILINE)
# A meeting's arrangements as labelled lines (会议时间：…, 会议地点：…, 参会人员：…, 会议议程): two make a
# notice or an agenda of a meeting to come.
# A labelled line; searched in the text with a line break put before it, so that every match
# starts with one: the engine then skips from break to break instead of trying every position.
_ARRANGEMENT = compile_tc(
    r"\n\s*(?:[一二三四五六七八九十]+、|\d+[.、．])?\s*(?:会议|开会|报到)?(?:时间|地点|议程|日程)\s*[:：]?\s*(?=\S)"
    r"|\n\s*(?:[一二三四五六七八九十]+、|\d+[.、．])?\s*(?:参会|参加|出席|与会)(?:人员|对象|范围)\s*[:：]"
)
_ARRANGEMENTS = 2
# A chronicle of events by day (大事记): entries opening lines with their day and a space or a colon
# (1 日 省委…, 3月2日：…, 【5日】…, also after a bullet: ★8月2日 …, ●3日 …), never a comma or a time of day as
# a report's narration does (12日上午，…); three distinct days make a list of events, not one meeting's report.
# Each entry pattern begins with a line break and is searched in the text with one put before it, so the
# engine skips from break to break (led by (?:^|\n), it was tried at every position of every page).
_CHRONICLE_ENTRY = compile_tc(
    r"\n[ \t\u3000]*(?:[★☆●○◆◇■□▲△▶►·•][ \t\u3000]*)?(?:【(?:\d{1,2}\s*月\s*)?(\d{1,2})\s*日】|(?:\d{1,2}\s*月\s*)?(\d{1,2})\s*日(?:[ \t\u3000]+|[:：]))(?=\S)"
)
_CHRONICLE_DAYS = 3
# On a page that calls itself a chronicle (2013年12月份大事记), an entry may open with its bare day and a space
# (3 市委书记…, 10 市长…): a numbered list elsewhere, a day's entry under that title.
_BARE_DAY_ENTRY = re.compile(r"\n[ \t\u3000]*([1-9]|[12]\d|3[01])[ \t\u3000]+(?=[^\s\d.、．])")
_CHRONICLE_TITLES = ("大事记", "大事記")
# A chronicle's further entries of a day already named (同日 市委…, 当日 …, 是日：…): two distinct days and
# four entries in all make a chronicle too; a report's narration writes 同日上午， or 当日，.
_SAME_DAY_ENTRY = compile_tc(
    r"\n[ \t\u3000]*(?:[★☆●○◆◇■□▲△▶►·•][ \t\u3000]*)?(?:同日|当日|是日)(?:[ \t\u3000]+|[:：])(?=\S)"
)
_CHRONICLE_ENTRIES = 4
# A digest of several days' news (一周要闻, 书记市长在忙这些事): paragraphs that open with a distinct month and
# day and a comma (7月30日，某市…。⏎7月31日，…), a time of day maybe between (3月3日下午，…, 5日晚，…); a report
# narrates one meeting and opens one paragraph so (a range, 8月22日-23日，…, is a retold event's: not counted).
_DIGEST_ENTRY = compile_tc(r"\n[ \t\u3000]*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:上午|下午|晚上|晚|中午|早上|凌晨)?[，,]")
_DIGEST_DAYS = 3
# An agenda's item: a line that ends in its clock range (分组讨论（14:30—17:30）, 报到 (8:00-8:30)),
# with two characters or more before it on its line. The pattern starts at the bracket, so the
# engine skips to brackets; the item's text before it is counted by ``_timed_items``.
_CLOCK_RANGE_AT_END = re.compile(
    r"[（(]\s*\d{1,2}\s*[:：]\s*\d{2}\s*[-—–~～至到]{1,2}\s*\d{1,2}\s*[:：]\s*\d{2}\s*[）)][ \t]*(?=\n|$)"
)
_TIMED_ITEM_TEXT = 2
_TIMED_ITEMS = 3
_ARRANGEMENT_LABELS = ("时间", "地点", "议程", "日程", "人员", "对象")
# What only a report of a held meeting says.
# 会议要求 that ends its clause is a noun (提出会议要求。, 传达会议要求；), and 出席会议 before 人员, 的 or
# 对象 or after 准时/按时 names who is to attend (出席会议人员：…, 准时出席会议): a notice's or an agenda's words.
_REPORTED = Prefiltered(
    compile_tc(
        r"会议指出|会议强调|会议要求(?![。；;])|会议认为|会议听取|会议审议|主持召开|主持会议|(?<!准时|按时)出席会议(?![人的对])|并讲话|"
        r"会议决定"
    )
)
# A meeting held, as a report's opening tells it: a time (3月5日, 12日, 近日, 上午, 2021年6月,
# 2020-05-06) with a meeting word near it. Articles about meetings, explainers, rules and
# templates speak of meetings in general and name no time of one.
_TIME = compile_tc(
    r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|(?<![\d月])\d{1,2}\s*[日号]|\d{4}\s*年\s*\d{1,2}\s*月|\d{4}-\d{1,2}-\d{1,2}|"
    r"[〇一二三四五六七八九十]{1,3}月[〇一二三四五六七八九十]{1,3}日|近日|日前|近期|今天|今日|昨天|昨日|前天|当天|上午|下午|晚上|"
    r"节前|节后"
)
_TIME = first_chars_ahead(_TIME)  # same matches, found sooner (etl/extract/text/first_chars.py)
# A few days back, as a report may date a meeting it does not date exactly (前几天召开的…会议上, 前不久): only the
# opening's test reads them (novel prose says them too, so the prose test's times leave them out).
_RECENT = compile_tc(r"前几天|前些天|前些日子|前不久|不久前|前段时间|这几天")
# (会见 is a leader receiving guests, not a meeting held.)
_NEAR_TIME = compile_tc(r"会(?!见)|召开|举行|主持|学习|研讨|座谈|审议|听取")
_OPENING = 400
# What only a report of a held meeting says (主持会议 as a clause of its own, not 主持会议的领导).
_HELD = compile_tc(
    r"会议指出|会议强调|会议要求(?![。；;])|会议认为|会议听取|会议审议|会议决定|主持召开|并讲话|"
    # a page that opens inside the report, at the meeting's own narration (会上，某某指出…; 座谈会上，某某汇报…)
    r"(?:^|\n)\s*(?:会上|会议上|(?:座谈|推进|调度|部署|汇报|交流|研讨|动员)会上)[，,]|"
    # a tour or an inspection that ends in a meeting (观摩结束后在…召开推进会, 调研后召开座谈会)
    r"(?:结束后|之后|后随即)[^。；;]{0,30}?召开[^。；;]{0,30}?(?:会议|[^仪典]会(?![见场]))|"
    r"(?:主持|出席|列席)(?:了)?(?:会议|学习|座谈|参加)(?=[。，,；;并])|参加(?:了)?座谈(?=[。，,；;])"
)
_HELD = first_chars_ahead(_HELD)  # same matches, found sooner (etl/extract/text/first_chars.py)
_BEFORE_TIME, _AFTER_TIME = 60, 80
# A delivered speech or a resolution names no time in its opening: a salutation (各位代表：,
# 同志们！), 我代表…, 受…委托, 听取和审议, a congress.
_SPEECH_OR_RESOLUTION = compile_tc(
    r"(?:^|\n)[^\n。]{0,24}(?:代表|同志|委员|朋友)们?\s*[：:！!，,]|我代表|受[^。\n]{0,16}委托|听取[和并]?审议|"
    r"听取了[^。]{0,40}报告|向大会|代表大会上|代表大会第[^。\n]{1,6}次会议"
)
# A headline that names a meeting held: …召开/举行…, or a meeting's name at its end (…学习会, …常委会议).
_CLAUSE_MARK = re.compile(r"[。！？!?；;，,]")  # a headline has none
_MEETING_TITLE = compile_tc(r"召开|举行|(?:会议|[^社机议员协]会)$")
# A title given with the text (a table's column) that names a delivered report or a resolution.
_DELIVERED_TITLE = compile_tc(r"报告|决议|讲话|发言|致辞|公报")
_MEETING_WORDS = compile_tc(r"召开|举行|主持|会议指出|会议强调|会议要求|会议听取|会议审议|会议传达")
# An event that is not a meeting, named by the opening sentence: a ceremony (开工仪式, 揭牌仪式 …), a
# course opened or closed (培训班开班, 研修班结业), an inspection tour (视察) or an award (获评, 被评为); a
# report names the meeting held (召开…会议, 举行…座谈会) or its voice.
_NOT_A_MEETING_EVENT = compile_tc(r"仪式|典礼|揭牌|奠基|签约|视察|慰问|获评|被评为|荣获|开班|结业")
_MEETING_IN_SENTENCE = compile_tc(r"(?:召开|举行)[^。；;]{0,40}?(?:会议|[^仪典]会(?![见场]))")
# An outing or a check (研学活动, 参观, 督导, 督查, 视察), or an activity held (…活动火热开展), told in the
# opening sentences of a page with no meeting anywhere in it.
# A research tour (某某在某地调研, 赴…考察, 一行来某地调研; not 开展了专题调研, a survey named) is one too when no meeting
# is held on it, and so is a headline of a line of its own telling one (某某调研城建项目 ⏎ 7月10日，…).
_OUTING_OR_CHECK = compile_tc(
    r"研学|参观|督导|督查|视察|采风|(?:在|到|赴|深入|前往|(?<![年以])来)[^。；;，,]{1,20}?(?:调研|考察)"
    r"|活动[^。；;，,]{0,6}(?:开展|举行|举办)|(?:^|\n)[^\n。；;，,]{2,16}?(?:调研|考察)[^\n。；;，,]{0,30}(?=\n)"
)
_LEDE_SENTENCES = 2  # a lede of scenery may come first (初夏的某城，…。)
# A report delivered to a congress or a standing committee for deliberation (…报告工作，请予审议): a
# salutation at a line's start and the request in the opening; a report of a meeting quotes neither.
# A corpus of delivered reports gives each its title in a column (…政府工作报告): those stay reports.
_SALUTATION = compile_tc(r"(?:^|\n)[^\n。]{0,24}(?:代表|委员)们?\s*[：:！!]")
# 请连同《…纲要（草案）》一并审议 asks the same of the report and the papers it comes with.
_FOR_DELIBERATION = compile_tc(
    r"请予(?:以)?审(?:议|查)|请[^。\n]{0,8}予以审(?:议|查)|请(?:连同|结合)[^。\n]{1,80}?一并(?:审议|审查)"
)
# Works started or a drill held (集中开工活动, 全要素演练): unless a meeting is named, before its verb too
# (…项目集中开工推进会举行).
_WORKS_OR_DRILL = compile_tc(r"开工|竣工|演练|演习")
_MEETING_NAMED = compile_tc(r"会议|[^仪典工]会[^。；;，,]{0,6}(?:召开|举行)")
# A campaign carried out (开展了…主题活动), told with no meeting anywhere in the page.
_CAMPAIGN = compile_tc(r"开展[^。；;]{0,30}活动")
# (a room a tour passes, 会议室, is no meeting held)
_ANY_MEETING = compile_tc(r"会议(?![室厅])|主持|(?:发表|作|并)讲话|讲话(?:中|时|指出|强调)|会上|座谈|研讨会|召开")
# Turns of a transcript: [某某] or 主持人(某某): / 嘉宾： at a line's start (an interview, a press conference).
_TURN_MARKS = ("[", "主持人", "嘉宾", "嘉賓", "网友", "網友")
# A reporter's question as a turn of its own line (▲新华社记者：…, 中央广播电视总台记者：): two are a press conference.
_REPORTER_TURN = Prefiltered(compile_tc(r"(?:^|\n)\s*[▲■●◆]?\s*[^\s，。,；;：:\n]{0,12}记者\s*[:：]"))
_REPORTER_TURNS = 2
# A list of people's profiles: a table's header (姓名 … 出生年月), or a profile's own words (男，汉族, …参加工作).
_PEOPLE_TABLE = Prefiltered(compile_tc(r"(?:^|\n)[^\n]{0,10}姓名[^\n]{0,30}(?:出生|籍贯|学历|职务)"))
# A roster's rows without their header: a name's cell, then a birth month's (某某 | 1965年3月 | 职务 |,
# 某某｜1961.11｜…, a cell split onto the next line): three rows tabulate people, a report lists no births.
_ROSTER_ROW = compile_tc(
    rf"(?:^|\n)[ \t\u3000]*[{SURNAMES}][\u4e00-\u9fff·]{{1,3}}[ \t\u3000]*[|｜\t\n][ \t\u3000]*"
    r"(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月|[.．/-]\s*\d{1,2})(?!\s*[日号\d])"
)
_ROSTER_ROWS = 3
_PROFILE = Prefiltered(
    compile_tc(r"[男女][，,]\s*[\u4e00-\u9fff]{1,3}族[，,][^。]{0,80}(?:参加工作|入党|出生|生[，,])")
)  # every turn has one: a cheap test first
_TRANSCRIPT_TURN = Prefiltered(
    compile_tc(
        rf"(?:^|\n)\s*(?:\[(?!关键词|摘要|作者|注释|编者按)[{SURNAMES}][\u4e00-\u9fff·]{{1,4}}\]"
        r"|(?:主持人|嘉宾|网友)\s*(?:[（(][\u4e00-\u9fff·*]{1,6}[）)]|\s[\u4e00-\u9fff·]{2,4})?\s*[:：])"
    )
)
# A speech printed with neither its speaker nor its day (a writing site's sample): a salutation at the
# top, after nothing or a post's speech title (县委书记在…大会上的讲话), and no date in the opening.
_SAMPLE_SPEECH = compile_tc(
    r"^(?P<title>[^\n。]{0,20}?(?:书记|县长|市长|区长|镇长|乡长|主任|局长|部长|主席|负责人|领导)在[^\n。]{2,40}?"
    r"(?:讲话|发言|致辞|主持词)(?:稿)?\s*)?(?:同志们|各位代表|各位委员|各位领导|同事们|朋友们)\s*[:：！!]"
)
# A delivered report to a congress or a people's congress names its occasion: 向大会作报告, 报告工作.
_TO_A_CONGRESS = compile_tc(r"向大会|报告工作|作报告|代表大会")
_ANY_DATE = compile_tc(r"(?:19|20)\d{2}\s*年|[〇一二三四五六七八九十]{4}年")  # a speech's day has its year
# Novel prose: dialogue (…道：“ / …说：“, page_genre's DIALOGUE), many short lines, and no time at all.
_SHORT_LINE = re.compile(r"(?:^|\n)[^\n]{2,20}[。！？!?][ \t]*(?=\n|$)")
# The module's pre-checks answered from one RE2 scan of each long text (a page, its cleaned text).
one_scan(*(p for p in list(globals().values()) if isinstance(p, Prefiltered)), *PREFILTERED)


def _no_meeting_held(text: str) -> bool:
    """True when the opening tells of no meeting held: no time with a meeting word in its line."""
    opening = text[:_OPENING]
    if _HELD.search(text[: _OPENING * 2]) or _SPEECH_OR_RESOLUTION.search(opening):
        return False
    first = opening.split("\n", 1)[0].strip()
    if len(first) <= _LABEL_MAX and not _CLAUSE_MARK.search(first) and _MEETING_TITLE.search(first):
        return False  # a report's headline names its meeting (区委理论学习中心组学习会, 县政府召开…会议)
    for m in itertools.chain(_TIME.finditer(opening), _RECENT.finditer(opening)):
        start = opening.rfind("\n", 0, m.start()) + 1
        end = opening.find("\n", m.end())
        line = opening[start : end if end >= 0 else len(opening)]
        at = m.start() - start
        if _NEAR_TIME.search(line[max(0, at - _BEFORE_TIME) : at + len(m.group()) + _AFTER_TIME]):
            return False
    return True


def _head(raw: str) -> str:
    """The first few non-blank lines of the page (without splitting all of it)."""
    lines = [line for line in raw.lstrip()[: _TOP * 3].split("\n") if line.strip()]
    return "\n".join(lines[:_HEAD_LINES])


def _may_have_placeholders(text: str) -> bool:
    return any(mark in text for mark in _PLACEHOLDER_MARKS)


def _book_or_site(raw: str, text: str) -> str | None:
    readers = _READER.findall(raw)
    if "记住" in raw[:_TOP] and _BANNER.search(raw[:_TOP]):
        return "a page of a novel site (its banner)"
    if _CHAPTER.search(raw) and (len(readers) >= 2 or _INJECTED_SCRIPT.search(raw)):
        return "a novel chapter (chapter heading and reader-site widgets)"
    if len(readers) >= 3 and len(_INJECTED_SCRIPT.findall(raw)) >= 3:
        return "a novel chapter (reader-site widgets and anti-scraping characters)"
    if len(set(readers)) >= 3:
        return "a page of a novel site (reader-site widgets)"
    if _CHAPTER_TOP.search(_head(raw)):
        return "a chapter of a book or a code (a 第N章 or 第N篇 heading at the top)"
    if _CHAPTER_TOP.search(raw[:_TOP]) and not _DAY.search(text[: _TOP * 2]):
        return "a chapter of a book (a chapter heading and no meeting day)"
    if _may_have_placeholders(text) and len(_PLACEHOLDER.findall(text)) >= 2 and not _DAY.search(text):
        return "a template with placeholders (xx年xx月, 20**年), not a report"
    if _DOC_SITE.search(raw[:_DOC_SITE_TOP]):
        return "a page of a document-sharing or sample-writing site (小编整理, 会员上传), not a report"
    return None


def _first_sentence(body: str) -> str:
    end = _SENTENCE_END.search(body, 0, _TOP * 2)
    return body[: end.end() if end else _TOP * 2]


def _first_sentences(body: str, n: int) -> str:
    """The first ``n`` sentences of the body (at most ``n`` times a first sentence's reach)."""
    end = 0
    for _ in range(n):
        m = _SENTENCE_END.search(body, end, end + _TOP * 2)
        end = m.end() if m else min(len(body), end + _TOP * 2)
    return body[:end]


def _delivered_report(opening: str) -> bool:
    """A salutation and a request for deliberation in the opening (各位代表：…请予审议)."""
    return "审" in opening and bool(_FOR_DELIBERATION.search(opening)) and bool(_SALUTATION.search(opening))


def _issuing_notice(opening: str) -> bool:
    """Addressees on a line of their own, then an issuing phrase (各…：…现印发给你们)."""
    if not any(w in opening for w in _ISSUING_WORDS):
        return False
    issued, to = _ISSUING.search(opening), _ADDRESSEES.search(opening)
    return issued is not None and to is not None and to.start() < issued.start()


def _campaign_press_or_people(body: str, first: str) -> str | None:
    """A campaign carried out with no meeting, a press conference's reporter turns, a list of
    people or a profile: pages with a time and meeting words that tell of no meeting held."""
    if "开展" in first and _CAMPAIGN.search(first) and not _ANY_MEETING.search(body):
        return "news of a campaign carried out, with no meeting in it"
    if _OUTING_OR_CHECK.search(_first_sentences(body, _LEDE_SENTENCES)) and not _ANY_MEETING.search(body):
        return "news of an outing, a check, a research tour or an activity (研学, 督导, 调研), with no meeting in it"
    if MEETING_VOICE.search(body):
        return None
    if "记者" in body and len(_REPORTER_TURN.findall(body)) >= _REPORTER_TURNS:
        return "a transcript of a press conference (reporters' questions as turns), not a meeting report"
    if ("姓名" in body and _PEOPLE_TABLE.search(body)) or ("族" in body and _PROFILE.search(body)):
        return "a list of people or a profile (姓名 … 出生年月, 男，汉族), not a meeting report"
    if ("|" in body or "｜" in body or "\t" in body) and len(_ROSTER_ROW.findall(body)) >= _ROSTER_ROWS:
        return (
            "a table of people (rows of a name, a birth month and a post: 某某 | 1965年3月 | …), not a meeting report"
        )
    return None


def _other_event_or_text(body: str, title: str | None) -> str | None:
    """Ceremonies, inspections, transcripts, sample speeches and novel prose: pages that tell of
    an event or hold words that are not a meeting held (see ``not_report_reason``)."""
    first = _first_sentence(body)
    event = _NOT_A_MEETING_EVENT.search(first) and not _MEETING_IN_SENTENCE.search(first)
    if not event and _WORKS_OR_DRILL.search(first):
        event = not _MEETING_IN_SENTENCE.search(first) and not _MEETING_NAMED.search(first)
    if event and not MEETING_VOICE.search(body):
        return "news of an event that is not a meeting (a ceremony, an inspection or an award)"
    if reason := _campaign_press_or_people(body, first):
        return reason
    turns = any(mark in body for mark in _TURN_MARKS) and _TRANSCRIPT_TURN.search(body)
    if turns and not MEETING_VOICE.search(body):
        return "a transcript of an interview or a press conference, not a meeting report"
    delivered = bool(title and _DELIVERED_TITLE.search(title))
    opening = body[:_OPENING]
    sample = None if delivered else _SAMPLE_SPEECH.match(body)
    # a year in the speech's title names the meeting (在2024年全县经济工作会议上的讲话), not the day
    after_title = opening[sample.end("title") :] if sample and sample.group("title") else opening
    if sample and not _ANY_DATE.search(after_title) and not _TO_A_CONGRESS.search(opening):
        return "a speech printed without its speaker or its day (a sample text), not a meeting report"
    if DIALOGUE.search(body) and not _TIME.search(body) and len(_SHORT_LINE.findall(body)) >= 2:
        return "novel prose (dialogue, short lines, no time at all), not a meeting report"
    return None


def _is_agenda(text: str) -> bool:
    """Two or more labelled arrangement lines (会议时间：, 会议地点：, 参会人员：, 会议议程), or three items
    timed as clock ranges (开幕大会（9:00—10:30）), and no meeting held."""
    if ":" in text or "：" in text:
        timed = _timed_items(text)
        if timed >= _TIMED_ITEMS and not _REPORTED.search(text):
            return True
    if not any(label in text for label in _ARRANGEMENT_LABELS):
        return False
    labelled = [m for m in _ARRANGEMENT.finditer("\n" + text) if "会" in m.group(0) or "报到" in m.group(0)]
    return len(labelled) >= _ARRANGEMENTS and not _REPORTED.search(text)


def _timed_items(text: str) -> int:
    """Lines ending in a clock range with at least two characters of the item before it."""
    return sum(
        m.start() - (text.rfind("\n", 0, m.start()) + 1) >= _TIMED_ITEM_TEXT for m in _CLOCK_RANGE_AT_END.finditer(text)
    )


def _items(text: str) -> int:
    """Numbered items at line starts, or run on after a colon or a semicolon, whichever are more."""
    return max(len(_ITEM.findall(text)), len(_INLINE_ITEM.findall(text)))


def _instructions_to_attendees(text: str) -> bool:
    """Three numbered items or more, nearly all of them instructions (请…, 不得…), on a page about a
    meeting's days or hall (会议期间, 会场, 参会) that reports no meeting held (召开…会议, 会议指出)."""
    if len(text) > _INSTRUCTIONS_MAX or not _ATTENDING.search(text):
        return False
    if _MEETING_IN_SENTENCE.search(text[:_OPENING]) or _REPORTED.search(text):
        return False
    items = [line for line in text.split("\n") if _ITEM.match(line)]
    instructed = sum(1 for line in items if _INSTRUCTION.search(line))
    return instructed >= _INSTRUCTED_ITEMS and 3 * instructed >= 2 * len(items)


def _is_list_of_meetings(text: str) -> bool:
    """One entry field (会议摘要：, 会议地点：) opening two lines or more: a list of meetings."""
    if "会议" not in text and "會議" not in text:
        return False
    first = _ENTRY_FIELD_FIRST.match(text)
    fields = [simplified(m["f"]) for m in ([first] if first else []) + list(_ENTRY_FIELD.finditer(text))]
    return any(fields.count(f) >= _ENTRIES for f in set(fields))


def _is_column_of_teasers(text: str) -> bool:
    """The first line that holds a sentence ends in a read-more link and a paragraph is an excerpt cut off
    mid-sentence: a column's page of teasers, the report behind its link (see ``_READ_MORE_END``)."""
    first = next((line for line in text.split("\n") if "。" in line), "")
    return bool(_READ_MORE_END.search(first)) and _CUT_EXCERPT.search(text) is not None


def _is_chronicle(text: str) -> bool:
    """Three or more lines that open with a distinct day and a space or colon (大事记: 1 日 …, 2 日 …), or with
    a bare day and a space on a page titled 大事记, or two days and entries of the same day (同日 …) making
    four entries."""
    lines = "\n" + text
    if (
        any(title in text for title in _CHRONICLE_TITLES)
        and len(set(_BARE_DAY_ENTRY.findall(lines))) >= _CHRONICLE_DAYS
    ):
        return True
    if "日" not in text:
        return False
    days = [m[1] or m[2] for m in _CHRONICLE_ENTRY.finditer(lines)]
    if len(set(days)) >= _CHRONICLE_DAYS:
        return True
    return len(set(days)) >= 2 and len(days) + len(_SAME_DAY_ENTRY.findall(lines)) >= _CHRONICLE_ENTRIES


def _is_digest(text: str) -> bool:
    """Three or more paragraphs that open with a distinct month and day and a comma (see ``_DIGEST_ENTRY``)."""
    return "月" in text and len(set(_DIGEST_ENTRY.findall("\n" + text))) >= _DIGEST_DAYS


def _answered(text: str) -> bool:
    """Two answer marks (最佳答案, 网友回答), or one below a title asking a question (什么是…? ⏎ 老秘观点:)."""
    answers = len(_ANSWER.findall(text))
    if answers >= 2:
        return True
    first = text.lstrip().split("\n", 1)[0].strip()
    return answers == 1 and len(first) <= _LABEL_MAX and bool(_QUESTION.search(first))


def _rules_or_notice(text: str) -> str | None:
    if _is_chronicle(text):
        return "a chronicle of events by day (大事记: 1日 …, 2日 …), not one meeting's report"
    if _is_digest(text):
        return "a digest of several days' news (7月30日，… ⏎ 7月31日，…), not one meeting's report"
    if _answered(text) or ("法律" in text and _LEGAL_ANSWER.search(text)):
        return "a question-and-answer page"
    if (_NOTICE.search(text) or _ANNOUNCED.search(text[:_OPENING])) and not _REPORTED.search(text):
        return "a notice or announcement of a meeting, not a report of one"
    if _is_agenda(text):
        return "a meeting's agenda or arrangements (会议时间：…, 会议地点：…), not a report of one held"
    if len(_ARTICLE.findall(text)) >= 3 and not _MEETING_WORDS.search(text[:300]):
        return "rules or a notice laid out in articles (第一条 …), not a meeting report"
    if any(w in text for w in _ISSUING_WORDS) and _ISSUING.search(text) and not _REPORTED.search(text):
        return "a notice issuing a document (现予印发 …), not a meeting report"
    if _issuing_notice(text[:_OPENING]):
        return "a notice to its addressees issuing a document (各…：…现印发给你们), not a meeting report"
    if _is_column_of_teasers(text):
        return "a column's page of teasers (the first ends in a read-more link, another is cut off), not a report"
    if _is_list_of_meetings(text):
        return "a list of several meetings (one entry field, 会议摘要：, on many lines), not one report"
    if ("每" in text or "不定期" in text) and _FREQUENCY.search(text) and _items(text) >= 3 and not _DAY.search(text):
        return "rules of how meetings are held (每月召开一次, numbered items), not a report of one"
    if _RULES_TITLE.search(text[:_TOP]) and _items(text) >= 3 and not _DAY.search(_ADOPTION_NOTE.sub("", text)):
        return "rules titled as rules (…制度, …规则) in numbered items, not a report"
    if _instructions_to_attendees(text):
        return "a meeting's rules for those attending (会议须知: 请…, 不得…, in numbered items), not a report"
    return None


def not_report_reason(raw: str, text: str, title: str | None = None) -> str | None:
    """Why a page is not a meeting report, or None when it may be one.

    ``raw`` is the page as read (reader widgets are evidence), ``text`` the cleaned text,
    ``title`` a title given beside the text (a table's column), if any.
    """
    body = text.strip()
    if reason := _book_or_site(raw, text):
        return reason
    if not _SENTENCE_END.search(body):
        lines = [line for line in body.split("\n") if line.strip()]
        if len(lines) == 1 and len(body) < _MIN_SENTENCES_CHARS * 3:
            if _QUESTION.search(lines[0]):
                return "a question page: a title asking a question, no report"
            return "a title with no text"
        if len(body) < _MIN_SENTENCES_CHARS * 3 or (len(lines) >= 3 and max(map(len, lines)) <= _LABEL_MAX):
            return "a menu or navigation page: short labels, no sentences"
    if reason := _rules_or_notice(text):
        return reason
    delivered = bool(title and _DELIVERED_TITLE.search(title))
    if not delivered and _delivered_report(body[: _OPENING * 2]):
        return "a report delivered to a congress or a session (各位代表：…请予审议), not a report of a meeting"
    if reason := _other_event_or_text(body, title):
        return reason
    first = body.split("\n", 1)[0].strip()
    if len(first) <= _LABEL_MAX and first.endswith(("？", "?")) and not _REPORTED.search(text):
        return "an article answering a question, not a meeting report"
    if not delivered and _no_meeting_held(body):
        return "no meeting held in the opening (no time with a meeting): an article, explainer or rules"
    return kind_reason(body, title) or genre_reason(body, title)
