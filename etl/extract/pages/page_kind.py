"""Pages that do not report one meeting, told by what the text is rather than by its site's kind.

Fitting one pattern per kind (a chronicle, an agenda, a notice) left each new batch of sites with
kinds no rule knew. These signals ask what a careful reader sees at once, whatever the kind:

- the text *is* a speech or a report delivered, not news of a meeting: a line that only
  addresses the audience (尊敬的…主任、各位委员：, 同志们：) near the top, before any narration of a
  meeting held (主持召开, 会议指出 …); a report to a congress (向大会, 代表大会) stays, as the national
  corpora's do;
- the text's headline names it a speech or a report (在…会议上的讲话, 关于…情况的报告, …工作报告), not
  a meeting that heard one (听取…的报告);
- the text's headline names it a *document* (…的通知, …会议制度, …实施方案, …议事规则) or a reading of one
  (《…规则》的理解与适用, 《…条例》解读), with no meeting's verb in it (审议通过…方案 heads a report);
- the text is a document *sent to organs*: a line of addressees (各市、自治州人民政府，省政府各委、办：);
- the text is *narrated fiction*: two or more distinct narrator's phrases (说着, 心里, 点了点头, 咱们 …)
  that no report prints;
- the text is an *essay that asks*: a question on a line of its own (为什么要重视集体学习？) and no
  meeting's voice;
- the page's event is an *activity*, not a meeting: its opening sentences name an outing, a check
  or a tour as 活动 (研学活动, 视察活动, 督导), a ceremony (揭牌, 奠基, 签约, …仪式), a launch (开班,
  集中开工), a drill (演练) or a 主题活动, and no meeting is held in the opening nor voiced in the text;
- the page *starts inside a document*: its first line is a numbered item (一、会议召开基本要求,
  （四）讨论通过…, 1、由主任…主持召开), where news opens with its headline or its lede: a part of
  rules, a 须知 or a 方案, and no meeting's voice in it;
- the page is *a book's page*: a gazetteer's or a yearbook's (…县志（1991-2010年）, …通志（卷一）,
  …年鉴, a scan's Page 501 - … header) among its first lines.

Each was measured on the development set, every held-out batch and the national corpora
(docs/reading.md, "Pages that are not reports, told by principle"): none flags a report.
"""

from __future__ import annotations

import re
from itertools import islice

from etl.extract.pages.prefilter import Prefiltered
from etl.extract.text.patterns import compile_tc

__all__ = ["MEETING_HELD", "MEETING_VOICE", "PREFILTERED", "first_lines", "kind_reason", "opening_sentences"]

