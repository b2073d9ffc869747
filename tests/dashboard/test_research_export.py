"""``policy-themes export panel|tenures`` (views of ``dashboard.exporting``) on demo warehouses made
by the real ETL: the numbers, the provenance each format holds, the error conventions."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from dashboard.exporting.command import main, parser
from etl.contract.settings import PROJECT_ROOT as ROOT
from etl.demo import write_demo
from etl.io.readers.sidecar import load_sidecar
from etl.io.warehouse import Warehouse
from etl.run.pipeline import run_etl
from tests.conftest import settings_for
from tests.measures.test_demo_tenures import SEED, etl_meetings, misdated, truth_lines, truth_tenures


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(ground truth, warehouse) of a 360-meeting demo."""
    root = tmp_path_factory.mktemp("research-export")
    summary = write_demo(root / "demo", n_meetings=360, seed=SEED)
    result = run_etl([summary.raw], settings_for(root / "wh"), hints_for=load_sidecar(summary.sidecar).hints_for)
    assert result.ok, result.errors
    return summary.ground_truth, root / "wh"


def read_csv(path: Path, **kwargs: object) -> pd.DataFrame:
    """An exported CSV read past its ``# field: value`` provenance block."""
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    skip = next(i for i, line in enumerate(lines) if not line.startswith("# "))
    return pd.read_csv(path, encoding="utf-8-sig", skiprows=skip, **kwargs)  # type: ignore[call-overload]


def dated_report_hits(wh: Path, since: dict[str, pd.Timestamp] | None = None) -> pd.Series:
    """Theme totals of the dated reports (with ``since``: of those on or after their region's date)."""
    w = Warehouse.open(wh)
    meetings = w.read("meetings", ["meeting_id", "date", "region", "is_report"]).to_pandas()
    keep = meetings["date"].notna() & meetings["is_report"]
    if since is not None:
        keep &= pd.to_datetime(meetings["date"]) >= meetings["region"].map(since)
    themes = w.read("themes", ["meeting_id", "theme", "count"]).to_pandas()
    return themes[themes["meeting_id"].isin(meetings.loc[keep, "meeting_id"])].groupby("theme")["count"].sum()


def first_secretaries(wh: Path, tmp_path: Path) -> dict[str, pd.Timestamp]:
    """Each region's first 书记 taking office, from the exported tenures."""
    out = tmp_path / "held.csv"
    assert main(["tenures", "--warehouse", str(wh), "--out", str(out)]) == 0
    held = read_csv(out, parse_dates=["first"])
    return held[held["post"] == "书记"].groupby("region")["first"].min().to_dict()


@pytest.mark.parametrize("by", ["year", "quarter", "tenure"])
def test_the_panel_sums_equal_the_themes_table(demo, tmp_path, by):
    _, wh = demo
    out = tmp_path / "panel.parquet"
    assert main(["panel", "--warehouse", str(wh), "--by", f"region,{by}", "--out", str(out)]) == 0
    panel = pd.read_parquet(out)
    # a tenure period needs a known holder: reports before a region's first 书记 are in no tenure
    expected = dated_report_hits(wh, first_secretaries(wh, tmp_path) if by == "tenure" else None)
    assert len(expected) >= 10
    for theme, total in expected.items():
        assert panel[f"{theme}_hits"].sum() == total, theme
    if by != "tenure":
        meetings = Warehouse.open(wh).read("meetings", ["date", "is_report"]).to_pandas()
        assert panel["n_meetings"].sum() == (meetings["date"].notna() & meetings["is_report"]).sum()


def test_the_panel_opens_in_stata_format_with_labels(demo, tmp_path):
    _, wh = demo
    out = tmp_path / "panel.dta"
    assert main(["panel", "--warehouse", str(wh), "--by", "region,year", "--out", str(out)]) == 0
    mapping = pd.read_csv(tmp_path / "panel.dta.columns.csv", encoding="utf-8-sig")
    with pd.io.stata.StataReader(out) as reader:
        labels = reader.variable_labels()
        stata = reader.read()
    names = dict(zip(mapping["stata_name"], mapping["column"], strict=True))
    assert labels == names
    expected = dated_report_hits(wh)
    for stata_name, column in names.items():
        if column.endswith("_hits"):
            assert stata[stata_name].sum() == expected.get(column.removesuffix("_hits"), 0)


