"""Compare warehouses table by table, independent of how rows are split into parts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from etl.contract import schema
from etl.io.warehouse import Warehouse


def snapshot(root: Path) -> dict[str, list[tuple[Any, ...]]]:
    wh = Warehouse.open(root)
    out = {}
    for table in schema.PART_TABLES:
        rows = wh.read(table.name).to_pylist()
        out[table.name] = sorted(tuple(str(r[c]) for c in table.column_names) for r in rows)
    inputs = wh.read("inputs").to_pylist()
    out["inputs"] = sorted((r["input"], r["sha256"], str(r["n_meetings"]), str(r["n_errors"])) for r in inputs)
    evidence = wh.read("evidence").to_pylist()
    out["evidence"] = sorted((r["input"], r["host"], r["key"], str(r["docs"])) for r in evidence)
    return out
