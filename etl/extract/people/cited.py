"""Names a sentence holds without a speech of this meeting: a report heard or relayed, a leader
whose words the meeting passes on, a document's title, the object of a preposition.

Each predicate looks at one mention in its sentence; the people reader (``etl.extract.people.people``)
drops the role the verb after the name would give, or gives a role no verb shows
(会议听取了某某同志《关于…的报告》).
"""

from __future__ import annotations

import re

from etl.extract.names.mentions import Mention
from etl.extract.text.patterns import compile_tc

__all__ = [
    "HEARD",
    "discussed_report",
    "heard_titled",
    "in_object",
    "outside_book_titles",
    "passed_on",
    "relayed_names",
    "reports_titled",
]

HEARD = ("听取", "聽取")  # 会议听取了…汇报: what follows is the report
_STOPS = "。！？!?；;\n"
_HEARD_AT = compile_tc("听取")
_HEARD_JUST_BEFORE = compile_tc(r"听取了?\s*$")
_TITLED_REPORT = compile_tc(r"(?:同志)?《")
_INVITED = compile_tc(r"(?:同志)?(?:应邀|受邀)")
_MADE_AT = compile_tc(r"(?:同志)?所作")
_DISCUSSED = compile_tc(r"热议|讨论|座谈")
# 传达了…某某所作的…报告: a report relayed by someone else at this meeting, given elsewhere
_RELAYS = compile_tc(r"传达|转达")
# What a clause passes on, from its verb to 精神 (传达学习省某某主任某某到某地调研相关指示精神).
# Written first character first, the others after it (a class, then lookbehinds: the same matches as
# (?:传达|学习)…): the engine then skips to the class (the twelfth speed pass; tests/test_first_class_patterns.py).
_RELAYED_SPAN = compile_tc(r"[传学](?:(?<=传)达|(?<=学)习)[^，,。；;\n]{0,80}?精神")
# 结合校长某某对…的介绍，深入讨论…: a name inside the object of a preposition opening its clause is
# not the clause's subject (根据县长某某的要求, 按照书记某某的部署)
_OBJECT_OF = compile_tc(r"结合|根据|按照|依照|遵照|依据")
# 落实市委书记某某讲话要求, 贯彻省长某某重要指示: a leader whose words the clause carries out, named with them
_CARRIED_OUT = compile_tc(r"落实|贯彻")
_WORDS_CARRIED = compile_tc(r"(?:同志)?的?(?:重要)?(?:讲话|指示|批示)(?:要求|精神|部署)?")
# 传达了县委书记某某对…工作相关要求和部署: a leader whose demands the clause relays, named with them (not
# 对…提出要求, 对…作了部署: his own act)
_RELAYED_DEMANDS = compile_tc(
    r"(?:同志)?对[^。；;，,\n]{1,40}?(?<!提出|作出|做出|进行|安排)(?<![提作做了])"
    r"(?:的|相关)*(?:要求|部署|指示|批示)"
)
# A book or document title: names inside it (《…总书记某某主持会议并发表重要讲话》) are the title's words.
_BOOK_TITLE = re.compile(r"《[^《》\n]{1,200}》")
_CLAUSE_MARKS = "。！？!?；;\n，,"
# 会议学习了《…》，某某同志领学 / …，由书记某某领学带学: who led the study names a clause of its own after what
# was studied, and the act of leading it; that person speaks at this meeting.
_LEADS_STUDY = compile_tc(
    r"(?:同志)?(?:领学|领读|带学|导学|解读|辅导|宣讲|(?:作|做|进行)了?[^。；;，,]{0,20}?(?:辅导|解读|讲解|领学))"
)
_OWN_CLAUSE = compile_tc(r"[，,；;]\s*(?:并由|由)?$")
_PASSED_ON = {"传达", "傳達", "学习", "學習", "认真学习", "認真學習", "集体学习", "集體學習"}


