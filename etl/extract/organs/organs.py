"""Organ (区委, 区政府, 镇党委, 人大常委会 ...), meeting type and region named by a report.

The title is read first, then the report's opening (first two sentences). The meeting type is
the first meeting phrase found; the organ is the organ of the vocabulary
(``etl/extract/organs/resources/organs.tsv``, read by ``etl.extract.organs.organ_vocabulary``) named nearest before it
(中共某某区委第四届委员会第N次常委(扩大)会 -> 区委), or, when none is named, the organ the type
implies (常务会议 -> 政府, 主任会议 -> 人大常委会, 主席会议 -> 政协), else the organ of the
convener's post (县长 -> 县政府).
"""

from __future__ import annotations

import re

from etl.extract.names.mentions import titled_mentions
from etl.extract.organs.organ_vocabulary import OrganMention, organ_mentions
from etl.extract.text.patterns import compile_tc, simplified

__all__ = ["committee_meeting", "normal_type", "organ_and_type", "organ_of_post", "region", "task_body_meeting"]

_OPENING_MAX = 220
_TITLE_REACH = 40  # from an organ to the end of the name its title leads to
_TASK_BODIES = {"指挥部", "领导小组"}
_TASK_WORDS = ("指挥部", "指揮部", "领导小组", "領導小組")
# A task body's name down to its work: 市委巡察工作领导小组 -> 巡察, 县防汛抗旱指挥部 -> 防汛抗旱.
_WORK_OF_BODY = compile_tc(r"^(?:中共)?[\u4e00-\u9fff]{0,6}?(?:省委|市委|县委|区委|省|市|县|区)|工作$")
# An organ naming a building is where the meeting sat, not who held it (在县政府招待所召开…).
_BUILDING = compile_tc(r"(?:招待所|宾馆|礼堂|大院|大楼|办公楼|会议中心|[^\s，,。；;]{0,6}?楼[^\s，,。；;]{0,6}?会议室)")
# An ASCII ? inside a run of words is a character lost to mojibake (日?(bào)訊), not a sentence end.
_SENTENCE_END = re.compile(r"[。！？!]|\?(?=[\s”’」』)）]|$)")

