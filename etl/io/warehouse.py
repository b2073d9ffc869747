"""The parquet warehouse: the only module that writes output files.

Layout::

    warehouse/
      manifest.json            the committed state: which parts are live, hashes, counts
      parts/<part>/<table>.parquet   one file per contract table per part (zstd)
      inputs-<version>.parquet       fingerprints of every input read
      evidence-<version>.parquet     paragraph fingerprints per input (boilerplate evidence)
      corrected-<version>.parquet    what the corrections file changed, with the values as read
      .lock                    held by a writing ETL run
      rerun-stamp.json         what the last run's inputs were (etl/run/rerun_stamp.py); none while a run writes

A run writes new part folders, then commits by atomically replacing ``manifest.json``.
Readers only read the parts the manifest they loaded lists, so a crash at any moment (or a
reader during a write) sees the previous or the new warehouse, never a half-written one.
Parts of the previous version are kept one more run for readers still holding it.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import filelock
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from etl.contract import arrow_values, schema
from etl.contract.model import MANIFEST as MANIFEST  # the dashboard's cache reads it from here
from etl.contract.model import RERUN_STAMP
from etl.io.atomic import random_hex
from etl.io.atomic import write_json_atomic as _write_json_atomic

PARTS = "parts"
LOCK = ".lock"
SCRATCH = ".scratch-"  # a run's scratch folders (what its passes hand each other)


# Tables added within contract 1.2: a part written before them has no file for them (read as empty).
_ADDED_IN_1_2 = frozenset({schema.REMOVED.name, schema.WARNINGS.name})
# Tables written once per version: the manifest key naming the file.
_VERSION_FILES = {
    schema.INPUTS.name: "inputs_file",
    schema.EVIDENCE.name: "evidence_file",
    schema.CORRECTED.name: "corrected_file",
}


class WarehouseBusy(RuntimeError):
    """Another ETL run holds the warehouse."""


class WarehouseError(RuntimeError):
    """A warehouse that cannot be read (wrong contract version, damaged manifest)."""


@dataclass(frozen=True)
class Warehouse:
    """A read-only view of one committed version of a warehouse."""

    root: Path
    manifest: Mapping[str, Any]

    @classmethod
    def open(cls, root: Path | str) -> Warehouse:
        root = Path(root)
        path = root / MANIFEST
        try:
            manifest = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            manifest = {"version": 0, "parts": [], "part_rows": {}, "inputs_file": None}
        except (OSError, ValueError) as exc:
            raise WarehouseError(f"{path}: cannot read the manifest ({exc})") from None
        if manifest.get("version") and manifest.get("contract_version") not in schema.READABLE_CONTRACTS:
            raise WarehouseError(
                f"{path}: contract {manifest.get('contract_version')} but this version of "
                f"policy-themes reads {' and '.join(schema.READABLE_CONTRACTS)}; rebuild with `policy-themes etl`"
            )
        return cls(root, manifest)

    @property
    def version(self) -> int:
        return int(self.manifest.get("version", 0))

    @property
    def exists(self) -> bool:
        return self.version > 0

    @property
    def parts(self) -> list[str]:
        return list(self.manifest.get("parts", []))

    def files(self, table: str) -> list[Path]:
        if table in _VERSION_FILES:
            name = self.manifest.get(_VERSION_FILES[table])
            return [self.root / name] if name else []
        files = [self.root / PARTS / p / f"{table}.parquet" for p in self.parts]
        if table in _ADDED_IN_1_2:  # parts written before the table existed have no file for it
            files = [f for f in files if f.exists()]
        return files

    def part_file(self, part: str, table: str) -> Path:
        return self.root / PARTS / part / f"{table}.parquet"

    def read(self, table: str, columns: list[str] | None = None) -> pa.Table:
        """The whole table (all live parts); use DuckDB over ``files`` for large ones."""
        spec = schema.BY_NAME[table]
        files = self.files(table)
        if not files:
            empty = schema.empty(spec)
            return empty.select(columns) if columns else empty
        tables = [_read_parquet_or_empty(f, spec, columns) for f in files]
        return pa.concat_tables(tables)

    def read_part(self, part: str, table: str, columns: list[str] | None = None) -> pa.Table:
        return _read_parquet_or_empty(self.part_file(part, table), schema.BY_NAME[table], columns)


def _read_parquet_or_empty(path: Path, table: schema.Table, columns: list[str] | None = None) -> pa.Table:
    """A part's table; parts written before the ``removed`` and ``warnings`` tables hold no file for them."""
    if not path.is_file() and table.name in _ADDED_IN_1_2:
        empty = schema.empty(table)
        return empty.select(columns) if columns else empty
    return _read_parquet(path, columns)


