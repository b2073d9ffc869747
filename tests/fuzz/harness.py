"""Run fuzz cases through ``process_chunk`` in batches, each in a forked worker under a watchdog.

A batch mixes hostile and good files, as a scraper's folder does. Two clocks bound every file:
inside the worker an interval timer fires when one file takes over ``per_case_s`` (it stops
Python code, pypdf included); outside, the parent kills a worker whose batch overruns (it stops
code stuck in C). A killed or crashed batch is run again one case per worker to find the case.

Each case is then judged: never lost (read, or listed in ``errors``), listed with a message a
user understands, good files read in full, hostile content kept out of the report text.
"""

from __future__ import annotations

import collections
import logging
import multiprocessing
import re
import shutil
import signal
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from etl.contract.model import InputError
from etl.contract.settings import PROJECT_ROOT, Limits
from etl.io.readers.archive import extract_archive
from etl.run import process
from etl.run.process import InputTask, process_chunk, resources_for
from tests.fuzz.cases import FUZZ_MAX_ARCHIVE_FILES, GENERATORS, LEAK_MARKERS, Case, Spec, build

logging.getLogger("pypdf").setLevel(logging.ERROR)  # it logs every repair it makes
CODEBOOK = PROJECT_ROOT / "data" / "codebook"
LIMITS = Limits(max_archive_files=FUZZ_MAX_ARCHIVE_FILES, max_archive_bytes=200 * 1024 * 1024)
# A message naming Python's insides is not one a user understands.
INTERNALS = re.compile(
    r"Traceback|File \"|\.py\b|line \d+, in|<module>|object at 0x|site-packages|\b[A-Z]\w*(?:Error|Exception)\b"
)
# The safety nets' wording: an exception no reader expected (a bug to fix, even though caught).
SAFETY_NET = re.compile(
    r"^unexpected |could not read the file \(|could not process this report \(|could not be unpacked \("
)
FAILURES = ("crash", "hang", "lost", "wrong", "unexpected", "bad-message", "leak", "escape")


@dataclass(frozen=True)
class Outcome:
    index: int
    kind: str
    status: str  # ok, or one of FAILURES
    listed: bool  # named in the errors table
    processed: int  # reports read from it
    good: bool  # a known-good file (or a known-good row) read in full
    seconds: float = 0.0
    detail: str = ""


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(o.status == status for o in self.outcomes)

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status != "ok"]

    def lines(self) -> list[str]:
        by_kind = collections.Counter(o.kind.split("_")[0] for o in self.outcomes)
        slowest = max(self.outcomes, key=lambda o: o.seconds, default=None)
        out = [
            f"inputs tried: {len(self.outcomes):,} in {self.seconds:.1f} s",
            "  by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(by_kind.items())),
            f"crashes: {self.count('crash')}",
            f"hangs: {self.count('hang')}",
            f"unexpected exceptions caught by a safety net: {self.count('unexpected')}",
            f"lost (neither read nor listed): {self.count('lost')}",
            f"wrong outcome (good refused / bad read): {self.count('wrong')}",
            f"messages naming Python internals: {self.count('bad-message')}",
            f"script or entity text leaked into a report: {self.count('leak')}",
            f"archive entries written outside the destination: {self.count('escape')}",
            f"files listed in errors: {sum(o.listed for o in self.outcomes):,}",
            f"good files processed in full: {sum(o.good for o in self.outcomes):,}",
        ]
        if slowest:
            out.append(f"slowest file: {slowest.seconds:.2f} s ({slowest.kind})")
        out += [f"FAIL {o.status}: #{o.index} {o.kind}: {o.detail}" for o in self.failures[:30]]
        return out


class CaseHang(BaseException):  # a BaseException: no `except Exception` swallows it
    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


# --- inside the worker -----------------------------------------------------------------------


def _on_alarm(signum: int, frame: Any) -> None:
    raise CaseHang(_current[0])


_current = [""]


_ORIGINAL_PROCESS_INPUT = process.process_input


def _timed(times: dict[str, float], per_case_s: float):  # type: ignore[no-untyped-def]
    original = _ORIGINAL_PROCESS_INPUT

    def timed(task: InputTask, *args: Any) -> Any:
        _current[0] = task.path
        started = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, per_case_s)
        try:
            return original(task, *args)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            times[task.path] = time.perf_counter() - started

    return timed


def write_cases(
    cases: Sequence[tuple[int, Case]], folder: Path, limits: Limits
) -> tuple[dict[int, list[str]], dict[int, str]]:
    """Write the cases; unpack the zips. Returns index -> input paths, index -> archive refusal."""
    inputs: dict[int, list[str]] = {}
    refusals: dict[int, str] = {}
    for index, case in cases:
        path = folder / "in" / case.name(index)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(case.data)
        if case.suffix != ".zip":
            inputs[index] = [str(path)]
            continue
        try:
            inputs[index] = [str(p) for p in extract_archive(path, folder / "unzipped" / str(index), limits)]
        except InputError as err:
            inputs[index], refusals[index] = [], err.message
    return inputs, refusals


