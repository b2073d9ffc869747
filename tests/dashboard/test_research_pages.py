"""The research pages with AppTest on the tiny warehouse (numbers: conftest.py's table)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.rendering.i18n import STRINGS
from dashboard.rendering.tables import LABEL_PREFIX, column_label
from dashboard.shell import state
from tests.conftest import CODEBOOK
from tests.dashboard.apps import copy_tiny


@pytest.fixture
def env(monkeypatch, tiny_root):
    monkeypatch.setenv("POLICY_THEMES_WAREHOUSE", str(tiny_root / "wh"))
    monkeypatch.setenv("POLICY_THEMES_CODEBOOK", str(tiny_root / "codebook"))


@pytest.fixture
def own(monkeypatch, tiny_root, tmp_path):
    """A private copy of the tiny warehouse and codebook (pages that write files beside them)."""
    root = copy_tiny(tiny_root, tmp_path)
    monkeypatch.setenv("POLICY_THEMES_WAREHOUSE", str(root / "wh"))
    monkeypatch.setenv("POLICY_THEMES_CODEBOOK", str(root / "codebook"))
    return root


def app(pages: str | tuple[str, ...], **params: str) -> AppTest:
    at = AppTest.from_string(f"from dashboard.app import main\nmain(only={pages!r})", default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def shown(at: AppTest, i: int = 0) -> pd.DataFrame:
    """Table ``i`` as the page shows it (in Chinese), headed by raw column names
    again: the headers must be the labels of ``strings.toml``."""
    back = {column_label(k.removeprefix(LABEL_PREFIX), "zh"): k.removeprefix(LABEL_PREFIX) for k in STRINGS}
    frame = at.dataframe[i].value
    return frame.rename(columns={h: back[h] for h in frame.columns if h in back})


def charts(at: AppTest) -> list[list[dict]]:
    return [json.loads(c.proto.spec)["data"] for c in at.get("plotly_chart")]


def test_panel_page_shows_the_panel_and_the_matrix(env):
    at = app("panel")
    panel, matrix = shown(at, 0), shown(at, 1)
    assert panel[["region", "period", "n_meetings"]].values.tolist() == [
        ["白石县", "2021", 1],
        ["青禾区", "2020", 2],
        ["青禾区", "2021", 1],
    ]
    assert "乡村振兴 · 每万字提及" in panel.columns  # a column per theme, headed in the language
    assert len(matrix) == 5
    keys = {b.proto.id for b in at.get("download_button")}
    assert any("dl_panel-dta" in k for k in keys) and any("dl_matrix-parquet" in k for k in keys)
    at.selectbox(key="panel_by").set_value("tenure").run()
    assert shown(at)["period"].tolist() == ["2021-09-15 王五", "2020-03-05 张三"]


def test_panel_page_by_user_periods_without_a_file_says_how_to_write_one(env):
    at = app("panel")
    at.selectbox(key="panel_by").set_value("periods").run()
    assert any("periods.csv" in i.value for i in at.info)


def test_tenures_page_shows_holders_and_the_alignment(env):
    at = app("tenures")
    held = shown(at)
    assert held[["region", "post", "name"]].values.tolist() == [
        ["白石县", "书记", "王五"],
        ["青禾区", "书记", "张三"],
        ["青禾区", "行政首长", "李四"],
    ]
    lines = charts(at)[0]
    assert sorted(trace["name"] for trace in lines) == ["白石县 王五 (2021-09-15)", "青禾区 张三 (2020-03-05)"]
    at.radio(key="tenure_months").set_value(6).run()
    zhang = next(trace for trace in charts(at)[0] if "张三" in trace["name"])
    assert [int(d[3]) for d in zhang["customdata"]] == [0, 4]  # month 10 is past the first 6


def test_diversity_page_shows_the_formula_for_each_grouping(env):
    at = app("diversity")
    assert shown(at)["period"].tolist() == ["2020", "2021"]
    assert "HHI" in at.latex[0].value
    at.radio(key="diversity_by").set_value("speaker").run()
    assert set(shown(at)["speaker"]) >= {"张三", "李四", "王五"}


def test_diffusion_page_table_timeline_and_evidence(env):
    at = app("diffusion")
    table = shown(at)
    assert table["item"].tolist() == ["两个维护", "四个意识"]
    at.radio(key="diff_item").set_value("word").run()
    assert any(i.value for i in at.info)  # typed words need a list
    at.text_input(key="diff_items").set_value("乡村振兴").run()
    table = shown(at)
    assert table[["region", "lag_days"]].values.tolist() == [["青禾区", 0], ["白石县", 559]]
    timeline = charts(at)[0]
    assert {trace["name"] for trace in timeline} == {"青禾区", "白石县"}


def test_similarity_page_between_units_and_against_a_text(env):
    at = app("similarity")
    pairs = shown(at)
    assert pairs[["a", "b"]].values.tolist() == [["白石县", "青禾区"]]
    assert charts(at)[0][0]["type"] == "heatmap"
    at.radio(key="sim_mode").set_value("reference").run()
    assert any(i.value for i in at.info)
    at.text_area(key="sim_text").set_value("推进乡村振兴。").run()
    ranked = shown(at)
    assert ranked["unit"].tolist() == ["白石县", "青禾区"]


@pytest.fixture
def demo_root(topics_root: Path) -> Path:
    return topics_root


def test_topics_page_fits_on_demand_and_adds_a_topic_as_a_theme(monkeypatch, demo_root):
    monkeypatch.setenv("POLICY_THEMES_WAREHOUSE", str(demo_root / "wh"))
    monkeypatch.setenv("POLICY_THEMES_CODEBOOK", str(CODEBOOK))
    at = app(("topics", "codebook"))
    assert not at.dataframe  # nothing is fitted before the user asks
    at.number_input(key="topics_n").set_value(4)  # a form: the value counts when submitted
    at.button[0].click().run()
    assert not at.exception, [e.value for e in at.exception]
    overview = shown(at)
    assert overview["topic"].tolist() == [0, 1, 2, 3]
    assert overview["share_uncovered"].between(0, 1).all()
    trend = charts(at)[0]
    assert len([trace for trace in trend if trace["name"].startswith(("0:", "1:", "2:", "3:"))]) == 4
    examples = shown(at, 1)
    assert len(examples) >= 1 and examples["words"].str.len().gt(0).all()  # the topic's words found in each
    words = overview.loc[0, "words"].split()
    at.button(key="topics_add").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state[state.PREFILL_KEY]["keywords"].split("|") == words[:5]
    assert any(words[0] in i.value for i in at.info)  # the Codebook page says which row it prefilled


def test_codebook_page_shows_a_prefilled_row(own):
    at = AppTest.from_string("from dashboard.app import main\nmain(only='codebook')", default_timeout=60)
    at.session_state[state.PREFILL_KEY] = {"theme": "新主题", "label_en": "topic 0", "keywords": "甲|乙"}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("新主题" in i.value for i in at.info)
    editor = at.get("arrow_data_frame") or at.get("data_editor")
    assert editor


def test_tenure_and_user_periods_are_granularities_of_the_theme_chart(own):
    at = app("themes", gran="tenure")
    x = [d[1] for d in charts(at)[0][0]["customdata"]]
    assert x == ["2020-03-05", "2021-09-15"]  # each tenure at the day its holder took office
    (own / "codebook" / "periods.csv").write_text(
        "name,start,end\n十三五,2016,2020\n十四五,2021,2025\n", encoding="utf-8"
    )
    at = app("themes", gran="periods")
    assert [d[1] for d in charts(at)[0][0]["customdata"]] == ["2016-01-01", "2021-01-01"]


def test_a_bad_periods_file_is_named_in_the_sidebar(own):
    (own / "codebook" / "periods.csv").write_text("name,start,end\n甲,2020,2019\n", encoding="utf-8")
    at = app("themes", gran="periods")
    assert any("periods.csv:2" in e.value for e in at.sidebar.error)
    assert any("periods.csv" in i.value for i in at.sidebar.info)  # and no periods are in force


def test_the_panel_page_s_command_line_writes_the_table_it_shows(env, tmp_path):
    import re
    import shlex

    from dashboard.exporting.command import main

    at = app("panel", by="tenure", post="行政首长", region="青禾区", **{"from": "2020-06-01"})
    line = next(c.value for c in at.caption if "policy-themes export panel" in c.value)
    command = shlex.split(re.search(r"`(policy-themes export [^`]+)`", line)[1])
    assert "--regions" in command and "--from" in command and "--post" in command, " ".join(command)
    out = tmp_path / "panel.parquet"
    command[command.index("--out") + 1] = str(out)  # the page's file name replaced
    assert main(command[2:]) == 0
    page, written = shown(at, 0), pd.read_parquet(out)
    assert len(page) == len(written) > 0
    assert page["period"].astype(str).tolist() == written["period"].astype(str).tolist()
    assert page["n_meetings"].tolist() == written["n_meetings"].tolist()


def tenure_labels(at: AppTest, post: str) -> set[str]:
    """The tenure labels (``YYYY-MM-DD name``) of ``post`` in the Tenures page's table."""
    table = shown(at, 0)
    rows = table[table["post"] == post]
    return {f"{pd.Timestamp(d):%Y-%m-%d} {n}" for d, n in zip(rows["first"], rows["name"], strict=True)}


def test_the_tenure_post_is_one_filter_for_every_page(env):
    held = app("tenures")
    mayors, secretaries = tenure_labels(held, "行政首长"), tenure_labels(held, "书记")
    assert mayors and secretaries and mayors != secretaries
    themes = app("themes", gran="tenure", post="行政首长")
    assert themes.sidebar.selectbox(key="f_post").value == "行政首长"
    assert dict(themes.query_params) == {"gran": "tenure", "post": "行政首长"}
    ticks = {str(x)[:10] for trace in charts(themes)[0] for x in trace["x"]}
    assert ticks and ticks <= {m[:10] for m in mayors}  # periods start the day a mayor took office
    panel = app("panel", by="tenure", post="行政首长")
    periods = set(shown(panel, 0)["period"].astype(str))
    assert periods and periods <= mayors and not periods & (secretaries - mayors)
    default = app("panel", by="tenure")
    assert set(shown(default, 0)["period"].astype(str)) <= secretaries
    assert "post" not in dict(default.query_params)  # the default stays out of the URL
    names = {m.split(" ", 1)[1] for m in mayors}
    lines = [t["name"] for t in charts(app("tenures", post="行政首长"))[0]]  # one line per holder
    assert lines and all(any(n in line for n in names) for line in lines)
