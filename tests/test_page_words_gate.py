"""``page_words_share`` tries the page words only where one of them begins (``PageWords.starts``, the
sixteenth speed pass, docs/benchmarks.md): its share equals the one of every position tried, on any text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract.cleaning.page_words import _PAGE_ASIDE, _VOCABULARY, PageWords, page_words_share


def _share_trying_every_position(line: str, vocabulary: PageWords = _VOCABULARY) -> float:
    """The share as it was computed before the gate: the longest page word tried at every position."""
    text = _PAGE_ASIDE.sub("", line).lower()
    covered, i = 0, 0
    while i < len(text):
        j = next(
            (j for j in range(min(len(text), i + vocabulary.longest), i + 1, -1) if text[i:j] in vocabulary.words), i
        )
        covered += j - i
        i = max(j, i + 1)
    letters = sum(not ch.isdigit() for ch in text)
    return covered / letters if letters else 0.0


# Page words themselves, pieces of them (their first or last characters), report words and marks.
_WORDS = sorted(_VOCABULARY.words | _VOCABULARY.modifiers)
_PIECES = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_WORDS).map(lambda w: w[:-1] or w),
    st.sampled_from(_WORDS).map(lambda w: w[1:] or w),
    st.sampled_from(["会议", "强调", "青禾县", "2024", "12", " ", "|", "：", "，", "。", "Ab", "x"]),
)


@given(st.lists(_PIECES, max_size=12).map("".join))
@settings(max_examples=1000)
def test_the_gated_share_is_the_share_of_every_position(line: str) -> None:
    assert page_words_share(line) == _share_trying_every_position(line)


def test_every_page_word_of_two_characters_or_more_begins_with_a_start() -> None:
    assert all(word[:2] in _VOCABULARY.starts for word in _VOCABULARY.words if len(word) >= 2)
    assert page_words_share("首页") == 1.0 and page_words_share("青禾县首页") == pytest.approx(0.4)


@pytest.mark.corpora
def test_the_gated_share_is_the_share_of_every_position_on_real_lines(corpora: Path) -> None:
    rows = (corpora / "government_work_reports.jsonl").read_text(encoding="utf-8").splitlines()[:20]
    lines = [line for row in rows for line in (json.loads(row).get("content") or "").split("\n") if line.strip()]
    assert len(lines) > 500
    for line in lines[:3000]:
        assert page_words_share(line) == _share_trying_every_position(line)
