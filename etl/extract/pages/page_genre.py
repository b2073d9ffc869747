"""Pages that are not reports, told by the genre of event or text they show: a third set of principles.

A page is a meeting report when it narrates one meeting that took place. These signals ask what
else a careful reader sees the page is, whatever its site:

- news of a **press event**: the opening's event is a press conference, a briefing or an interview
  (召开新闻发布会, 记者会, 吹风会, 部长通道): an organ's spokesman facing reporters, not a meeting of the
  organ (unless it is only where the reporter learned of a meeting held: 从…发布会获悉，某日，某某召开…会议);
- news of a **personnel change**: the opening tells of appointments (班子调整, 人事变动, 履新, 出任) and
  holds or names no meeting (a meeting told in passing further down does not make it a report);
- **narrated dialogue**: two or more turns of direct speech introduced by a narrator (…说：“, …道：“)
  on a text that has none of a meeting's voice and no day in its opening: fiction (a report quotes a leader as 强调：“ or
  指出：“, and a delivered report that quotes someone has its title beside it);
- a **digest of news items**: three or more bulleted items (◆, ■, ▲ …), each naming a day of its own
  (一周动态: an exhibition on the 8th, a meeting on the 9th, a drill on the 10th): many events, not one
  meeting (a chronicle whose lines open with their day is nonreport's);
- a **numbered document**: the document's own number (某政办〔2023〕28号), alone on one of the first
  lines or after a 文号 label, heads a document, not news;
- news of the **work done for a meeting**: its discipline, its services or its security (为大会…提供…保障,
  会风会纪, 会务保障, 大会服务保障, 会议安保) told near the top, on a text with no meeting's voice, no one presiding
  and no one speaking (强调, 指出, 讲话): a unit's work around a session, not the session's report;
- a **history**: four or more distinct years named with their month and no day (1921年9月, 1935年1月 …):
  an account of many years' events or an explainer of a kind of meeting, not one meeting held on its day;
- a **how-to**: a headline asking how to do something (…如何主持, 怎样开好…, 怎么写…) on a text with no
  meeting's voice and no day in its opening: advice on meetings in general, not one meeting held;
- an **explainer that addresses its readers** (带您了解…, 为您介绍…, 让我们一起来看…) near the top, on a text
  with no meeting's voice and no day in its opening: a content farm's article about a post or a kind of work;
- news of an **exhibition**: a headline naming an exhibition put on (…举办…成就展, …图片展开幕) on a text where
  no one presides or speaks and no meeting's voice is heard: a show, not a meeting;
- news of a **review visit**: a review group checking, accepting or rating units (评审小组…验收评估, 检查组…考核)
  on a text that names no meeting anywhere (no meeting held or presided, no meeting's noun or voice);
- a headline naming the text a **reflection, a plan, a summary or a roundup** (…学习体会, …心得, …工作要点,
  …情况汇报, …工作总结, …活动综述, …回眸: many events) with no meeting's verb in it (听取…总结, 交流…体会) and no meeting's voice in the
  text.

They run after every rule of ``nonreport`` and ``page_kind``, so no page flagged before changes
its reason. Measured on the development set, every held-out batch and the national corpora
(docs/reading.md, "Pages that are not reports, third pass"): none flags a report.
"""

from __future__ import annotations

from etl.extract.pages.page_kind import MEETING_HELD, MEETING_VOICE, first_lines, opening_sentences
from etl.extract.pages.prefilter import Prefiltered
from etl.extract.text.patterns import compile_tc

__all__ = ["DIALOGUE", "genre_reason"]

