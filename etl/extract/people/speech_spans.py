"""A reading's speech spans joined and its names made canonical.

Spans are consecutive and cover the text exactly: ``"".join(texts) == text``.
"""

from __future__ import annotations

from collections.abc import Iterable

from etl.contract.model import Person, Reading, Speech
from etl.extract.text.patterns import simplified


def merged_speeches(pieces: Iterable[tuple[int, int, str | None]], text: str) -> tuple[Speech, ...]:
    """Consecutive pieces with the same speaker joined; falls back to one span if not a cover."""
    spans: list[list[int | str | None]] = []
    pos = 0
    for a, b, who in pieces:
        if a != pos:
            return (Speech(0, text, None),)
        if spans and spans[-1][2] == who:
            spans[-1][1] = b
        else:
            spans.append([a, b, who])
        pos = b
    if pos != len(text):
        return (Speech(0, text, None),)
    return tuple(Speech(int(a), text[int(a) : int(b)], w) for a, b, w in spans)  # type: ignore[arg-type]


def _canonical(name: str) -> str:
    """A name in simplified script, so a traditional repost names the same people (吳某 -> 吴某)."""
    return simplified(name)


def canonical_reading(people: tuple[Person, ...], speeches: tuple[Speech, ...]) -> Reading:
    if all(_canonical(p.name) == p.name for p in people):
        return Reading(people, speeches)
    return Reading(
        tuple(Person(_canonical(p.name), p.title, p.role) for p in people),
        tuple(Speech(s.start, s.text, s.speaker and _canonical(s.speaker)) for s in speeches),
    )


def joined_speeches(speeches: tuple[Speech, ...]) -> tuple[Speech, ...]:
    """Consecutive spans of the same speaker joined into one."""
    out: list[Speech] = []
    for s in speeches:
        if out and out[-1].speaker == s.speaker:
            out[-1] = Speech(out[-1].start, out[-1].text + s.text, s.speaker)
        else:
            out.append(s)
    return tuple(out)
