"""Every download of a page says what made it: each chart and table of the view (what its
buttons and the view's ZIP write) carries the provenance block, a chart is dressed with its title
and caption, and a tall chart's image keeps its own height."""

from __future__ import annotations

import io
import json

import pandas as pd
import plotly.graph_objects as go
import pyarrow.parquet as pq
import pytest

from dashboard.rendering import exports, table_files
from dashboard.rendering.publication import Provenance
from dashboard.shell import widgets
from tests.dashboard.apps import run_page


@pytest.fixture
def env(monkeypatch, tiny_root):
    monkeypatch.setenv("POLICY_THEMES_WAREHOUSE", str(tiny_root / "wh"))
    monkeypatch.setenv("POLICY_THEMES_CODEBOOK", str(tiny_root / "codebook"))


PAGES = ("speakers", "emerging", "cooccurrence", "panel", "tenures", "diversity", "diffusion", "similarity")


@pytest.mark.parametrize("page", PAGES)
def test_every_download_of_the_page_carries_its_provenance(env, page):
    at = run_page(page)
    views = at.session_state[widgets.VIEW_CHARTS]
    assert views, f"{page} offers no download"
    for view in views:
        fields = dict(view.header)
        assert fields.get("title") and fields.get("warehouse_version"), (page, view.name)
        assert int(fields["meetings"]) > 0, (page, view.name)
        if view.figure is not None:
            dressed = view.drawn()
            assert dressed is not None and fields["title"] in dressed.layout.title.text, (page, view.name)
            assert dressed.layout.title.subtitle.text, (page, view.name)  # metric, filters, source
        csv = exports.frame_csv(view.frame, view.header).decode("utf-8-sig")
        assert csv.startswith(f"# title: {fields['title']}\n"), (page, view.name)


def test_the_keyness_charts_name_g2_and_its_formula(env):
    at = run_page("speakers")
    keyness = [v for v in at.session_state[widgets.VIEW_CHARTS] if v.name == "speaker_keyness"]
    if not keyness:
        pytest.skip("no distinctive words in the tiny corpus")
    fields = dict(keyness[0].header)
    assert fields["metric"].startswith("G²") and "2·Σ O·ln(O/E)" in fields["formula"]


def test_a_research_table_download_holds_the_provenance_in_parquet(env):
    at = run_page("panel")
    (panel,) = [v for v in at.session_state[widgets.VIEW_CHARTS] if v.name.startswith("panel_region_")]
    assert panel.header
    # what the page's Parquet button serves is table_bytes(frame, "parquet", about): the header's fields
    fields = dict(panel.header)
    about_json = json.loads(
        pq.read_schema(io.BytesIO(table_files.table_bytes(panel.frame, "parquet", _provenance(fields)))).metadata[
            table_files.PARQUET_KEY
        ]
    )
    assert about_json["title"] == fields["title"] and about_json["meetings"] == fields["meetings"]


def _provenance(fields: dict[str, str]) -> Provenance:
    return Provenance(
        title=fields["title"],
        metric="",
        formula="",
        filters=(),
        n_meetings=int(fields["meetings"]),
        dates=fields.get("dates", ""),
        warehouse=fields["warehouse"],
        version=int(fields["warehouse_version"]),
        codebook=fields["codebook_themes_sha256"],
        exported=fields["exported"],
    )


def test_a_figures_image_keeps_its_own_height():
    ok, reason = exports.static_export_status()
    if not ok:
        pytest.skip(reason)
    from PIL import Image

    tall = go.Figure(go.Bar(x=list(range(40)), y=[f"词语{i}" for i in range(40)], orientation="h"))
    tall.update_layout(height=1100)
    image = Image.open(io.BytesIO(exports.figure_image(tall, "png", width=600)))
    assert image.size == (600, 1100)
    small = exports.figure_image(go.Figure(go.Bar(x=[1], y=[1])), "png", width=600)
    assert Image.open(io.BytesIO(small)).size == (600, 600)  # no height: 600


def test_stata_and_parquet_table_files_hold_what_made_them(tmp_path):
    about = Provenance("面板", "", "", (("时期", "年"),), 3, "2020-01-01 – 2021-12-31", "wh", 4, "abc", "2026-01-02")
    frame = pd.DataFrame({"region": ["甲", "乙"], "乡村振兴_hits": [1, 2]})
    files = table_files.table_files(frame, "dta", about)
    assert set(files) == {"", ".columns.csv", ".README.txt"}
    (tmp_path / "p.dta").write_bytes(files[""])
    with pd.io.stata.StataReader(tmp_path / "p.dta") as reader:
        assert reader.data_label == "面板 (v4, 2026-01-02)"
        assert reader.read()["v01_hits"].tolist() == [1, 2]
    assert "filter (时期): 年\n" in files[".README.txt"].decode("utf-8")
    assert table_files.table_files(frame, "dta").keys() == {"", ".columns.csv"}  # no provenance asked


def test_the_caption_leaves_room_for_labels_above_the_plot():
    from dashboard.rendering import charts, publication

    about = Provenance("标题", "", "", (), 3, "", "wh", 1, "abc", "2026-01-02")
    words = pd.DataFrame({"group": ["甲"] * 3, "word": ["一", "二", "三"], "g2": [9.0, 5.0, 1.0]})
    keyness = publication.figure(charts.keyness_chart(words, top=3), about)
    assert keyness.layout.title.pad.b >= 30  # the G² line's label and the subplot title sit above the plot
    plain = publication.figure(go.Figure(go.Bar(x=[1], y=[1])), about)
    assert not plain.layout.title.pad.b
