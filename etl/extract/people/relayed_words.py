"""Words of a leader passed on at the meeting: the leader is not this meeting's speaker.

A report often tells someone passing on a leader's earlier speech and then gives its points under the
leader's name (田某还传达了学校党委书记李某某在会议上的讲话精神，某某书记要求各单位要…): the reader takes
the second mention for a turn of its own. When every span given to a speaker begins in the sentence whose
clause passes on (传达, 学习 … 精神) a speech naming that person, those are the relayed words: the person
keeps no speaker's role and the words are narration, as a speech studied is.
"""

from __future__ import annotations

import re

from etl.contract.model import Reading, Speech
from etl.extract.people.speech_spans import joined_speeches
from etl.extract.text.patterns import compile_tc, simplified_page

__all__ = ["without_relayed_words"]

# What a clause passes on, from its verb to 精神 (传达了…某某在会议上的讲话精神), within one clause: across a comma
# the 学习 is another clause's (…学习会，邀请…教授，围绕全会精神作辅导: the scholar speaks).
_PASSED_ON = compile_tc(r"(?:传达|学习)[^，,。！？!?；;\n]{0,80}?精神")
_SENTENCE_START = re.compile(r"[。！？!?；;\n]")


def without_relayed_words(text: str, reading: Reading) -> Reading:
    """``reading`` without the speaker's role of people whose every span is a leader's words passed on."""
    if "精神" not in text:
        return reading
    key = simplified_page(text)
    speakers = {p.name for p in reading.people if p.role == "speaker"}
    presiders = {p.name for p in reading.people if p.role == "presider"}
    relayed = {
        name
        for name in speakers - presiders
        if _named_only_as_passed_on(key, name)
        and all(_passed_on_before(key, s.start, name) for s in reading.speeches if s.speaker == name)
    }
    if not relayed:
        return reading
    people = tuple(p for p in reading.people if not (p.name in relayed and p.role == "speaker"))
    speeches = tuple(Speech(s.start, s.text, None) if s.speaker in relayed else s for s in reading.speeches)
    return Reading(people, joined_speeches(speeches))


def _named_only_as_passed_on(key: str, name: str) -> bool:
    """Every mention of ``name`` by its full name lies inside a clause passing on a speech."""
    clauses = [(m.start(), m.end()) for m in _PASSED_ON.finditer(key) if name in m.group(0)]
    at = key.find(name)
    if at < 0 or not clauses:
        return False
    while at >= 0:
        if not any(a <= at < b for a, b in clauses):
            return False
        at = key.find(name, at + 1)
    return True


def _passed_on_before(key: str, start: int, name: str) -> bool:
    """The sentence up to ``start`` holds a clause passing on a speech that names ``name``."""
    begin = max((m.end() for m in _SENTENCE_START.finditer(key, 0, start)), default=0)
    return any(name in m.group(0) for m in _PASSED_ON.finditer(key, begin, start))
