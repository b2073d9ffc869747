"""The fragments cut from the ends of a line the line rules keep: datelines and bracketed bylines at
its start (本报讯(记者 某某), 某县融媒体中心2月29日讯), reporters' names and photo credits at its end
((某某 某某), （某某 摄）), column marks and a page title's site path, page marks, and the brand strings a
hijacked mirror injects in place of a place name.

``cut_fragments`` tries only the lines some cut can fire on (its gate, ``_MAY_CUT``); every cut
records what it removed, with its rule, in ``removals``.
"""

from __future__ import annotations

import re

from etl.extract.cleaning.brands import CASINO_BRAND, CASINO_WORDS, LATIN_BRAND
from etl.extract.cleaning.furniture import (
    DATED_CREDIT,
    DEPARTMENT_CREDIT,
    INLINE_IMAGES,
    PAGE_COUNTER_TAIL,
    PAGE_MARK,
    SITE_TITLE_TAIL,
)
from etl.extract.cleaning.line_rules import (
    _BODY_END,
    _FIELD,
    _FIELD_PREFIX,
    _PADDED_NAME,
    _PART,
    _SEP,
    _SPAM_WORD,
    _SPAM_WORDS,
    PERSON_NAME,
    _any_of,
)
from etl.extract.text.patterns import compile_tc, spaced_alternation

