"""One ETL run: find inputs, skip unchanged ones, process the rest on an engine, commit.

Incremental rules (they make a rerun equal a fresh run):
- an input is unchanged when its size and mtime, or else its content hash, match the last run;
- a changed input's meetings, sources and errors are replaced;
- reposts are one meeting whose rows come from its first source in sorted input order, with
  what that source lacks (date, organ, meeting type, region) from the others (etl/run/reposts.py);
  when any of its sources changes, or a new input holds one more, the inputs holding all its
  sources are read again, so the right one takes over and the merge sees every copy.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

import etl
from etl.contract import arrow_values, schema
from etl.contract.model import CopyMeta, InputResult, InputTask, PartResult
from etl.contract.settings import Settings
from etl.count.codebook import CodebookFiles, CodebookSnapshot
from etl.extract.cleaning.evidence import Boilerplate, affected_inputs, boilerplate_by_group
from etl.io.inventory import Inventory, survey
from etl.io.warehouse import Warehouse, Writer, lock, read_part_folder, scratch_folder
from etl.run import corrections_step, recount, reposts, rerun_stamp
from etl.run.corrections import read_corrections
from etl.run.engines import WORKER_MODULES, ByName, Engine, pool_worth_starting, pooled_engine
from etl.run.planning import (
    Owners,
    Plan,
    chunked,
    closure,
    gone_inputs,
    plan_run,
    plan_tasks,
)
from etl.run.summary import RunSummary

Progress = Callable[[int, int], None]  # (inputs done, inputs total)


def merge_results(results: Iterable[InputResult]) -> list[InputResult]:
    """One result per input (row ranges of one file add up)."""
    merged: dict[str, InputResult] = {}
    for r in results:
        prev = merged.get(r.input)
        merged[r.input] = (
            r
            if prev is None
            else InputResult(
                r.input,
                max(prev.size, r.size),
                max(prev.mtime_ns, r.mtime_ns),
                prev.sha256 or r.sha256,
                prev.n_meetings + r.n_meetings,
                prev.n_errors + r.n_errors,
            )
        )
    return list(merged.values())


class _Merger:
    """Keeps one row set per meeting: the first source in sorted input order wins."""

    def __init__(self, owners: Owners, deleted: set[str]) -> None:
        self.owner: dict[str, str] = {m: i for m, i in owners.first.items() if m not in deleted}
        self.written: set[str] = set()
        self.replaced: set[str] = set()
        self.sources_seen: set[tuple[str, str]] = set()
        self.part_of: dict[str, str] = {}  # meeting id -> the part of this run holding its rows
        self.copies: list[CopyMeta] = []  # every source read this run, with its own metadata

    def forget(self, meeting_ids: set[str]) -> None:
        """Meetings whose stored rows go after all: the inputs holding them are read again."""
        for mid in meeting_ids:
            self.owner.pop(mid, None)

    def accept(self, result: PartResult) -> tuple[list[str], list[bool]]:
        """The part's meetings this run keeps, and which of its source rows are new."""
        src_input: dict[str, str] = {}
        sources = result.sources
        for mid, inp in zip(sources["meeting_id"].to_pylist(), sources["input"].to_pylist(), strict=True):
            src_input.setdefault(mid, inp)  # the chunk kept the rows of the first source
        keep: list[str] = []
        for mid in result.meeting_ids:
            if mid in self.written:
                continue
            owner = self.owner.get(mid)
            if owner is not None and src_input.get(mid, "") >= owner:
                continue
            if owner is not None:
                self.replaced.add(mid)
            keep.append(mid)
            self.written.add(mid)
        return keep, self._new_sources(sources)

    def _new_sources(self, sources: pa.Table) -> list[bool]:
        mask = []
        for key in zip(sources["meeting_id"].to_pylist(), sources["source"].to_pylist(), strict=True):
            mask.append(key not in self.sources_seen)
            self.sources_seen.add(key)
        return mask

    def stage(self, writer: Writer, result: PartResult) -> None:
        """Adopt the part the worker wrote, or rewrite it with only the rows this run keeps."""
        self.copies += result.copies
        if result.folder is None:
            return
        keep, new_sources = self.accept(result)
        folder = Path(result.folder)
        if len(keep) == len(result.meeting_ids) and all(new_sources):
            part = writer.adopt(folder.name, result.rows)
            self.part_of |= dict.fromkeys(keep, part)
            return
        tables = read_part_folder(folder)
        ids = arrow_values.array(keep, pa.string())
        kept = {
            t.name: tables[t.name].filter(pc.is_in(tables[t.name]["meeting_id"], value_set=ids))
            for t in schema.MEETING_TABLES
        }
        kept["errors"] = tables["errors"]
        kept["warnings"] = tables["warnings"]
        kept["sources"] = tables["sources"].filter(arrow_values.array(new_sources, pa.bool_()))
        if (rewritten := writer.add_part(kept)) is not None:
            self.part_of |= dict.fromkeys(keep, rewritten)
        shutil.rmtree(folder, ignore_errors=True)

    def unread_copies(self, read: set[str], owners: Owners) -> set[str]:
        """Inputs not read this run that hold another source of a meeting this run read."""
        seen = {c.meeting_id for c in self.copies}
        return {inp for m in seen for inp in owners.inputs.get(m, ())} - read


