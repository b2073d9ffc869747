"""The research queries on the tiny warehouse; expected numbers from the table in conftest.py.

Regions: 青禾区 holds r1 (2020-03-05), r2 (2020-07-10), r3 (2021-02-01) and the undated r5;
白石县 holds r4 (2021-09-15). Titles: 张三 区委书记 (r1, r2, r5), 李四 区长 (r1, r3), 王五 县委书记 (r4).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from dashboard import queries
from dashboard.indexes import corpus as corpus_index
from dashboard.queries import Filters
from dashboard.queries.calendars import install_calendar, load_calendar
from dashboard.queries.topics import TopicSettings, fitted_topics, topic_bundle_name
from dashboard.storage import bundles, tables
from etl.io.warehouse import Warehouse
from tests.dashboard.apps import copy_tiny
from tests.dashboard.conftest import report_text

R1, R2, R3, R4, R5 = (len(report_text(f"r{i}.txt")) for i in range(1, 6))
THEMES = ("乡村振兴", "生态环保", "安全生产", "教育")


@pytest.fixture(scope="module")
def wh(tiny_wh: Path) -> Warehouse:
    return Warehouse.open(tiny_wh)


@pytest.fixture(scope="module")
def corpus(wh: Warehouse) -> corpus_index.Corpus:
    return corpus_index.load_corpus(wh)


def fresh(wh: Warehouse) -> corpus_index.Corpus:
    """A corpus of its own, for a test that installs a calendar."""
    return corpus_index.load_corpus(wh)


def test_panel_by_year_holds_the_hand_counts(corpus):
    panel = queries.research.panel(corpus, Filters(), "year", THEMES).set_index(["region", "period"])
    assert list(panel.index) == [("白石县", "2021"), ("青禾区", "2020"), ("青禾区", "2021")]
    qh = panel.loc[("青禾区", "2020")]
    assert (qh["n_meetings"], qh["n_chars"], qh["乡村振兴_hits"], qh["安全生产_hits"]) == (2, R1 + R2, 4, 2)
    assert qh["乡村振兴_per10k"] == pytest.approx(4 * 10_000 / (R1 + R2))
    assert panel.loc[("白石县", "2021"), "生态环保_hits"] == 1
    assert panel.loc[("青禾区", "2021"), "教育_per10k"] == 0


def test_panel_sums_equal_the_themes_table_over_dated_reports(corpus, wh):
    panel = queries.research.panel(corpus, Filters(), "quarter", THEMES)
    stored = tables.stored_hits(wh)
    dated = set(corpus.meetings.loc[corpus.meetings["date"].notna(), "meeting_id"])
    expected = stored[stored["meeting_id"].isin(dated)].groupby("theme")["count"].sum()
    for theme in THEMES:
        assert panel[f"{theme}_hits"].sum() == expected.get(theme, 0)
    assert queries.research.panel_coverage(corpus, Filters(), "quarter") == {
        "reports": 5,
        "in_panel": 4,
        "without_period": 1,
        "not_reports": 0,
    }


def test_panel_follows_the_filters(corpus):
    panel = queries.research.panel(corpus, Filters(regions=("白石县",)), "year", THEMES)
    assert panel[["region", "period", "n_meetings"]].values.tolist() == [["白石县", "2021", 1]]


def test_meeting_matrix_shares_sum_to_one(corpus):
    matrix = queries.research.meeting_matrix(corpus, Filters(), "share", THEMES)
    assert len(matrix) == 5
    sums = matrix[list(THEMES)].sum(axis=1)
    assert all(math.isclose(s, 1.0) for s in sums)


def test_tenures_and_their_granularity(corpus, wh):
    held = queries.research.tenure_table(corpus, Filters())
    rows = held[["region", "post", "name", "n_meetings"]].values.tolist()
    assert rows == [["白石县", "书记", "王五", 1], ["青禾区", "书记", "张三", 2], ["青禾区", "行政首长", "李四", 2]]
    f = Filters(granularity="tenure")
    series = queries.theme_series(corpus, f, ["乡村振兴"], "count")
    assert series[["label", "count", "n_meetings"]].values.tolist() == [
        ["2020-03-05 张三", 4, 3],
        ["2021-09-15 王五", 1, 1],
    ]
    term_lines = queries.kwic(wh, corpus, f, term="乡村振兴", period=pd.Timestamp("2021-09-15"))
    assert term_lines["title"].tolist() == ["白石县委常委会会议"]


def test_user_periods_and_overrides_from_files(wh, tmp_path):
    c = fresh(wh)
    periods = tmp_path / "periods.csv"
    periods.write_text("name,start,end\n甲,2020-01,2020-06\n乙,2020-07,2021-12\n", encoding="utf-8")
    overrides = tmp_path / "tenures.csv"
    overrides.write_text("region,post,name,start,end\n青禾区,书记,赵六,2021-01-01,\n", encoding="utf-8")
    install_calendar(c, load_calendar(periods, overrides))
    series = queries.theme_series(c, Filters(granularity="periods"), ["乡村振兴"], "count")
    assert series[["label", "count"]].values.tolist() == [["甲", 3], ["乙", 2]]
    held = queries.research.tenure_table(c, Filters(regions=("青禾区",)))
    assert held.loc[held["name"] == "赵六", "source"].tolist() == ["override"]
    tenure = queries.theme_series(c, Filters(granularity="tenure"), ["安全生产"], "count")
    assert tenure[["label", "count"]].values.tolist() == [
        ["2020-03-05 张三", 2],
        ["2021-01-01 赵六", 1],
        ["2021-09-15 王五", 0],
    ]
    panel = queries.research.panel(c, Filters(), "periods", THEMES)
    assert panel[["region", "period"]].values.tolist() == [["白石县", "乙"], ["青禾区", "甲"], ["青禾区", "乙"]]


def test_a_changed_file_changes_the_calendar(wh, tmp_path):
    c = fresh(wh)
    periods = tmp_path / "periods.csv"
    periods.write_text("name,start,end\n甲,2020,2020\n", encoding="utf-8")
    install_calendar(c, load_calendar(periods, None))
    assert queries.theme_series(c, Filters(granularity="periods"), ["乡村振兴"], "count")["label"].tolist() == ["甲"]
    periods.write_text("name,start,end\n丙,2021,2021\n", encoding="utf-8")
    install_calendar(c, load_calendar(periods, None))
    assert queries.theme_series(c, Filters(granularity="periods"), ["乡村振兴"], "count")["label"].tolist() == ["丙"]


def test_a_bad_periods_file_names_file_and_line(tmp_path):
    periods = tmp_path / "periods.csv"
    periods.write_text("name,start,end\n甲,2020,2019\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"periods.csv:2"):
        load_calendar(periods, None)


def test_alignment_lines_and_their_evidence(corpus):
    lines = queries.research.alignment_lines(corpus, Filters(), ["乡村振兴"], "书记", 12)
    zhang = lines[lines["name"] == "张三"].set_index("months_since")
    assert zhang["hits"].to_dict() == {0: 3, 4: 1, 10: 0}  # r1 day 0, r2 four months on, r3 month 10
    assert zhang.loc[4, "per10k"] == pytest.approx(10_000 / R2)
    shown = queries.research.alignment_meetings(corpus, Filters(), "书记", "青禾区", "张三", 4)
    assert shown["date"].tolist() == [pd.Timestamp("2020-07-10")]


def test_diversity_by_period_and_speaker(corpus):
    by_year = queries.research.attention_diversity(corpus, Filters(), "period", THEMES)
    assert by_year["period"].tolist() == ["2020", "2021"]
    # 2020: 乡村振兴 4, 生态环保 2, 安全生产 2 -> hhi (16 + 4 + 4) / 64
    assert by_year.loc[0, "hhi"] == pytest.approx(24 / 64)
    assert by_year.loc[0, "entropy_norm"] == pytest.approx(
        -(0.5 * math.log(0.5) + 2 * 0.25 * math.log(0.25)) / math.log(4)
    )
    by_speaker = queries.research.attention_diversity(corpus, Filters(), "speaker", THEMES).set_index("speaker")
    assert by_speaker.loc["王五", "hhi"] == pytest.approx(0.5)
    with pytest.raises(ValueError, match="diversity by"):
        queries.research.attention_diversity(corpus, Filters(), "weekday", THEMES)


def test_diffusion_of_a_typed_word_and_of_every_formula(corpus, wh):
    word = queries.research.diffusion_table(wh, corpus, Filters(), "word", ("乡村振兴",))
    assert word[["region", "lag_days", "order"]].values.tolist() == [["青禾区", 0, 1], ["白石县", 559, 2]]
    ref = queries.research.diffusion_table(wh, corpus, Filters(), "word", ("乡村振兴",), dt.date(2020, 1, 1))
    assert ref["lag_days"].tolist() == [64, 623]
    formulas = queries.research.diffusion_table(wh, corpus, Filters(), "formula")
    assert formulas[["item", "region", "title"]].values.tolist() == [
        ["两个维护", "白石县", "白石县委常委会会议"],
        ["四个意识", "青禾区", "青禾区委常委会会议"],
    ]
    assert queries.research.diffusion_table(wh, corpus, Filters(), "term").empty  # terms need a list


def test_similarity_of_theme_profiles(corpus, wh):
    profiles = queries.research.unit_profiles(wh, corpus, Filters(), "theme", "region")
    matrix, pairs = queries.research.similarity_matrix(profiles, "theme")
    # 青禾区 (乡村振兴 4, 生态环保 4, 安全生产 3), 白石县 (1, 1, 0)
    assert pairs["cosine"].tolist() == [pytest.approx(8 / (math.sqrt(41) * math.sqrt(2)))]
    assert (matrix.values == matrix.values.T).all()
    terms = queries.research.unit_profiles(wh, corpus, Filters(), "term", "speaker")
    t_matrix, _ = queries.research.similarity_matrix(terms, "term")
    assert {"张三", "李四", "王五"} <= set(t_matrix.index)
    ranked = queries.research.similarity_to_text(profiles, "theme", {"乡村振兴": 1})
    assert ranked["unit"].tolist() == ["白石县", "青禾区"]
    assert ranked["cosine"].tolist() == [pytest.approx(1 / math.sqrt(2)), pytest.approx(4 / math.sqrt(41))]


SMALL = TopicSettings(n_topics=2, seed=0, min_df=1, max_df=1.0, min_terms=1)


def test_topics_are_stored_per_version_and_settings(tiny_root, tmp_path):
    root = copy_tiny(tiny_root, tmp_path)
    wh = Warehouse.open(root / "wh")
    first = fitted_topics(wh, corpus_index.load_corpus(wh), Filters(), SMALL)
    folder = bundles.cache_folder(wh) / topic_bundle_name(Filters(), SMALL)
    assert (folder / "ready.json").is_file()
    again = fitted_topics(wh, corpus_index.load_corpus(wh), Filters(), SMALL)
    pd.testing.assert_frame_equal(first.words, again.words)
    assert topic_bundle_name(Filters(), replace(SMALL, seed=1)) != folder.name
    assert topic_bundle_name(Filters(speakers=("张三",)), SMALL) == folder.name  # speakers do not change a fit
    assert folder.is_relative_to(root / "wh" / "cache")  # beside the version's bundles, not in the tables


def test_topic_views_of_a_fit(tiny_root, tmp_path):
    root = copy_tiny(tiny_root, tmp_path)
    wh = Warehouse.open(root / "wh")
    c = corpus_index.load_corpus(wh)
    fit = fitted_topics(wh, c, Filters(), SMALL)
    overview = queries.topics.topic_overview(c, Filters(), fit)
    assert overview["topic"].tolist() == [0, 1]
    assert overview["share_uncovered"].between(0, 1).all()
    trend = queries.topics.topic_trend(c, Filters(), fit)
    assert set(trend["label"]) <= {"2020", "2021"}
    assert trend.groupby("label")["share"].sum().le(1.0 + 1e-9).all()
    examples = queries.topics.topic_examples(wh, c, fit)
    assert set(examples["topic"]) == {0, 1}
    assert (examples["text"].str.len() <= queries.topics.TEXT_CHARS + 1).all()
    row = queries.topics.theme_row(fit, 0)
    assert row["keywords"].split("|")[0] == row["theme"]


def test_topics_refuse_more_topics_than_speeches(corpus, wh, tmp_path):
    with pytest.raises(ValueError, match="topics need at least"):
        fitted_topics(wh, corpus, Filters(), replace(SMALL, n_topics=40))


@pytest.mark.parametrize("unit", ["region", "speaker", "meeting"])
def test_term_profiles_summed_in_duckdb_equal_the_measure(corpus, wh, unit):
    from dashboard import measures

    terms = Warehouse.open(wh.root).read("terms").to_pandas()
    expected = measures.unit_counts(corpus.meetings, terms, "term", unit, speeches=corpus.speeches)
    got = queries.research.unit_profiles(wh, corpus, Filters(), "term", unit)
    key = ["unit", "term"]
    pd.testing.assert_frame_equal(
        got.sort_values(key, ignore_index=True)[[*key, "count"]],
        expected.sort_values(key, ignore_index=True)[[*key, "count"]],
        check_dtype=False,
    )


def test_meetings_in_no_named_period_are_counted_as_left_out(wh, tmp_path):
    c = fresh(wh)
    periods = tmp_path / "periods.csv"
    periods.write_text("name,start,end\n甲,2020-01,2020-06\n", encoding="utf-8")
    install_calendar(c, load_calendar(periods, None))
    # r2, r3, r4 are dated but after 甲; r5 is undated (on no time axis, not left out: the range is open)
    assert queries.left_out(c, Filters(granularity="periods"))["no_period"] == 3
    assert (
        queries.left_out(c, Filters(granularity="tenure"))["no_period"] == 0
    )  # every region has its 书记 from its first report
    assert "no_period" not in queries.left_out(c, Filters(granularity="year"))
