"""An unchanged rerun answered from the last run's stamp (etl/run/rerun_stamp.py): the same
summary as the full path, no new warehouse version, and the full path on any change or crash."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import time
from pathlib import Path

import pytest

from etl.contract.model import RERUN_STAMP
from etl.io.warehouse import Warehouse
from etl.run.cli import main
from etl.run.pipeline import run_etl
from etl.run.rerun_stamp import listing
from tests.conftest import CODEBOOK, settings_for
from tests.reports import REPORTS, write_reports
from tests.warehouse_utils import snapshot

CHANGWEI = "a/2021-03-02_changwei.txt"


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Reports with a skipped file and a hidden one, a codebook copy, and a corrections file with
    one applied and one unmatched row (both print on every run)."""
    folder, book = tmp_path / "raw", tmp_path / "book" / "codebook"
    write_reports(folder)
    (folder / "notes.exe").write_bytes(b"MZ")
    (folder / ".DS_Store").write_bytes(b"\0")
    shutil.copytree(CODEBOOK, book)
    (book.parent / "corrections.csv").write_text(
        f"source,region\n{CHANGWEI},白石县\nno/such/file.txt,云岭县\n", encoding="utf-8"
    )
    return folder, tmp_path / "wh", book


def _etl(capsys: pytest.CaptureFixture[str], folder: Path, wh: Path, book: Path, *extra: str) -> tuple[int, list[str]]:
    code = main(["etl", str(folder), "--out", str(wh), "--codebook", str(book), "--no-progress", *extra])
    lines = capsys.readouterr().out.splitlines()
    return code, [ln for ln in lines if not ln.startswith("time: ")]  # seconds differ


def _version(wh: Path) -> int:
    return Warehouse.open(wh).version