_TOP = 600
_OPENING_REACH = 150  # a delivered report's first sentences, after its address
# A line that only addresses the audience: 各位代表：, 同志们：, 尊敬的赵主任、各位副主任、各位委员：.
_ADDRESS_LINE = compile_tc(
    r"(?:^|\n)[ \t\u3000]*(?:尊敬的[^\n。]{0,40}|[^\n。，,]{0,40}(?:各位|同志们|代表们|委员们|朋友们|同事们)[^\n。，,]{0,20})"
    r"[:：][ \t\u3000]*(?=\n)"
)
# A meeting's narration (someone presided, the meeting's voice): a report that prints a speech tells it first.
_NARRATED = compile_tc(
    r"主持召开|主持会议|会议指出|会议强调|会议要求|会议认为|会议听取|会议审议|会议决定|出席会议|会上|并讲话|"
    r"召开[^。\n]{0,30}会议|举行[^。\n]{0,30}会"
)
# A report delivered to a congress (向大会作报告, the national corpora's texts, counted as the project's
# documents even without a title beside them), or a title beside the text naming a report, spares the page.
_DELIVERED_TITLE = compile_tc(r"报告|决议|讲话|发言|致辞|公报")
_TO_A_CONGRESS = compile_tc(r"向大会|向[^。\n]{0,20}代表大会|代表大会第[^。\n]{1,6}次会议|代表大会上|报告工作|作报告")
# A headline naming the text as a speech or a report (在…会议上的讲话, 关于…情况的报告, …工作报告), with no
# meeting's verb in it (听取…的报告 heads a report of the meeting that heard it).
_SPEECH_HEADLINE = compile_tc(
    r"^[^\n。！？，,；;]{4,60}?(?:(?:上的|的)(?:讲话|报告|致辞|发言|主持词|讲稿)|工作报告)(?:稿|\s*[（(][^）)]*[）)])?\s*$"
)
_MEETING_VERB = compile_tc(r"听取|审议|召开|举行|学习|传达|研究|通过|部署")
# A headline naming the text a document (…的通知, …会议制度, …实施方案, …议事规则, 公告), the colon of a
# glued first sentence allowed (会议制度：…); 关于召开…的通知 announces a meeting to come, so its verb does not
# make the headline a meeting's.
_DOCUMENT_HEADLINE = compile_tc(
    r"^[^\n。！？]{4,60}?(?:通知|决定|决议|方案|制度|须知|细则|办法|规定|规则|意见|公告|通告|条例)"
    r"(?:[（(][^）)]*[）)])?\s*(?:[:：]|$)"
)
_TO_COME = compile_tc(r"关于(?:召开|举行)")
# A headline naming the text a reading of a document (《…规则》的理解与运用, 《…条例》解读, 《…办法》释义): an explainer.
_DOCUMENT_READING = compile_tc(
    r"^《[^》\n]{2,40}》(?:的)?(?:理解与(?:适用|运用)|理解和(?:适用|运用)|条文解读|要点解读|解读|释义)\s*$"
)
# The address glued to the headline where a copy lost its line breaks (…大会上的讲话同志们：今天，…): the
# headline is what comes before it.
_GLUED_ADDRESS = compile_tc(r"(?:同志们|各位[^\n。，,：:]{0,20})[:：]")
_HEADLINES = 2
# A question on a line of its own (为什么要重视集体学习？): an essay's or an explainer's heading; a
# report tells what a meeting said and asks nothing. (Searched over whole texts: RE2 asks first.)
# Not in the RE2 scan: its counted class makes RE2's automaton large and slow on every page; the
# question-mark test in front of it skips most pages.
_QUESTION_LINE = re.compile(r"(?:^|\n)[ \t\u3000]*[^\n。！!；;]{2,30}[？?][ \t]*(?=\n|$)")
# Addressees of a document sent down (主送机关): 各市、自治州人民政府，省政府各委、办、厅、局：.
# A document's adoption note on a line of its own at the top, as resolutions and rules print it:
# (2021年3月5日某县第十五届人民代表大会第六次会议通过), （某市人大常委会第五次会议审议通过）,
# (中共某县委第十五届第三次全会通过), naming its session (第…次): the text is the document adopted, not news of the meeting.
_ADOPTION_NOTE = compile_tc(
    r"^[（(](?=[^）)\n]*第[^）)\n]{1,8}次)[^）)\n]{0,60}(?:会议|全会|大会)[^）)\n]{0,20}?(?:通过|批准)[）)][ \t\u3000]*$",
    re.MULTILINE,
)
_ADOPTION_LINES = 2  # the note comes first, or under the document's headline
_ADDRESSEES = compile_tc(r"(?:^|\n)[ \t\u3000]*各[^\n：:。]{2,80}、[^\n：:。]{0,80}[：:][ \t\u3000]*(?=\n|$)")
_ADDRESSEES_TOP = 400
# A narrator's phrases: what fiction prints and a report never does.
# (Searched over whole texts, where it rarely matches: RE2 asks first.)
_NARRATOR = Prefiltered(
    compile_tc(
        r"说着|笑了笑|笑着说|心里|心想|暗想|暗自|目光|看了一眼|点了点头|点点头|皱了皱眉|叹了口气|推门|坐了下来|咱们|转眼间|眼看"
    ),
    ahead=True,
)
_NARRATOR_PHRASES = 2
PREFILTERED = (_NARRATOR,)  # joined to nonreport's one scan of each long text
# An activity as the page's event: an outing, a check or a tour named 活动 (研学活动, 参加了视察活动), an
# inspection group's check (对…进行了督导), a ceremony (揭牌, 奠基, 签约, …仪式), a launch (培训班开班,
# 集中开工), a drill (演练) or a campaign's 主题活动: each names what happened, and it was not a meeting.
_ACTIVITY = compile_tc(
    r"(?:研学|视察|督导|督查|检查|参观|考察|观摩)活动|进行(?:了)?(?:督导|督查|检查)|"
    r"仪式|揭牌|开班|演练|集中开工|签约|奠基|主题活动|"
    # an award (获评, 荣获) and an activity held (活动在…举行, 宣讲活动, a 讲习所's 讲习): events, not meetings
    r"获评|被评为|荣获|被授予|活动[^。；;，,]{0,8}(?:举行|举办|开展|启动)|讲习|宣讲活动|"
    # a forum held (某某论坛在某地举行, 举办…论坛): speakers before an audience, not an organ's meeting
    r"论坛[^。；;，,]{0,12}(?:举行|举办|开幕)|(?:举行|举办)[^。；;，,]{0,24}论坛"
)
_SENTENCES = re.compile(r"[^。！？!?]*[。！？!?]")
_OPENING_SENTENCES = 2
# A meeting held in the opening: 召开…会议, 座谈会, or anyone presiding (an activity has no presider).
MEETING_HELD = compile_tc(
    # (a committee's name is no meeting: 举行某镇政协工作委员会揭牌仪式 holds a ceremony, 动员会 is a meeting)
    r"(?:召开|举行)[^。；;]{0,40}?(?:会议|[^仪典](?<!委员)会(?![见场馆]))|座谈会|会议[^。]{0,4}(?:召开|举行)|主持"
)
# A numbered item as a text's first line (一、, （四）, 1、 but not 1.5亿): a page that starts inside a document.
_ITEM_FIRST = compile_tc(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、.．](?!\d))")
# A book's page: a gazetteer (县志, 市志, 通志, 地方志) or a yearbook named with its years or volume, or
# ending its line, or a scanned book's page header (Page 501 - …). A book named in 《》 is a report's
# subject (研究《某县志（1991-2020年）》编纂工作), not the page's book.
_BOOK_PAGE = compile_tc(
    r"(?:[县市区省州旗镇乡]|通|地方)志(?=[（(]\s*(?:\d{4}|卷)|\s*$)|年鉴(?=[（(]\s*\d{4}|\s*$)|^Page\s+\d+\s+-"
)
_BOOK_LINES = 3
# The meeting's own voice: only a report of a held meeting says it (nonreport asks it too).
MEETING_VOICE = Prefiltered(
    compile_tc(r"会议指出|会议强调|会议要求|会议认为|会议听取|会议审议|会议决定|主持召开"), ahead=True
)


