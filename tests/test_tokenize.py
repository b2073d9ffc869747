"""The fast tokenizer gives jieba's exact tokens (golden file + live comparison)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from etl.codebook import load_folder
from etl.tokenize import Tokenizer
from tests.conftest import CODEBOOK

GOLDEN = Path(__file__).parent / "golden" / "segmentation.jsonl"


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    files = load_folder(CODEBOOK)
    return Tokenizer(files.dictionary, files.stopwords)


def test_golden_segmentation(tokenizer: Tokenizer) -> None:
    cases = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()]
    assert len(cases) >= 10
    for case in cases:
        assert tokenizer.cut(case["text"]) == case["tokens"], "rerun scripts/make_golden.py if the dictionary changed"


def test_policy_dictionary_terms_stay_whole(tokenizer: Tokenizer) -> None:
    tokens = tokenizer.cut("要加快新旧动能转换，培育新质生产力，统筹常态化疫情防控。")
    assert {"新旧动能转换", "新质生产力", "常态化疫情防控"} <= set(tokens)


def test_count_terms_drops_stopwords_single_characters_and_numbers(tokenizer: Tokenizer) -> None:
    counts = tokenizer.count_terms("会议强调，要推进高质量发展。2023年增长6.5%，高质量发展。")
    assert counts["高质量发展"] == 2
    assert "会议" not in counts and "强调" not in counts and "要" not in counts
    assert not any(t.replace(".", "").isdigit() for t in counts)


def test_rjieba_matches_jieba_on_the_real_reports(tokenizer: Tokenizer, corpora: Path) -> None:
    jieba = pytest.importorskip("jieba")
    jieba.setLogLevel(60)
    for word in load_folder(CODEBOOK).dictionary:
        jieba.add_word(word)
    lines = (corpora / "government_work_reports.jsonl").read_text(encoding="utf-8").splitlines()
    docs = [json.loads(line)["content"] for line in lines]
    same = 0
    total_tokens = mismatched = 0
    for text in docs[::6]:  # a spread of years keeps the test quick
        ours, ref = tokenizer.cut(text), jieba.lcut(text)
        same += ours == ref
        total_tokens += len(ref)
        mismatched += abs(len(ours) - len(ref))
    assert same >= len(docs[::6]) - 1
    assert mismatched / total_tokens < 0.001