# (pattern, normalised type), most specific first; all are searched, the earliest match wins.
_TYPES: tuple[tuple[str, str], ...] = (
    (r"关于[^。\n]{0,30}?报告的决议|决议$", "决议"),
    (r"政府工作报告", "政府工作报告"),
    (r"理论学习中心组[^。，,\n]{0,12}?学习|中心组[^。，,\n]{0,8}?学习|理论学习中心组", "理论学习中心组学习会"),
    (r"党组(?:召开|举行)?[(（]扩大[)）]会议?|党组扩大会议?|党组会[(（]扩大[)）]", "党组(扩大)会议"),
    (r"党组(?:第[^。，,\n]{1,8}?次)?会议?|党组会|党组(?:召开|举行)[^。，,\n扩]{0,8}?会议", "党组会议"),
    (
        r"常委会?(?:召开|举行)?[(（]扩大[)）]会?议?|常委会?(?:召开|举行)?扩大会议?|常委会议[(（]扩大[)）]",
        "常委(扩大)会议",
    ),
    (r"常务(?:[(（]扩大[)）])?会议?", "常务会议"),
    (r"主任(?:[(（]扩大[)）])?会议", "主任会议"),
    (r"主席团(?:第[^。，,\n]{1,8}?次)?会议", "主席团会议"),
    (r"主席(?:[(（]扩大[)）])?会议", "主席会议"),
    (
        r"常委会(?:召开|举行)?(?:第[^。，,\n]{1,8}?次)?(?:全体)?会议|(?<!人大)常委会(?![主副委党])"
        r"|常务委员会(?:第[^。，,\n]{1,8}?次)?(?:全体)?会议",  # 人民代表大会常务委员会第十六次会议
        "常委会议",
    ),
    (
        r"领导小组(?:办公室)?(?:召开|举行)?(?:\d{4}年度?)?(?:第[^。，,\n]{1,8}?次)?(?:[(（]?扩大[)）]?)?(?:会议|例会)",
        "领导小组会议",
    ),
    (r"(?<![副常])[区县市省]长(?:办公会议?|碰头会)", "首长办公会议"),
    (r"(?:专题)?民主生活会", "民主生活会"),
    (r"专题(?:[^。，,\n]{0,6}?)会议?|专题会", "专题会议"),
    # 召开党委扩大会议, 第十二次党委会: a 镇's, a company's or a school's party committee meets
    (r"(?<![常委])党委(?:[(（]?扩大[)）]?)?(?:会议(?!室)|会(?![议员]))", "党委会议"),
    (r"全体(?:[(（]扩大[)）])?会议|全会", "全体会议"),
    (r"工作(?:推进|部署|调度)?会议?|调度(?:例)?会议?", "工作会议"),
)
_TYPE_RES = tuple((compile_tc(p), t) for p, t in _TYPES)
_EXTENDED = {"常委会议": "常委(扩大)会议", "党组会议": "党组(扩大)会议"}
# …会议精神 (also one item of a list before it: 四中全会以及省、市全会精神), and a meeting whose occasion the report marks (三中全会召开之际)
_CITED_AFTER = compile_tc(
    r"[^，,。；;\n]{0,3}?精神|(?:以及|[、和及与])[^，,。；;\n]{0,40}?精神|[^，,。；;\n]{0,4}?之际"
)
_CITED_BEFORE = compile_tc(r"传达")
# From 传达 to a clause's start: items relayed, each closed by 精神, none holding a meeting (召开, 举行).
_RELAYED_LIST = compile_tc(r"(?:(?:(?!召开|举行)[^，,。；;\n])*?精神[，,、])+")
# What a report relays, from its verb to 精神 in one clause (传达贯彻落实某县第十一届委员会…会议精神).
_RELAYED_SPAN = compile_tc(r"(?:传达|贯彻|学习)[^，,。；;\n]*?精神")

_IMPLIED = {
    "常务会议": "政府",
    "主任会议": "人大常委会",
    "主席会议": "政协",
    "主席团会议": "人大",
    "政府工作报告": "国务院",
    "决议": "人大",
}
_HEAD_OF_GOV = compile_tc(r"([区县市省])长(?!江|城|沙|春|安)")
_JOINT_STANDING = compile_tc(r"[^。，,；;]{0,30}?(?:和|暨|及|与|、)[^。，,；;]{0,12}?常务会议?")
_NATIONAL = compile_tc(r"全国人民代表大会|国务院")
# The last place level named before a bare 党委, and the party committee of each level.
_PLACE_LEVEL = compile_tc(r"(?s:.*)(?P<level>镇|乡|街道|社区|(?<![社小园景片辖])区|县|市|旗|州)(?=[^。；;]*$)")
# A place of a government's level right before 召开 or 举行 (某某区召开…常务会议): who convenes the meeting.
_PLACE_CONVENES = compile_tc(r"[\u4e00-\u9fff]{1,8}?(?P<level>(?<![社小园景片辖])区|县|市|省)(?:召开|举行)")
_PARTY_OF_LEVEL = {"镇": "镇党委", "乡": "乡党委", "街道": "街道党工委", "社区": "社区党委"}

