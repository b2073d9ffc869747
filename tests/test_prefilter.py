"""Prefiltered: the RE2 pre-check never hides a match the Python pattern finds."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract.cleaning import line_rules
from etl.extract.pages import nonreport, page_kind
from etl.extract.pages.prefilter import OneScan, Prefiltered, superset_pattern
from etl.extract.text.patterns import compile_tc

# Every pattern the module searches with an RE2 pre-check.
GATED = {name: p for module in (nonreport, page_kind) for name, p in vars(module).items() if isinstance(p, Prefiltered)}


def test_every_nonreport_pre_check_compiles() -> None:
    assert len(GATED) >= 10
    assert all(g.check is not None for g in GATED.values())


@pytest.mark.parametrize(
    ("pattern", "translated"),
    [
        (r"(?<![\d月])\d{1,2}日", r"(?m)\pN{1,2}日"),
        (r"a(?=b)c", "(?m)ac"),
        (r"[^\]x]", r"(?m)[^\]x]"),
        (r"\u4e00\-", r"(?m)\x{4e00}\-"),
        (r"(?P<f>x)$", r"(?m)(?P<f>x)$"),
    ],
)
def test_translation(pattern: str, translated: str) -> None:
    assert superset_pattern(pattern) == translated


@pytest.mark.parametrize("pattern", [r"(x)\1", r"\bx", r"(?i)x", r"(?>x)", r"\w+"])
def test_what_it_cannot_widen_runs_without_a_pre_check(pattern: str) -> None:
    gated = Prefiltered(re.compile(pattern))
    assert gated.check is None
    assert gated.may_match("")
    assert gated.findall("x x") == re.findall(pattern, "x x")


# Texts built from the pieces the patterns are made of, and the characters where Python's and
# RE2's classes differ (fullwidth and Arabic digits, ideographic and odd spaces, dotless i).
PIECES = sorted(
    {ch for g in GATED.values() for ch in g.pattern.pattern if ord(ch) > 0x2E80}
    | set("0123456789０９٣ \t\n\u3000\xa0\x85\x1c\u2028,，。txtTXTappAPPQA:：ıİ")
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join), st.sampled_from(sorted(GATED)))
def test_pre_check_is_never_narrower(text: str, name: str) -> None:
    gated = GATED[name]
    assert _span(gated.search(text)) == _span(gated.pattern.search(text))
    assert gated.findall(text) == gated.pattern.findall(text)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
    st.integers(0, 60),
    st.sampled_from(["的", "会议，", "Ab。"]),  # no runs of spaces: some patterns backtrack over them
)
def test_one_scan_of_a_long_text_answers_as_each_pre_check(text: str, at: int, filler: str) -> None:
    # long enough for the shared scan; the pieces at any place of it
    long = text[:at] + filler * (OneScan.MIN_CHARS // len(filler)) + text[at:]
    scan = next(iter(GATED.values())).scan
    assert scan is not None
    assert scan.found(long) == {g for g in GATED.values() if g.check.search(long)}
    for gated in GATED.values():
        assert _span(gated.search(long)) == _span(gated.pattern.search(long))
        assert gated.findall(long) == gated.pattern.findall(long)


def test_every_nonreport_pre_check_shares_one_scan() -> None:
    scans = {id(g.scan) for g in GATED.values()}
    assert len(scans) == 1 and all(g.scan is not None for g in GATED.values())


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m else None


@pytest.mark.parametrize(
    "text",
    [
        "12日上午，会议召开",
        "会议指出，要抓落实",
        "定于５月８日在县里召开",
        "问：怎么办\n答：这样办",
        "小说app 护眼 关灯",
        "TXT下载",
        "第一条 为了规范议事",
        "法律分析：可以",
        "▲某台记者：请问",
        "序号 姓名 出生年月 职务",
        "會議強調，要落實",
    ],
)
def test_matches_pass_the_pre_check(text: str) -> None:
    found = [name for name, g in GATED.items() if g.pattern.search(text)]
    assert found
    assert all(GATED[name].may_match(text) for name in found)


def test_dotless_i_under_ignorecase() -> None:
    gated = Prefiltered(compile_tc("wifi下载", re.IGNORECASE))
    assert gated.check is not None
    assert gated.pattern.search("WIFı下載")  # Python folds ı with i, RE2 does not
    assert gated.search("WIFı下載") is not None


@pytest.mark.corpora
def test_real_texts_give_the_same_answers(corpora: Path) -> None:
    texts = [
        json.loads(line).get("content") or ""
        for name in ("government_work_reports.jsonl", "cpc_congress_reports.jsonl")
        for line in (corpora / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted((corpora / "real_reports").glob("*.txt"))]
    for gated in GATED.values():
        assert [gated.findall(t) for t in texts] == [gated.pattern.findall(t) for t in texts]


# The cleaning's word gates: one pattern per tuple of words, true exactly where a word is in the line.
WORD_GATES = [
    (line_rules._RIGHTS_WORD, line_rules._RIGHTS_WORDS),
    (line_rules._ADULT_WORD, line_rules._ADULT_GATE),
    (line_rules._SPAM_WORD, line_rules._SPAM_WORDS),
]
WORD_PIECES = sorted({w[i:j] for _, words in WORD_GATES for w in words for i in range(len(w)) for j in (i + 1, len(w))})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*WORD_PIECES, "a", " ", "。"]), max_size=12).map("".join))
def test_word_gates_find_a_line_holding_any_of_their_words(line: str) -> None:
    for gate, words in WORD_GATES:
        assert (gate.search(line) is not None) == any(w in line for w in words)


def test_a_pre_check_is_compiled_only_for_a_text_the_shared_scan_does_not_answer() -> None:
    # In a fresh process (this one's pre-checks may have been asked already): the reading modules
    # load without compiling one, a long page is answered by the shared scan, a short one compiles
    # the pre-checks it is asked about.
    code = (
        "import gc; import etl.run.process;"
        "from etl.extract.pages.prefilter import OneScan, Prefiltered;"
        "gated = [o for o in gc.get_objects() if isinstance(o, Prefiltered) and o.source is not None];"
        "asked = lambda: sum(g._asked for g in gated);"
        "before = asked(); [g.may_match('会议' * OneScan.MIN_CHARS) for g in gated]; long = asked();"
        "gated[0].may_match('会议'); print(len(gated), before, long, asked())"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    n, before, long, short = map(int, done.stdout.split())
    assert n >= 10 and before == 0 and long == 0 and short == 1