def _read_parquet(path: Path, columns: list[str] | None = None) -> pa.Table:
    """One parquet file (``pq.ParquetFile`` skips the dataset layer ``pq.read_table`` loads)."""
    with pq.ParquetFile(path) as fh:
        return fh.read(columns=columns)


def _write_parquet(table: pa.Table, path: Path) -> None:
    tmp = path.with_name(path.name + f".{random_hex(8)}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)


def write_part(folder: Path, tables: Mapping[str, pa.Table]) -> dict[str, int] | None:
    """Write every contract table of one part into a new folder; None (nothing written) if empty.

    Workers call this for the chunk they processed, so parquet encoding runs in parallel; the
    folder is invisible to readers until a commit lists it, and garbage if none does.
    """
    conformed = {t.name: schema.conform(t, tables.get(t.name, schema.empty(t))) for t in schema.PART_TABLES}
    if not any(t.num_rows for t in conformed.values()):
        return None
    folder.mkdir()
    for name, table in conformed.items():
        _write_parquet(table, folder / f"{name}.parquet")
    return {name: t.num_rows for name, t in conformed.items()}


def write_replacement(root: Path, part: str, folder: Path, tables: Mapping[str, pa.Table]) -> dict[str, int]:
    """Write into the new ``folder`` the part ``part`` of the warehouse at ``root`` with ``tables``
    in place of its own; its other files are hard-linked. Returns the rows of the tables written.

    The folder is invisible to readers until a commit lists it (``Writer.adopt_replacement``), so
    a recount's workers write their parts' folders where they run, as a run's write theirs."""
    folder.mkdir()
    written: dict[str, int] = {}
    for table in schema.PART_TABLES:
        source, target = root / PARTS / part / f"{table.name}.parquet", folder / f"{table.name}.parquet"
        if table.name in tables:
            conformed = schema.conform(table, tables[table.name])
            _write_parquet(conformed, target)
            written[table.name] = conformed.num_rows
        elif not source.is_file():  # a part older than the table
            _write_parquet(schema.empty(table), target)
            written[table.name] = 0
        else:
            try:
                os.link(source, target)
            except OSError:  # a filesystem without hard links
                shutil.copyfile(source, target)
    return written


def read_part_folder(folder: Path) -> dict[str, pa.Table]:
    return {t.name: _read_parquet_or_empty(folder / f"{t.name}.parquet", t) for t in schema.PART_TABLES}


@contextmanager
def scratch_folder(root: Path) -> Iterator[Path]:
    """A folder in the warehouse for what one run's passes hand each other, removed when the
    run ends (workers elsewhere see it as they see the parts). Call it holding the lock: the
    scratch folders of runs that crashed are removed first."""
    for stale in root.glob(f"{SCRATCH}*"):
        shutil.rmtree(stale, ignore_errors=True)
    folder = root / f"{SCRATCH}{random_hex(10)}"
    folder.mkdir(parents=True)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def write_scratch(path: Path, value: object) -> None:
    """Keep ``value`` (plain JSON data) for a later pass of this run (``read_scratch``)."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(value, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    os.replace(tmp, path)


def read_scratch(path: Path) -> Any | None:
    """What ``write_scratch`` kept at ``path`` this run (lists for tuples), or None when nothing was."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def new_part_id(version: int) -> str:
    return f"v{version:06d}-{random_hex(10)}"


class Writer:
    """Stages new parts and part rewrites for one run; nothing is visible before ``commit``."""

    def __init__(self, base: Warehouse) -> None:
        self.base = base
        self.version = base.version + 1
        self.live: list[str] = list(base.parts)
        self.fresh: set[str] = set()  # parts of new rows written by this run
        self.part_rows: dict[str, dict[str, int]] = {p: dict(v) for p, v in base.manifest.get("part_rows", {}).items()}
        (base.root / PARTS).mkdir(parents=True, exist_ok=True)

    def add_part(self, tables: Mapping[str, pa.Table]) -> str | None:
        """Write one part (tables conformed to the contract); returns its id, None if empty."""
        part = self.new_part()
        rows = write_part(self.part_folder(part), tables)
        if rows is None:
            return None
        return self.adopt(part, rows)

    def new_part(self) -> str:
        """A fresh part id of this run (its folder does not exist yet)."""
        return new_part_id(self.version)

    def part_folder(self, part: str) -> Path:
        return self.base.root / PARTS / part

    def adopt(self, part: str, rows: Mapping[str, int]) -> str:
        """Make a part folder written elsewhere (by a worker, with ``write_part``) part of this run."""
        self.live.append(part)
        self.fresh.add(part)
        self.part_rows[part] = dict(rows)
        return part

    def replace_tables(self, part: str, tables: Mapping[str, pa.Table]) -> str:
        """A new part equal to ``part`` but for ``tables``; unchanged files are hard-linked."""
        new = self.new_part()
        return self.adopt_replacement(part, new, write_replacement(self.base.root, part, self.part_folder(new), tables))

    def adopt_replacement(self, part: str, new: str, written: Mapping[str, int]) -> str:
        """Make the folder of part ``new`` (``write_replacement``'s, perhaps by a worker) stand for
        ``part``; ``written`` holds the rows of the tables it wrote anew."""
        self.live[self.live.index(part)] = new
        self.part_rows[new] = {**self.part_rows.pop(part, {}), **written}
        return new

    def remove(self, meeting_ids: Iterable[str], inputs: Iterable[str]) -> int:
        """Drop the rows of ``meeting_ids``, and sources and errors read from ``inputs``."""
        id_set, input_set = set(meeting_ids), set(inputs)
        if not id_set and not input_set:
            return 0  # before any Arrow array: building one from Python values loads pandas (0.25 s)
        ids = arrow_values.array(sorted(id_set), pa.string())
        ins = arrow_values.array(sorted(input_set), pa.string())
        rewritten = 0
        for part in [p for p in self.live if p not in self.fresh]:  # new rows are never removed
            if not self._touches(part, ids, ins):
                continue
            tables = {t.name: self.base.read_part(part, t.name) for t in schema.PART_TABLES}
            self.live.remove(part)
            self.part_rows.pop(part, None)
            if kept := self.add_part({name: _drop(name, t, ids, ins) for name, t in tables.items()}):
                self.fresh.discard(kept)  # still old rows: later removals may apply
            rewritten += 1
        return rewritten

    def _touches(self, part: str, ids: pa.Array, ins: pa.Array) -> bool:
        """Cheap check on key columns only: does the part hold anything to drop?"""
        checks = (
            (schema.MEETINGS.name, "meeting_id", ids),
            (schema.SOURCES.name, "input", ins),
            (schema.ERRORS.name, "input", ins),
            (schema.WARNINGS.name, "input", ins),
        )
        for table, column, values in checks:
            if (
                len(values)
                and pc.any(pc.is_in(self.base.read_part(part, table, [column])[column], value_set=values)).as_py()
            ):
                return True
        return False

    def commit(
        self,
        inputs: pa.Table,
        info: Mapping[str, Any],
        evidence: pa.Table | None = None,
        corrected: pa.Table | None = None,
    ) -> Warehouse:
        """Write the inputs (and evidence, corrected) tables and the new manifest atomically; collect
        old parts.

        Without ``evidence`` (``corrected``) the version keeps the previous version's file."""
        root = self.base.root
        inputs_file = f"inputs-{self.version:06d}.parquet"
        _write_parquet(schema.conform(schema.INPUTS, inputs), root / inputs_file)
        evidence_file = self._version_file(schema.EVIDENCE, evidence)
        corrected_file = self._version_file(schema.CORRECTED, corrected)
        totals = {t.name: sum(r.get(t.name, 0) for r in self.part_rows.values()) for t in schema.PART_TABLES}
        totals[schema.INPUTS.name] = inputs.num_rows
        manifest = {
            **info,
            "contract_version": schema.CONTRACT_VERSION,
            "version": self.version,
            "parts": self.live,
            "previous_parts": self.base.parts,
            "previous_inputs_file": self.base.manifest.get("inputs_file"),
            "part_rows": self.part_rows,
            "inputs_file": inputs_file,
            "evidence_file": evidence_file,
            "previous_evidence_file": self.base.manifest.get("evidence_file"),
            "corrected_file": corrected_file,
            "previous_corrected_file": self.base.manifest.get("corrected_file"),
            "row_counts": totals,
        }
        (root / RERUN_STAMP).unlink(missing_ok=True)  # it describes the version being replaced
        _write_json_atomic(manifest, root / MANIFEST)
        committed = Warehouse(root, manifest)
        collect_garbage(committed)
        return committed

    def _version_file(self, table: schema.Table, rows: pa.Table | None) -> str | None:
        """The file of a once-per-version table: written anew from ``rows``, or the previous one."""
        key = _VERSION_FILES[table.name]
        if rows is None:
            return self.base.manifest.get(key)
        name = f"{table.name}-{self.version:06d}.parquet"
        _write_parquet(schema.conform(table, rows), self.base.root / name)
        return name


def _drop(name: str, table: pa.Table, ids: pa.Array, inputs: pa.Array) -> pa.Table:
    """Meeting rows go with their meeting; sources, errors and warnings go with their input."""
    if name in (schema.SOURCES.name, schema.ERRORS.name, schema.WARNINGS.name):
        return table.filter(pc.invert(pc.is_in(table["input"], value_set=inputs)))
    return table.filter(pc.invert(pc.is_in(table["meeting_id"], value_set=ids)))


def collect_garbage(wh: Warehouse) -> None:
    """Delete part folders and inputs files neither this nor the previous version uses."""
    keep = set(wh.parts) | set(wh.manifest.get("previous_parts", []))
    parts_dir = wh.root / PARTS
    if parts_dir.is_dir():
        for child in parts_dir.iterdir():
            if child.name not in keep:
                shutil.rmtree(child, ignore_errors=True)
    keep_inputs = {wh.manifest.get("inputs_file"), wh.manifest.get("previous_inputs_file")}
    for child in wh.root.glob("inputs-*.parquet"):
        if child.name not in keep_inputs:
            child.unlink(missing_ok=True)
    for table in ("evidence", "corrected"):
        kept_files = {wh.manifest.get(f"{table}_file"), wh.manifest.get(f"previous_{table}_file")}
        for child in wh.root.glob(f"{table}-*.parquet"):
            if child.name not in kept_files:
                child.unlink(missing_ok=True)
    for child in wh.root.glob("*.tmp"):
        child.unlink(missing_ok=True)


def lock(root: Path, wait: float = 0) -> filelock.BaseFileLock:
    """The writer's lock; raise ``WarehouseBusy`` when another run holds it past ``wait`` s."""
    root.mkdir(parents=True, exist_ok=True)
    handle = filelock.FileLock(str(root / LOCK))
    try:
        handle.acquire(timeout=wait)
    except filelock.Timeout:
        raise WarehouseBusy(
            f"{root}: another policy-themes run is writing this warehouse; "
            "try again when it has finished, or pass --wait SECONDS to wait for it"
        ) from None
    return handle
