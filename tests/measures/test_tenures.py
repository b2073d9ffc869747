"""Tenures: posts read from titles, tenure boundaries, user overrides and the alignment by months."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.measures import (
    TenureError,
    alignment,
    apply_overrides,
    holders_at,
    load_posts,
    months_between,
    parse_overrides,
    parse_posts,
    posts_of,
    tenures,
)
from tests.measures import tiny

POSTS = load_posts()


@pytest.mark.parametrize(
    ("title", "region", "posts"),
    [
        ("区委书记", "A区", ["书记"]),
        ("市委常委、区委书记", "A区", ["书记"]),
        ("市委书记", "A区", []),  # a city's secretary at a district meeting is not the district's
        ("区委副书记、区长", "A区", ["行政首长"]),
        ("区委副书记、代区长", "A区", ["行政首长"]),
        ("区委常委、常务副区长", "A区", []),
        ("副区长", "A区", []),
        ("区委副书记", "A区", []),
        ("长清区委书记", "长清区", ["书记"]),
        ("区委常委、区纪委书记、区监委主任", "A区", ["纪委书记"]),
        ("区委常委、政法委书记", "A区", []),
        ("区人大常委会党组书记、主任", "A区", ["人大常委会主任"]),
        ("区人大常委会副主任", "A区", []),
        ("区政协党组书记、主席", "A区", ["政协主席"]),
        ("区政协副主席", "A区", []),
        ("縣委書記", "B县", ["书记"]),
        ("县委书记", None, ["书记"]),
        ("", "A区", []),
        (None, "A区", []),
    ],
)
def test_posts_of_a_title(title: str | None, region: str | None, posts: list[str]) -> None:
    assert posts_of(title, region, POSTS) == posts


def test_tenures_from_first_to_last_dated_report() -> None:
    found = tenures(tiny.meetings(), tiny.people())
    assert found.drop(columns="source").astype({"first": str, "last": str}).values.tolist() == [
        ["A区", "书记", "张三", "2020-01-10", "2020-05-01", 2],
        ["A区", "书记", "李四", "2021-03-15", "2021-03-15", 1],
        ["A区", "行政首长", "李四", "2020-01-10", "2020-01-10", 1],
        ["A区", "行政首长", "赵六", "2021-03-15", "2021-03-15", 1],
        ["B县", "书记", "周八", "2020-02-01", "2020-02-01", 1],  # m5 (2021) is not a report
        ["B县", "人大常委会主任", "孙七", "2020-02-01", "2020-02-01", 1],
    ]  # 吴九 only presides the undated m6; 王五 is a deputy
    assert set(found["source"]) == {"meetings"}


def test_a_meeting_without_region_is_unknown() -> None:
    m = tiny.meetings().assign(region=lambda f: f["region"].where(f["meeting_id"] != "m4"))
    found = tenures(m, tiny.people())
    unknown = found[found["region"] == "(unknown)"]
    assert unknown[["post", "name"]].values.tolist() == [["书记", "周八"], ["人大常委会主任", "孙七"]]


def test_roles_can_be_restricted() -> None:
    found = tenures(tiny.meetings(), tiny.people(), roles=("presider",))
    assert ("B县", "周八") not in set(zip(found["region"], found["name"], strict=True))  # he only attended m4


def test_overrides_set_dates_and_add_terms() -> None:
    found = tenures(tiny.meetings(), tiny.people())
    overrides = parse_overrides(
        "region,post,name,start,end\nA区,书记,张三,2019-06-01,\nA区,书记,钱十,2018,2019-05\n", "t.csv"
    )
    out = apply_overrides(found, overrides)
    secretaries = out[(out["region"] == "A区") & (out["post"] == "书记")]
    assert secretaries.astype({"first": str, "last": str}).values.tolist() == [
        ["A区", "书记", "钱十", "2018-01-01", "2019-05-31", 0, "override"],
        ["A区", "书记", "张三", "2019-06-01", "2020-05-01", 2, "override"],  # no end given: the reports' last
        ["A区", "书记", "李四", "2021-03-15", "2021-03-15", 1, "meetings"],
    ]
    assert len(out) == len(found) + 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("region,post\n", "t.csv:1: the header lacks name, start"),
        ("region,post,name,start,end\nA区,书记,,2020,\n", "t.csv:2: region, post and name are required"),
        ("region,post,name,start,end\n# note\nA区,书记,张三,20200101x,\n", "t.csv:3: '20200101x' is not a date"),
        ("region,post,name,start,end\nA区,书记,张三,2021,2020\n", "t.csv:2: the term ends \\(2020-12-31\\)"),
    ],
)
def test_bad_overrides_name_file_and_line(text: str, message: str) -> None:
    with pytest.raises(TenureError, match=message):
        parse_overrides(text, "t.csv")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("post,regex\n", "p.csv:1: the header must be post,pattern"),
        ("post,pattern\n书记,{place}{k}委书记(\n", "p.csv:2: the pattern of '书记' is not a valid expression"),
        ("post,pattern\n书记\n", "p.csv:2: want two cells"),
        ("# only comments\n", "p.csv: no posts"),
    ],
)
def test_bad_posts_name_file_and_line(text: str, message: str) -> None:
    with pytest.raises(TenureError, match=message):
        parse_posts(text, "p.csv")


def test_months_between_counts_whole_months() -> None:
    start = pd.Series(pd.to_datetime(["2021-03-15"] * 4))
    end = pd.Series(pd.to_datetime(["2021-04-14", "2021-04-15", "2021-03-14", "2022-03-15"]))
    assert months_between(start, end).tolist() == [0, 1, -1, 12]


def test_holders_at_take_the_latest_holder_in_office() -> None:
    found = tenures(tiny.meetings(), tiny.people())
    held = holders_at(tiny.meetings(), found, "书记")
    assert held["name"].tolist() == ["张三", "张三", "李四", "周八", "周八", None]  # m6 is undated


def test_alignment_by_months_in_office() -> None:
    m = tiny.meetings()
    lines = alignment(m, tiny.themes(), tenures(m, tiny.people()), "书记", months=12, theme_names=tiny.THEMES)
    econ = lines[lines["theme"] == "经济"]
    assert econ[["region", "name", "months_since", "n_meetings", "n_chars", "hits"]].values.tolist() == [
        ["A区", "张三", 0, 1, 1000, 4],
        ["A区", "张三", 3, 1, 2000, 2],  # 2020-01-10 -> 2020-05-01
        ["A区", "李四", 0, 1, 1000, 0],
        ["B县", "周八", 0, 1, 500, 1],
    ]
    assert econ["per10k"].tolist() == pytest.approx([40.0, 10.0, 0.0, 20.0])
    short = alignment(m, tiny.themes(), tenures(m, tiny.people()), "书记", months=3)
    assert short["months_since"].max() == 0


def test_no_titles_no_tenures() -> None:
    found = tenures(tiny.meetings(), tiny.people().assign(title=None))
    assert found.empty and list(found.columns) == ["region", "post", "name", "first", "last", "n_meetings", "source"]


def test_a_meeting_without_region_falls_in_no_tenure() -> None:
    """Holders found in reports without region are of different places: none succeeds another."""
    m = tiny.meetings().assign(region=lambda f: f["region"].where(~f["meeting_id"].isin(["m1", "m4"])))
    found = tenures(m, tiny.people())
    assert "(unknown)" in set(found["region"])  # listed, to be put right by a correction
    held = holders_at(m, found, "书记").set_index("meeting_id")
    assert held.loc[["m1", "m4"], "name"].isna().all()
    assert held.loc["m2", "name"] == "张三"  # A区's own meetings keep their holder
