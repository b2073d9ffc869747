"""The national government work reports and NPC resolutions (../shared/corpora)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from etl.extract.cleaning.clean import clean
from etl.extract.dates.dates import meeting_date
from etl.extract.organs.organs import organ_and_type
from etl.extract.people.people import read_people

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
REPORTS = CORPORA / "government_work_reports.jsonl"

pytestmark = pytest.mark.corpora


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    if not REPORTS.is_file():
        pytest.skip(f"the government work reports are not at {REPORTS} (../shared/corpora beside the checkout)")
    return [json.loads(line) for line in REPORTS.read_text(encoding="utf-8").splitlines() if line.strip()]


def _is_resolution(row: dict) -> bool:
    return "决议" in row["title"]


def test_resolutions_are_typed(rows: list[dict]) -> None:
    resolutions = [r for r in rows if _is_resolution(r)]
    assert resolutions
    for r in resolutions:
        assert organ_and_type(r["title"], clean(r["content"]).text) == ("人大", "决议"), r["title"]


def test_reports_are_government_work_reports(rows: list[dict]) -> None:
    for r in rows:
        if not _is_resolution(r):
            assert organ_and_type(r["title"], clean(r["content"]).text)[1] == "政府工作报告", r["title"]


@pytest.mark.parametrize(
    ("year", "name"),
    [(2024, "李强"), (2023, "李克强"), (2022, "李克强"), (2021, "李克强"), (2017, "李克强"), (1957, "周恩来")],
)
def test_named_premier_is_the_speaker(rows: list[dict], year: int, name: str) -> None:
    row = next(r for r in rows if str(r.get("year")) == str(year) and not _is_resolution(r))
    text = clean(row["content"]).text
    reading = read_people(text)
    assert [(p.name, p.role) for p in reading.people] == [(name, "speaker")]
    body = "".join(s.text for s in reading.speeches if s.speaker == name)
    assert body.startswith("各位代表") and len(body) > 0.9 * len(text)


def test_premier_title_when_given(rows: list[dict]) -> None:
    row = next(r for r in rows if str(r.get("year")) == "2024")
    people = read_people(clean(row["content"]).text).people
    assert [(p.name, p.title) for p in people] == [("李强", "国务院总理")]


def test_every_reading_covers_its_text_and_names_no_noise(rows: list[dict]) -> None:
    for r in rows:
        text = clean(r["content"]).text
        reading = read_people(text)
        assert "".join(s.text for s in reading.speeches) == text
        assert len(reading.people) <= 1, (r["title"], reading.people)


def test_dates_follow_the_year_column(rows: list[dict]) -> None:
    for r in rows:
        hints = {"url": r["url"], **({"year": str(r["year"])} if r.get("year") else {})}
        c = clean(r["content"])
        d = meeting_date(c.text, hints, c.publish_date)
        if r.get("year"):
            assert d.date is not None and d.date.year == int(r["year"]), r["title"]


def _date(row: dict):
    hints = {"url": row["url"], **({"year": str(row["year"])} if row.get("year") else {})}
    c = clean(row["content"])
    return meeting_date(c.text, hints, c.publish_date)


def test_resolutions_are_dated_by_their_adoption_line_or_not_at_all(rows: list[dict]) -> None:
    """（2023年3月13日…会议通过） gives the day; a plan's year (同意报告提出的2025年…) gives nothing."""
    undated = [r for r in rows if r.get("year") is None]
    assert undated
    for r in undated:
        adopted = re.search(r"（(\d{4})年(\d{1,2})月(\d{1,2})日[^（）]*通过）", r["content"][:400])
        d = _date(r)
        if adopted:
            assert (d.date, d.precision, d.source) == (
                dt.date(*map(int, adopted.groups())),
                "day",
                "text",
            ), r["title"]
        else:
            assert d.date is None, (r["title"], d)


def test_work_reports_are_dated_by_their_header_line(rows: list[dict]) -> None:
    for r in rows:
        if r.get("year") is None:
            continue
        header = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日在第", r["content"][:300])
        d = _date(r)
        if header:
            assert (d.date, d.source) == (dt.date(*map(int, header.groups())), "text"), r["title"]
        else:
            assert (d.date, d.precision) == (dt.date(int(r["year"]), 1, 1), "year"), r["title"]


CONGRESS = CORPORA / "cpc_congress_reports.jsonl"


@pytest.mark.parametrize("congress", ["十九大", "二十大"])
def test_the_spaced_byline_of_a_congress_report_is_its_speaker(congress: str) -> None:
    if not CONGRESS.is_file():
        pytest.skip(f"the CPC congress reports are not at {CONGRESS}")
    rows = [json.loads(line) for line in CONGRESS.read_text(encoding="utf-8").splitlines() if line.strip()]
    row = next(r for r in rows if congress in r["title"])
    cleaned = clean(row["content"])
    text = cleaned.text
    assert "习\u3000近\u3000平" in text  # the cleaning keeps the spaced name under the date line
    reading = read_people(text)
    assert [(p.name, p.role) for p in reading.people] == [("习近平", "speaker")]
    said = sum(len(s.text) for s in reading.speeches if s.speaker == "习近平")
    assert said > 0.95 * len(text)