def _summed(parts: Sequence[pa.Table]) -> list[pa.Table]:
    """Evidence rows of several chunks as one row per (input, host, key): the row ranges of one
    large table file are fingerprinted in different chunks."""
    if len(parts) <= 1:
        return list(parts)
    keys = ["input", "host", "key"]
    summed = arrow_values.sum_by(pa.concat_tables(parts), keys, "docs")
    return [schema.conform(schema.EVIDENCE, summed.rename_columns([*keys, "docs"]))]


@dataclass(frozen=True)
class Evidence:
    """What the evidence pass hands the run."""

    rows: pa.Table | None  # the evidence the version stores; None when the stored rows stand
    boilerplate: Boilerplate  # the verdicts of every group an input this run reads belongs to
    plan: Plan  # extended by the inputs whose verdict changed (the same object when none did)
    inputs: frozenset[str]  # the inputs the stored evidence counts after this run

    def with_verdicts_for(self, inputs: Collection[str]) -> Boilerplate:
        """The boilerplate, with the groups of ``inputs`` (read later in the run) judged too."""
        if self.rows is None or not inputs:
            return self.boilerplate
        return {**self.boilerplate, **boilerplate_by_group(self.rows, inputs)}


def gather_evidence(
    plan: Plan,
    base: Warehouse,
    hints_of: Callable[[Path], Mapping[str, str]],
    settings: Settings,
    run: Engine,
    carry: str | None = None,
) -> Evidence:
    """The first pass (etl/extract/cleaning/evidence.py): fingerprint the inputs this run reads, merge their rows
    with the stored ones, and read again the inputs whose boilerplate verdict changed.

    It runs on the run's engine: a local run's pool is the one the processing pass uses next
    (started once), and a run too small for a pool does both passes in-process. Only the groups
    of the inputs fingerprinted or gone (and every host) can change their verdict: those are judged
    before and after, so an addition's work follows what it adds, not the warehouse's size."""
    stored = base.read(schema.EVIDENCE.name)
    counted = set(pc.unique(stored["input"]).to_pylist())  # a few distinct inputs in many rows
    known = {str(f) for f in plan.files}
    # Inputs of a warehouse written before evidence was kept are fingerprinted once too.
    to_count = plan.todo | (
        (known - counted) & {str(p) for p in base.read(schema.INPUTS.name, ["input"])["input"].to_pylist()}
    )
    if not to_count and not plan.gone:
        return Evidence(None, {}, plan, frozenset(counted))  # nothing read, nothing gone: the stored evidence stands
    tasks = plan_tasks(to_count, hints_of, settings)
    items = ((chunk, settings.limits, carry) for chunk in chunked(tasks, settings.chunk_chars * 3, settings.n_workers))
    fresh = list(run(_FINGERPRINT_CHUNK, items)) if tasks else []
    dropped = arrow_values.array(sorted(to_count | plan.gone), pa.string())
    kept = stored.filter(pc.invert(pc.is_in(stored["input"], value_set=dropped)))
    rows = pa.concat_tables([kept, *_summed(fresh)]).combine_chunks()
    now_counted = frozenset(pc.unique(rows["input"]).to_pylist())
    touched = to_count | plan.gone
    after = boilerplate_by_group(rows, touched)
    extra = affected_inputs(rows, boilerplate_by_group(stored, touched), after, skip=plan.todo) & known
    if not extra:
        return Evidence(rows, after, plan, now_counted)
    todo, deleted = closure(plan.todo | extra | plan.gone, plan.owners)
    extended = replace(plan, todo=todo - plan.gone, deleted=deleted)
    return Evidence(rows, {**after, **boilerplate_by_group(rows, todo - touched)}, extended, now_counted)


