"""Time topic discovery (dashboard/measures/topics.py) on warehouses of several sizes.

Usage: python bench/topics_bench.py [--warehouse DIR ...] [--topics K] [--seed N] [--runs N]

Default warehouses: bench/out/warehouse-720, -30000 and -100000 (``python
bench/make_big_warehouse.py --meetings N``; missing ones are skipped with a message). Each
warehouse is measured in its own child process, so its peak RSS (``resource.getrusage``) is its
own. Per warehouse, the median over ``--runs`` of each step: reading meetings, people, speeches
(speaker only) and terms; building the speech x term matrix (names and places removed);
fitting NMF with K topics (scikit-learn imported before timing); the trend by year and the share
no theme covers; then the matrix size, the NMF iterations and whether the runs gave the same
topics.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's code, also in the child processes
DEFAULT = [ROOT / "bench" / "out" / f"warehouse-{n}" for n in (720, 30000, 100000)]


@contextlib.contextmanager
def timed(times: dict[str, float], step: str) -> Iterator[None]:
    t0 = time.perf_counter()
    yield
    times[step] = times.get(step, 0.0) + time.perf_counter() - t0


def one_run(warehouse: Path, n_topics: int, seed: int) -> tuple[dict[str, float], dict[str, object]]:
    """(seconds per step, what was fitted) of one run from reading the warehouse to the tables."""
    from dashboard.measures.topics import discover_topics, excluded_words, speech_terms, topic_trend, uncovered_share
    from etl.io.warehouse import Warehouse

    times: dict[str, float] = {}
    wh = Warehouse.open(warehouse)
    with timed(times, "read"):
        meetings = wh.read("meetings", ["meeting_id", "date", "region", "is_report"]).to_pandas()
        people = wh.read("people", ["name"]).to_pandas()
        speeches = wh.read("speeches", ["meeting_id", "seq", "speaker"]).to_pandas()
        terms = wh.read("terms").to_pandas()
        themes = wh.read("themes", ["meeting_id", "seq", "count"]).to_pandas()
    with timed(times, "matrix"):
        data = speech_terms(meetings, terms, excluded_words(meetings, people, speeches), speeches=speeches)
    with timed(times, "nmf"):
        topics = discover_topics(data, n_topics, seed=seed)
    with timed(times, "trend+uncovered"):
        topic_trend(topics, meetings, "year")
        uncovered_share(topics, themes)
    fitted = {
        "meetings": len(meetings),
        "speeches": data.counts.shape[0],
        "terms": data.counts.shape[1],
        "nonzero": int(data.counts.nnz),
        "nmf_iterations": topics.settings["n_iter"],
        "words": topics.words.to_json(),
    }
    return times, fitted


def measure(warehouse: Path, n_topics: int, seed: int, runs: int) -> dict[str, object]:
    import sklearn.decomposition  # noqa: F401  (imported before timing: about 1 s once per process)

    results = [one_run(warehouse, n_topics, seed) for _ in range(runs)]
    fitted = results[-1][1]
    steps = {step: statistics.median(r[0][step] for r in results) for step in results[0][0]}
    return {
        **{k: v for k, v in fitted.items() if k != "words"},
        "warehouse": str(warehouse),
        "steps": steps,
        "same_topics": len({r[1]["words"] for r in results}) == 1,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--warehouse", type=Path, action="append")
    ap.add_argument("--topics", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.warehouse[0], args.topics, args.seed, args.runs)))
        return 0
    print(f"cores: {os.cpu_count()}; topics: {args.topics}; runs: {args.runs} (median)")
    print(
        "| meetings | speeches | terms | nonzero | read s | matrix s | NMF s (iterations) | trend+uncovered s | same topics | peak RSS MB |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for warehouse in args.warehouse or DEFAULT:
        if not (warehouse / "manifest.json").exists():
            print(f"(skipped {warehouse}: no warehouse; make it with bench/make_big_warehouse.py)")
            continue
        cmd = [sys.executable, __file__, "--child", "--warehouse", str(warehouse), "--topics", str(args.topics)]
        cmd += ["--seed", str(args.seed), "--runs", str(args.runs)]
        r = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT).stdout)
        s = r["steps"]
        print(
            f"| {r['meetings']:,} | {r['speeches']:,} | {r['terms']:,} | {r['nonzero']:,} | {s['read']:.2f} | "
            f"{s['matrix']:.2f} | {s['nmf']:.2f} ({r['nmf_iterations']}) | {s['trend+uncovered']:.2f} | {r['same_topics']} | {r['peak_rss_mb']:.0f} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
