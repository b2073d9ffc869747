"""The corrections file as the reader page edits it: one meeting's rows, a new row, rows removed.

The file's format is the ETL's (etl/run/corrections.py); a row is checked with the ETL's own
parser before it is written, so the page never writes a row the next run would refuse. Writes
hold a lock beside the file and replace it in one rename: two people saving at once both keep
their rows, and a reader (the ETL) sees the old file or the new one. No streamlit here.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Mapping
from pathlib import Path

import filelock
import pandas as pd

from dashboard.edits.codebook import replace_atomically
from etl.run.corrections import CORRECTION_COLUMNS, VALUE_COLUMNS, parse_row

__all__ = ["add_correction", "correction_cells", "meeting_rows", "remove_meeting_rows"]


def correction_cells(
    meeting_id: str, source: str, values: Mapping[str, str], by: str, at: dt.datetime | None = None
) -> dict[str, str]:
    """The row for one meeting: its id and source, the fields filled in, who and when.

    Raises ValueError (the ETL's reason) when the row would not apply."""
    cells = {k: str(values.get(k, "")).strip() for k in VALUE_COLUMNS}
    cells = {k: v for k, v in cells.items() if v}
    when = (at or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
    row = {"meeting_id": meeting_id, "source": source, **cells, "by": by.strip(), "at": when}
    if note := str(values.get("note", "")).strip():
        row["note"] = note
    if not by.strip():
        raise ValueError("say who makes the correction (by)")
    parse_row({k: v for k, v in row.items() if v}, 0)
    return row


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """The header and rows of the file (the full column list when there is no file)."""
    if not path.is_file():
        return list(CORRECTION_COLUMNS), []
    reader = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig")))
    header = [h for h in (reader.fieldnames or []) if h]
    header += [c for c in CORRECTION_COLUMNS if c not in header]
    return header, [{k: v or "" for k, v in r.items() if k} for r in reader]


def _text(header: list[str], rows: Iterable[Mapping[str, str]]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def _lock(path: Path) -> filelock.BaseFileLock:
    path.parent.mkdir(parents=True, exist_ok=True)
    return filelock.FileLock(str(path.with_name(f".{path.name}.lock")), timeout=10)


def add_correction(path: Path, cells: Mapping[str, str]) -> int:
    """Append ``cells`` as a row of the corrections file at ``path``; returns its line number.

    Comment lines of a hand-edited file are not kept (the rows and their order are)."""
    with _lock(path):
        header, rows = _read(path)
        rows.append(dict(cells))
        replace_atomically(path, _text(header, rows))
    return len(rows) + 1


def _names(row: Mapping[str, str], meeting_id: str, sources: Iterable[str]) -> bool:
    """Does a row name this meeting (its id, or one of its sources, exactly or as a path's end)?"""
    if row.get("meeting_id", "").strip() == meeting_id:
        return True
    given = row.get("source", "").strip().replace("\\", "/")
    return bool(given) and any(s == given or s.replace("\\", "/").endswith("/" + given.lstrip("/")) for s in sources)


def meeting_rows(path: Path, meeting_id: str, sources: Iterable[str]) -> pd.DataFrame:
    """The file's rows that name this meeting, with their line numbers, only the filled columns."""
    header, rows = _read(path)
    sources = list(sources)
    found = [{"line": i + 2, **r} for i, r in enumerate(rows) if _names(r, meeting_id, sources)]
    frame = pd.DataFrame(found, columns=["line", *header])
    return frame.loc[:, [c for c in frame.columns if c == "line" or frame[c].astype(str).str.strip().any()]]


def remove_meeting_rows(path: Path, meeting_id: str, sources: Iterable[str]) -> int:
    """Remove the rows that name this meeting; returns how many went."""
    sources = list(sources)
    with _lock(path):
        header, rows = _read(path)
        kept = [r for r in rows if not _names(r, meeting_id, sources)]
        if len(kept) != len(rows):
            replace_atomically(path, _text(header, kept))
    return len(rows) - len(kept)
