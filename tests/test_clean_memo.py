"""Cleaning remembers the rules of short lines: the answers are the rules' own.

``_short_line_rule`` and ``_short_fragments`` are cached per process (a site's furniture repeats
on every page). That is only sound while the rules read nothing but the line: a rule that reads
a list, a dict or any other state would answer from the cache for a state it no longer sees. The
first test walks every function the cached rules call and fails when a new rule reads such a
global, so a rule added to clean.py or furniture.py joins the cache safely or says why not.
"""

from __future__ import annotations

import re
import types
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract import clean as clean_module
from etl.extract.clean import clean

# What a remembered rule may read besides its argument: values that never change.
_CONSTANTS = (re.Pattern, str, int, float, bool, tuple, frozenset, type(None))


def _reads(fn: types.FunctionType, seen: set[types.FunctionType]) -> list[str]:
    """The globals ``fn`` (and every function of ours it calls) reads that may change."""
    if fn in seen:
        return []
    seen.add(fn)
    bad: list[str] = []
    codes = [fn.__code__, *(c for c in fn.__code__.co_consts if isinstance(c, types.CodeType))]
    for code in codes:
        for name in code.co_names:
            if name not in fn.__globals__:
                continue  # an attribute (m.group) or a builtin
            value = fn.__globals__[name]
            if isinstance(value, types.FunctionType) and value.__module__.startswith("etl."):
                bad += _reads(value, seen)
            elif isinstance(value, _CONSTANTS) or callable(value) or isinstance(value, types.ModuleType):
                if isinstance(value, tuple) and not all(isinstance(v, _CONSTANTS) for v in value):
                    bad.append(f"{fn.__module__}.{name}")
            else:
                bad.append(f"{fn.__module__}.{name}")
    return bad


def _plain(fn: object) -> types.FunctionType:
    wrapped = getattr(fn, "__wrapped__", fn)
    assert isinstance(wrapped, types.FunctionType)
    return wrapped


def test_the_remembered_rules_read_nothing_but_the_line() -> None:
    for cached in (clean_module._short_line_rule, clean_module._short_fragments):
        assert hasattr(cached, "cache_info"), "the rule is meant to be remembered"
        assert _reads(_plain(cached), set()) == []


_SEEN_LINES: dict[str, str] = {}


def _rule_with_state(line: str) -> str | None:
    return _SEEN_LINES.get(line)


def test_a_rule_reading_state_is_caught() -> None:
    assert _reads(_rule_with_state, set()) == [f"{__name__}._SEEN_LINES"]


# Lines built from the shapes the rules look for: labels, dates, names, brackets, buttons.
_PIECES = [
    "来源：",
    "发布时间:",
    "2023-05-06 10:20",
    "2023年5月6日",
    "编辑 王某",
    "（记者 李某）",
    "本报讯",
    "首页 > 要闻",
    "分享",
    "打印",
    "|",
    "•",
    " ",
    "\u3000",
    "作 者：",
    "会议强调，",
    "要抓好落实。",
    "某某日报",
    "供稿",
    "摄",
    "版权所有",
    "_官网",
    "体育",
    "入口",
    "ICP备",
    "(完)",
    "图为",
    "会议现场",
    "上 传:",
    "function f(){var a=1;}",
    "——",
    "⏳",
]
_LINES = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINES, min_size=1, max_size=6))
def test_remembered_answers_equal_the_rules(lines: list[str]) -> None:
    for line in lines:
        line = line.strip()
        if not line:
            continue
        assert clean_module._short_line_rule(line) == _plain(clean_module._short_line_rule)(line)
        assert clean_module._short_fragments(line) == clean_module._fragments(line)
    text = "\n".join(lines)
    first = clean(text)
    clean_module._short_line_rule.cache_clear()
    clean_module._short_fragments.cache_clear()
    assert clean(text) == first  # from cold caches the same as from warm ones


@pytest.mark.corpora
def test_real_pages_clean_the_same_from_cold_and_warm_caches(corpora: Path) -> None:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(corpora.rglob("*.txt"))]
    assert texts
    cold = []
    for text in texts:
        clean_module._short_line_rule.cache_clear()
        clean_module._short_fragments.cache_clear()
        cold.append(clean(text))
    warm = [clean(text) for text in texts + texts][len(texts) :]
    assert warm == cold
