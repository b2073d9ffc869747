"""Tables as downloadable files in the research formats: csv, xlsx, parquet, Stata .dta.

The bytes are those ``dashboard.measures.write_table`` writes to a file (a CSV with a BOM for
Excel; a .dta with ASCII variable names and the original names as labels), so a page's download
equals ``python -m dashboard.research_export``'s file. No streamlit here.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd

from dashboard import measures

__all__ = ["TABLE_FORMATS", "table_bytes"]

TABLE_FORMATS = ("csv", "xlsx", "parquet", "dta")


def table_bytes(frame: pd.DataFrame, fmt: str) -> bytes:
    """``frame`` written as ``fmt`` (one of :data:`TABLE_FORMATS`)."""
    if fmt not in TABLE_FORMATS:
        raise ValueError(f"unknown table format {fmt!r}: use one of {', '.join(TABLE_FORMATS)}")
    with tempfile.TemporaryDirectory(prefix="policy-themes-table-") as tmp:
        path = Path(tmp) / f"table.{fmt}"
        measures.write_table(frame, path)
        return path.read_bytes()
