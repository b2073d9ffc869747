"""What a run will read: the inputs found, which changed, the meetings they hand on, the tasks.

Pure planning over the warehouse's inputs and sources tables; no input is read here (a large
table file is only cut into byte or row ranges). ``etl/run/pipeline.py`` runs the plan.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from etl.contract import schema
from etl.contract.model import InputTask
from etl.contract.settings import Limits, Settings
from etl.count.codebook import CodebookFiles
from etl.io.inventory import survey
from etl.io.readers import TABLE_SUFFIXES, count_items, input_suffix
from etl.io.readers.ranges import byte_ranges
from etl.io.warehouse import Warehouse
from etl.run import recount


def discover(paths: Iterable[Path], exclude: Iterable[Path] = ()) -> list[Path]:
    """Supported files under ``paths`` (folders recursively), sorted, hidden files skipped.

    ``exclude`` names folders (the warehouse) and files (the sidecar) that are never inputs.
    """
    return survey(paths, exclude).files


def gone_inputs(roots: Iterable[Path], files: Iterable[Path], previous: Iterable[str]) -> set[str]:
    """Inputs of earlier runs under ``roots`` (or equal to one) that no longer exist there."""
    here = {str(f) for f in files}
    under = [r.absolute() for r in roots]
    return {
        p for p in previous if p not in here and any(Path(p).is_relative_to(r) for r in under) and not Path(p).exists()
    }


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def changed_inputs(files: Sequence[Path], previous: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """Inputs that are new or whose content changed since the last run."""
    out = []
    for f in files:
        prev = previous.get(str(f))
        try:
            st = f.stat()
        except OSError:
            out.append(str(f))
            continue
        if prev and prev["size"] == st.st_size and prev["mtime_ns"] == st.st_mtime_ns:
            continue
        if prev and prev["size"] == st.st_size and prev["sha256"] == _sha256(f):
            continue
        out.append(str(f))
    return out


@dataclass(frozen=True)
class Owners:
    """Where each meeting's rows come from: the input of its first source, and all its inputs."""

    first: dict[str, str]
    inputs: dict[str, set[str]]

    @classmethod
    def of(cls, base: Warehouse) -> Owners:
        sources = base.read(schema.SOURCES.name, ["meeting_id", "source", "input"])
        meetings = base.read(schema.MEETINGS.name, ["meeting_id", "source"])
        where: dict[tuple[str, str], str] = {}
        inputs: dict[str, set[str]] = {}
        for m, src, inp in zip(*(sources[c].to_pylist() for c in ("meeting_id", "source", "input")), strict=True):
            where[(m, src)] = inp
            inputs.setdefault(m, set()).add(inp)
        pairs = zip(meetings["meeting_id"].to_pylist(), meetings["source"].to_pylist(), strict=True)
        return cls({m: where[(m, src)] for m, src in pairs if (m, src) in where}, inputs)


def closure(todo: set[str], owners: Owners) -> tuple[set[str], set[str]]:
    """Extend ``todo`` with inputs holding other sources of meetings any of whose sources changes
    (the merged metadata takes every copy: etl/run/reposts.py).

    Returns (inputs to read, meeting ids to delete from the warehouse).
    """
    while True:
        orphaned = {m for m, inputs in owners.inputs.items() if not inputs.isdisjoint(todo)}
        extra = {inp for m in orphaned for inp in owners.inputs.get(m, ())} - todo
        if not extra:
            return todo, orphaned
        todo |= extra


def plan_tasks(
    paths: Iterable[str], hints_for: Callable[[Path], Mapping[str, str]] | None, settings: Settings
) -> list[InputTask]:
    """One task per input; a table file larger than a chunk becomes several row ranges."""
    chunk_bytes = settings.chunk_chars * 3
    tasks: list[InputTask] = []
    for p in sorted(paths):
        path = Path(p)
        hints = dict(hints_for(path)) if hints_for else {}
        size = path.stat().st_size if path.is_file() else 0
        task = InputTask(p, hints, None, size, settings.columns)
        if size > chunk_bytes and input_suffix(path.name) in TABLE_SUFFIXES:
            tasks += _byte_range_tasks(task, chunk_bytes, settings.limits) or _row_range_tasks(
                task, chunk_bytes, settings.limits
            )
        else:
            tasks.append(task)
    return tasks