def _delivered_speech(body: str, title: str | None) -> bool:
    """An address to the audience at the top, before any narration of a meeting held."""
    address = _ADDRESS_LINE.search(body[:_TOP])
    if address is None or _NARRATED.search(body[: address.start()]):
        return False
    # the congress is named above the address or in the speech's first sentences (现在，我代表…向大会作报告),
    # not by an item of the agenda the speech goes on to read (…听取市政府作报告)
    return not (
        (title and _DELIVERED_TITLE.search(title)) or _TO_A_CONGRESS.search(body[: address.end() + _OPENING_REACH])
    )


def _titled_as_delivered(body: str, title: str | None) -> bool:
    """One of the first lines is the headline of a speech or a report, not of a meeting."""
    if title and _DELIVERED_TITLE.search(title):
        return False  # a report given with its title beside it (the national corpora's shape)
    lines = [_before_address(line.strip()) for line in body[:_TOP].split("\n") if line.strip()][:_HEADLINES]
    return any(_SPEECH_HEADLINE.search(line) and not _MEETING_VERB.search(line) for line in lines)


def _titled_as_document(body: str, title: str | None) -> bool:
    """The first line is a document's headline with no meeting's verb, no report's title beside it."""
    if title and _DELIVERED_TITLE.search(title):
        return False  # a resolution given with its title beside it (the national corpora's 决议)
    first = body.split("\n", 1)[0].strip()
    headline = _DOCUMENT_HEADLINE.match(first) or _DOCUMENT_READING.match(first)
    return bool(headline) and not _MEETING_VERB.search(_TO_COME.sub("", first))


