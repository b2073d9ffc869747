"""Every page control is declared once (``dashboard.queries.page_controls``): its spec drives the
widget, the URL and the view's ZIP, so a copied URL reopens the same view.

The specs are checked on their own; the pages with AppTest, opened the way a copied URL opens
them (through ``st.query_params``), on the tiny warehouse.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from dashboard.app import PAGES, view_settings
from dashboard.queries import Filters
from dashboard.queries import page_controls as pc
from dashboard.queries.filters import specs
from dashboard.rendering import exports
from etl.io.warehouse import Warehouse
from tests.dashboard.apps import run_page
from tests.dashboard.test_pages import chart_data, values

VIEWS = Path(__file__).resolve().parents[2] / "dashboard" / "views"
ALL = [c for controls in pc.BY_PAGE.values() for c in controls]


def test_every_control_is_listed_once_under_a_page_of_the_app() -> None:
    declared = [v for v in vars(pc).values() if isinstance(v, pc.Control)]
    declared += [c for v in vars(pc).values() if isinstance(v, tuple) for c in v if isinstance(c, pc.Control)]
    assert set(declared) <= set(ALL) and len(ALL) == len(set(ALL))
    assert set(pc.BY_PAGE) <= set(PAGES)
    keys = [c.key for c in ALL]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("page", list(pc.BY_PAGE))
def test_a_page_s_parameters_are_its_own_and_never_a_filter_s(page: str) -> None:
    mine = [c.param for c in pc.BY_PAGE[page]]
    assert len(mine) == len(set(mine))
    taken = {spec.param for _, spec in specs()} | {"lang"}
    assert not set(mine) & taken


def test_the_views_draw_every_control_through_its_spec() -> None:
    """No view hard-codes a control's widget key: the key lives in its spec only."""
    for path in VIEWS.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        for control in ALL:
            assert not re.search(rf"key=f?\"{re.escape(control.key)}\"", text), (path.name, control.key)


@pytest.mark.parametrize(
    ("control", "value", "written"),
    [
        (pc.THEMES_METRIC, "count", "count"),
        (pc.THEMES_WINDOW, 3, "3"),
        (pc.THEMES_STACKED, True, "1"),
        (pc.TERMS_TEXT, "生态, 安全+隐患", "生态, 安全+隐患"),
        (pc.SPEAKERS_NAMES, ["张三", "李四"], ["张三", "李四"]),
        (pc.CLOUD_SINGLE[1], (2020, 2021), ["2020", "2021"]),
        (pc.EMERGING_PERIOD, pd.Timestamp("2021-01-01"), "2021-01-01"),
    ],
)
def test_a_value_goes_into_the_url_and_comes_back(control: pc.Control, value: object, written: object) -> None:
    assert pc.encode(control, value) == written
    raw = written if isinstance(written, list) else [written]
    options = {
        "many": ["王五", "张三", "李四"],
        "range": (2018, 2023),
        "one": [pd.Timestamp("2020-01-01"), pd.Timestamp("2021-01-01")] if control is pc.EMERGING_PERIOD else None,
    }.get(control.kind)
    assert pc.decode(control, raw, options) == value


@pytest.mark.parametrize(
    ("control", "raw", "options"),
    [
        (pc.THEMES_METRIC, ["nonsense"], None),
        (pc.THEMES_WINDOW, ["three"], None),
        (pc.THEMES_STACKED, ["yes"], None),
        (pc.SPEAKERS_NAMES, ["nobody"], ["张三"]),
        (pc.CLOUD_SINGLE[1], ["2020"], (2018, 2023)),
        (pc.THEMES_METRIC, [], None),
    ],
)
def test_a_parameter_absent_or_not_offered_gives_nothing(control: pc.Control, raw: list[str], options) -> None:
    assert pc.decode(control, raw, options) is pc.NOTHING


def test_choosing_none_is_written_apart_from_the_default() -> None:
    assert pc.encode(pc.SPEAKERS_NAMES, []) == [""]  # ?who= : none chosen; no parameter: the default
    assert pc.decode(pc.SPEAKERS_NAMES, [""], ["张三"]) == []


def test_numbers_from_the_url_stay_inside_the_widget_s_bounds() -> None:
    assert pc.decode(pc.THEMES_WINDOW, ["99"]) == 12 and pc.decode(pc.THEMES_WINDOW, ["-4"]) == 1
    assert pc.decode(pc.CLOUD_SINGLE[1], ["2030", "1990"], (2018, 2023)) == (2018, 2023)


def test_a_control_of_an_unknown_kind_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="slider"):
        pc.Control("k", "p", "slider")


# --- the pages ---------------------------------------------------------------------------------


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tiny_root: Path) -> None:
    monkeypatch.setenv("POLICY_THEMES_WAREHOUSE", str(tiny_root / "wh"))
    monkeypatch.setenv("POLICY_THEMES_CODEBOOK", str(tiny_root / "codebook"))