# A press event as the opening's event: a press conference, a briefing, reporters' interviews.
_PRESS_EVENT = compile_tc(r"新闻发布会|记者会|记者招待会|记者见面会|新闻通气会|发布会|吹风会|部长通道|采访活动")
# What a reporter learned at the press event (获悉, 了解到), and a meeting held since, not one to come (将于…召开).
_LEARNED = compile_tc(r"获悉|了解到|得知|获知")
_HELD_SINCE = compile_tc(r"[^。；;将]{0,40}?(?:召开|举行)了?[^。；;，,]{0,40}?会议(?!上)")
# Appointments as the opening's news (常委班子调整, 人事变动, 履新, 出任, 不再担任).
_PERSONNEL = compile_tc(r"(?:班子|人事|职务)(?:调整|变动)|常委调整|履新|出任|调任|不再担任|被任命为")
# A meeting named in the opening (会议, 大会, 全会, 常委会, 座谈会: 大会宣布了…职务调整的决定 reports a meeting).
_MEETING_NOUN = compile_tc(r"会议|大会|全会|常委会|座谈会")
# A turn of direct speech introduced by a narrator: 说：“, 笑道：“, 问道：“ (fiction's dialogue).
# (Searched over whole texts, where it rarely matches: RE2 asks first, in nonreport's one scan, whose novel
# prose asks it too.)
DIALOGUE = Prefiltered(compile_tc(r"(?:道|说|问|喊)\s*[:：]\s*[“\"]"))
_DIALOGUE_TURNS = 2
# A day in the opening (5月6日, 十二月三日, 12日上午): a report of a forum quoting its speakers is dated; fiction is not.
_OPENING_DAY = compile_tc(
    r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|[〇一二三四五六七八九十]{1,3}月[〇一二三四五六七八九十]{1,3}日|(?<![\d月])\d{1,2}\s*[日号]\s*[上下]午"
)
_CHARS_PER_TURN = 3000  # a long delivered report may quote twice; fiction talks on every page
# A title beside the text naming a delivered report, a resolution or a speech (the national corpora's).
_DELIVERED_TITLE = compile_tc(r"报告|决议|讲话|发言|致辞|公报")
# A document's own number (青政办〔2023〕28号), alone on its line or after a 文号 label (文 号: | …〔…〕7号 |).
_DOCUMENT_NUMBER = compile_tc(
    r"^(?:文\s*号\s*[:：]?[\s|｜]*)?[\u4e00-\u9fff]{1,10}\s*[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*\d{1,4}\s*号"
    r"(?=\s*(?:$|[|｜]))"
)
_NUMBER_LINES = 4
# A headline naming the text a reflection, a plan, a summary of work or a roundup of many events.
_GENRE_HEADLINE = compile_tc(
    r"^[^\n。！？，,]{2,60}?(?:体会|心得|感悟|有感|读后感|观后感|发言材料|发言提纲|交流材料|检查材料|述职报告|"
    r"工作总结|情况汇报|汇报材料|学习资料|学习材料|辅导材料|宣讲提纲|应知应会|工作要点|工作计划|学习计划|"
    r"综述|回眸|巡礼|盘点)"
    r"(?:[（(][^）)]*[）)])?\s*$"
)
# A meeting's verb in the headline (听取…工作总结, 交流学习体会) makes it a meeting's.
_HEADLINE_VERB = compile_tc(r"听取|审议|召开|举行|研究|通过|部署|主持|交流|座谈|研讨")
_HEADLINES = 2
# A digest's item: a line led by a bullet (◆, ■, ●, ▲ …) that names its own day in its first 60 characters
# (◆5月9日，某县召开…, ◆为…，5月10日，…). Led by a line break and searched in the text with one put
# before it, so the engine skips from break to break.
_DIGEST_ITEM = compile_tc(r"\n[ \t\u3000]*[◆■●▲★◇□○•◎][ \t\u3000]*[^\n]{0,60}?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日")
_DIGEST_DAYS = 3
# The work done for a meeting, near the top: 为大会胜利召开提供了纪律保障, 会风会纪监督, 会务保障, 大会服务保障
# (a unit's own 属地服务保障 is no meeting's).
_WORK_FOR_A_MEETING = compile_tc(
    r"为(?:大会|会议)[^。；;]{0,20}?(?:提供|营造|做好)[^。；;]{0,12}?(?:保障|服务|环境)|会风会纪|会务保障|"
    r"(?:大会|会议|会期)(?:服务保障|安保|安全保卫)"
)
_WORK_TOP = 600
# A headline naming an exhibition a body puts on: 某区人大举办…成就展, 某馆推出…主题图片展, …书画展开幕.
_EXHIBITION_HEADLINE = compile_tc(
    r"^[^\n。！？]{2,40}?(?:举办|举行|推出|开展|开幕|亮相)[^\n。！？]{0,30}?(?:成就展|图片展|主题展|书画展|摄影展|展览)"
    r"(?:开幕|开展|揭幕)?\s*$"
    r"|^[^\n。！？]{2,50}?(?:成就展|图片展|主题展|书画展|摄影展|展览)(?:开幕|开展|揭幕)\s*$"
)
# Anyone presiding or speaking makes the text a meeting's own report.
_PRESIDED_OR_SPOKEN = compile_tc(r"主持|强调|指出|讲话")
# A headline asking how to do something: 支部书记如何主持, 如何开好专题民主生活会, 怎样写会议纪要.
_HOW_TO_HEADLINE = compile_tc(r"^[^\n。！？，,]{0,20}?(?:如何|怎样|怎么|怎麼样?)[^\n。！？，,]{1,16}[？?]?\s*$")
# Words that address the page's readers, as a content farm's explainer does (我们将…带您了解…, 为您盘点).
_READER_ADDRESS = compile_tc(
    r"带(?:您|你|大家)(?:一起)?(?:了解|认识|走进|看看)|为(?:您|你|大家)(?:介绍|解读|盘点|揭秘|整理)|"
    r"让我们一起(?:来)?(?:看|了解)|一起来看看|本文(?:将|为您|带您)"
)
_READER_TOP = 600
# A year with its month and no day after it (1921年9月, 1935年1月召开): a history's time; four distinct years
# make an account of many years, where a report names its own day.
_YEAR_MONTH = compile_tc(r"((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月(?!\s*\d{1,2}\s*[日号])")
_HISTORY_YEARS = 4


