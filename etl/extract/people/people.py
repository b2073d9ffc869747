"""Who presided, spoke or attended, and which span of the text each speaker said.

The text is read sentence by sentence. A sentence that introduces a speaker (区长某某强调，
他表示，会议指出，…) starts that speaker's turn; the turn runs on through the following
sentences and paragraphs until another speaker is introduced or narration resumes (会上, 会议由,
参加会议, 主持 …). When the verb is followed by a comma or colon, the words before it
(某某就…讲几点意见：) are narration and the speech starts after the punctuation; a sentence that
only says someone spoke (分别谈了学习体会。) is narration too, but its people are speakers.
A speech delivered under a header (国务院总理 / 李　强 / 各位代表：) belongs to the named speaker.

Spans are consecutive and cover the text exactly: ``"".join(texts) == text``.
"""

from __future__ import annotations

import re

from etl.contract.model import Reading
from etl.extract.names.mentions import (
    POST_TAIL,
    POSTS,
    Mention,
    addressed_mentions,
    comrade_mentions,
    is_separator,
    known_mentions,
    positions,
    scholar_mentions,
    titled_mentions,
)
from etl.extract.names.role_verbs import PRESIDE_AND_SPEAK, SCHEDULE, SPEECH_VERB, role_of
from etl.extract.organs.organ_vocabulary import organ_mentions
from etl.extract.people.cited import (
    HEARD,
    discussed_report,
    heard_titled,
    in_object,
    outside_book_titles,
    passed_on,
    relayed_names,
    reports_titled,
)
from etl.extract.people.delivered_speech import header_speaker, opens_as_delivered
from etl.extract.people.dotted_names import dotted_mentions
from etl.extract.people.earlier_days import without_earlier_days
from etl.extract.people.leading import leading_mentions, studied
from etl.extract.people.listed_mentions import unit_listed_mentions, untitled_list_mentions
from etl.extract.people.people_roll import PeopleRoll, post_key
from etl.extract.people.post_after_name import post_after_name_mentions
from etl.extract.people.post_presider import presider_by_post
from etl.extract.people.relayed_meeting import without_relayed_meeting
from etl.extract.people.relayed_words import without_relayed_words
from etl.extract.people.side_acts import chairs_a_side_act
from etl.extract.people.speaking import speakers_told
from etl.extract.people.speech_spans import canonical_reading, merged_speeches
from etl.extract.people.titled_turns import speech_title_start
from etl.extract.people.unit_turns import turn_with_units
from etl.extract.text.first_chars import first_chars_ahead
from etl.extract.text.patterns import compile_tc, simplified, tc

__all__ = ["convener_title", "read_people"]