# A bracketed byline fragment at either end of a content line: （记者 王某 通讯员 李某）.
_CREDIT_LABELS = spaced_alternation(("记者", "通讯员"))  # spelled with a space too: 记 者
_FRAGMENT_TAIL = compile_tc(
    rf"[（(【\[]\s*{_FIELD}(?:{_SEP})[^）)】\]\n]{{1,40}}[）)】\]]\s*$"
    # a page cut inside its closing credit: opened after a sentence's end, never closed (。(撰稿人:甲 审稿人:乙)
    rf"|(?<=[。！？!?])[（(]\s*{_FIELD}(?:{_SEP})[^（()）\n。，,]{{1,40}}$"
    # （全媒体记者某某）, （专刊记者 某某）, （某某新闻记者 甲 通讯员 乙）: any short desk before 记者, its label
    # spelled with a space too (记 者:甲 乙)
    rf"|[（(]\s*(?:[^\s（()）。，,]{{0,16}}?\s)?[^\s（()）。，,]{{0,8}}?(?:{_CREDIT_LABELS})(?:{_SEP})?{PERSON_NAME}[^）)\n。]{{0,30}}[）)]\s*$"
    rf"|(?<=[。！？!?])\s*(?:{_FIELD_PREFIX}{_FIELD}\s*[:：]\s*[^\s:：。，,！？]{{1,12}}(?:\s+[^\s:：。，,！？|]{{1,6}}){{0,3}}\s*)+$"
    rf"|(?<=[。！？!?”])\s*[（(]\s*{_PADDED_NAME}(?:[\s、]+{PERSON_NAME}){{0,4}}\s*(?:{_PART})?[）)]\s*$"
    rf"|(?<=[。！？!?”])\s*[（(]\s*[\u4e00-\u9fff]{{1,8}}?(?:镇|乡|街道|社区|村|{_BODY_END})\s+{PERSON_NAME}(?:[\s、]+{PERSON_NAME}){{0,3}}\s*[）)]\s*$"
    rf"|(?<=[。！？!?”])\s*[■□◆●▲]\s*{PERSON_NAME}(?:[\s、]+{PERSON_NAME}){{0,3}}\s*$"  # 。■王某: a trailing reporter mark
    rf"|(?<=[。！？!?”])\s*[^\s，,。]{{0,10}}记者\s*{PERSON_NAME}(?:[\s、]+{PERSON_NAME}){{0,3}}\s*摄\s*$"  # a photo credit
    r"|(?<=[。！？!?”])\s*[（(]完[）)]\s*$"
    # a unit and its writer joined by a slash, the unit perhaps cut as a brand: (某某学院/某某), (/某某)
    rf"|(?<=[。！？!?”])\s*[（(][^（()）。，,\s/／]{{0,16}}[/／]\s*{PERSON_NAME}\s*[）)]\s*$"
    # a source credit after the last full stop: (县政府办供稿), (某某日报), （某某新闻网）
    r"|(?<=[。！？!?”])\s*[（(][^（()）。，,\s]{1,16}(?:供稿|供图|日报|晚报|报|新闻网|融媒体中心|电视台|纪委监委)[）)]\s*$"
    # an organ's desk credited by its short name after the last full stop: (人大), (县政协), (区纪委)
    r"|(?<=[。！？!?”])\s*[（(][\u4e00-\u9fff]{0,2}(?:人大|政协|纪委|人大办|政协办)[）)]\s*$"
    r"|(?<=[。！？!?”])\s*(?:展开详细|展开全文|阅读全文|查看全文|展开阅读全文)\s*$"
)
# A dateline (本报讯, 又讯, 某某融媒体中心2月29日讯) and/or a bracketed byline at a line's start.
_DATELINE = r"[^\s，,。；：:（()）“”]{0,24}?[讯訊](?![员員])"
_BRACKET_BYLINE = rf"[（(【\[]\s*{_FIELD_PREFIX}(?:{_FIELD}(?:{_SEP})|记者|通讯员)[^）)】\]\n]{{1,40}}[）)】\]]"
# A desk before the reporter inside a dateline's byline: 某某网3月1日讯(某某日报记者 甲 通讯员 乙/文 丙/图).
_DESK_BYLINE = r"[（(][^\s（()）。，,；;]{1,10}?(?:记者|通讯员)[^（()）\n。；;]{1,40}[）)]"
_FRAGMENT_HEAD = compile_tc(
    rf"^(?![据據]){_DATELINE}\s*(?:{_BRACKET_BYLINE}|{_DESK_BYLINE})\s*|^(?:{_DATELINE}\s*(?:{_BRACKET_BYLINE}|[（(][^）)\n，,。；]{{1,16}}[）)])?|[^\s，,。；（(]{{0,12}}{_BRACKET_BYLINE}"
    rf"|(?![据據])[^\s，,。；：:（()）“”]{{0,16}}?\d{{1,2}}\s*月\s*\d{{1,2}}\s*日(?:[电電]|消息)(?:[?？\ufffd](?=\s))?(?:\s*{_BRACKET_BYLINE})?)"
    rf"(?=\s|[\d一二三四五六七八九十今昨近日前,，:：]|$)[\s:：]*"
    r"|^【[^】\n]{0,12}[讯訊]】\s*"  # a bracketed dateline: 【本报讯】
    r"|^[（(][^（()）\n，,。；;]{2,20}?[讯訊][）)]\s*"  # in round brackets, with its place: (某某网某省讯)
    # a paper's or a desk's dateline glued to the quote the report opens with: 本报讯“今天会议的第一个议题…”
    r"|^[^\s，,。；：:（()）“”]{0,20}?(?:本|报|報|刊|网|網|台|社|中心|日)[讯訊](?=[“「])"
    # a site's dateline without its date: 某某新闻网消息 ⏎ …, 某某网消息(某栏目):…
    r"|^[^\s，,。；：:（()）“”]{2,12}(?:网|網|社|台|报|報|在线|在線|频道|頻道|客户端|客戶端)消息"
    r"(?:[（(][^）)\n，,。；]{1,10}[）)])?(?:(?=\s)\s*|\s*[:：]\s*)"
)
# A page title's site part after a spaced dash: 某街道召开…推进会 —— 某某党媒云| 社区融 (a path of sites).
_TITLE_TAIL = re.compile(r"\s+(?:——|—|--|-|_)\s*[^。，,；;！？!?\n]{0,30}?[|丨_][^。，,；;！？!?\n]{0,30}$")
_SITE_ENDS = ("网", "網", "站", "户", "戶")
_PAGE_MARK_STARTS = ("[", "【", "(", "（", "第")
# A public body's site name glued after a space to a text cut short (…增长了12. 某某区人民政府网站, …抓好 某县政协网):
# a sentence never ends in one.
_SITE_NAME_AFTER_CUT = compile_tc(
    r"(?<![。！？!?”])\s+[^\s。，,；;！？!?]{2,20}(?:人民政府|政府|人大|人大常委会|政协)(?:门户)?(?:网站|网)$"
)
_TAIL_CHARS = 70  # fragments are only looked for this close to a line's ends
_TAIL_GATE = re.compile(r"[:：■□◆●▲]")  # a tail fragment that does not end in a bracket has one

