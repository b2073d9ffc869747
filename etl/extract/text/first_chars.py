"""A pattern's possible first characters as a lookahead in front of it.

``re`` skips quickly to where a match may start only when a pattern opens with a literal, a class
or an alternation of literals. A pattern that opens with a repeat (``\\d{1,2}\\s*月``) or with an
alternation of classes (what ``compile_tc`` makes of 联系|服务: ``[联聯][系繫]|[服][务務]``) is
instead tried in full at every position of the text. Put in front, a lookahead of the characters
any of its matches can begin with (``(?=[联聯服\\d])``) turns most positions away after one
class test, and finds the same matches: a match of the pattern begins with one of them.

The characters are read from the pattern's parse, so a branch a fitter adds to the pattern is
covered without anyone keeping a list of triggers. Where they cannot be read (a branch that may
open with any character, a negated class, inline flags in a group, a pattern that can match
nothing at all) the pattern is returned as it is.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["FirstChars", "first_chars", "first_chars_ahead", "first_chars_lookahead"]

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


class _Unknown(Exception):
    """The first characters of a part of the pattern cannot be told."""


def _char(code: int) -> str:
    return re.escape(chr(code))


def _class_items(items: list[tuple[Any, Any]]) -> list[str]:
    out = []
    for op, av in items:
        if op is sre.LITERAL:
            out.append(_char(av))
        elif op is sre.RANGE:
            out.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            raise _Unknown(op)  # a negated class, or a category a class cannot hold
    return out


def _first(seq: Any) -> tuple[list[str], bool]:
    """The class items a match of ``seq`` may begin with, and whether it may match nothing."""
    items: list[str] = []
    for op, av in seq:
        if op is sre.LITERAL:
            return [*items, _char(av)], False
        if op is sre.IN:
            return items + _class_items(av), False
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the next part gives the first character
        if op is sre.SUBPATTERN:
            if av[1] or av[2]:
                raise _Unknown(op)  # flags of its own ((?i:…)): the lookahead would not share them
            inner, empty = _first(av[3])
        elif op is sre.ATOMIC_GROUP:
            inner, empty = _first(av)
        elif op is sre.BRANCH:
            inner, empty = [], False
            for branch in av[1]:
                part, part_empty = _first(branch)
                inner += part
                empty = empty or part_empty
        elif op in _REPEATS:
            inner, empty = _first(av[2])
            empty = empty or av[0] == 0
        else:
            raise _Unknown(op)  # any character, a back-reference, a conditional
        items += inner
        if not empty:
            return items, False
    return items, True


# The first characters of the patterns ``first_chars_ahead`` put behind them: read again (``FirstChars``),
# they are the lookahead's, without parsing the pattern a second time (2 ms for a pattern of every surname).
_AHEAD: dict[re.Pattern[str], str] = {}


def first_chars(pattern: re.Pattern[str]) -> str | None:
    """A class of every character a match of ``pattern`` can begin with, or None when unknown."""
    if pattern in _AHEAD:
        return _AHEAD[pattern]
    if pattern.flags & re.VERBOSE:
        return None
    try:
        items, empty = _first(_parser.parse(pattern.pattern, pattern.flags))
    except _Unknown:
        return None
    return None if empty else "[" + "".join(dict.fromkeys(items)) + "]"


def first_chars_ahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a lookahead of its first characters (same matches), or ``pattern``
    itself when they cannot be told."""
    chars = first_chars(pattern)
    if chars is None:
        return pattern
    try:
        ahead = re.compile(f"(?={chars})(?:{pattern.pattern})", pattern.flags)
    except re.error:  # global inline flags ((?i) at its start) must stay first
        return pattern
    _AHEAD[ahead] = chars
    return ahead


def first_chars_lookahead(source: str) -> str:
    """A lookahead of the characters a match of ``source`` can begin with, to write in front of it
    where it follows something else in a pattern (``[任长](?=[王李…])(?=王|李…)``): most positions past
    the part before are turned away after one class test. Empty when they cannot be told."""
    chars = first_chars(re.compile(source))
    return f"(?={chars})" if chars else ""


class FirstChars:
    """Which of several patterns a match can begin with a text's first character: ``can_start(text)[k]``
    is False only where ``patterns[k].match(text)`` must fail, because no match of it begins so.

    A line tried against many anchored patterns paid a call of each to be turned away on its first
    character; here it pays one dict look-up, the answer kept per first character. A pattern whose
    first characters cannot be told (``first_chars`` None) is always tried.
    """

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self._classes = [re.compile(c, p.flags) if (c := first_chars(p)) else None for p in patterns]
        self._known: dict[str, tuple[bool, ...]] = {}

    def can_start(self, text: str) -> tuple[bool, ...]:
        first = text[:1]
        known = self._known.get(first)
        if known is None:
            known = tuple(c is None or (c.match(first) is not None) for c in self._classes)
            self._known[first] = known
        return known
