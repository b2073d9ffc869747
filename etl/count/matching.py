"""Counting theme keywords and listed words in text, independent of segmentation.

生态 inside 生态环境 still counts, and within one theme overlapping keywords are resolved
leftmost-longest, so one occurrence counts once. ``ThemeCounter.count_found`` is the one rule
that turns a speech's keyword occurrences into theme hits: the ETL finds them with a
``JointScan`` (theme keywords and listed 提法 in one scan of each speech); its recount and the
dashboard through ``speech_theme_hits``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter

import ahocorasick_rs

from etl.count.codebook import Codebook


def _sweep(hits: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """Leftmost-longest, non-overlapping (start, end, keyword) from all matches of one theme."""
    last_end = -1
    for start, neg_len, kw in sorted(hits):
        if start >= last_end:
            last_end = start - neg_len
            yield start, last_end, kw


class ThemeCounter:
    """Counts every theme's keywords in one pass over the text.

    One Aho-Corasick scan finds every occurrence of every keyword. Most keywords can never
    overlap another keyword of their theme (nor themselves): their occurrences are simply
    tallied. Only the others go through the leftmost-longest sweep of their theme.
    """

    def __init__(self, codebook: Codebook) -> None:
        self.codebook = codebook
        owners: dict[str, list[str]] = {}
        for theme in codebook.themes:
            for kw in theme.keywords:
                owners.setdefault(kw, []).append(theme.theme)
        self._owners = {kw: tuple(themes) for kw, themes in owners.items()}
        self._patterns = PatternSet(owners)
        plain: dict[str, list[tuple[str, str]]] = {kw: [] for kw in owners}
        swept: dict[str, list[str]] = {kw: [] for kw in owners}
        for theme in codebook.themes:
            overlapping = overlapping_words(theme.keywords)
            for kw in dict.fromkeys(theme.keywords):
                if kw in overlapping:
                    swept[kw].append(theme.theme)
                else:
                    plain[kw].append((theme.theme, kw))
        words = self._patterns.words
        self._plain = [tuple(plain[w]) for w in words]  # by pattern index: (theme, kw) keys tallied as found
        self._swept = [tuple(swept[w]) for w in words]  # by pattern index: themes whose sweep it joins

    def _occurrences(self, text: str) -> list[tuple[int, str]]:
        """(start, keyword) of every occurrence, overlapping ones included."""
        return [(start, kw) for start, _, kw in self._patterns.find(text)]

    def _hits(self, text: str, only: str | None) -> dict[str, list[tuple[int, int, str]]]:
        by_theme: dict[str, list[tuple[int, int, str]]] = {}
        for start, kw in self._occurrences(text):
            for t in self._owners[kw]:
                if only is None or t == only:
                    by_theme.setdefault(t, []).append((start, -len(kw), kw))
        return by_theme

    def count(self, text: str) -> Counter[tuple[str, str]]:
        """(theme, keyword) -> count, leftmost-longest and non-overlapping within each theme."""
        return self.count_spans(text, [(0, len(text))])[0]

    @property
    def patterns(self) -> PatternSet:
        return self._patterns

    def count_spans(self, text: str, bounds: Sequence[tuple[int, int]]) -> list[Counter[tuple[str, str]]]:
        """``count(text[a:b])`` for each (a, b) of ``bounds``."""
        return [self.count_found(self._patterns.find_indexes(text[a:b])) for a, b in bounds]

    def count_found(self, found: Sequence[tuple[int, int, int]]) -> Counter[tuple[str, str]]:
        """``count`` of a text from its occurrences (``patterns.find_indexes``, in their order)."""
        counts: Counter[tuple[str, str]] = Counter()
        if not found:
            return counts
        plain, swept, words = self._plain, self._swept, self._patterns.words
        tally = Counter(map(itemgetter(0), found))
        to_sweep = False
        for i, n in tally.items():
            for key in plain[i]:
                counts[key] += n
            to_sweep = to_sweep or bool(swept[i])
        if not to_sweep:
            return counts
        by_theme: dict[str, list[tuple[int, int, str]]] = {}
        for i, start, end in found:
            for theme in swept[i]:
                by_theme.setdefault(theme, []).append((start, start - end, words[i]))
        for theme, hits in by_theme.items():
            for _, _, kw in _sweep(hits):
                counts[(theme, kw)] += 1
        return counts

    def spans(self, text: str, theme: str | None = None) -> list[tuple[int, int, str, str]]:
        """(start, end, theme, keyword) of every counted hit: the evidence behind ``count``."""
        found = self._hits(text, theme)
        return sorted((start, end, t, kw) for t, hits in found.items() for start, end, kw in _sweep(hits))


def _find_all(text: str, word: str) -> Iterator[int]:
    start = text.find(word)
    while start >= 0:
        yield start
        start = text.find(word, start + 1)


class PatternSet:
    """Every occurrence of a fixed set of words, overlapping ones included, in one scan.

    A DFA Aho-Corasick automaton in Rust (ahocorasick_rs) scans about 50 M characters/s here,
    five times pyahocorasick; with a few words (a recount of one edited theme) ``str.find`` per
    word is faster still. Positions are character offsets. Pickles as its word list.
    """

    FEW = 8  # measured: 3 words 5x faster with str.find, 12 slower

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(dict.fromkeys(w for w in words if w))
        # Built at the first scan: the ETL scans the theme keywords and the listed formulas in one
        # set (``JointScan``), and the sets of each alone it builds are never scanned there (their
        # DFAs cost 4-10 ms of every process that reads, an addition's included).
        self._built: ahocorasick_rs.AhoCorasick | None = None

    def __reduce__(self) -> tuple[type[PatternSet], tuple[tuple[str, ...]]]:
        return PatternSet, (self.words,)

    def _automaton(self) -> ahocorasick_rs.AhoCorasick:
        if self._built is None:
            self._built = ahocorasick_rs.AhoCorasick(self.words, implementation=ahocorasick_rs.Implementation.DFA)
        return self._built

    def find_indexes(self, text: str) -> list[tuple[int, int, int]]:
        """(word index, start, end) of every occurrence in ``text``."""
        if not text:
            return []
        if len(self.words) > self.FEW:
            found: list[tuple[int, int, int]] = self._automaton().find_matches_as_indexes(text, overlapping=True)
            return found
        return [(i, start, start + len(w)) for i, w in enumerate(self.words) for start in _find_all(text, w)]

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, word) of every occurrence in ``text``."""
        words = self.words
        return [(start, end, words[i]) for i, start, end in self.find_indexes(text)]