# A large JSONL or CSV file is cut into ranges this much smaller than a chunk, so that the
# chunks, which shrink towards the end of a run, can still be made of whole ranges.
_RANGES_PER_CHUNK = 8


def _byte_range_tasks(task: InputTask, chunk_bytes: int, limits: Limits) -> list[InputTask]:
    """The file's byte ranges (etl/io/readers/ranges.py), each read by a worker on its own;
    none when the file cannot be cut that way."""
    try:
        ranges = byte_ranges(Path(task.path), max(1, chunk_bytes // _RANGES_PER_CHUNK), limits.max_doc_chars + 1)
    except OSError:
        return []  # the worker reads it again and says why it fails
    return [replace(task, rows=r.rows, est_bytes=r.stop - r.start, byte_range=(r.start, r.stop)) for r in ranges or ()]


def _row_range_tasks(task: InputTask, chunk_bytes: int, limits: Limits) -> list[InputTask]:
    """Row ranges of a table file: each worker reads the file up to the end of its range
    (parquet skips whole row groups; JSON, workbooks and files not cut by bytes are parsed)."""
    size = task.est_bytes
    n_rows = count_items(Path(task.path), limits)
    n_slices = min(max(1, -(-size // chunk_bytes)), max(1, n_rows))
    per = -(-n_rows // n_slices)
    return [
        replace(task, rows=(start, min(start + per, n_rows)), est_bytes=size // n_slices)
        for start in range(0, n_rows, per)
    ] or [task]


def chunked(tasks: Sequence[InputTask], max_bytes: int, workers: int = 1) -> Iterator[list[InputTask]]:
    """Consecutive tasks in chunks of at most ``max_bytes``, smaller towards the end.

    A chunk takes at most 1/(2 x workers) of what is left (guided scheduling, but never under
    1/16 of ``max_bytes``), so the last chunks are small and the workers finish together
    instead of one of them working alone on a full-size chunk.
    """

    def limit(left: int) -> int:
        if workers <= 1:
            return max_bytes
        return max(min(max_bytes, left // (2 * workers)), max_bytes // 16, 1)

    left = sum(t.est_bytes for t in tasks)
    cap = limit(left)
    chunk: list[InputTask] = []
    size = 0
    for task in tasks:
        if chunk and size + task.est_bytes > cap:
            yield chunk
            left -= size
            cap = limit(left)
            chunk, size = [], 0
        chunk.append(task)
        size += task.est_bytes
    if chunk:
        yield chunk


@dataclass(frozen=True)
class Plan:
    """What one run will do, decided before any input is read."""

    files: list[Path]  # every input this run knows of
    todo: set[str]  # inputs to read
    gone: set[str]  # inputs of earlier runs that no longer exist (with --prune): their rows go
    deleted: set[str]  # meetings whose rows go (their first source is read again, or is gone)
    owners: Owners
    recount: bool  # only themes or 提法 changed: recount the stored text first


def plan_run(
    base: Warehouse,
    files: list[Path],
    codebook: CodebookFiles,
    previous: Mapping[str, Any],
    gone: set[str] | frozenset[str] = frozenset(),
) -> Plan:
    recorded = dict(base.manifest.get("codebook", {}))
    recount_parts = full = False
    if base.exists and recorded.get("hashes") != dict(codebook.hashes):
        try:
            recount.plan_recount(recorded, codebook)
            recount_parts = True  # no re-segmentation needed
        except recount.NeedsFullRun:
            full = True  # a new dictionary or stopword list changes every token
            files = sorted(set(files) | {Path(p) for p in previous if p not in gone}, key=str)
    todo = {str(f) for f in files} if full else set(changed_inputs(files, previous))
    owners = Owners.of(base)
    todo, deleted = closure(todo | gone, owners)  # a gone input hands its meetings on like a changed one
    return Plan(files, todo - gone, set(gone), deleted, owners, recount_parts)
