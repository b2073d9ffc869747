"""A pattern behind a lookahead of its first characters (``first_chars_ahead``, the thirteenth speed
pass, docs/benchmarks.md) finds the same matches as the pattern alone, on any text; and the
readers' patterns put behind one are those patterns."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract.cleaning import furniture, line_rules
from etl.extract.names import mentions
from etl.extract.pages import nonreport, page_kind
from etl.extract.people import listed_mentions, people, post_after_name, speaking
from etl.extract.text.first_chars import first_chars, first_chars_ahead, first_chars_lookahead

# Every pattern of the readers put behind its first characters, by name.
AHEAD = {
    "line_rules._BYLINE_LINE": line_rules._BYLINE_LINE,
    "line_rules._ANYWHERE": line_rules._ANYWHERE,
    "line_rules._BUTTONS": line_rules._BUTTONS,
    "line_rules._DATETIME_ONLY": line_rules._DATETIME_ONLY,
    "line_rules._META_LABEL": line_rules._META_LABEL,
    "nonreport._TIME": nonreport._TIME,
    "nonreport._HELD": nonreport._HELD,
    "nonreport._ISSUING": nonreport._ISSUING,
    "people._ROLE_ONLY": people._ROLE_ONLY,
    "mentions.POST_TAIL": mentions.POST_TAIL,
    "speaking._ACT": speaking._ACT,
    "post_after_name._MENTION": post_after_name._MENTION,
    # pre-filtered ones: RE2's check is made from the pattern as written, the search runs behind
    "page_kind.MEETING_VOICE": page_kind.MEETING_VOICE._searched,
    "page_kind._NARRATOR": page_kind._NARRATOR._searched,
}
PREFILTERED_AHEAD = (page_kind.MEETING_VOICE, page_kind._NARRATOR)
_WRAPPED = re.compile(r"\(\?=(\[.*?(?<!\\)\])\)\(\?:(.*)\)", re.DOTALL)
# The glued jammer's pattern as it was written before, its first character in the repeat.
_GLUED_JAMMER_BEFORE = re.compile(
    r"[A-Za-z0-9]{4}(?<=[\u4e00-\u9fff][A-Za-z0-9]{4})(?<![0-9]{4})(?<![A-Z]{4})(?=[\u4e00-\u9fff，,。；;、]|$)",
    re.MULTILINE,
)


def _unwrapped(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern a lookahead was put in front of."""
    m = _WRAPPED.fullmatch(pattern.pattern)
    assert m is not None, pattern.pattern[:80]
    return re.compile(m.group(2), pattern.flags)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _same(new: re.Pattern[str], old: re.Pattern[str], text: str) -> None:
    assert _found(new, text) == _found(old, text)
    for pos in range(0, len(text) + 1, 1 + len(text) // 16):  # as the readers match and search at positions
        for end in (len(text), min(len(text), pos + 12)):
            m, n = new.match(text, pos, end), old.match(text, pos, end)
            assert (m and (m.span(), m.groups())) == (n and (n.span(), n.groups()))
            m, n = new.search(text, pos, end), old.search(text, pos, end)
            assert (m and m.span()) == (n and n.span())


def _pieces(pattern: re.Pattern[str]) -> str:
    """The characters the pattern names, with a few it does not and the ones Python folds."""
    named = {ch for ch in pattern.pattern if not ch.isascii() or ch.isalnum()}
    return "".join(sorted(named)) + "，。：:、 \n\t2024年3月1日xXİıſKk)（）"


@pytest.mark.parametrize("name", sorted(AHEAD))
def test_a_readers_pattern_is_behind_its_first_characters(name: str) -> None:
    pattern = AHEAD[name]
    assert _WRAPPED.fullmatch(pattern.pattern), "first_chars_ahead could not read this pattern's first characters"


def test_a_prefiltered_pattern_is_checked_as_written_and_searched_behind_its_first_characters() -> None:
    for prefiltered in PREFILTERED_AHEAD:
        assert prefiltered.check is not None  # RE2 could read the pattern as written
        assert _unwrapped(prefiltered._searched).pattern == prefiltered.pattern.pattern
        text = "会上，会议指出要抓落实。会议强调，他笑着说咱们走。" * 2
        assert prefiltered.findall(text) == prefiltered.pattern.findall(text)
        m, n = prefiltered.search(text), prefiltered.pattern.search(text)
        assert (m and m.span()) == (n and n.span())


@pytest.mark.parametrize("name", sorted(AHEAD))
@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_a_pattern_behind_its_first_characters_finds_what_it_found(name: str, data: st.DataObject) -> None:
    new = AHEAD[name]
    old = _unwrapped(new)
    # texts the pattern matches (hypothesis writes them from the pattern), joined by its characters
    chunk = st.one_of(st.from_regex(old), st.text(alphabet=_pieces(old), max_size=4))
    text = "".join(data.draw(st.lists(chunk, max_size=8)))[:160]
    _same(new, old, text)


@given(st.text(alphabet="abcXYZ0129一二会議，。、 \n", max_size=60))
@settings(max_examples=500)
def test_the_glued_jammer_finds_what_it_found_when_its_first_character_was_in_the_repeat(text: str) -> None:
    assert _found(furniture._GLUED_JAMMER, text) == _found(_GLUED_JAMMER_BEFORE, text)


@pytest.mark.parametrize(
    ("source", "flags", "chars"),
    [
        (r"ab|c", 0, "[ac]"),
        (r"\d{1,2}\s*月|近日", 0, r"[\d近]"),
        (r"(?<!x)(?:[会會]议|主持)", 0, "[会會主]"),
        (r"x?y*z", 0, "[xyz]"),
        (r"^(?:今天是)?\d", 0, r"[今\d]"),
        (r"a\b|[^b]", 0, None),  # a negated class
        (r".x", 0, None),  # any character
        (r"x?", 0, None),  # may match nothing
        (r"(?i:a)b", 0, None),  # flags of its own
        (r"(a)\1|b", 0, "[ab]"),
        (r"a b", re.VERBOSE, None),
    ],
)
def test_first_chars(source: str, flags: int, chars: str | None) -> None:
    assert first_chars(re.compile(source, flags)) == chars


def test_a_pattern_whose_first_characters_are_unknown_is_returned_as_it_is() -> None:
    for source in (r".x", r"x?", r"(?i)ab"):
        pattern = re.compile(source)
        assert first_chars_ahead(pattern) is pattern


@given(st.text(alphabet="aAİıiIſsSKkK", max_size=12))
def test_folded_letters_under_ignorecase(text: str) -> None:
    for source in (r"i\w|s+k", r"[ik]s"):
        old = re.compile(source, re.IGNORECASE)
        _same(first_chars_ahead(old), old, text)


@pytest.mark.corpora
def test_the_patterns_find_what_they_found_on_real_text(corpora: Path) -> None:
    rows = (corpora / "government_work_reports.jsonl").read_text(encoding="utf-8").splitlines()[:30]
    found = 0
    for row in rows:
        text = json.loads(row).get("content") or ""
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        for new in AHEAD.values():
            old = _unwrapped(new)
            spans = _found(new, text)
            assert spans == _found(old, text)
            found += len(spans)
            for line in lines:
                m, n = new.match(line), old.match(line)
                assert (m and m.span()) == (n and n.span())
        assert _found(furniture._GLUED_JAMMER, text) == _found(_GLUED_JAMMER_BEFORE, text)
    assert found > 100


# Patterns whose part after their first character tries its own first characters first
# (``first_chars_lookahead``), with the form they were written in before, and characters to write texts of.
FOLLOWERS_AHEAD = {
    "mentions._CANDIDATE": (
        mentions._CANDIDATE,
        re.compile(rf"[{mentions._POST_FINALS}](?={mentions._AFTER_POST})"),
        "".join(sorted(set(mentions._POST_FINALS))[:12]) + '”」』"  \u3000王李欧阳司马张某会议，。',
    ),
    "listed_mentions._LIST_TAIL": (
        listed_mentions._LIST_TAIL,
        re.compile(rf"、{listed_mentions._LIST_NAME}(?:{listed_mentions._LIST_END})"),
        "、王李欧阳张某明华等同志分别作进行3名位，。会议",
    ),
}


@pytest.mark.parametrize("name", sorted(FOLLOWERS_AHEAD))
def test_the_part_after_the_first_character_tries_its_first_characters(name: str) -> None:
    new, old, _ = FOLLOWERS_AHEAD[name]
    assert new.pattern != old.pattern and "(?=[" in new.pattern[:40]


@pytest.mark.parametrize("name", sorted(FOLLOWERS_AHEAD))
@settings(max_examples=600, deadline=None)
@given(data=st.data())
def test_a_followers_lookahead_finds_what_the_pattern_found(name: str, data: st.DataObject) -> None:
    new, old, alphabet = FOLLOWERS_AHEAD[name]
    _same(new, old, data.draw(st.text(alphabet=alphabet, max_size=40)))


def test_first_chars_lookahead() -> None:
    assert first_chars_lookahead(r"ab|c") == "(?=[ac])"
    assert first_chars_lookahead(r".x") == ""  # any character: no lookahead
    assert first_chars_lookahead(r"x?") == ""


@pytest.mark.corpora
def test_a_followers_lookahead_finds_what_the_pattern_found_on_real_text(corpora: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((corpora / "real_reports").rglob("*.txt"))]
    for new, old, _ in FOLLOWERS_AHEAD.values():
        found = 0
        for text in texts:
            spans = _found(new, text)
            assert spans == _found(old, text)
            found += len(spans)
        assert found > 5