COLLECTIVE = "会议"
_PREFIX = tc(
    r"(?:(?:会上|会议上|会中|随后|同时|最后|此外|接着|其后|然后|另外|对此|会议最后|讲话中|在讲话中|会议期间)[，,]?)?"
)
_COLLECTIVE = re.compile(
    _PREFIX
    # 主席会议审议…, 全会指出…: the meeting
    + tc(r"(?:(?:主席|主任|主席团|常委|常务|全体|党组)?会议|全会)[^，,。；;：:\n]{0,6}?")
    + tc(
        r"(?P<v>强调|指出|要求|认为|传达|听取|审议|研究|通过|决定|号召|肯定|同意|讨论|学习|部署|明确|"
        r"提出|表示|希望|表决|批准|分析|总结|安排|评价|建议|认真学习|集体学习|观看)"
    )
    # 全会通过的《…决议》把…: what a meeting adopted, named as a noun, is not its voice (会议以举手表决的方式 still is)
    + "(?!(?<=通过)的)"
)
_PRONOUN = re.compile(
    _PREFIX
    # a topic before the pronoun (对于…，他表示), one clause of his before the verb (他表达了…，他表示)
    # 其 as the pronoun (其强调, 其还要求), never the word it begins (其中, 其他, 其余, 其次, 其实 …)
    + tc(
        r"(?:(?:对于|对|就|针对|关于)[^。；;，,\n]{1,30}[，,])?(?:他|她|其(?![中他它余实次间后]))(?:[^。；;，,\n]{1,12}[，,](?:他|她))?"
    )
    + tc(
        r"(?:还|也|又|另|同时|最后|特别|进一步|首先|再次|并|在讲话中|在发言中|随后|重点|着重|详细|具体|深刻|明确|充分|高度)*"
    )
    # 他首先对…提出了明确要求; 他回顾了…成效，并强调 (a clause of his, not of 他们, then 并 and a statement)
    + tc(
        r"(?:(?:对|就|围绕|结合|针对)[^。；;\n]{1,60}?|(?<![们])(?!们)[^。；;\n]{1,60}?[，,]并(?=强调|指出|表示|要求|提出))?"
    )
    + rf"(?P<v>{SPEECH_VERB})"
)
_NARRATION_START = compile_tc(
    r"^(?:会上|会前|会后|会议(?:由|期间|结束|开始|采取|以|在|首先)|本次会议|此次会议|出席|参加|列席|与会|参会|"
    r"全体|出席会议|参加会议|列席会议)"
)
_NARRATION_ANY = compile_tc(r"(?:出席|参加|列席)了?(?:会议|本次会议|此次会议|会议并|学习)|主持(?:会议|召开)")
# A sentence about another meeting: 在省委常委会（扩大）会议上， / 在全省…工作会议上，
# 动员会前，组长某某主持召开了见面会 / 会后，某某主持召开…座谈会: a sitting before or after the meeting, chaired
# by its own presider (the meeting's is someone else, or unnamed)
_BESIDE_SITTING = compile_tc(r"[^。！？!?；;，,\n]{0,8}?(?<![全大代])会议?(?:开始|结束)?[前后][，,]")
# 某某指出，…。某某同志参加代表团审议，充分肯定…: inside a speaker's turn, one who attended another event (its
# object holds no 会: 代表团审议, 调研活动) is what the speaker recounts, not an attendee of this meeting
_ATTENDS_ELSEWHERE = compile_tc(r"了?[^。！？!?；;，,\n会]{1,20}?(?:审议|讨论|调研|活动)(?![^。；;，,\n]{0,6}?会)")
_CITED_MEETING = compile_tc(
    r"(?:会议|会上|会议上|会议认为|同时)?[，,]?在(?P<meeting>[^。，,；;\n]{2,40}?(?:会议|全会|大会|座谈会|会))上[，,]"
)
# An item of the meeting's list after a semicolon, its verb first (会议传达学习…；传达学习省长某某…讲话精神；…):
# still the meeting's clause, so a leader named in what it passes on is cited.
_LISTED_ITEM = compile_tc(r"(?P<v>传达|认真学习|集体学习|学习)")
_THIS_MEETING = compile_tc(r"本次|此次|这次|今天|今日|本次会")
# Only after the report has passed on another meeting (传达学习了…精神) is a meeting cited.
_RELAYED = compile_tc(r"传达")
_ATTEND_REACH = 160  # characters from a name to its attendance verb (a list of posts and names)
_ATTENDS = compile_tc(r"(?:出席|参加|列席)了?(?:会议|本次会议|此次会议|学习|活动)")
_OTHER_ROLE = compile_tc(rf"主持|{SPEECH_VERB}|[。；;：:]")
_ATTEND_LIST = compile_tc(r"(?:出席|参加|列席)(?:会议|本次会议)?的(?:还有|有|领导有|人员有)")
_CONTENTLESS = re.compile(r"^[\s。！？!?”’」』)）]*$")
_OPENS_CONTENT = re.compile(r"^[，,：:]")
# A line that ends right after the verb (某某强调⏎一、要…): the words follow in the next lines.
_HEADING_END = re.compile(r"^[ \t\u3000]*\n")
# Words that make a sentence worth reading: a cheap one-character scan, then a check.
# (a character class first, so the regex engine scans fast, then the rest by lookbehind).
_TRIGGER = re.compile(
    tc("[会他她其出参列与全主]")
    + tc(
        "(?:(?<=[会])[议上前后]|(?<=[他她])|(?<=其)(?![中他它余实次间后])|(?<=出)席|(?<=[参])[加会]|(?<=列)席|(?<=[与])[会]|"
        "(?<=全)[体会]|(?<=主)持)"
    )
)
_STOPS = "。！？!?；;\n"
_SENTENCE_END = re.compile(r"[。！？!?；;\n][。！？!?\n”’」』)）]*")
# An act that announces a speaker's turn without its words: 进行发言, 作了交流发言, 作表态发言.
_TURN_ANNOUNCED = compile_tc(r"(?:进行|作|做)了?(?:交流|表态|重点|专题|中心)?(?:发言|汇报)$")
# Where a sentence ends on such a turn: read, so that an unnamed one ends the turn before it.
_TURN_ANNOUNCED_AT = compile_tc(  # (?:进行|作|做)了?…, its first character first (as cited._RELAYED_SPAN)
    r"[进作做](?:(?<=进)行|(?<=[作做]))了?(?:交流|表态|重点|专题|中心)?(?:发言|汇报)(?=[。！？!?；;\n])"
)
# Adverbs that close a list of people with one verb said of each (先后发言, 分别汇报).
_LIST_CLOSE = re.compile(tc("先后|分别|依次|相继|一一|轮流"))
# What a turn without words goes on with when its words follow as a list: 一是…, 一要…, 一、…, （一）…
_LIST_OPENS = compile_tc(r"\s*(?:一是|一要|一、|[（(]一[）)]|第一[，,、是])")
# A sentence that opens with a statement and no subject (指出，… / 议定：…) after the meeting heard a report:
# the meeting's words, its subject left out, not the report's.
_BARE_STATEMENT = compile_tc(r"(?:指出|强调|要求|认为|议定|明确|提出|决定)[，,：:]")
_ROLE_OVERRUN = 130
_SUMMARY_OPENS = compile_tc(r"[。\s]*报告(?![会厅人])")
# A post alone opening a clause, said of someone the report named with it before:
# 督导组副组长对…要求 (督导组副组长某某 attended), 县长要求… (县长某某主持).
_ROLE_ONLY_REACH = 14
_PREFIX_AT = re.compile(_PREFIX)
_ROLE_ONLY = re.compile(_PREFIX + rf"(?P<post>[\u4e00-\u9fff]{{0,8}}?(?:{POSTS}))")
_ROLE_ONLY = first_chars_ahead(_ROLE_ONLY)  # same matches, found sooner (etl/extract/text/first_chars.py)
# A title whose last post is a deputy's (副镇长, 党委副书记, 常务副县长).
_DEPUTY_LAST = compile_tc(r"副[\u4e00-\u9fff]{1,4}$")


