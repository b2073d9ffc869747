"""The filter specs drive the widgets, the URL and the queries; the UI strings cover every page."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import fields
from pathlib import Path

import pytest

from dashboard.queries import Filters
from dashboard.queries.filters import (
    SPEC,
    Choice,
    DateBound,
    Exclude,
    Flag,
    OneOf,
    Pick,
    clamp_range,
    meeting_keep,
    specs,
)
from dashboard.rendering.i18n import STRINGS
from dashboard.shell.sidebar import url_values

VIEWS = Path(__file__).resolve().parents[2] / "dashboard" / "views"
SPAN = (dt.date(2020, 1, 1), dt.date(2021, 12, 31))


def test_every_field_of_filters_has_a_spec_with_its_own_url_parameter_and_a_label() -> None:
    found = list(specs())
    assert [name for name, _ in found] == [f.name for f in fields(Filters)]
    assert all(SPEC in f.metadata for f in fields(Filters))
    params = [spec.param for _, spec in found]
    assert len(params) == len(set(params)) and "lang" not in params and "meeting" not in params
    assert all(spec.label in STRINGS for _, spec in found)


def test_defaults_leave_the_url_empty_and_every_other_value_is_written() -> None:
    assert url_values(Filters(), SPAN, "zh") == {}
    chosen = Filters(
        start=dt.date(2020, 6, 1),
        end=dt.date(2021, 1, 1),
        include_undated=False,
        include_non_reports=True,
        granularity="month",
        post="行政首长",
        themes=("甲",),
        speakers=("张三", "李四"),
        organs=("区委",),
        meeting_types=("常委会",),
        regions=("青禾区",),
        excluded_types=("决议", "政府工作报告"),
    )
    written = url_values(chosen, SPAN, "en")
    assert written == {
        "lang": "en",
        "from": "2020-06-01",
        "to": "2021-01-01",
        "undated": "0",
        "nonreports": "1",
        "gran": "month",
        "post": "行政首长",
        "theme": ["甲"],
        "speaker": ["张三", "李四"],
        "organ": ["区委"],
        "type": ["常委会"],
        "region": ["青禾区"],
        "notype": ["决议", "政府工作报告"],
    }
    kinds = {type(spec) for _, spec in specs()}
    assert kinds == {DateBound, Flag, OneOf, Pick, Choice, Exclude}  # each kind is exercised above


@pytest.mark.parametrize("name", [n for n, s in specs() if isinstance(s, Choice) and s.column])
def test_every_meetings_column_choice_is_applied_by_the_mask(corpus, name: str) -> None:
    spec = dict(specs())[name]
    assert isinstance(spec, Choice) and spec.column
    value = corpus.meetings[spec.column].dropna().iloc[0]
    keep = meeting_keep(corpus.meetings, Filters(**{name: (value,)}))
    assert keep.tolist() == (corpus.meetings[spec.column] == value).tolist()


@pytest.mark.parametrize("name", [n for n, s in specs() if isinstance(s, Exclude)])
def test_every_exclusion_leaves_its_values_out_and_keeps_the_rest(corpus, name: str) -> None:
    spec = dict(specs())[name]
    assert isinstance(spec, Exclude)
    column = corpus.meetings[spec.column]
    value = column.dropna().iloc[0]
    keep = meeting_keep(corpus.meetings, Filters(**{name: (value,)}))
    assert keep.tolist() == (column != value).tolist()
    assert 0 < int((column == value).sum()) < len(column)  # the case leaves some out, keeps some


@pytest.mark.parametrize(
    ("start", "end", "shown"),
    [
        (None, None, SPAN),
        (dt.date(2020, 6, 1), None, (dt.date(2020, 6, 1), SPAN[1])),
        (dt.date(2019, 1, 1), dt.date(2030, 1, 1), SPAN),  # outside the span: its edges
        (dt.date(2021, 6, 1), dt.date(2020, 6, 1), (dt.date(2021, 6, 1), dt.date(2021, 6, 1))),  # crossed
        (dt.date(2025, 1, 1), None, (SPAN[1], SPAN[1])),
    ],
)
def test_typed_dates_and_url_dates_are_kept_inside_the_span(start, end, shown) -> None:
    assert clamp_range(start, end, SPAN) == shown


@pytest.fixture(scope="module")
def corpus(tiny_wh):
    from dashboard.indexes.corpus import open_corpus
    from etl.io.warehouse import Warehouse

    return open_corpus(Warehouse.open(tiny_wh))


def test_every_string_a_page_asks_for_is_in_the_strings_file() -> None:
    asked = set()
    for path in [*VIEWS.glob("*.py"), *(VIEWS.parent / "shell").glob("*.py"), VIEWS.parent / "app.py"]:
        text = path.read_text(encoding="utf-8")
        asked |= set(re.findall(r"\b(?:ctx|page)\.t\(\s*\"([a-z0-9_]+)\"", text))
        asked |= set(re.findall(r"\bt\(\s*\"([a-z0-9_]+)\"", text))
    missing = sorted(asked - STRINGS.keys())
    assert len(asked) > 100 and not missing, missing


def test_the_pages_hard_code_no_bilingual_strings() -> None:
    for path in VIEWS.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"[\u4e00-\u9fff]+ / [A-Za-z]", text), path.name
