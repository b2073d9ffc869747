"""Which keywords go through their theme's sweep: the set-based test equals trying every pair."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from etl.count.codebook import Codebook, Theme
from etl.count.matching import ThemeCounter, overlapping_words


def _overlaps_itself(word: str) -> bool:
    return any(word.endswith(word[:n]) for n in range(1, len(word)))


def _can_overlap(a: str, b: str) -> bool:
    if a in b or b in a:
        return True
    return any(a.endswith(b[:n]) for n in range(1, len(b))) or any(b.endswith(a[:n]) for n in range(1, len(a)))


def _by_pairs(words: list[str]) -> set[str]:
    """The first form: every word against every other word of the list, and against itself."""
    return {w for w in words if _overlaps_itself(w) or any(_can_overlap(w, o) for o in words if o != w)}


# Few characters, so that words hold, start and end one another often.
_WORD = st.text(alphabet="甲乙丙丁", min_size=0, max_size=6)


@given(st.lists(_WORD, max_size=12))
def test_overlapping_words_are_those_every_pair_finds(words: list[str]) -> None:
    assert overlapping_words(words) == _by_pairs(words)


def test_each_way_of_overlapping_is_found() -> None:
    words = ["绿色低碳", "低碳", "循环经济", "经济带", "哈哈哈", "乡村振兴", "振兴乡村", "数字政府"]
    # 低碳 is inside 绿色低碳; 循环经济 ends as 经济带 starts; 哈哈哈 overlaps itself;
    # 乡村振兴 and 振兴乡村 each end as the other starts; 数字政府 meets none of them.
    assert overlapping_words(words) == {"绿色低碳", "低碳", "循环经济", "经济带", "哈哈哈", "乡村振兴", "振兴乡村"}


def test_a_counter_sweeps_overlapping_keywords_and_tallies_the_rest() -> None:
    counter = ThemeCounter(Codebook((Theme("绿色", "Green", ("绿色低碳", "低碳", "节能降耗")),)))
    counts = counter.count("推进绿色低碳发展，节能降耗，低碳出行，节能降耗。")
    assert counts == {("绿色", "绿色低碳"): 1, ("绿色", "低碳"): 1, ("绿色", "节能降耗"): 2}
