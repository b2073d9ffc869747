"""Build a warehouse version's dashboard indexes before the first page asks for them.

``python -m dashboard.prepare --warehouse DIR`` (run by ``policy-themes dashboard`` before the
server starts): the corpus with its theme matrices, the speech x word and speech x 提法 counts
and the counting texts are written under ``<warehouse>/cache/v<version>/``, so the first visitor
of a new version does not wait for them (about 8 s at 100,000 meetings). Building is idempotent:
an index already built for the version is only opened. No streamlit here.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from dashboard.indexes import corpus, texts, words
from etl.io.warehouse import Warehouse

STEPS: tuple[tuple[str, Callable[[Warehouse], object]], ...] = (
    ("meetings, speeches and theme matrices", corpus.open_corpus),
    ("speech x word counts", lambda wh: words.open_index(wh, "terms")),
    ("speech x 提法 counts", lambda wh: words.open_index(wh, "formulas")),
    ("counting texts", texts.open_texts),
)


def prepare(wh: Warehouse) -> list[tuple[str, float]]:
    """Build (or open) every index of ``wh``'s version; (what, seconds) for each."""
    done = []
    for name, step in STEPS:
        started = time.perf_counter()
        step(wh)
        done.append((name, time.perf_counter() - started))
    return done


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m dashboard.prepare", description=__doc__.split("\n")[0])
    ap.add_argument("--warehouse", type=Path, required=True)
    args = ap.parse_args(argv)
    wh = Warehouse.open(args.warehouse)
    if not wh.exists:
        print(f"{args.warehouse}: no warehouse yet, nothing to prepare")
        return 0
    total = sum(seconds for _, seconds in prepare(wh))
    print(f"dashboard indexes for version {wh.version} ready ({total:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