_PLACE = compile_tc(
    r"(?P<place>[\u4e00-\u9fff]{1,8}?(?P<level>自治县|自治州|新区|区|县|市|旗|州|省))"
    r"(?=(?P=level)?(?:委|人民政府|政府|人大|政协|纪委|监委|召开|举行|委员会|第)|(?:[^\u4e00-\u9fff]|$))"
)
# Words before a place (中共, 召开 ...) and words a place name never holds: what stands before them (and they) is a clause, not the
# place (会议由区委书记… gives no 会议由区, 受区委书记委托 no 受区, 会议传达了市委… no 了市,
# 第4次县政府 no 次县, 省委市委 no 委市, 代表区委 no 代表区).
_PLACE_CUT = compile_tc(r"^.*?(?:中共|共产党|召开|举行|在|全|来自|民革|民盟|民建|民进|农工党|致公党|九三学社)")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CLAUSE_CUT = compile_tc(
    r"^.*(?:传达|学习|贯彻|落实|会议|精神|负责人|讨论|研究|听取|根据|按照|依照|代表|补选|选举|基层|会和|会与|由|受|了|及|的|届|次|委|暨|就|对|把|被|"
    # verbs and words of a clause that end right before a level (审议省…, 已经市…, 协商区…)
    r"审议|协商|处理|已经|参加|列席|出席|提交|安排|部署|决定|需要|阶段|年度|优秀|党校|内容|社区|[区县市省]长|是)"
)
# ...and a conjunction before a bare level is a list (省、市和县委), not a place.
_NOT_PLACE = compile_tc(
    r"^(?:全|本|我|该|各|国|城|市|县|区|省|地|社|园|景|小|片|街|辖|[和与或](?=.$)|自治[区州县]$|直辖)"
)


# The meeting's own name: what a title or the opening calls the meeting, from 召开/举行 to its
# meeting word; a task body in it (…防控指挥部指挥长会议, 领导小组第三次会议) holds the meeting.
_MEETING_WORD = compile_tc(r"会议|例会|调度会|推进会|部署会|会商会|指挥长会|联席会")
_TASK_BODY = compile_tc(r"领导小组|领导组(?![织成建])|工作小组|协调小组|攻坚组|指挥部|(?:攻坚|工作)专班")
_CONVENED = compile_tc(r"召开|举行")
# …常委会暨…指挥部第N次会议: a joint sitting of a ladder organ is that organ's; 传达…精神: relayed.
_NOT_ITS_OWN = compile_tc(r"常委|常务|党组|全会|全体|传达|学习|贯彻|落实|精神|[暨和及与、]")


# A committee holding its own meeting: 某委员会召开第三次会议, 召开某委员会第一次会议, 某委员会全体会议在…召开. Not a
# party congress's or the CPPCC's committee of a term (第N届委员会, 全国委员会), a standing committee (常务委员会), a
# special committee (专门委员会) or a place's party committee written in full (某县委员会); the vocabulary tells a
# committee of its own (委员会) from one that is another organ's (纪律检查委员会, 检察委员会, 政协…委员会).
_COMMITTEE = r"(?<![届国门务区县市省州旗乡镇])委员会"
_MEETING_OF = r"(?:[(（]?扩大[)）]?)?(?:第[^，,。；;\n]{1,8}?次)?(?:全体)?会议"
_COMMITTEE_MEETS = compile_tc(
    rf"(?P<a>{_COMMITTEE})(?:召开|举行)[^，,。；;\n]{{0,12}}?会议"
    rf"|(?:召开|举行)[^，,。；;\n]{{2,24}}?(?P<b>{_COMMITTEE}){_MEETING_OF}"
    rf"|(?P<c>{_COMMITTEE}){_MEETING_OF}[^，,。；;\n]{{0,12}}?(?:召开|举行)"
)


def committee_meeting(title: str | None, opening: str) -> str | None:
    """委员会 when the first committee meeting the title (or else the opening's first sentence) names is held by a
    committee of its own (区委财经委员会召开第一次会议 -> 委员会), not by an organ whose committee it is (纪律检查委员会 ->
    纪委). A committee's meeting told after the first sentence is background (…区委召开常委会扩大会议，传达…。⏎
    3月28日，某某主持召开中央…委员会第一次会议…), not the report's."""
    for head in (title or "", _first_sentence(opening)):
        m = next((m for m in _COMMITTEE_MEETS.finditer(head) if not _cited(head, m)), None)
        if m is None:
            continue
        end = next(m.end(g) for g in "abc" if m[g])
        named = [o for o in organ_mentions(head) if o.end == end]
        return "委员会" if named and named[-1].organ == "委员会" else None
    return None