def _line(at, i: int = 0) -> list[float]:  # type: ignore[no-untyped-def]
    return values([t for t in chart_data(at) if t["type"] == "scatter"][i]["y"])


def test_defaults_leave_the_page_s_controls_out_of_the_url(env: None) -> None:
    at = run_page("themes")
    assert not set(dict(at.query_params)) & pc.params("themes")
    assert at.session_state["_controls_drawn"] == {"metric": "per10k", "ma": "1", "stacked": "0"}


def test_theme_trends_reopen_with_metric_window_and_stacked_view(env: None) -> None:
    at = run_page("themes", theme="乡村振兴", metric="count", ma="2")
    assert at.radio(key="themes_metric").value == "count"
    assert at.number_input(key="themes_window").value == 2
    assert _line(at) == [4.0, 2.5]  # 2020: 3 + 1 hits; 2021: the mean of 4 and 1
    assert dict(at.query_params) == {"theme": "乡村振兴", "metric": "count", "ma": "2"}
    stacked = run_page("themes", stacked="1")
    assert stacked.toggle(key="themes_stacked").value is True
    lines = [values(t["y"]) for t in chart_data(stacked) if t["type"] == "scatter"]
    assert [sum(ys) for ys in zip(*lines, strict=True)] == pytest.approx([1.0, 1.0])  # shares of each year


def test_term_trends_reopen_with_the_typed_terms(env: None) -> None:
    at = run_page("terms", terms="生态", metric="count")
    assert at.text_input(key="terms_text").value == "生态"
    assert [t["name"] for t in chart_data(at) if t["type"] == "scatter"] == ["生态"]
    assert _line(at) == [1, 1]


def test_speakers_reopen_with_the_chosen_speakers_and_mode(env: None) -> None:
    at = run_page("speakers", who=["王五"])
    assert at.multiselect(key="sp_names").value == ["王五"]
    assert [t["name"] for t in chart_data(at) if t["type"] == "bar"][:1] == ["王五"]
    assert run_page("speakers", by="role").radio(key="sp_mode").value == "role"
    none = run_page("speakers", who="")  # everyone taken out of the list: the page asks for some
    assert none.multiselect(key="sp_names").value == [] and none.info and dict(none.query_params)["who"] == ""
    bad = run_page("speakers", who=["nobody"])  # a speaker not offered: the page's default
    assert bad.multiselect(key="sp_names").value and "who" not in dict(bad.query_params)


def test_other_pages_reopen_with_their_controls(env: None) -> None:
    cooc = run_page("cooccurrence", unit="speech", measure="jaccard")
    assert (cooc.radio(key="cooc_unit").value, cooc.radio(key="cooc_measure").value) == ("speech", "jaccard")
    em = run_page("emerging", gran="year")
    assert em.selectbox(key="em_period").value == pd.Timestamp("2021-01-01")  # the latest by default
    found = run_page("meetings", q="常务")
    assert found.text_input(key="mt_search").value == "常务"
    cloud = run_page("wordclouds", a_mode="theme", a_theme="生态环保", words="60")
    assert cloud.radio(key="wc-a-mode").value == "theme" and cloud.selectbox(key="wc-a-theme").value == "生态环保"
    assert cloud.slider(key="wc-max-words").value == 60
    years = run_page("wordclouds", a_mode="period", a_years=["2021", "2021"])
    assert years.slider(key="wc-a-years").value == (2021, 2021)


def test_a_page_drops_the_parameters_of_other_pages(env: None) -> None:
    at = run_page("terms", metric="count", stacked="1", who="张三")  # stacked, who: other pages'
    assert dict(at.query_params) == {"metric": "count"}


def test_the_view_s_zip_holds_every_control_and_the_url_that_reopens_it(env: None) -> None:
    at = run_page("themes", metric="count", ma="2")
    drawn = at.session_state["_controls_drawn"]
    settings = view_settings("themes", Filters(granularity="year"), drawn, [("metric", "count"), ("ma", "2")])
    data = exports.bundle_zip([], settings, "theme,label_en,keywords\n", images=False)
    written = json.loads(zipfile.ZipFile(io.BytesIO(data)).read("filters.json"))
    assert written["controls"] == {"metric": "count", "ma": "2", "stacked": "0"}
    assert written["url"] == "./themes?metric=count&ma=2" and written["granularity"] == "year"


def test_the_word_cloud_page_reopens_on_its_comparison_tab(env: None) -> None:
    at = run_page("wordclouds", tab="compare", ca_mode="speaker")
    assert at.session_state["wc-tab"] == "对比两个选择" and dict(at.query_params)["tab"] == "compare"
    assert at.radio(key="wc-cmp-a-mode").value == "speaker"
    assert at.session_state["_controls_drawn"]["tab"] == "compare"
    single = run_page("wordclouds")
    assert single.session_state["wc-tab"] == "词云" and "tab" not in dict(single.query_params)


