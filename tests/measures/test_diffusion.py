"""Diffusion on the tiny corpus: first appearances per region and lags, by hand."""

from __future__ import annotations

import datetime as dt

from dashboard.measures import diffusion, typed_hits
from tests.measures import tiny


def test_first_appearance_and_lag_from_the_first_anywhere() -> None:
    out = diffusion(tiny.meetings(), tiny.formulas(), "formula")
    rows = out.astype({"first_date": str, "reference": str}).values.tolist()
    assert rows == [
        ["两个维护", "A区", "2020-01-10", "m1", 2, 2, "2020-01-10", 0, 1],
        ["两个维护", "B县", "2020-02-01", "m4", 1, 2, "2020-01-10", 22, 2],
        ["新提法", "A区", "2020-05-01", "m2", 1, 1, "2020-05-01", 0, 1],
    ]  # 新提法 in B县 only in m5 (not a report) and m6 (undated)


def test_lag_from_a_given_date_and_chosen_items() -> None:
    out = diffusion(tiny.meetings(), tiny.formulas(), "formula", items=["两个维护"], reference=dt.date(2020, 1, 1))
    assert out["lag_days"].tolist() == [9, 31]
    assert set(out["item"]) == {"两个维护"}


def test_nothing_found_gives_an_empty_table_with_the_columns() -> None:
    out = diffusion(tiny.meetings(), tiny.formulas(), "formula", items=["没有"])
    assert out.empty and "lag_days" in out.columns


def test_typed_words_are_counted_in_the_text() -> None:
    hits = typed_hits(tiny.meetings(), ["稳增长", "两个维护", ""])
    assert sorted(map(tuple, hits.values.tolist())) == [
        ("m1", "稳增长", 2),
        ("m2", "稳增长", 1),
        ("m4", "两个维护", 1),
        ("m4", "稳增长", 1),
        ("m5", "稳增长", 1),
        ("m6", "稳增长", 1),
    ]
    out = diffusion(tiny.meetings(), hits, "word", items=["稳增长"])
    assert out[["region", "first_meeting", "lag_days"]].values.tolist() == [["A区", "m1", 0], ["B县", "m4", 22]]


def test_theme_keywords_diffuse_like_formulas() -> None:
    out = diffusion(tiny.meetings(), tiny.themes(), "keyword", items=["增长", "养老"])
    assert out[["item", "region", "first_meeting", "hits", "lag_days"]].values.tolist() == [
        ["养老", "A区", "m1", 9, 0],  # m1 4 + m3 5; B县's only 养老 is the undated m6
        ["增长", "A区", "m1", 5, 0],
        ["增长", "B县", "m4", 1, 22],  # m5 (9 hits) is not a report
    ]
