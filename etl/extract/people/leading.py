"""Names that open a clause and take a role without a title before them.

Three shapes, each seen across many reports:
- a statement verb and its words: 某某指出，… / 某某同志强调⏎ / 某某在会上要求，…
- a post (or 同志) after the name, then a role verb: 某某书记就…作了讲话, 某某市长主持会议,
  会议由某某同志主持
- a three-character name with an act of speaking or presiding: 某某传达了…, 某某通报了…,
  5月6日，某某某主持召开…, 某某某主持会议。

A clause starts after a sentence or clause mark, or after 由/听取了/审议了. To stay fast, the
text is not scanned name by name: the verbs and posts are found first (a few per report), then
the clause start just before each is tried. Words shaped like names (方案要求, 明确指出), bodies and
places (白沙镇要求, 金融办主任), posts (毛主席指出) and leaders whose words are studied
(学习某某同志重要讲话精神) are refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from etl.extract.names.mentions import (
    _BAD_NAME,
    _GIVEN,
    _NAME,
    _NOT_A_NAME,
    _SURNAME,
    _VERBISH,
    POST_TAIL,
    Mention,
    clean_name,
)
from etl.extract.names.role_verbs import role_of
from etl.extract.text.patterns import compile_tc, tc

__all__ = ["leading_mentions", "studied"]

_MARKS = "\n。！？!?；;，,：:"
# 的、和 and 、 lead only to a name with a post after it (成员的甲副总、乙副总和丙总经理助理也纷纷发言).
_LEAD_WORDS = ("听取了", "聽取了", "审议了", "審議了", "听取", "聽取", "由")
_POST_LEAD_WORDS = ("的", "、", "和")
_AFTER_LAST_MARK = re.compile(rf"(?<=[{_MARKS}])[^{_MARKS}]*$")
_ANY_LEAD = re.compile("[听聽审審由]")
_ANY_POST_LEAD = re.compile("[的、和]")
_JOINS = ("、", "和", "及", "与")
_POST_REACH = 8  # the longest post before a 、 (常务副指挥长)
_WINDOW = 16  # 会上， + a name with spaces + 同志在会上 before the verb
_PREFIX = tc(r"(?:(?:会上|会议上|随后|最后|同时|(?:紧)?接着|其后)[，,]?)?")  # 紧接着某某同志…: the next turn

_TRAILING_POSTS = tc(
    "副委员长|委员长|副秘书长|秘书长|副书记|书记|副区长|区长|副县长|县长|副市长|市长|副镇长|镇长|副乡长|乡长|副省长|省长|"
    "副主任|主任|副主席|主席|部长|局长|组长|副总理|总理|委员|"
    "副校长|校长|副院长|院长|副主委|主委|董事长|总经理助理|副总经理|总经理|副总(?!结|编辑)|副教授|教授|研究员|"
    "副会长|会长|副理事长|理事长|副监事长|监事长|"
    # a newspaper's, a station's or a firm's heads (某某社长作主题发言, 某某台长, 某某执行董事)
    "副社长|社长|副总编辑|总编辑|副台长|台长|副行长|行长|执行董事"
)
_TRAILING_POST = re.compile(_TRAILING_POSTS)
_ADDRESS_AFTER_NAME = re.compile(f"{_TRAILING_POSTS}|{tc('同志')}")
_SECRETARY = ("书记", "書記")

_STATEMENT = tc("指出|强调|表示|要求")
_STATEMENT_AT = re.compile(rf"(?:{_STATEMENT})(?=[，,：:\n])")
_NAME_STATES = re.compile(
    _PREFIX
    + rf"(?P<name>{_NAME})"
    + tc(r"(?=(?:同志)?(?:在[^。，,；;\n]{0,10}?(?:时|中|上|后)|会议总结时|最后|还|也|又|进一步)?")
    + rf"(?:{_STATEMENT})"
    + r"(?:[，,]|[：:](?![“\x22「])|\n))"
)
# …and 主持召开 after a date (5月6日，某某某主持召开…会议), or 主持会议 (主持大会) as a clause of its own
# (…列席会议。某某某主持会议。): the report's own presider, untitled.
_ACT = tc(
    r"(?:传达|通报|汇报|领学|宣读|解读|点评)了?|作了?[^。，,；;\n]{0,20}?(?:讲话|发言|报告|辅导|说明|汇报|部署)|主持召开|"
    r"主持了?(?:会议|大会)(?=[。，,；;并])|"
    # 某某某就具体工作讲了意见: a topic, then the act
    r"就[^。，,；;\n]{1,30}?(?:讲了?[^。，,；;\n]{0,8}?意见|作了?[^。，,；;\n]{0,20}?(?:讲话|发言|部署))"
)
_ACT_AT = re.compile(_ACT)
_NAME_ACTS = re.compile(_PREFIX + rf"(?P<name>{_SURNAME}{_GIVEN}{{2}})(?={_ACT})")
# A body's name may stand glued before the name: 纪委办某某同志对…进行了解读.
# 部 only where no 门 follows (部门 is no body before a name): 集团公司政治部某某副主任对…给予了肯定
# A bracketed aside may follow the body (组织部（党校、统战部）某某部长主持), or the clause may start
# inside it, after its 、 (统战部）某某部长).
_BODY_BEFORE = tc(
    r"(?:(?:[\u4e00-\u9fff]{1,8}?(?:办|局|委|院|厅|所|站|队|处|科|室|司|中心|部(?!门))|"
    r"[\u4e00-\u9fff]{0,8}?(?:协会|学会|商会|工会|联合会))"
    r"(?:[（(][^（()）\n]{1,12})?[)）]?)?"
)
_NAME_THEN_POST = re.compile(_PREFIX + _BODY_BEFORE + rf"(?P<name>{_NAME})(?={_TRAILING_POSTS}|{tc('同志')})")
# 会议由镇党委某某主持: a body, no post, then the presider's name; the body is the title.
_PRESIDES_AT = compile_tc("主持")
_BODY = tc(r"[\u4e00-\u9fff]{1,8}?(?:党委|党组|党工委|委|办|局|院|厅|所|站|队|处|科|室|中心)")
_BODY_NAME = re.compile(rf"(?P<body>{_BODY})?(?P<name>{_NAME})")

# The last character of a name before a post: not that of an organ (区委书记, 县政府主任).
_NAME_END = re.compile(tc(r"[\u4e00-\u9fff](?<![委府会局部办院组厅处科室站所省市县区镇乡村团队协联社副])"))
# 组织 and 总支 end bodies too (党组织书记, 党总支书记: 党 is a surname).
_BODY_END = re.compile(tc("[镇乡村区县市省局委办部院组会所站队处科厅室司团社校织支]$"))
# A leader whose earlier words the meeting studies (学习某某同志重要讲话精神) is not its speaker; a
# meeting's name (学习会, 学习班) and 由 (学习会由某某书记主持) lead to its presider instead.
_STUDIED_BEFORE = compile_tc(r"(?:学习(?![会班])|贯彻|传达|领会)[^。；;，,\n由]{0,8}$")
_STUDIED_AFTER = compile_tc(
    r"(?:总书记|同志|主席|书记)?的?(?:重要讲话|重要指示|重要论述|重要文章|讲话精神|系列讲话|重要批示|署名文章)"
)


def studied(text: str, name: str) -> bool:
    """``name`` is named in ``text`` as a leader whose earlier words are studied."""
    start = text.find(name)
    while start >= 0:
        if _STUDIED_AFTER.match(text, start + len(name)) or _STUDIED_BEFORE.search(text[max(0, start - 12) : start]):
            return True
        start = text.find(name, start + 1)
    return False


def _plausible(name: str) -> bool:
    """An untitled name: not a post (毛主席), a document (方案), a body or a place (白沙镇, 金融办)."""
    name = clean_name(name)
    if _TRAILING_POST.search(name) or POST_TAIL.search(name) or _BODY_END.search(name):
        return False
    if len(name) == 2 and name[1] in "总總":
        return False  # 程总: surname and the address of a firm's head (etl.extract.names.addressing), no name
    return not (_BAD_NAME.search(name) or _VERBISH.match(name) or _NOT_A_NAME.match(name))


def _clause_starts(text: str, anchor: int, post: bool = False) -> list[int]:
    """Where a clause may start just before ``anchor``: after its mark, or after 由/听取了 (and,
    before a post, after 的/、/和)."""
    lo = max(0, anchor - _WINDOW)
    window = text[lo:anchor]
    after_mark = _AFTER_LAST_MARK.search(window)
    starts = [lo + after_mark.start()] if after_mark else ([0] if lo == 0 else [])
    # spaces after the mark are no word of the clause (。 某某学术部某某部长在讲话中说)
    starts = [i + len(text[i:anchor]) - len(text[i:anchor].lstrip(" \t\u3000")) for i in starts]
    if _ANY_LEAD.search(window):
        starts += [lo + i + len(w) for w in _LEAD_WORDS if (i := window.rfind(w)) >= 0]
    if post and _ANY_POST_LEAD.search(window):
        starts += [lo + i + len(w) for w in _POST_LEAD_WORDS if (i := window.rfind(w)) >= 0]
    return starts


def _first_chars(rx: re.Pattern[str]) -> re.Pattern[str]:
    """A class of the characters ``rx``'s matches can start with, for a fast first scan."""
    return re.compile("[" + "".join(sorted(_starts_of(rx.pattern))) + "]")


