"""The corrections file: what a user says the reading got wrong, one row per correction.

A CSV with a header (columns in any order, empty cells change nothing)::

    meeting_id | source      which meeting: its id, or one of its sources (a path, path#row=N or a
                             URL; a path may be given relative: it matches the sources ending with it)
    date                     YYYY-MM-DD, YYYY-MM or YYYY (the precision follows the form); - undated
    organ, meeting_type, region    the right value; - for none
    is_report                true or false (yes/no, 1/0, 是/否)
    presider                 who presided (replaces the presiders read); - for none
    speaker_from, speaker_to a rename: the name as read, and the right one (people and speeches)
    by, at, note             who made the correction, when, and why: kept in the file, not applied

Parsing is pure (text in, rows and problems out); a bad row is a problem naming the file, the
line and the reason, and never stops the others. Applying the rows: etl/run/correcting.py (to rows) and etl/run/corrections_step.py (to the warehouse).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

KEY_COLUMNS = ("meeting_id", "source")
VALUE_COLUMNS = ("date", "organ", "meeting_type", "region", "is_report", "presider", "speaker_from", "speaker_to")
NOTE_COLUMNS = ("by", "at", "note")
CORRECTION_COLUMNS = (*KEY_COLUMNS, *VALUE_COLUMNS, *NOTE_COLUMNS)
CLEAR = "-"  # a cell that sets the field to none

_TRUE = frozenset({"true", "yes", "1", "是", "t", "y"})
_FALSE = frozenset({"false", "no", "0", "否", "f", "n"})
_DATE = re.compile(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?")


@dataclass(frozen=True)
class Correction:
    """One row: which meeting (by id and/or source) and the changes it makes.

    ``changes`` maps a field to its new value: ``date`` -> (date, precision) or (None, None);
    ``organ``/``meeting_type``/``region``/``presider`` -> text or None; ``is_report`` -> bool;
    ``rename`` -> (name as read, right name).
    """

    line: int
    meeting_id: str | None
    source: str | None
    changes: Mapping[str, Any]
    by: str | None = None
    at: str | None = None


@dataclass(frozen=True)
class CorrectionsFile:
    """The parsed file: its rows, and what was wrong with it (``path:line: reason`` each)."""

    path: str
    sha256: str | None  # None when there is no file
    corrections: tuple[Correction, ...] = ()
    problems: tuple[str, ...] = ()
    readable: bool = True  # False: the file is there but cannot be read at all (nothing applies)

    @property
    def exists(self) -> bool:
        return self.sha256 is not None


def read_corrections(path: Path) -> CorrectionsFile:
    """The corrections file at ``path``; no file is no corrections (not an error).

    The path is kept absolute: the manifest records it, and the dashboard, run from another
    folder, writes to the same file."""
    path = path.absolute()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return CorrectionsFile(str(path), None)
    except OSError as exc:
        return CorrectionsFile(
            str(path), "", problems=(f"{path}: cannot read the corrections file: {exc}",), readable=False
        )
    digest = hashlib.sha256(data).hexdigest()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        problem = f"{path}: the corrections file is not UTF-8 text; save it as UTF-8 CSV"
        return CorrectionsFile(str(path), digest, problems=(problem,), readable=False)
    return parse_corrections(text, str(path), digest)


def parse_corrections(text: str, path: str = "corrections.csv", sha256: str = "") -> CorrectionsFile:
    """Rows and problems of a corrections CSV; a header that names no key column reads nothing."""
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    header: list[str] | None = None
    out: list[Correction] = []
    problems: list[str] = []
    for line, cells in enumerate(rows, start=1):
        if not cells or not "".join(cells).strip() or cells[0].lstrip().startswith("#"):
            continue
        if header is None:
            header = [c.strip().lower() for c in cells]
            if unknown := [c for c in header if c not in CORRECTION_COLUMNS]:
                problems.append(f"{path}:{line}: unknown columns {', '.join(unknown)} (ignored; the columns are "
                                f"{','.join(CORRECTION_COLUMNS)})")  # fmt: skip
            if not set(header) & set(KEY_COLUMNS):
                problem = f"{path}:{line}: the header names neither meeting_id nor source, so no row names a meeting"
                return CorrectionsFile(path, sha256, problems=(*problems, problem), readable=False)
            continue
        row = {k: v.strip() for k, v in zip(header, cells, strict=False) if k in CORRECTION_COLUMNS and v.strip()}
        try:
            out.append(parse_row(row, line))
        except ValueError as exc:
            problems.append(f"{path}:{line}: {exc}")
    return CorrectionsFile(path, sha256, tuple(out), tuple(problems))


def parse_row(row: Mapping[str, str], line: int) -> Correction:
    """One row's correction (cells already stripped, empty ones left out), or ValueError saying why."""
    if not any(row.get(k) for k in KEY_COLUMNS):
        raise ValueError("no meeting_id or source: which meeting does this row correct?")
    changes: dict[str, Any] = {}
    if "date" in row:
        changes["date"] = parse_date(row["date"])
    for name in ("organ", "meeting_type", "region", "presider"):
        if name in row:
            changes[name] = None if row[name] == CLEAR else row[name]
    if "is_report" in row:
        changes["is_report"] = parse_flag(row["is_report"])
    old, new = row.get("speaker_from"), row.get("speaker_to")
    if bool(old) != bool(new):
        raise ValueError("a rename needs both speaker_from (the name as read) and speaker_to (the right name)")
    if old and new:
        if old == new:
            raise ValueError(f"speaker_from and speaker_to are both {old!r}: nothing to rename")
        changes["rename"] = (old, new)
    if not changes:
        raise ValueError("nothing to correct: fill in at least one of " + ", ".join(VALUE_COLUMNS[:-1]))
    return Correction(
        line, row.get("meeting_id"), row.get("source"), MappingProxyType(changes), row.get("by"), row.get("at")
    )


def parse_date(cell: str) -> tuple[dt.date | None, str | None]:
    """``2020-03-05`` (day), ``2020-03`` (month), ``2020`` (year), ``-`` (undated)."""
    if cell == CLEAR:
        return None, None
    found = _DATE.fullmatch(cell)
    if not found:
        raise ValueError(f"date {cell!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = (int(g) if g else None for g in found.groups())
    assert year is not None  # the pattern requires it
    try:
        value = dt.date(year, month or 1, day or 1)
    except ValueError as exc:
        raise ValueError(f"date {cell!r} is not a real date ({exc})") from None
    return value, "day" if day else "month" if month else "year"


def parse_flag(cell: str) -> bool:
    word = cell.lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise ValueError(f"is_report {cell!r} is not true or false")


def user_file_record(path: Path) -> dict[str, Any]:
    """What the manifest keeps of a user's data file (corrections, tenure overrides): its path, its
    content hash (None when there is no file) and its data lines (without header and comments)."""
    path = path.absolute()
    try:
        data = path.read_bytes()
    except OSError:
        return {"file": str(path), "sha256": None, "rows": 0}
    lines = [
        ln for ln in data.decode("utf-8", "replace").splitlines() if ln.strip() and not ln.lstrip().startswith("#")
    ]
    return {"file": str(path), "sha256": hashlib.sha256(data).hexdigest(), "rows": max(0, len(lines) - 1)}


__all__ = [
    "CLEAR",
    "CORRECTION_COLUMNS",
    "Correction",
    "CorrectionsFile",
    "parse_corrections",
    "parse_date",
    "parse_row",
    "read_corrections",
    "user_file_record",
]
