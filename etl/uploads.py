"""Browser uploads: the bounds on one batch, and the four outcomes a run gives them.

The data page calls :func:`check_upload_batch` with the uploaded files' names and sizes; a batch
over ``max_upload_files`` or ``max_upload_bytes`` is refused as a whole with a message that says
what to do. Each file is then held to ``max_file_bytes`` (``dashboard.evidence.save_uploads``),
and the saved files go through the same readers as ``policy-themes etl``: an archive is read
as a folder under the archive limits, every report is held to ``max_doc_chars``.
:func:`upload_outcomes` counts what became of the files, in the CLI summary's four outcomes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from etl.model import InputError
from etl.settings import Limits

if TYPE_CHECKING:
    from etl.pipeline import RunSummary

__all__ = ["OUTCOMES", "check_upload_batch", "upload_outcomes"]

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