def _press_event(body: str) -> bool:
    """The opening's event is a press conference or an interview, and no meeting speaks in the text; not when
    the press event is only where a meeting held was learned of (从…发布会获悉，2月21日，市委召开…会议)."""
    opening = opening_sentences(body)
    press = _PRESS_EVENT.search(opening)
    if press is None or MEETING_VOICE.search(body):
        return False
    learned = _LEARNED.search(opening, press.end())
    return learned is None or not _HELD_SINCE.match(opening, learned.end())


def _personnel_news(body: str) -> bool:
    """The opening tells of appointments and holds or names no meeting (a meeting told in passing
    further down, 27日…主持召开省委常委会会议，某某也参加了, does not make the page a report of it)."""
    first = opening_sentences(body)
    return bool(_PERSONNEL.search(first)) and not MEETING_HELD.search(first) and not _MEETING_NOUN.search(first)


def _narrated_dialogue(body: str, title: str | None) -> bool:
    """Turns of direct speech, at least one per 3,000 characters, on a text with no meeting's voice and
    no day in its opening."""
    if title and _DELIVERED_TITLE.search(title):
        return False
    turns = len(DIALOGUE.findall(body))
    if turns < _DIALOGUE_TURNS or turns * _CHARS_PER_TURN < len(body) or MEETING_VOICE.search(body):
        return False
    return not _OPENING_DAY.search(opening_sentences(body))


def _numbered_document(body: str) -> bool:
    if "号" not in body[:600] and "號" not in body[:600]:
        return False
    return any(_DOCUMENT_NUMBER.search(line) for line in first_lines(body, _NUMBER_LINES))


def _genre_headline(body: str, title: str | None) -> bool:
    if title and _DELIVERED_TITLE.search(title):
        return False
    heads = first_lines(body, _HEADLINES)
    if not any(_GENRE_HEADLINE.search(line) and not _HEADLINE_VERB.search(line) for line in heads):
        return False
    return not MEETING_VOICE.search(body)


def _news_digest(body: str) -> bool:
    """Three or more bulleted items, each naming a distinct day: a digest of many events (要闻简报).
    A page that narrates a meeting held before its first item is that meeting's report, its items
    the meeting's points (会议强调：⏎★8日，完成…；⏎★10日，召开…)."""
    if "日" not in body:
        return False
    items = list(_DIGEST_ITEM.finditer("\n" + body))
    if len({(m[1], m[2]) for m in items}) < _DIGEST_DAYS:
        return False
    return not MEETING_HELD.search(body, 0, max(items[0].start() - 1, 0))


