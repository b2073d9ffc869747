"""Every page of the dashboard with Streamlit's AppTest, on the tiny warehouse.

AppTest does not run the entry script again on reruns of an ``st.navigation`` app (only the
page), so each case starts a fresh app with ``main(only=page)`` and sets its filters the way
a user's copied URL does: through ``st.query_params``.
"""

from __future__ import annotations

import base64
import json

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.app import PAGES as APP_PAGES

EDIT_PAGES = ("wordclouds", "codebook", "data")  # tested in test_pages_edits.py
PAGES = tuple(p for p in APP_PAGES if p not in EDIT_PAGES)  # the pages over the data


@pytest.fixture
def env(monkeypatch, tiny_root):
    monkeypatch.setenv("POLICY_THEMES_WAREHOUSE", str(tiny_root / "wh"))
    monkeypatch.setenv("POLICY_THEMES_CODEBOOK", str(tiny_root / "codebook"))


def app(page: str, **params: str | list[str]) -> AppTest:
    at = AppTest.from_string(f"from dashboard.app import main\nmain(only={page!r})", default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def chart_data(at: AppTest, i: int = 0) -> list[dict]:
    return json.loads(at.get("plotly_chart")[i].proto.spec)["data"]


def values(array: list | dict) -> list:
    """Plotly 6+ ships numeric arrays as base64 ``{"dtype", "bdata"}``."""
    if isinstance(array, dict):
        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"]).tolist()
    return list(array)


@pytest.mark.parametrize("page", PAGES)
def test_page_renders(env, page):
    at = app(page)
    assert not at.exception, at.exception
    assert at.title[0].value


def test_the_chart_toolbar_saves_under_the_chart_name(env):
    at = app("themes")
    config = json.loads(at.get("plotly_chart")[0].proto.config)
    assert config["toImageButtonOptions"] == {"format": "png", "filename": "theme_trends", "scale": 2}
    assert config["displaylogo"] is False


@pytest.mark.parametrize("page", PAGES)
def test_page_in_english(env, page):
    at = app(page, lang="en")
    assert not at.exception
    assert at.toggle(key="lang_en").value is True


def test_overview_numbers_follow_filters(env):
    assert next(m.value for m in app("overview").metric) == "5"
    at = app("overview", region="白石县")
    assert next(m.value for m in at.metric) == "1"
    assert at.multiselect(key="f_regions").value == ["白石县"]
    assert dict(at.query_params)["region"] == "白石县"


def test_themes_chart_follows_filters(env):
    at = app("themes", theme="乡村振兴")
    y = values(next(t for t in chart_data(at) if t["type"] == "scatter")["y"])
    at2 = app("themes", theme="乡村振兴", speaker="王五")
    y2 = values(next(t for t in chart_data(at2) if t["type"] == "scatter")["y"])
    assert y != y2
    assert any("= " in c.value for c in at.caption)  # the formula under the chart


def test_theme_without_hits_says_so(env):
    at = app("themes", theme="教育")
    assert any("教育" in i.value for i in at.info)


def test_terms_page_counts_typed_words(env):
    at = app("terms")
    at2 = AppTest.from_string("from dashboard.app import main\nmain(only='terms')", default_timeout=60)
    at2.session_state["terms_text"] = "生态"
    at2.session_state["terms_metric"] = "count"
    at2.run()
    assert not at2.exception
    lines = [t for t in chart_data(at2) if t["type"] == "scatter"]
    assert [t["name"] for t in lines] == ["生态"] and values(lines[0]["y"]) == [1, 1]
    assert chart_data(at) != chart_data(at2)


def test_meeting_reader_escapes_text(env):
    from dashboard import queries
    from dashboard.indexes import corpus as corpus_index
    from dashboard.queries import Filters
    from etl.contract.settings import resolve
    from etl.io.warehouse import Warehouse

    wh = Warehouse.open(resolve().warehouse)
    mid = next(iter(queries.search_meetings(wh, "script")))
    assert queries.overview(corpus_index.load_corpus(wh), Filters())["meetings"] == 5
    at = app("meetings", meeting=mid)
    body = at.get("html")[-1].proto.body
    assert "&lt;script&gt;" in body and "<script>" not in body


def test_empty_filters_and_undated_only(env):
    at = app("themes", **{"from": "2021-10-01", "to": "2021-10-01"}, undated="0")
    assert not at.exception  # clamped to the span: the last meeting only
    at = app("overview", type="理论学习中心组学习会")
    assert any("日期" in i.value for i in at.info)  # only an undated meeting


@pytest.mark.parametrize("page", PAGES)
def test_missing_warehouse_message(monkeypatch, tmp_path, page):
    monkeypatch.setenv("POLICY_THEMES_WAREHOUSE", str(tmp_path / "none"))
    at = app(page)
    assert not at.exception
    assert "policy-themes etl" in at.info[0].value


def test_every_chart_page_offers_the_view_as_a_zip(env):
    from dashboard.rendering import exports
    from dashboard.shell import widgets

    at = app("themes")
    assert at.get("download_button")  # the view's bundle sits in the sidebar with the charts' rows
    assert any("ZIP" in b.proto.label for b in at.get("download_button"))
    charts = at.session_state[widgets.VIEW_CHARTS]
    assert charts and all(isinstance(c, exports.ChartExport) for c in charts)
    assert len(exports.bundle_zip(charts, {"page": "themes"}, "theme,label_en,keywords\n", images=False)) > 100
