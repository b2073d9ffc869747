"""Speakers told by principle: the signals a careful reader uses on a site never seen.

The people reader (``etl.extract.people.people``) knows many shapes one by one; these two signals are
general, and only ever add a speaker the reader already knows as a person of the meeting:

- **An act of speaking in the person's own clause.** A person named in the text is a speaker when
  the clause after the name (up to the next comma or sentence end) holds an act of speaking
  (作对照检查, 详细解读了…, 简要介绍了…, 作…发言, 领学, 点评 …) with nothing between that makes the
  person something else: an attendee (出席, 参加, 列席, 陪同), a presider (主持, 召开), a host of a
  visit (看望, 调研, 带队) or the object of what is relayed (传达…的讲话, …讲话精神).
- **A list that takes turns.** Names joined by 、 (each perhaps after its post or unit) and closed
  by a word for taking turns (分别, 先后, 相继, 依次, 轮流, 纷纷), perhaps after a count of the
  people listed (6名委员，), then an act of speaking in that clause: everyone listed speaks.

What is never a speaker stays so: a name in a sentence that opens with what the meeting relays or
carries out (传达, 学习, 贯彻, 落实, 围绕, 根据, 按照 …) or at another occasion (在省委全会上，…) is that
earlier speech's author.
"""

from __future__ import annotations

import itertools
import re

from etl.extract.names.mentions import MENTION, NAME_ONLY, clean_name, positions, titled_mentions
from etl.extract.text.first_chars import first_chars_ahead
from etl.extract.text.patterns import compile_tc

__all__ = ["listed_turn_names", "speakers_told", "speaks_in_own_clause"]

# An act of speaking, as a verb or the noun of 作…/进行….
_ACT = compile_tc(
    r"(?:发言|讲话|致辞|报告|汇报|交流|介绍|解读|领学|宣讲|辅导|点评|总结|分享|反思|对照检查|述职|述廉|"
    r"通报|传达|转达|布置|部署|说明|阐述|强调|指出|要求|表示|提出|谈了|谈到|讲授|授课|党课|作指导|作动员)"
)
_ACT = first_chars_ahead(_ACT)  # same matches, found sooner (etl/extract/text/first_chars.py)
# After these the act is a noun of another text (…讲话精神, 报告的, 讲话稿), not done here; or of the
# troupe that does it (向宣讲团颁发…, 报告团).
_NOUN_AFTER = compile_tc(r"精神|的|稿|材料|内容|要求|要点|提纲|原文|摘编|会|人|(?<=宣讲|报告)[团员队]")
# 某某的重要讲话: an act right after 的 (and a modifier) is the person's speech named as a noun…
_POSSESSED = compile_tc(r"的[\u4e00-\u9fff]{0,4}$")
# …unless it was delivered here (作了题为…的讲话, 发表了…的讲话, 进行了…的发言)
_DELIVERED = compile_tc(r"作|做|发表|进行")
# Between the name and the act: what makes the person something other than a speaker.
_OTHER_PART = compile_tc(
    r"出席|参加|列席|陪同|参会|到会|莅临|亲临|主持|召开|看望|调研|带队|率队|慰问|检查|视察|听取|收听|收看|观看|"
    # 在省委全会上的讲话, 在…读书班的讲话: a speech given at another occasion (not 在会上的发言中)
    r"在(?!会上|会议上|讲话|发言)[^，,。；;！？!?\n]{1,60}?的|所作"
)
# Opening the clause before the name: the name is of what is relayed or carried out.
_RELAYED_LEAD = compile_tc(r"传达|学习|贯彻|落实|围绕|根据|按照|结合|遵照|依照|对照|聆听|观看|收看|关于|《")
_CLAUSE_MARKS = "，,。；;！？!?\n：:"
_CLOSED_TITLE = re.compile(r"《[^《》]*》")
# 在省委常委会（扩大）会议上，省委书记某某…: the sentence opens at another occasion (not 会上, 本次会议上)
_OTHER_OCCASION = compile_tc(r"在(?!(?:本次|此次|这次)?会(?:议)?上)[^，,。；;\n]{2,40}?会议?上")
_CLAUSE_REACH = 60

# Closing a list of people who took turns.
# (分别|先后|相继|依次|轮流|纷纷 with its first character first: a class, then lookbehinds, the same matches;
# the engine then skips to the class: the twelfth speed pass, tests/test_first_class_patterns.py)
_TURNS = compile_tc(r"[分先相依轮纷](?:(?<=分)别|(?<=先)后|(?<=相)继|(?<=依)次|(?<=轮)流|(?<=纷)纷)")
# Between the list's last name and its closing word: 等, 同志, a count of the people (6名县政协委员).
_LIST_TAIL = compile_tc(
    r"(?:同志)?(?:等(?:[^、，,。；;\n]{0,8}?(?:同志|领导|人|干部))?)?"
    r"(?:[\d一二三四五六七八九十两]+\s*(?:名|位)[^、，,。；;\n]{0,10}?)?[，,]?$"
)
# A title that names a category of people, not a post (全体领导, 班子成员): what follows may be any word.
_CATEGORY = compile_tc(r"(?:领导|成员|干部|负责人|代表|同志|人员)$")
_LIST_MIN = 2
_TURN_REACH = 200  # a turn's topic may list several items with 、 before its act (分别围绕…、…作了发言)
_LIST_REACH = 400  # from a list's closing word back to its clause's start
_SENTENCE_MARKS = "。；;！？!?\n：:"


