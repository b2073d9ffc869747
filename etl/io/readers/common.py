"""Small helpers shared by the readers: limit checks and turning library errors into words."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from etl.contract.model import InputError
from etl.contract.settings import Limits

MAX_HINT_CHARS = 2_000


def check_doc_size(source: str, text: str, limits: Limits) -> None:
    """Refuse a report longer than ``limits.max_doc_chars``."""
    if len(text) > limits.max_doc_chars:
        raise InputError(
            source,
            "limits",
            f"{len(text):,} characters, over the limit of {limits.max_doc_chars:,}",
        )


# Library messages quote their own exception names ("thrift: TProtocolException: Invalid data").
_EXCEPTION_NAME = re.compile(r"\b[A-Z]\w*(?:Error|Exception):\s*")


def describe(exc: BaseException) -> str:
    """The first line of an exception's message, short enough for an error table."""
    lines = str(exc).strip().splitlines()
    first = _EXCEPTION_NAME.sub("", lines[0]).strip() if lines else ""
    return (first or "no details")[:200]


def check_office_zip(path: Path, limits: Limits, kind: str, required: str | None = None) -> None:
    """An Office Open XML file (``kind``: .docx, .xlsx) is a zip of XML: refuse one that is not a
    zip, lacks its ``required`` member, or would expand past the archive limits."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    # a damaged header can claim any zip version (NotImplementedError)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise InputError(str(path), "read", f"the {kind} file is damaged (not a zip archive)") from None
    if required and required not in {i.filename for i in infos}:
        raise InputError(str(path), "read", f"the {kind} file is damaged (no {required} inside)")
    expanded = sum(i.file_size for i in infos)
    packed = max(sum(i.compress_size for i in infos), 1)
    if expanded > limits.max_archive_bytes or expanded > packed * limits.max_archive_ratio:
        raise InputError(str(path), "limits", f"the {kind} file expands to {expanded:,} bytes: too large")
