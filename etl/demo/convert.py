"""Simplified -> traditional copies that convert back exactly (so they stay the same meeting)."""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def _s2t() -> object:
    import opencc

    return opencc.OpenCC("s2t")


def to_traditional(text: str) -> str | None:
    """``text`` in traditional characters, or None when the round trip would not be exact."""
    from etl.extract.text.textnorm import to_simplified

    trad: str = _s2t().convert(text)  # type: ignore[attr-defined]
    return trad if trad != text and to_simplified(trad) == text else None
