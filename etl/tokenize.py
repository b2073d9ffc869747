"""Segmentation: jieba precise mode (via rjieba, which gives jieba's exact tokens much faster).

rjieba keeps one global dictionary per process, so the policy dictionary is loaded once per
process (``Tokenizer.for_words``) and workers receive paths, never tokenizer objects.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

import rjieba

# A token is counted when it has at least two characters and contains a CJK character or a letter.
_COUNTABLE = re.compile(r"^(?=.*[\u4e00-\u9fffA-Za-z])[\u4e00-\u9fffA-Za-z0-9·\-]{2,}$")

# Words already added to rjieba's process-wide dictionary (they cannot be removed again).
_added: set[str] = set()


def split_names(tokens: list[str], names: Iterable[str]) -> list[str]:
    """Tokens with a leading name split off: [某某作, 报告] -> [某某, 作, 报告]."""
    by_head: dict[str, list[str]] = {}
    for n in sorted({n for n in names if len(n) >= 2}, key=len, reverse=True):
        by_head.setdefault(n[:2], []).append(n)
    if not any(t[:2] in by_head for t in set(tokens) if len(t) > 2):
        return tokens
    out: list[str] = []
    for token in tokens:
        candidates = by_head.get(token[:2]) if len(token) > 2 else None
        name = next((n for n in candidates if len(token) > len(n) and token.startswith(n)), None) if candidates else None
        if name is None:
            out.append(token)
        else:
            out.extend((name, token[len(name) :]))
    return out


class Tokenizer:
    def __init__(self, dictionary: Iterable[str], stopwords: frozenset[str]) -> None:
        for word in sorted(set(dictionary) - _added):
            rjieba.add_word(word, None, None)
            _added.add(word)
        self.stopwords = stopwords
        self._ok: set[str] = set()
        self._not_ok: set[str] = set()

    @staticmethod
    def cut(text: str) -> list[str]:
        return list(rjieba.cut(text))

    def count_terms(self, text: str, names: Iterable[str] = ()) -> Counter[str]:
        """Tokens worth counting: two characters or more, not a stopword, not a number.

        ``names`` are the people of this meeting: a token that starts with one of them glued to
        a verb (某某作, 某某强调) is counted as the name and the rest. This is done on the tokens,
        not by adding the names to rjieba's dictionary, which is process-wide: one meeting's
        names never change another meeting's counts.
        """
        tokens = rjieba.cut(text)
        if names:
            tokens = split_names(tokens, names)
        ok = self._ok
        for token in set(tokens) - ok - self._not_ok:  # decided once per process per token
            (ok if self._is_countable(token) else self._not_ok).add(token)
        return Counter(filter(ok.__contains__, tokens))

    def _is_countable(self, token: str) -> bool:
        return len(token) >= 2 and token not in self.stopwords and _COUNTABLE.match(token) is not None
