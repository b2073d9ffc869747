"""Honest defaults for dates: a narrowed range leaves undated meetings out (the toggle brings them
back), dates known only to the month or year appear only at a granularity they fix, and every page
says how many meetings were left out and why.

The precision rule is checked on hand-made frames; the counts on the tiny warehouse with one
meeting re-dated to its year only (``2020``, stored on 1 January, as the ETL stores a year-only
date) through the warehouse's own writer.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import queries
from dashboard.indexes import corpus as corpus_index
from dashboard.queries import Filters
from dashboard.queries.filters import date_text, meeting_keep, narrowed, precision_fits, supports, undated_kept
from dashboard.rendering.tables import column_label
from etl.io.warehouse import Warehouse
from tests.dashboard.apps import copy_tiny, edit_meetings, run_page

# --- the rule, on hand-made frames -------------------------------------------------------------


@pytest.mark.parametrize(
    ("precision", "fits"),
    [
        ("day", {"day": True, "month": True, "quarter": True, "half": True, "year": True}),
        ("month", {"day": False, "month": True, "quarter": True, "half": True, "year": True}),
        ("year", {"day": False, "month": False, "quarter": False, "half": False, "year": True}),
        (None, {"day": True, "month": True, "quarter": True, "half": True, "year": True}),
    ],
)
def test_a_date_counts_only_at_a_granularity_its_precision_fixes(precision: str | None, fits: dict[str, bool]) -> None:
    assert {g: supports(precision, g) for g in fits} == fits


def test_an_unknown_granularity_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="weekly"):
        supports("day", "weekly")


def test_precision_fits_masks_a_column_with_missing_values() -> None:
    precisions = pd.Series(["day", "year", None, "month", "year"])
    assert precision_fits(precisions, "quarter").tolist() == [True, False, True, True, False]
    assert precision_fits(precisions, "year").tolist() == [True] * 5
    assert precision_fits(precisions.astype("category"), "month").tolist() == [True, False, True, True, False]


def test_a_date_is_written_only_as_far_as_it_is_known() -> None:
    day = pd.Timestamp("2020-07-10")
    assert [date_text(day, p) for p in ("day", "month", "year", None)] == [
        "2020-07-10",
        "2020-07",
        "2020",
        "2020-07-10",
    ]
    assert date_text(pd.NaT, "day") is None and date_text(None, None) is None


MEETINGS = pd.DataFrame(
    {
        "date": pd.to_datetime(["2020-03-05", "2021-02-01", None, "2021-09-15"]),
        "is_report": [True, True, True, False],
    }
)


def test_an_open_range_keeps_undated_meetings_and_a_narrowed_one_leaves_them_out() -> None:
    assert not narrowed(Filters()) and undated_kept(Filters())
    assert meeting_keep(MEETINGS, Filters()).tolist() == [True, True, True, False]
    since = Filters(start=dt.date(2021, 1, 1))
    assert narrowed(since) and not undated_kept(since)
    assert meeting_keep(MEETINGS, since).tolist() == [False, True, False, False]
    assert meeting_keep(MEETINGS, Filters(end=dt.date(2020, 12, 31))).tolist() == [True, False, False, False]


def test_the_toggle_overrides_the_default_either_way() -> None:
    since_with = Filters(start=dt.date(2021, 1, 1), include_undated=True)
    assert meeting_keep(MEETINGS, since_with).tolist() == [False, True, True, False]
    assert meeting_keep(MEETINGS, Filters(include_undated=False)).tolist() == [True, True, False, False]


# --- the tiny warehouse with one year-only date -----------------------------------------------


def redate_to_year(root: Path, date: str) -> str:
    """Commit a new version where the meeting on ``date`` is known only to its year (1 January)."""
    when = dt.date.fromisoformat(date)

    def select(meetings: pa.Table) -> pa.ChunkedArray:
        return pc.equal(meetings["date"], pa.scalar(when, meetings.schema.field("date").type))

    def edit(meetings: pa.Table, hit: pa.ChunkedArray) -> dict[str, pa.ChunkedArray]:
        year_start = pa.scalar(dt.date(when.year, 1, 1), meetings.schema.field("date").type)
        return {
            "date": pc.if_else(hit, year_start, meetings["date"]),
            "date_precision": pc.if_else(hit, pa.scalar("year"), meetings["date_precision"]),
        }

    return edit_meetings(root, select, edit)


@pytest.fixture(scope="module")
def root(tiny_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = copy_tiny(tiny_root, tmp_path_factory.mktemp("year-only"))
    redate_to_year(copy / "wh", "2020-07-10")  # r2: 乡村振兴 1, 生态环保 2
    return copy


@pytest.fixture(scope="module")
def year_only(root: Path) -> corpus_index.Corpus:
    return corpus_index.open_corpus(Warehouse.open(root / "wh"))


def test_a_year_only_date_is_in_year_views_and_off_finer_axes(year_only: corpus_index.Corpus) -> None:
    themes = ["乡村振兴", "生态环保"]
    by_year = queries.theme_series(year_only, Filters(granularity="year"), themes, "count")
    y2020 = by_year[by_year["period"] == pd.Timestamp("2020-01-01")].set_index("theme")
    assert y2020["n_meetings"].tolist() == [2, 2] and y2020["count"].tolist() == [4, 2]  # r1 + r2
    for gran in ("month", "quarter", "half"):
        series = queries.theme_series(year_only, Filters(granularity=gran), themes, "count")
        assert series.groupby("period")["n_meetings"].first().sum() == 3, gran  # r1, r3, r4
        assert series.loc[series["theme"] == "生态环保", "count"].sum() == 2, gran  # r2's 2 are off the axis
    month = queries.theme_series(year_only, Filters(granularity="month"), themes, "count")
    assert pd.Timestamp("2020-01-01") not in set(month["period"])  # nothing sits on 1 January


def test_left_out_counts_each_reason(year_only: corpus_index.Corpus) -> None:
    assert queries.left_out(year_only, Filters(granularity="year")) == {
        "undated": 0,
        "too_coarse": 0,
        "non_reports": 0,
        "excluded_types": 0,
    }
    assert queries.left_out(year_only, Filters(granularity="quarter"))["too_coarse"] == 1
    since = Filters(start=dt.date(2021, 1, 1), granularity="month")
    assert queries.left_out(year_only, since) == {
        "undated": 1,
        "too_coarse": 0,
        "non_reports": 0,
        "excluded_types": 0,
    }  # r2 is out of range
    back = Filters(start=dt.date(2021, 1, 1), include_undated=True)
    assert queries.left_out(year_only, back)["undated"] == 0


# --- the pages ----------------------------------------------------------------------------------


def _app(root: Path, page: str, monkeypatch: pytest.MonkeyPatch, **params: str) -> AppTest:
    monkeypatch.setenv("POLICY_THEMES_WAREHOUSE", str(root / "wh"))
    monkeypatch.setenv("POLICY_THEMES_CODEBOOK", str(root / "codebook"))
    return run_page(page, **params)


def _captions(at: AppTest) -> str:
    return "\n".join(c.value for c in at.caption)


def test_a_narrowed_range_leaves_undated_meetings_out_and_says_so(
    tiny_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = _app(tiny_root, "overview", monkeypatch)
    assert next(m.value for m in at.metric) == "5"
    assert "未计入" not in _captions(at)
    at = _app(tiny_root, "overview", monkeypatch, **{"from": "2021-01-01"})
    assert next(m.value for m in at.metric) == "2"  # r3, r4: the undated r5 is out
    assert "未计入：1 次无日期会议" in _captions(at)
    assert at.checkbox(key="f_include_undated_narrowed").value is False
    assert "undated" not in dict(at.query_params)  # the default is not written
    at = _app(tiny_root, "themes", monkeypatch, **{"from": "2021-01-01"}, lang="en")
    assert "Left out: 1 undated meetings" in _captions(at)


def test_the_toggle_brings_undated_meetings_back_and_the_url_keeps_it(
    tiny_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = _app(tiny_root, "overview", monkeypatch, **{"from": "2021-01-01"}, undated="1")
    assert next(m.value for m in at.metric) == "3"
    assert "未计入" not in _captions(at)
    assert dict(at.query_params)["undated"] == "1"


def test_pages_with_a_time_axis_say_how_many_dates_are_too_coarse(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(root, "themes", monkeypatch, gran="quarter")
    assert "1 次会议日期不够精确，无法按季度归入时间轴" in _captions(at)
    assert "不够精确" not in _captions(_app(root, "themes", monkeypatch))  # the default year view fits
    assert "不够精确" not in _captions(_app(root, "cooccurrence", monkeypatch, gran="quarter"))  # no time axis


def test_the_meeting_list_and_reader_show_a_year_only_date_as_its_year(
    root: Path, year_only: corpus_index.Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = _app(root, "meetings", monkeypatch)
    meeting, date = column_label("meeting_id", "zh"), column_label("date", "zh")  # headers in the page's language
    dates = next(d.value for d in at.dataframe if meeting in d.value.columns)[date].tolist()
    assert "2020" in dates and "2020-01-01" not in dates and "2020-03-05" in dates
    marked = queries.meeting_list(year_only, Filters()).query("date_precision == 'year'")["meeting_id"].iloc[0]
    body = _app(root, "meetings", monkeypatch, meeting=marked).get("html")[0].proto.body
    assert "· 2020</p>" in body
