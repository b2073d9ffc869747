"""Reading the warehouse's live parquet files: small tables, texts, and DuckDB over the large ones.

Only the files the manifest lists are read (``Warehouse.files``). DuckDB queries name their
tables as views (``FROM t``) and take values as parameters (``$name``): no SQL is formatted
from paths or user text. No streamlit here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from etl.contract import schema
from etl.io.warehouse import Warehouse

__all__ = [
    "MEETING_COLUMNS",
    "PEOPLE_COLUMNS",
    "SMALL_TABLES",
    "SPEECH_COLUMNS",
    "files",
    "inputs_table",
    "iter_texts",
    "read_columns",
    "read_small_tables",
    "readme_near",
    "relation",
    "small_frames",
    "sql",
    "stored_hits",
    "theme_keywords",
]

MEETING_COLUMNS = [
    "meeting_id",
    "source",
    "title",
    "date",
    "date_precision",
    "organ",
    "meeting_type",
    "region",
    "n_chars",
    "is_report",
    "not_report_reason",
]
SPEECH_COLUMNS = ["meeting_id", "seq", "speaker", "start", "n_chars"]
PEOPLE_COLUMNS = ["meeting_id", "name", "title", "role"]
SMALL_TABLES = {"meetings": MEETING_COLUMNS, "speeches": SPEECH_COLUMNS, "people": PEOPLE_COLUMNS}


def files(wh: Warehouse, table: str) -> list[str]:
    """The live parquet files of ``table`` (only those the manifest lists)."""
    return [str(p) for p in wh.files(table) if Path(p).exists()]


def relation(wh: Warehouse, con: duckdb.DuckDBPyConnection, table: str) -> duckdb.DuckDBPyRelation:
    """``table``'s live files as a DuckDB relation (an empty one with its columns when none)."""
    paths = files(wh, table)
    if paths:
        return con.read_parquet(paths)
    return con.from_arrow(schema.empty(schema.BY_NAME[table]))


def sql(
    wh: Warehouse,
    query: str,
    tables: Mapping[str, str],
    params: Mapping[str, Any] | None = None,
    **frames: pd.DataFrame | pa.Table,
) -> pd.DataFrame:
    """Run ``query`` where each view name of ``tables`` reads that warehouse table's live files.

    ``params`` are bound to ``$name`` placeholders; ``frames`` are registered as views too (e.g.
    the selected speeches to join with).
    """
    con = duckdb.connect()
    try:
        for name, frame in frames.items():
            con.register(name, frame)
        for name, table in tables.items():
            con.register(name, relation(wh, con, table))
        result = con.sql(query, params=dict(params or {}))
        return result.to_arrow_table().to_pandas(date_as_object=False)
    finally:
        con.close()


def read_columns(wh: Warehouse, table: str, columns: Sequence[str]) -> pa.Table:
    """Some columns of a table, every live part concatenated (the contract's empty table when none)."""
    paths = files(wh, table)
    empty = schema.empty(schema.BY_NAME[table]).select(list(columns))
    if not paths:
        return empty
    return pa.concat_tables([pq.read_table(p, columns=list(columns)) for p in paths])


def read_small_tables(wh: Warehouse) -> dict[str, pa.Table]:
    """meetings (without text), speeches (without text) and people, as Arrow tables."""
    return {table: read_columns(wh, table, columns) for table, columns in SMALL_TABLES.items()}


def small_frames(tables: Mapping[str, pa.Table]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(meetings, speeches, people) frames as the queries expect them, from ``read_small_tables``."""
    meetings = tables["meetings"].to_pandas(date_as_object=False)
    meetings["date"] = pd.to_datetime(meetings["date"])
    for col in ("organ", "meeting_type", "region", "title", "date_precision", "not_report_reason"):
        meetings[col] = meetings[col].astype(object)
    meetings["is_report"] = meetings["is_report"].fillna(True).astype(bool)
    speeches = tables["speeches"].to_pandas(date_as_object=False)
    speeches["speaker"] = speeches["speaker"].astype(object)
    return meetings, speeches, tables["people"].to_pandas(date_as_object=False)


def stored_hits(wh: Warehouse) -> pd.DataFrame:
    """Theme hits per speech as the ETL counted them (summed over keywords)."""
    return sql(wh, "SELECT meeting_id, seq, theme, SUM(count)::BIGINT AS count FROM t GROUP BY ALL", {"t": "themes"})


def theme_keywords(wh: Warehouse) -> dict[str, list[str]]:
    """theme -> keywords that matched at least once (to rebuild a codebook when its file is gone)."""
    df = sql(
        wh,
        "SELECT theme, keyword, SUM(count)::BIGINT AS n FROM t GROUP BY ALL ORDER BY theme, n DESC",
        {"t": "themes"},
    )
    return {str(t): [str(k) for k in g["keyword"]] for t, g in df.groupby("theme", sort=False)}


def iter_texts(wh: Warehouse, meeting_ids: Iterable[str] | None = None, batch: int = 256) -> Iterable[tuple[str, str]]:
    """(meeting_id, display text) of the given meetings (all when None), streamed from parquet."""
    wanted = None if meeting_ids is None else pa.array(sorted(set(meeting_ids)), pa.string())
    for path in files(wh, "meetings"):
        pf = pq.ParquetFile(path)
        for rb in pf.iter_batches(batch_size=batch, columns=["meeting_id", "text"]):
            table = pa.Table.from_batches([rb])
            if wanted is not None:
                table = table.filter(pc.is_in(table["meeting_id"], value_set=wanted))
            yield from zip(table["meeting_id"].to_pylist(), table["text"].to_pylist(), strict=True)


def inputs_table(wh: Warehouse) -> pd.DataFrame:
    """input, n_meetings, n_errors of every input the warehouse has read."""
    return read_columns(wh, schema.INPUTS.name, ["input", "n_meetings", "n_errors"]).to_pandas()


def readme_near(inputs: Sequence[str]) -> str:
    """The first README beside the inputs (or a folder or two up), for the corpus description."""
    seen: set[Path] = set()
    for name in inputs[:50]:
        folder = Path(name).parent
        for candidate in (folder, folder.parent, folder.parent.parent):
            if candidate in seen:
                continue
            seen.add(candidate)
            for readme in ("README.md", "README.txt", "README"):
                path = candidate / readme
                if path.is_file():
                    return path.read_text(encoding="utf-8", errors="replace")[:4000]
    return ""
