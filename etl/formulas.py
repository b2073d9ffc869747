"""提法: listed formulas (四个意识), numeral formulas and quoted slogans (“大强美富通”)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

import ahocorasick

_SLOGAN = re.compile(r"“([^“”\n]{2,12})”")


class FormulaFinder:
    def __init__(self, listed: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        n = 0
        for f in listed:
            self._automaton.add_word(f, f)
            n += 1
        self._empty = n == 0
        if n:
            self._automaton.make_automaton()

    def count(self, text: str) -> Counter[str]:
        counts: Counter[str] = Counter()
        if not self._empty:
            for _, f in self._automaton.iter_long(text):
                counts[f] += 1
        for m in _SLOGAN.finditer(text):
            counts[m.group(0)] += 1
        return counts