def _work_for_a_meeting(body: str) -> bool:
    """The top tells of the work done for a meeting (its discipline, services, security), and no one
    presides or speaks and no meeting's voice is heard in the text."""
    if not _WORK_FOR_A_MEETING.search(body, 0, _WORK_TOP):
        return False
    return not MEETING_VOICE.search(body) and not _PRESIDED_OR_SPOKEN.search(body)


def _exhibition(body: str) -> bool:
    """A headline naming an exhibition put on, and no one presides or speaks and no meeting's voice is heard."""
    if not any(_EXHIBITION_HEADLINE.search(line) for line in first_lines(body, _HEADLINES)):
        return False
    return not MEETING_VOICE.search(body) and not _PRESIDED_OR_SPOKEN.search(body)


# A review group doing its work: a visit that checks, accepts or rates units (评审小组…验收评估, 检查组…考核).
_REVIEW_VISIT = compile_tc(
    r"(?:评审|验收|检查|考核|督查|评估)(?:小组|组)[^。；;]{0,80}?(?:验收|评审|评估|检查|考核|督查|打分|点评)"
)


def _review_visit(body: str) -> bool:
    """A review group's visit to the units it checks (``_REVIEW_VISIT``) on a text that names no meeting anywhere:
    no meeting held or presided, no meeting's noun, no meeting's voice."""
    if MEETING_HELD.search(body) or _MEETING_NOUN.search(body) or MEETING_VOICE.search(body):
        return False  # asked first: a report names its meeting near the top, the group's pattern tries every position
    return _REVIEW_VISIT.search(body) is not None


def _how_to_or_explainer(body: str) -> bool:
    """A how-to headline, or words addressing the readers near the top, on a text with no meeting's voice
    and no day in its opening (see ``_HOW_TO_HEADLINE``, ``_READER_ADDRESS``)."""
    advice = any(_HOW_TO_HEADLINE.search(line) for line in first_lines(body, _HEADLINES))
    if not advice and not _READER_ADDRESS.search(body, 0, _READER_TOP):
        return False
    return not MEETING_VOICE.search(body) and not _OPENING_DAY.search(opening_sentences(body))


def _history(body: str) -> bool:
    """Four or more distinct years named with their month and no day (see ``_YEAR_MONTH``)."""
    return "年" in body and len(set(_YEAR_MONTH.findall(body))) >= _HISTORY_YEARS


def genre_reason(body: str, title: str | None) -> str | None:
    """Why the text is not a report of one meeting by the genre it shows (see the module), or None."""
    if _press_event(body):
        return "news of a press event (a press conference, a briefing, an interview), not a meeting report"
    if _personnel_news(body):
        return "news of a personnel change (appointments: 调整, 履新, 出任), with no meeting held"
    if _narrated_dialogue(body, title):
        return "narrated dialogue (turns of direct speech: …说：“, …道：“), fiction, not a meeting report"
    if _news_digest(body):
        return "a digest of news items (bulleted items, each with its own day: ◆5月9日，…), not one meeting's report"
    if _history(body):
        return "a history (many years' events by year and month: 1921年9月, 1935年1月 …), not one meeting's report"
    if _numbered_document(body):
        return "a document headed by its number (某政办〔2023〕28号), not news of a meeting"
    if _work_for_a_meeting(body):
        return "news of the work done for a meeting (its discipline, services or security), not a meeting report"
    if _exhibition(body):
        return "news of an exhibition put on (…举办…成就展, …图片展开幕), with no one presiding or speaking"
    if _review_visit(body):
        return "news of a review group's visit (评审小组…验收评估, 检查组…考核), with no meeting named"
    if _how_to_or_explainer(body):
        return "a how-to or an explainer addressing its readers (…如何主持, 带您了解…), no meeting held"
    if _genre_headline(body, title):
        return "a reflection, a plan, a summary or a roundup (its headline: …体会, …工作要点, …情况汇报, …综述), not a meeting report"
    return None
