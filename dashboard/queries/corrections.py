"""What users' files did to this warehouse: a meeting's sources and corrected fields, and which
corrections and tenure overrides files made this version (by hash). No streamlit here."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow.compute as pc

from dashboard.indexes.corpus import Corpus
from dashboard.storage.tables import sql
from etl.contract import schema
from etl.contract.settings import Settings
from etl.io.warehouse import Warehouse
from etl.run.corrections import user_file_record

__all__ = [
    "CORRECTED_COLUMNS",
    "USER_FILE_COLUMNS",
    "corrections_file",
    "meeting_corrected",
    "meeting_people",
    "meeting_sources",
    "recorded_file",
    "user_files",
]

CORRECTED_COLUMNS = ["field", "extracted", "corrected", "rows"]
USER_FILE_COLUMNS = ["kind", "file", "sha256[:16]", "rows", "applied", "unmatched", "on_disk"]
USER_FILES = ("corrections", "tenures")  # manifest keys (etl/run/corrections_step.py)


def meeting_sources(wh: Warehouse, meeting_id: str) -> list[str]:
    """Every source of one meeting (reposts give several), sorted."""
    found = sql(wh, "SELECT source FROM t WHERE meeting_id = $m ORDER BY source", {"t": "sources"}, {"m": meeting_id})
    return [str(s) for s in found["source"]]


def meeting_people(c: Corpus, meeting_id: str) -> pd.DataFrame:
    """name, title, role of one meeting's people, in the order read."""
    people = c.people
    return people[people["meeting_id"] == meeting_id][["name", "title", "role"]].reset_index(drop=True)


def meeting_corrected(wh: Warehouse, meeting_id: str) -> pd.DataFrame:
    """What corrections changed in one meeting: field, value as read, value now, lines of the file.

    Empty for a warehouse older than the ``corrected`` table (contract 1.2)."""
    table = wh.read(schema.CORRECTED.name)
    rows = table.filter(pc.equal(table["meeting_id"], meeting_id)).to_pylist()
    shown = [{**r, "extracted": _shown(r["extracted"]), "corrected": _shown(r["corrected"])} for r in rows]
    return pd.DataFrame(shown, columns=["meeting_id", *CORRECTED_COLUMNS])[CORRECTED_COLUMNS]


def _shown(value: str) -> str:
    """A JSON value as a short text: lists joined, nulls as –."""
    data = json.loads(value)
    if isinstance(data, list):
        return "; ".join(_shown(json.dumps(d, ensure_ascii=False)) for d in data) if data else "–"
    return "–" if data is None else str(data)


def user_files(wh: Warehouse) -> pd.DataFrame:
    """The corrections and tenure overrides files this version was made with, and whether the
    file on disk is still that one (same | changed | absent): tenures follow the recorded one."""
    out = []
    for kind in USER_FILES:
        record = wh.manifest.get(kind)
        if not record:
            continue
        now = user_file_record(Path(record["file"]))["sha256"]
        on_disk = "absent" if now is None else "same" if now == record.get("sha256") else "changed"
        sha = record.get("sha256") or ""
        out.append(
            [
                kind,
                record["file"],
                sha[:16],
                record.get("rows", 0),
                record.get("applied"),
                record.get("unmatched"),
                on_disk,
            ]
        )
    return pd.DataFrame(out, columns=USER_FILE_COLUMNS)


def recorded_file(wh: Warehouse, kind: str, existing: bool = True) -> Path | None:
    """The ``corrections`` or ``tenures`` file the manifest records (None: none was recorded, or,
    with ``existing``, there was no file then): the tenures a page computes take their overrides
    from this one, and the reader's form writes the corrections file the ETL read."""
    record = wh.manifest.get(kind) or {}
    if not record.get("file") or (existing and not record.get("sha256")):
        return None
    return Path(record["file"])


def corrections_file(wh: Warehouse, settings: Settings) -> Path:
    """The corrections file the reader's form edits: the one set explicitly (environment), else
    the one the ETL read for this version, else ``corrections.csv`` beside the codebook."""
    if settings.corrections:
        return Path(settings.corrections)
    return recorded_file(wh, "corrections", existing=False) or settings.corrections_file
