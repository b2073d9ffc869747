"""Time the research pages' queries (dashboard/queries/research.py, topics.py) on a warehouse.

Usage: python bench/research_views_bench.py --warehouse DIR [--runs N]

Opens the corpus as the dashboard does, then per query the first call (what a page pays before
its cache holds the answer) and the median of ``--runs`` more: the panels by year and by tenure,
the meeting x theme matrix, tenures, the alignment, diversity by period and by speaker, the
diffusion of every 提法, the regions' theme and term cosines, and a topic fit with its store and
re-read. Prints one line per query and the peak RSS.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard import queries  # noqa: E402
from dashboard.indexes import corpus as corpus_index  # noqa: E402
from dashboard.queries import Filters  # noqa: E402
from dashboard.queries.topics import TopicSettings, topic_bundle_name  # noqa: E402
from dashboard.storage import bundles  # noqa: E402
from etl.io.warehouse import Warehouse  # noqa: E402


def seconds(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--warehouse", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    wh = Warehouse.open(args.warehouse)
    opened = time.perf_counter()
    c = corpus_index.open_corpus(wh)
    print(
        f"{len(c.meetings):,} meetings, {len(c.speeches):,} speeches; corpus opened in {time.perf_counter() - opened:.2f} s"
    )
    f, themes = Filters(), tuple(c.agg.themes)
    r = queries.research
    settings = TopicSettings(n_topics=10)
    shutil.rmtree(bundles.cache_folder(wh) / topic_bundle_name(f, settings), ignore_errors=True)
    steps: dict[str, Callable[[], object]] = {
        "panel by year": lambda: r.panel(c, f, "year", themes),
        "panel by tenure": lambda: r.panel(c, f, "tenure", themes),
        "meeting x theme matrix": lambda: r.meeting_matrix(c, f, "per10k", themes),
        "tenures": lambda: r.tenure_table(c, f),
        "alignment (12 months)": lambda: r.alignment_lines(c, f, themes, "书记", 12),
        "diversity by period": lambda: r.attention_diversity(c, f, "period", themes),
        "diversity by speaker": lambda: r.attention_diversity(c, f, "speaker", themes),
        "diffusion of every 提法": lambda: r.diffusion_table(wh, c, f, "formula"),
        "regions' theme cosines": lambda: r.similarity_matrix(r.unit_profiles(wh, c, f, "theme", "region"), "theme"),
        "regions' term cosines": lambda: r.similarity_matrix(r.unit_profiles(wh, c, f, "term", "region"), "term"),
        "topics (fit, then stored)": lambda: queries.topics.fitted_topics(wh, c, f, settings),
    }
    print(f"{'query':28} {'first s':>8} {'median s':>9}")
    for name, fn in steps.items():
        first = seconds(fn)
        again = statistics.median(seconds(fn) for _ in range(args.runs))
        print(f"{name:28} {first:8.2f} {again:9.2f}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
