"""Browser uploads: the bounds on one batch, names the server chooses, and what a run made of each.

The data page calls :func:`check_upload_batch` with the uploaded files' names and sizes; a batch
over ``max_upload_files`` or ``max_upload_bytes`` is refused as a whole with a message that says
what to do. Each file is then held to ``max_file_bytes`` (:func:`save_uploads`), and the saved
files go through the same readers as ``policy-themes etl``: an archive is read as a folder under
the archive limits, every report is held to ``max_doc_chars``. :func:`upload_outcomes` counts
what became of the files, in the CLI summary's four outcomes. An uploaded name is shown to the
user, never used as a path. No streamlit here.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from etl.contract.model import InputError
from etl.contract.settings import Limits
from etl.io.readers.suffixes import input_suffix
from etl.io.warehouse import Warehouse

if TYPE_CHECKING:
    from etl.run.pipeline import RunSummary

__all__ = [
    "ARCHIVE_SUFFIXES",
    "OUTCOMES",
    "SIDECAR_NAME",
    "check_upload_batch",
    "safe_upload_name",
    "save_uploads",
    "upload_folder",
    "upload_outcome",
    "upload_outcomes",
]

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


SOURCE = "upload"
OUTCOMES = ("read", "unchanged", "failed", "skipped")


def upload_outcomes(summary: RunSummary, n_refused: int = 0) -> dict[str, int]:
    """Files read, unchanged, failed and skipped; uploads refused before the run are skipped."""
    return {
        "read": summary.read,
        "unchanged": summary.unchanged,
        "failed": summary.failed,
        "skipped": summary.skipped + n_refused,
    }


def check_upload_batch(sizes: Sequence[int], limits: Limits) -> None:
    """Raise ``InputError`` (source ``upload``) when the batch has too many files or bytes."""
    if len(sizes) > limits.max_upload_files:
        raise InputError(
            SOURCE,
            "limits",
            f"{len(sizes):,} files in one upload, over the limit of {limits.max_upload_files:,}; "
            "upload them in smaller batches or as a ZIP",
        )
    total = sum(sizes)
    if total > limits.max_upload_bytes:
        raise InputError(
            SOURCE,
            "limits",
            f"the files add up to {total:,} bytes, over the limit of {limits.max_upload_bytes:,} for one upload; "
            "upload them in smaller batches, or run `policy-themes etl` on the folder",
        )