def test_a_stamped_rerun_prints_the_full_paths_summary_and_writes_nothing(
    setup: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, wh, book = setup
    _etl(capsys, folder, wh, book)
    _etl(capsys, folder, wh, book)  # the corrections rewrote parts in the first run: no stamp yet
    assert (wh / RERUN_STAMP).is_file()
    version, tables = _version(wh), snapshot(wh)
    code, fast = _etl(capsys, folder, wh, book)
    assert _version(wh) == version and snapshot(wh) == tables  # nothing committed
    (wh / RERUN_STAMP).unlink()
    slow_code, slow = _etl(capsys, folder, wh, book)
    assert _version(wh) == version + 1 and snapshot(wh) == tables
    assert (code, fast) == (slow_code, slow)
    assert any(ln.startswith("skipped: ") for ln in fast)
    assert any("1 applied, 1 unmatched" in ln for ln in fast)
    assert any(ln.startswith("warning: ") and "no meeting has" in ln for ln in fast)


def _same_size_edit(folder: Path) -> None:
    path = folder / CHANGWEI
    st = path.stat()
    path.write_text(REPORTS[CHANGWEI].replace("招商引资", "项目引资"), encoding="utf-8")
    assert path.stat().st_size == st.st_size
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def _touch(folder: Path) -> None:
    path = folder / CHANGWEI
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def _codebook_edit(book: Path) -> None:
    with open(book / "themes.csv", "a", encoding="utf-8") as fh:
        fh.write("测试主题,Test theme,营商环境\n")


CHANGES = {
    "an edited file of the same size": (lambda folder, book: _same_size_edit(folder), "read 1, unchanged 3"),
    "a touched file": (lambda folder, book: _touch(folder), "read 0, unchanged 4"),
    "a codebook edit": (lambda folder, book: _codebook_edit(book), "read 0, unchanged 4"),
    "a deleted file": (lambda folder, book: (folder / CHANGWEI).unlink(), "read 0, unchanged 3"),
    "a new file": (
        lambda folder, book: (folder / "c.txt").write_text(REPORTS[CHANGWEI].replace("3月2日", "3月9日"), "utf-8"),
        "read 1, unchanged 4",
    ),
    "a new skipped file": (lambda folder, book: (folder / "more.exe").write_bytes(b"MZ"), "read 0, unchanged 4"),
    "a corrections edit": (
        lambda folder, book: (book.parent / "corrections.csv").write_text("source,region\n", "utf-8"),
        "read 0, unchanged 4",
    ),
}


@pytest.mark.parametrize("change", CHANGES)
def test_any_change_takes_the_full_path(
    change: str, setup: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, wh, book = setup
    _etl(capsys, folder, wh, book)
    _etl(capsys, folder, wh, book)
    assert (wh / RERUN_STAMP).is_file()
    version = _version(wh)
    make, said = CHANGES[change]
    make(folder, book)
    code, lines = _etl(capsys, folder, wh, book)
    assert code == 0 and _version(wh) == version + 1  # committed: the ordinary path ran
    assert said in lines[0]
    fresh = wh.parent / "fresh"
    _etl(capsys, folder, fresh, book)
    assert snapshot(wh) == snapshot(fresh) or change == "a deleted file"  # without --prune its meetings stay


def test_a_run_that_prunes_stamps_for_a_rerun_that_prunes(
    setup: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, wh, book = setup
    (book.parent / "corrections.csv").unlink()
    _etl(capsys, folder, wh, book)
    (folder / CHANGWEI).unlink()
    _, pruned = _etl(capsys, folder, wh, book, "--prune")
    assert "1 gone and forgotten" in pruned[0]
    version = _version(wh)
    _, again = _etl(capsys, folder, wh, book, "--prune")
    assert _version(wh) == version and "read 0, unchanged 3, failed 0, skipped 2)" in again[0]
    _etl(capsys, folder, wh, book)  # without --prune: another key, the ordinary path
    assert _version(wh) == version + 1


def test_another_writer_of_the_warehouse_voids_the_stamp(
    setup: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, wh, book = setup
    _etl(capsys, folder, wh, book)
    _etl(capsys, folder, wh, book)
    stamp = (wh / RERUN_STAMP).read_bytes()
    assert main(["correct", "--warehouse", str(wh), "--codebook", str(book)]) == 0
    assert not (wh / RERUN_STAMP).exists()  # every commit removes it
    (wh / RERUN_STAMP).write_bytes(stamp)  # and a stale one put back names another manifest
    version = _version(wh)
    _etl(capsys, folder, wh, book)
    assert _version(wh) == version + 1


def _child(raw: str, wh: str, book: str, marker: str) -> None:
    import etl.io.warehouse as w

    original = w._write_parquet

    def paused(table, path):  # type: ignore[no-untyped-def]
        Path(marker).write_text("now")
        time.sleep(30)  # the parent kills us here, before anything is committed
        original(table, path)

    w._write_parquet = paused
    run_etl([Path(raw)], settings_for(Path(wh), codebook=Path(book)))


def test_a_run_killed_before_its_commit_leaves_no_stamp(
    setup: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder, wh, book = setup
    _etl(capsys, folder, wh, book)
    _etl(capsys, folder, wh, book)
    assert (wh / RERUN_STAMP).is_file()
    _same_size_edit(folder)
    marker = tmp_path / "marker"
    proc = multiprocessing.get_context("spawn").Process(
        target=_child, args=(str(folder), str(wh), str(book), str(marker))
    )
    proc.start()
    deadline = time.monotonic() + 60
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert marker.exists()
    assert proc.pid is not None
    os.kill(proc.pid, signal.SIGKILL)
    proc.join()
    assert not (wh / RERUN_STAMP).exists()
    # The killed run had removed the stamp before writing anything: the next run is the ordinary one.
    code, lines = _etl(capsys, folder, wh, book)
    assert code == 0 and "read 1, unchanged 3" in lines[0]
    fresh = tmp_path / "fresh"
    _etl(capsys, folder, fresh, book)
    assert snapshot(wh) == snapshot(fresh)


def test_the_listing_declines_links_and_a_warehouse_among_the_inputs(tmp_path: Path) -> None:
    folder = tmp_path / "raw"
    write_reports(folder)
    assert listing([folder], tmp_path / "wh") is not None
    assert listing([folder], folder / "wh") is None
    (folder / "link.txt").symlink_to(folder / CHANGWEI)
    assert listing([folder], tmp_path / "wh") is None
