"""A compiled pre-check in front of a Python pattern that is searched over whole texts.

Python's ``re`` tries a pattern at every position when its alternatives begin with character
classes, as the traditional-tolerant patterns do (会 -> [会會]): 10-30 M characters/s. RE2
(google-re2) runs an automaton over the text at 50-70 M characters/s, but does not speak all of
Python's syntax (no lookaround, ASCII ``\\d`` and ``\\s``). ``Prefiltered`` translates the pattern
into an RE2 pattern that matches **at least** wherever the Python one does (lookarounds dropped,
``\\d`` as any number, ``\\s`` as any Unicode space, ``^`` and ``$`` at every line), asks RE2
first, and runs the Python pattern only when RE2 finds something. The answers are the Python
pattern's own, so behaviour is unchanged; only texts without a possible match are skipped.

Worth it only for long texts where matches are rare (a pass over a whole report); on short
lines the call overhead outweighs the scan.

``one_scan`` puts several pre-checks into one RE2 set: a long text is scanned once for all of
them (the first pre-check that asks), and the others read the answer. A set whose scan could not
finish (RE2's automaton out of memory) says so through a pattern that always matches at the
end; each pre-check then scans by itself.
"""

from __future__ import annotations

import re
from typing import Any

import re2

from etl.extract.text.first_chars import first_chars_ahead

__all__ = ["Prefiltered", "one_scan", "superset_pattern"]

_SPACE = r"\s\p{Z}\x{0b}\x{1c}-\x{1f}\x{85}"  # Python's Unicode whitespace, and more
_ESCAPED_OUTSIDE = {"d": r"\pN", "s": f"[{_SPACE}]", "n": r"\n", "t": r"\t", "r": r"\r"}
_ESCAPED_INSIDE = {"d": r"\pN", "s": _SPACE, "n": r"\n", "t": r"\t", "r": r"\r"}
_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")


class Untranslatable(ValueError):
    """The pattern uses syntax the translation does not widen safely."""


def _escape(pattern: str, i: int, inside: bool) -> tuple[str, int]:
    """The RE2 form of the escape at ``pattern[i]`` (a backslash) and the index after it."""
    ch = pattern[i + 1] if i + 1 < len(pattern) else ""
    table = _ESCAPED_INSIDE if inside else _ESCAPED_OUTSIDE
    if ch in table:
        return table[ch], i + 2
    if ch == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", pattern[i + 2 : i + 6]):
        return f"\\x{{{pattern[i + 2 : i + 6]}}}", i + 6
    if ch and not ch.isalnum():
        return "\\" + ch, i + 2  # an escaped symbol: \- \. \( \[ \*
    raise Untranslatable(f"escape \\{ch}")


def _skip_group(pattern: str, i: int) -> int:
    """The index after the group opening at ``pattern[i]`` (escapes and classes respected)."""
    depth = 0
    inside = False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if inside:
            inside = ch != "]"
        elif ch == "[":
            inside = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise Untranslatable("unbalanced group")


def superset_pattern(pattern: str) -> str:
    """An RE2 pattern that matches wherever ``pattern`` (Python syntax) can match, and maybe more."""
    out: list[str] = []
    i = 0
    inside = False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            piece, i = _escape(pattern, i, inside)
            out.append(piece)
            continue
        if inside:
            inside = ch != "]"
        elif ch == "[":
            inside = True
            out.append(ch)
            if pattern[i + 1 : i + 2] == "^":
                out.append("^")
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                out.append("\\]")
                i += 1
            i += 1
            continue
        elif pattern.startswith(_LOOKAROUND, i):
            i = _skip_group(pattern, i)  # a zero-width test: without it, more can match
            continue
        elif pattern.startswith("(?", i) and not pattern.startswith(("(?:", "(?P<"), i):
            raise Untranslatable(f"group {pattern[i : i + 4]}")
        out.append(ch)
        i += 1
    return "(?m)" + "".join(out)  # ^ and $ at every line: wider than Python without re.MULTILINE


def _options(pattern: re.Pattern[str]) -> Any:
    options = re2.Options()
    options.log_errors = False
    options.case_sensitive = not pattern.flags & re.IGNORECASE
    options.dot_nl = bool(pattern.flags & re.DOTALL)
    options.max_mem = 64 << 20
    return options


def _translated(pattern: re.Pattern[str]) -> str | None:
    """The RE2 pre-check's source for ``pattern``, or None when none can be built."""
    if pattern.flags & re.VERBOSE or pattern.flags & re.ASCII:
        return None
    if pattern.flags & re.IGNORECASE and any(c.lower() != c.upper() for c in pattern.pattern if not c.isascii()):
        return None  # Python's and RE2's case folding agree on ASCII letters only
    try:
        return superset_pattern(pattern.pattern)
    except Untranslatable:
        return None


