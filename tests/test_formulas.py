"""FormulaFinder: listed 提法, numeral formulas and quoted slogans, overlaps counted once."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.count.formulas import FormulaFinder

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