def _first_sentence(text: str) -> str:
    m = _SENTENCE_END.search(text)
    return text[: m.end()] if m else text


def _clause_end(head: str, start: int) -> int:
    ends = [i for ch in "，,。；;\n" if (i := head.find(ch, start)) >= 0]
    return min(ends, default=len(head))


def task_body_meeting(title: str | None, opening: str) -> str | None:
    """领导小组 or 指挥部 when the first meeting the title (or else the opening) names after its verb
    (召开/举行, or the title's own name) is a task body's: 召开…领导小组（扩大）会议, 指挥部指挥长会议."""
    for head, in_title in ((title or "", True), (opening, False)):
        m = _MEETING_WORD.search(head)
        if m is None:
            continue
        clause = max(head.rfind(ch, 0, m.start()) for ch in "，,。；;\n") + 1
        verbs = list(_CONVENED.finditer(head, clause, m.start()))
        # …领导小组第二次会议在…召开: the meeting named first, then its verb, in one clause
        named_first = _CONVENED.search(head, m.end(), _clause_end(head, m.end())) is not None
        if not (verbs or in_title or named_first):
            return None
        name = _first_of_joint(head[verbs[-1].end() if verbs else clause : m.start()])
        bodies = list(_TASK_BODY.finditer(name))
        if not bodies or _NOT_ITS_OWN.search(name):
            return None
        return "指挥部" if simplified(bodies[-1][0]) == "指挥部" else "领导小组"
    return None


def _first_of_joint(name: str) -> str:
    """A task body's meeting named with 暨: the first of a joint sitting when it is a task body's
    (…领导小组暨乡村建设联席会议), or the body whose long name joins two works (…帮促暨…工作协调小组: no
    meeting before its 暨); a ladder organ's joint sitting (常委会暨…指挥部会议) keeps its whole name."""
    if "暨" not in name:
        return name
    first, _, rest = name.partition("暨")
    if _TASK_BODY.search(first):
        return name if _NOT_ITS_OWN.search(first) else first
    return rest if "会" not in first and not _NOT_ITS_OWN.search(first) else name


def _opening(text: str) -> str:
    head = text[:_OPENING_MAX]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    return head[: ends[1]] if len(ends) >= 2 else head


def _cited(head: str, m: re.Match[str]) -> bool:
    """A meeting the report passes on (传达学习市委常委会（扩大）会议精神), not the one it reports, also one item
    further down a list of what is relayed (传达学习了某某的讲话精神,省委常委会扩大会议关于…的会议精神)."""
    if _CITED_AFTER.match(head, m.end()):
        return True
    clause = max(head.rfind(ch, 0, m.start()) for ch in "，,。；;\n") + 1
    if _CITED_BEFORE.search(head, clause, m.start()) is not None:
        return True
    sentence = max(head.rfind(ch, 0, m.start()) for ch in "。；;\n") + 1
    relayed = [r.end() for r in _CITED_BEFORE.finditer(head, sentence, clause)]
    return bool(relayed) and _RELAYED_LIST.fullmatch(head, relayed[-1], clause) is not None


def _find_type(head: str) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for rx, kind in _TYPE_RES:
        m = next((m for m in rx.finditer(head) if not _cited(head, m)), None)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), kind)
    return best


def _extended(kind: str, opening: str) -> str:
    """The title's type, or its (扩大) form when the opening says the meeting was extended."""
    wider = _EXTENDED.get(kind)
    if wider is None:
        return kind
    said = any(not _cited(opening, m) for rx, k in _TYPE_RES if k == wider for m in rx.finditer(opening))
    return wider if said else kind


