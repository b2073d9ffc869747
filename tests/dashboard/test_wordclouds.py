"""Word clouds: valid images drawn with a font that has every character (no tofu), SVG with the font."""

from __future__ import annotations

import base64
import io
import re

import pytest
from fontTools.ttLib import TTFont
from PIL import Image

from dashboard.rendering import fonts, wordclouds

WORDS = {"乡村振兴": 50, "生态环境": 40, "高质量发展": 30, "安全生产": 20, "营商环境": 10, "GDP": 5}


@pytest.fixture(scope="module")
def cmap() -> set[int]:
    with TTFont(str(fonts.cjk_font_path()), lazy=True) as font:
        return set(font.getBestCmap())


def test_font_is_the_simplified_chinese_face() -> None:
    with TTFont(str(fonts.cjk_font_path()), lazy=True) as font:
        assert "Noto Sans CJK SC" in font["name"].getDebugName(4)


def test_every_character_drawn_has_a_glyph(cmap: set[int]) -> None:
    cloud = wordclouds.word_cloud(WORDS, width=600, height=300)
    assert set(cloud.words) == set(WORDS)
    missing = {ch for word in cloud.words for ch in word if ord(ch) not in cmap}
    assert not missing  # a character without a glyph would be a tofu box


def test_png_is_valid_and_not_blank() -> None:
    cloud = wordclouds.word_cloud(WORDS, width=600, height=300)
    image = Image.open(io.BytesIO(cloud.png))
    assert image.format == "PNG" and image.size == (600, 300)
    assert image.convert("L").getextrema()[0] < 200  # something dark was drawn


def test_svg_embeds_a_font_with_the_characters() -> None:
    svg = wordclouds.word_cloud(WORDS, width=600, height=300).svg
    assert svg.lstrip().startswith("<svg") and "乡村振兴" in svg
    match = re.search(r"url\(\"?data:[\w/+-]*font[\w/+-]*;(?:charset=utf-8;)?base64,([A-Za-z0-9+/=]+)", svg)
    assert match, "the SVG should embed its font"
    embedded = TTFont(io.BytesIO(base64.b64decode(match.group(1))))
    assert all(ord(ch) in embedded.getBestCmap() for ch in "乡村振兴生态环境")


def test_two_hundred_words_fit_at_full_size() -> None:
    # Its speed is measured by bench/dashboard_bench.py, not asserted here.
    words = {chr(0x4E00 + i * 37) + chr(0x4E00 + i * 53 + 11): 1000 - 4 * i for i in range(200)}
    cloud = wordclouds.word_cloud(words)
    assert len(cloud.words) > 100
    assert Image.open(io.BytesIO(cloud.png)).size == (1200, 600)


def test_empty_input_gives_a_blank_image() -> None:
    cloud = wordclouds.word_cloud({})
    assert cloud.words == () and Image.open(io.BytesIO(cloud.png)).size == (1200, 600)


def test_comparison_puts_words_on_their_side() -> None:
    a = {"计划经济": 40, "工业": 30, "发展": 50}
    b = {"创新": 40, "数字经济": 30, "发展": 52}
    side_a, side_b = wordclouds.comparison_weights(a, b)
    assert set(side_a) == {"计划经济", "工业"} and set(side_b) == {"创新", "数字经济"}
    assert "发展" not in side_a and "发展" not in side_b  # shared about equally: left out
    cloud = wordclouds.comparison_cloud(a, b, width=600, height=300)
    assert Image.open(io.BytesIO(cloud.png)).size == (600, 300)
    assert cloud.svg.count("<svg") == 3  # the outer one and one per side


def test_stopwords_are_dropped() -> None:
    assert wordclouds.drop_stopwords({"我们": 9, "乡村": 3, "空": 0}, ["我们"]) == {"乡村": 3.0}
