"""Bounds on one batch of browser uploads, checked before anything is saved.

The data page calls :func:`check_upload_batch` with the uploaded files' names and sizes; a batch
over ``max_upload_files`` or ``max_upload_bytes`` is refused as a whole with a message that says
what to do. Each file is then held to ``max_file_bytes`` (``dashboard.evidence.save_uploads``),
a ZIP to the archive limits (``etl.readers.archive.extract_archive``) and every report to
``max_doc_chars`` (the readers).
"""

from __future__ import annotations

from collections.abc import Sequence

from etl.model import InputError
from etl.settings import Limits

__all__ = ["check_upload_batch"]

SOURCE = "upload"


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