def test_user_periods_group_the_panel(demo, tmp_path):
    _, wh = demo
    periods = tmp_path / "periods.csv"
    periods.write_text("name,start,end\n十三五,2016,2020\n十四五,2021,2025\n", encoding="utf-8")
    out = tmp_path / "panel.csv"
    args = ["panel", "--warehouse", str(wh), "--by", "region,periods", "--periods", str(periods), "--out", str(out)]
    assert main(args) == 0
    panel = read_csv(out)
    assert set(panel["period"]) == {"十三五", "十四五"}
    assert panel["period"].tolist()[:2] == ["十三五", "十四五"]  # the file's order, not the names' sort


def test_the_tenures_equal_the_ground_truth(demo, tmp_path):
    truth, wh = demo
    lines = truth_lines(truth)
    assert misdated(lines, etl_meetings(wh, truth.parent / "raw")) == []
    out = tmp_path / "tenures.csv"
    assert main(["tenures", "--warehouse", str(wh), "--out", str(out)]) == 0
    got = read_csv(out, parse_dates=["first", "last"])
    assert list(got.columns) == ["region", "post", "name", "first", "last", "n_meetings"]
    expected = truth_tenures(lines)
    assert len(expected) >= 40
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)


def test_overrides_change_the_exported_tenures(demo, tmp_path):
    _, wh = demo
    overrides = tmp_path / "tenures.csv"
    overrides.write_text("region,post,name,start,end\n无此区,书记,某人,2019-01-01,2019-12-31\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["tenures", "--warehouse", str(wh), "--overrides", str(overrides), "--out", str(out)]) == 0
    got = read_csv(out)
    assert got[got["region"] == "无此区"][["name", "first", "n_meetings"]].values.tolist() == [
        ["某人", "2019-01-01", 0]
    ]


def test_bad_inputs_are_named_with_the_reason(demo, tmp_path, capsys):
    _, wh = demo
    assert main(["panel", "--warehouse", str(tmp_path / "none"), "--out", str(tmp_path / "p.csv")]) == 2
    assert f"error: --warehouse: no warehouse at {tmp_path / 'none'}" in capsys.readouterr().err
    bad = tmp_path / "periods.csv"
    bad.write_text("name,start,end\n甲,2020,2019\n", encoding="utf-8")
    args = ["panel", "--warehouse", str(wh), "--by", "region,periods", "--periods", str(bad), "--out", "p.csv"]
    assert main(args) == 1
    assert f"{bad}:2" in capsys.readouterr().err
    assert main(["panel", "--warehouse", str(wh), "--by", "periods", "--out", str(tmp_path / "p.csv")]) == 1
    assert "needs --periods" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main(["panel", "--warehouse", str(wh), "--by", "region,week", "--out", "p.csv"])
    assert usage.value.code == 2
    with pytest.raises(SystemExit):
        main(["tenures", "--warehouse", str(wh), "--out", "t.xlsx"])  # tenures are a CSV
    assert not (tmp_path / "p.csv").exists()


def test_help_and_the_subcommand_registry():
    done = subprocess.run(
        [sys.executable, "-m", "dashboard.exporting", "panel", "--help"], capture_output=True, text=True
    )
    assert done.returncode == 0 and "region,year|quarter|month|tenure|periods" in done.stdout
    args = parser().parse_args(["tenures", "--out", "x.csv"])
    assert args.view == "tenures" and args.out == Path("x.csv")
    flags = {o for a in parser()._subparsers._group_actions[0].choices["panel"]._actions for o in a.option_strings}  # type: ignore[union-attr]
    assert {"--by", "--periods", "--overrides", "--post", "--codebook", "--regions", "--from", "--to"} <= flags
    assert "--granularity" not in flags  # --by names the panel's period


def test_policy_themes_export_panel_through_the_etl_cli(demo, tmp_path):
    """``policy-themes export panel`` is delegated by the ETL's CLI; its CSV says what made it."""
    _, wh = demo
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "etl",
            "export",
            "panel",
            "--warehouse",
            str(wh),
            "--by",
            "region,quarter",
            "--out",
            "p.csv",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    head = (tmp_path / "p.csv").read_text(encoding="utf-8-sig").splitlines()
    assert head[0] == "# title: 面板数据"
    fields = dict(line[2:].split(": ", 1) for line in head if line.startswith("# "))
    meetings = Warehouse.open(wh).read("meetings", ["date", "is_report"]).to_pandas()
    dated_reports = meetings["is_report"] & meetings["date"].notna()
    assert dated_reports.sum() < meetings["is_report"].sum()  # the demo has undated reports
    assert fields["meetings"] == str(int(dated_reports.sum()))  # those the panel's periods hold
    assert fields["filter (时期)"] == "region,季度" and fields["warehouse_version"] == str(Warehouse.open(wh).version)
    assert read_csv(tmp_path / "p.csv")["period"].str.contains("Q").all()


def test_every_table_format_holds_the_provenance(demo, tmp_path):
    _, wh = demo
    version = str(Warehouse.open(wh).version)
    assert main(["tenures", "--warehouse", str(wh), "--lang", "en", "--out", str(tmp_path / "t.csv")]) == 0
    assert tmp_path.joinpath("t.csv").read_text(encoding="utf-8-sig").startswith("# title: Tenures\n")
    for suffix in ("xlsx", "parquet", "dta"):
        assert main(["panel", "--warehouse", str(wh), "--out", str(tmp_path / f"p.{suffix}")]) == 0
    readme = pd.read_excel(tmp_path / "p.xlsx", sheet_name="README", engine="openpyxl")
    assert dict(zip(readme["field"], readme["value"].astype(str), strict=True))["warehouse_version"] == version
    meta = pq.read_schema(tmp_path / "p.parquet").metadata[b"policy_themes"]
    assert json.loads(meta)["title"] == "面板数据" and json.loads(meta)["warehouse_version"] == version
    with pd.io.stata.StataReader(tmp_path / "p.dta") as reader:
        assert reader.data_label.startswith("面板数据 (v" + version)
    sidecar = (tmp_path / "p.dta.README.txt").read_text(encoding="utf-8")
    assert "title: 面板数据\n" in sidecar and f"warehouse_version: {version}\n" in sidecar


def test_the_filtered_panel_sums_to_the_themes_table_under_the_same_filters(demo, tmp_path):
    _, wh = demo
    w = Warehouse.open(wh)
    meetings = w.read("meetings", ["meeting_id", "date", "region", "organ", "is_report"]).to_pandas()
    regions = sorted(meetings["region"].dropna().unique())[:2]
    organ = meetings[meetings["region"].isin(regions)]["organ"].value_counts().index[0]
    out = tmp_path / "panel.parquet"
    flags = ["--regions", ",".join(regions), "--organs", organ, "--from", "2018-01-01", "--to", "2021-12-31"]
    assert main(["panel", "--warehouse", str(wh), "--by", "region,year", "--out", str(out), *flags]) == 0
    panel = pd.read_parquet(out)
    day = pd.to_datetime(meetings["date"])
    chosen = (
        meetings["is_report"]
        & meetings["region"].isin(regions)
        & (meetings["organ"] == organ)
        & day.between(pd.Timestamp("2018-01-01"), pd.Timestamp("2021-12-31"))
    )
    assert 0 < chosen.sum() < meetings["is_report"].sum()
    assert set(panel["region"]) <= set(regions) and set(panel["period"].astype(str)) <= {"2018", "2019", "2020", "2021"}
    assert panel["n_meetings"].sum() == chosen.sum()
    themes = w.read("themes", ["meeting_id", "theme", "count"]).to_pandas()
    expected = themes[themes["meeting_id"].isin(meetings.loc[chosen, "meeting_id"])].groupby("theme")["count"].sum()
    got = {c.removesuffix("_hits"): int(panel[c].sum()) for c in panel.columns if c.endswith("_hits")}
    assert {k: v for k, v in got.items() if v} == expected[expected > 0].astype(int).to_dict()


def test_a_filtered_tenures_export_holds_only_the_chosen_regions_and_post(demo, tmp_path):
    _, wh = demo
    everyone = tmp_path / "all.csv"
    assert main(["tenures", "--warehouse", str(wh), "--out", str(everyone)]) == 0
    regions = sorted(read_csv(everyone)["region"].unique())
    assert len(regions) >= 3
    out = tmp_path / "two.csv"
    args = ["tenures", "--warehouse", str(wh), "--regions", ",".join(regions[:2]), "--post", "行政首长"]
    assert main([*args, "--out", str(out)]) == 0
    got = read_csv(out)
    assert set(got["region"]) == set(regions[:2]) and set(got["post"]) == {"行政首长"}
    head = out.read_text(encoding="utf-8-sig").splitlines()
    assert any(line.startswith("# filter (") and regions[0] in line for line in head)


def test_the_post_flag_names_whose_tenures_make_the_periods(demo, tmp_path, capsys):
    _, wh = demo
    held = read_csv_after(main, ["tenures", "--warehouse", str(wh)], tmp_path / "t.csv")
    mayors = held[held["post"] == "行政首长"]
    out = tmp_path / "panel.csv"
    assert (
        main(["panel", "--warehouse", str(wh), "--by", "region,tenure", "--post", "行政首长", "--out", str(out)]) == 0
    )
    periods = set(read_csv(out)["period"])
    assert periods == {f"{first} {name}" for first, name in zip(mayors["first"], mayors["name"], strict=True)}
    assert main(["panel", "--warehouse", str(wh), "--by", "region,tenure", "--post", "无此职", "--out", str(out)]) == 2
    assert "--post: unknown post (of the tenures) '无此职' (known: 书记, 行政首长" in capsys.readouterr().err
    trends = tmp_path / "themes.csv"
    args = ["themes", "--warehouse", str(wh), "--granularity", "tenure", "--post", "行政首长", "--out", str(trends)]
    assert main(args) == 0
    labels = set(read_csv(trends)["label"])
    assert labels and labels <= {f"{first} {name}" for first, name in zip(mayors["first"], mayors["name"], strict=True)}


def read_csv_after(command, args: list[str], out: Path) -> pd.DataFrame:
    assert command([*args, "--out", str(out)]) == 0
    return read_csv(out)


def test_document_types_left_out_leave_the_panel_as_the_sidebar_does(demo, tmp_path):
    _, wh = demo
    w = Warehouse.open(wh)
    meetings = w.read("meetings", ["meeting_id", "date", "meeting_type", "is_report"]).to_pandas()
    dropped = meetings["meeting_type"].value_counts().index[0]
    out = tmp_path / "panel.csv"
    assert main(["panel", "--warehouse", str(wh), "--exclude-types", dropped, "--out", str(out)]) == 0
    kept = meetings["is_report"] & meetings["date"].notna() & (meetings["meeting_type"] != dropped)
    assert read_csv(out)["n_meetings"].sum() == kept.sum() < (meetings["is_report"] & meetings["date"].notna()).sum()
    assert any(line.startswith("# filter (") and dropped in line for line in out.read_text("utf-8-sig").splitlines())


def test_a_page_s_selection_as_a_command_line_gives_the_same_filters() -> None:
    import datetime as dt
    import shlex

    from dashboard.exporting.command import command_line
    from dashboard.queries import Filters

    f = Filters(
        start=dt.date(2018, 1, 1),
        regions=("青禾区", "云岭县"),
        organs=("区委",),
        excluded_types=("决议",),
        include_undated=False,
        granularity="quarter",  # a table names its period with --by
    )
    line = command_line("panel", ["--by", "region,tenure", "--post", "行政首长", "--out", "p.dta"], f)
    assert line.startswith("policy-themes export panel --by region,tenure --post 行政首长 --out p.dta")
    args = parser().parse_args(shlex.split(line)[2:])
    assert (args.start, args.regions, args.organs, args.excluded_types, args.include_undated) == (
        dt.date(2018, 1, 1),
        "青禾区,云岭县",
        "区委",
        "决议",
        False,
    )
    assert "--granularity" not in line and "--gran" not in line
    assert "--granularity quarter" in command_line("themes", ["--out", "t.csv"], f)
