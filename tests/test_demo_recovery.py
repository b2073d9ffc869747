"""Integration: raw demo files -> ETL -> a valid warehouse that recovers the demo's ground truth."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.demo import write_demo
from etl.demo.recovery import recovery
from etl.io.readers.sidecar import load_sidecar
from etl.io.validate import validate
from etl.run.pipeline import run_etl
from tests.conftest import settings_for


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("demo")
    summary = write_demo(root / "demo", n_meetings=240)
    wh = root / "wh"
    result = run_etl([summary.raw], settings_for(wh, workers=2), hints_for=load_sidecar(summary.sidecar).hints_for)
    assert result.ok, result.errors
    return summary.out, wh


def test_demo_warehouse_is_valid(demo_run: tuple[Path, Path]) -> None:
    assert validate(demo_run[1]) == []


def test_etl_recovers_the_demo_ground_truth(demo_run: tuple[Path, Path]) -> None:
    rec = recovery(*demo_run)
    print("\n".join(rec.lines()))
    assert rec.unmatched == 0 and rec.meetings == 240
    assert rec.share("date") == 1.0  # reposts take a missing date from their other copies
    assert min(rec.share("organ"), rec.share("region"), rec.share("meeting_type")) >= 0.99
    assert rec.share("presider") >= 0.98
    assert rec.speaker_precision >= 0.98 and rec.speaker_recall >= 0.98
    assert rec.counts["byline_leak"] == 0
    assert rec.share("theme", of="theme_checks") == 1.0
