"""A higher meeting followed at a branch venue (分会场): its presider and speakers are not this meeting's.

A county or a town often reports a national or provincial meeting held by teleconference that its
leaders followed at their branch venue (全国…会议召开，某某出席并讲话，某某主持。…我县在分会场收听收看了
会议。会后，县委书记某某要求…): the report is the local meeting's, and those named only in the opening
that tells the higher meeting are its people, heard like a speech studied. They keep no presider's or
speaker's role, and the words given to them are narration.
"""

from __future__ import annotations

import re

from etl.contract.model import Person, Reading, Speech
from etl.extract.people.speech_spans import joined_speeches
from etl.extract.text.patterns import compile_tc, simplified_page

COLLECTIVE = "会议"  # the meeting's own voice (etl.extract.people.people.COLLECTIVE)

__all__ = ["without_relayed_meeting"]

# The local leaders followed the meeting at their branch venue (在某县分会场收听收看了会议, 在分会场参加会议,
# 组织收听收看): the sentence that ends the higher meeting's part.
_BRANCH_VENUE = compile_tc(
    r"分会场[^。；;\n]{0,20}?(?:收听收看|收看收听|收听|收看|参加|参会|观看)|"
    r"(?:组织|集中)(?:收听收看|收看收听|收看|收听)[^。；;\n]{0,30}?(?:会议|大会)"
)
# What told the higher meeting before it: held (召开, 举行) or held by teleconference.
_HELD = compile_tc(r"召开|举行|电视电话会议|视频会议")
_SENTENCE_END = re.compile(r"[。！？!?]")
_MAIN_VENUE = compile_tc(r"主会场")


def _relayed_opening(text: str) -> tuple[int, int]:
    """Where the sentence naming the branch venue starts and ends, when a held meeting is told before it
    and the sentence names no main venue (在主会场…, 在分会场…: the report's own meeting); else (0, 0)."""
    m = _BRANCH_VENUE.search(text)
    if m is None:
        return 0, 0
    start = max(text.rfind(mark, 0, m.start()) for mark in "。！？!?\n") + 1
    end_mark = _SENTENCE_END.search(text, m.end())
    end = end_mark.end() if end_mark else len(text)
    if _MAIN_VENUE.search(text, start, end) or not _HELD.search(text, 0, start):
        return 0, 0
    return start, end


def without_relayed_meeting(text: str, reading: Reading) -> Reading:
    """``reading`` without the presider's and speakers' roles of people named only in the opening that
    tells a higher meeting followed at a branch venue, when a speaker of the local meeting follows (see the module doc)."""
    if "分会场" not in text and "分會場" not in text and "收看" not in text:
        return reading
    opening, venue_end = _relayed_opening(text)
    if not opening:
        return reading
    if not any(s.start >= venue_end and s.speaker not in (None, COLLECTIVE) for s in reading.speeches):
        return reading  # no local meeting is told after the branch venue: the report is of the meeting followed
    key = simplified_page(text)
    relayed = {p.name for p in reading.people if _relayed(p, key, opening, reading.speeches)}
    if not relayed:
        return reading
    people = tuple(p for p in reading.people if not (p.name in relayed and p.role in ("presider", "speaker")))
    speeches = tuple(Speech(s.start, s.text, None) if s.speaker in relayed else s for s in reading.speeches)
    return Reading(people, joined_speeches(speeches))


def _relayed(person: Person, key: str, opening: int, speeches: tuple[Speech, ...]) -> bool:
    """A presider named only before ``opening``, or a speaker named before it whose words all lie before it
    (a later mention may cite the higher meeting's speech: 按照某某总书记的重要讲话精神)."""
    if person.role not in ("presider", "speaker") or person.name not in key[:opening]:
        return False
    if person.role == "presider":
        return person.name not in key[opening:]
    return all(s.start < opening for s in speeches if s.speaker == person.name)