def test_the_codebook_page_reopens_with_its_try_out_and_sample(env: None) -> None:
    at = run_page("codebook", kw="安全生产", judge="生态环保", n="7", seed="42")
    assert at.text_input(key="cb-try-keyword").value == "安全生产"
    assert at.metric[0].value == "2"  # r1 and r3 say 安全生产 once each
    assert at.selectbox(key="cb-judge-theme").value == "生态环保"
    assert at.number_input(key="cb-judge-n").value == 7 and at.session_state["cb-judge-seed"] == 42
    assert run_page("codebook", seed="not a number").session_state["cb-judge-seed"] == 0


def test_the_word_list_toggles_and_the_reader_s_removed_text_reopen(env: None, tiny_wh: Path) -> None:
    sp = run_page("speakers", names="1", weak="1")
    assert sp.toggle(key="sp_keyness_proper").value is True and sp.toggle(key="sp_keyness_weak").value is True
    assert dict(sp.query_params) == {"names": "1", "weak": "1"}
    em = run_page("emerging", gran="year", weak="1")
    assert em.toggle(key="em_keyness_weak").value is True and em.toggle(key="em_keyness_proper").value is False
    assert run_page("wordclouds", names="1").toggle(key="wc_proper").value is True
    meeting = str(Warehouse.open(tiny_wh).read("meetings", ["meeting_id"]).to_pandas()["meeting_id"].iloc[0])
    reader = run_page("meetings", meeting=meeting, removed="1")
    assert reader.toggle(key="mt_removed").value is True and dict(reader.query_params)["removed"] == "1"
    roles = run_page("speakers", by="role", roles="书记=书记$")
    assert roles.text_area(key="sp_roles").value == "书记=书记$"
    assert {t["name"] for t in chart_data(roles) if t["type"] == "bar"} == {"书记"}


def test_the_research_pages_reopen_with_their_controls(env: None) -> None:
    panel = run_page("panel", by="tenure", measure="per10k")
    assert panel.selectbox(key="panel_by").value == "tenure" and panel.radio(key="panel_measure").value == "per10k"
    assert dict(panel.query_params) == {"by": "tenure", "measure": "per10k"}
    tenures = run_page("tenures", months="6")
    assert tenures.radio(key="tenure_months").value == 6
    zhang = next(t for t in chart_data(tenures) if "张三" in t["name"])
    assert [int(d[3]) for d in zhang["customdata"]] == [0, 4]  # month 10 is past the first 6
    assert run_page("diversity", by="speaker").radio(key="diversity_by").value == "speaker"
    diff = run_page("diffusion", item="word", items="乡村振兴", useref="1", ref="2020-01-01")
    assert diff.radio(key="diff_item").value == "word" and diff.text_input(key="diff_items").value == "乡村振兴"
    assert diff.toggle(key="diff_use_ref").value is True
    assert diff.date_input(key="diff_ref").value == pd.Timestamp("2020-01-01").date()
    assert dict(diff.query_params)["ref"] == "2020-01-01"
    sim = run_page("similarity", mode="reference", text="推进乡村振兴。", feature="theme")
    assert sim.radio(key="sim_mode").value == "reference" and sim.text_area(key="sim_text").value == "推进乡村振兴。"
    assert sim.dataframe  # the ranked table against the pasted text, straight from the URL


def test_a_date_parameter_is_a_day_or_nothing() -> None:
    assert pc.encode(pc.DIFFUSION_REFERENCE, pd.Timestamp("2020-03-05").date()) == "2020-03-05"
    assert pc.decode(pc.DIFFUSION_REFERENCE, ["2020-03-05"]) == pd.Timestamp("2020-03-05").date()
    assert pc.decode(pc.DIFFUSION_REFERENCE, ["March"]) is pc.NOTHING


def test_the_topics_page_reopens_fitted_with_its_settings(monkeypatch: pytest.MonkeyPatch, topics_root: Path) -> None:
    from tests.conftest import CODEBOOK

    monkeypatch.setenv("POLICY_THEMES_WAREHOUSE", str(topics_root / "wh"))
    monkeypatch.setenv("POLICY_THEMES_CODEBOOK", str(CODEBOOK))
    assert not run_page("topics", k="3").dataframe  # settings alone: nothing fitted until asked
    at = run_page("topics", k="3", seed="5", fit="1", topic="2")
    assert at.number_input(key="topics_n").value == 3 and at.number_input(key="topics_seed").value == 5
    assert len(at.dataframe[0].value) == 3 and at.selectbox(key="topics_pick").value == 2
    assert dict(at.query_params) == {"k": "3", "seed": "5", "fit": "1", "topic": "2"}
