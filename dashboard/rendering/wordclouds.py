"""Word clouds of term frequencies, drawn with the CJK font (no streamlit here).

A single cloud sizes words by frequency. A comparison cloud puts two selections side by side:
each word goes to the side whose *share* of it is larger (so a big selection does not win every
word), sized by how distinctive it is there, and colored by side; words used about equally by
both are left out.
"""

from __future__ import annotations

import base64
import functools
import io
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from PIL import Image
from wordcloud import WordCloud

from dashboard.rendering import fonts

__all__ = ["CloudImage", "comparison_cloud", "comparison_weights", "drop_stopwords", "word_cloud"]

SIDE_COLORS = ("#c0392b", "#1f5fa8")  # A: red, B: blue
_SINGLE_PALETTE = ("#1f5fa8", "#2e7d32", "#c0392b", "#8e44ad", "#d35400", "#16a085", "#34495e")


@dataclass(frozen=True)
class CloudImage:
    """PNG now; SVG on first access (embedding the font subset costs about as much as the layout)."""

    png: bytes
    words: tuple[str, ...]  # the words drawn, largest first
    make_svg: Callable[[], str] = field(repr=False, compare=False)

    @functools.cached_property
    def svg(self) -> str:
        return self.make_svg()


def drop_stopwords(frequencies: Mapping[str, float], stopwords: Iterable[str]) -> dict[str, float]:
    stop = set(stopwords)
    return {w: float(f) for w, f in frequencies.items() if w not in stop and f > 0 and w.strip()}


def _top(frequencies: Mapping[str, float], max_words: int) -> dict[str, float]:
    ranked = sorted(frequencies.items(), key=lambda kv: (-kv[1], kv[0]))[:max_words]
    return dict(ranked)


def _palette_color(word: str, **_: object) -> str:
    return _SINGLE_PALETTE[sum(map(ord, word)) % len(_SINGLE_PALETTE)]


LAYOUT_SCALE = 2


def _cloud(frequencies: Mapping[str, float], width: int, height: int, color_func, seed: int) -> WordCloud:  # type: ignore[no-untyped-def]
    cloud = WordCloud(
        font_path=str(fonts.cjk_font_path()),
        # Lay out on a canvas a quarter of the size and draw at full size: 4x faster for 200 words.
        width=max(1, width // LAYOUT_SCALE),
        height=max(1, height // LAYOUT_SCALE),
        scale=LAYOUT_SCALE,
        background_color="white",
        max_words=len(frequencies) or 1,
        prefer_horizontal=0.95,
        relative_scaling=0.5,
        color_func=color_func,
        random_state=seed,
        collocations=False,
    )
    if frequencies:
        cloud.generate_from_frequencies(dict(frequencies))
    return cloud


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()


def _empty(width: int, height: int) -> CloudImage:
    image = Image.new("RGB", (width, height), "white")
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}"></svg>'
    return CloudImage(_png(image), (), lambda: svg)


def word_cloud(
    frequencies: Mapping[str, float], width: int = 1200, height: int = 600, max_words: int = 200, seed: int = 7
) -> CloudImage:
    """A cloud of the ``max_words`` most frequent words, as PNG bytes and SVG with the font embedded."""
    top = _top({w: f for w, f in frequencies.items() if f > 0}, max_words)
    if not top:
        return _empty(width, height)
    cloud = _cloud(top, width, height, _palette_color, seed)
    return CloudImage(_png(cloud.to_image()), _drawn(cloud), lambda: svg_with_font(cloud))


def _font_face(text: str) -> str:
    """A CSS @font-face with the CJK font cut down to ``text``'s characters, as WOFF data.

    Our own subsetting rather than ``to_svg(embed_font=True)``: that one leaves the font file
    open and goes through an XML round trip that costs about a second.
    """
    from fontTools import subset

    options = subset.Options(ignore_missing_glyphs=True, hinting=False, desubroutinize=True)
    options.flavor = "woff"
    font = subset.load_font(str(fonts.cjk_font_path()), options, dontLoadGlyphNames=True)
    try:
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=text)
        subsetter.subset(font)
        buffer = io.BytesIO()
        subset.save_font(font, buffer, options)
    finally:
        font.close()
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return (
        f"<style>@font-face{{font-family:'{fonts.family_name()}';"
        f'src:url("data:font/woff;base64,{data}")format("woff");}}</style>'
    )