def run_etl(
    paths: Sequence[Path],
    settings: Settings,
    progress: Progress | None = None,
    engine: Engine | None = None,
    hints_for: Callable[[Path], Mapping[str, str]] | None = None,
) -> RunSummary:
    started = time.perf_counter()
    listed = rerun_stamp.listing(paths, settings.warehouse)  # before anything is read: see rerun_stamp
    inventory = survey(paths, exclude=[settings.warehouse, *([settings.sidecar] if settings.sidecar else [])])
    files = inventory.files
    snapshot = CodebookSnapshot.read(settings.codebook)  # read once: hashed, recorded and counted with
    codebook = snapshot.parse()
    with lock(settings.warehouse, settings.wait), ExitStack() as stack:
        rerun_stamp.remove(settings.warehouse)
        base = Warehouse.open(settings.warehouse)
        prev_inputs = base.read(schema.INPUTS.name)
        previous = {r["input"]: r for r in prev_inputs.to_pylist()}
        gone = gone_inputs(paths, files, previous) if settings.prune else set()
        plan = plan_run(base, files, codebook, previous, gone)
        summary = RunSummary(inputs=len(files), read=len(plan.todo), pruned=len(gone))
        summary.skipped, summary.skipped_line = inventory.n_skipped, inventory.skipped_line()
        summary.unchanged = len({str(f) for f in plan.files} - plan.todo)
        hints_of = _hints_with_memory(hints_for, previous)
        tasks = plan_tasks(plan.todo, hints_of, settings)
        small = not pool_worth_starting(sum(t.est_bytes for t in tasks), settings)
        run_settings = replace(settings, workers=1) if small and engine is None else settings
        run = engine or stack.enter_context(pooled_engine(run_settings, WORKER_MODULES))
        carry = str(stack.enter_context(scratch_folder(settings.warehouse))) if tasks else None
        evidence = gather_evidence(plan, base, hints_of, run_settings, run, carry)
        boilerplate = evidence.boilerplate
        if evidence.plan is not plan:
            plan = evidence.plan
            tasks = plan_tasks(plan.todo, hints_of, settings)
            summary.read = len(plan.todo)
            summary.unchanged = len({str(f) for f in plan.files} - plan.todo)
        writer = Writer(base)
        if plan.recount:
            recount.apply(writer, codebook, run)
        merger = _Merger(plan.owners, plan.deleted)
        results = _process(tasks, run_settings, snapshot, run, writer, merger, summary, progress, boilerplate, carry)
        if extra := merger.unread_copies(plan.todo | plan.gone, plan.owners):
            # A new input reposts meetings of inputs not read: read those too, so the merge sees every copy.
            more, deleted = closure(extra, plan.owners)
            more -= plan.todo | plan.gone
            merger.forget(deleted)
            plan = replace(plan, todo=plan.todo | more, deleted=plan.deleted | deleted)
            again = plan_tasks(more, hints_of, settings)
            boilerplate = evidence.with_verdicts_for(more)
            results = merge_results(
                [*results, *_process(again, run_settings, snapshot, run, writer, merger, summary, None, boilerplate)]
            )
            summary.read = len(plan.todo)
            summary.unchanged = len({str(f) for f in plan.files} - plan.todo)
        writer.remove(plan.deleted | merger.replaced, (plan.todo | plan.gone) & set(previous))
        reposts.fill_parts(writer, merger.part_of, merger.copies)
        corrected = corrections_step.apply_corrections(
            writer, read_corrections(settings.corrections_file), merger.written
        )
        summary.corrections_line = corrected.line()
        summary.warnings += [("corrections", p) for p in corrected.problems]
        new_rows = [{**r.__dict__, "hints": _json(hints_of(Path(r.input)))} for r in results]
        inputs_table = _inputs_table(prev_inputs, plan.todo | plan.gone, new_rows)
        _count_outcomes(summary, results)
        summary.meetings_added = len(merger.written)
        summary.seconds = time.perf_counter() - started
        info = _manifest_info(summary, settings, codebook, inputs_table, inventory)
        info.update(corrections_step.manifest_records(corrected, settings))
        committed = writer.commit(inputs_table, info, evidence.rows, corrected.corrected)
        meetings = committed.read(schema.MEETINGS.name, ["date"])
        summary.meetings_total = meetings.num_rows
        summary.undated = meetings["date"].null_count
        rerun = _rerun_if_unchanged(
            paths, files, listed, committed, summary, corrected, settings.prune, evidence.inputs
        )
        if rerun is not None and listed is not None:
            users = (corrected.corrections.sha256, info["tenures"]["sha256"], rerun_stamp.file_hash(settings.sidecar))
            codebook_key = rerun_stamp.codebook_hashes(snapshot.contents)
            run_key = rerun_stamp.key(paths, settings, listed, codebook_key, *users)
            rerun_stamp.write(settings.warehouse, run_key, rerun)
    return summary


