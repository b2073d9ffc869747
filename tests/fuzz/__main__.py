"""``python -m tests.fuzz``: the reliability figures - fuzzing, kill trials, a second writer.

Usage: python -m tests.fuzz [--cases N] [--seed S] [--workers W] [--no-kill-trials]
Exit status 1 when any input crashed, hung, was lost or was misjudged.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from etl.contract.settings import PROJECT_ROOT
from tests.fuzz.cases import plan
from tests.fuzz.harness import run_cases


def _args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m tests.fuzz", description=__doc__.splitlines()[0])
    p.add_argument("--cases", type=int, default=10_500, help="inputs to generate (default 10,500)")
    p.add_argument("--seed", type=int, default=20261127, help="same seed, same inputs")
    p.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    p.add_argument("--batch-size", type=int, default=400, help="inputs per process_chunk call")
    p.add_argument("--per-file-s", type=float, default=30.0, help="time one file may take before it counts as a hang")
    p.add_argument("--no-kill-trials", action="store_true", help="skip the SIGKILL trials of tests/test_crash.py")
    return p.parse_args(argv)


def kill_trials() -> str:
    """Run the SIGKILL trials (tests/test_crash.py) and return their summary line."""
    cmd = [sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", "tests/test_crash.py",
           "-k", "sigkill"]  # fmt: skip
    done = subprocess.run(cmd, cwd=PROJECT_ROOT, capture_output=True, text=True, check=False)
    line = next((m.group(0) for m in re.finditer(r"kill trials: .*", done.stdout)), "kill trials: no summary printed")
    verdict = "passed" if done.returncode == 0 else f"FAILED (pytest exit {done.returncode})"
    return f"{line} - {verdict}"


def second_writer() -> str:
    """Start a run on a warehouse another run holds: it must be refused, the warehouse untouched."""
    from etl.io.warehouse import WarehouseBusy, lock
    from etl.run.pipeline import run_etl
    from tests.conftest import settings_for
    from tests.reports import write_reports

    with tempfile.TemporaryDirectory() as tmp:
        raw, wh = Path(tmp) / "raw", Path(tmp) / "wh"
        write_reports(raw)
        held = lock(wh)
        try:
            run_etl([raw], settings_for(wh))
        except WarehouseBusy as exc:
            return f"concurrent run: refused with WarehouseBusy ({exc})"
        finally:
            held.release()
    return "concurrent run: NOT refused - two writers could interleave"


def main(argv: Sequence[str] | None = None) -> int:
    args = _args(argv)
    report = run_cases(plan(args.seed, args.cases), args.workers, args.batch_size, args.per_file_s)
    for line in report.lines():
        print(line, flush=True)
    concurrent = second_writer()
    print(concurrent, flush=True)
    trials = "kill trials: skipped" if args.no_kill_trials else kill_trials()
    print(trials)
    ok = not report.failures and "refused" in concurrent and "FAILED" not in trials
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
