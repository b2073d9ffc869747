"""Codebooks are data: themes with keywords, the policy dictionary, stopwords and listed 提法.

All four live as plain files in one folder (``data/codebook`` by default) that users edit.
This module parses them (errors name the file and line) and counts theme keywords in text.
Keyword counting never depends on segmentation: 生态 inside 生态环境 still counts, and within
one theme overlapping keywords are resolved leftmost-longest, so one occurrence counts once.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

import ahocorasick_rs

from etl.sessions import NO_SESSIONS, SESSIONS_FILE, Sessions, parse_sessions

THEMES_FILE = "themes.csv"
DICTIONARY_FILE = "policy_dictionary.txt"
STOPWORDS_FILE = "stopwords.txt"
FORMULAS_FILE = "formulas.txt"
CODEBOOK_FILES = (THEMES_FILE, DICTIONARY_FILE, STOPWORDS_FILE, FORMULAS_FILE)
# Files a codebook folder may have; when present they are parsed and hashed like the others.
OPTIONAL_FILES = (SESSIONS_FILE,)

THEME_COLUMNS = ("theme", "label_en", "keywords")
_KEYWORD_SEP = re.compile(r"[|;；、]")


class CodebookError(ValueError):
    """A codebook file that cannot be used; says which file and line and why."""

    def __init__(self, path: str | Path, line: int | None, message: str) -> None:
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {message}")
        self.path = str(path)
        self.line = line
        self.message = message


@dataclass(frozen=True)
class Theme:
    theme: str  # the Chinese label, used as the theme's id
    label_en: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class Codebook:
    themes: tuple[Theme, ...]

    @property
    def labels_en(self) -> dict[str, str]:
        return {t.theme: t.label_en for t in self.themes}

    def to_csv(self) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(THEME_COLUMNS)
        for t in self.themes:
            writer.writerow((t.theme, t.label_en, "|".join(t.keywords)))
        return buf.getvalue()


def parse_themes(text: str, path: str | Path = THEMES_FILE) -> Codebook:
    """Parse themes.csv text: columns theme, label_en, keywords (separated by | ; or 、)."""
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    if not rows:
        raise CodebookError(path, None, "the file is empty; expected a header theme,label_en,keywords")
    header = tuple(h.strip() for h in rows[0])
    if header[:3] != THEME_COLUMNS:
        raise CodebookError(path, 1, f"header must start with {','.join(THEME_COLUMNS)}, got {','.join(header)}")
    themes: list[Theme] = []
    seen: dict[str, int] = {}
    for lineno, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
            continue
        if len(row) < 3:
            raise CodebookError(path, lineno, f"expected 3 columns (theme,label_en,keywords), got {len(row)}")
        name, label, raw_keywords = (cell.strip() for cell in row[:3])
        if not name:
            raise CodebookError(path, lineno, "the theme name is empty")
        if name in seen:
            raise CodebookError(path, lineno, f"theme {name} is already defined on line {seen[name]}")
        keywords = tuple(dict.fromkeys(k.strip() for k in _KEYWORD_SEP.split(raw_keywords) if k.strip()))
        if not keywords:
            raise CodebookError(path, lineno, f"theme {name} has no keywords")
        seen[name] = lineno
        themes.append(Theme(name, label or name, keywords))
    if not themes:
        raise CodebookError(path, None, "no themes defined")
    return Codebook(tuple(themes))


def parse_word_list(text: str, path: str | Path) -> tuple[str, ...]:
    """One word per line (a dictionary line may add jieba's frequency and tag); # comments."""
    words: list[str] = []
    for lineno, line in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        word = line.split()[0]
        if "\x00" in word or len(word) > 50:
            raise CodebookError(path, lineno, f"not a word: {word[:20]!r}")
        words.append(word)
    return tuple(dict.fromkeys(words))


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
            for kw in dict.fromkeys(theme.keywords):
                if _overlaps_itself(kw) or any(_can_overlap(kw, other) for other in theme.keywords if other != kw):
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

    def count_spans(self, text: str, bounds: Sequence[tuple[int, int]]) -> list[Counter[tuple[str, str]]]:
        """``count(text[a:b])`` for each (a, b) of ``bounds``."""
        out: list[Counter[tuple[str, str]]] = []
        plain, swept, words = self._plain, self._swept, self._patterns.words
        for a, b in bounds:
            counts: Counter[tuple[str, str]] = Counter()
            out.append(counts)
            found = self._patterns.find_indexes(text[a:b])
            if not found:
                continue
            tally = Counter(map(itemgetter(0), found))
            to_sweep = False
            for i, n in tally.items():
                for key in plain[i]:
                    counts[key] += n
                to_sweep = to_sweep or bool(swept[i])
            if not to_sweep:
                continue
            by_theme: dict[str, list[tuple[int, int, str]]] = {}
            for i, start, end in found:
                for theme in swept[i]:
                    by_theme.setdefault(theme, []).append((start, start - end, words[i]))
            for theme, hits in by_theme.items():
                for _, _, kw in _sweep(hits):
                    counts[(theme, kw)] += 1
        return out

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
        self._ac = (
            ahocorasick_rs.AhoCorasick(self.words, implementation=ahocorasick_rs.Implementation.DFA)
            if len(self.words) > self.FEW
            else None
        )

    def __reduce__(self) -> tuple[type[PatternSet], tuple[tuple[str, ...]]]:
        return PatternSet, (self.words,)

    def find_indexes(self, text: str) -> list[tuple[int, int, int]]:
        """(word index, start, end) of every occurrence in ``text``."""
        if not text:
            return []
        if self._ac is not None:
            found: list[tuple[int, int, int]] = self._ac.find_matches_as_indexes(text, overlapping=True)
            return found
        return [(i, start, start + len(w)) for i, w in enumerate(self.words) for start in _find_all(text, w)]

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, word) of every occurrence in ``text``."""
        words = self.words
        return [(start, end, words[i]) for i, start, end in self.find_indexes(text)]


def _overlaps_itself(word: str) -> bool:
    """Whether two occurrences of ``word`` can overlap (a proper prefix is also a suffix)."""
    return any(word.endswith(word[:n]) for n in range(1, len(word)))


def _can_overlap(a: str, b: str) -> bool:
    """Whether occurrences of two different words can overlap in some text."""
    if a in b or b in a:
        return True
    return any(a.endswith(b[:n]) for n in range(1, len(b))) or any(b.endswith(a[:n]) for n in range(1, len(a)))


@dataclass(frozen=True)
class CodebookFiles:
    """The parsed content of a codebook folder, with each file's content hash."""

    codebook: Codebook
    dictionary: tuple[str, ...]
    stopwords: frozenset[str]
    formulas: tuple[str, ...]
    hashes: Mapping[str, str]
    sessions: Sessions = NO_SESSIONS  # years of national sessions (sessions.csv, optional)


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def parse_files(contents: Mapping[str, bytes], folder: str | Path = "") -> CodebookFiles:
    """Parse the four files' bytes; ``contents`` maps file name -> bytes."""

    def text_of(name: str) -> str:
        try:
            return contents[name].decode("utf-8")
        except KeyError:
            raise CodebookError(Path(folder) / name, None, "file is missing") from None
        except UnicodeDecodeError as exc:
            line = contents[name][: exc.start].count(b"\n") + 1
            raise CodebookError(Path(folder) / name, line, "not UTF-8 text") from None

    return CodebookFiles(
        codebook=parse_themes(text_of(THEMES_FILE), Path(folder) / THEMES_FILE),
        dictionary=parse_word_list(text_of(DICTIONARY_FILE), Path(folder) / DICTIONARY_FILE),
        stopwords=frozenset(parse_word_list(text_of(STOPWORDS_FILE), Path(folder) / STOPWORDS_FILE)),
        formulas=parse_word_list(text_of(FORMULAS_FILE), Path(folder) / FORMULAS_FILE),
        hashes={name: content_hash(contents[name]) for name in (*CODEBOOK_FILES, *OPTIONAL_FILES) if name in contents},
        sessions=parse_sessions(text_of(SESSIONS_FILE), str(Path(folder) / SESSIONS_FILE))
        if SESSIONS_FILE in contents
        else NO_SESSIONS,
    )


