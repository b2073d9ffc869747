"""Crash safety and concurrency: SIGKILL at random points and in the middle of writes.

Each trial starts from a committed warehouse, kills a second run (which adds files and changes
one), then checks that the warehouse is readable and valid, and that a rerun converges to exactly
the tables of an uninterrupted fresh run: no meeting lost, none duplicated.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import signal
import time
from pathlib import Path

import pytest

from etl.io.validate import validate
from etl.io.warehouse import Warehouse, WarehouseBusy, lock
from etl.run.pipeline import run_etl
from tests.conftest import settings_for
from tests.crash_corpus import many_reports
from tests.reports import REPORTS, write_reports
from tests.warehouse_utils import snapshot

TRIALS_RANDOM = 12
TRIALS_IN_WRITES = 10


def _child(raw: str, wh: str, marker: str | None, pause_on_write: int | None) -> None:
    if pause_on_write is not None:
        import etl.io.warehouse as w

        original_parquet, original_json = w._write_parquet, w._write_json_atomic
        count = {"n": 0}

        def announce() -> None:
            count["n"] += 1
            if count["n"] == pause_on_write:
                Path(marker).write_text("now")  # type: ignore[arg-type]
                time.sleep(30)  # the parent kills us here, mid-write

        def parquet(table, path):  # type: ignore[no-untyped-def]
            announce()
            original_parquet(table, path)

        def manifest(data, path):  # type: ignore[no-untyped-def]
            announce()
            original_json(data, path)

        w._write_parquet, w._write_json_atomic = parquet, manifest
    run_etl([Path(raw)], settings_for(Path(wh)))


CHANGED = "2024年2月1日，云岭县政府召开常务会议。会议研究了新质生产力。"


def _trial(tmp: Path, kill: str, rng: random.Random) -> str:
    raw = tmp / "raw"
    write_reports(raw, many_reports(24))
    wh = tmp / "wh"
    run_etl([raw], settings_for(wh))
    committed = snapshot(wh)
    write_reports(raw, many_reports(16, offset=24))
    (raw / "batch/003.txt").write_text(CHANGED, encoding="utf-8")
    started = time.monotonic()
    run_etl([raw], settings_for(tmp / "fresh"))
    duration = time.monotonic() - started
    fresh = snapshot(tmp / "fresh")
    ctx = multiprocessing.get_context("fork")
    marker = tmp / "writing"
    nth = rng.randint(1, 12) if kill == "write" else None
    proc = ctx.Process(target=_child, args=(str(raw), str(wh), str(marker), nth))
    proc.start()
    if kill == "write":
        deadline = time.monotonic() + 20
        while not marker.exists() and proc.is_alive() and time.monotonic() < deadline:
            time.sleep(0.005)
    else:
        time.sleep(rng.uniform(0, duration))
    outcome = "killed" if proc.is_alive() else "finished first"
    if proc.is_alive():
        os.kill(proc.pid, signal.SIGKILL)
    proc.join()
    assert validate(wh) == [], "the warehouse must stay valid after a kill"
    assert snapshot(wh) in (committed, fresh), "a reader sees the old or the new version, nothing between"
    run_etl([raw], settings_for(wh))
    assert snapshot(wh) == fresh
    return outcome


@pytest.mark.slow
def test_sigkill_at_random_points_and_during_writes_never_loses_or_duplicates(tmp_path: Path) -> None:
    rng = random.Random(20261127)
    outcomes: dict[str, int] = {}
    for i in range(TRIALS_RANDOM + TRIALS_IN_WRITES):
        kind = "random" if i < TRIALS_RANDOM else "write"
        trial = tmp_path / f"t{i}"
        outcome = _trial(trial, kind, rng)
        outcomes[f"{kind}: {outcome}"] = outcomes.get(f"{kind}: {outcome}", 0) + 1
        shutil.rmtree(trial)
    print(f"kill trials: {outcomes}")
    assert outcomes.get("write: killed", 0) == TRIALS_IN_WRITES
    assert sum(v for k, v in outcomes.items() if "killed" in k) >= TRIALS_IN_WRITES + TRIALS_RANDOM // 2


def test_a_second_writer_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    write_reports(raw)
    wh = tmp_path / "wh"
    held = lock(wh)
    try:
        with pytest.raises(WarehouseBusy, match="another policy-themes run is writing"):
            run_etl([raw], settings_for(wh))
    finally:
        held.release()
    run_etl([raw], settings_for(wh))
    assert Warehouse.open(wh).read("meetings").num_rows == len(REPORTS)


def test_readers_see_whole_versions_while_a_run_writes(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    write_reports(raw, many_reports(30))
    wh = tmp_path / "wh"
    run_etl([raw], settings_for(wh))
    write_reports(raw, many_reports(30, offset=30))
    proc = multiprocessing.get_context("fork").Process(target=_child, args=(str(raw), str(wh), None, None))
    proc.start()
    seen = set()
    while proc.is_alive():
        w = Warehouse.open(wh)
        n = w.read("meetings").num_rows
        assert n in (30, 60), n
        seen.add(n)
    proc.join()
    assert Warehouse.open(wh).read("meetings").num_rows == 60


def _hold_lock(wh: str, started: str, seconds: float) -> None:
    with lock(Path(wh)):
        Path(started).touch()
        time.sleep(seconds)


def test_a_second_writer_can_wait_for_the_first(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    write_reports(raw)
    wh, started = tmp_path / "wh", tmp_path / "started"
    holder = multiprocessing.get_context("fork").Process(target=_hold_lock, args=(str(wh), str(started), 1.0))
    holder.start()
    while not started.exists():
        time.sleep(0.01)
    summary = run_etl([raw], settings_for(wh, wait=30.0))
    holder.join()
    assert summary.ok and Warehouse.open(wh).read("meetings").num_rows == len(REPORTS)
