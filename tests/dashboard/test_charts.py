"""Chart layer: figures carry the numbers and the customdata the evidence panel needs."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import queries
from dashboard.indexes import corpus as corpus_index
from dashboard.queries import Filters
from dashboard.rendering import axes, charts
from etl.io.warehouse import Warehouse


@pytest.fixture(scope="module")
def corpus(tiny_wh):
    return corpus_index.load_corpus(Warehouse.open(tiny_wh))


def test_trend_chart_lines_and_meeting_bars(corpus):
    series = queries.theme_series(corpus, Filters(), ["乡村振兴", "安全生产"], "count")
    fig = charts.trend_chart(series, "theme", "count", {"乡村振兴": "Rural"})
    lines = [t for t in fig.data if t.type == "scatter"]
    assert [t.name for t in lines] == ["Rural", "安全生产"]
    assert list(lines[0].y) == [4.0, 1.0]
    assert list(lines[0].customdata[0]) == ["乡村振兴", "2020-01-01", 2]
    bars = [t for t in fig.data if t.type == "bar"]
    assert list(bars[0].y) == [2, 2] and bars[0].yaxis == "y2"
    assert "Noto Sans CJK SC" in fig.layout.font.family
    assert fig.layout.xaxis.type == "date"


def test_stacked_share_view(corpus):
    series = queries.theme_series(corpus, Filters(), ["乡村振兴", "生态环保"], "share_mentions")
    fig = charts.trend_chart(series, "theme", "share_mentions", stacked=True)
    assert all(t.stackgroup == "one" for t in fig.data if t.type == "scatter")
    assert fig.layout.yaxis.tickformat == ".0%"


def test_heatmap(corpus):
    series = queries.theme_series(corpus, Filters(), ["乡村振兴", "教育"], "per10k")
    fig = charts.heatmap(series)
    assert list(fig.data[0].y) == ["乡村振兴", "教育"]
    assert fig.data[0].z[1].tolist() == [0.0, 0.0]
    # every cell clickable: an invisible marker at its centre carries (theme, period, n, value)
    cells = fig.data[1]
    assert cells.type == "scatter" and cells.marker.opacity == 0 and fig.layout.hoverdistance == -1
    assert [list(c[:3]) for c in cells.customdata] == [
        ["乡村振兴", "2020-01-01", 2],
        ["乡村振兴", "2021-01-01", 2],
        ["教育", "2020-01-01", 2],
        ["教育", "2021-01-01", 2],
    ]
    assert cells.customdata[0][3] == pytest.approx(fig.data[0].z[0][0])
    assert list(cells.y) == ["乡村振兴", "乡村振兴", "教育", "教育"] and fig.data[0].hoverinfo == "skip"


def test_matrix_and_keyness_charts(corpus):
    m = queries.cooccurrence(corpus, Filters(), ["乡村振兴", "生态环保"])
    fig = charts.matrix_heatmap(m)
    assert [list(row) for row in fig.data[0].text] == [["3", "2"], ["2", "4"]]  # every cell written
    z = fig.data[0].z
    assert pd.isna(z[0][0]) and pd.isna(z[1][1]) and z[0][1] == z[1][0] == 2  # the diagonal out of the scale
    assert fig.layout.xaxis.tickmode == "linear"  # every theme named
    assert [list(c) for c in fig.data[1].customdata] == [
        ["乡村振兴", "乡村振兴", 3],
        ["乡村振兴", "生态环保", 2],
        ["生态环保", "乡村振兴", 2],
        ["生态环保", "生态环保", 4],
    ]
    frame = pd.DataFrame({"group": ["a", "a"], "word": ["x", "y"], "g2": [5.0, 3.0]})
    k = charts.keyness_chart(frame)
    assert list(k.data[0].y) == ["y", "x"]


def test_reader_html_escapes_everything(tiny_wh, corpus, tiny_codebook):
    wh = Warehouse.open(tiny_wh)
    mid = next(iter(queries.search_meetings(wh, "script")))
    text, speeches = queries.meeting_text(wh, corpus, mid)
    html = charts.reader_html(text, speeches, queries.highlight_spans(text, tiny_codebook), narration="旁白")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>李四</b>" in html and '<mark title="安全生产"' in html
    evil = pd.DataFrame({"speaker": ['<img src=x onerror="1">'], "start": [0], "n_chars": [11]})
    out = charts.reader_html("**[x](js:1)", evil, [(0, 2, '"><b>', "**")])
    assert "<img" not in out and 'title="&quot;&gt;&lt;b&gt;"' in out


def test_empty_figure():
    fig = charts.empty_figure("nothing")
    assert fig.layout.annotations[0].text == "nothing"


def test_clustered_periods_on_a_long_axis_keep_their_labels_apart():
    years = [1957, 1962, 1964, 2017, 2021, 2022, 2023]
    axis = axes.period_axis([pd.Timestamp(f"{y}-01-01") for y in years], [str(y) for y in years])
    assert axis["ticktext"] == ["1957", "1962", "2017", "2021"]  # none nearer its neighbour than 1/25 of 66 years
    even = axes.period_axis(
        [pd.Timestamp(f"{y}-01-01") for y in range(2016, 2026)], [str(y) for y in range(2016, 2026)]
    )
    assert even["ticktext"] == [str(y) for y in range(2016, 2026)]  # a regular axis keeps every label
