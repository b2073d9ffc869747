"""The research pages and exports on a warehouse of the real reports in ../shared/corpora (skipped
where absent), as a researcher would try them: every page runs, the topics fit and are the same
when asked again, the exported panel sums to the themes table."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.exporting.command import main as export
from dashboard.rendering.tables import column_label
from etl.io.warehouse import Warehouse
from etl.run.pipeline import run_etl
from tests.conftest import CODEBOOK, settings_for

pytestmark = pytest.mark.corpora
RESEARCH_PAGES = ("panel", "tenures", "diversity", "diffusion", "similarity", "topics")


@pytest.fixture(scope="module")
def real(corpora: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    wh = tmp_path_factory.mktemp("research-real") / "wh"
    inputs = [corpora / "government_work_reports.jsonl", corpora / "real_reports"]
    run_etl(inputs, settings_for(wh, workers=2))  # annotations.jsonl rows are not reports: errors, not a failure
    return wh


@pytest.fixture
def env(monkeypatch, real):
    monkeypatch.setenv("POLICY_THEMES_WAREHOUSE", str(real))
    monkeypatch.setenv("POLICY_THEMES_CODEBOOK", str(CODEBOOK))


def run(page: str) -> AppTest:
    at = AppTest.from_string(f"from dashboard.app import main\nmain(only={page!r})", default_timeout=120)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize("page", RESEARCH_PAGES)
def test_every_research_page_runs_on_real_reports(env, page):
    at = run(page)
    assert at.title[0].value
    if page in ("panel", "tenures", "diffusion", "similarity"):
        assert at.dataframe, page


def test_topics_of_real_reports_fit_and_read_back_the_same(env):
    at = run("topics")
    at.number_input(key="topics_n").set_value(8)
    at.button[0].click().run()
    assert not at.exception, [e.value for e in at.exception]
    first = at.dataframe[0].value
    words = column_label("words", "zh")  # the table as shown: headed in the page's language
    assert len(first) == 8 and first[words].str.split().str.len().ge(5).all()
    again = run("topics")
    again.number_input(key="topics_n").set_value(8)
    again.button[0].click().run()
    pd.testing.assert_frame_equal(again.dataframe[0].value, first)


def _provenance_lines(path: Path) -> int:
    return sum(line.startswith("# ") for line in path.read_text(encoding="utf-8-sig").splitlines())


def test_the_real_panel_sums_to_the_themes_table(real, tmp_path):
    assert export(["panel", "--warehouse", str(real), "--by", "region,year", "--out", str(tmp_path / "p.dta")]) == 0
    panel = pd.read_stata(tmp_path / "p.dta")
    w = Warehouse.open(real)
    meetings = w.read("meetings", ["meeting_id", "date", "is_report"]).to_pandas()
    dated = meetings[meetings["is_report"] & meetings["date"].notna()]["meeting_id"]
    themes = w.read("themes", ["meeting_id", "count"]).to_pandas()
    assert panel.filter(like="_hits").to_numpy().sum() == themes[themes["meeting_id"].isin(dated)]["count"].sum()
    assert export(["tenures", "--warehouse", str(real), "--out", str(tmp_path / "t.csv")]) == 0
    held = pd.read_csv(
        tmp_path / "t.csv", encoding="utf-8-sig", comment=None, skiprows=_provenance_lines(tmp_path / "t.csv")
    )
    assert len(held) >= 10 and (held["first"] <= held["last"]).all()
