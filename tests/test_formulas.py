"""FormulaFinder: listed 提法, numeral formulas and quoted slogans, overlaps counted once."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.count.formulas import _NUMERAL_FORMULA, FormulaFinder

LISTED = ["四个意识", "四个自信", "两个维护", "新发展理念", "高质量发展"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("增强“四个意识”、坚定“四个自信”、做到“两个维护”。", {"四个意识": 1, "四个自信": 1, "两个维护": 1}),
        ("打好三大攻坚战，贯彻五大发展理念。", {"三大攻坚战": 1, "五大发展理念": 1}),
        ("加快建设“大强美富通”现代化国际大都市，实现“双胜利”。", {"“大强美富通”": 1, "“双胜利”": 1}),
        ("推动“五个济南”建设。", {"五个济南": 1}),
        ("三个月内完成，分两个方面推进，做好五项工作，一个中心。", {}),
        ("学习党的二十大精神和十九大报告。", {}),
        ("坚持新发展理念，推动高质量发展。", {"新发展理念": 1, "高质量发展": 1}),
        ("“高质量发展”", {"高质量发展": 1}),
        ("这是一个“很长很长很长很长很长的引号里的话”。", {}),
        ("四个意识四个意识", {"四个意识": 2}),
    ],
)
def test_count(text: str, expected: dict[str, int]) -> None:
    assert dict(FormulaFinder(LISTED).count(text)) == expected


def test_overlaps_count_once_longest_first() -> None:
    finder = FormulaFinder(["发展", "高质量发展"])
    assert dict(finder.count("推动高质量发展")) == {"高质量发展": 1}


def test_empty_list_still_finds_patterns() -> None:
    assert dict(FormulaFinder([]).count("做到“两个维护”")) == {"两个维护": 1}


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("一二三四五个项大种条“”意识维护发展理念，。")) | st.characters(), max_size=200
    )
)
def test_count_never_raises(text: str) -> None:
    counts = FormulaFinder(LISTED).count(text)
    assert all(n > 0 for n in counts.values())


# The numeral pattern as first written, its "not after a numeral, 第 or a digit" before the numerals.
_LED_BY_LOOKBEHIND = re.compile(
    r"(?<![一二两三四五六七八九十百千第\d])(?P<f>[一二两三四五六七八九十百千]{1,3}(?:个|项|大|种|条|张|类|化|支)"
    r"(?P<noun>[\u4e00-\u9fff]{2,4}?))"
    r"(?=[^\u4e00-\u9fff]|$|的|和|与|及|等|为|上|中|建设|任务|工作|要求|部署|精神|目标|战略|行动|"
    r"重要|总体|体系|格局|方面)"
)


@given(text=st.text(alphabet="一二两三十百第1２个项大种条类发展理念工作建设的，“”", max_size=40), data=st.data())
def test_numeral_pattern_matches_where_the_lookbehind_led_one_does(text: str, data: st.DataObject) -> None:
    def spans(pattern: re.Pattern[str]) -> list[tuple[int, int, int]]:
        return [(m.start(), m.end(), m.start("noun")) for m in pattern.finditer(text)]

    assert spans(_NUMERAL_FORMULA) == spans(_LED_BY_LOOKBEHIND)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    found = _NUMERAL_FORMULA.fullmatch(text, start, end)
    expected = _LED_BY_LOOKBEHIND.fullmatch(text, start, end)
    assert (found and found.span("noun")) == (expected and expected.span("noun"))