def _organ_near(head: str, before: int) -> str | None:
    """The organ named last before ``before`` (the meeting phrase) in ``head``.

    An organ inside a person's title is that person's post: the convener's last post gives the
    organ (区委副书记、区长某某主持召开专题会议 -> 区政府, not 区委).
    """
    found = [o for o in organ_mentions(head) if o.start <= before and not _BUILDING.match(head, o.end)]
    if not found:
        return None
    if (subject := _convening_subject(head, found)) is not None:
        return subject
    return _of_title_or_named(head, _host_of_joint(head, found, before))


# An organ that is the subject of 召开/举行, with nothing between (某市委召开…会议): it convenes, whatever organs the
# meeting's own name goes on to name (…召开全市人大、政府和政协换届工作会议 is the 市委's).
_CONVENES = compile_tc(r"\s*(?:召开|举行)")


def _convening_subject(head: str, found: list[OrganMention]) -> str | None:
    """The organ of ``found`` that convenes by name (see ``_CONVENES``) when later ones stand in the meeting's name,
    not in a person's title."""
    later = found[-1]
    subjects = [o for o in found if o.end <= later.start and _CONVENES.match(head, o.end)]
    if not subjects:
        return None
    end = subjects[-1].end
    subject = [o for o in found if o.end == end][-1]  # of two forms ending there, the one the last mention would be
    return _of_title_or_named(head, _host_of_joint(head, found[: found.index(subject) + 1], end))


# Two organs joined by 与/和/、 holding a joint sitting (区人大常委会党组与区政协党组举行…联组学习会, 某区政协、区委某部召开
# …联组学习会议): the first named hosts.
_JOINT_SITTING = compile_tc(r"联组|联席|联合")
_JOINED_REACH = 4  # from 与 to the second organ: its place's level or a short name between (与县政协党组)


def _host_of_joint(head: str, found: list[OrganMention], before: int) -> OrganMention:
    last = found[-1]
    joined = max(head.rfind(ch, 0, last.start) for ch in "与和與、")
    if (
        joined < 0
        or last.start - joined > _JOINED_REACH
        or not _JOINT_SITTING.search(head, last.end, _clause_end(head, before))
    ):
        return last
    # the organ right before 与 (of two forms ending there, the higher row)
    first = [o for o in found if o.end == joined]
    return min(first, key=lambda o: o.row) if first else last


def _of_title_or_named(head: str, organ: OrganMention, heads: bool = True) -> str:
    """``organ``, or when it stands inside a person's title, the organ of the title's last post.

    Without ``heads`` (no meeting type named) only a task body the title ends with counts (its head
    convenes it): 市委书记、市防控指挥部指挥长某某主持召开指挥长会议 is the 指挥部's, while 区委副书记、区政府
    区长某某主持召开动员大会 stays 区委.
    """
    for m in titled_mentions(head[: organ.end + _TITLE_REACH]):
        if m.start <= organ.start and organ.end <= m.name_start:
            title = head[m.start : m.name_start]
            last = organ_of_post(title) if heads else _task_body(title)
            return last or _with_level(head, organ)
    return _with_level(head, organ)


def _task_body(title: str) -> str | None:
    """The task body (指挥部, 领导小组) a title's last post heads, if it does."""
    found = organ_mentions(title)
    last = max(found, key=lambda o: o.end).organ if found else None
    return last if last in _TASK_BODIES else None


def _with_level(head: str, organ: OrganMention) -> str:
    """A bare 党委 takes the level of the place named before it (八所镇召开党委… -> 镇党委), and a bare
    党工委 a 街道's (某街道召开党工委中心组学习会 -> 街道党工委)."""
    if organ.organ not in ("党委", "党工委"):
        return organ.organ
    # up to the 党委 itself: a body's form may start before its place (某镇召开党委中心组… reads 某镇召开党委)
    level = _PLACE_LEVEL.search(head, 0, organ.end - len(organ.organ))
    if level is None:
        return organ.organ
    kind = level["level"]
    if organ.organ == "党工委":
        return "街道党工委" if simplified(kind) == "街道" else organ.organ
    return _PARTY_OF_LEVEL.get(simplified(kind), f"{simplified(kind)}委")


