"""The fast tokenizer gives jieba's exact tokens (golden file + live comparison)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from etl.count.codebook import load_folder
from etl.count.tokenize import Tokenizer, cut_with_names, name_pattern
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


_COMPARE = """
import json, sys
import jieba
from pathlib import Path
from etl.count.codebook import load_folder
from etl.count.tokenize import Tokenizer
files = load_folder(Path(sys.argv[2]))
tokenizer = Tokenizer(files.dictionary, files.stopwords)
jieba.setLogLevel(60)
for word in files.dictionary:
    jieba.add_word(word)
lines = Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()
docs = [json.loads(line)["content"] for line in lines][::6]  # a spread of years keeps it quick
same = tokens = mismatched = 0
for text in docs:
    ours, ref = tokenizer.cut(text), jieba.lcut(text)
    same += ours == ref
    tokens += len(ref)
    mismatched += abs(len(ours) - len(ref))
print(json.dumps({"docs": len(docs), "same": same, "tokens": tokens, "mismatched": mismatched}))
"""


def test_rjieba_matches_jieba_on_the_real_reports(corpora: Path) -> None:
    # In a fresh process: rjieba's dictionary is global, and other tests add words to theirs.
    pytest.importorskip("jieba")
    out = subprocess.run(
        [sys.executable, "-c", _COMPARE, str(corpora / "government_work_reports.jsonl"), str(CODEBOOK)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["same"] >= result["docs"] - 1
    assert result["mismatched"] / result["tokens"] < 0.001


def test_a_meetings_names_glued_to_a_verb_are_never_terms() -> None:
    tok = Tokenizer([], frozenset())
    text = "会上，戴宇海作重要讲话，董辉作了部署。"
    plain = tok.count_terms(text)
    with_names = tok.count_terms(text, name_pattern(["戴宇海", "董辉", "某"]))
    assert "戴宇海作" in plain or "董辉作" in plain  # what rjieba gives without the names
    assert "戴宇海作" not in with_names and "董辉作" not in with_names
    assert with_names["戴宇海"] == 1 and with_names["董辉"] == 1
    # the names stay with the meeting: the next call without them segments as before
    assert tok.count_terms(text) == plain


def test_cut_with_names_keeps_every_character_and_prefers_the_longest_name() -> None:
    text = "欧阳明辉说，欧阳同志也说。"
    tokens = cut_with_names(text, name_pattern(["欧阳", "欧阳明辉"]))
    assert "".join(tokens) == text
    assert tokens[0] == "欧阳明辉" and "欧阳" in tokens
    assert name_pattern([]) is None and cut_with_names(text, None) == list(__import__("rjieba").cut(text))
