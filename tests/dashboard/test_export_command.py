"""``policy-themes export``: files with the dashboard's numbers, uncut labels and provenance, and
clear usage errors. Real warehouse (the tiny one), real kaleido and Chromium for images."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import sys
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from dashboard import exporting, queries
from dashboard.exporting.command import main
from dashboard.indexes import corpus as corpus_index
from dashboard.queries import Filters
from dashboard.rendering import axes, exports
from etl.io.warehouse import Warehouse

ROOT = Path(__file__).resolve().parents[2]


def _export(tiny_wh: Path, out: Path, *args: str) -> Path:
    assert main([args[0], "--warehouse", str(tiny_wh), "--out", str(out), *args[1:]]) == 0
    return out


def _csv(path: Path) -> tuple[dict[str, str], pd.DataFrame]:
    text = path.read_text(encoding="utf-8-sig")
    header = [line for line in text.splitlines() if line.startswith("# ")]
    fields = dict(line[2:].split(": ", 1) for line in header)
    return fields, pd.read_csv(io.StringIO(text), skiprows=len(header))


def _static_or_skip() -> None:
    ok, reason = exports.static_export_status()
    if not ok:
        pytest.skip(reason)


@pytest.fixture(scope="module")
def corpus(tiny_wh):
    return corpus_index.load_corpus(Warehouse.open(tiny_wh))


def test_the_csv_has_the_numbers_of_the_dashboards_query(tiny_wh, corpus, tmp_path) -> None:
    themes = ("--themes", "乡村振兴,安全生产")
    out = _export(tiny_wh, tmp_path / "t.csv", "themes", *themes, "--from", "2020-01-01", "--to", "2021-06-30")
    fields, table = _csv(out)
    # 2020-01-01 lies before the first meeting: an open edge, as on the slider; the end narrows.
    f = Filters(end=dt.date(2021, 6, 30), themes=("乡村振兴", "安全生产"))
    page = queries.theme_series(corpus, f, ["乡村振兴", "安全生产"], "per10k")
    assert "value" not in table.columns and "per10k" in table.columns  # the metric names its column
    assert table["per10k"].round(9).tolist() == page["value"].round(9).tolist()
    assert table["count"].tolist() == page["count"].tolist() == [4, 2, 0, 1]  # the hand counts: 2020, 2021
    assert fields["meetings"] == "3" and fields["dates"] == "2020-03-05 – 2021-02-01"  # r1-r3; r5 undated
    assert fields["filter (止)"] == "2021-06-30" and "filter (起)" not in fields
    assert fields["filter (主题)"] == "乡村振兴、安全生产" and fields["title"] == "主题趋势"


def test_a_range_covering_every_meeting_is_open_as_in_the_dashboard(tiny_wh, tmp_path) -> None:
    fields, _ = _csv(_export(tiny_wh, tmp_path / "t.csv", "themes", "--from", "2019-01-01", "--to", "2022-12-31"))
    assert fields["meetings"] == "5"  # the undated r5 too: the range is not narrowed
    fields, _ = _csv(_export(tiny_wh, tmp_path / "t.csv", "themes", "--to", "2022-12-31", "--no-include-undated"))
    assert fields["meetings"] == "4"


def test_terms_speakers_and_heatmap_tables_match_their_queries(tiny_wh, corpus, tmp_path) -> None:
    _, terms = _csv(_export(tiny_wh, tmp_path / "terms.csv", "terms", "--terms", "乡村振兴,隐患", "--metric", "count"))
    counts = queries.term_counts(Warehouse.open(tiny_wh), corpus, Filters(), ("乡村振兴", "隐患"))
    page = queries.term_series(corpus, Filters(), counts, ("乡村振兴", "隐患"), "count")
    assert terms["count"].tolist() == page["count"].tolist() and terms["count"].sum() == 5
    _, profile = _csv(_export(tiny_wh, tmp_path / "sp.csv", "speakers", "--speakers", "张三,李四"))
    by = profile.set_index(["group", "theme"])["count"]
    assert by[("张三", "乡村振兴")] == 4 and by[("李四", "安全生产")] == 3
    book = openpyxl.load_workbook(_export(tiny_wh, tmp_path / "h.xlsx", "heatmap", "--metric", "count"))
    data = pd.DataFrame(book["theme_heatmap"].values)
    assert list(data.iloc[0])[:4] == ["period", "label", "theme", "count"]  # no value column: it is the count
    readme = {row[0].value: row[1].value for row in book["README"].iter_rows(min_row=2)}
    assert readme["meetings"] == "5" and readme["metric"] == "提及次数"


def _texts(svg: str, cls: str) -> list[tuple[str, str]]:
    """(attributes, text) of every ``<text>`` in the groups of class ``cls``."""
    return re.findall(rf'<g class="{cls}"><text([^>]*)>(.*?)</text>', svg)


def test_the_svg_holds_every_tick_label_uncut_and_the_title(tiny_wh, tmp_path) -> None:
    _static_or_skip()
    svg = _export(tiny_wh, tmp_path / "t.svg", "themes", "--metric", "count", "--width", "700").read_text()
    width = float(re.search(r'<svg[^>]* width="([\d.]+)"', svg).group(1))
    assert width == 700
    assert "主题趋势" in re.search(r'class="gtitle".*?</text>', svg).group(0)
    subtitle = re.search(r'class="gtitle-subtitle".*?</text>', svg).group(0)
    assert "提及次数 = 该期内关键词命中次数" in subtitle and "5 次会议（2020-03-05 – 2021-09-15）" in subtitle
    assert [t for _, t in _texts(svg, "xtick")] == ["2020", "2021"]
    assert [t for _, t in _texts(svg, "ytick")] == ["0", "1", "2", "3", "4"]  # at most 4 hits a year
    assert [t for _, t in _texts(svg, "y2tick")] == ["0", "1", "2"]  # 2 meetings a year: no 0.381
    # Per 10k characters the tiny reports reach the hundreds: wide labels, which must not be cut.
    wide = _export(tiny_wh, tmp_path / "w.svg", "themes", "--width", "700").read_text()
    left = _texts(wide, "ytick")
    assert len(left) >= 3 and any(len(t) >= 3 for _, t in left)
    for attrs, text in left:  # right-aligned at x: the whole label lies inside the image
        assert float(re.search(r' x="([\d.]+)"', attrs).group(1)) - axes.label_px(text) >= 0, text
    for attrs, text in _texts(wide, "y2tick"):  # left-aligned at x
        assert float(re.search(r' x="([\d.]+)"', attrs).group(1)) + axes.label_px(text) <= width, text


def test_the_english_speaker_chart_keeps_its_labels(tiny_wh, tmp_path) -> None:
    _static_or_skip()
    svg = _export(tiny_wh, tmp_path / "sp.svg", "speakers", "--lang", "en", "--width", "600").read_text()
    names = [t for _, t in _texts(svg, "xtick")]
    assert names == ["Rural revitalisation", "Ecology", "Work safety", "Education"]
    assert "Mentions per 10k characters" in svg


def test_the_heatmap_png_is_the_size_asked_with_names_and_years_in_its_margins(tiny_wh, tmp_path) -> None:
    _static_or_skip()
    from PIL import Image

    out = _export(tiny_wh, tmp_path / "h.png", "heatmap", "--width", "800", "--height", "500", "--scale", "1")
    image = Image.open(out).convert("L")
    assert image.size == (800, 500)
    pixels = image.load()

    def inked(box: tuple[int, int, int, int]) -> int:
        x0, y0, x1, y1 = box
        return sum(pixels[x, y] < 160 for x in range(x0, x1) for y in range(y0, y1))

    assert inked((0, 150, 60, 450)) > 50  # theme names left of the cells
    assert inked((100, 460, 700, 500)) > 20  # the years under them
    assert inked((0, 0, 800, 100)) > 200  # title and caption


def test_usage_errors_name_the_argument_and_exit_2(tiny_wh, tmp_path, capsys) -> None:
    cases = [
        (["themes", "--themes", "乡村振兴,不存在"], "--themes: unknown theme '不存在'"),
        (["themes", "--from", "2030-01-01"], "filters: no meeting matches"),
        (["themes", "--organs", "无此机构"], "--organs: unknown organ '无此机构'"),
        (["speakers", "--speakers", "赵六"], "--speakers: unknown speaker '赵六'"),
        (["themes", "--from", "2021-12-31", "--to", "2020-01-01"], "--from: 2021-12-31 is after --to"),
        (["themes", "--window", "0"], "--window: must be at least 1"),
        (["terms", "--terms", " , "], "--terms: give at least one word"),
    ]
    for args, message in cases:
        assert main([*args, "--warehouse", str(tiny_wh), "--out", str(tmp_path / "x.csv")]) == 2, args
        assert f"error: {message}" in capsys.readouterr().err
    assert main(["themes", "--warehouse", str(tiny_wh), "--out", str(tmp_path / "x.txt")]) == 2
    assert "--format: give one of svg, png, html, csv, xlsx" in capsys.readouterr().err
    assert main(["themes", "--warehouse", str(tmp_path / "none"), "--out", str(tmp_path / "x.csv")]) == 2
    assert "--warehouse: no warehouse at" in capsys.readouterr().err
    with pytest.raises(SystemExit) as bad_date:
        main(["themes", "--warehouse", str(tiny_wh), "--out", str(tmp_path / "x.csv"), "--from", "2021-13-01"])
    assert bad_date.value.code == 2 and "argument --from: not a date: '2021-13-01'" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())  # nothing written


def test_policy_themes_export_runs_the_dashboards_command(tiny_wh, tmp_path) -> None:
    """The ETL's CLI delegates (it never imports the dashboard); relative --out is the caller's."""
    run = subprocess.run(
        [sys.executable, "-m", "etl", "export", "heatmap", "--warehouse", str(tiny_wh), "--out", "h.csv"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "h.csv").read_text(encoding="utf-8-sig").startswith("# title: 主题 × 时间")
    helped = subprocess.run([sys.executable, "-m", "etl", "export", "--help"], capture_output=True, text=True)
    assert helped.returncode == 0 and "usage: policy-themes export" in helped.stdout
    assert all(name in helped.stdout for name in exporting.VIEWS)


def test_every_view_of_the_registry_has_its_sub_command() -> None:
    from dashboard.exporting.command import parser

    sub = next(a for a in parser()._actions if a.dest == "view")
    assert list(sub.choices) == list(exporting.VIEWS)  # type: ignore[attr-defined]
    flags = {o for a in sub.choices["themes"]._actions for o in a.option_strings}  # type: ignore[attr-defined]
    for flag in ("--from", "--to", "--granularity", "--themes", "--organs", "--meeting-types", "--regions"):
        assert flag in flags  # the sidebar's filters, from their specs
    assert {"--include-undated", "--no-include-undated", "--include-non-reports"} <= flags
