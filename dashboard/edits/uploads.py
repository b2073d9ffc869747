"""Uploads saved under names the server chooses, and what an ETL run made of each.

An uploaded name is shown to the user, never used as a path. No streamlit here.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from etl.readers.suffixes import input_suffix
from etl.warehouse import Warehouse

__all__ = ["ARCHIVE_SUFFIXES", "SIDECAR_NAME", "safe_upload_name", "save_uploads", "upload_folder", "upload_outcome"]

ARCHIVE_SUFFIXES = frozenset({".zip"})
SIDECAR_NAME = "sidecar.csv"


def upload_folder(warehouse_root: Path) -> Path:
    """A new folder for one batch of uploads, next to the warehouse; its name is ours alone."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = warehouse_root.parent / "uploads" / f"{stamp}-{uuid.uuid4().hex[:8]}"
    folder.mkdir(parents=True)
    return folder


def safe_upload_name(index: int, original: str, allowed: Iterable[str]) -> str | None:
    """``upload-007.txt``: only the suffix of the uploaded name is kept (``.tar.gz`` whole), and only if allowed."""
    suffix = input_suffix(Path(original.replace("\\", "/")).name)
    if suffix not in set(allowed) or not suffix[1:].replace(".", "").isalnum():
        return None
    return f"upload-{index:03d}{suffix}"


def save_uploads(
    uploads: Iterable[tuple[str, bytes]], folder: Path, allowed: Iterable[str], max_bytes: int
) -> tuple[dict[Path, str], list[tuple[str, str]]]:
    """Write uploads under ``folder`` with our own names.

    Returns (saved path -> uploaded name, [(uploaded name, why refused)]).
    """
    allowed = frozenset(allowed)
    saved: dict[Path, str] = {}
    refused: list[tuple[str, str]] = []
    for i, (original, data) in enumerate(uploads, start=1):
        name = safe_upload_name(i, original, allowed)
        if name is None:
            refused.append((original, f"unsupported file type; accepted: {', '.join(sorted(allowed))}"))
        elif len(data) > max_bytes:
            refused.append((original, f"{len(data):,} bytes, over the limit of {max_bytes:,}"))
        else:
            path = folder / name
            path.write_bytes(data)
            saved[path] = original
    return saved, refused


def upload_outcome(
    before: set[str], wh: Warehouse, names: dict[str, str], refused: Iterable[tuple[str, str]] = ()
) -> pd.DataFrame:
    """Per uploaded file: status (added / skipped / refused), reports, new meetings and reasons.

    ``before`` are the meeting ids before the run; ``names`` maps input path -> name shown.
    """
    inputs = wh.read("inputs").to_pandas()
    sources = wh.read("sources", ["meeting_id", "input"]).to_pandas()
    errors = wh.read("errors", ["input", "source", "message"]).to_pandas()
    rows: list[dict[str, object]] = [
        {"file": name, "status": "refused", "reports": 0, "new_meetings": 0, "already_there": 0, "reason": why}
        for name, why in refused
    ]
    claimed = set(before)
    for path, name in sorted(names.items()):  # the ETL keeps a repost's first source in sorted order
        row = inputs[inputs["input"] == path]
        ids = set(sources.loc[sources["input"] == path, "meeting_id"])
        new = len(ids - claimed)
        claimed |= ids
        errs = errors[errors["input"] == path]
        reasons = "; ".join(
            f"{Path(s).name if '#' not in s else s.split('#', 1)[1]}: {m}"
            for s, m in zip(errs["source"], errs["message"], strict=True)
        )
        status = "added" if new else ("refused" if len(errs) and not ids else "skipped")
        reason = reasons or ("" if new else "same text as a report already read" if ids else "no report found")
        rows.append(
            {
                "file": name,
                "status": status,
                "reports": int(row["n_meetings"].sum()) if len(row) else 0,
                "new_meetings": new,
                "already_there": len(ids) - new,
                "reason": reason,
            }
        )
    return pd.DataFrame(rows, columns=["file", "status", "reports", "new_meetings", "already_there", "reason"])
