"""On the demo corpus the tenures read from an ETL warehouse equal those of the ground truth.

The truth side never uses the post vocabulary: it maps the demo world's own titles to posts and
takes each participant's title from ``ground_truth.jsonl`` (presider, speakers with a written
title) or, for attendees, from the world's roster on the meeting day (the title the text writes).
The comparison is exact over every dated meeting of the truth: the warehouse dates each as the
truth does, reposts included (a copy without a date takes it from its other sources).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest

from dashboard.measures import alignment, tenures
from etl.demo import write_demo
from etl.demo.world import POSTS, PRESIDING_TITLES, build_world
from etl.io.readers.sidecar import load_sidecar
from etl.io.warehouse import Warehouse
from etl.run.pipeline import run_etl
from tests.conftest import settings_for

DEMO_POSTS = {
    "secretary": "书记",
    "mayor": "行政首长",
    "npc": "人大常委会主任",
    "cppcc": "政协主席",
    "discipline": "纪委书记",
}
SEED = 20240501


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("demo-tenures")
    summary = write_demo(root / "demo", n_meetings=360, seed=SEED)
    wh = root / "wh"
    result = run_etl([summary.raw], settings_for(wh, workers=1), hints_for=load_sidecar(summary.sidecar).hints_for)
    assert result.ok, result.errors
    return summary.ground_truth, wh


def _post_of_title(kind: str) -> dict[str, str]:
    out = {POSTS[key].format(k=kind): post for key, post in DEMO_POSTS.items()}
    out |= {PRESIDING_TITLES[key].format(k=kind): DEMO_POSTS[key] for key in PRESIDING_TITLES}
    return out


def etl_meetings(wh: Path, raw: Path) -> dict[str, tuple[str, str | None]]:
    """Source (relative to raw/; a CSV row by its url) -> (meeting_id, date) in the warehouse."""
    w = Warehouse.open(wh)
    dates = {r["meeting_id"]: r["date"] for r in w.read("meetings", ["meeting_id", "date"]).to_pylist()}
    prefix = str(raw) + "/"
    return {
        r["source"].removeprefix(prefix): (r["meeting_id"], str(d) if (d := dates[r["meeting_id"]]) else None)
        for r in w.read("sources", ["meeting_id", "source"]).to_pylist()
    }


def truth_lines(ground_truth: Path) -> list[dict]:
    return [json.loads(line) for line in ground_truth.read_text(encoding="utf-8").splitlines()]


def truth_tenures(lines: list[dict]) -> pd.DataFrame:
    rosters = {r.region.name: r for r in build_world(SEED)[0]}
    rows = []
    for truth in lines:
        if truth["date"] is None:
            continue
        day, roster = dt.date.fromisoformat(truth["date"]), rosters[truth["region"]]
        titles = {truth["presider"]["name"]: truth["presider"]["title"]} if truth.get("presider") else {}
        titles |= {s["name"]: s["title"] for s in truth["speakers"] if s["title"]}
        on_day = {p.name: roster.title(post) for post, p in roster.on(day).items()}
        titles |= {name: on_day[name] for name in truth["attendee_names"]}
        posts = _post_of_title(roster.region.kind)
        rows += [
            (truth["region"], posts[t], n, pd.Timestamp(day), truth["meeting_key"])
            for n, t in titles.items()
            if t in posts
        ]
    found = pd.DataFrame(rows, columns=["region", "post", "name", "date", "meeting"])
    out = found.groupby(["region", "post", "name"]).agg(
        first=("date", "min"), last=("date", "max"), n_meetings=("meeting", "nunique")
    )
    return out.reset_index().sort_values(["region", "post", "first", "name"], ignore_index=True)


def etl_tenures(wh: Path) -> pd.DataFrame:
    w = Warehouse.open(wh)
    meetings = w.read("meetings", ["meeting_id", "date", "region", "is_report"]).to_pandas()
    return tenures(meetings, w.read("people").to_pandas())


def misdated(lines: list[dict], found: dict[str, tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """(meeting key, warehouse date) of every truth meeting the warehouse dates otherwise."""
    out = []
    for t in lines:
        _, date = found.get(t["sources"][0]) or found[t["url"]]
        if date != t["date"]:
            out.append((t["meeting_key"], date))
    return out


def test_every_meeting_is_dated_as_the_truth_dates_it(demo: tuple[Path, Path]) -> None:
    truth, wh = demo
    lines = truth_lines(truth)
    assert sum(len(t["sources"]) > 1 for t in lines) >= 3  # reposts whose first copy has no date
    assert misdated(lines, etl_meetings(wh, truth.parent / "raw")) == []


def test_tenures_equal_the_ground_truth(demo: tuple[Path, Path]) -> None:
    truth, wh = demo
    expected = truth_tenures(truth_lines(truth))
    got = etl_tenures(wh).drop(columns="source")
    assert len(expected) >= 40  # every region changes its leaders over the ten years
    assert expected.groupby(["region", "post"]).size().max() >= 3
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)


def test_alignment_starts_each_holder_at_month_zero(demo: tuple[Path, Path]) -> None:
    _, wh = demo
    w = Warehouse.open(wh)
    meetings = w.read("meetings", ["meeting_id", "date", "region", "is_report", "n_chars"]).to_pandas()
    found = tenures(meetings, w.read("people").to_pandas())
    lines = alignment(meetings, w.read("themes").to_pandas(), found, "书记", months=12)
    firsts = lines.groupby(["region", "name"])["months_since"].min()
    holders = found[found["post"] == "书记"].set_index(["region", "name"])
    assert set(firsts.index) == set(holders.index)  # every secretary holds a meeting in month 0
    assert (firsts == 0).all() and lines["months_since"].between(0, 11).all()