def _starts_of(pattern: str) -> set[str]:
    """First characters of each alternative of a plain alternation of words (classes allowed)."""
    out: set[str] = set()
    for alternative in re.split(r"\|(?![^\[]*\])", pattern.removeprefix("(?:").removesuffix(")")):
        if alternative.startswith("["):
            out |= set(alternative[1 : alternative.index("]")])
        elif alternative:
            out.add(alternative[0])
    return out


def _anchored(text: str, anchors: re.Pattern[str], first: re.Pattern[str]) -> Iterator[re.Match[str]]:
    for c in first.finditer(text):
        if m := anchors.match(text, c.start()):
            yield m


def _candidates(
    text: str, anchors: re.Pattern[str], name_rx: re.Pattern[str], adjacent: bool = False
) -> list[re.Match[str]]:
    """Names matching ``name_rx`` at a clause start just before an anchor (a verb or a post).

    With ``adjacent`` the name must end right at the anchor (某某 + 书记).
    """
    found: dict[int, re.Match[str]] = {}
    for a in _anchored(text, anchors, _FIRST[anchors]):
        if adjacent and not _NAME_END.match(text, a.start() - 1):
            continue
        for start in _clause_starts(text, a.start(), post=adjacent):
            m = name_rx.match(text, start, a.end() + 40)
            if m and m.start("name") not in found and (not adjacent or m.end("name") == a.start()):
                found[m.start("name")] = m
    return list(found.values())


