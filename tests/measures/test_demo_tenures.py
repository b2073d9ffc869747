"""On the demo corpus the tenures read from an ETL warehouse equal those of the ground truth.

The truth side never uses the post vocabulary: it maps the demo world's own titles to posts and
takes each participant's title from ``ground_truth.jsonl`` (presider, speakers with a written
title) or, for attendees, from the world's roster on the meeting day (the title the text writes).
Tenures depend on dates, and dating is the reading's work (tests/test_demo_recovery.py holds it
to 97%): the exact comparison is over the meetings the warehouse dates as the truth does, and a
second test bounds how many meetings that leaves out.
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


def etl_tenures(wh: Path, leave_out: frozenset[str] | set[str] = frozenset()) -> pd.DataFrame:
    w = Warehouse.open(wh)
    meetings = w.read("meetings", ["meeting_id", "date", "region", "is_report"]).to_pandas()
    return tenures(meetings[~meetings["meeting_id"].isin(leave_out)], w.read("people").to_pandas())


def split_by_dating(lines: list[dict], found: dict[str, tuple[str, str | None]]) -> tuple[list[dict], set[str]]:
    """(truth meetings the warehouse dates as the truth does, warehouse ids of the others)."""
    alike, others = [], set()
    for t in lines:
        meeting_id, date = found.get(t["sources"][0]) or found[t["url"]]
        if date == t["date"]:
            alike.append(t)
        else:
            others.add(meeting_id)
    return alike, others


def test_tenures_equal_the_ground_truth(demo: tuple[Path, Path]) -> None:
    truth, wh = demo
    alike, misdated = split_by_dating(truth_lines(truth), etl_meetings(wh, truth.parent / "raw"))
    expected = truth_tenures(alike)
    got = etl_tenures(wh, misdated).drop(columns="source")
    assert len(expected) >= 40  # every region changes its leaders over the ten years
    assert expected.groupby(["region", "post"]).size().max() >= 3
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)


def test_the_exact_comparison_leaves_out_few_meetings(demo: tuple[Path, Path]) -> None:
    truth, wh = demo
    lines = [t for t in truth_lines(truth) if t["date"] is not None]
    alike, _ = split_by_dating(lines, etl_meetings(wh, truth.parent / "raw"))
    assert len(alike) >= 0.97 * len(lines)
    full, compared = truth_tenures(lines), truth_tenures(alike)
    assert len(compared) == len(full)  # no holder is lost, at most a boundary meeting
    assert (compared["n_meetings"] >= full["n_meetings"] - 2).all()


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
