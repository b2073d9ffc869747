"""Whole-page patterns written first character first (a class, then lookbehinds; the twelfth speed
pass, docs/benchmarks.md) find the same matches as the alternations they replace, on any text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract.cleaning import clean
from etl.extract.people import cited, people, speaking
from etl.extract.text.patterns import compile_tc

# (the pattern in use, the alternation it was written as before)
PAIRS = {
    "cited._RELAYED_SPAN": (cited._RELAYED_SPAN, r"(?:传达|学习)[^，,。；;\n]{0,80}?精神"),
    "people._TURN_ANNOUNCED_AT": (
        people._TURN_ANNOUNCED_AT,
        r"(?:进行|作|做)了?(?:交流|表态|重点|专题|中心)?(?:发言|汇报)(?=[。！？!?；;\n])",
    ),
    "speaking._TURNS": (speaking._TURNS, r"分别|先后|相继|依次|轮流|纷纷"),
    "clean._FLATTENED_DATELINE": (
        clean._FLATTENED_DATELINE,
        r"(?<=[。！？])[ \u3000\u00a0]+"
        r"(?=[^\s，,。；：:（()）“”]{0,24}?(?:[讯訊](?![员員])\s*[（(]|\d{1,2}\s*月\s*\d{1,2}\s*日[电電]))",
    ),
}

# Every character the patterns name, in both scripts, and the ones they stop at.
_CHARS = (
    "传傳达達学學习習精神进進行作做了交流表态態重点點专專题題中心发發言汇匯彙报報分别別先后後相继繼依次轮輪纷紛，,。；;\n！？!? 会议"
    "\u3000\u00a0讯訊员員（(月日电電12"  # a flattened dateline's
)
texts = st.text(alphabet=_CHARS, max_size=200)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_the_pattern_is_not_the_alternation_it_replaces(name: str) -> None:
    used, before = PAIRS[name]
    assert used.pattern != compile_tc(before).pattern


@given(texts)
@settings(max_examples=2000)
def test_first_class_patterns_find_what_the_alternations_found(text: str) -> None:
    for used, before in PAIRS.values():
        old = compile_tc(before)
        assert _spans(used, text) == _spans(old, text)
        for pos in range(0, len(text), 7):  # also where a reader matches at a position
            m, n = used.match(text, pos), old.match(text, pos)
            assert (m and m.span()) == (n and n.span())


# Pieces of a flattened page's dateline (…小组。 某网3月3日讯 (记者…), so that its matches are drawn often.
_DATELINE_PIECES = [*"。！， \u3000\u00a0讯訊电员（(\n", "某网", "3月3日", "12 月 1 日"]


@given(st.lists(st.sampled_from(_DATELINE_PIECES), max_size=24).map("".join))
@settings(max_examples=2000)
def test_the_flattened_dateline_finds_what_its_lookbehind_first_form_found(text: str) -> None:
    used, before = PAIRS["clean._FLATTENED_DATELINE"]
    old = compile_tc(before)
    assert _spans(used, text) == _spans(old, text)
    assert used.sub("\n", text) == old.sub("\n", text)


@pytest.mark.corpora
def test_first_class_patterns_find_what_the_alternations_found_on_real_text(corpora: Path) -> None:
    rows = (corpora / "government_work_reports.jsonl").read_text(encoding="utf-8").splitlines()
    found = 0
    for row in rows:
        text = json.loads(row).get("content") or ""
        for used, before in PAIRS.values():
            spans = _spans(used, text)
            assert spans == _spans(compile_tc(before), text)
            found += len(spans)
    assert found > 100
