"""The measures on a warehouse of the real reports in ../shared/corpora (skipped where absent):
the panel opens in pandas and in Stata's format with sums equal to the themes table, and the
topics of the national government work reports are the same in two fits."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from dashboard.measures import meeting_theme_matrix, region_period_panel, write_table
from dashboard.measures.topics import discover_topics, excluded_words, speech_terms
from etl.io.warehouse import Warehouse
from etl.run.pipeline import run_etl
from tests.conftest import settings_for

pytestmark = pytest.mark.corpora


@pytest.fixture(scope="module")
def real(corpora: Path, tmp_path_factory: pytest.TempPathFactory) -> Warehouse:
    wh = tmp_path_factory.mktemp("measures-real") / "wh"
    inputs = [corpora / "government_work_reports.jsonl", corpora / "real_reports"]
    run_etl(inputs, settings_for(wh, workers=2))  # annotations.jsonl rows are not reports: errors, not a failure
    return Warehouse.open(wh)


def test_real_panel_in_pandas_and_stata_sums_to_the_themes_table(real: Warehouse, tmp_path: Path) -> None:
    meetings = real.read("meetings", ["meeting_id", "date", "region", "n_chars", "is_report"]).to_pandas()
    themes = real.read("themes").to_pandas()
    panel = region_period_panel(meetings, themes, "year")
    dated = meetings[meetings["is_report"] & meetings["date"].notna()]
    expected = themes[themes["meeting_id"].isin(dated["meeting_id"])].groupby("theme")["count"].sum()
    assert (
        panel.filter(like="_hits")
        .sum()
        .rename(lambda c: c.removesuffix("_hits"))
        .sort_index()
        .equals(expected.sort_index().astype("int64"))
    )
    assert panel["n_meetings"].sum() == len(dated) > 60
    write_table(panel, tmp_path / "panel.dta")
    back = pd.read_stata(tmp_path / "panel.dta")
    assert back.filter(like="_hits").to_numpy().sum() == expected.sum()
    matrix = meeting_theme_matrix(meetings, themes)
    in_reports = themes[themes["meeting_id"].isin(meetings.loc[meetings["is_report"], "meeting_id"])]
    assert matrix[sorted(themes["theme"].unique())].to_numpy().sum() == in_reports["count"].sum()


def test_topics_of_the_national_reports_are_stable(real: Warehouse) -> None:
    sources = real.read("sources").to_pandas()
    national = set(sources.loc[sources["input"].str.endswith("government_work_reports.jsonl"), "meeting_id"])
    meetings = real.read("meetings", ["meeting_id", "date", "region", "is_report"]).to_pandas()
    meetings = meetings[meetings["meeting_id"].isin(national)]
    terms = real.read("terms").to_pandas()
    exclude = excluded_words(meetings, real.read("people").to_pandas(), None)
    data = speech_terms(meetings, terms, exclude)
    assert data.counts.shape[0] >= 60 and data.counts.shape[1] > 1000
    first, second = discover_topics(data, 8, seed=0), discover_topics(data, 8, seed=0)
    pd.testing.assert_frame_equal(first.words, second.words)
    assert first.words.groupby("topic").size().min() >= 8  # every topic has words to read
