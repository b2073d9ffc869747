"""Check a warehouse against the contract; every problem is a sentence naming table and rows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from etl.contract import schema
from etl.io.warehouse import Warehouse, WarehouseError

_ENUMS = {
    ("removed", "rule"): schema.REMOVAL_RULES,
    ("meetings", "date_precision"): schema.DATE_PRECISIONS,
    ("meetings", "date_source"): schema.DATE_SOURCES,
    ("people", "role"): schema.ROLES,
    ("corrected", "field"): schema.CORRECTED_FIELDS,
}


def validate(root: Path) -> list[str]:
    """All the ways the warehouse at ``root`` breaks the contract (empty when it is valid)."""
    try:
        wh = Warehouse.open(root)
    except WarehouseError as exc:
        return [str(exc)]
    if not wh.exists:
        return [f"{root}: no warehouse here (no manifest.json); run `policy-themes etl` first"]
    problems = list(_files(wh))
    if problems:
        return problems
    return list(_rows(wh))


def _files(wh: Warehouse) -> Iterator[str]:
    counts = wh.manifest.get("part_rows", {})
    for table in schema.TABLES:
        for path in wh.files(table.name):
            if not path.is_file():
                if table is schema.WARNINGS and table.name not in counts.get(path.parent.name, {}):
                    continue  # a part written before the warnings table existed
                yield f"{table.name}: file {path} listed in the manifest is missing"
                continue
            got = pq.read_schema(path)
            if not got.equals(table.schema):
                yield f"{table.name}: {path} has schema {got} but the contract says {table.schema}"
                continue
            if table not in schema.VERSION_TABLES:
                expected = counts.get(path.parent.name, {}).get(table.name)
                rows = pq.read_metadata(path).num_rows
                if expected != rows:
                    yield f"{table.name}: {path} has {rows} rows, the manifest says {expected}"


def _rows(wh: Warehouse) -> Iterator[str]:
    meetings = wh.read("meetings", ["meeting_id", "source", "date", "date_precision", "date_source", "n_chars", "text"])
    ids = meetings["meeting_id"]
    if pc.count_distinct(ids).as_py() != len(ids):
        yield "meetings: meeting_id is not unique"
    for (name, column), allowed in _ENUMS.items():
        values = wh.read(name, [column])[column]
        bad = set(pc.unique(values.drop_null()).to_pylist()) - set(allowed)
        if bad:
            yield f"{name}.{column}: values {sorted(bad)} are not in {list(allowed)}"
    no_date = pc.is_null(meetings["date"])
    if not pc.all(pc.equal(no_date, pc.is_null(meetings["date_precision"]))).as_py():
        yield "meetings: date_precision must be null exactly when date is null"
    lengths = pc.utf8_length(meetings["text"])
    if not pc.all(pc.equal(lengths, meetings["n_chars"])).as_py():
        yield "meetings: n_chars differs from the length of text"
    for table in (*schema.MEETING_TABLES[1:], schema.SOURCES, schema.CORRECTED):
        child = wh.read(table.name, ["meeting_id"])["meeting_id"]
        orphans = pc.invert(pc.is_in(child, value_set=ids))
        if pc.any(orphans).as_py():
            yield f"{table.name}: {pc.sum(orphans).as_py()} rows name a meeting_id not in meetings"
    for table in (schema.TERMS, schema.THEMES, schema.FORMULAS):
        counts = wh.read(table.name, ["count"])["count"]
        if len(counts) and pc.min(counts).as_py() <= 0:
            yield f"{table.name}: counts must be positive"
    yield from _speeches_cover(wh, meetings)
    yield from _sources(wh, meetings)


def _speeches_cover(wh: Warehouse, meetings: pa.Table) -> Iterator[str]:
    speeches = wh.read("speeches", ["meeting_id", "seq", "start", "text"]).sort_by(
        [("meeting_id", "ascending"), ("seq", "ascending")]
    )
    joined: dict[str, list[str]] = {}
    offsets: dict[str, int] = {}
    bad_offsets = 0
    for mid, start, text in zip(
        speeches["meeting_id"].to_pylist(), speeches["start"].to_pylist(), speeches["text"].to_pylist(), strict=True
    ):
        if offsets.get(mid, 0) != start:
            bad_offsets += 1
        offsets[mid] = start + len(text)
        joined.setdefault(mid, []).append(text)
    if bad_offsets:
        yield f"speeches: {bad_offsets} spans do not start where the previous one ended"
    uncovered = [
        m
        for m, text in zip(meetings["meeting_id"].to_pylist(), meetings["text"].to_pylist(), strict=True)
        if "".join(joined.get(m, [])) != text
    ]
    if uncovered:
        yield f"speeches: the spans of {len(uncovered)} meetings do not cover their text exactly (e.g. {uncovered[0]})"


def _sources(wh: Warehouse, meetings: pa.Table) -> Iterator[str]:
    sources = wh.read("sources", ["meeting_id", "source"])
    pairs = set(zip(sources["meeting_id"].to_pylist(), sources["source"].to_pylist(), strict=True))
    missing = [
        m
        for m, s in zip(meetings["meeting_id"].to_pylist(), meetings["source"].to_pylist(), strict=True)
        if (m, s) not in pairs
    ]
    if missing:
        yield f"sources: {len(missing)} meetings lack a row for their own source (e.g. {missing[0]})"
    if len(pairs) != sources.num_rows:
        yield "sources: duplicate (meeting_id, source) rows"