def _clause_end(text: str, start: int, reach: int, marks: str = _CLAUSE_MARKS) -> int:
    """Where the clause from ``start`` ends (a mark inside a title, 《…、…,…》, ends none)."""
    limit = min(len(text), start + reach)
    at = start
    while True:
        ends = [i for ch in marks if (i := text.find(ch, at, limit)) >= 0]
        end = min(ends, default=limit)
        opened = text.rfind("《", start, end)
        if opened < 0 or text.find("》", opened, end) >= 0 or (closed := text.find("》", end, limit)) < 0:
            return end
        at = closed + 1  # past the title: its marks are its own


def _sentence_start(text: str, end: int, reach: int = _LIST_REACH) -> int:
    """Where the sentence that ``end`` is in begins, looking back at most ``reach`` characters (a text
    with no sentence mark would otherwise be read back to its start at every name: quadratic)."""
    floor = max(0, end - reach)
    return max(floor, max(text.rfind(ch, floor, end) for ch in _SENTENCE_MARKS) + 1)


def _acts_in_clause(text: str, name_end: int, reach: int = _CLAUSE_REACH, marks: str = _CLAUSE_MARKS) -> bool:
    """The clause after a name holds an act of speaking and nothing that makes the person another part."""
    end = _clause_end(text, name_end, reach, marks)
    for act in _ACT.finditer(text, name_end, end):
        between = text[name_end : act.start()]
        if _NOUN_AFTER.match(text, act.end()) or between.count("《") > between.count("》"):
            continue  # a noun of another text (讲话精神), or words of a title (《…讲话》)
        if _POSSESSED.search(between) and not _DELIVERED.search(between):
            continue  # 某某书记的重要讲话: the person's speech as a noun, unless 作了…的讲话
        return _OTHER_PART.search(text, name_end, act.start()) is None
    return False


_POSITIONS_READ = 200  # a name's clauses read at most: a report names a speaker far fewer times


def speaks_in_own_clause(text: str, name: str) -> bool:
    """``name`` is followed, in one of its first clauses, by an act of speaking of its own."""
    for at in itertools.islice(positions(text, name), _POSITIONS_READ):
        lead = text[_sentence_start(text, at) : at]
        if "》" in lead:
            lead = _CLOSED_TITLE.sub("", lead)  # an earlier title closed: the name is not inside it (《…》、某某作的…)
        if _RELAYED_LEAD.search(lead) or _OTHER_OCCASION.search(lead):
            continue
        if _acts_in_clause(text, at + len(name)):
            return True
    return False


def _item_name(item: str) -> tuple[str, str | None] | None:
    """The name an item of a list ends with, and its post or unit: 某某 or 党委书记某某."""
    bare = clean_name(item)
    if NAME_ONLY.match(bare):
        return bare, None
    found = [m for m in titled_mentions(item) if m.end == len(item)]
    if found:
        return found[-1].name, found[-1].title
    # a long unit before the post (某某县人民医院党委书记某某) is past the titled reader's reach
    last = next((m for m in MENTION.finditer(item) if m.end() == len(item)), None)
    return (clean_name(last["name"]), item[: last.start("name")]) if last else None


def _listed_before(text: str, close: int) -> list[tuple[str, str | None]]:
    """The names of the list that ends right before the closing word at ``close``."""
    start = _sentence_start(text, close)
    span = text[start:close]
    tail = _LIST_TAIL.search(span)
    body = span[: tail.start()] if tail else span
    items = re.split(r"[、，,]", body)
    names: list[tuple[str, str | None]] = []
    for item in reversed(items):
        named = _item_name(item.strip())
        if named is None:
            break
        names.append(named)
    if len(names) < _LIST_MIN or not all(sep == "、" for sep in _separators(body, len(names))):
        return []
    return names[::-1]


def _separators(body: str, count: int) -> list[str]:
    """The last ``count - 1`` separators of ``body``: a list's names are joined by 、."""
    seps = [ch for ch in body if ch in "、，,"]
    return seps[len(seps) - (count - 1) :] if count > 1 else []


def listed_turn_names(text: str) -> list[tuple[str, str | None]]:
    """(name, post or unit) of everyone in a list closed by a word for taking turns and an act of
    speaking (甲、乙、丙分别作交流发言; 局长甲、主任乙先后汇报了…; 甲、乙6名委员，分别围绕…发言)."""
    if "、" not in text:
        return []
    out: list[tuple[str, str | None]] = []
    for close in _TURNS.finditer(text):
        # the turn's act may come after a clause of its topic (相继结合工作实际，就…提出了意见)
        if not _acts_in_clause(text, close.end(), _TURN_REACH, _SENTENCE_MARKS):
            continue
        out.extend(_listed_before(text, close.start()))
    return out


def speakers_told(text: str, known: list[tuple[str, str | None, str]]) -> list[tuple[str, str | None]]:
    """(name, title) of the speakers the two signals find that ``known`` (name, title, role: the
    people reader's result, and its named mentions with role "") does not already have as speakers."""
    speaking = {name for name, _, role in known if role == "speaker"}
    out: list[tuple[str, str | None]] = []
    for name, title in listed_turn_names(text):
        if name not in speaking:
            speaking.add(name)
            out.append((name, title))
    silent: set[str] = set()  # names already read and found not to speak: each name is read once
    for name, title, role in known:
        if not role and (not title or _CATEGORY.search(title)):
            continue  # named with no role: only someone with a post of their own (not 各地方国家机关领导某某)
        if name in speaking or name in silent:
            continue
        if speaks_in_own_clause(text, name):
            speaking.add(name)
            out.append((name, title))
        else:
            silent.add(name)
    return out
