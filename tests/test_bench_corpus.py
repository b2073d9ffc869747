"""The bench's corpus (bench/etl_bench.py): every row opens with a sentence of its own, so that no copy is
a repost of another and no such sentence is the corpus's boilerplate (a sentence shared by the documents
of one copy was: the sixteenth speed pass, docs/benchmarks.md)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "etl_bench.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("etl_bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.corpora
def test_every_row_of_the_bench_corpus_opens_with_a_sentence_of_its_own(corpora: Path, tmp_path: Path) -> None:
    bench = _bench()
    bench.SHARED = corpora.parent
    forms, _, n_rows = bench.build_corpus(tmp_path, 2_000_000)
    lines = (forms["one JSONL"] / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    firsts = [json.loads(line)["content"].split("\n", 1)[0] for line in lines]
    assert len(firsts) == n_rows > 100
    assert len(set(firsts)) == n_rows
    assert all(first.startswith("本文为第") and first.endswith("份副本。") for first in firsts)
