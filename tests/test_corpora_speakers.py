"""Speakers of the national corpora in a warehouse built from ../shared/corpora (marker corpora)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from etl.io.warehouse import Warehouse
from etl.run.pipeline import run_etl
from tests.conftest import settings_for

pytestmark = pytest.mark.corpora

# The premier who delivered the report a resolution approves, as the resolution writes it.
_PREMIER_IN_RESOLUTION = re.compile(
    r"总理\s*(?P<a>[\u4e00-\u9fff]{2,3}?)\s*所作的|(?P<b>[\u4e00-\u9fff]{2,3}?)总理所作的"
)


@pytest.fixture(scope="module")
def national(corpora: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    wh = tmp_path_factory.mktemp("national") / "wh"
    inputs = [corpora / "government_work_reports.jsonl", corpora / "cpc_congress_reports.jsonl"]
    summary = run_etl(inputs, settings_for(wh, workers=1))
    assert summary.ok, summary.errors
    w = Warehouse.open(wh)
    return {t: w.read(t).to_pylist() for t in ("meetings", "people", "speeches")}


def _speakers(national: dict[str, list[dict]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for p in national["people"]:
        if p["role"] == "speaker":
            out.setdefault(p["meeting_id"], set()).add(p["name"])
    return out


@pytest.mark.parametrize("congress", ["第十九次全国代表大会", "第二十次全国代表大会"])
def test_xi_jinping_delivers_the_congress_reports(national: dict[str, list[dict]], congress: str) -> None:
    meeting = next(m for m in national["meetings"] if congress in (m["text"] or "")[:200])
    assert _speakers(national)[meeting["meeting_id"]] == {"习近平"}
    said = sum(
        s["n_chars"]
        for s in national["speeches"]
        if s["meeting_id"] == meeting["meeting_id"] and s["speaker"] == "习近平"
    )
    assert said > 0.95 * meeting["n_chars"]


@pytest.mark.parametrize(("year", "premier"), [(2024, "李强"), (2017, "李克强"), (1957, "周恩来")])
def test_the_premier_delivers_the_work_reports_that_name_him(
    national: dict[str, list[dict]], year: int, premier: str
) -> None:
    meeting = next(
        m
        for m in national["meetings"]
        if m["meeting_type"] == "政府工作报告" and m["date"] is not None and m["date"].year == year
    )
    assert _speakers(national).get(meeting["meeting_id"]) == {premier}


def test_every_resolution_names_the_premier_it_heard_as_a_speaker(national: dict[str, list[dict]]) -> None:
    speakers = _speakers(national)
    checked = 0
    for m in national["meetings"]:
        found = _PREMIER_IN_RESOLUTION.search(m["text"] or "") if m["meeting_type"] == "决议" else None
        if found:
            assert speakers.get(m["meeting_id"]) == {found["a"] or found["b"]}, m["title"]
            checked += 1
    assert checked >= 15