def _rerun_if_unchanged(
    paths: Sequence[Path],
    files: Sequence[Path],
    listed: Sequence[str] | None,
    committed: Warehouse,
    summary: RunSummary,
    corrected: corrections_step.Outcome,
    prune: bool,
    counted: Collection[str],
) -> rerun_stamp.Rerun | None:
    """What a rerun of the same inputs would print, when it would read, prune, fingerprint and
    rewrite nothing; else None (no stamp: the next run takes the ordinary path). ``counted``: the
    inputs the committed evidence counts."""
    if not files or listed is None or corrected.parts:
        return None
    on_disk = rerun_stamp.stats(listed)
    recorded = {
        r["input"]: (r["size"], r["mtime_ns"])
        for r in committed.read(schema.INPUTS.name, ["input", "size", "mtime_ns"]).to_pylist()
    }
    names = [str(f) for f in files]
    if any(recorded.get(n) is None or recorded[n] != on_disk.get(n) for n in names):
        return None  # an input changed while it was read, or was not recorded
    if not set(counted).issuperset(names):
        return None  # a rerun would fingerprint it
    if prune and gone_inputs(paths, files, recorded):
        return None
    return rerun_stamp.Rerun(
        inputs=summary.inputs,
        skipped=summary.skipped,
        skipped_line=summary.skipped_line,
        meetings_total=summary.meetings_total,
        undated=summary.undated,
        corrections_line=corrected.line(),
        warnings=[("corrections", p) for p in corrected.problems],
    )


def _count_outcomes(summary: RunSummary, results: Sequence[InputResult]) -> None:
    """An input read this run failed when it gave no report and an error says why."""
    summary.failed = sum(1 for r in results if r.n_errors and not r.n_meetings)
    summary.read = len(results) - summary.failed
    summary.meetings_read = sum(r.n_meetings for r in results)


