"""Tables as downloadable files in the research formats: csv, xlsx, parquet, Stata .dta, each
with the provenance every export carries.

The bytes are those ``dashboard.measures.write_table`` writes (a CSV with a BOM for Excel; a .dta
with ASCII variable names and the original names as labels), with the provenance added where
each format can hold it: a ``#`` comment block heading a CSV, a README sheet in an XLSX, the
``policy_themes`` key of a parquet file's schema metadata (JSON), and for a .dta the title and
date of export as its data label (Stata allows 80 characters) and the whole block in a
``<file>.README.txt`` beside it (with ``<file>.columns.csv``, the names' mapping). A page's
download and ``policy-themes export panel|tenures`` give the same bytes. No streamlit here.
"""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from dashboard import measures
from dashboard.rendering import publication

__all__ = ["PARQUET_KEY", "TABLE_FORMATS", "table_bytes", "table_files"]

TABLE_FORMATS = ("csv", "xlsx", "parquet", "dta")
PARQUET_KEY = b"policy_themes"  # the schema metadata key holding the provenance (JSON)


def table_files(
    frame: pd.DataFrame, fmt: str, about: publication.Provenance | None = None, sheet: str = "data"
) -> dict[str, bytes]:
    """``frame`` as ``fmt`` (one of :data:`TABLE_FORMATS`): ``{"": the file}`` plus, for a .dta,
    the files written beside it by the suffix they add to its name (``.columns.csv``,
    ``.README.txt`` with ``about``)."""
    if fmt not in TABLE_FORMATS:
        raise ValueError(f"unknown table format {fmt!r}: use one of {', '.join(TABLE_FORMATS)}")
    if about is not None and fmt == "csv":
        return {"": publication.table_csv(frame, about)}
    if about is not None and fmt == "xlsx":
        return {"": publication.table_xlsx(frame, about, sheet)}
    if about is not None and fmt == "parquet":
        return {"": _parquet(frame, about)}
    with tempfile.TemporaryDirectory(prefix="policy-themes-table-") as tmp:
        path = Path(tmp) / f"table.{fmt}"
        written = measures.write_table(frame, path, label=_stata_label(about) if about else None)
        files = {p.name.removeprefix(path.name): p.read_bytes() for p in written}
    if about is not None:
        files[".README.txt"] = "".join(f"{field}: {value}\n" for field, value in about.fields()).encode("utf-8")
    return files


def table_bytes(frame: pd.DataFrame, fmt: str, about: publication.Provenance | None = None) -> bytes:
    """The table's own file of :func:`table_files` (a download is one file)."""
    return table_files(frame, fmt, about)[""]


def _parquet(frame: pd.DataFrame, about: publication.Provenance) -> bytes:
    table = pa.Table.from_pandas(frame, preserve_index=False)
    provenance = json.dumps(dict(about.fields()), ensure_ascii=False).encode("utf-8")
    table = table.replace_schema_metadata({**(table.schema.metadata or {}), PARQUET_KEY: provenance})
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return buffer.getvalue()


def _stata_label(about: publication.Provenance) -> str:
    """Title, warehouse version and date of export, within Stata's 80 characters."""
    return f"{about.title} (v{about.version}, {about.exported})"[-80:]