# Page furniture glued to a line: a CNKI <正> at its start, a column separator at its end.
# A column tag naming the site's body before a headline (【某县政协】…, 【某区人大】…) goes too.
_HEAD_MARK = re.compile(
    r"^(?:<正>|【(?:视频|視頻|图文|圖文|组图|組圖|图片|圖片|音频|音頻|直播|H5|h5)】"
    r"|【[\u4e00-\u9fff]{1,6}(?:政协|政協|人大)】(?=[^\s。，,；;]{6})"
    # a picture's mark in square brackets before a headline ([图]【聚焦…】县政协…会议今日开幕)
    r"|[\[［](?:图|圖|组图|組圖|图文|圖文|视频|視頻)[\]］](?=\S))\s*"
)
_TAIL_MARK = re.compile(r"(?<=\S)\s+[|丨]$")

# Brand strings injected by hijacked mirrors: 某某娱乐官方网站¥某某娱乐注册入口.
_SPAM = compile_tc(
    # also a Latin brand (xq体育官网, bet9娱乐平台) in place of a place name
    r"(?:[\u4e00-\u9fff]{2}|(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]{0,7})(?:体育|娱乐|彩票|棋牌|博彩|电竞)(?:[\u4e00-\u9fff]{2}(?:体育|娱乐|彩票|棋牌|博彩|电竞)|"
    r"官网|官方网站|在线|注册|平台|app下载|APP下载|下载|入口|网址|网|[_¥|·])+",
    re.IGNORECASE,
)
# A brand's site entrance in place of a place name: 某某手机官网入口·(中国)官方网站.
_SPAM_ENTRANCE = compile_tc(
    r"[\u4e00-\u9fff]{2,4}(?:手机|APP|app)?(?:官网入口|官方入口|注册入口|下载入口|登录入口)"
    r"(?:\s*[·_]?\s*[（(]中国[）)]\s*(?:官方网站|官网)?)?",
    re.IGNORECASE,
)
# A brand joined to its slogans with underscores (某某365体育_365投注_365电子游戏, 某某公司_官方网站:),
# in place of a place name: report text never joins words with "_".
_SPAM_JOINED = compile_tc(
    r"(?:[A-Za-z][A-Za-z0-9]*[\u4e00-\u9fff]{0,6}|(?<=[《“\"\s:：,，。、(（])[\u4e00-\u9fff]{2,10}|^[\u4e00-\u9fff]{2,10})"
    r"(?:\s?_\s?[A-Za-z0-9\u4e00-\u9fff ]{1,12}?)*\s?_\s?[A-Za-z0-9 \u4e00-\u9fff]{0,10}?"
    r"(?:官方网站|官网|体育|投注|娱乐|彩票|棋牌|游戏)[:：]?"
)

_CASINO_WORD = _any_of(CASINO_WORDS)
_SPAM_MARK = re.compile(r"[_¥]|官网|app下载|注册", re.IGNORECASE)

# A photo credit left between two sentences of a paragraph: 。 某社记者 某某 摄 会议听取了…
_PHOTO_CREDIT_INSIDE = compile_tc(
    rf"(?<=[。！？!?])\s*[^\s，,。]{{0,10}}记者\s+{PERSON_NAME}(?:\s+{PERSON_NAME}){{0,3}}\s+摄(?=\s)"
)

# What each cut of ``cut_all_fragments`` needs in the line (a character or word anywhere, as literals: the engine skips
# to them; a first or last character): a line with none, and no dateline at its head, is cut by none. A new cut adds
# its trigger here (tests/test_fragment_gate.py compares both chains; docs/benchmarks.md, the twelfth speed pass).
_MAY_CUT = _any_of((*"-—_:：■□◆●▲摄攝官", "![", "入口", *CASINO_WORDS, *_SPAM_WORDS))
_MAY_CUT_STARTS = ("<", "【", "[", "［", *_PAGE_MARK_STARTS)
_MAY_CUT_ENDS = ("|", "丨", ")", "）", "】", "]", "摄", "攝", "文", "细", *_SITE_ENDS)


def cut_fragments(line: str, removals: list[tuple[str, str]]) -> str:
    """``line`` without a byline fragment at its start or end, nor injected spam strings."""
    if (
        _MAY_CUT.search(line) is None
        and not line.startswith(_MAY_CUT_STARTS)
        and not line.endswith(_MAY_CUT_ENDS)
        and not ((m := _FRAGMENT_HEAD.match(line)) and m.group(0).strip())
    ):
        return line.strip()  # the common report sentence: no cut can fire
    return cut_all_fragments(line, removals)