def _inputs_table(previous: pa.Table, replaced: Collection[str], new_rows: list[dict[str, Any]]) -> pa.Table:
    """The run's inputs table: the previous rows of inputs not read again, then this run's.

    An unchanged rerun keeps the previous table as it is: building one from Python values would
    load pandas (pyarrow asks for it on every conversion), a quarter of such a run."""
    if not replaced and not new_rows and previous.column_names == list(schema.INPUTS.column_names):
        return previous.cast(schema.INPUTS.schema)
    kept = [r for r in previous.to_pylist() if r["input"] not in replaced]
    return arrow_values.table_from_rows(kept + new_rows, schema.INPUTS.schema)


def _hints_with_memory(
    hints_for: Callable[[Path], Mapping[str, str]] | None, previous: Mapping[str, Mapping[str, Any]]
) -> Callable[[Path], Mapping[str, str]]:
    """The sidecar's hints for an input, or else those it was last read with.

    An input read again without its sidecar (a new codebook, an upload from the dashboard)
    keeps the dates and organs the sidecar gave it.
    """

    def hints_of(path: Path) -> Mapping[str, str]:
        given = dict(hints_for(path)) if hints_for else {}
        stored = (previous.get(str(path)) or {}).get("hints")
        return given or (json.loads(stored) if stored else {})

    return hints_of


def _json(hints: Mapping[str, str]) -> str | None:
    return json.dumps(dict(hints), ensure_ascii=False, sort_keys=True) if hints else None


def _process(
    tasks: Sequence[InputTask],
    settings: Settings,
    snapshot: CodebookSnapshot,
    run: Engine,
    writer: Writer,
    merger: _Merger,
    summary: RunSummary,
    progress: Progress | None,
    boilerplate: Boilerplate | None = None,
    carry: str | None = None,
) -> list[InputResult]:
    """Run the chunks on the engine; each worker writes its chunk as a part, staged as it returns."""
    results: list[InputResult] = []
    work = (
        (chunk, snapshot, settings.limits, str(writer.part_folder(writer.new_part())), boilerplate, carry)
        for chunk in chunked(tasks, settings.chunk_chars * 3, settings.n_workers)
    )
    for result in run(_PROCESS_CHUNK, work) if tasks else ():
        merger.stage(writer, result)
        results.extend(result.inputs)
        summary.chars += result.n_chars
        errs = result.errors
        summary.errors += list(zip(errs["source"].to_pylist(), errs["message"].to_pylist(), strict=True))
        if result.warnings is not None:
            warns = result.warnings
            summary.warnings += list(zip(warns["source"].to_pylist(), warns["message"].to_pylist(), strict=True))
        if progress:
            progress(len(results), len(tasks))
    return merge_results(results)


def _manifest_info(
    summary: RunSummary, settings: Settings, codebook: CodebookFiles, inputs: pa.Table, inventory: Inventory
) -> dict[str, Any]:
    return {
        "package_version": etl.__version__,
        "codebook": recount.codebook_record(codebook, str(settings.codebook)),
        "inputs": {"count": inputs.num_rows, "digest": _digest(inputs)},
        "last_run": {
            "read": summary.read,
            "unchanged": summary.unchanged,
            "failed": summary.failed,
            "skipped": summary.skipped,
            "skipped_types": inventory.figures(),
            "warnings": len(summary.warnings),
            "seconds": round(summary.seconds, 3),
            "chars": summary.chars,
            "engine": settings.engine,
            "workers": settings.n_workers,
        },
    }


# Imported where the chunks run (the tokenizer and its dictionary load there, not here).
_PROCESS_CHUNK = ByName("etl.run.process:process_chunk_into")
_FINGERPRINT_CHUNK = ByName("etl.run.fingerprint:fingerprint_chunk")


def _digest(inputs: pa.Table) -> str:
    h = hashlib.sha256()
    for name, sha in sorted(zip(inputs["input"].to_pylist(), inputs["sha256"].to_pylist(), strict=True)):
        h.update(f"{name}\0{sha}\n".encode())
    return h.hexdigest()[:16]
