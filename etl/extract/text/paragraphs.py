"""What every cleaning rule reads, and the evidence pass counts: a page's text normalised, its
paragraphs, and the fingerprints of its paragraphs and lines.

Normalising removes conversion junk (pinyin tags, 區(qū)), raw HTML tags and mojibake indents
and makes line breaks plain. A fingerprint is a short hash of a paragraph's or line's counting
form without whitespace (``unit_key``); ``etl/extract/cleaning/evidence.py`` counts them across a
corpus, and ``etl/extract/cleaning/clean.py`` cuts the ones that repeat.
"""

from __future__ import annotations

import hashlib
import re

from etl.extract.text.textnorm import for_counting

__all__ = [
    "PINYIN_TAG",
    "TONELESS_TAG",
    "Keyed",
    "has_pinyin_tags",
    "keyed_paragraphs",
    "keyed_spans",
    "keys_of",
    "normalised",
    "paragraph_keys",
    "paragraph_spans",
    "toneless_tags",
    "unit_key",
]


# Conversion junk: a pinyin syllable with a tone mark in brackets after a character, 區(qū).
# (會(huì ) with a space before the bracket; 日?(qǐng) after a character the encoding lost; 日?qǐng)?bào)
# where the encoding lost a character with the bracket after it, a ? in their place).
_SYLLABLE = r"[a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]{0,6}"
PINYIN_TAG = re.compile(rf"(?<=[\u4e00-\u9fff?])[(（]\s?{_SYLLABLE}\s?[)）]|(?<=[\u4e00-\u9fff)）])\?{_SYLLABLE}[)）]")


# Raw HTML tags a scraper left in the text: <p>, </p>, <br/>, <span style=…>.
HTML_TAG = re.compile(
    r"</?(?:p|br|div|span|strong|b|em|i|u|font|a|img|section|table|tbody|tr|td|th|sup|sub|tfoot|noscript|"
    r"li|ul|ol|h[1-6]|center|o:p|article|blockquote)(?:\s[^<>]{0,200})?/?>",
    re.IGNORECASE,
)


_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")


_ODD_BREAKS = ("\u2028", "\u2029", "\x0b", "\x0c", "\x85")


# Tags without tone marks, 月(yue)日(ri): only pinyin-shaped, and only on a page with several.
TONELESS_TAG = re.compile(r"(?<=[\u4e00-\u9fff)])\((?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aeiouv][a-z]{0,4}\)")


_TONELESS_MIN = 3


_TONE = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]")


_PARAGRAPHS = re.compile(r"\n[ \t\u3000\xa0]*\n")


# An indent of non-breaking spaces that a wrong encoding turned into question marks (??? 会议…), also
# each with a space after it (? ? ? ?会议…), and such a run of three or more inside or at the end of a
# line (a right-aligned byline's padding, a trailing indent).
_MOJIBAKE_INDENT = re.compile(r"(?m)^[ \t]*\?(?:[ \t]?\?)+[ \t]*|[ \t]*\?(?:[ \t]\?){2,}[ \t]*")


_UNIT_MIN = 6  # shorter paragraphs and lines (各位代表：) are never counted as evidence


_UNIT_MAX = 600


def _key(counting: str) -> str | None:
    if len(counting) > 3 * _UNIT_MAX:
        return None
    compact = "".join(counting.split())
    if not _UNIT_MIN <= len(compact) <= _UNIT_MAX or compact.endswith((":", "：")):
        return None
    return hashlib.blake2b(compact.encode("utf-8"), digest_size=8).hexdigest()


def unit_key(text: str) -> str | None:
    """The fingerprint under which a paragraph or line is counted across documents, or None
    when it is too short or long to be boilerplate, or introduces what follows (…：)."""
    return _key(for_counting(text))


def has_pinyin_tags(text: str) -> bool:
    return ("(" in text or "（" in text) and bool(_TONE.search(text))


def toneless_tags(text: str) -> list[str]:
    tags = TONELESS_TAG.findall(text) if "(" in text else []
    return tags if len(tags) >= _TONELESS_MIN else []


def normalised(text: str) -> str:
    """Pinyin tags and HTML tags removed, line breaks normalised: what every rule reads."""
    if has_pinyin_tags(text):
        text = PINYIN_TAG.sub("", text)
    if toneless_tags(text):
        text = TONELESS_TAG.sub("", text)
    if "\r" in text or any(c in text for c in _ODD_BREAKS):
        text = _NEWLINES.sub("\n", text)
    if "<" in text:
        text = HTML_TAG.sub("", text)
    if "??" in text or "? ?" in text:
        text = _MOJIBAKE_INDENT.sub("", text)
    return text


def paragraph_spans(norm: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph (text between blank lines) that is not blank."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _PARAGRAPHS.finditer(norm):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(norm)))
    return [(a, b) for a, b in spans if not norm[a:b].isspace() and a < b]


def _keyed(norm: str, counting: str, a: int, b: int) -> tuple[str | None, list[tuple[int, int, str | None]]]:
    """The key of the paragraph norm[a:b] and, when it has several lines, of each line."""
    lines: list[tuple[int, int, str | None]] = []
    if "\n" in norm[a:b].strip():
        pos = a
        for line in norm[a:b].split("\n"):
            end = pos + len(line)
            lines.append((pos, end, _key(counting[pos:end])))
            pos = end + 1
    return _key(counting[a:b]), lines


# Per paragraph (in order): its fingerprint, and the (start, end, fingerprint) of its lines.
Keyed = tuple[tuple[str | None, list[tuple[int, int, str | None]]], ...]


def keyed_spans(norm: str, spans: list[tuple[int, int]]) -> Keyed:
    counting = for_counting(norm)  # once per document: slices are the paragraphs' counting forms
    return tuple(_keyed(norm, counting, a, b) for a, b in spans)


def keyed_paragraphs(text: str) -> Keyed:
    """The fingerprints of one document's paragraphs and lines, in order: what the evidence pass
    counts, and what ``clean`` cuts with when given them (so they are computed once a run)."""
    norm = normalised(text)
    return keyed_spans(norm, paragraph_spans(norm))


def keys_of(keyed: Keyed) -> set[str]:
    """The distinct fingerprints of ``keyed_paragraphs``."""
    keys: set[str | None] = set()
    for key, lines in keyed:
        keys.add(key)
        keys.update(k for _, _, k in lines)
    return {k for k in keys if k is not None}


def paragraph_keys(text: str) -> set[str]:
    """The evidence fingerprints of one document: its paragraphs and its lines, each once."""
    return keys_of(keyed_paragraphs(text))
