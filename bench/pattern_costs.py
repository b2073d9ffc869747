"""What each reading pattern would cost searched over whole pages: the rule of README's Development
section ("a pattern that may start anywhere must begin with something the engine can skip to"),
measured.

Usage: python bench/pattern_costs.py [--top 25] [--chars 500000] [TEXTS ...]

TEXTS are .txt files, folders of them, or .jsonl files (a ``content`` or ``text`` field per row);
by default ../shared/corpora's real reports and national corpora, where they are. They are cut
into pages of at most 4,000 characters (a meeting report's length; a pattern whose cost grows with
the square of the text, such as one that reads to the end of the text at every start, stands out
without taking minutes) and taken up to ``--chars`` characters. Every compiled pattern held at
module level by etl/extract (alone, or in a tuple, list or dict) is searched with ``finditer`` over
every page, three times; the best time is printed per million characters, the slowest first. A pattern the code only ``match``es at a line's start never pays this: the figure
says what it would cost if it were searched, so a pattern near the top that *is* searched over
pages is the one to anchor (see docs/benchmarks.md, "A regression the quiet run caught").
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpora"
DEFAULT_TEXTS = [
    SHARED / "real_reports",
    SHARED / "government_work_reports.jsonl",
    SHARED / "cpc_congress_reports.jsonl",
]


PAGE_CHARS = 4000


def as_pages(texts: list[str], limit: int) -> list[str]:
    """``texts`` cut into pages of at most ``PAGE_CHARS`` characters, up to ``limit`` characters in all."""
    pages: list[str] = []
    total = 0
    for text in texts:
        for i in range(0, len(text), PAGE_CHARS):
            if total >= limit:
                return pages
            pages.append(text[i : i + PAGE_CHARS])
            total += len(pages[-1])
    return pages


def read_texts(paths: list[Path]) -> list[str]:
    texts: list[str] = []
    for path in paths:
        files = sorted(path.rglob("*.txt")) if path.is_dir() else [path]
        for f in files:
            if f.suffix == ".jsonl":
                for line in f.read_text(encoding="utf-8").splitlines():
                    row = json.loads(line) if line.strip() else {}
                    texts.append(str(row.get("content") or row.get("text") or ""))
            else:
                texts.append(f.read_text(encoding="utf-8", errors="replace"))
    return [t for t in texts if t]


def _held(value: object) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
        yield value
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _held(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _held(item)


def reading_patterns() -> dict[str, re.Pattern[str]]:
    """Every distinct pattern etl/extract holds at module level, named ``module.ATTRIBUTE``."""
    import etl.extract

    found: dict[str, re.Pattern[str]] = {}
    seen: set[int] = set()
    for info in pkgutil.walk_packages(etl.extract.__path__, "etl.extract."):
        module = importlib.import_module(info.name)
        for attr, value in vars(module).items():
            for n, pattern in enumerate(_held(value)):
                if id(pattern) not in seen:
                    seen.add(id(pattern))
                    found[f"{info.name.rsplit('.', 1)[-1]}.{attr}" + (f"[{n}]" if n else "")] = pattern
    return found


def search_cost(pattern: re.Pattern[str], texts: list[str], rounds: int = 3) -> float:
    """The best of ``rounds`` timings of searching every text (one, when it takes over a second)."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for text in texts:
            for _ in pattern.finditer(text):
                pass
        best = min(best, time.perf_counter() - start)
        if best > 1.0:
            break
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", nargs="*", type=Path)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--chars", type=int, default=500_000, help="characters of the texts to search")
    args = parser.parse_args(argv)
    paths = args.texts or [p for p in DEFAULT_TEXTS if p.exists()]
    if not paths:
        print(
            f"no texts: pass .txt files, folders or .jsonl files (../shared/corpora is not at {SHARED})",
            file=sys.stderr,
        )
        return 2
    texts = as_pages(read_texts(paths), args.chars)
    chars = sum(map(len, texts))
    patterns = reading_patterns()
    costs = sorted(((search_cost(p, texts), name) for name, p in patterns.items()), reverse=True)
    total = sum(c for c, _ in costs)
    print(f"{len(patterns)} patterns of etl/extract, searched over {len(texts)} pages ({chars / 1e6:.2f} M characters)")
    print(f"all of them: {total / chars * 1e6:.2f} s per M characters\n")
    print(f"{'s per M chars':>13}  {'share':>6}  pattern")
    for cost, name in costs[: args.top]:
        print(f"{cost / chars * 1e6:13.3f}  {cost / total:6.1%}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