def _summary_follows(text: str, b: int, verb_end: int) -> bool:
    """A report's turn (某某作工作报告。) whose summary follows (报告全面回顾了…：一是…): still his turn."""
    return text.endswith(("报告", "報告"), 0, verb_end) and _SUMMARY_OPENS.match(text, b) is not None


def _roles(text: str, ms: list[Mention], end: int) -> list[tuple[str | None, int]]:
    """Role and verb end of each mention in a sentence; listed names take the list's verb."""
    # The verb may run past a lone line break (所作的⏎政府工作报告⏎。: a page's link words on their own
    # lines); the role patterns themselves stop at line breaks everywhere else.
    limit = min(len(text), end + _ROLE_OVERRUN)
    roles = [role_of(text, m.end, limit) for m in ms]
    roles = [_transcript_turn(text, m) or r if r[0] is None else r for m, r in zip(ms, roles, strict=True)]
    roles = [turn_with_units(text, m.end, limit) or r if r[0] is None else r for m, r in zip(ms, roles, strict=True)]
    roles = [
        (None, m.end) if r[0] == "speaker" and (discussed_report(text, m, r[1]) or in_object(text, m)) else r
        for m, r in zip(ms, roles, strict=True)
    ]
    for i in range(len(ms) - 2, -1, -1):
        between = text[ms[i].end : ms[i + 1].start]
        if roles[i][0] is None and (is_separator(between) or _comma_listed(text, between, ms[i + 1], roles[i + 1])):
            roles[i] = roles[i + 1]
    return roles


