"""Write a measure's table to csv, xlsx, parquet or Stata (.dta), chosen by the file's suffix.

Stata refuses most column names a panel has (Chinese theme names, names over 32 characters,
names starting with a digit). ``stata_names`` maps every column to a valid ASCII name: a name
that is already valid is kept; any other becomes ``v<NN>`` plus its ASCII suffix, NN numbering
the distinct stems in column order, so one theme keeps one number (``乡村振兴_hits`` -> ``v01_hits``,
``乡村振兴_per10k`` -> ``v01_per10k``, ``产业发展_hits`` -> ``v02_hits``). The original name is kept as the
variable's label, and the mapping is written beside the file as ``<file>.columns.csv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

FORMATS = (".csv", ".xlsx", ".parquet", ".dta")
_STATA_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,31}")  # used with fullmatch: "$" would let a trailing newline in
_ASCII_SUFFIX = re.compile(r"(_[A-Za-z0-9]+)\Z")
_STATA_RESERVED = frozenset(
    [
        "_all",
        "_b",
        "byte",
        "_coef",
        "_cons",
        "double",
        "float",
        "if",
        "in",
        "int",
        "long",
        "_n",
        "_N",
        "_pi",
        "_pred",
        "_rc",
        "_skip",
        "str#",
        "strL",
        "using",
        "with",
    ]
)


def stata_names(columns: Iterable[str]) -> dict[str, str]:
    """Column -> a unique valid Stata name (see the module docstring for the rule)."""
    out: dict[str, str] = {}
    used: set[str] = set()
    stems: dict[str, int] = {}
    for column in columns:
        name = str(column)
        if not _STATA_NAME.fullmatch(name) or name in _STATA_RESERVED or name in used:
            m = _ASCII_SUFFIX.search(name)
            stem, suffix = (name[: m.start()], m[1]) if m and m.start() > 0 else (name, "")
            number = stems.setdefault(stem, len(stems) + 1)
            name = f"v{number:02d}{suffix}"[:32]
            while name in used:
                name = f"{name[:28]}_{len(used)}"
        used.add(name)
        out[str(column)] = name
    return out


def stata_frame(frame: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, str]]:
    """The frame with Stata names, datetimes kept, strings as plain objects; and the labels."""
    names = stata_names(frame.columns)
    renamed = frame.rename(columns=names)
    for column in renamed.columns:
        if pd.api.types.is_string_dtype(renamed[column]) or renamed[column].dtype == object:
            renamed[column] = renamed[column].astype(object).where(renamed[column].notna(), "").astype(str)
        elif pd.api.types.is_extension_array_dtype(renamed[column]):
            renamed[column] = renamed[column].astype("float64")
    labels = {new: old[:80] for old, new in names.items()}
    return renamed, labels


def write_table(frame: pd.DataFrame, path: Path, label: str | None = None) -> list[Path]:
    """Write ``frame`` in the format of ``path``'s suffix; the paths written (a .dta adds its
    mapping). ``label`` is a .dta's data label (at most 80 characters)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"{path}: cannot write {suffix or 'a file without suffix'}: use one of {', '.join(FORMATS)}")
    if suffix == ".csv":
        frame.to_csv(path, index=False, encoding="utf-8-sig")  # the BOM makes Excel read UTF-8
    elif suffix == ".xlsx":
        frame.to_excel(path, index=False)
    elif suffix == ".parquet":
        frame.to_parquet(path, index=False)
    else:
        return _write_stata(frame, path, label)
    return [path]


def _write_stata(frame: pd.DataFrame, path: Path, label: str | None = None) -> list[Path]:
    renamed, labels = stata_frame(frame)
    dates = {c: "td" for c in renamed.columns if pd.api.types.is_datetime64_any_dtype(renamed[c])}
    long = [
        c
        for c in renamed.columns
        if renamed[c].dtype == object and renamed[c].str.encode("utf-8").str.len().max() > 2045
    ]
    renamed.to_stata(
        path,
        write_index=False,
        version=118,
        variable_labels=labels,
        convert_dates=dates,
        convert_strl=long,
        data_label=label,
    )  # strings over 2045 bytes (long titles or URLs) as strL
    mapping = path.with_name(path.name + ".columns.csv")
    pd.DataFrame({"column": list(labels.values()), "stata_name": list(labels.keys())}).to_csv(
        mapping, index=False, encoding="utf-8-sig"
    )
    return [path, mapping]