class JointScan:
    """Two pattern sets found in one scan of a text: each gets its own words' occurrences, with
    its own word indexes (the theme keywords and the listed 提法 of a speech, which were two
    scans of every speech). The occurrences are its own scan's; those ending at one position may
    come in another order, which no count depends on."""

    def __init__(self, first: PatternSet, second: PatternSet) -> None:
        self._both = PatternSet((*first.words, *second.words))
        first_index = {w: i for i, w in enumerate(first.words)}
        second_index = {w: i for i, w in enumerate(second.words)}
        self._to_first = [first_index.get(w, -1) for w in self._both.words]
        self._to_second = [second_index.get(w, -1) for w in self._both.words]

    def find_indexes(self, text: str) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int]]]:
        """``first.find_indexes(text)`` and ``second.find_indexes(text)`` (up to the order noted above)."""
        to_first, to_second = self._to_first, self._to_second
        found = self._both.find_indexes(text)
        first = [(j, start, end) for i, start, end in found if (j := to_first[i]) >= 0]
        second = [(j, start, end) for i, start, end in found if (j := to_second[i]) >= 0]
        return first, second


def overlapping_words(words: Iterable[str]) -> set[str]:
    """The words an occurrence of which can overlap an occurrence of itself or of another of
    ``words`` in some text: one holds another (生态 in 生态环境), or a word's end is another's (or
    its own) start (环境 and 境保护, 哈哈). Only these need their theme's leftmost-longest sweep.

    Each word's inner pieces, starts and ends in sets: linear in the words, where trying every
    pair of one theme's keywords was most of building the counter (779 keywords: 0.05 CPU s)."""
    distinct = set(words)
    inner: set[str] = set()  # pieces shorter than a word they are in ("" too)
    starts: set[str] = set()  # a word's proper starts, non-empty
    ends: set[str] = set()  # a word's proper ends, non-empty
    for w in distinct:
        inner.update(_pieces(w))
        starts.update(w[:k] for k in range(1, len(w)))
        ends.update(w[-k:] for k in range(1, len(w)))
    return {
        w
        for w in distinct
        if w in inner
        or not distinct.isdisjoint(_pieces(w))
        or any(w[-k:] in starts or w[:k] in ends for k in range(1, len(w)))
    }


def _pieces(word: str) -> set[str]:
    """Every substring of ``word`` shorter than it, the empty one included."""
    n = len(word)
    return {word[i:j] for i in range(n) for j in range(i, n + 1) if j - i < n}


def speech_theme_hits(
    counter: ThemeCounter, counting: str, speeches: Sequence[tuple[int, int, int]]
) -> Iterator[tuple[int, str, str, int]]:
    """(seq, theme, keyword, count) in each speech (seq, start, end) of one meeting's counting text.

    The ETL's recount, the dashboard's recount with an edited codebook and the codebook page's
    keyword try-out count with it; it applies ``ThemeCounter.count_found``, as the ETL's first
    count does.
    """
    found = counter.count_spans(counting, [(a, b) for _, a, b in speeches])
    for (seq, _, _), hits in zip(speeches, found, strict=True):
        for (theme, keyword), n in hits.items():
            yield seq, theme, keyword, n
