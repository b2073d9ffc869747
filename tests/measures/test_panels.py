"""Panels on the tiny corpus, every cell computed by hand (see tests/measures/tiny.py)."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.measures import Period, meeting_theme_matrix, panel_coverage, parse_periods, region_period_panel, tenures
from tests.measures import tiny


def test_meeting_matrix_hits_rates_and_shares() -> None:
    m, t = tiny.meetings(), tiny.themes()
    hits = meeting_theme_matrix(m, t, "hits", tiny.THEMES).set_index("meeting_id")
    assert list(hits.index) == ["m1", "m2", "m3", "m4", "m6"]  # m5 is not a report; m6 is kept undated
    assert hits.loc["m1", list(tiny.THEMES)].tolist() == [4, 4, 0]
    assert pd.isna(hits.loc["m6", "date"]) and hits.loc["m6", "民生"] == 2
    assert hits.loc["m1", "region"] == "A区" and hits.loc["m1", "n_chars"] == 1000
    rates = meeting_theme_matrix(m, t, "per10k", tiny.THEMES).set_index("meeting_id")
    assert rates.loc["m1", "经济"] == pytest.approx(40.0) and rates.loc["m4", "生态"] == pytest.approx(20.0)
    shares = meeting_theme_matrix(m, t, "share", tiny.THEMES).set_index("meeting_id")
    assert shares.loc["m1", ["经济", "民生"]].tolist() == [0.5, 0.5]
    assert shares.loc["m2", "经济"] == 1.0


def test_meeting_matrix_refuses_an_unknown_measure() -> None:
    with pytest.raises(ValueError, match="unknown measure 'ratio'"):
        meeting_theme_matrix(tiny.meetings(), tiny.themes(), "ratio")


def test_region_year_panel_cells() -> None:
    panel = region_period_panel(tiny.meetings(), tiny.themes(), "year", theme_names=tiny.THEMES)
    assert list(panel.columns) == [
        "region", "period", "n_meetings", "n_chars",
        "经济_hits", "经济_per10k", "民生_hits", "民生_per10k", "生态_hits", "生态_per10k",
    ]  # fmt: skip
    rows = {(r.region, r.period): r for r in panel.itertuples(index=False)}
    assert set(rows) == {("A区", "2020"), ("A区", "2021"), ("B县", "2020")}  # m5 not a report, m6 undated
    a20 = panel.iloc[0]
    assert (a20["n_meetings"], a20["n_chars"], a20["经济_hits"], a20["民生_hits"]) == (2, 3000, 6, 4)
    assert a20["经济_per10k"] == pytest.approx(20.0) and a20["民生_per10k"] == pytest.approx(40 / 3)
    assert panel.iloc[1]["民生_per10k"] == pytest.approx(50.0)
    assert panel.iloc[2][["经济_hits", "生态_hits", "生态_per10k"]].tolist() == [1, 1, 20.0]


def test_quarter_and_month_labels() -> None:
    quarters = region_period_panel(tiny.meetings(), tiny.themes(), "quarter")
    assert quarters["period"].tolist() == ["2020Q1", "2020Q2", "2021Q1", "2020Q1"]
    months = region_period_panel(tiny.meetings(), tiny.themes(), "month")
    assert months["period"].tolist() == ["2020-01", "2020-05", "2021-03", "2020-02"]


def test_panel_by_tenure_of_the_secretary() -> None:
    m = tiny.meetings()
    found = tenures(m, tiny.people())
    panel = region_period_panel(m, tiny.themes(), Period("tenure", tenures=found, post="书记"))
    assert panel[["region", "period", "n_meetings"]].values.tolist() == [
        ["A区", "2020-01-10 张三", 2],
        ["A区", "2021-03-15 李四", 1],
        ["B县", "2020-02-01 周八", 1],
    ]


def test_panel_by_user_periods_in_their_order() -> None:
    periods = parse_periods("name,start,end,region\n十四五,2021,2025,\n十三五,2016,2020,\n届A,2020-03,2021-12,A区\n")
    panel = region_period_panel(tiny.meetings(), tiny.themes(), Period("periods", periods=periods))
    assert panel[["region", "period", "n_meetings"]].values.tolist() == [
        ["A区", "十三五", 1],  # m1 (2020-01) is before 届A
        ["A区", "届A", 2],
        ["B县", "十三五", 1],
    ]


def test_coverage_counts_what_the_panel_leaves_out() -> None:
    assert panel_coverage(tiny.meetings(), "year") == {
        "reports": 5,
        "in_panel": 4,
        "without_period": 1,
        "not_reports": 1,
    }


def test_a_period_spec_checks_what_it_needs() -> None:
    with pytest.raises(ValueError, match="needs the tenures"):
        Period("tenure")
    with pytest.raises(ValueError, match="needs periods"):
        Period("periods")
    with pytest.raises(ValueError, match="unknown period 'week'"):
        Period("week")


def test_inputs_are_not_changed() -> None:
    m, t = tiny.meetings(), tiny.themes()
    before = (m.copy(), t.copy())
    region_period_panel(m, t, "year")
    meeting_theme_matrix(m, t, "share")
    pd.testing.assert_frame_equal(m, before[0])
    pd.testing.assert_frame_equal(t, before[1])


def test_a_warehouse_without_theme_hits_gives_sizes_only() -> None:
    panel = region_period_panel(tiny.meetings(), tiny.themes().iloc[:0], "year", theme_names=tiny.THEMES)
    assert panel["n_meetings"].tolist() == [2, 1, 1] and panel["经济_hits"].tolist() == [0, 0, 0]
