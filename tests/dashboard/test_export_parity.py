"""The dashboard's downloads and ``policy-themes export`` write the same file for the same view:
the page run with AppTest, the command on the same warehouse, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.exporting.command import main
from dashboard.rendering import exports
from dashboard.shell import widgets
from tests.dashboard.apps import run_page


@pytest.fixture
def env(monkeypatch, tiny_root):
    monkeypatch.setenv("POLICY_THEMES_WAREHOUSE", str(tiny_root / "wh"))
    monkeypatch.setenv("POLICY_THEMES_CODEBOOK", str(tiny_root / "codebook"))


def _page_csv(at, name: str) -> bytes:
    (chart,) = [c for c in at.session_state[widgets.VIEW_CHARTS] if c.name == name]
    assert chart.header, "the page's downloads carry the provenance"
    return exports.frame_csv(chart.frame, chart.header)  # what its CSV button and the view's ZIP write


def test_theme_trends_page_and_command_write_the_same_csv(env, tiny_root: Path, tmp_path: Path) -> None:
    at = run_page("themes", theme=["乡村振兴", "安全生产"], **{"from": "2020-01-01", "to": "2021-12-31"}, lang="en")
    at.session_state["themes_metric"] = "count"
    at.session_state["themes_window"] = 2
    at.run()
    assert not at.exception
    out = tmp_path / "t.csv"
    args = ["--themes", "乡村振兴,安全生产", "--from", "2020-01-01", "--to", "2021-12-31", "--metric", "count"]
    assert main(["themes", *args, "--window", "2", "--lang", "en", "--out", str(out)]) == 0
    page = _page_csv(at, "theme_trends")
    assert page == out.read_bytes()
    assert b"count_ma2" in page and b"# metric: Raw count" in page


def test_overview_heatmap_page_and_command_write_the_same_csv(env, tmp_path: Path) -> None:
    at = run_page("overview")
    out = tmp_path / "h.csv"
    assert main(["heatmap", "--out", str(out)]) == 0
    assert _page_csv(at, "theme_heatmap") == out.read_bytes()
