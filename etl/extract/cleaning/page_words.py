"""A line made only of the words web pages use about themselves (``resources/page_words.tsv``:
  navigation, accounts, search, comments, sharing, printing, font size, counters, pagination,
  media players, recommendations and rankings, attachments, accessibility, version switches):
  a short line without a sentence mark whose characters are all covered by page words, with
  digits, spaces, separators, colons, brackets and arrows aside (热门推荐, 还没有账号?, 点阅率:35,
  下一版 本期共8版). A user extends the family by editing the file, not the code.

``etl.extract.cleaning.clean`` asks it of every short line; ``etl.extract.cleaning.margins`` uses the share of a
line that page words cover as a weaker signal in the page's footer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from etl.extract.text.patterns import spellings

__all__ = [
    "MODIFIER_FAMILY",
    "PAGE_WORDS",
    "PageWords",
    "ends_with_page_word",
    "is_page_words_line",
    "page_words",
    "page_words_share",
]

PAGE_WORDS = Path(__file__).resolve().parent / "resources" / "page_words.tsv"
# No report line of any annotated set or of the national corpora up to 80 characters is made of
# page words only; 40 keeps the rule to the size of widgets and menu bars.
_PAGE_LINE_MAX = 40
# What a line of page words may hold beside them: digits, spaces, separators, colons, brackets,
# arrows, and a widget's commas, ! and ? (暂无评论,快来发表吧!); a full stop, a semicolon or an
# enumeration comma makes it a sentence.
_ASIDE = frozenset(
    " \t\u3000\xa0:：|丨/／\\·•・-—–_=~～*＊+＋#＃&@%％.．…()（）[]【】<>＜＞《》〈〉「」『』{}"
    "←→↑↓»«›‹▲▼△▽►◄▶◀,，!！?？0123456789０１２３４５６７８９"
)
_PAGE_ASIDE = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]+")
# A publish stamp (发布时间:2021-03-04 10:12) is left to the rules that take its date.
_PAGE_DATE = re.compile(r"\d{4}\s*[-/.]\s*\d|\d[:：]\d\d")
_PAGE_MIN_CJK = 2


# The family of words that name a page's owner or kind and count only before a page word of
# two characters or more (学院首页, 新闻正文, 栏目导航, 高级检索): never alone, never last.
MODIFIER_FAMILY = "modifier"
_HEAD_MIN = 2


@dataclass(frozen=True)
class PageWords:
    """Every spelling of the page words (simplified, traditional; Latin in lower case), of the
    modifiers (``MODIFIER_FAMILY``), the longest one's length, and the characters a line of
    them may hold (a cheap first test)."""

    words: frozenset[str]
    longest: int
    characters: frozenset[str]
    modifiers: frozenset[str] = frozenset()
    # The first two characters of every page word of two or more: where none begins, none is matched.
    starts: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", frozenset(word[:2] for word in self.words if len(word) >= 2))


def page_words(path: Path = PAGE_WORDS) -> PageWords:
    """The page words of ``path``: rows of a family, a tab and its words separated by spaces;
    ``#`` starts a comment."""
    words: set[str] = set()
    modifiers: set[str] = set()
    for number, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not row.strip() or row.startswith("#"):
            continue
        family, sep, listed = row.partition("\t")
        if not sep or not family.strip() or not listed.split():
            raise ValueError(f"{path}:{number}: expected a family, a tab and its words: {row!r}")
        into = modifiers if family.strip() == MODIFIER_FAMILY else words
        for word in listed.split():
            into.update(spelling.lower() for spelling in spellings(word))
    if not words:
        raise ValueError(f"{path}: no page words")
    modifiers -= words
    characters = {ch for word in words | modifiers for ch in word}
    return PageWords(
        frozenset(words),
        max(map(len, words | modifiers)),
        frozenset(characters | {ch.upper() for ch in characters} | _ASIDE),
        frozenset(modifiers),
    )


_VOCABULARY = page_words()


def is_page_words_line(line: str, vocabulary: PageWords = _VOCABULARY) -> bool:
    """A short line without a sentence mark made only of page words (see the module doc)."""
    if len(line) > _PAGE_LINE_MAX or not vocabulary.characters.issuperset(line) or _PAGE_DATE.search(line):
        return False
    text = _PAGE_ASIDE.sub("", line).lower()
    return sum(ch >= "\u4e00" for ch in text) >= _PAGE_MIN_CJK and _covered(text, vocabulary)


def page_words_share(line: str, vocabulary: PageWords = _VOCABULARY) -> float:
    """The share of ``line``'s characters (CJK and Latin) that page words of two characters or
    more cover, matched longest first from the left: a weaker signal than ``is_page_words_line``,
    for the page's footer (``etl.extract.cleaning.margins``)."""
    text = _PAGE_ASIDE.sub("", line).lower()
    covered, i = 0, 0
    while i < len(text):
        j = i
        if text[i : i + 2] in vocabulary.starts:  # else no page word of two characters or more begins here
            j = next(
                (j for j in range(min(len(text), i + vocabulary.longest), i + 1, -1) if text[i:j] in vocabulary.words),
                i,
            )
        covered += j - i
        i = max(j, i + 1)
    letters = sum(not ch.isdigit() for ch in text)
    return covered / letters if letters else 0.0


def ends_with_page_word(line: str, vocabulary: PageWords = _VOCABULARY) -> bool:
    """``line`` (its letters, marks aside) ends with a page word of two characters or more."""
    text = _PAGE_ASIDE.sub("", line).lower()
    return any(text[-n:] in vocabulary.words for n in range(2, min(len(text), vocabulary.longest) + 1))


def _covered(text: str, vocabulary: PageWords) -> bool:
    """``text`` splits into page words and digits (a word break at every reachable place); a
    modifier's end is a break only a page word of two characters or more (or a modifier) may
    leave."""
    reach = [True] + [False] * len(text)
    after_modifier = [False] * (len(text) + 1)
    for i, ch in enumerate(text):
        if not (reach[i] or after_modifier[i]):
            continue
        if ch.isdigit() and reach[i]:
            reach[i + 1] = True
        for j in range(i + 1, min(len(text), i + vocabulary.longest) + 1):
            word = text[i:j]
            if word in vocabulary.modifiers:
                after_modifier[j] = True
            elif word in vocabulary.words and (reach[i] or j - i >= _HEAD_MIN):
                reach[j] = True
    return reach[-1]
