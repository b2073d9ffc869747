"""Segmentation: jieba precise mode (via rjieba, which gives jieba's exact tokens much faster).

rjieba keeps one global dictionary per process, so the policy dictionary is loaded once per
process (``Tokenizer.for_words``) and workers receive paths, never tokenizer objects.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

import rjieba

# A token is counted when it has at least two characters and contains a CJK character or a letter.
_COUNTABLE = re.compile(r"^(?=.*[\u4e00-\u9fffA-Za-z])[\u4e00-\u9fffA-Za-z0-9·\-]{2,}$")

# Words already added to rjieba's process-wide dictionary (they cannot be removed again).
_added: set[str] = set()


def name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """One meeting's names (two characters or more) as a pattern, longest first; None if none."""
    words = sorted({n for n in names if len(n) >= 2}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))) if words else None


def cut_with_names(text: str, names: re.Pattern[str] | None) -> list[str]:
    """rjieba's tokens of ``text`` with the meeting's names taken as words.

    The text is cut at every name and the pieces between are segmented alone, so a name glued to
    a verb (某某作, 某某强调) is one token and the verb another. Nothing is added to rjieba's
    dictionary, which is process-wide: one meeting's names never change another's tokens.
    """
    if names is None:
        return rjieba.cut(text)  # a new list already
    tokens: list[str] = []
    pos = 0
    for m in names.finditer(text):
        if m.start() > pos:
            tokens += rjieba.cut(text[pos : m.start()])
        tokens.append(m.group())
        pos = m.end()
    if pos < len(text):
        tokens += rjieba.cut(text[pos:])
    return tokens


class Verdicts(dict[str, bool]):
    """Whether each token is counted, decided by ``countable`` the first time it is looked up.

    ``filter(verdicts.__getitem__, tokens)`` then looks every known token up in compiled code and
    calls Python once per new token, where a set of each speech's tokens was built to find them."""

    def __init__(self, countable: Callable[[str], bool]) -> None:
        super().__init__()
        self._countable = countable

    def __missing__(self, token: str) -> bool:
        self[token] = verdict = self._countable(token)
        return verdict


class Tokenizer:
    def __init__(self, dictionary: Iterable[str], stopwords: frozenset[str]) -> None:
        for word in sorted(set(dictionary) - _added):
            rjieba.add_word(word, None, None)
            _added.add(word)
        self.stopwords = stopwords
        self._verdicts = Verdicts(self._is_countable)  # decided once per process per token

    @staticmethod
    def cut(text: str) -> list[str]:
        return list(rjieba.cut(text))

    def count_terms(self, text: str, names: re.Pattern[str] | None = None) -> Counter[str]:
        """Tokens worth counting: two characters or more, not a stopword, not a number.

        ``names`` (from ``name_pattern``) are the meeting's people, taken as words.
        """
        return Counter(filter(self._verdicts.__getitem__, cut_with_names(text, names)))

    def _is_countable(self, token: str) -> bool:
        return len(token) >= 2 and token not in self.stopwords and _COUNTABLE.match(token) is not None
