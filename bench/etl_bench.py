"""ETL throughput next to the notebook peer and the tokenizer alone, on the same input, in one run.

Usage: python bench/etl_bench.py [--target-chars N] [--with-50m] [--runs R] [--workers 1,2] [--out DIR]

The input is ../shared/corpora (government work reports and party congress reports) repeated
until it holds at least --target-chars characters (10 M; 2 M for a quick look); each document of
each copy gets a first sentence of its own (本文为第N份副本。, N its row, which the reading keeps)
so that no copy is a repost of another (the ETL would otherwise skip the duplicates' work). It is written in three forms: one
JSONL file, one CSV file and 100 JSONL files.
The JSONL file is the notebook peer's input (../shared/bench/baseline_notebook.py); ``policy-themes
etl`` reads each form on each worker count. ``--with-50m`` measures at 50 M characters too. Figures
are medians of --runs runs, interleaved; ratios are taken within this one run on this one machine.
The rerun, 1% new files and recount are taken once at every size, on the folder form, and printed
together at the end (the first size first); the half-input memory figures at the first size.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BASELINE = SHARED / "bench" / "baseline_notebook.py"
CORPORA = ("government_work_reports.jsonl", "cpc_congress_reports.jsonl")
PY = sys.executable
CLI = [PY, "-m", "etl"]


N_FILES = 100  # the folder form: this many JSONL files; 1% is one file
FORMS = ("one JSONL", "one CSV", f"{N_FILES} files")


def build_corpus(out: Path, target_chars: int) -> tuple[dict[str, Path], int, int]:
    """Write the corpus as one JSONL file (also the peer's input), one CSV file and a folder of
    N_FILES JSONL files, each form in a folder of its own."""
    docs = []
    for name in CORPORA:
        for line in (SHARED / "corpora" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                docs.append({"title": row.get("title"), "year": row.get("year"), "content": row.get("content") or ""})
    rows = []
    chars = 0
    while chars < target_chars:
        for d in docs:
            # A sentence the reading keeps: a bare 副本3 line above the headline is furniture's shape
            # (etl/extract/cleaning/line_shapes.py cuts it), and the copies would then be reposts of each other.
            # Numbered by row, not by copy: a sentence that every document of one copy shares is the corpus's
            # boilerplate (etl/extract/cleaning/evidence.py cuts it), and the copies would again be reposts.
            content = f"本文为第{len(rows)}份副本。\n{d['content']}"
            rows.append({**d, "content": content})
            chars += len(content)
    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in rows]
    forms = dict(zip(FORMS, (out / "one-jsonl", out / "one-csv", out / "corpus"), strict=True))
    for folder in forms.values():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    (forms[FORMS[0]] / "corpus.jsonl").write_text("".join(lines), encoding="utf-8")
    with open(forms[FORMS[1]] / "corpus.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, ["title", "year", "content"])
        writer.writeheader()
        writer.writerows(rows)
    for i in range(N_FILES):
        (forms[FORMS[2]] / f"part-{i:03d}.jsonl").write_text("".join(lines[i::N_FILES]), encoding="utf-8")
    return forms, chars, len(rows)


def extra_file(folder: Path, rows_like: Path) -> Path:
    """One more file of the same size as the others, with new copies: 1% new input."""
    lines = rows_like.read_text(encoding="utf-8").splitlines()
    new = [
        json.dumps({**json.loads(x), "content": "新增" + json.loads(x)["content"]}, ensure_ascii=False) for x in lines
    ]
    path = folder / "part-new.jsonl"
    path.write_text("\n".join(new) + "\n", encoding="utf-8")
    return path


@dataclass
class Measured:
    seconds: float  # wall-clock, start-up included
    cpu: float  # user + system seconds of the command and every process it started
    main_cpu: float  # of the command's own process
    peak_process: int  # largest resident set of any one process, bytes
    peak_total: int  # largest sum of proportional set sizes of all its processes (shared pages split), bytes
    output: str


def timed(cmd: list[str]) -> Measured:
    """Run ``cmd``, polling it and its child processes (pool workers too).

    Resident sets every 50 ms; the proportional set sizes (forked workers share most pages,
    which resident sets count once per process) every second, as reading them costs ~5 ms each.
    """
    log = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115 - a pipe could fill up while we poll
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, text=True)
    root = psutil.Process(proc.pid)
    cpu: dict[int, float] = {}
    peak_process = peak_total = 0
    polls = 0
    while proc.poll() is None:
        total = 0
        polls += 1
        try:
            procs = [root, *root.children(recursive=True)]
        except psutil.Error:
            procs = []
        for p in procs:
            try:
                with p.oneshot():
                    rss = p.memory_info().rss
                    times = p.cpu_times()
                    if polls % 20 == 1:
                        total += p.memory_full_info().pss
            except psutil.Error:
                continue
            cpu[p.pid] = times.user + times.system
            peak_process = max(peak_process, rss)
        peak_total = max(peak_total, total)
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    log.seek(0)
    out = log.read()
    log.close()
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{out}")
    return Measured(seconds, sum(cpu.values()), cpu.get(proc.pid, 0.0), peak_process, peak_total, out)


def tokenizer_only(corpus: Path, workers: int) -> float:
    """Seconds for rjieba alone over the same texts (with the policy dictionary), on N processes."""
    script = (
        "import json,sys,time\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "from etl.run.process import resources_for\n"
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
    ap.add_argument("--target-chars", type=int, default=10_000_000, help="size of the corpus (2000000: quick mode)")
    ap.add_argument("--with-50m", action="store_true", help="measure at 50 M characters too (about 10 minutes more)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = ap.parse_args(argv)
    if not BASELINE.is_file():
        print(f"the notebook peer is not at {BASELINE}; it lives in ../shared/bench", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    workers = [int(w) for w in args.workers.split(",")]
    sizes = [args.target_chars, *([50_000_000] if args.with_50m and args.target_chars != 50_000_000 else [])]
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, load average {os.getloadavg()[0]:.1f}")
    book = args.out / "codebook"
    shutil.rmtree(book, ignore_errors=True)
    shutil.copytree(ROOT / "data" / "codebook", book)
    short = [measure_size(args, size, workers, book, first=i == 0) for i, size in enumerate(sizes)]
    print_short_paths(short, workers[-1])
    return 0


def etl_command(source: Path, wh: Path, w: int, book: Path) -> list[str]:
    return [*CLI, "etl", str(source), "--out", str(wh), "--workers", str(w), "--codebook", str(book), "--no-progress"]


def measure_size(args: argparse.Namespace, size: int, workers: list[int], book: Path, first: bool) -> ShortPaths:
    """Every form on 1 and 2 workers, the peer and the tokenizer, interleaved, at one size."""
    forms, chars, n_docs = build_corpus(args.out, size)
    corpus = forms[FORMS[0]] / "corpus.jsonl"
    print(f"\ninput: {n_docs:,} documents, {chars:,} characters, as {', '.join(FORMS)} (the peer reads the JSONL)")
    samples: dict[str, list[float]] = {}
    runs: dict[str, list[Measured]] = {}
    for run in range(args.runs):
        base_out = args.out / "baseline"
        shutil.rmtree(base_out, ignore_errors=True)
        samples.setdefault(PEER, []).append(timed([PY, str(BASELINE), str(corpus), str(base_out)]).seconds)
        for w in workers:
            for form, folder in forms.items():
                wh = args.out / f"wh-{FORMS.index(form)}-{w}"
                shutil.rmtree(wh, ignore_errors=True)
                m = timed(etl_command(folder, wh, w, book))
                samples.setdefault(ours(form, w), []).append(m.seconds)
                runs.setdefault(ours(form, w), []).append(m)
            samples.setdefault(tok(w), []).append(tokenizer_only(corpus, w))
        print(f"run {run + 1}/{args.runs} at {size:,} characters done", file=sys.stderr)
    med = {k: statistics.median(v) for k, v in samples.items()}
    print(f"load average after the runs: {os.getloadavg()[0]:.1f} (other work on the machine skews wall-clock ratios)")
    print_throughput(med, runs, chars, workers)
    full = runs[ours(FORMS[2], workers[-1])]
    median_full = sorted(full, key=lambda r: r.seconds)[len(full) // 2]
    return short_paths(args, forms[FORMS[2]], workers[-1], book, chars, first, median_full)


def print_throughput(med: dict[str, float], runs: dict[str, list[Measured]], chars: int, workers: list[int]) -> None:
    print(f"\n{'what':48} {'seconds':>8} {'chars/s':>12}")
    for k, secs in med.items():
        print(f"{k:48} {secs:8.2f} {chars / secs:12,.0f}")
    peer = med[PEER]
    print("\nratios (same input, same machine, this run):")
    print(f"  {'form':12} {'workers':>7} {'x peer':>7} {'of tokenizer':>13} {'2 vs 1':>7}")
    for form in FORMS:
        for n in workers:
            scale = med[ours(form, workers[0])] / med[ours(form, n)] if n != workers[0] else None
            print(
                f"  {form:12} {n:7d} {peer / med[ours(form, n)]:6.1f}x {med[tok(n)] / med[ours(form, n)]:12.1%} "
                + (f"{scale:6.2f}x" if scale else "      -")
            )
    print("  goals: 10x the peer in every form; 35% of the tokenizer; 2 workers 1.7x one")
    print("\nCPU and memory (median run; largest resident set of one process, sum of proportional sets of all):")
    for form in FORMS:
        for n in workers:
            ms = runs[ours(form, n)]
            m = sorted(ms, key=lambda r: r.seconds)[len(ms) // 2]
            print(
                f"  {form:12} {n} worker(s): {m.cpu:5.1f} CPU s ({m.main_cpu:4.1f} in the main process), "
                f"largest process {max(r.peak_process for r in ms) / 2**20:,.0f} MiB, "
                f"all processes {max(r.peak_total for r in ms) / 2**20:,.0f} MiB"
            )


@dataclass
class ShortPaths:
    """The short paths on the folder form at one size, beside its full run (the median one)."""

    chars: int
    full: Measured
    rerun: Measured
    added: Measured
    recount: Measured


def short_paths(
    args: argparse.Namespace, folder: Path, w: int, book: Path, chars: int, first: bool, full: Measured
) -> ShortPaths:
    """Rerun, 1% new files and recount on the warehouse of the folder form's last full run; at
    the first size, memory on half the input too."""
    wh = args.out / f"wh-{FORMS.index(FORMS[2])}-{w}"
    rerun = timed(etl_command(folder, wh, w, book))
    added = extra_file(folder, folder / "part-000.jsonl")
    plus_one = timed(etl_command(folder, wh, w, book))
    added.unlink()
    edited = args.out / "codebook-edited"
    shutil.rmtree(edited, ignore_errors=True)
    shutil.copytree(book, edited)
    with open(edited / "themes.csv", "a", encoding="utf-8") as fh:
        fh.write("基准测试主题,Benchmark theme,高质量发展|营商环境|新质生产力\n")
    recount = timed([*CLI, "recount", "--warehouse", str(wh), "--codebook", str(edited), "--workers", str(w)])
    if first:
        half = args.out / "corpus-half"
        shutil.rmtree(half, ignore_errors=True)
        half.mkdir()
        for f in sorted(folder.glob("*.jsonl"))[: N_FILES // 2]:
            shutil.copy(f, half / f.name)
        shutil.rmtree(args.out / "wh-half", ignore_errors=True)
        halved = timed(etl_command(half, args.out / "wh-half", w, book))
        print(
            f"  {FORMS[2]:12} {w} worker(s), half the input: largest process {halved.peak_process / 2**20:,.0f} MiB, "
            f"all processes {halved.peak_total / 2**20:,.0f} MiB (flat in corpus size when these match the line above)"
        )
    return ShortPaths(chars, full, rerun, plus_one, recount)


def print_short_paths(sizes: list[ShortPaths], w: int) -> None:
    """The rerun, 1% new files and recount at every size (the first size first), and start-up."""
    print(f"\nshort paths ({FORMS[2]}, {w} worker(s); seconds wall-clock, CPU s of every process):")
    print(f"  {'path':32} {'characters':>11} {'seconds':>8} {'CPU s':>6} {'of full run':>12}  goal")
    for s in sizes:
        size = f"{s.chars / 1e6:.0f} M"
        print(f"  {'full run':32} {size:>11} {s.full.seconds:8.2f} {s.full.cpu:6.2f} {'':>12}")
        for name, m, goal in (
            ("rerun on an unchanged warehouse", s.rerun, "<= 5%"),
            ("adding 1% new files", s.added, "<= 5%"),
        ):
            print(f"  {name:32} {size:>11} {m.seconds:8.2f} {m.cpu:6.2f} {m.seconds / s.full.seconds:12.1%}  {goal}")
        faster = s.full.seconds / s.recount.seconds
        print(
            f"  {'recount after a codebook edit':32} {size:>11} {s.recount.seconds:8.2f} {s.recount.cpu:6.2f} "
            f"{faster:11.1f}x  >= 20x faster"
        )
    # What the short paths load: a rerun that finds a change or a recount the pipeline, an addition
    # the workers' modules too (neither loads pandas: etl/contract/arrow_values.py); an unchanged
    # rerun only the command line and its stamp (etl/run/rerun_stamp.py).
    stamp = timed([PY, "-c", "import etl.run.cli, etl.run.rerun_stamp"]).seconds
    startup = timed([PY, "-c", "import etl.run.cli, etl.run.pipeline"]).seconds
    startup_read = timed(
        [PY, "-c", "import etl.run.cli, etl.run.pipeline, etl.run.process, etl.run.fingerprint"]
    ).seconds
    print(
        f"  Python start-up with the command line and the rerun stamp: {stamp:.2f} s; with the pipeline: "
        f"{startup:.2f} s ({startup_read:.2f} s with the modules that read reports, as an addition loads them)"
    )


PEER = "notebook peer (jieba, 1 process)"


def ours(form: str, w: int) -> str:
    return f"policy-themes etl, {form}, {w} worker{'s' if w > 1 else ''}"


def tok(w: int) -> str:
    return f"tokenizer alone (rjieba), {w} process{'es' if w > 1 else ''}"


if __name__ == "__main__":
    raise SystemExit(main())
