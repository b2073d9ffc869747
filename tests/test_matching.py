"""One scan for two word sets gives each set the occurrences its own scan gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from etl.count.matching import JointScan, PatternSet

_WORD = st.text(alphabet="生态环境保护发展", min_size=1, max_size=4)


@given(
    first=st.lists(_WORD, min_size=9, max_size=20),
    second=st.lists(_WORD, min_size=0, max_size=20),
    text=st.text(alphabet="生态环境保护发展，", max_size=200),
)
def test_joint_scan_equals_each_scan(first: list[str], second: list[str], text: str) -> None:
    a, b = PatternSet(first), PatternSet(second)
    found_a, found_b = JointScan(a, b).find_indexes(text)
    # the same occurrences; at one end position the automata may list them in another order,
    # and a set of few words is found word by word
    assert sorted(found_a) == sorted(a.find_indexes(text))
    assert sorted(found_b) == sorted(b.find_indexes(text))


def test_a_word_of_both_sets_is_found_for_each() -> None:
    a = PatternSet(["生态", "环境", "保护", "发展", "生态环境", "环境保护", "高质量", "新质", "质量"])
    b = PatternSet(["环境保护", "五位一体"])
    found_a, found_b = JointScan(a, b).find_indexes("加强生态环境保护")
    assert sorted((s, e, a.words[i]) for i, s, e in found_a) == sorted(a.find("加强生态环境保护"))
    assert found_b == [(0, 4, 8)]


def test_a_set_builds_its_automaton_at_its_first_scan_only() -> None:
    # The ETL scans the joint set; each set alone is never scanned there, so never built.
    from etl.count.codebook import CodebookSnapshot
    from etl.run.process import Resources
    from tests.conftest import CODEBOOK

    res = Resources.from_files(CodebookSnapshot.read(CODEBOOK).parse())  # its own, not the process's cached one
    themes, formulas = res.themes._patterns, res.formulas._automaton
    assert len(themes.words) > PatternSet.FEW and len(formulas.words) > PatternSet.FEW
    text = "推动高质量发展，优化营商环境，发展新质生产力。"
    res.keywords.find_indexes(text)
    assert themes._built is None and formulas._built is None
    # built when asked, with the occurrences the joint scan gives each set
    first, second = res.keywords.find_indexes(text)
    assert sorted(themes.find_indexes(text)) == sorted(first) and themes._built is not None
    assert sorted(formulas.find_indexes(text)) == sorted(second)
