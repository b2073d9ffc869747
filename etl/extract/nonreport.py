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

import re

from etl.extract.patterns import compile_tc
from etl.extract.prefilter import Prefiltered

__all__ = ["not_report_reason"]

_SENTENCE_END = re.compile(r"[。！？!?；;]")
_MIN_SENTENCES_CHARS = 60  # a text without a sentence end and shorter than this is a title
_QUESTION = compile_tc(
    r"(?:几|多久|多长|多少|什么|怎么|怎样|如何|哪些|哪个|是否)[\u4e00-\u9fff]{0,6}[？?]?$|[吗呢][？?]?$|[？?]$"
)
# A reader site's chapter furniture: 第三十六章, 加入书签, 本章报错, 上一章, 免费小说 …
_CHAPTER = compile_tc(r"^\s*第[0-9一二三四五六七八九十百千零〇两]+章", re.MULTILINE)
_READER = Prefiltered(
    compile_tc(
        r"加入书签|加入书架|本章报错|上一章|下一章|章节目录|返回目录|全文阅读|免费小说|小说APP|护眼|关灯|"
        r"最新章节|txt下载|推荐票|月票|\d+\s*字\s*\d+\s*(?:个月|天|小时|分钟|年)前|终身免费阅读|纯文字",
        re.IGNORECASE,
    )
)
# Characters from scripts that anti-scraping sites sprinkle into Chinese text (Thai, Lao).
_INJECTED_SCRIPT = re.compile(r"[\u0e00-\u0eff]")
# A chapter heading near the top, also after a book title: 《某书》第五十七章.
_CHAPTER_TOP = compile_tc(r"(?:^|\n|[》|\s])\s*第[0-9一二三四五六七八九十百千零〇两]+章")
_HEAD_LINES = 3  # a chapter heading among the first lines: a book, whatever days it names
_TOP = 200
# A meeting's day: 3月5日, 12日上午 (a report of a held meeting names it; rules and templates do not).
_DAY = Prefiltered(compile_tc(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|[日号]\s*[上下]午|(?<![\d月])\d{1,2}\s*[日号][,，]"))
# A template's placeholders: xx年xx月xx日, 20**年, ××县, X委.
_PLACEHOLDER = re.compile(r"(?:[xX]{2}|[×＊*]{2}|(?<![A-Za-z])X)(?=[年月日县区镇市次委号届])")
_PLACEHOLDER_MARKS = ("x", "X", "×", "*", "＊")
# A notice that issues a document: 现予印发, 现印发给你们, 请认真贯彻执行.
_ISSUING_WORDS = ("印发", "印發", "请认真", "請認真")  # every issuing phrase has one
_ISSUING = compile_tc(
    r"现予印发|现印发给你们|现将[^。]{0,30}印发给你们|请认真遵照执行|请认真贯彻执行|请结合实际认真贯彻落实"
)
# How often a body meets (the verb is the meeting's), as rules say it: 每月召开一次, 原则上每周召开一次, 每季度至少召开一次.
_FREQUENCY = compile_tc(
    r"每(?:月|周|季度|季|年|半年|两个月)[^。；\n]{0,6}(?:召开|举行|开会|召集|学习)[^。；\n]{0,4}?"
    r"(?:[\d一二两三四五六七八九十]+(?:\s*[-—~至到]\s*[\d一二两三四五六七八九十]+)?\s*次|不少于)"
)
_ITEM = compile_tc(r"(?:^|\n)\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]*[）)]|\d{1,2}[、.．])")
_ARTICLE = compile_tc(r"(?:^|\n)\s*第[一二三四五六七八九十百]+条\s")
_LABEL_MAX = 60  # a line of a menu or a list of links is a short label
# Q&A sites: 最佳答案, 网友回答, lines opening with 问：/答：.
_ANSWER = Prefiltered(compile_tc(r"最佳答案|满意答案|网友回答|推荐答案|提问者|回答者|(?:^|\n)\s*(?:问|答|Q|A)\s*[:：]"))
# A notice of a meeting to come, not a report of one held.
_NOTICE = Prefiltered(
    compile_tc(
        r"特此通知|特此公告|特此通告|现将有关事项通知如下|现就有关事项通知如下|"
        r"定于\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^。]{0,30}召开|请[^。]{0,12}准时参加"
    )
)
# What only a report of a held meeting says.
_REPORTED = Prefiltered(
    compile_tc(r"会议指出|会议强调|会议要求|会议认为|会议听取|会议审议|主持召开|主持会议|出席会议|并讲话|会议决定")
)
_MEETING_WORDS = compile_tc(r"召开|举行|主持|会议指出|会议强调|会议要求|会议听取|会议审议|会议传达")


def _head(raw: str) -> str:
    """The first few non-blank lines of the page (without splitting all of it)."""
    lines = [line for line in raw.lstrip()[: _TOP * 3].split("\n") if line.strip()]
    return "\n".join(lines[:_HEAD_LINES])


def _may_have_placeholders(text: str) -> bool:
    return any(mark in text for mark in _PLACEHOLDER_MARKS)


def _book_or_site(raw: str, text: str) -> str | None:
    readers = _READER.findall(raw)
    if _CHAPTER.search(raw) and (len(readers) >= 2 or _INJECTED_SCRIPT.search(raw)):
        return "a novel chapter (chapter heading and reader-site widgets)"
    if len(readers) >= 3 and len(_INJECTED_SCRIPT.findall(raw)) >= 3:
        return "a novel chapter (reader-site widgets and anti-scraping characters)"
    if len(set(readers)) >= 3:
        return "a page of a novel site (reader-site widgets)"
    if _CHAPTER_TOP.search(_head(raw)):
        return "a chapter of a book or a code (a 第N章 heading at the top)"
    if _CHAPTER_TOP.search(raw[:_TOP]) and not _DAY.search(text[: _TOP * 2]):
        return "a chapter of a book (a chapter heading and no meeting day)"
    if _may_have_placeholders(text) and len(_PLACEHOLDER.findall(text)) >= 2 and not _DAY.search(text):
        return "a template with placeholders (xx年xx月, 20**年), not a report"
    return None


def _rules_or_notice(text: str) -> str | None:
    if len(_ANSWER.findall(text)) >= 2:
        return "a question-and-answer page"
    if _NOTICE.search(text) and not _REPORTED.search(text):
        return "a notice or announcement of a meeting, not a report of one"
    if len(_ARTICLE.findall(text)) >= 3 and not _MEETING_WORDS.search(text[:300]):
        return "rules or a notice laid out in articles (第一条 …), not a meeting report"
    if any(w in text for w in _ISSUING_WORDS) and _ISSUING.search(text) and not _REPORTED.search(text):
        return "a notice issuing a document (现予印发 …), not a meeting report"
    if "每" in text and _FREQUENCY.search(text) and len(_ITEM.findall(text)) >= 3 and not _DAY.search(text):
        return "rules of how meetings are held (每月召开一次, numbered items), not a report of one"
    return None


def not_report_reason(raw: str, text: str) -> str | None:
    """Why a page is not a meeting report, or None when it may be one.

    ``raw`` is the page as read (reader widgets are evidence), ``text`` the cleaned text.
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
    first = body.split("\n", 1)[0].strip()
    if len(first) <= _LABEL_MAX and first.endswith(("？", "?")) and not _REPORTED.search(text):
        return "an article answering a question, not a meeting report"
    return None