def _compiled_source(source: str | None, pattern: re.Pattern[str]) -> Any | None:
    """The RE2 pre-check of ``source`` (``pattern``'s translation), or None when it cannot be built
    (then none is used)."""
    if source is None:
        return None
    try:
        return re2.compile(source, _options(pattern))
    except re2.error:
        return None


class Prefiltered:
    """``pattern``'s ``search`` and ``findall``, skipped (None, []) where RE2 finds no match."""

    def __init__(self, pattern: re.Pattern[str], *, ahead: bool = False) -> None:
        self.pattern = pattern
        # ahead: searched behind a lookahead of its first characters (the same matches, first_chars.py);
        # the pre-check is made from the pattern as written (RE2 has no lookahead)
        self._searched = first_chars_ahead(pattern) if ahead else pattern
        # The pre-check's RE2 pattern is compiled when first asked for: a text that a shared scan
        # (``one_scan``) answers for needs none, and compiling them all took 7 ms of every process
        # that loads the reading modules, before its first page.
        self.source = _translated(pattern)
        self._check: Any | None = None
        self._asked = self.source is None
        self.ignore_case = bool(pattern.flags & re.IGNORECASE)
        self.scan: OneScan | None = None  # set by ``one_scan``

    @property
    def check(self) -> Any | None:
        """The RE2 pre-check, or None when none can be built (then every text is searched)."""
        if not self._asked:
            self._asked = True
            self._check = _compiled_source(self.source, self.pattern)
        return self._check

    def may_match(self, text: str) -> bool:
        if self.source is None or (self.ignore_case and ("\u0130" in text or "\u0131" in text)):
            return True  # Python folds i with İ and ı under re.IGNORECASE; RE2 does not
        if self.scan is not None and len(text) >= OneScan.MIN_CHARS:
            found = self.scan.found(text)
            if found is not None:
                return self in found
        check = self.check
        return check is None or check.search(text) is not None

    def search(self, text: str) -> re.Match[str] | None:
        return self._searched.search(text) if self.may_match(text) else None

    def findall(self, text: str) -> list[Any]:
        return self._searched.findall(text) if self.may_match(text) else []


class OneScan:
    """Several pre-checks in one RE2 set: which of them can match a text, from one scan of it.

    The answers for the last few texts are kept (a page's raw form, its cleaned text), keyed by
    the text object itself: a ``str`` never changes, and the entry holds it so its id is not reused.
    """

    MIN_CHARS = 1_000  # below this a pre-check's own scan costs less than the set's
    KEPT = 4

    def __init__(self, members: list[Prefiltered]) -> None:
        self.members = members
        self._set = re2.Set.SearchSet(_set_options())
        for member in members:
            self._set.Add(_inline_flags(member.pattern, member.source or ""))
        self._finished = self._set.Add(r"\z")  # matches at the end: the scan ran to it
        self._set.Compile()
        self._kept: dict[int, tuple[str, frozenset[Prefiltered] | None]] = {}

    def found(self, text: str) -> frozenset[Prefiltered] | None:
        """The members whose pre-check can match ``text``; None when the scan could not finish."""
        kept = self._kept.get(id(text))
        if kept is not None and kept[0] is text:
            return kept[1]
        matched = self._set.Match(text) or []
        found = frozenset(self.members[i] for i in matched if i != self._finished)
        answer = found if self._finished in matched else None
        if len(self._kept) >= self.KEPT:
            self._kept.pop(next(iter(self._kept)))
        self._kept[id(text)] = (text, answer)
        return answer


def _set_options() -> Any:
    options = re2.Options()
    options.log_errors = False
    options.max_mem = 256 << 20
    return options


def _inline_flags(pattern: re.Pattern[str], source: str) -> str:
    """``source`` with ``pattern``'s case and dot flags written into it (a set's options are shared)."""
    flags = ("i" if pattern.flags & re.IGNORECASE else "") + ("s" if pattern.flags & re.DOTALL else "")
    return f"(?{flags}:{source})" if flags else source


def one_scan(*members: Prefiltered) -> OneScan | None:
    """Let ``members`` (those with a pre-check) share one scan of each long text they are asked about."""
    # Those with a translation (a translation RE2 then refused would fail the set's Add below, and
    # each would scan by itself: the same answers; none of the reading modules' does).
    checked = [m for m in members if m.source is not None]
    if len(checked) < 2:
        return None
    try:
        scan = OneScan(checked)
    except re2.error:
        return None  # each pre-check scans by itself
    for member in checked:
        member.scan = scan
    return scan