def organ_and_type(title: str | None, text: str, convener: str | None = None) -> tuple[str | None, str | None]:
    """(organ, normalised meeting type) from the title, else from the report's opening.

    ``convener`` is the title of whoever presided (or spoke first): when the report names no
    organ, the organ of that post is taken (县长 -> 县政府, 街党工委书记 -> 街道党工委). A task body
    in the meeting's own name (召开…领导小组…会议) is the organ, whatever posts its convener holds, and so is a
    committee of its own holding its meeting (某委员会召开第一次会议 -> 委员会).
    """
    organ, kind = _named_organ_and_type(title, text, convener)
    opening = _opening(text)
    held = task_body_meeting(title, opening) or committee_meeting(title, opening)
    return held or _of_own_town(organ, text) or organ_of_post(convener), kind


# The whole of a unit a page speaks for (全镇, 全县, 全公司 …): the first named tells whose page it is.
# (not the 全 of a word: 健全乡村…, 安全…)
_WHOLE_OF = compile_tc(r"(?<![健安完齐周保成两十])全(?P<unit>镇|乡|街道|县|区|市|省|旗|州|公司|集团|校|院|局|厂|系统)")
_PARTY_OF_WHOLE = {"镇": "镇党委", "乡": "乡党委"}


def _of_own_town(organ: str | None, text: str) -> str | None:
    """A bare 党委 with no place before it, on a page that speaks for a town as a whole (会上，党委书记某某… ⏎
    …全镇…): the town's 党委. A page whose first whole is another unit's (全县, 全公司) keeps 党委."""
    if organ != "党委":
        return organ
    whole = _WHOLE_OF.search(text)
    return _PARTY_OF_WHOLE.get(simplified(whole["unit"]), organ) if whole else organ


# A higher meeting followed at a branch venue or by video, then the report's own meeting convened after it
# (…会议召开，我县设分会场收听收看。会后，我县紧接着召开县委常委会(扩大)会议): the organ is the second meeting's.
_WATCHED = compile_tc(r"分会场|视频会|视频形式|视频方式|收听收看|收看收听")
_CONVENED_AFTER = compile_tc(r"会后\s*[，,]?[^。；;，,\n]{0,8}?(?:召开|举行)")


def _own_meeting_part(opening: str) -> str:
    """The opening from the meeting convened after a watched higher one (see ``_CONVENED_AFTER``), or all of it."""
    if "会后" not in opening and "會後" not in opening:
        return opening
    m = _CONVENED_AFTER.search(opening)
    return opening[m.start() :] if m and _WATCHED.search(opening, 0, m.start() + 1) else opening


def _named_organ_and_type(title: str | None, text: str, convener: str | None = None) -> tuple[str | None, str | None]:
    for in_title, head in ((True, title or ""), (False, _own_meeting_part(_opening(text)))):
        if not head:
            continue
        typed = _find_type(head)
        if typed is None:
            continue
        pos, kind = typed
        if in_title:
            kind = _extended(kind, _opening(text))
        organ = _organ_near(head, pos)
        if kind == "首长办公会议":
            organ = _implied_gov(head[pos:])  # 市长碰头会: the mayor's government meets, whoever's posts precede
        if organ is None and kind == "政府工作报告":
            organ = _reporting_government(f"{title or ''}\n{_opening(text)}")
        organ = organ or _IMPLIED.get(kind)
        if kind == "常务会议" and organ == "政府":
            # 第十六届人民政府第32次常务会议召开 ⏎ 市长某某主持召开…: the title names no level, its head's post does
            organ = _implied_gov(head) if _implied_gov(head) != "政府" else _implied_gov(_opening(text))
        if organ and organ.endswith("政府党组") and _JOINT_STANDING.match(head, pos):
            organ = organ.removesuffix("党组")  # 党组会议和常务会议: the government meets
        elif organ and organ.endswith("政府") and kind.startswith("党组") and not _JOINT_STANDING.match(head, pos):
            organ += "党组"  # 市政府召开党组(扩大)会议: the government's party group meets
        return organ, kind
    for head in (title or "", _opening(text)):
        if head and (body := _task_body_of_its_work(head)):
            return body, None
        if head and (found := _not_relayed(head, organ_mentions(head))):
            return _untyped_organ(head, _first_named(found), convener), None
    return None, None