def _mention(m: re.Match[str], end: int | None = None) -> Mention:
    return Mention(m.start("name"), m.start("name"), end or m.end("name"), clean_name(m["name"]), None)


# An adverb between a two-character name and its act (某某还通报了…, 某某也介绍了…, 某某又传达了…).
_ADVERB_END = tc("还也又再亦")


def _act_mention(text: str, m: re.Match[str]) -> Mention:
    """The name before an act; its third character an adverb when the two before it are named elsewhere
    in the text (张某 … 张某还通报了: 张某, not 张某还)."""
    mention = _mention(m)
    short = mention.name[:2]
    if len(mention.name) == 3 and mention.name[2] in _ADVERB_END and text.count(short) >= 2 and _plausible(short):
        return Mention(mention.start, mention.name_start, mention.end - 1, short, None)
    return mention


_FIRST = {rx: _first_chars(rx) for rx in (_STATEMENT_AT, _ACT_AT, _ADDRESS_AFTER_NAME, _PRESIDES_AT)}


def _presiders_by_body(text: str) -> list[Mention]:
    """会议由镇党委某某主持 / 由某某主持: a name right before 主持, just after 由."""
    out = []
    for a in _anchored(text, _PRESIDES_AT, _FIRST[_PRESIDES_AT]):
        lead = text.rfind("由", max(0, a.start() - _WINDOW), a.start())
        if lead < 0 or not _NAME_END.match(text, a.start() - 1):
            continue
        m = _BODY_NAME.fullmatch(text, lead + 1, a.start())
        if m and _plausible(m["name"]):
            out.append(Mention(m.start(), m.start("name"), m.end("name"), clean_name(m["name"]), m["body"]))
    return out


def _names_then_posts(text: str) -> list[Mention]:
    """某某书记就…作了讲话: a name, its post, then a role. Names joined by 、/和 (甲副总、乙副总和丙总经理
    助理也纷纷发言) form a list that takes its last name's role; a name after 的/、/和 (not after a
    clause mark) counts only in such a list (…工作报告和某某委员长讲话要求 names a speech as a noun)."""
    found: list[tuple[re.Match[str], int, bool]] = []
    for m in sorted(_candidates(text, _ADDRESS_AFTER_NAME, _NAME_THEN_POST, adjacent=True), key=lambda m: m.start()):
        post = _ADDRESS_AFTER_NAME.match(text, m.end("name"))
        if post is None or not _plausible(m["name"]):
            continue
        if len(m["name"]) == 2 and post[0].endswith(_SECRETARY):
            continue  # 明远书记: a secretary is addressed by given name as often as by full name
        found.append((m, post.end(), role_of(text, post.end(), post.end() + 90)[0] is not None))
    chains: list[list[tuple[re.Match[str], int, bool]]] = []
    for item in found:
        if chains and text[chains[-1][-1][1] : item[0].start("name")] in _JOINS:
            chains[-1].append(item)
        else:
            chains.append([item])
    out = []
    for chain in chains:
        last, _, has_role = chain[-1]
        # a body before the name makes it a title's (、组织部某某部长主持), not a noun's
        after_lead = last.start() == last.start("name") > 0 and text[last.start() - 1] in _POST_LEAD_WORDS
        # …but a 、 after a post joins two posts of one title (区政协委员、某某教授作辅导)
        after_lead = after_lead and not (text[last.start() - 1] == "、" and _post_before_mark(text, last.start() - 1))
        if has_role and (len(chain) > 1 or not after_lead):
            out += [_mention(m, end) for m, end, _ in chain]
    return out


def _post_before_mark(text: str, mark: int) -> bool:
    """A post ends right before ``mark`` (全国政协委员、): what follows is more of the same title."""
    return POST_TAIL.search(text, max(0, mark - _POST_REACH), mark) is not None


def leading_mentions(text: str) -> list[Mention]:
    """Untitled names opening a clause with a statement, an act of speaking, or a post and a role."""
    out = [_mention(m) for m in _candidates(text, _STATEMENT_AT, _NAME_STATES) if _plausible(m["name"])]
    out += [_act_mention(text, m) for m in _candidates(text, _ACT_AT, _NAME_ACTS) if _plausible(m["name"])]
    out += _names_then_posts(text)
    out += _presiders_by_body(text)
    by_start: dict[int, Mention] = {}
    for mention in out:
        by_start.setdefault(mention.start, mention)
    return sorted(by_start.values(), key=lambda m: m.start)
