"""Counting text keeps every offset of the display text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from etl.extract.text.textnorm import fingerprint, for_counting


@given(st.text(max_size=200))
def test_counting_text_has_the_same_length(text: str) -> None:
    assert len(for_counting(text)) == len(text)


def test_fullwidth_spaces_and_traditional_characters_are_normalised() -> None:
    assert for_counting("ＧＤＰ增長６．５％　鄉村振興") == "GDP增长6.5% 乡村振兴"


def test_reposts_with_other_whitespace_or_script_share_a_fingerprint() -> None:
    a = "会议强调，要推进乡村振兴。"
    assert fingerprint(a) == fingerprint("会议强调，\n要推进 乡村振兴。") == fingerprint("會議強調，要推進鄉村振興。")
    assert fingerprint(a) != fingerprint("会议强调，要推进生态保护。")


def test_traditional_markers_are_traditional_only() -> None:
    import opencc

    from etl.extract.text.textnorm import TRADITIONAL_MARKERS

    converter = opencc.OpenCC("t2s")
    assert all(converter.convert(ch) != ch for ch in TRADITIONAL_MARKERS.pattern[1:-1])


def test_simplified_text_with_no_marker_is_left_alone() -> None:
    assert for_counting("推进乡村振兴") == "推进乡村振兴"
