"""Cosine similarity on the tiny corpus, by hand."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from dashboard.measures import (
    cosine_matrix,
    ranked_pairs,
    reference_terms,
    reference_themes,
    similarity_to_reference,
    unit_counts,
)
from etl.count.codebook import parse_themes
from etl.count.tokenize import Tokenizer
from tests.measures import tiny


def test_regions_by_theme_profile() -> None:
    counts = unit_counts(tiny.meetings(), tiny.themes(), "theme", "region")
    matrix = cosine_matrix(counts, "theme")
    # A区 (经济 6, 民生 9), B县 (经济 1, 民生 2, 生态 1): m5 is not a report, the undated m6 counts
    assert matrix.loc["A区", "B县"] == pytest.approx(24 / (math.sqrt(117) * math.sqrt(6)))
    assert matrix.loc["A区", "A区"] == 1.0 and matrix.loc["B县", "A区"] == matrix.loc["A区", "B县"]


def test_speakers_ranked() -> None:
    counts = unit_counts(tiny.meetings(), tiny.themes(), "theme", "speaker", tiny.speeches())
    pairs = ranked_pairs(cosine_matrix(counts, "theme"))
    assert pairs[["a", "b"]].values.tolist() == [["周八", "张三"], ["张三", "李四"], ["周八", "李四"]]
    assert pairs["cosine"].tolist() == pytest.approx([1 / math.sqrt(2), 1 / math.sqrt(82), 1 / math.sqrt(164)])


def test_similarity_to_a_reference_counts_its_own_terms_in_the_norm() -> None:
    counts = unit_counts(tiny.meetings(), tiny.themes(), "theme", "region")
    out = similarity_to_reference(counts, "theme", {"经济": 1})
    assert out["unit"].tolist() == ["A区", "B县"]
    assert out["cosine"].tolist() == pytest.approx([6 / math.sqrt(117), 1 / math.sqrt(6)])
    wider = similarity_to_reference(counts, "theme", {"经济": 1, "外来": 1})
    assert wider["cosine"].tolist() == pytest.approx([6 / math.sqrt(234), 1 / math.sqrt(12)])
    assert similarity_to_reference(counts, "theme", {}).empty


def test_meetings_against_a_reference_text() -> None:
    codebook = parse_themes("theme,label_en,keywords\n经济,Economy,稳增长|经济\n民生,Livelihood,养老\n")
    assert reference_themes("要稳增长，稳增长，抓养老。", codebook) == {"经济": 2, "民生": 1}
    tokenizer = Tokenizer(["稳增长"], frozenset({"要"}))
    terms = reference_terms("要稳增长，抓养老服务。", tokenizer)
    assert terms["稳增长"] == 1 and "要" not in terms
    counts = unit_counts(tiny.meetings(), tiny.themes(), "theme", "meeting")
    out = similarity_to_reference(counts, "theme", reference_themes("稳增长", codebook)).set_index("unit")
    assert out.loc["m2", "cosine"] == 1.0 and out.loc["m3", "cosine"] == 0.0 and "m5" not in out.index


def test_unknown_unit() -> None:
    with pytest.raises(ValueError, match="unknown unit 'city'"):
        unit_counts(tiny.meetings(), tiny.themes(), "theme", "city")


def test_term_vectors_between_regions() -> None:
    terms = pd.DataFrame(
        [("m1", 0, "增长", 2), ("m1", 0, "改革", 1), ("m4", 0, "增长", 1), ("m4", 0, "环保", 1)],
        columns=["meeting_id", "seq", "term", "count"],
    )
    matrix = cosine_matrix(unit_counts(tiny.meetings(), terms, "term", "region"), "term")
    assert matrix.loc["A区", "B县"] == pytest.approx(2 / (math.sqrt(5) * math.sqrt(2)))
