"""The counting texts of one warehouse version, persisted once, searched by DuckDB.

Term trends and search look for substrings in ``etl.textnorm.for_counting(text)`` (the ETL's
counting form: same length as the display text, simplified, half-width). Normalising every
text on every query costs seconds at 100,000 meetings, so the counting form is written once
per warehouse version to ``<warehouse>/cache/v<version>/counting.parquet`` (atomically; older
versions' folders are deleted) and DuckDB reads only the meetings asked for. When the
warehouse folder is read-only the file goes to the system's temporary folder instead.
No streamlit here.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import uuid
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from etl.textnorm import for_counting
from etl.warehouse import Warehouse

CACHE_DIR = "cache"
FILE = "counting.parquet"


def cache_folder(wh: Warehouse) -> Path:
    """``<warehouse>/cache/v<version>``, or a temporary folder when the warehouse is read-only."""
    base = wh.root / CACHE_DIR
    if not os.access(wh.root, os.W_OK):
        digest = hashlib.blake2b(str(wh.root.resolve()).encode(), digest_size=6).hexdigest()
        base = Path(tempfile.gettempdir()) / "policy-themes-cache" / digest
    return base / f"v{wh.version}"


def counting_file(wh: Warehouse) -> Path:
    """The counting texts (meeting_id, text) of this version, written on first use."""
    folder = cache_folder(wh)
    path = folder / FILE
    if not path.exists():
        _write(wh, path)
        _drop_other_versions(folder)
    return path


def _write(wh: Warehouse, path: Path) -> None:
    from dashboard.query import files  # the manifest's live files

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    schema = pa.schema([("meeting_id", pa.string()), ("text", pa.string())])
    try:
        with pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
            for source in files(wh, "meetings"):
                for batch in pq.ParquetFile(source).iter_batches(batch_size=2048, columns=["meeting_id", "text"]):
                    texts = [for_counting(t or "") for t in batch.column("text").to_pylist()]
                    writer.write_table(
                        pa.table({"meeting_id": batch.column("meeting_id"), "text": texts}, schema=schema)
                    )
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _drop_other_versions(folder: Path) -> None:
    for other in folder.parent.glob("v*"):
        if other != folder and other.is_dir():
            shutil.rmtree(other, ignore_errors=True)
