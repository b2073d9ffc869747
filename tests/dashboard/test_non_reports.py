"""Pages that are not reports (``meetings.is_report`` false): out of every count by default, in
with the filter, listed with their reasons on the Data page.

The ETL takes every page as a report until the reading of non-reports lands, so the warehouse
here is the tiny one with one meeting re-marked through the warehouse's own writer.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import queries
from dashboard.indexes import corpus as corpus_index
from dashboard.queries import Filters
from dashboard.rendering.tables import column_label
from etl.count.codebook import load_folder
from etl.io.warehouse import Warehouse
from tests.dashboard.apps import copy_tiny, edit_meetings, run_page

REASON = "a list of links, no meeting"


def mark_not_report(root: Path, title_word: str, reason: str) -> str:
    """Commit a new version where the meeting whose title holds ``title_word`` is not a report."""

    def edit(meetings: pa.Table, hit: pa.ChunkedArray) -> dict[str, pa.ChunkedArray]:
        return {
            "is_report": pc.invert(hit),
            "not_report_reason": pc.if_else(hit, pa.scalar(reason), meetings["not_report_reason"]),
        }

    return edit_meetings(root, lambda meetings: pc.match_substring(meetings["title"], title_word), edit)


@pytest.fixture(scope="module")
def root(tiny_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_tiny(tiny_root, tmp_path_factory.mktemp("non-reports"))


@pytest.fixture(scope="module")
def marked(root: Path) -> str:
    return mark_not_report(root / "wh", "中心组", REASON)  # r5, 张三: 绿水青山 (生态环保 once)


def test_non_reports_are_out_of_every_count_unless_asked(root: Path, marked: str) -> None:
    wh = Warehouse.open(root / "wh")
    c = corpus_index.open_corpus(wh)
    assert queries.overview(c, Filters())["meetings"] == 4
    assert queries.overview(c, Filters(include_non_reports=True))["meetings"] == 5
    assert marked not in set(queries.meeting_list(c, Filters())["meeting_id"])
    assert marked not in set(queries.selected_speeches(c, Filters())["meeting_id"])
    out = queries.theme_totals(c, Filters()).set_index("theme")["count"]
    both = queries.theme_totals(c, Filters(include_non_reports=True)).set_index("theme")["count"]
    assert both["生态环保"] == out["生态环保"] + 1
    counts = queries.term_counts(wh, c, Filters(), ["绿水青山"])
    assert marked not in set(counts["meeting_id"])
    listed = queries.non_reports(c)
    assert list(listed["meeting_id"]) == [marked] and list(listed["not_report_reason"]) == [REASON]


def test_a_theme_sample_never_draws_from_a_non_report(root: Path, marked: str) -> None:
    wh = Warehouse.open(root / "wh")
    c = corpus_index.open_corpus(wh)
    codebook = load_folder(root / "codebook").codebook
    sample = queries.sample_theme_hits(wh, c, codebook, "生态环保", n=50)
    assert len(sample) and marked not in set(sample["meeting_id"])


def _app(root: Path, page: str, monkeypatch: pytest.MonkeyPatch, **params: str) -> AppTest:
    monkeypatch.setenv("POLICY_THEMES_WAREHOUSE", str(root / "wh"))
    monkeypatch.setenv("POLICY_THEMES_CODEBOOK", str(root / "codebook"))
    return run_page(page, **params)


def test_the_filter_brings_them_in_and_the_url_keeps_it(
    root: Path, marked: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert next(m.value for m in _app(root, "overview", monkeypatch).metric) == "4"
    at = _app(root, "overview", monkeypatch, nonreports="1")
    assert next(m.value for m in at.metric) == "5"
    assert at.checkbox(key="f_include_non_reports").value is True
    assert dict(at.query_params)["nonreports"] == "1"


def test_the_data_page_lists_them_with_their_reasons(root: Path, marked: str, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(root, "data", monkeypatch)
    reason, meeting = column_label("not_report_reason", "zh"), column_label("meeting_id", "zh")
    table = next(d.value for d in at.dataframe if reason in d.value.columns)  # headers in the page's language
    assert list(table[meeting]) == [marked] and list(table[reason]) == [REASON]
