"""Words that name people or places, left out of keyness and word clouds by default.

One rule for every page that lists words (distinctive words, rising terms and 提法, word clouds):
a word of the word index is a *proper noun* when it is

- a person's name (``people.name``, ``speeches.speaker``), or, for a three-character name, its
  first or last two characters (the segmenter cuts 王志明 into 王 + 志明 or 王志 + 明);
- a name, or a name's last characters, with a glue ending after it (董某作, 某建作: see
  ``glue`` in ``proper_nouns.toml``), or a word of at most six characters holding a whole
  three-character name (a longer one is a 提法 that names someone, and stays);
- a place: a region of the meetings (``meetings.region``), its stem (青禾区 -> 青禾), a place
  of the data file, or a stem with a place ending (青禾镇). A region or stem the dictionary
  knows as another kind of word (全国, 开发区, 根据) is not a place: the region reader errs.

Fragments (the second and third kind) must also be words the general dictionary does not know:
工作 and 合作 are never fragments of a name ending in 工 or 合. The rules' word lists live in
``proper_nouns.toml`` beside this module, for users to edit. No streamlit here.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import ahocorasick_rs
import numpy as np
import rjieba

from dashboard.indexes.corpus import Corpus
from dashboard.indexes.memo import Slot
from dashboard.indexes.words import open_index
from etl.contract import schema
from etl.io.warehouse import Warehouse

__all__ = ["RULES_FILE", "NounRules", "load_rules", "proper_noun_mask", "proper_words"]

RULES_FILE = Path(__file__).with_name("proper_nouns.toml")
PROPER_WORDS: Slot[frozenset[str]] = Slot("proper_words", keep=2)  # per word table (terms, formulas)


@dataclass(frozen=True)
class NounRules:
    glue: tuple[str, ...]
    place_suffixes: tuple[str, ...]
    places: tuple[str, ...]


def _strings(raw: dict[str, object], key: str, path: Path) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{path}: {key} must be a list of strings, got {value!r}")
    return tuple(v.strip() for v in value if v.strip())


def load_rules(path: Path = RULES_FILE) -> NounRules:
    """The word lists of ``path``; a clear error naming the file when one is not a list of strings."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path}: not valid TOML ({exc})") from exc
    return NounRules(*(_strings(raw, key, path) for key in ("glue", "place_suffixes", "places")))


@cache
def _rules() -> NounRules:
    return load_rules()


def _in_dictionary(word: str) -> bool:
    """The general dictionary knows ``word`` (segmented without HMM, it stays whole)."""
    return list(rjieba.cut(word, False)) == [word]


PROPER_TAGS = frozenset({"ns", "nr", "nz", "nt"})  # the dictionary's tags of places, people, other names


def _placelike(word: str) -> bool:
    """``word`` may name a place: the dictionary does not know it, or knows it as a proper
    noun. A region the reader got wrong (全国, 开发区, 根据市 -> 根据) is a common word."""
    tags = rjieba.tag(word, False)
    return not (len(tags) == 1 and tags[0][1] not in PROPER_TAGS)


def _stems(places: Iterable[str], suffixes: tuple[str, ...]) -> set[str]:
    longest_first = sorted(suffixes, key=len, reverse=True)
    out = set()
    for place in places:
        cut = next((place[: -len(s)] for s in longest_first if place.endswith(s) and len(place) - len(s) >= 2), place)
        out.add(cut)
    return out


def _glued(word: str, stems: set[str], glue: tuple[str, ...]) -> bool:
    return any(word.endswith(g) and word[: -len(g)] in stems for g in glue)


def proper_noun_mask(
    words: Iterable[str], names: Iterable[str], regions: Iterable[str], rules: NounRules | None = None
) -> np.ndarray:
    """For each of ``words``: is it a proper noun (see the module docstring)?"""
    rules = rules or _rules()
    words = list(words)
    people = {n for n in names if isinstance(n, str) and len(n) >= 2 and n != schema.COLLECTIVE_SPEAKER}
    parts = {n[1:] for n in people if len(n) == 3} | {n[:-1] for n in people if len(n) == 3}
    tails = {n[i:] for n in people for i in range(1, len(n))} | people
    regions = {r for r in regions if isinstance(r, str) and len(r) >= 2 and _placelike(r)}
    stems = {s for s in _stems(regions, rules.place_suffixes) if _placelike(s)} | set(rules.places)
    places = regions | set(rules.places)
    long_names = sorted(n for n in people if len(n) >= 3)
    holds_name = ahocorasick_rs.AhoCorasick(long_names) if long_names else None

    def proper(word: str) -> bool:
        if word in people or word in places or word in stems or _glued(word, stems, rules.place_suffixes):
            return True
        if holds_name is not None and 3 < len(word) <= 6 and holds_name.find_matches_as_indexes(word):
            return True  # a name and a few characters (戴某某作, 某某某总书记), not a 提法 naming someone
        return (word in parts or _glued(word, tails, rules.glue)) and not _in_dictionary(word)

    return np.fromiter((proper(w) for w in words), dtype=bool, count=len(words))


def proper_words(wh: Warehouse, c: Corpus, table: str = "terms") -> frozenset[str]:
    """The proper nouns among the words of ``table``'s index (``terms`` or ``formulas``),
    computed once per corpus and table."""

    def compute() -> frozenset[str]:
        words = open_index(wh, table).words
        names = [*c.people["name"].dropna().unique(), *c.speeches["speaker"].dropna().unique()]
        mask = proper_noun_mask(words, names, c.meetings["region"].dropna().unique())
        return frozenset(np.asarray(words, dtype=object)[mask].tolist())

    return c.agg.memo.get(PROPER_WORDS, table, compute)
