"""Length-preserving normalisation of display text into counting text.

Counting text has full-width ASCII folded to half-width, ideographic and other odd spaces made
plain spaces, and traditional characters converted to simplified. Every character keeps its
position, so an offset found in the counting text points at the same place in the display text:
that is what makes every count traceable to ``meetings.text`` (KWIC).
"""

from __future__ import annotations

import functools
import hashlib
import re

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_SPACES = dict.fromkeys((0x3000, 0x00A0, 0x2002, 0x2003, 0x2009, 0x200B, 0xFEFF), 0x20)
_TABLE = {**_FULLWIDTH, **_SPACES}
# Keep full-width CJK punctuation that carries meaning for Chinese text: ，。：；！？（）
# are folded too, because keyword matching never spans punctuation either way.
_WS = re.compile(r"\s+")


@functools.lru_cache(maxsize=1)
def _t2s() -> object:
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional -> simplified, keeping the length (phrase rules that change it fall back)."""
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
    return to_simplified(text.translate(_TABLE))


def fingerprint(text: str) -> str:
    """Meeting id: the same report reposted with other whitespace or in traditional form is one."""
    key = _WS.sub("", for_counting(text))
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()
