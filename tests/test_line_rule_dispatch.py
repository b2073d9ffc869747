"""``line_rule`` tries its anchored patterns only where a line's first character can begin a match
(``FirstChars``, the eighteenth speed pass, docs/benchmarks.md): the same rule as trying every one of
them, on invented lines, on random ones and on every line of the bench's corpus."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract.cleaning import line_rules
from etl.extract.text.first_chars import FirstChars

BENCH = Path(__file__).resolve().parents[1] / "bench" / "etl_bench.py"

# One line for each pattern behind the dispatch, and the rule it gives: a pattern left out of the
# dispatch's calls, or turned away on a first character it can begin with, changes its line's rule.
LINES = {
    "分享 收藏 点赞": "widget",  # _BUTTONS
    "⏳🔡": "widget",  # _SYMBOLS_ONLY
    "2023年03月29日 星期三": "date_banner",  # _DATETIME_ONLY
    "09-10 14:55": "date_banner",  # _CLOCKED_DAY_ONLY
    "编辑：方新月": "byline",  # _BYLINE_LINE
    "（王慧敏）": "byline",  # _NAMES_LINE
    "(朱亚旭 李得胜)": "byline",
    "■某县融媒体中心记者组": "byline",  # _DESK_LINE
    "联播记者/张伟 李强": "byline",  # _DESK_REPORTER_LINE
    "作 者：张伟": "byline",  # the spaced label read as 作者：张伟, then _BYLINE_LINE
    "某某日报 2020年03月12日": "meta_strip",  # _NAMED_STAMP
    "2021-09-15 09:10:51 来源：某某网": "meta_strip",  # _TIMESTAMP_HEAD
    "发表评论": "widget",  # _WIDGET
    "积分": "widget",  # FORUM_PROFILE
    "(新闻来源:某某中心 转载:某某)": "meta_strip",  # _BRACKETED
    "工 作 动 态": "navigation",  # _SPACED_TAG
    "w_DSC06035.JPG": "image",  # _IMAGE
    "当前位置：首页": "navigation",  # _LEADING
    "- 某县召开经济工作会议2025-11-13": "navigation",  # _RELATED_LINK
    "某栏目 首页 > 工作动态 > 正文": "navigation",  # _BREADCRUMB
    "本作品在全世界都属于公有领域": "rights",  # _RIGHTS_START
    "会议强调，要坚持稳中求进工作总基调。": None,
}


class _Everywhere:
    """Every pattern may begin anywhere: ``line_rule`` tries each, as it did before the dispatch."""

    def __init__(self, n: int) -> None:
        self.all = (True,) * n

    def can_start(self, text: str) -> tuple[bool, ...]:
        return self.all


def _plain_rule(line: str) -> str | None:
    gated = line_rules._LINE_STARTS, line_rules._BARE_STARTS
    line_rules._LINE_STARTS = _Everywhere(len(line_rules._LINE_PATTERNS))  # type: ignore[assignment]
    line_rules._BARE_STARTS = _Everywhere(len(line_rules._BARE_PATTERNS))  # type: ignore[assignment]
    try:
        return line_rules.line_rule(line)
    finally:
        line_rules._LINE_STARTS, line_rules._BARE_STARTS = gated


def _bare(line: str) -> str:
    bare = line.lstrip(line_rules.BULLETS) or line
    return bare[:-1].rstrip() if bare.endswith(("|", "丨")) and len(bare) > 2 else bare


def _assert_same(lines: list[str]) -> None:
    for line in lines:
        assert line_rules.line_rule(line) == _plain_rule(line), line
        for patterns, starts, text in (
            (line_rules._LINE_PATTERNS, line_rules._LINE_STARTS, line),
            (line_rules._BARE_PATTERNS, line_rules._BARE_STARTS, _bare(line)),
        ):
            can = starts.can_start(text)
            for k, pattern in enumerate(patterns):
                assert can[k] or pattern.match(text) is None, (pattern.pattern[:60], text)


@pytest.mark.parametrize(("line", "rule"), LINES.items())
def test_each_pattern_behind_the_dispatch_still_gives_its_rule(line: str, rule: str | None) -> None:
    assert line_rules.line_rule(line) == rule
    assert _plain_rule(line) == rule
    _assert_same([line, f"• {line}", f"{line} |"])


def test_every_pattern_behind_the_dispatch_has_a_line_it_matches() -> None:
    for patterns, text in ((line_rules._LINE_PATTERNS, str), (line_rules._BARE_PATTERNS, _bare)):
        for pattern in patterns:
            assert any(pattern.match(text(line)) for line in LINES), pattern.pattern[:80]


def test_first_chars_turns_away_only_what_cannot_begin_a_match() -> None:
    import re

    starts = FirstChars([re.compile(r"\d{2}年"), re.compile(r"[a-z]+", re.IGNORECASE), re.compile(r"x?")])
    assert starts.can_start("20年") == (True, False, True)
    assert starts.can_start("Abc") == (False, True, True)  # the flags are the pattern's
    assert starts.can_start("") == (False, False, True)  # a pattern that may match nothing is always tried


_ALPHABET = "".join(
    dict.fromkeys("".join(LINES) + "0123456789-/:： （()）【】[]|丨•·■□—_*>»首页记者通讯员本版特凡今注积" + "\u3000\t")
)


@settings(max_examples=1500)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_random_lines_get_the_rule_every_pattern_tried_gives(line: str) -> None:
    _assert_same([line.strip()])


@settings(max_examples=300)
@given(
    st.sampled_from(sorted(LINES)), st.text(alphabet=_ALPHABET, max_size=12), st.text(alphabet=_ALPHABET, max_size=12)
)
def test_invented_lines_changed_at_their_ends_get_the_same_rule(line: str, before: str, after: str) -> None:
    _assert_same([f"{before}{line}".strip(), f"{line}{after}".strip(), f"{before}{line}{after}".strip()])


@pytest.mark.corpora
def test_every_line_of_the_bench_corpus_gets_the_same_rule(corpora: Path, tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("etl_bench", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # its dataclasses look their module up
    spec.loader.exec_module(bench)
    bench.SHARED = corpora.parent
    forms, _, _ = bench.build_corpus(tmp_path, 1)  # one copy of every document: the lines all sizes repeat
    rows = (forms["one JSONL"] / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    lines = sorted({x.strip() for row in rows for x in json.loads(row)["content"].split("\n") if x.strip()})
    assert len(lines) > 3_000
    _assert_same(lines)
