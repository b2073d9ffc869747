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

    def count_terms(self, text: str) -> Counter[str]:
        """Tokens worth counting: two characters or more, not a stopword, not a number."""
        tokens = rjieba.cut(text)
        ok = self._ok
        for token in set(tokens) - ok - self._not_ok:  # decided once per process per token
            (ok if self._is_countable(token) else self._not_ok).add(token)
        return Counter(filter(ok.__contains__, tokens))

    def _is_countable(self, token: str) -> bool:
        return len(token) >= 2 and token not in self.stopwords and _COUNTABLE.match(token) is not None