Item = Case | Spec  # a case, or the spec to build it from (built in the worker, in parallel)


def _kind(item: Item) -> str:
    return item.kind if isinstance(item, Case) else item[0]


def run_batch(items: Sequence[tuple[int, Item]], root: Path, limits: Limits, per_case_s: float) -> dict[str, Any]:
    """Process one batch in this process; return outcomes, or the hanging path, or the crash."""
    cases = [(i, item if isinstance(item, Case) else build(item)) for i, item in items]
    folder = Path(tempfile.mkdtemp(dir=root))
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # it logs every repair it makes
    times: dict[str, float] = {}
    previous_handler = signal.signal(signal.SIGALRM, _on_alarm)
    process.process_input = _timed(times, per_case_s)  # process_chunk looks it up per call
    try:
        inputs, refusals = write_cases(cases, folder, limits)
        escaped = _escaped(folder)
        tasks = [InputTask(p, {}) for paths in inputs.values() for p in paths]
        result = process_chunk(tasks, str(CODEBOOK), limits)
        outcomes = [judge(i, c, inputs[i], refusals.get(i), result.tables, times, escaped) for i, c in cases]
        return {"outcomes": outcomes}
    except CaseHang as hang:
        index = next(i for i, paths in inputs.items() if hang.path in paths)
        return {"hang": index}
    except Exception as exc:
        return {"crash": f"{type(exc).__name__}: {exc}"}
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        process.process_input = _ORIGINAL_PROCESS_INPUT
        shutil.rmtree(folder, ignore_errors=True)


def _escaped(folder: Path) -> bool:
    """Whether unpacking wrote anything outside in/ and unzipped/<case>/."""
    for path in folder.rglob("*"):
        rel = path.relative_to(folder).parts
        if rel[0] == "in" or (rel[0] == "unzipped" and (len(rel) == 1 or rel[1].isdigit())):
            continue
        return True
    return False


def _rows_by_input(tables: dict[str, Any]) -> tuple[dict[str, list[str]], dict[str, int], dict[str, list[str]]]:
    errors: dict[str, list[str]] = collections.defaultdict(list)
    for inp, msg in zip(tables["errors"]["input"].to_pylist(), tables["errors"]["message"].to_pylist(), strict=True):
        errors[inp].append(msg)
    read: dict[str, int] = collections.Counter(tables["sources"]["input"].to_pylist())
    texts: dict[str, list[str]] = collections.defaultdict(list)
    by_id = dict(zip(tables["meetings"]["meeting_id"].to_pylist(), tables["meetings"]["text"].to_pylist(), strict=True))
    for mid, inp in zip(
        tables["sources"]["meeting_id"].to_pylist(), tables["sources"]["input"].to_pylist(), strict=True
    ):
        if mid in by_id:
            texts[inp].append(by_id[mid])
    return errors, read, texts


def judge(
    index: int,
    case: Case,
    paths: list[str],
    refusal: str | None,
    tables: dict[str, Any],
    times: dict[str, float],
    escaped: bool,
) -> Outcome:
    errors, read, texts = _rows_by_input(tables)
    messages = [m for p in paths for m in errors.get(p, [])] + ([refusal] if refusal else [])
    processed = sum(read.get(p, 0) for p in paths)
    seconds = max((times.get(p, 0.0) for p in paths), default=0.0)

    def outcome(status: str, good: bool = False, detail: str = "") -> Outcome:
        return Outcome(index, case.kind, status, bool(messages), processed, good, seconds, detail[:300])

    if escaped:
        return outcome("escape", detail="a file appeared outside the archive's destination")
    if unexpected := [m for m in messages if SAFETY_NET.search(m)]:
        return outcome("unexpected", detail=unexpected[0])
    if bad := [m for m in messages if not m.strip() or INTERNALS.search(m)]:
        return outcome("bad-message", detail=repr(bad[0]))
    if leaked := [mk for p in paths for t in texts.get(p, []) for mk in LEAK_MARKERS if mk in t]:
        return outcome("leak", detail=leaked[0])
    verdict = _verdict(case, paths, messages, processed, errors)
    if verdict:
        return outcome("wrong" if verdict != "lost" else "lost", detail=f"{verdict}; messages: {messages[:3]}")
    good = case.expect in ("good", "unpacked") or (case.expect == "rows" and "good" in case.rows)
    return outcome("ok", good=good)


def _verdict(case: Case, paths: list[str], messages: list[str], processed: int, errors: dict[str, list[str]]) -> str:
    """Empty when the case came out as expected, else what went wrong."""
    listed = bool(messages)
    if case.expect == "good" and (processed != case.reports or listed):
        return f"a good file gave {processed} of {case.reports} reports"
    if case.expect == "bad" and (processed or not listed):
        return f"a bad file gave {processed} reports and {len(messages)} errors"
    if case.expect == "refused" and (paths or not listed):
        return "an unsafe archive was unpacked"
    if case.expect == "unpacked" and (listed or not paths or processed != len(paths)):
        return f"a good archive gave {len(paths)} files, {processed} reports"
    if case.expect == "rows":
        want_good, want_bad = case.rows.count("good"), case.rows.count("bad")
        n_errors = len(messages)
        if processed + n_errors != len(case.rows) or processed < want_good or n_errors < want_bad:
            return f"rows {case.rows}: {processed} read, {n_errors} errors"
    if case.expect in ("any", "either") and paths and not all(p in errors or processed for p in paths):
        return "lost"
    if case.expect == "any" and not paths:
        return "lost"
    if case.expect == "any" and not listed and not processed:
        return "lost"
    return ""


