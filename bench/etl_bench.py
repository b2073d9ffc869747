"""ETL throughput next to the notebook peer and the tokenizer alone, on the same input, in one run.

Usage: python bench/etl_bench.py [--target-chars N] [--runs R] [--workers 1,2] [--out DIR]

The input is ../shared/corpora (government work reports and party congress reports) repeated
until it holds at least --target-chars characters; each copy gets a distinct first line so that
no copy is a repost of another (the ETL would otherwise skip the duplicates' work). The same
JSONL file is given to the notebook peer (../shared/bench/baseline_notebook.py) and to
``policy-themes etl``. Figures are medians of --runs runs, interleaved; ratios are taken within
this one run on this one machine.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BASELINE = SHARED / "bench" / "baseline_notebook.py"
CORPORA = ("government_work_reports.jsonl", "cpc_congress_reports.jsonl")
PY = sys.executable
CLI = [PY, "-m", "etl"]


def build_corpus(out: Path, target_chars: int) -> tuple[Path, int, int]:
    docs = []
    for name in CORPORA:
        for line in (SHARED / "corpora" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                docs.append({"title": row.get("title"), "year": row.get("year"), "content": row.get("content") or ""})
    path = out / "corpus.jsonl"
    chars = n = 0
    with open(path, "w", encoding="utf-8") as fh:
        copy = 0
        while chars < target_chars:
            for d in docs:
                content = f"副本{copy}\n{d['content']}"
                fh.write(json.dumps({**d, "content": content}, ensure_ascii=False) + "\n")
                chars += len(content)
                n += 1
            copy += 1
    return path, chars, n


def timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, str, int]:
    """Wall seconds, stdout, and peak RSS (KiB) of the command and the processes it waited for."""
    probe = (
        "import resource,subprocess,sys,time;t=time.perf_counter();"
        "p=subprocess.run(sys.argv[1:],capture_output=True,text=True);"
        "print(time.perf_counter()-t);print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss);"
        "print(p.returncode);sys.stdout.write(p.stdout+p.stderr)"
    )
    out = subprocess.run([PY, "-c", probe, *cmd], capture_output=True, text=True, env=env, check=True).stdout
    seconds, rss, code, rest = out.split("\n", 3)
    if int(code) not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd)} failed ({code}):\n{rest}")
    return float(seconds), rest, int(rss)


def tokenizer_only(corpus: Path, workers: int) -> float:
    """Seconds for rjieba alone over the same texts (with the policy dictionary), on N processes."""
    script = (
        "import json,sys,time\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "from etl.process import resources_for\n"
        "def cut(texts):\n"
        "    import rjieba\n"
        f"    resources_for({str(ROOT / 'data' / 'codebook')!r})\n"
        "    return sum(len(rjieba.cut(t)) for t in texts)\n"
        "texts=[json.loads(l)['content'] for l in open(sys.argv[1],encoding='utf-8')]\n"
        "n=int(sys.argv[2]);t=time.perf_counter()\n"
        "if n==1: cut(texts)\n"
        "else:\n"
        "    parts=[texts[i::n*8] for i in range(n*8)]\n"
        "    with ProcessPoolExecutor(n) as ex: list(ex.map(cut, parts))\n"
        "print(time.perf_counter()-t)\n"
    )
    out = subprocess.run([PY, "-c", script, str(corpus), str(workers)], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--target-chars", type=int, default=10_000_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = ap.parse_args(argv)
    if not BASELINE.is_file():
        print(f"the notebook peer is not at {BASELINE}; it lives in ../shared/bench", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    corpus, chars, n_docs = build_corpus(args.out, args.target_chars)
    workers = [int(w) for w in args.workers.split(",")]
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"input: {n_docs:,} documents, {chars:,} characters ({corpus})")
    samples: dict[str, list[float]] = {}
    peak: dict[str, int] = {}
    for run in range(args.runs):
        base_out = args.out / "baseline"
        shutil.rmtree(base_out, ignore_errors=True)
        secs, text, rss = timed([PY, str(BASELINE), str(corpus), str(base_out)])
        samples.setdefault("notebook peer (jieba, 1 process)", []).append(secs)
        inner = re.search(r"in ([\d.]+) s", text)
        if inner:
            samples.setdefault("notebook peer, its own timer (excludes start-up)", []).append(float(inner.group(1)))
        for w in workers:
            wh = args.out / f"wh{w}"
            shutil.rmtree(wh, ignore_errors=True)
            secs, _, rss = timed([*CLI, "etl", str(corpus), "--out", str(wh), "--workers", str(w), "--no-progress"])
            key = f"policy-themes etl, {w} worker{'s' if w > 1 else ''}"
            samples.setdefault(key, []).append(secs)
            peak[key] = max(peak.get(key, 0), rss)
            samples.setdefault(f"tokenizer alone (rjieba), {w} process{'es' if w > 1 else ''}", []).append(
                tokenizer_only(corpus, w)
            )
        print(f"run {run + 1}/{args.runs} done", file=sys.stderr)
    wh = args.out / f"wh{workers[-1]}"
    rerun, _, _ = timed([*CLI, "etl", str(corpus), "--out", str(wh), "--workers", str(workers[-1]), "--no-progress"])
    med = {k: statistics.median(v) for k, v in samples.items()}
    print(f"\n{'what':58} {'seconds':>8} {'chars/s':>12}")
    for k, s in med.items():
        print(f"{k:58} {s:8.2f} {chars / s:12,.0f}")
    peer = med["notebook peer (jieba, 1 process)"]
    print("\nratios (same input, same machine, this run):")
    for w in workers:
        ours = med[f"policy-themes etl, {w} worker{'s' if w > 1 else ''}"]
        tok = med[f"tokenizer alone (rjieba), {w} process{'es' if w > 1 else ''}"]
        print(
            f"  {w} worker(s): {peer / ours:5.1f}x the notebook peer; {tok / ours:6.1%} of the tokenizer alone; "
            f"peak RSS {peak[f'policy-themes etl, {w} worker' + ('s' if w > 1 else '')] / 1024:,.0f} MiB"
        )
    if len(workers) > 1:
        one = med[f"policy-themes etl, {workers[0]} worker"]
        many = med[f"policy-themes etl, {workers[-1]} workers"]
        print(f"  {workers[-1]} workers vs {workers[0]}: {one / many:.2f}x")
    full = med[f"policy-themes etl, {workers[-1]} worker" + ("s" if workers[-1] > 1 else "")]
    print(f"  rerun on an unchanged warehouse: {rerun:.2f} s = {rerun / full:.1%} of a full run")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
