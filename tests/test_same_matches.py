"""Searches rewritten for speed find what they found as written.

Each test holds the search in its first form (a pattern tried at every position, a scan per call)
and compares every answer on generated text made of the characters the search turns on (names,
titles, marks, letters and digits, Han characters).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract.cleaning import furniture
from etl.extract.names import mentions
from etl.extract.pages import nonreport
from etl.extract.people import listed_mentions

# Surnames (single, compound, a Yi clan's first part), given-name characters, the academic titles
# and their traditional forms, spaces and marks.
_SCHOLAR_PIECES = [
    "王",
    "李",
    "欧阳",
    "诸葛",
    "明",
    "华",
    "国",
    "教授",
    "副教授",
    "研究员",
    "研究員",
    "博士",
    "讲师",
    "講師",
    "老师",
    " ",
    "\u3000",
    "，",
    "。",
    "、",
    "应邀",
    "作辅导",
    "讲座",
]


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from(_SCHOLAR_PIECES), max_size=24).map("".join))
def test_scholar_names_are_those_the_pattern_finds_at_every_position(text: str) -> None:
    as_written = [(m.span(), m.group(0), m["name"]) for m in mentions._SCHOLAR.finditer(text)]
    anchored = [(m.span(), m.group(0), m["name"]) for m in mentions._scholar_matches(text)]
    assert anchored == as_written


def test_a_scholar_after_the_longest_surname_is_still_found() -> None:
    longest = max(mentions.COMPOUND_SURNAMES + mentions.YI_CLANS + mentions.TIBETAN_FIRST_PARTS, key=len)
    text = f"请{longest}  明  华教授作辅导"
    assert [m["name"] for m in mentions._scholar_matches(text)] == [m["name"] for m in mentions._SCHOLAR.finditer(text)]
    assert list(mentions._scholar_matches(text))


_GLUED_AS_WRITTEN = re.compile(r"(?<=[\u4e00-\u9fff])[A-Za-z0-9]{4}(?=[\u4e00-\u9fff，,。；;、]|$)", re.MULTILINE)


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="决策机人发扬力AKPEaj9L3K0123，。、\n ", max_size=60))
def test_glued_jammer_tokens_are_those_the_lookbehind_pattern_finds(text: str) -> None:
    as_written = {
        m.group(0)
        for m in _GLUED_AS_WRITTEN.finditer(text)
        if not m.group(0).isdigit() and not (m.group(0).isalpha() and m.group(0).isupper())
    }
    assert set(furniture._GLUED_JAMMER.findall(text)) == as_written
    expected = frozenset(as_written) if len(as_written) >= 3 else frozenset()
    assert furniture.glued_jammer_tokens(text) == expected


# Names, the list's 、 and its ends (等, 同志, 分别, 作, a count), clause marks, 会上 and other words.
_LIST_PIECES = [
    "王明",
    "李华",
    "欧阳明",
    "张",
    "国",
    "、",
    "，",
    ",",
    "。",
    "；",
    "：",
    "\n",
    " ",
    "等",
    "同志",
    "分别",
    "作",
    "进行",
    "3名",
    "会上",
    "的",
]


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from(_LIST_PIECES), max_size=30).map("".join))
def test_untitled_lists_are_those_the_pattern_finds_at_every_clause_mark(text: str) -> None:
    as_written = [(m.span(), m["names"]) for m in listed_mentions._UNTITLED_LIST.finditer(text)]
    assert [(m.span(), m["names"]) for m in listed_mentions._untitled_lists(text)] == as_written


def test_an_untitled_list_after_a_list_that_did_not_match_is_found() -> None:
    text = "会议，王明、李华作了发言，张国、王华等同志交流，欧阳明、李国分别发言。"
    as_written = [m["names"] for m in listed_mentions._UNTITLED_LIST.finditer(text)]
    assert len(as_written) == 3
    assert [m["names"] for m in listed_mentions._untitled_lists(text)] == as_written


_CHRONICLE_AS_WRITTEN = re.compile(
    r"(?:^|\n)[ \t\u3000]*(?:【(?:\d{1,2}\s*月\s*)?(\d{1,2})\s*日】|(?:\d{1,2}\s*月\s*)?(\d{1,2})\s*日(?:[ \t\u3000]+|[:：]))(?=\S)"
)
_SAME_DAY_AS_WRITTEN = re.compile(r"(?:^|\n)[ \t\u3000]*(?:同日|当日|是日)(?:[ \t\u3000]+|[:：])(?=\S)")
_CHRONICLE_PIECES = [
    "\n",
    " ",
    "\u3000",
    "1",
    "12",
    "日",
    "月",
    "3月",
    "【",
    "】",
    "：",
    ":",
    "同日",
    "当日",
    "省委",
    "，",
]


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from(_CHRONICLE_PIECES), max_size=30).map("".join))
def test_chronicle_entries_are_those_the_line_start_patterns_find(text: str) -> None:
    lines = "\n" + text
    assert [m[1] or m[2] for m in nonreport._CHRONICLE_ENTRY.finditer(lines)] == [
        m[1] or m[2] for m in _CHRONICLE_AS_WRITTEN.finditer(text)
    ]
    assert len(nonreport._SAME_DAY_ENTRY.findall(lines)) == len(_SAME_DAY_AS_WRITTEN.findall(text))