# --- the parent: batches, workers, watchdog --------------------------------------------------


def _child(conn: Connection, cases: Sequence[tuple[int, Item]], root: Path, limits: Limits, per_case_s: float) -> None:
    conn.send(run_batch(cases, root, limits, per_case_s))
    conn.close()


@dataclass
class _Job:
    cases: list[tuple[int, Item]]
    proc: Any
    conn: Connection
    deadline: float


def run_cases(
    cases: Iterable[Item],
    workers: int = 2,
    batch_size: int = 200,
    per_case_s: float = 30.0,
    limits: Limits = LIMITS,
) -> Report:
    """Every case through ``process_chunk``, ``batch_size`` to a forked worker, ``workers`` at once."""
    started = time.perf_counter()
    root = Path(tempfile.mkdtemp(prefix="fuzz-", dir=_scratch()))
    _warm(root, limits)
    indexed = list(enumerate(cases))
    queue = [indexed[i : i + batch_size] for i in range(0, len(indexed), batch_size)]
    outcomes: dict[int, Outcome] = {}
    ctx = multiprocessing.get_context("fork")
    jobs: list[_Job] = []
    try:
        while queue or jobs:
            while queue and len(jobs) < workers:
                batch = queue.pop()
                parent, child = ctx.Pipe(duplex=False)
                proc = ctx.Process(target=_child, args=(child, batch, root, limits, per_case_s))
                proc.start()
                child.close()
                jobs.append(_Job(batch, proc, parent, time.monotonic() + per_case_s * 2 + 0.5 * len(batch)))
            time.sleep(0.01)
            for job in list(jobs):
                result = _poll(job)
                if result is None:
                    continue
                jobs.remove(job)
                queue += _settle(job.cases, result, outcomes)
    finally:
        for job in jobs:
            job.proc.kill()
        shutil.rmtree(root, ignore_errors=True)
    return Report([outcomes[i] for i in sorted(outcomes)], time.perf_counter() - started)


_SCRATCH = Path("/dev/shm")


def _scratch() -> Path | None:
    """/dev/shm when it has room (containers often give it 64 MB), else the usual temp folder."""
    try:
        return _SCRATCH if shutil.disk_usage(_SCRATCH).free > 512 * 1024 * 1024 else None
    except OSError:
        return None


_WARM_KINDS = ("good-", "malformed-", "parquet-columns", "archive", "script-html", "odd-dates")


def _warm(root: Path, limits: Limits) -> None:
    """Import the parsers and build the tokenizer once, here: every forked worker inherits them."""
    resources_for(str(CODEBOOK))
    kinds = [k for k in GENERATORS if k.startswith(_WARM_KINDS)]
    run_batch([(i, (kind, i)) for i, kind in enumerate(kinds)], root, limits, 60.0)


def _poll(job: _Job) -> dict[str, Any] | None:
    """The worker's answer; a watchdog or death answer when it overran or died; None while busy."""
    if job.conn.poll():
        try:
            result: dict[str, Any] = job.conn.recv()
        except EOFError:
            result = {"crash": f"the worker died (exit code {job.proc.exitcode})"}
        job.proc.join()
        return result
    if time.monotonic() > job.deadline:
        job.proc.kill()
        job.proc.join()
        return {"watchdog": True}
    if not job.proc.is_alive():
        job.proc.join()
        if job.conn.poll():
            return None  # its answer arrived as it exited
        return {"crash": f"the worker died (exit code {job.proc.exitcode})"}
    return None


def _settle(
    batch: list[tuple[int, Item]], result: dict[str, Any], outcomes: dict[int, Outcome]
) -> list[list[tuple[int, Item]]]:
    """Record a batch's outcomes; return the batches to run again."""
    if "outcomes" in result:
        outcomes.update((o.index, o) for o in result["outcomes"])
        return []
    if "hang" in result:
        index = result["hang"]
        kind = _kind(dict(batch)[index])
        outcomes[index] = Outcome(index, kind, "hang", False, 0, False, 0.0, "over the per-file time limit")
        rest = [(i, c) for i, c in batch if i != index]
        return [rest] if rest else []
    if len(batch) > 1:  # killed or crashed: run each case alone to find which
        return [[item] for item in batch]
    index, case = batch[0]
    status, detail = ("hang", "killed by the watchdog") if "watchdog" in result else ("crash", result["crash"])
    outcomes[index] = Outcome(index, _kind(case), status, False, 0, False, 0.0, detail)
    return []
