"""People named in a list with one verb said of them all, without a post before each name: bare
names (张某、李某等同志作了交流发言) and names after their units (甲镇某某、乙局某某等N名负责人述职).

Two names at least, joined by 、; the list's role is the verb after it (``role_of``), each name is
checked as ``etl.extract.names.mentions`` checks a titled one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from etl.extract.names.mentions import _BAD_NAME, _NAME, _NOT_A_NAME, _VERBISH, Mention, clean_name
from etl.extract.names.role_verbs import role_of
from etl.extract.text.first_chars import first_chars_lookahead
from etl.extract.text.patterns import surname_class, tc

__all__ = ["unit_listed_mentions", "untitled_list_mentions"]


# Untitled names listed at the start of a clause and then given a role: 范某、潘某等同志作了交流
# 发言 / 张某、李某分别谈了体会. Two names at least (one bare name is too often a place or a word),
# joined by 、, and a role verb right after (checked by the caller with ``role_of``).
# 甲、乙、丙作交流发言: the verb may follow at once; 甲、乙、丙6名委员，分别…: the list counted, then its verb.
_LIST_END = tc(r"等|同志|分别|先后|依次|也|还|作|做|进行|交流|[\d一二三四五六七八九十两]+\s*(?:名|位)")
_LIST_NAME = rf"{_NAME}(?=、|{_LIST_END})"
# The clause mark is consumed (not a lookbehind) so the engine can skip ahead to it quickly.
# 会上 may open the clause before the list (会上甲、乙分别传达…).
_UNTITLED_LIST = re.compile(
    rf"[，,。；;：:\n]{tc('(?:会上|会议上)?')}(?P<names>{_LIST_NAME}(?:、{_LIST_NAME})+)(?={_LIST_END})"
)
# Cheap first check: a list's last name and its end (the engine scans for the literal 、).
# The names' first characters tried right after 、 (etl/extract/text/first_chars.py): the same matches, sooner.
_LIST_TAIL = re.compile(rf"、{first_chars_lookahead(_LIST_NAME)}{_LIST_NAME}(?:{_LIST_END})")
_UNTITLED_LIST_AT_START = re.compile(rf"(?P<names>{_LIST_NAME}(?:、{_LIST_NAME})+)(?={_LIST_END})")


_CLAUSE_OPENERS = "，,。；;：:\n"  # _UNTITLED_LIST's first character

# 甲、乙、丙、丁四位同志作交流发言: the list counted right after it. When the count is the number of
# names, each item is a person's name even if it holds a character that is a word elsewhere (刘各行: 各).
_COUNT = re.compile(tc(r"(?P<n>[\d一二三四五六七八九十两]+)\s*(?:名|位)"))
_SMALL_NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)} | {"两": 2}


def _count_after(text: str, pos: int) -> int | None:
    """The number of the 'N名/N位' right at ``pos`` (1-10 in Chinese numerals, or digits), else None."""
    m = _COUNT.match(text, pos)
    if m is None:
        return None
    n = m["n"]
    return int(n) if n.isdigit() else _SMALL_NUMERALS.get(n)


def _untitled_lists(text: str) -> Iterator[re.Match[str]]:
    """``_UNTITLED_LIST.finditer(text)``, the same matches, tried only at the clause mark last before
    a list's tail (``_LIST_TAIL``): a list holds no clause mark, so that is where one holding the tail
    must start. The pattern by itself is tried at every mark of the page."""
    free = tried = 0
    for tail in _LIST_TAIL.finditer(text):
        start = max(text.rfind(ch, free, tail.start()) for ch in _CLAUSE_OPENERS)
        if start < max(free, tried):
            continue  # no mark since the last match, or this one was tried already
        tried = start + 1
        if m := _UNTITLED_LIST.match(text, start):
            yield m
            free = m.end()


def untitled_list_mentions(text: str) -> list[Mention]:
    """Names listed without titles (张某、李某等同志…) whose list is followed by a role verb."""
    out: list[Mention] = []
    if not _LIST_TAIL.search(text):
        return out
    first = _UNTITLED_LIST_AT_START.match(text)
    for m in itertools.chain([first] if first else [], _untitled_lists(text)):
        if role_of(text, m.end(), min(len(text), m.end() + 120))[0] is None:
            continue
        pos = m.start("names")
        names: list[Mention] = []
        items = m["names"].split("、")
        counted = _count_after(text, m.end()) == len(items)
        for raw in items:
            name = clean_name(raw)
            if (_BAD_NAME.search(name) and not counted) or _VERBISH.match(name) or not 2 <= len(name) <= 4:
                names = []
                break
            names.append(Mention(pos, pos, pos + len(raw), name, None))
            pos += len(raw) + 1
        out.extend(names)
    return out


# Names listed after their units, no post (听取了甲镇某某、乙局某某等N名负责人述职报告 / 甲镇某某、乙局某某作交流发言):
# two at least, joined by 、, after 听取 or a clause mark, and a role verb after the list (checked with ``role_of``).
_UNIT = tc(r"[\u4e00-\u9fff]{1,8}?(?:街道|社区|镇|乡|村|局|办|委|院|所|站|中心|公司|集团|学校|医院)")
_UNIT_NAME = rf"{_UNIT}{_NAME}"
_UNIT_ITEM = re.compile(rf"(?P<unit>{_UNIT})(?P<name>{_NAME})")
_UNIT_LIST_END = tc(r"等|[\d一二三四五六七八九十两]+\s*(?:名|位)|作|做|进行|分别|先后|依次")
_UNIT_LIST = re.compile(
    rf"(?:[，,。；;：:\n]{tc('(?:会上|会议上|听取了?)?')}|{tc('听取了?')})(?P<items>{_UNIT_NAME}(?:、{_UNIT_NAME})+)(?={_UNIT_LIST_END})"
)
# Cheap first pass: a unit's last character, a surname and a listed name's 、 (a character class first).
_UNIT_GATE = re.compile(tc("[道区镇乡村局办委院所站心司团校]") + f"{surname_class()}" + r"[\u4e00-\u9fff]{1,2}、")
_UNIT_REACH = 14  # from a list's first item to its first name's end
_UNIT_LIST_MAX = 400


def unit_listed_mentions(text: str) -> list[Mention]:
    """Names listed after their units without posts (甲镇某某、乙局某某等N名负责人述职), the unit as
    each one's title, when the list is followed by a role verb."""
    out: list[Mention] = []
    if "、" not in text:
        return out
    free = 0
    for hit in _UNIT_GATE.finditer(text):
        if hit.start() < free:
            continue
        m = _UNIT_LIST.search(text, max(free, hit.start() - _UNIT_REACH), hit.end() + _UNIT_LIST_MAX)
        if m is None or m.start() > hit.end():
            continue
        free = m.end()
        if role_of(text, m.end(), min(len(text), m.end() + 120))[0] is None:
            continue
        pos = m.start("items")
        names: list[Mention] = []
        for raw in m["items"].split("、"):
            item = _UNIT_ITEM.fullmatch(raw)
            name = clean_name(item["name"]) if item else ""
            if item is None or _BAD_NAME.search(name) or _VERBISH.match(name) or _NOT_A_NAME.match(name):
                names = []
                break
            names.append(Mention(pos, pos + item.start("name"), pos + len(raw), name, item["unit"]))
            pos += len(raw) + 1
        out.extend(names)
    return out