def _second_turn(text: str, ms: list[Mention], roles: list[tuple[str | None, int]]) -> int | None:
    """Where another titled speaker's clause opens after a comma inside a sentence that already has a
    speaker (甲…作了表态发言，…，县委副书记乙介绍了…): the start of his title, else None."""
    speakers = [(m, verb_end) for m, (role, verb_end) in zip(ms, roles, strict=True) if role == "speaker"]
    if len(speakers) < 2:
        return None
    first, first_verb_end = speakers[0]
    for m, _ in speakers[1:]:
        # the first speaker's own verb ends before him (甲，乙，丙分别作说明: one verb of a list, no turn)
        if m.name != first.name and m.title and m.start > first_verb_end and text[m.start - 1] in "，,":
            return m.start
    return None


def _transcript_turn(text: str, m: Mention) -> tuple[str, int] | None:
    """A transcript's turn: a line that opens with a title and a name, then a colon
    (中共中央政治局常委某某：… / 全国政协主席 某某：各位委员：…)."""
    at_line_start = m.start == 0 or text[m.start - 1] == "\n"
    if at_line_start and m.title and text.startswith(("：", ":"), m.end):
        return "speaker", m.end + 1
    return None


def _comma_listed(text: str, between: str, nxt: Mention, role: tuple[str | None, int]) -> bool:
    """Titled people listed with commas up to a verb said of them all: 甲主任某某，乙会长某某先后发言 (also
    甲、乙，和丙主任某某分别…发言)."""
    return (
        between in ("，", ",", "，和", ",和", "，以及", ",以及")
        and role[0] == "speaker"
        and _LIST_CLOSE.search(text, nxt.end, role[1]) is not None
    )


def _same_organ(meeting: str, title: str) -> bool:
    """The title holds a post of an organ the cited meeting names (省委常委会 / 省委书记)."""
    organs = {o.organ for o in organ_mentions(meeting)}
    return any(o in simplified(title) for o in organs)


def _attends_later(text: str, start: int, end: int) -> bool:
    """The sentence goes on to an attendance verb with no other role verb before it."""
    later = _ATTENDS.search(text, start, min(end, start + _ATTEND_REACH))
    return later is not None and _OTHER_ROLE.search(text, start, later.start()) is None


def _with_lists(titled: list[Mention], listed: list[Mention]) -> list[Mention]:
    """Titled mentions plus untitled listed names that no titled mention already covers."""
    if not listed:
        return titled
    covered = [(m.start, m.end) for m in titled]
    extra = [m for m in listed if not any(a < m.end and m.start < b for a, b in covered)]
    return sorted(titled + extra, key=lambda m: m.start)


def _untitled(text: str, titled: list[Mention], names: set[str]) -> list[Mention]:
    """Titled mentions plus later bare mentions of the same names before a speech verb."""
    starts = {m.name_start for m in titled}
    known = known_mentions(text, names)
    spans = [(m.start, m.end) for m in titled + known]
    addressed = [k for k in addressed_mentions(text, titled) if not any(a < k.end and k.start < b for a, b in spans)]
    extra = [k for k in known + addressed if k.start not in starts]
    return sorted(titled + extra, key=lambda m: m.start) if extra else titled


