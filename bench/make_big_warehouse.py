"""Build a large synthetic warehouse for the dashboard benchmark.

Usage: python bench/make_big_warehouse.py [--meetings N] [--out DIR] [--workers W]

Step 1 writes the demo corpus (``etl.demo.write_demo``) with N meetings under DIR/demo-N;
step 2 runs ``policy-themes etl`` on it into DIR/warehouse-N. A step whose output already
exists is skipped, so an interrupted run resumes where it stopped. Outputs live under
bench/out/ (git-ignored).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from etl.demo import write_demo

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "bench" / "out"


def make_corpus(folder: Path, n_meetings: int) -> None:
    if (folder / "sidecar.csv").exists() and (folder / "ground_truth.jsonl").exists():
        print(f"corpus exists: {folder}", flush=True)
        return
    t0 = time.perf_counter()
    write_demo(folder, n_meetings=n_meetings, progress=lambda n: print(f"  {n} meetings", flush=True))
    print(f"corpus written in {time.perf_counter() - t0:.0f} s: {folder}", flush=True)


def make_warehouse(corpus: Path, warehouse: Path, workers: int) -> None:
    if (warehouse / "manifest.json").exists():
        print(f"warehouse exists: {warehouse}", flush=True)
        return
    cmd = [
        sys.executable,
        "-m",
        "etl",
        "etl",
        str(corpus / "raw"),
        "--sidecar",
        str(corpus / "sidecar.csv"),
        "--out",
        str(warehouse),
        "--workers",
        str(workers),
        "--no-progress",
    ]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT)
    print(f"warehouse built in {time.perf_counter() - t0:.0f} s: {warehouse}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    corpus = args.out / f"demo-{args.meetings}"
    warehouse = args.out / f"warehouse-{args.meetings}"
    make_corpus(corpus, args.meetings)
    make_warehouse(corpus, warehouse, args.workers)
    print(warehouse)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
