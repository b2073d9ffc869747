"""Helpers the dashboard's app tests share: a page run through AppTest, a private copy of the tiny
warehouse, and a new warehouse version with some meetings' columns edited through its own writer."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Mapping
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
from streamlit.testing.v1 import AppTest

from etl.io.warehouse import Warehouse, Writer


def run_page(page: str, **params: str) -> AppTest:
    """One page of the app, opened with these URL parameters; it must run without an exception."""
    at = AppTest.from_string(f"from dashboard.app import main\nmain(only={page!r})", default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def copy_tiny(tiny_root: Path, dest: Path) -> Path:
    """The tiny warehouse and its codebook copied under ``dest`` (without the dashboard's indexes)."""
    shutil.copytree(tiny_root / "wh", dest / "wh")
    shutil.copytree(tiny_root / "codebook", dest / "codebook")
    shutil.rmtree(dest / "wh" / "cache", ignore_errors=True)
    return dest


def edit_meetings(
    root: Path,
    select: Callable[[pa.Table], pa.ChunkedArray],
    edit: Callable[[pa.Table, pa.ChunkedArray], Mapping[str, pa.ChunkedArray]],
) -> str:
    """Commit a new version where the meetings ``select`` picks get the columns ``edit`` gives;
    return the id of the first meeting picked."""
    base = Warehouse.open(root)
    writer = Writer(base)
    marked = ""
    for part in base.parts:
        meetings = base.read_part(part, "meetings")
        hit = select(meetings).fill_null(False)
        if not pc.any(hit).as_py():
            continue
        for name, column in edit(meetings, hit).items():
            meetings = meetings.set_column(meetings.schema.get_field_index(name), name, column)
        writer.replace_tables(part, {"meetings": meetings})
        marked = marked or meetings.filter(hit)["meeting_id"][0].as_py()
    info = {k: v for k, v in base.manifest.items() if k in ("codebook", "run", "corpus")}
    writer.commit(base.read("inputs"), info)
    return str(marked)