def _posts_alone(text: str, titled: list[Mention]) -> list[int]:
    """Where a sentence opens with the end of a titled person's title and no name (督导组副组长对…)."""
    titles: dict[str, list[str]] = {}
    for m in titled:
        if m.title and (p := POST_TAIL.search(m.title)):
            titles.setdefault(p[0], []).append(post_key(m.title))
    out = []
    for post, held in titles.items():
        for i in positions(text, post):
            opening = _sentence_opening(text, i)
            if opening is not None and any(t.endswith(post_key(opening + post)) for t in held):
                out.append(i)
    return out


def _sentence_opening(text: str, i: int) -> str | None:
    """The words from the start of the sentence holding ``i`` to ``i`` (past a 会上，), if near."""
    lo = max(0, i - _ROLE_ONLY_REACH)
    stop = max(text.rfind(ch, lo, i) for ch in _STOPS)
    if stop < 0 and lo > 0:
        return None
    opening = text[stop + 1 : i].lstrip()
    prefix = _PREFIX_AT.match(opening)
    return opening[prefix.end() :] if prefix else opening


def _sentence_around(text: str, t: int, floor: int) -> tuple[int, int]:
    """The sentence holding position ``t``, starting no earlier than ``floor``."""
    a = max(text.rfind(ch, floor, t) for ch in _STOPS) + 1
    a = max(a, floor)
    m = _SENTENCE_END.search(text, t)
    return a, (m.end() if m else len(text))


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.people = PeopleRoll()
        self.pieces: list[tuple[int, int, str | None]] = []
        self.current: str | None = None
        self.last_speaker: str | None = None
        self.named: list[Mention] = []  # everyone named with a title or in a list, whatever their role
        self.relayed: frozenset[str] = frozenset()  # people named in what the meeting passed on
        self.transcript_turn = False  # the current turn opened on a transcript's line (某某：…)

    def label(self, a: int, b: int, who: str | None) -> None:
        if a < b:
            self.pieces.append((a, b, who))

    def intro(self, a: int, b: int, who: str, verb_end: int, person: bool) -> None:
        """A sentence introducing ``who``: split narration from the words reported."""
        rest = self.text[verb_end:b]
        if person:
            self.last_speaker = who
        if _OPENS_CONTENT.match(rest):
            body = verb_end + 1 + (len(rest) - 1 - len(rest[1:].lstrip()))
            self.label(a, body, who if self.current == who else None)
            self.label(body, b, who)
            self.current = who
        elif person and _CONTENTLESS.match(rest) and (title := speech_title_start(self.text, a, verb_end)) is not None:
            self.label(a, title, None)  # 某某作题为《…》的报告。报告对…: the title and the summary are his
            self.label(title, b, who)
            self.current = who
        elif _CONTENTLESS.match(rest) and not (person and _HEADING_END.match(rest)):
            text = self.text
            self.label(a, b, None)
            # 某某围绕…进行发言。在…下，…: one speaker's turn announced, its words in the same paragraph
            # 某某就下步工作作了安排。一是…: the words follow as a list
            turn = person and (
                self._turn_announced(a, b, verb_end)
                or self._list_follows(a, b, verb_end)
                or _summary_follows(text, b, verb_end)
            )
            self.current = who if turn else None
        else:
            self.label(a, b, who)
            self.current = who

    def _turn_announced(self, a: int, b: int, verb_end: int) -> bool:
        """The sentence ends on one speaker's act of speaking (进行发言, 作了交流发言) and the
        paragraph goes on after it."""
        text = self.text
        return (
            _TURN_ANNOUNCED.search(text, a, verb_end) is not None
            and not _LIST_CLOSE.search(text, a, verb_end)
            and b < len(text)
            and text[b] != "\n"
            and not _COLLECTIVE.match(text, b + len(text[b:]) - len(text[b:].lstrip()))
        )

    def _list_follows(self, a: int, b: int, verb_end: int) -> bool:
        """The next sentence opens a list of points (一是…, 一、…) and one person spoke, not a list."""
        return _LIST_OPENS.match(self.text, b) is not None and not _LIST_CLOSE.search(self.text, a, verb_end)

    def _listed_item(self, a: int, lead: int, b: int) -> re.Match[str] | None:
        """The verb of an item that goes on the meeting's list after a semicolon."""
        if a == 0 or self.text[a - 1] not in "；;" or self.current != COLLECTIVE:
            return None
        return _LISTED_ITEM.match(self.text, lead, b)

    def role_only(self, lead: int, b: int) -> tuple[str, int] | None:
        """The one person already named with the post that opens this clause, when it speaks."""
        m = _ROLE_ONLY.match(self.text, lead, b)
        if m is None:
            return None
        role, verb_end = role_of(self.text, m.end(), b)
        if role != "speaker":
            return None
        post = simplified(m["post"])
        holders = self.people.holding(post)
        if len(holders) != 1:
            return None
        name, title = holders[0]
        self.people.add(name, title, "speaker")
        return name, verb_end

    def sentence(self, a: int, b: int, ms: list[Mention]) -> None:
        text = self.text
        lead = a + (len(text[a:b]) - len(text[a:b].lstrip()))
        roles = _roles(text, ms, b)
        if (turn := _second_turn(text, ms, roles)) is not None and not _COLLECTIVE.match(text, lead, b):
            # 甲…进行了表态发言，…，县委副书记乙介绍了…，强调…: 乙's own turn opens after the comma
            self.sentence(a, turn, [m for m in ms if m.start < turn])
            self.sentence(turn, b, [m for m in ms if m.start >= turn])
            return
        if c := _COLLECTIVE.match(text, lead, b) or self._listed_item(a, lead, b):
            # 会议听取了某某作…的汇报: 某某 spoke, and the words that follow are the report's
            reporter = None
            for m, (role, _) in zip(ms, roles, strict=True):
                # 会议传达学习了…省委书记某某在…上的讲话精神: cited, not a speaker; so is that leader when the
                # meeting later speaks of the words it relayed (会议指出，某某主任…作出的指示，肯定了…)
                spoken_of = m.name in self.relayed and not self.people.named(m.name)
                if role == "speaker" and (spoken_of or passed_on(text, c, m)):
                    continue
                if role is None and reports_titled(text, c, m):
                    role = "speaker"
                if role is not None:
                    self.people.add(m.name, m.title, role)
                    reporter = reporter or (m.name if role == "speaker" else None)
            if reporter and c["v"] in HEARD:
                self.label(a, b, None)
                self.current = self.last_speaker = reporter
                # 会议听取了某某的通报，并进行了讨论。指出，…: the meeting speaks, its subject left out
                if _BARE_STATEMENT.match(text, b + len(text[b:]) - len(text[b:].lstrip())):
                    self.current = COLLECTIVE
                return
            if reporter:
                self.last_speaker = reporter  # 会议…，某某作了重要讲话。他指出…: 他 is 某某
            self.intro(a, b, COLLECTIVE, c.end(), person=False)
            return
        if SCHEDULE.match(text, lead, b):
            self.label(a, b, None)  # 根据大会日程，…听取省长某某作政府工作报告: sittings to come
            self.current = None
            return
        cited = _CITED_MEETING.match(text, lead, b)
        if cited and not _THIS_MEETING.search(cited[0]) and _RELAYED.search(text, max(0, a - 300), a):
            # 在省委常委会会议上，省委书记某某强调…: a leader of the cited meeting's organ is quoted
            ms = [m for m in ms if not (m.title and _same_organ(cited["meeting"], m.title))]
            if not ms:
                self.label(a, b, None)
                self.current = None
                return
            roles = _roles(text, ms, b)
        attend_list = _ATTEND_LIST.search(text, a, b)
        intro: tuple[str, int] | None = None
        presider: str | None = None
        attended: list[str] = []
        narration = False
        for m, (role, verb_end) in zip(ms, roles, strict=True):
            if attend_list and m.start > attend_list.start() and role != "presider":
                role = "attendee"  # …参加会议的有…40余人，副书记某某主持了会议: the presider is not listed
            elif role is None and _attends_later(text, m.end, b):
                role = "attendee"  # 县领导甲、乙、丙，各部门负责人参加会议 / 某某及委员共20人参加会议
            elif role == "presider" and chairs_a_side_act(text, verb_end, self.people.holds(m.name, "attendee")):
                role = "attendee"  # 某某出席会议并讲话。…某某还主持开展…活动: an act beside the meeting
            elif role == "attendee" and self._recounted(verb_end):
                role = None  # …。某某同志参加代表团审议，充分肯定…: the speaker recounts it
            elif role == "presider" and _BESIDE_SITTING.match(text, lead, m.start):
                role = None  # 会前，某某主持召开了见面会: he chairs another sitting
            if role is None and heard_titled(text, m):
                # …主持召开…会议，听取了局长某某《关于…的汇报》: 某某 reported; the sentence stays the presider's narration
                self.people.add(m.name, m.title, "speaker")
                continue
            if role is None:
                continue
            self.people.add(m.name, m.title, role)
            if role == "presider":
                narration = True
                presider = presider or m.name
                if s := PRESIDE_AND_SPEAK.match(text, verb_end, b):
                    self.people.add(m.name, m.title, "speaker")
                    intro = intro or (m.name, s.end())
            elif role == "attendee":
                narration = True
                attended.append(m.name)
                if s := PRESIDE_AND_SPEAK.match(text, verb_end, b):  # 出席会议并讲话
                    self.people.add(m.name, m.title, "speaker")
                    intro = intro or (m.name, s.end())
            elif intro is None:
                intro = (m.name, verb_end)
        if presider and intro is None:
            self.last_speaker = presider  # 某某主持会议。他强调…: 他 is the presider
        elif intro is None and self.last_speaker is None and len(ms) == 1 and attended:
            self.last_speaker = attended[0]  # 主席某某参加会议。他指出…: the one who attended, before anyone spoke
        if intro is None and not ms and self.last_speaker and (p := _PRONOUN.match(text, lead, b)):
            intro = (self.last_speaker, p.end())
            self.people.add(self.last_speaker, None, "speaker")
        if intro is None and not ms and (held := self.role_only(lead, b)):
            intro = held
        transcript = intro is not None and any(m.name == intro[0] and _transcript_turn(text, m) for m in ms)
        # …动员会上，组长某某指出，…: a line that opens with another speaker's verb ends the transcript's turn
        own_line = intro is not None and intro[0] != self.current and (lead == 0 or text[lead - 1] == "\n")
        if self.transcript_turn and not transcript and not own_line:
            # 中共中央政治局常委某某：…应邀参加今天的会议。…请某某同志作工作报告。: a transcript's turn runs
            # to the next speaker's line; the people it names keep their roles
            self.label(a, b, self.current)
            return
        self.transcript_turn = transcript
        if intro is not None:
            self.intro(a, b, intro[0], intro[1], person=True)
        elif narration or _NARRATION_START.match(text, lead, b) or _NARRATION_ANY.search(text, a, b):
            self.label(a, b, None)
            self.current = None
        elif self._another_turn(a, b):
            # 甲就…作了汇报。有关负责人就…作了汇报。: someone else's turn, unnamed, ends 甲's
            self.label(a, b, None)
            self.current = None
        else:
            self.label(a, b, self.current)

    def _recounted(self, verb_end: int) -> bool:
        """The attendance after ``verb_end`` is of another event, told inside a person's turn."""
        speaking = self.current is not None and self.current != COLLECTIVE
        return speaking and _ATTENDS_ELSEWHERE.match(self.text, verb_end) is not None

    def _another_turn(self, a: int, b: int) -> bool:
        """The sentence announces a turn of its own (…作了汇报。, …进行发言。) with no one named."""
        end = len(self.text[a:b].rstrip("。！？!?；;\n”’」』)） \t\u3000")) + a
        return _TURN_ANNOUNCED.search(self.text, a, end) is not None

    def run(self) -> None:
        text = self.text
        header = header_speaker(text)
        titled = _with_lists(titled_mentions(text), untitled_list_mentions(text) + unit_listed_mentions(text))
        titled = _with_lists(titled, scholar_mentions(text) + comrade_mentions(text))
        titled = _with_lists(titled, dotted_mentions(text) + post_after_name_mentions(text))
        names = {m.name for m in titled}
        # A delivered speech (各位代表：… / 同志们：…) has one voice: others named in it are cited.
        delivered = header is not None or opens_as_delivered(text)
        leading = [] if delivered else leading_mentions(text)
        new_names = {m.name for m in leading}
        # 明辉书记 is 欧阳明辉 addressed by given name; a leader whose words are studied is cited.
        refused = {n for n in new_names if any(k != n and k.endswith(n) for k in names) or studied(text, n)}
        leading = [m for m in leading if m.name not in refused]
        titled = _with_lists(titled, leading)
        self.named = titled
        names |= {m.name for m in leading}
        if header:
            names.add(header[0].name)
            self.people.add(header[0].name, header[0].title, "speaker")
        mentions = outside_book_titles(text, _untitled(text, titled, names))
        self.relayed = relayed_names(text, mentions)
        # Only sentences with something to read are looked at; the rest carry the turn on.
        triggers = [m.start() for m in _TRIGGER.finditer(text)]
        triggers += [m.start for m in mentions]
        triggers += _posts_alone(text, titled)
        triggers += [m.start() for m in _TURN_ANNOUNCED_AT.finditer(text)]
        if header:
            triggers.append(header[1])
        triggers.sort()
        pos = mi = 0
        for t in triggers:
            if t < pos or t >= len(text):
                continue
            a, b = _sentence_around(text, t, pos)
            self.label(pos, a, self.current)
            if header and a == header[1]:
                self.current = self.last_speaker = header[0].name
            while mi < len(mentions) and mentions[mi].start < a:
                mi += 1
            ms = []
            while mi < len(mentions) and mentions[mi].start < b:
                ms.append(mentions[mi])
                mi += 1
            self.sentence(a, b, ms)
            pos = b
        self.label(pos, len(text), self.current)