def discussed_report(text: str, m: Mention, verb_end: int) -> bool:
    """与会人员热议了某某所作的…报告: a report of an earlier sitting, discussed here (not a speech).

    So is a report that opens a sentence as the subject the meeting judges (省长某某所作的政府工作报告，
    总结…客观实在): nothing says it was heard at this meeting.
    """
    if not _MADE_AT.match(text, m.end):
        return False
    clause = max(text.rfind(ch, 0, m.name_start) for ch in _CLAUSE_MARKS) + 1
    if _DISCUSSED.search(text, clause, m.name_start) is not None:
        return True
    sentence = max(text.rfind(ch, 0, m.start) for ch in _STOPS) + 1
    if _RELAYS.search(text, sentence, m.start) and not _HEARD_AT.search(text, sentence, m.start):
        return True  # 某某重点传达了…讲话精神和工会主席某某所作的…报告: relayed, not given here
    return not text[sentence : m.start].strip() and text.startswith(("，", ","), verb_end)


def in_object(text: str, m: Mention) -> bool:
    """The mention stands inside the object of a preposition that opens its clause (结合某某对…的介绍),
    or of a verb carrying out that person's words (落实书记某某讲话要求) or relaying his demands
    (传达了书记某某对…相关要求和部署)."""
    clause = max(text.rfind(ch, 0, m.name_start) for ch in _CLAUSE_MARKS) + 1
    hit = _OBJECT_OF.search(text, clause, m.name_start)
    if hit is None and _WORDS_CARRIED.match(text, m.end):
        hit = _CARRIED_OUT.search(text, clause, m.name_start)
    if hit is None and _RELAYED_DEMANDS.match(text, m.end):
        hit = _RELAYS.search(text, clause, m.name_start)
    # 会议结合…听取了局长某某的汇报: the clause's verb comes first, the name is what it heard
    return hit is not None and _HEARD_AT.search(text, hit.end(), m.name_start) is None


def passed_on(text: str, collective: re.Match[str], m: Mention) -> bool:
    """A person named in what the meeting passed on or studied (会议传达学习了…某某…的讲话精神),
    with no 听取 (a report heard) between the verb and the name. A name before the verb is the
    one who passes it on (会议由某某同志传达学习…), and one opening a clause of its own with the act of
    leading the study (…，某某同志领学) leads it: speakers."""
    if m.start < collective.start("v") or _INVITED.match(text, m.end):
        return False  # …集体学习，委员某某应邀作报告: invited to this meeting
    if _LEADS_STUDY.match(text, m.end) and _OWN_CLAUSE.search(text, max(0, m.start - 3), m.start):
        return False  # …学习了《某规定》，某某同志领学: led the study here
    return collective["v"] in _PASSED_ON and not _HEARD_AT.search(text, collective.end(), m.start)


def reports_titled(text: str, collective: re.Match[str], m: Mention) -> bool:
    """会议听取了某某同志《关于…的报告》: a report named only by its title, given by 某某."""
    return collective["v"] in HEARD and _TITLED_REPORT.match(text, m.end) is not None


def heard_titled(text: str, m: Mention) -> bool:
    """…主持召开…会议，听取了市某局局长某某《关于…的汇报》: 听取 right before the titled name, and the
    report named by its title after it, in anyone's clause (not only the meeting's): 某某 gave it."""
    return (
        _TITLED_REPORT.match(text, m.end) is not None
        and _HEARD_JUST_BEFORE.search(text, max(0, m.start - 4), m.start) is not None
    )


def outside_book_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions whose name is not inside a 《…》 title (a document studied names its people)."""
    if "《" not in text:
        return mentions
    spans = [(t.start(), t.end()) for t in _BOOK_TITLE.finditer(text)]
    return [m for m in mentions if not any(a < m.name_start < b for a, b in spans)]


def relayed_names(text: str, mentions: list[Mention]) -> frozenset[str]:
    """The names said inside what a clause passes on (传达学习省某某主任某某…调研相关指示精神)."""
    if "精神" not in text:
        return frozenset()
    spans = [(m.start(), m.end()) for m in _RELAYED_SPAN.finditer(text)]
    return frozenset(m.name for m in mentions if any(a < m.name_start < b for a, b in spans))