def cut_all_fragments(line: str, removals: list[tuple[str, str]]) -> str:
    """``cut_fragments`` without its gate: every cut tried in turn."""
    if line.startswith(("<", "【", "[", "［")) and (m := _HEAD_MARK.match(line)):
        removals.append(("widget", m.group(0).strip()))
        line = line[m.end() :]
    if line.endswith(("|", "丨")) and (m := _TAIL_MARK.search(line, max(0, len(line) - 8))):
        removals.append(("widget", m.group(0).strip()))
        line = line[: m.start()]
    if ("—" in line or "-" in line or "_" in line) and "。" not in line and (m := _TITLE_TAIL.search(line)):
        removals.append(("navigation", m.group(0).strip()))
        line = line[: m.start()]
    if line.endswith(_SITE_ENDS) and "。" not in line and (m := SITE_TITLE_TAIL.search(line)) and m.start() > 0:
        removals.append(("navigation", m.group(0).strip()))  # …_某某县人民政府门户网站
        line = line[: m.start()]
    if line.endswith(_SITE_ENDS) and (m := _SITE_NAME_AFTER_CUT.search(line)) and m.start() > 0:
        removals.append(("navigation", m.group(0).strip()))  # …增长了12. 某某区人民政府网站
        line = line[: m.start()]
    if "![" in line and (m := INLINE_IMAGES.search(line)):
        removals.append(("image", m.group(0).strip()))  # …。 ![]() 会议现场 ![]() 某某讲话
        line = line[: m.start()]
    if _CASINO_WORD.search(line):
        for m in reversed(list(CASINO_BRAND.finditer(line))):
            removals.append(("spam", m.group(0)))  # 1929cc威尼斯 in place of a college's name
            line = line[: m.start()] + line[m.end() :]
    if line.startswith(_PAGE_MARK_STARTS) and (m := PAGE_MARK.match(line)):
        removals.append(("widget", m.group(0).strip()))  # [接上页], 第1页共6页
        line = line[m.end() :]
    if line.endswith(("页)", "頁)", "页）", "頁）")) and (m := PAGE_COUNTER_TAIL.search(line)) and m.start() > 0:
        removals.append(("widget", m.group(0).strip()))  # 某某章 (第1/2页)
        line = line[: m.start()]
    if (m := _FRAGMENT_HEAD.match(line)) and m.group(0).strip():
        removals.append(("byline_fragment", m.group(0).strip()))
        line = line[m.end() :].strip()
    elif line.startswith(("(", "（", "【", "[")) and (m := DATED_CREDIT.match(line)):
        removals.append(("byline_fragment", m.group(0).strip()))  # (2023年3月22日某某街道某某报道)
        line = line[m.end() :].strip()
    if line.endswith((")", "）")) and (m := DEPARTMENT_CREDIT.search(line, max(0, len(line) - 20))):
        removals.append(("byline_fragment", m.group(0).strip()))  # (办公室) after the last full stop
        line = line[: m.start()].strip()
    tail = max(0, len(line) - _TAIL_CHARS)
    if (line.endswith(("）", ")", "】", "]", "摄", "攝", "文", "细")) or _TAIL_GATE.search(line, tail)) and (
        m := _FRAGMENT_TAIL.search(line, tail)
    ):
        removals.append(("byline_fragment", m.group(0).strip()))
        line = line[: m.start()].strip()
    if "摄" in line or "攝" in line:
        for m in reversed(list(_PHOTO_CREDIT_INSIDE.finditer(line))):
            removals.append(("byline_fragment", m.group(0).strip()))
            line = line[: m.start()] + line[m.end() :]
    if "入口" in line:
        for m in reversed(list(_SPAM_ENTRANCE.finditer(line))):
            removals.append(("spam", m.group(0)))
            line = line[: m.start()] + line[m.end() :]
    if "官" in line:
        for m in reversed(list(LATIN_BRAND.finditer(line))):
            removals.append(("spam", m.group(0)))  # 某某365官网 in place of a name
            line = line[: m.start()] + line[m.end() :]
    if "_" in line:
        for m in reversed(list(_SPAM_JOINED.finditer(line))):
            removals.append(("spam", m.group(0)))
            line = line[: m.start()] + line[m.end() :]
    spam = _SPAM_WORD.search(line) is not None
    for m in reversed(list(_SPAM.finditer(line)) if spam else []):
        if _SPAM_MARK.search(m.group(0)) or m.group(0) == line:
            removals.append(("spam", m.group(0)))
            line = line[: m.start()] + line[m.end() :]
    return line.strip()


__all__ = ["cut_all_fragments", "cut_fragments"]
