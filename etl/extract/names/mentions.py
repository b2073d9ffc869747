"""People named in a report: a title (a run of posts) followed by a 2-4 character name, and the
role the following verb gives them (主持 -> presider, 出席/参加/列席 -> attendee, 讲话/强调/
指出/表示/谈了体会/作…发言/就…讲几点意见 -> speaker).

Names are recognised by their place (right after a post such as 区委书记, 副区长, 区人大常委会
主任, 国务院总理) and shape (a common surname, then one or two characters, then a boundary),
never by a list of names. Later mentions of an already titled name without its title
(王某某指出) are found too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from etl.extract.names.addressing import address_forms, surname_of
from etl.extract.names.role_verbs import SPEECH_VERB, role_of
from etl.extract.names.verb_surnames import presides_right_after
from etl.extract.text.first_chars import first_chars_ahead, first_chars_lookahead
from etl.extract.text.patterns import (
    COMPOUND_SURNAMES,
    MONGOLIAN_FIRST_PARTS,
    TIBETAN_FIRST_PARTS,
    YI_CLANS,
    compound_alternation,
    simplified,
    spellings,
    surname_class,
    tc,
)

_POSTS = (
    "总书记|副总书记|党委书记|党组书记|党工委书记|书记|总理|副总理|委员长|副委员长|"
    "主任委员|副主任委员|常务副区长|常务副县长|常务副市长|常务副省长|常务副主任|常务副主席|"
    "副区长|区长|副县长|县长|副市长|市长|副省长|省长|副州长|州长|旗长|副旗长|盟长|"
    "副镇长|镇长|副乡长|乡长|副主任|主任|副主席|主席|副部长|部长|副局长|局长|副处长|处长|"
    "副科长|科长|副厅长|厅长|副庭长|庭长|副秘书长|秘书长|副院长|院长|副检察长|检察长|组长|副组长|政委|"
    "常务副总指挥|副总指挥|总指挥|常务副指挥长|副指挥长|指挥长|常务副组长|司令员|副校长|校长|副行长|行长|副会长|会长|社长|主委|副主委|总经理|副总经理|董事长|执行董事|"
    "副经理|经理|副总监|总监|副监事长|监事长|总经济师|总会计师|总工程师|助理|副总裁|总裁|理事长|队长|所长|站长|馆长|署长|专员|巡视员|调研员|大使|常委|委员|负责人|教授|"
    "副教授|研究员|讲师|教师|博士|主持人|科员|督导员|指导员|联络员|辅导员|主编|人大代表|党代表|会代表|人士代表|级干部|区领导|县领导|市领导|镇领导|乡领导|组成员|班子成员|成员|领导|"
    # a group's or a unit's delegate who speaks for it (企业代表某某, 党员代表某某, 医院代表某某同志表态)
    "单位代表|企业代表|群众代表|党员代表|职工代表|居民代表|村民代表|学生代表|教师代表|干部代表|医院代表|青年代表|"
    # a candidate for a post (市人大常委会主任候选人某某); a post with its other body's name in brackets
    # (常务副校（院）长某某, 院（校）长某某: a school that is also an academy)
    "候选人|副?[\u4e00-\u9fff][（(][\u4e00-\u9fff][）)]长|"
    # one speaking for a group (学员代表某某, 教师代表某某, 学生代表, 职工代表, 党员代表)
    "员代表|师代表|生代表|工代表"
)
_SURNAME = f"(?:{compound_alternation()}|{surname_class()})"
_GIVEN = "[\u4e00-\u9fff]"
_SP = "[ \u3000\u00a0]{0,2}"
_BOUNDARY_WORDS = (
    "同志|主持|出席|参加|列席|参会|到会|莅临|亲临|讲话|致辞|致(?=[^。，,；;\\n]{0,4}?[词辞])|强调|指出|表示|要求|谈|就|(?<!工)作|做|在|分别|对|代表|"
    "宣读|传达|转达|通报|汇报|介绍|说|认为|提出|总结|部署|等|和|及|与|一起|也|还|首先|最后|先后|随后|"
    "结合|围绕|针对|带领|带队|领学|领读|解读|希望|率|一行|是|为|以|从|向|给|主讲|宣讲|点评|发言|再|又|逐|"
    "专门|深入|到|来到|赴|另|应邀|受邀|召开|组织(?=召开)|牵头(?=召开)|调研|检查|督导|听取|审阅|批示|所作|同|共同|带头|陪同|亲自|交流|(?<!工)作了|讲了|"
    "立即|随即|即(?=主持|召开|出席|强调|指出|讲话)|率先|简要|原原本本|扼要|纷纷|被|全程|重温|研读|回顾|相继|轮流|依次|"
    "肯定|寄语|勉励|提醒|坦言|建议|宣布|号召|一同|分享|按照|根据|紧扣|联系|立足|重点|主动|受|安排|进行|关于|讲|发表|表态|倡议|"
    # an adverb of manner before the verb (某某全面总结了…, 某某详细解读, 某某明确要求)
    "全面|详细|认真|系统|深刻|充分|明确|特别|进一步|高度|郑重|当场|"
    # going up to speak (某某上台发言, 某某登台作报告); sitting in on a study (某某巡听旁听学习会并作指导)
    "上台|登台|巡听|旁听|"
    # one who sits in by standing arrangement (人大、政协的领导常态列席政府常务会议: 某某常务列席, 某某固定列席)
    "(?:常务|常态化?|固定|例行|按规定|定期)(?=列席|参加|出席)|"
    # the list counted after its last name (甲、乙两位同志作…, 甲和乙三名委员)
    "[两二三四五六七八九十]\\s*(?:位|名)(?=同志|负责人|干部|代表|委员|书记|成员|领导|分别|作|做|进行)|"
)
# A name ends at a mark, 的, a verb or a word that follows names; also at 《 (局长某某《关于…的汇报》: the report's title).
_BOUNDARY = rf"(?=[，,、。；;：:（()）\s“\"—…!！?？\d《]|的|$|{tc(_BOUNDARY_WORDS.rstrip('|'))})"
_NAME = rf"{_SURNAME}(?:{_SP}{_GIVEN}){{1,2}}?"
POSTS = tc(_POSTS)
# A post may stand in quotation marks (“第一书记”某某): the name follows the closing mark.
_POST_QUOTED = '[”」』"]?'
MENTION = re.compile(rf"(?P<post>{POSTS}){_POST_QUOTED}{_SP}(?P<name>{_NAME}){_BOUNDARY}")
POST_TAIL = re.compile(rf"(?:{POSTS})$")
POST_TAIL = first_chars_ahead(POST_TAIL)  # same matches, found sooner (etl/extract/text/first_chars.py)
_POST_MAX = 8
# Cheap first pass: the last character of a post, then (perhaps a space and) a surname.
_POST_FINALS = "".join(sorted({v for p in _POSTS.split("|") for v in tc(p[-1]).strip("[]")}))
_AFTER_POST = rf"{_POST_QUOTED}{_SP}{_SURNAME}"
# Its first characters tried first (etl/extract/text/first_chars.py): most post finals (人, 长, 委) are
# followed by none of them, and the surnames' alternation is then never tried.
_CANDIDATE = re.compile(rf"[{_POST_FINALS}]{first_chars_lookahead(_AFTER_POST)}(?={_AFTER_POST})")
_NAME_AT = re.compile(rf"{_POST_QUOTED}{_SP}(?P<name>{_NAME}){_BOUNDARY}")
# Posts used after a name as a form of address (王家义书记, 家义书记, 李明区长).
_ADDRESS_WORDS = (
    "书记|副书记|区长|县长|市长|省长|副区长|副县长|副市长|副省长|主任|副主任|主席|副主席|主委|副主委|部长|副部长|"
    "局长|副局长|组长|副组长|校长|副校长|院长|副院长|董事长|总经理|副总经理|副总|会长|副会长|理事长|秘书长|副秘书长|同志"
)
_ADDRESS_POSTS = tc(_ADDRESS_WORDS)
# The address forms a title ends with, longest first (党委书记 -> 书记: 刘书记 addresses a 党委书记).
_ADDRESS_ENDINGS = tuple(sorted(set(_ADDRESS_WORDS.split("|")) - {"同志"}, key=len, reverse=True))
_NOT_LAST = re.compile(tc("[的了等们个这那其各该此会议在是对就从向把被将]$"))
_NAME_AT_LONGER = re.compile(rf"{_SP}(?P<name>{_SURNAME}(?:{_SP}{_GIVEN}){{2}})")
_VERBISH = re.compile(
    tc(
        r"^(?:强调|指出|表示|要求|认为|主持|出席|参加|列席|讲话|发言|提出|希望|部署|总结|介绍|传达|通报|汇报|"
        r"说|谈|就|在|对|作|同|向|关于|对于|由于|鉴于|基于|至于|代表|带领|安排|研究|审议|听取|学习|调研|督导|检查|慰问|会见|陪同)"
    )
)
# More names listed after a titled one: 副县长张三、李四、王五出席.
_LISTED_NAME = re.compile(rf"、(?P<name>{_NAME}){_BOUNDARY}")
# ...and the last joined by 和 when the list is counted after it (副镇长甲和乙两位同志所做的述职报告): the count says people.
_PLACE_ENDS = tuple("村场镇乡局站所厂校院办委队组社区县市")  # 和王家村两名干部: a place's people, no name
_PAIRED_NAME = re.compile(rf"[和与及](?P<name>{_NAME})(?=[两二三四五六七八九十]\s*(?:位|名))")
# ...and one whose surname the class lacks, between two marks of the list with a name after it (甲、乙、丙某某、丁):
# a list of names goes on through it.
_BRIDGED_NAME = re.compile(rf"、(?P<name>[\u4e00-\u9fff]{{2,3}})(?=、{_NAME}{_BOUNDARY})")
# …主任甲、文史和学习委员会主任乙: what looked like a listed name begins a committee's name.
_BODY_NAMED_ON = re.compile(tc(r"[和及与][\u4e00-\u9fff]{1,8}?委员会"))
NAME_ONLY = re.compile(rf"^{_NAME}$")
# 其 is a given name's character as often as a word's (梁其明): only 其他, 其中 … are words.
# 会 is a given name's character too (李天会, 汤会礼): only 会议 and 会上 are words in a name's place.
# 为 and 向 begin given names (某为民, 某向东); at a name's end they are the word (某某为大家讲课, 某某向大会报告).
# 应邀, 受邀 after a post (…博士应邀作辅导) are the invitation, never a name.
_WORD_SURNAME = re.compile(tc(r"[的了等在和与及是对就从向把被将们个这那各该此全议]"))  # a surname that is also a word
# 全 is a given name's character too (某学全): only 全体, 全县, 全面 … are words in a name's place.
# An adverb after a post is no given name (秘书长都分别作了讲话: 都 is a surname, 分别 its adverb).
_BAD_NAME = re.compile(
    tc(
        r"[的了等在和与及是对就从把被将们个这那各该此议]|全(?=[体县市区镇乡村省面国部员力程会年天场局文新方过盘球域])|"
        r"[为向]$|会[议上]|其[他它中余实次]|同志$|^[应受]邀|(?:分别|先后|相继|依次|纷纷|轮流|一起|共同|一一)$"
    )
)

_VERB_AT = re.compile(SPEECH_VERB)
# 市长某有为同志主持…: 同志 right after a name ending in 为 (not 为同志们, the preposition's object)
_COMRADE_AT = re.compile(tc(r"同志(?!们)"))
_SEPARATOR = re.compile(tc(r"^(?:同志)?(?:[，,、]|和|及|与|以及)$"))
_TITLE_CHARS = re.compile(r"[\u4e00-\u9fff、()（）·]")
_TITLE_LEAD = re.compile(
    tc(
        r"^(?:[一二三四五六七八九十]是|会上|会议上|会议由|会议|由|在|请|邀请|听取了?|随后|最后|同时|首先|接着|其中|并|和|及|与|"
        r"以及|、|特邀|受邀|有|还有|包括|出席会议的有|参加会议的有|是)+"
    )
)
_TITLE_MAX = 30
# A post's title never holds 由 (but 自由贸易区), 了 or 听取 (认真听取某镇镇委书记某某介绍…): what runs up to them
# is the clause the name stands in.
_CLAUSE_IN_TITLE = re.compile(tc(r"^.*(?:(?<!自)由|了|听取)"))


@dataclass(frozen=True)
class Mention:
    start: int  # where the title (or the name, when untitled) starts
    name_start: int
    end: int  # end of the name
    name: str  # spaces removed
    title: str | None


def clean_name(raw: str) -> str:
    return re.sub(r"[ \u3000\u00a0]", "", raw)


def _title_before(text: str, post_start: int, post_end: int, limit: int) -> tuple[int, str]:
    i = post_start
    while i > limit and post_end - i < _TITLE_MAX and _TITLE_CHARS.match(text, i - 1):
        i -= 1
    title = text[i:post_end]
    clause = _CLAUSE_IN_TITLE.match(title)  # 审议了局长某某…, 仪式由县长某某主持: a clause's words
    if clause:
        i += clause.end()
        title = title[clause.end() :]
    lead = _TITLE_LEAD.match(title)
    if lead:
        i += lead.end()
        title = title[lead.end() :]
    return i, title


def _post_before(text: str, end: int) -> re.Match[str] | None:
    """The longest post ending exactly at ``end`` (常务副区长 rather than 区长)."""
    return POST_TAIL.search(text, max(0, end - _POST_MAX), end)


def _longer_if_it_takes_the_verb(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """萧景和谈了体会: the one-character-longer name when only it is followed by a role verb.

    Names are read shortest first, so a given name ending in a boundary word (和, 同, 为 …)
    is cut short; the longer reading is taken only when the verb then follows it directly.
    """
    longer = _NAME_AT_LONGER.match(text, m.start())
    if longer is None or longer.end("name") == m.end("name") or _NOT_LAST.search(longer["name"]):
        return None
    # 石某为进行了点评: a name ending in 为 with its verb right after, not 为 leading to a speech (某某为大家讲课)
    # (also 某有为同志主持…, 同志 after it: 为 is the name's)
    after = longer.end("name")
    ends_in_wei = longer["name"].endswith(("为", "為")) and (
        _VERB_AT.match(text, after) is not None or _COMRADE_AT.match(text, after) is not None
    )
    if role_of(text, m.end("name"), m.end("name") + 90)[0] and not ends_in_wei:
        return None
    return longer if role_of(text, longer.end("name"), longer.end("name") + 90)[0] else None


def titled_mentions(text: str) -> list[Mention]:
    """Every post-then-name mention in ``text``, in order, with list continuations."""
    out: list[Mention] = []
    limit = 0
    for c in _CANDIDATE.finditer(text):
        end_of_post = c.end()
        if end_of_post < limit or not (post := _post_before(text, end_of_post)):
            continue
        m = _NAME_AT.match(text, end_of_post)
        if not m:
            continue
        longer = _longer_if_it_takes_the_verb(text, m)
        m = longer or m
        name = clean_name(m["name"])
        listed_on = (
            _listed_on(text, m.end("name"), name)
            or _speaks_later(text, m.end("name"), name)
            or presides_right_after(text, m.end("name"), name)
        )
        checked = name[:-1] if longer else name
        if _word_inside_given_name(text, m.end("name"), checked):
            checked = checked[0] + checked[2]  # 书记谭向勇主持: 向 is the given name's
        if _is_not_a_name(checked, listed_on):
            continue
        start, title = _title_before(text, post.start(), post.end(), limit)
        out.append(Mention(start, m.start("name"), m.end("name"), name, title or None))
        limit = pos = m.end("name")
        while lm := _LISTED_NAME.match(text, pos) or _BRIDGED_NAME.match(text, pos) or _PAIRED_NAME.match(text, pos):
            listed = clean_name(lm["name"])
            on = _listed_on(text, lm.end("name"), listed)
            paired = lm.re is _PAIRED_NAME  # after 和, not 、: checked as a name standing alone (和王家村两名…)
            if _is_not_a_name(listed, on, words=paired) or _BODY_NAMED_ON.match(text, lm.end("name")):
                break
            if paired and listed.endswith(_PLACE_ENDS):
                break
            if MENTION.match(text, lm.start("name")):
                break  # 企业代表甲、党员代表乙: what looked like a listed name is the next one's post
            out.append(Mention(lm.start("name"), lm.start("name"), lm.end("name"), listed, title or None))
            pos = limit = lm.end("name")
    return out


def _word_inside_given_name(text: str, end: int, name: str) -> bool:
    """A three-character name whose middle character is a word that begins given names as often
    (向, 和: 谭向勇, 王和平), with its role verb right after it (…书记谭向勇主持会议)."""
    return len(name) == 3 and name[1] in _GIVEN_WORDS and role_of(text, end, end + _ROLE_REACH)[0] is not None


def _listed_on(text: str, end: int, name: str) -> bool:
    """A three-character name that a list goes on from (书记向某某、…): a name, though its surname is
    also a word (向, 和, 全): only its given name is checked."""
    return len(name) == 3 and text.startswith("、", end)


def _speaks_later(text: str, end: int, name: str) -> bool:
    """A two- or three-character name whose surname is also a word (书记向某主持…) that opens a later
    clause with a speech verb (。向某强调，): the report names that person again, so a name."""
    if not 2 <= len(name) <= 3 or _BAD_NAME.search(name[1:]) or not _WORD_SURNAME.match(name):
        return False
    at = text.find(name, end)
    while at != -1:
        if _SPEECH_VERB_AT.match(text, at + len(name)):
            mark = at
            while mark > end and text[mark - 1] in _CLAUSE_SPACE:
                mark -= 1
            if mark - 1 >= end and text[mark - 1] in _CLAUSE_MARKS:
                return True
        at = text.find(name, at + 1)
    return False


# Words that begin given names as often as they stand for themselves: 向东, 向阳, 和平 (谭向勇, 王和平).
_GIVEN_WORDS = "向和"
_ROLE_REACH = 90
# What opens a later clause (one of these, then spaces) before a name named again with its verb.
_CLAUSE_MARKS = "。；;！!\n，,"
_CLAUSE_SPACE = " \t\u3000"
_SPEECH_VERB_AT = re.compile(f"(?:{SPEECH_VERB})")


def _is_not_a_name(name: str, listed_on: bool, words: bool = True) -> bool:
    """A word, a verb or a body where a name stands; a name a list goes on from has only its given name
    checked for words (a verb-like surname is its place's, and its given name may start with 同 …)."""
    if listed_on:
        return bool(_BAD_NAME.search(name[1:]))
    return bool(_BAD_NAME.search(name) or _VERBISH.match(name) or (words and _NOT_A_NAME.match(name)))


# A scholar named before the academic title (某党校张某某博士应邀作辅导, 李某某教授作专题讲座).
_SCHOLAR_TITLE = tc("(?:副教授|教授|副研究员|研究员|博士|讲师|老师)")
_SCHOLAR = re.compile(rf"(?P<name>{_NAME}){_SCHOLAR_TITLE}")
# Where a title begins: a scholar's name ends there. The pattern above begins with a surname class that
# most characters of a page are in, so it is tried only within a name's reach before a title.
_SCHOLAR_TITLE_AT = re.compile(f"(?={_SCHOLAR_TITLE})")
# The longest _NAME: the longest surname, then two given characters, each after up to two spaces (_SP).
_NAME_REACH = max(map(len, COMPOUND_SURNAMES + YI_CLANS + TIBETAN_FIRST_PARTS + MONGOLIAN_FIRST_PARTS)) + 2 * 3


def _scholar_matches(text: str) -> Iterator[re.Match[str]]:
    """``_SCHOLAR.finditer(text)``, the same matches: a match is tried only at the positions a name
    before a title can start (up to ``_NAME_REACH`` characters before it), leftmost first."""
    free = 0
    for hit in _SCHOLAR_TITLE_AT.finditer(text):
        for start in range(max(free, hit.start() - _NAME_REACH), hit.start()):
            if m := _SCHOLAR.match(text, start):
                yield m
                free = m.end()
                break


def _after_post(text: str, start: int) -> bool:
    """A post ends right before ``start`` (主任, 书记, 宣讲团成员): a name glued to it starts there."""
    return POST_TAIL.search(text, max(0, start - _POST_MAX), start) is not None or text.endswith("成员", 0, start)


def scholar_mentions(text: str) -> list[Mention]:
    """Names followed by an academic title and then a speech verb (张某某博士应邀做专题辅导).

    A two-character name glued to the words before it (大学王教授) may be a word's end: only a
    three- or four-character one, or one after a mark, is taken."""
    out: list[Mention] = []
    if not any(t in text for t in ("教授", "研究员", "博士", "讲师", "老师")):
        return out
    for m in _scholar_matches(text):
        if _after_post(text, m.start("name") + 1) and (shorter := _SCHOLAR.match(text, m.start("name") + 1)):
            m = shorter  # 主任邵某教授: the name starts after the post 主任, not at its 任
        name = clean_name(m["name"])
        start = m.start("name")
        glued = start and "\u4e00" <= text[start - 1] <= "\u9fff" and not _after_post(text, start)
        if (glued and len(name) < 3) or _BAD_NAME.search(name) or _VERBISH.match(name) or _NOT_A_NAME.match(name):
            continue
        # 某某教授，围绕…进行宣讲辅导: the turn may follow the title after a comma
        end = m.end() + (text[m.end() : m.end() + 1] in ("，", ","))
        if role_of(text, end, end + 90)[0] == "speaker":
            out.append(Mention(start, start, end, name, text[m.end("name") : m.end()]))  # its verb is read from end
    return out


# A name before 同志 and a report it delivered, no post (听取审议了某某某同志代表镇人民政府所作的政府工作报告,
# 和某某同志所作的…报告, 某某同志向大会报告筹备工作情况): the name follows a lead word or a mark, and the verb after it makes a speaker.
_COMRADE_ACTS = tuple(w for act in ("同志代表", "同志所作", "同志作", "同志向") for w in sorted(spellings(act)))
_COMRADE_REACH = 160
# 从 and 为 are given names' characters (某从平, 某为民) as often as a phrase's first word; a name held between a
# lead word and 同志 is no phrase, so there they say nothing against it.
_GIVEN_CHARACTERS = str.maketrans("从從为為", "丛丛伟伟")


def comrade_mentions(text: str) -> list[Mention]:
    """Untitled names before 同志 and a delivered report (某某同志代表…所作的…报告), as speakers."""
    out: list[Mention] = []
    if "同志" not in text and "同誌" not in text:
        return out
    ends = sorted({i for act in _COMRADE_ACTS for i in positions(text, act)})
    for end in ends:
        name = next((n for n in (_name_before(text, end, size) for size in (2, 3, 4)) if n), None)
        if name is None or role_of(text, end, min(len(text), end + _COMRADE_REACH))[0] != "speaker":
            continue
        out.append(Mention(end - len(name), end - len(name), end, name, None))
    return out


# A unit's last character glued before the name (交警大队某某某同志作了…, 县财政局某某同志作…): its member.
_UNIT_ENDS = "队局办院所站处科室厅司"


def _name_before(text: str, end: int, size: int) -> str | None:
    """The name of ``size`` characters ending at ``end``, when a mark, a lead word or the start comes before it."""
    start = end - size
    name = text[max(0, start) : end]
    if start < 0 or not NAME_ONLY.match(name) or _VERBISH.match(name) or _NOT_A_NAME.match(name):
        return None
    if _BAD_NAME.search(name.translate(_GIVEN_CHARACTERS)):
        return None
    before = text[start - 1] if start else ""
    return name if not ("\u4e00" <= before <= "\u9fff") or before in _NAME_LEADS + _UNIT_ENDS else None


def _given_name(name: str) -> str | None:
    """The given name of a three- or four-character name (王家义 -> 家义), used as 家义书记."""
    given = name[len(surname_of(name)) :]
    return given if len(given) >= 2 else None


def known_mentions(text: str, names: set[str]) -> list[Mention]:
    """Later untitled mentions of names already seen with a title, before a speech verb.

    Also the forms that put the post after the name: 王家义书记强调, and the given name with the
    post (家义书记指出) when exactly one known name has that given name.
    """
    if not names:
        return []
    givens: dict[str, list[str]] = {}
    for n in names:
        if g := _given_name(n):
            givens.setdefault(g, []).append(n)
    full_of = {g: ns[0] for g, ns in givens.items() if len(ns) == 1 and g not in names}
    # Plain substring search, not a regex built per report: compiling one costs more than
    # reading the whole report. At one position a full name wins over a given name, longer first.
    found = sorted(
        (start, kind, -len(word), word)
        for kind, words in ((0, names), (1, full_of))
        for word in words
        for start in positions(text, word)
    )
    out = []
    free = 0
    for start, kind, _, word in found:
        glued = _glued(text, start)
        # a full name of three characters or more is itself evidence (就做好…工作某某某要求)
        if start < free or (glued and (kind == 1 or len(word) < 3)):
            continue
        end = start + len(word)
        post = _ADDRESS_AT.match(text, end)
        if kind == 1 and not post:
            continue
        end = post.end() if post else end
        free = end
        if role_of(text, end, end + 90)[0]:
            out.append(Mention(start, start, end, word if kind == 0 else full_of[word], None))
    return out


def addressed_mentions(text: str, titled: list[Mention]) -> list[Mention]:
    """Later mentions by surname and post (王县长强调, 李书记要求), before a role verb.

    Only of the one titled person whose name has that surname and whose title ends with that
    post: two people it could be name no one.
    """
    holders: dict[str, set[str]] = {}
    for name, title in dict.fromkeys((m.name, m.title) for m in titled):  # each titled person once
        post = POST_TAIL.search(title) if title else None
        if post is None or len(name) < 2:
            continue
        endings = {post[0], *_address_endings(post[0])}
        for word in {surname_of(name) + form for form in endings} | address_forms(name, title):
            holders.setdefault(word, set()).add(name)
    out = []
    for word, names in holders.items():
        if len(names) != 1:
            continue
        for start in positions(text, word):
            glued = _glued(text, start)
            end = start + len(word)
            if not glued and role_of(text, end, end + 90)[0]:
                out.append(Mention(start, start, end, next(iter(names)), None))
    return sorted(out, key=lambda m: m.start)


def _address_endings(post: str) -> list[str]:
    """The address form a post ends with, as printed (党委书记 -> 书记, 黨委書記 -> 書記), if shorter."""
    plain = simplified(post)
    ending = next((e for e in _ADDRESS_ENDINGS if plain.endswith(e) and len(e) < len(post)), None)
    return [post[-len(ending) :]] if ending and len(plain) == len(post) else []


def positions(text: str, word: str) -> Iterator[int]:
    start = text.find(word)
    while start >= 0:
        yield start
        start = text.find(word, start + 1)


_ADDRESS_AT = re.compile(rf"(?:{_ADDRESS_POSTS})")
# Characters a known name may follow directly: 会议由某某主持, 邀请某某作报告.
_NAME_LEADS = "由请和与及、是了" + "與"  # 是: 一是某某传达…; 了: 听取了某某所作的报告

# Words that open a sentence and may run straight into a name: 会上王县长强调, 随后李书记指出, 最后张某某要求.
_OPENERS = tuple(
    w
    for opener in ("会上", "会议上", "会中", "随后", "接着", "最后", "同时", "此外", "其后", "然后", "首先")
    for w in spellings(opener)
)


def _glued(text: str, start: int) -> bool:
    """A name at ``start`` glued to the word before it (a Han character that leads no name, and no opener)."""
    if not start or not "\u4e00" <= text[start - 1] <= "\u9fff" or text[start - 1] in _NAME_LEADS:
        return False
    return not any(text.endswith(opener, 0, start) for opener in _OPENERS)


# Words shaped like a name (a surname character first) that are documents or bodies, not people.
_NOT_A_NAME = re.compile(
    tc(
        r"^(?:方案|文件|计划|通知|意见|规定|条例|报告|纲要|决定|办法|章程|讲话|精神|全会|会议|公报|文章|"
        r"上级|上面|全体|全区|全县|全市|全省|全镇|大家|我们|他们|经济|政府|国家|党委|常委|明确|明显|明白|"
        r"高度|严格|安全|文化|方针|政策|计划|任务|班子|单位|应当|应该|必须|需要|特别|尤其|同时|这里|那里|"
        # a member of a group after a post (教师党员代表某某: 党 is a surname, 党员 no name)
        r"党员|成员|人员|学员|团员|"
        # an adverb after a group (班子成员原则上…, 成员原来…: 原 is a surname, 原则上 no name)
        r"原则|原来|原本|原有|"
        # a verb of passing words on after a group (向广大委员宣传宣讲…: 宣 is a surname, 宣传 no name)
        r"宣传|宣讲|宣布|宣读|宣誓)"
    )
)


def is_separator(between: str) -> bool:
    return bool(_SEPARATOR.match(between))
