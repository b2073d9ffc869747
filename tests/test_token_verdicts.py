"""``Tokenizer.count_terms`` decides each token once per process (``Verdicts``): its counts, and
their order, equal those of the filter it replaced (a set of each speech's tokens to find the new
ones, then a ``Counter`` of the tokens found countable), on a fresh tokenizer and on a warm one."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.count.codebook import load_folder
from etl.count.tokenize import Tokenizer, Verdicts, cut_with_names, name_pattern
from tests.conftest import CODEBOOK


class SetFilter:
    """The filter as it was written before ``Verdicts``."""

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.countable = tokenizer._is_countable
        self.ok: set[str] = set()
        self.not_ok: set[str] = set()

    def count(self, text: str, names: object = None) -> Counter[str]:
        tokens = cut_with_names(text, names)  # type: ignore[arg-type]
        for token in set(tokens) - self.ok - self.not_ok:
            (self.ok if self.countable(token) else self.not_ok).add(token)
        return Counter(filter(self.ok.__contains__, tokens))


@pytest.fixture(scope="module")
def files():  # type: ignore[no-untyped-def]
    return load_folder(CODEBOOK)


def _same(new: Counter[str], old: Counter[str]) -> None:
    assert list(new.items()) == list(old.items())  # the same counts, in the same order


# Report-shaped pieces: policy words, stopwords, numbers, Latin words, punctuation and spaces.
PIECES = st.sampled_from(
    [
        "会议",
        "强调",
        "要",
        "高质量发展",
        "新质生产力",
        "2023年",
        "6.5%",
        "GDP",
        "5G",
        "·",
        "-",
        "，",
        "。",
        "　",
        " ",
        "\n",
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x4E40), max_size=6)))


@settings(max_examples=60, deadline=None)
@given(st.lists(TEXTS.map("".join), min_size=1, max_size=4))
def test_counts_equal_the_set_filter_on_report_shaped_text(texts: list[str]) -> None:
    files = load_folder(CODEBOOK)
    fresh = Tokenizer(files.dictionary, files.stopwords)
    old = SetFilter(fresh)
    for text in texts:  # the first text on a fresh tokenizer, the others warm
        _same(fresh.count_terms(text), old.count(text))


def test_counts_equal_the_set_filter_on_the_real_reports(corpora: Path, files) -> None:  # type: ignore[no-untyped-def]
    tokenizer = Tokenizer(files.dictionary, files.stopwords)
    old = SetFilter(tokenizer)
    lines = (corpora / "government_work_reports.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["content"] for line in lines[:12] if line.strip()]
    names = name_pattern(["李强", "王某某"])
    for text in texts + texts:  # every token new, then every token known
        _same(tokenizer.count_terms(text), old.count(text))
        _same(tokenizer.count_terms(text[:2000], names), old.count(text[:2000], names))


def test_a_token_is_decided_once() -> None:
    asked: list[str] = []

    def countable(token: str) -> bool:
        asked.append(token)
        return len(token) >= 2

    verdicts = Verdicts(countable)
    assert list(filter(verdicts.__getitem__, ["改革", "的", "改革", "的", "发展"])) == ["改革", "改革", "发展"]
    assert asked == ["改革", "的", "发展"]
    assert verdicts == {"改革": True, "的": False, "发展": True}