def _untyped_organ(head: str, first: OrganMention, convener: str | None) -> str:
    """The organ of a meeting of no known type: the first organ named, unless it stands in the title of someone
    else than the convener, who only attends (县委书记某某…出席会议，副县长某某主持会议): then the convener's post gives
    it. An organ in the convener's own title stays (区委副书记、区长某某主持召开全区…动员大会 -> 区委), also where it
    stands in the meeting's name (召开县委巡察工作动员部署会…县委副书记、副县长某某主持 -> 县委)."""
    organ = _of_title_or_named(head, first, heads=False)
    if convener and _in_meetings_name(head, first) and (own := organ_of_post(convener)):
        if any(o.organ == organ for o in organ_mentions(convener)):
            return organ  # 召开县委巡察工作动员部署会, 县委副书记、常务副县长某某主持: he presides for the 县委 named
        return own  # 某县召开县人代会…筹备工作部署会: the organs named are its business; the convener's post convenes
    if not convener or organ != _with_level(head, first):
        return organ  # no convener known, or a task body its head convenes
    title = _title_around(head, first)
    if title is None or simplified(convener) in simplified(title):
        return organ  # an organ that convenes by name (县委召开…), or the convener's own post
    return organ_of_post(convener) or organ


# 召开/举行 after a subject with no organ in it (a place: 某县召开…), in the clause of the organ found after it.
_CONVENED_BY_PLACE = compile_tc(r"(?:召开|举行)[^，,。；;：:]*\Z")


def _in_meetings_name(head: str, organ: OrganMention) -> bool:
    """``organ`` stands in the name of the meeting convened (after 召开/举行 in its clause), the first organ named."""
    clause = max(head.rfind(ch, 0, organ.start) for ch in "，,。；;：:\n") + 1
    return _CONVENED_BY_PLACE.search(head, clause, organ.start) is not None


def _title_around(head: str, organ: OrganMention) -> str | None:
    """The title of the person whose title holds ``organ``, if one does."""
    for m in titled_mentions(head[: organ.end + _TITLE_REACH]):
        if m.start <= organ.start and organ.end <= m.name_start:
            return head[m.start : m.name_start]
    return None


def _task_body_of_its_work(head: str) -> str | None:
    """The task body a meeting of no known type is named for, when its head is named in the opening
    and no organ before them convenes it (我市召开县区人大、政府、政协换届…专项巡察工作动员会。…市委巡察工作
    领导小组组长某某…): a campaign's meeting is its task body's."""
    if not any(word in head for word in _TASK_WORDS):
        return None
    mentions = titled_mentions(head)
    if not mentions or any(not _listed(head, o) for o in organ_mentions(head[: mentions[0].start])):
        return None  # an organ named before anyone's title convenes (市委召开…动员会), unless one of a list
    for m in mentions:
        title = head[m.start : m.name_start]
        found = organ_mentions(title)
        last = max(found, key=lambda o: o.end) if found else None
        if last is None or last.organ not in _TASK_BODIES:
            continue
        post_start = max(title.rfind(mark, 0, last.start) for mark in "、，,") + 1
        work = _WORK_OF_BODY.sub("", title[post_start : last.start])
        if len(work) >= 2 and work in head[: m.start]:
            return last.organ
    return None


def _listed(head: str, organ: OrganMention) -> bool:
    """The organ is one of a list joined by 、 (县区人大、政府、政协换届): what the meeting is about."""
    return head[organ.end : organ.end + 1] == "、" or head[organ.start - 1 : organ.start] == "、"