def svg_with_font(cloud: WordCloud) -> str:
    """The cloud as SVG with the glyphs it uses embedded, so any viewer shows the Chinese."""
    svg = cloud.to_svg(embed_font=False)
    svg = re.sub(r"font-family:'?[^;'\"]*'?", f"font-family:'{fonts.family_name()}'", svg)
    style = _font_face("".join({ch for (word, _), *_ in cloud.layout_ for ch in word}))
    return _SVG_OPEN.sub(lambda m: m.group(0) + style, svg, count=1)


def _drawn(cloud: WordCloud) -> tuple[str, ...]:
    return tuple(word for (word, _), *_ in cloud.layout_)


def comparison_weights(
    a: Mapping[str, float], b: Mapping[str, float], max_words: int = 200, min_ratio: float = 1.5
) -> tuple[dict[str, float], dict[str, float]]:
    """Split words into those distinctive for A and for B.

    Weight = share on the winning side x log2(share ratio); shares use add-one smoothing so a word
    absent from one side still gets a finite ratio. Words under ``min_ratio`` are shared: dropped.
    """
    total_a, total_b = sum(a.values()) or 1.0, sum(b.values()) or 1.0
    vocab = len(set(a) | set(b)) or 1
    side_a: dict[str, float] = {}
    side_b: dict[str, float] = {}
    for word in set(a) | set(b):
        share_a = (a.get(word, 0) + 1) / (total_a + vocab)
        share_b = (b.get(word, 0) + 1) / (total_b + vocab)
        ratio = share_a / share_b
        if ratio >= min_ratio and a.get(word, 0) > 0:
            side_a[word] = share_a * math.log2(ratio)
        elif 1 / ratio >= min_ratio and b.get(word, 0) > 0:
            side_b[word] = share_b * math.log2(1 / ratio)
    half = max(1, max_words // 2)
    return _top(side_a, half), _top(side_b, half)


def comparison_cloud(
    a: Mapping[str, float],
    b: Mapping[str, float],
    width: int = 1200,
    height: int = 600,
    max_words: int = 200,
    seed: int = 7,
) -> CloudImage:
    """Two clouds side by side: left the words distinctive for A (red), right for B (blue)."""
    side_a, side_b = comparison_weights(a, b, max_words)
    half = width // 2
    clouds = [
        _cloud(words, half, height, lambda *_, c=color, **__: c, seed) if words else None
        for words, color in ((side_a, SIDE_COLORS[0]), (side_b, SIDE_COLORS[1]))
    ]
    image = Image.new("RGB", (half * 2, height), "white")
    words: list[str] = []
    for i, cloud in enumerate(clouds):
        if cloud is not None:
            image.paste(cloud.to_image(), (i * half, 0))
            words += _drawn(cloud)
    image.paste((204, 204, 204), (half - 1, 0, half + 1, height))  # the divider
    return CloudImage(_png(image), tuple(words), lambda: _side_by_side_svg(clouds, half, height))


def _side_by_side_svg(clouds: list[WordCloud | None], half: int, height: int) -> str:
    parts = [_nested_svg(svg_with_font(c), i * half) for i, c in enumerate(clouds) if c is not None]
    divider = f'<line x1="{half}" y1="0" x2="{half}" y2="{height}" stroke="#cccccc" stroke-width="2"/>'
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{half * 2}" height="{height}">'
        f'<rect width="100%" height="100%" fill="white"/>{"".join(parts)}{divider}</svg>'
    )


_SVG_OPEN = re.compile(r"<svg\b([^>]*)>", re.DOTALL)


def _nested_svg(svg: str, x: int) -> str:
    """Place a complete SVG document at horizontal offset ``x`` inside another one."""
    return _SVG_OPEN.sub(lambda m: f'<svg x="{x}" y="0"{m.group(1)}>', svg, count=1)