def _adopted_document(body: str, title: str | None) -> bool:
    """An adoption note (…会议通过) on one of the first lines, no report's title beside it."""
    if "通过" not in body[:_TOP] and "通過" not in body[:_TOP] and "批准" not in body[:_TOP]:
        return False
    if title and _DELIVERED_TITLE.search(title):
        return False
    return any(_ADOPTION_NOTE.match(line) for line in first_lines(body, _ADOPTION_LINES))


def _before_address(line: str) -> str:
    glued = _GLUED_ADDRESS.search(line)
    return line[: glued.start()] if glued and glued.start() else line


def _essay_asking(body: str, title: str | None) -> bool:
    """A question heading a part of the text, no meeting's voice, not a report delivered to a congress."""
    if ("？" not in body and "?" not in body) or not _QUESTION_LINE.search(body):
        return False
    if (title and _DELIVERED_TITLE.search(title)) or _TO_A_CONGRESS.search(body[:_TOP]):
        return False
    return not MEETING_VOICE.search(body)


def _fiction(body: str) -> bool:
    return len(set(_NARRATOR.findall(body))) >= _NARRATOR_PHRASES


def opening_sentences(body: str) -> str:
    """The text's first two sentences (in its first 600 characters): where a page tells its event."""
    return "".join(m.group() for m in islice(_SENTENCES.finditer(body, 0, _TOP), _OPENING_SENTENCES))


def _activity(body: str) -> bool:
    """The opening sentences name an activity, hold no meeting, and the text has no meeting's voice."""
    first = opening_sentences(body)
    if not _ACTIVITY.search(first) or MEETING_HELD.search(first):
        return False
    return not MEETING_VOICE.search(body)


def first_lines(body: str, count: int) -> list[str]:
    """The first ``count`` non-blank lines, stripped (without splitting the whole text)."""
    return [line.strip() for line in islice((line for line in body.split("\n", count * 4) if line.strip()), count)]


def _starts_inside_document(body: str, title: str | None) -> bool:
    """The first line is a numbered item, the text has no meeting's voice, no report's title beside it."""
    first = first_lines(body, 1)
    if not first or not _ITEM_FIRST.match(first[0]) or (title and _DELIVERED_TITLE.search(title)):
        return False
    return not MEETING_VOICE.search(body)


def _book_page(body: str) -> bool:
    for line in first_lines(body, _BOOK_LINES):
        book = _BOOK_PAGE.search(line)
        if book and line.count("《", 0, book.start()) <= line.count("》", 0, book.start()):
            return True
    return False


def kind_reason(body: str, title: str | None) -> str | None:
    """Why the text is not a report of one meeting by what it is (see the module), or None."""
    if _delivered_speech(body, title):
        return (
            "the text is a speech or a report delivered (an address to the audience at the top), not news of a meeting"
        )
    if _titled_as_delivered(body, title):
        return "the text is a speech or a report (its headline: 在…上的讲话, …的报告), not news of a meeting"
    if _adopted_document(body, title):
        return "a document adopted by a meeting (its adoption note: （…会议通过）), not news of the meeting"
    if _titled_as_document(body, title):
        return (
            "a document (its headline: …的通知, …制度, …方案, …规则, or its reading: 《…》解读), not news of a meeting"
        )
    if _ADDRESSEES.search(body[:_ADDRESSEES_TOP]):
        return "a document sent to organs (a line of addressees 各…、…：), not a meeting report"
    if _fiction(body):
        return "narrated fiction (a narrator's phrases: 说着, 心里, 点了点头), not a meeting report"
    if _activity(body):
        return "news of an activity (a study tour, a check, a ceremony, a launch, a drill), with no meeting held"
    if _starts_inside_document(body, title):
        return "a part of a document (the page starts at a numbered item: rules, a 须知, a 方案), not news of a meeting"
    if _book_page(body):
        return "a page of a gazetteer or a yearbook (…县志, …年鉴, Page N - …), not a meeting report"
    if _essay_asking(body, title):
        return "an essay or an explainer (a question as a heading of its own), not a meeting report"
    return None