def _not_relayed(head: str, found: list[OrganMention]) -> list[OrganMention]:
    """The organs not inside a meeting the report relays (某镇迅速传达…县委…全体会议精神): that
    meeting's organ did not convene the one reported."""
    spans = [(m.start(), m.end()) for m in _RELAYED_SPAN.finditer(head)]
    return [o for o in found if not any(a <= o.start and o.end <= b for a, b in spans)]


def _first_named(found: list[OrganMention]) -> OrganMention:
    """The first organ named: of the mentions overlapping the earliest one, the one ending last."""
    first = min(found, key=lambda o: o.start)
    return [o for o in found if o.start < first.end][-1]


def organ_of_post(title: str | None) -> str | None:
    """The organ of the last post in a person's title: 区委副书记、区长 -> 区政府."""
    if not title:
        return None
    found = [(o.end, _with_level(title, o)) for o in organ_mentions(title)]
    found += [(m.end(), f"{simplified(m[1])}政府") for m in _HEAD_OF_GOV.finditer(title)]
    return max(reversed(found), key=lambda f: f[0])[1] if found else None


def normal_type(label: str) -> str:
    """A meeting type written by a user (sidecar, column) in the readers' normal form.

    常委会会议 -> 常委会议, 常委扩大会议 -> 常委(扩大)会议; a label the readers do not know is kept.
    """
    typed = _find_type(label.strip())
    return typed[1] if typed else label.strip()


def _reporting_government(head: str) -> str | None:
    """区人民政府 for a district's work report, or the government its head's post names (县长某某主持召开《政府工作报告》
    征求意见座谈会 -> 县政府, 市长某某作政府工作报告 -> 市政府); None (then 国务院) for the national one."""
    if named := next((o.organ for o in organ_mentions(head) if o.organ.endswith("政府")), None):
        return named
    return f"{simplified(m[1])}政府" if (m := _HEAD_OF_GOV.search(head)) else None


def _implied_gov(head: str) -> str:
    """The government a standing meeting implies: its head's (区长 -> 区政府), else the level of the place
    that convenes it (卫滨区召开第21次常务会议 -> 区政府), else a bare 政府."""
    if m := _HEAD_OF_GOV.search(head):
        return f"{m[1]}政府"
    m = _PLACE_CONVENES.search(head)
    return f"{simplified(m['level'])}政府" if m else "政府"


def region(title: str | None, text: str) -> str | None:
    """The place the report names for its meeting (长清区, 某某县, 济南市), if stated.

    Given in simplified script, so a traditional repost is grouped with its original.
    """
    place = _place(title, text)
    return simplified(place) if place else None


def _place_named(head: str, m: re.Match[str]) -> str | None:
    """The place a candidate names, or None where it is cut from a clause.

    A place starts a clause (after punctuation or the start) or follows a word that introduces
    one (中共, 召开, 在 ...); a candidate starting inside a run of words, or holding a word no
    place holds (会议由区, 审议了市), is a fragment of a sentence.
    """
    raw = m["place"]
    place = _PLACE_CUT.sub("", raw)
    if place == raw and m.start() > 0 and _HAN.match(head, m.start() - 1):
        return None
    if _CLAUSE_CUT.match(place):
        return None
    return place


def _place(title: str | None, text: str) -> str | None:
    head = f"{title or ''}\n{_opening(text)}"
    if _NATIONAL.search(head):
        return "全国"
    best: str | None = None
    for m in _PLACE.finditer(head):
        place = _place_named(head, m)
        if place is None:
            continue
        # 济南市长清区 -> 长清区, 某省某县 -> 某县: keep the most local level named.
        for upper in "省市":
            if upper in place[:-1] and place[-1] in "区县旗" + "市" * (upper == "省"):
                place = place[place.rindex(upper, 0, len(place) - 1) + 1 :]
        if len(place) < 2 or _NOT_PLACE.match(place):
            continue
        if best is None or (best[-1] in "市省州" and place[-1] in "区县旗"):
            best = place
            if place[-1] in "区县旗":
                break
    return best
