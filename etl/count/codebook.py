"""Codebooks are data: themes with keywords, the policy dictionary, stopwords and listed 提法.

All four live as plain files in one folder (``data/codebook`` by default) that users edit.
This module parses them (errors name the file and line), hashes them and snapshots a folder
for a run; ``etl.count.matching`` counts their keywords in text.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from etl.contract.model import CodebookError
from etl.extract.dates.sessions import NO_SESSIONS, SESSIONS_FILE, Sessions, parse_sessions

THEMES_FILE = "themes.csv"
DICTIONARY_FILE = "policy_dictionary.txt"
STOPWORDS_FILE = "stopwords.txt"
FORMULAS_FILE = "formulas.txt"
CODEBOOK_FILES = (THEMES_FILE, DICTIONARY_FILE, STOPWORDS_FILE, FORMULAS_FILE)
# Files a codebook folder may have; when present they are parsed and hashed like the others.
OPTIONAL_FILES = (SESSIONS_FILE,)

THEME_COLUMNS = ("theme", "label_en", "keywords")
_KEYWORD_SEP = re.compile(r"[|;；、]")


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