def read_people(text: str) -> Reading:
    """People (presider, speakers, attendees) and the speech spans of ``text``.

    Names are given in simplified script; titles and speech texts keep the text's characters.
    """
    if not text:
        return Reading((), ())
    reader = _Reader(text)
    reader.run()
    known = [(p.name, p.title, p.role) for p in reader.people.result()]
    known += [(m.name, m.title, "") for m in reader.named]
    for name, title in speakers_told(text, known):
        reader.people.add(name, title, "speaker")
    if chair := presider_by_post(text, ((p.name, p.title, p.role) for p in reader.people.result())):
        reader.people.add(*chair, "presider")  # 会议由镇党委书记主持召开。…镇党委书记某某强调
    reading = canonical_reading(reader.people.result(), merged_speeches(reader.pieces, text))
    return without_earlier_days(text, without_relayed_words(text, without_relayed_meeting(text, reading)))


def convener_title(reading: Reading) -> str | None:
    """The title of whoever presided, else of the first titled speaker who holds no deputy's post (the
    meeting's convener: a 副镇长 who reports first does not convene what the 镇党委书记 closes), else of
    the first titled speaker."""
    if presider := next((p.title for p in reading.people if p.role == "presider" and p.title), None):
        return presider
    titled = [p.title for p in reading.people if p.role == "speaker" and p.title]
    return next((t for t in titled if not _DEPUTY_LAST.search(t)), titled[0] if titled else None)
