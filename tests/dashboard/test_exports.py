"""Exports: every format opens in what a user opens it with, Chinese intact, no formula injection."""

from __future__ import annotations

import io
import json
import zipfile

import openpyxl
import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard.rendering import exports

FRAME = pd.DataFrame(
    {
        "theme": ["乡村振兴", "生态环保", '=HYPERLINK("http://evil","x")', "+1+1", "-2", "@SUM(A1)"],
        "count": [3, 5, 1, 1, 1, 1],
    }
)


def _figure() -> go.Figure:
    return go.Figure(go.Bar(x=["乡村振兴", "生态环保"], y=[3, 5]), layout={"title": {"text": "主题提及"}})


def test_html_is_standalone_and_keeps_chinese() -> None:
    html = exports.figure_html(_figure()).decode("utf-8")
    assert "<html" in html and "plotly" in html.lower()
    assert len(html) > 1_000_000  # plotly.js inlined: opens offline
    for text in ("乡村振兴", "主题提及"):  # plotly writes JSON with \\uXXXX escapes; the browser decodes them
        assert text in html or json.dumps(text)[1:-1] in html


def test_csv_has_bom_parses_and_is_guarded() -> None:
    data = exports.frame_csv(FRAME)
    assert data.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert list(back["theme"][:2]) == ["乡村振兴", "生态环保"]
    assert all(not str(v).startswith(("=", "+", "-", "@")) for v in back["theme"])
    assert list(back["count"]) == [3, 5, 1, 1, 1, 1]  # numbers are never touched


def test_xlsx_opens_and_holds_no_formula() -> None:
    book = openpyxl.load_workbook(io.BytesIO(exports.frame_xlsx(FRAME, "主题/提及")))
    sheet = book.active
    values = [c.value for c in sheet["A"]]
    assert values[:3] == ["theme", "乡村振兴", "生态环保"]
    for cell in sheet["A"][1:]:
        assert cell.data_type == "s", cell.value  # text, never a formula
        assert not str(cell.value).startswith(("=", "+", "-", "@"))
    assert [c.value for c in sheet["B"]][1:] == [3, 5, 1, 1, 1, 1]
    assert "/" not in sheet.title


@pytest.mark.parametrize(
    ("value", "expected"),
    [("=1+1", "'=1+1"), ("+x", "'+x"), ("-x", "'-x"), ("@x", "'@x"), ("\tx", "'\tx"), ("乡村", "乡村"), (5, 5)],
)
def test_guard_formula(value: object, expected: object) -> None:
    assert exports.guard_formula(value) == expected


@pytest.mark.parametrize(
    ("name", "expected"), [("../../etc/passwd", "etc_passwd"), ("主题 趋势", "主题_趋势"), ("", "chart")]
)
def test_safe_name(name: str, expected: str) -> None:
    assert exports.safe_name(name) == expected


def _static_or_skip() -> None:
    ok, reason = exports.static_export_status()
    if not ok:
        pytest.skip(reason)


def test_png_and_svg_when_chromium_is_there() -> None:
    _static_or_skip()
    png = exports.figure_image(_figure(), "png", width=600, height=400)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    svg = exports.figure_image(_figure(), "svg", width=600, height=400).decode("utf-8")
    assert svg.lstrip().startswith("<svg") and "乡村振兴" in svg


def test_png_draws_chinese_not_tofu() -> None:
    """Two different Chinese labels must give different pixels (tofu boxes would be identical)."""
    _static_or_skip()
    from PIL import Image, ImageChops

    def render(label: str) -> Image.Image:
        fig = go.Figure(layout={"title": {"text": label, "font": {"size": 60}}, "width": 400, "height": 200})
        return Image.open(io.BytesIO(exports.figure_image(fig, "png", 400, 200))).convert("L")

    a, b = render("乡村振兴"), render("生态环保")
    assert ImageChops.difference(a, b).getbbox() is not None


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="format"):
        exports.figure_image(_figure(), "gif")


def test_bundle_zip_contents(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exports, "static_export_status", lambda: (False, "no chromium here"))
    charts = [exports.ChartExport("主题 趋势", _figure(), FRAME), exports.ChartExport("主题 趋势", _figure(), FRAME)]
    view = {"themes": ("乡村振兴",), "start": pd.Timestamp("2020-01-01")}
    data = exports.bundle_zip(charts, view, "theme\n乡村振兴\n")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        assert {"主题_趋势.html", "主题_趋势.csv", "主题_趋势_2.html", "filters.json", "codebook_themes.csv"} <= names
        assert not any(n.endswith(".png") for n in names)
        assert "no chromium here" in archive.read("README.txt").decode("utf-8")
        filters = json.loads(archive.read("filters.json"))
        assert filters == {"themes": ["乡村振兴"], "start": "2020-01-01T00:00:00"}
        assert "乡村振兴" in archive.read("codebook_themes.csv").decode("utf-8-sig")


def test_a_table_in_the_bundle_is_its_data_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exports, "static_export_status", lambda: (False, "no chromium here"))
    data = exports.bundle_zip([exports.ChartExport("kwic", None, FRAME)], {}, "theme\n")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
    assert "kwic.csv" in names and "kwic.html" not in names


def test_bundle_zip_has_png_when_possible() -> None:
    _static_or_skip()
    data = exports.bundle_zip([exports.ChartExport("c", _figure(), FRAME)], {}, "theme\n")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.read("c.png").startswith(b"\x89PNG")
