"""User periods: parsing with file-and-line errors, and the period of each meeting."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dashboard.measures import PeriodsError, calendar_period, load_periods, parse_periods
from dashboard.measures.periods import parse_bound, user_period
from tests.measures import tiny


def test_bounds_take_the_first_or_last_day() -> None:
    assert parse_bound("2016", end=False) == dt.date(2016, 1, 1)
    assert parse_bound("2020", end=True) == dt.date(2020, 12, 31)
    assert parse_bound("2024-02", end=True) == dt.date(2024, 2, 29)
    assert parse_bound("2021/3/5", end=False) == dt.date(2021, 3, 5)


def test_parse_periods_with_comments_bom_and_regions() -> None:
    text = "\ufeff# five-year plans\nname,start,end,region\n十三五,2016,2020,\n\n十四五,2021-01,2025-12-31,\n第十三届,2016-10-15,2021-10-20,A区\n"
    periods = parse_periods(text, "p.csv")
    assert [(p.name, p.start, p.end, p.region, p.line) for p in periods] == [
        ("十三五", dt.date(2016, 1, 1), dt.date(2020, 12, 31), None, 3),
        ("十四五", dt.date(2021, 1, 1), dt.date(2025, 12, 31), None, 5),
        ("第十三届", dt.date(2016, 10, 15), dt.date(2021, 10, 20), "A区", 6),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "p.csv: the file is empty"),
        ("name,begin\n", "p.csv:1: the header lacks start, end"),
        ("name,start,end\n十三五,2016,20x0\n", "p.csv:2: period '十三五': '20x0' is not a date"),
        ("name,start,end\n十三五,2020,2016\n", "p.csv:2: period '十三五' ends \\(2016-12-31\\) before it starts"),
        ("name,start,end\n,2016,2020\n", "p.csv:2: the period has no name"),
        ("name,start,end\na,2016,2020\nb,2020-06,2021\n", "p.csv:3: period 'b' overlaps 'a' \\(line 2\\)"),
        ("name,start,end\na,2016,2020,x,y\n", "p.csv:2: 5 cells for 3 columns"),
        ("name,start,end\na,2016-13,2020\n", "p.csv:2: period 'a': month must be in 1..12"),
    ],
)
def test_bad_periods_name_file_and_line(text: str, message: str) -> None:
    with pytest.raises(PeriodsError, match=message):
        parse_periods(text, "p.csv")


def test_periods_of_different_regions_may_overlap() -> None:
    periods = parse_periods("name,start,end,region\na,2016,2020,A区\nb,2018,2022,B县\nc,2016,2025,\n")
    assert len(periods) == 3


def test_load_periods_reports_an_unreadable_file(tmp_path: Path) -> None:
    bad = tmp_path / "periods.csv"
    bad.write_bytes(b"name,start,end\n\xff\xfe,2016,2020\n")
    with pytest.raises(PeriodsError, match=r"periods\.csv: cannot read"):
        load_periods(bad)
    with pytest.raises(PeriodsError, match=r"missing\.csv: cannot read"):
        load_periods(tmp_path / "missing.csv")


def test_regional_periods_win_over_general_ones() -> None:
    periods = parse_periods("name,start,end,region\n十三五,2016,2020,\n届A,2020-03,2021-12,A区\n")
    labels = user_period(tiny.meetings(), periods)
    assert labels.fillna("-").tolist() == ["十三五", "届A", "届A", "十三五", "-", "-"]  # m5 in 2021, m6 undated


def test_calendar_labels_and_missing_dates() -> None:
    dates = tiny.meetings()["date"]
    assert calendar_period(dates, "quarter").tolist()[:4] == ["2020Q1", "2020Q2", "2021Q1", "2020Q1"]
    assert calendar_period(dates, "year").isna().tolist() == [False] * 5 + [True]
    with pytest.raises(ValueError, match="unknown period kind 'week'"):
        calendar_period(dates, "week")