def merge_keywords(codebook: Codebook, theme: str, keywords: Iterable[str]) -> Codebook:
    """A new codebook with ``keywords`` added to ``theme`` (created if new)."""
    new = tuple(k.strip() for k in keywords if k.strip())
    themes = list(codebook.themes)
    for i, t in enumerate(themes):
        if t.theme == theme:
            themes[i] = Theme(t.theme, t.label_en, tuple(dict.fromkeys((*t.keywords, *new))))
            return Codebook(tuple(themes))
    return Codebook((*themes, Theme(theme, theme, tuple(dict.fromkeys(new)))))


def load_folder(folder: Path) -> CodebookFiles:
    """Read and parse a codebook folder (the four files above)."""
    return parse_files(read_folder(folder), folder)


@dataclass(frozen=True)
class CodebookSnapshot:
    """The codebook files' bytes as a run read them once: what its manifest hashes and what every
    chunk counts with, even if the folder is edited (saved from the dashboard) during the run.

    Travels with each chunk to the workers (about 30 KB for the shipped codebook).
    """

    folder: str
    contents: Mapping[str, bytes]

    @classmethod
    def read(cls, folder: Path) -> CodebookSnapshot:
        return cls(str(folder), read_folder(folder))

    @property
    def key(self) -> tuple[str, ...]:
        """The content hash of every file read, in the order of their names."""
        return tuple(content_hash(data) for _, data in sorted(self.contents.items()))

    def parse(self) -> CodebookFiles:
        return parse_files(self.contents, self.folder)


def read_folder(folder: Path) -> dict[str, bytes]:
    """The bytes of the four codebook files (and the optional ones present); a missing or
    unreadable required file is a CodebookError."""
    contents: dict[str, bytes] = {}
    for name in (*CODEBOOK_FILES, *OPTIONAL_FILES):
        path = folder / name
        try:
            contents[name] = path.read_bytes()
        except FileNotFoundError:
            if name in OPTIONAL_FILES:
                continue
            raise CodebookError(path, None, "file is missing") from None
        except OSError as exc:
            raise CodebookError(path, None, f"cannot read it ({exc.strerror})") from None
    return contents
