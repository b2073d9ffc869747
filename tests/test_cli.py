"""The command line as a user runs it: demo -> etl -> validate, exit codes and messages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from etl.io.warehouse import Warehouse
from etl.run.cli import main


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "etl", *args], capture_output=True, text=True, cwd=cwd)


def test_demo_etl_validate_and_an_unchanged_rerun(tmp_path: Path) -> None:
    demo, wh = tmp_path / "demo", tmp_path / "wh"
    out = cli("demo", "--out", str(demo), "--meetings", "60")
    assert out.returncode == 0 and "synthetic" in out.stdout
    args = ["etl", str(demo / "raw"), "--sidecar", str(demo / "sidecar.csv"), "--out", str(wh), "--workers", "2"]
    first = cli(*args)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "failed 0" in first.stdout and "meetings: 60 in the warehouse" in first.stdout
    assert cli("validate", "--warehouse", str(wh)).returncode == 0
    second = cli(*args)
    assert "read 0" in second.stdout and "0 written this run" in second.stdout


def test_failed_inputs_give_exit_code_1_and_name_the_file(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("2020年5月6日，区委召开常委会会议。会议强调，要抓好安全生产。", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\xff" * 200)
    out = cli("etl", str(tmp_path), "--out", str(tmp_path / "wh"), "--workers", "1")
    assert out.returncode == 1
    assert "bad.txt" in out.stdout and "failed 1" in out.stdout
    (tmp_path / "bad.txt").unlink()  # gone: kept without --prune, forgotten with it
    assert cli("etl", str(tmp_path), "--out", str(tmp_path / "wh"), "--workers", "1").returncode == 0
    assert Warehouse.open(tmp_path / "wh").read("errors").num_rows == 1
    pruned = cli("etl", str(tmp_path), "--out", str(tmp_path / "wh"), "--workers", "1", "--prune")
    assert pruned.returncode == 0 and "1 gone and forgotten" in pruned.stdout, pruned.stdout
    assert Warehouse.open(tmp_path / "wh").read("errors").num_rows == 0


def test_usage_errors_give_exit_code_2_with_a_message(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["etl", str(tmp_path / "missing")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    sidecar = tmp_path / "side.csv"
    sidecar.write_bytes(b"\x00\x01\x02")
    (tmp_path / "a.txt").write_text("2020年5月6日，区委召开常委会会议。", encoding="utf-8")
    assert main(["etl", str(tmp_path / "a.txt"), "--sidecar", str(sidecar), "--out", str(tmp_path / "wh")]) == 2
    assert "side.csv" in capsys.readouterr().err
    book = tmp_path / "book"
    book.mkdir()
    assert main(["etl", str(tmp_path / "a.txt"), "--codebook", str(book), "--out", str(tmp_path / "wh")]) == 2
    assert "themes.csv" in capsys.readouterr().err


def test_validate_reports_a_missing_warehouse(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["validate", "--warehouse", str(tmp_path / "nothing")]) == 1
    assert "no warehouse here" in capsys.readouterr().out
