"""Length-preserving normalisation of display text into counting text.

Counting text has full-width letters, digits, % and . folded to half-width, ideographic and other odd
spaces made plain spaces, and traditional characters converted to simplified. Every character keeps its
position, so an offset found in the counting text points at the same place in the display text:
that is what makes every count traceable to ``meetings.text`` (KWIC).
"""

from __future__ import annotations

import functools
import hashlib
import re

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_SPACE_CODES = (0x3000, 0x00A0, 0x2002, 0x2003, 0x2009, 0x200B, 0xFEFF)
_TABLE = {**_FULLWIDTH, **dict.fromkeys(_SPACE_CODES, 0x20)}
# Only runs of characters that change are translated: most text has none but ，。：
# Full-width digits, letters, % and . are folded; CJK punctuation (，。：；！？（）) is left as it
# is: no keyword or token is made of it, and it is most of what would need folding.
_TO_FOLD = re.compile(
    "[\uff05\uff0e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a" + "".join(chr(c) for c in _SPACE_CODES) + "]+"
)


@functools.lru_cache(maxsize=1)
def _t2s() -> object:
    import opencc

    return opencc.OpenCC("t2s")


# Very frequent characters that only traditional text uses: a text with none of them is taken
# as simplified and not run through OpenCC (the conversion costs as much as segmentation).
TRADITIONAL_MARKERS = re.compile(
    "[們國會這為與發經說對時產業來開關東長門問間現實進還過動點區縣黨議書記領導員設務質農鄉體辦歷華"
    "當從並將應該據處計劃劃總統讓據學習級積極構濟設會議強調責傳達廣環護營銷衛衛組織區縣鎮]"
)


def to_simplified(text: str) -> str:
    """Traditional -> simplified, keeping the length (phrase rules that change it fall back)."""
    if not TRADITIONAL_MARKERS.search(text):
        return text
    converter = _t2s()
    out: str = converter.convert(text)  # type: ignore[attr-defined]
    if len(out) == len(text):
        return out
    # A phrase rule changed the length: convert line by line, then character by character.
    parts: list[str] = []
    for line in text.splitlines(keepends=True):
        conv: str = converter.convert(line)  # type: ignore[attr-defined]
        if len(conv) != len(line):
            conv = "".join(
                c2 if len(c2 := converter.convert(ch)) == 1 else ch  # type: ignore[attr-defined]
                for ch in line
            )
        parts.append(conv)
    return "".join(parts)


def for_counting(text: str) -> str:
    """The counting form of ``text``: same length, half-width ASCII, plain spaces, simplified."""
    return to_simplified(_TO_FOLD.sub(lambda m: m.group().translate(_TABLE), text))


def fingerprint(text: str) -> str:
    """Meeting id: the same report reposted with other whitespace or in traditional form is one."""
    return fingerprint_counting(for_counting(text))


def fingerprint_counting(counting: str) -> str:
    """``fingerprint`` of text already in counting form."""
    key = "".join(counting.split())
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()
