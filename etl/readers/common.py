"""Small helpers shared by the readers: limit checks and turning library errors into words."""

from __future__ import annotations

from etl.model import InputError
from etl.settings import Limits

MAX_HINT_CHARS = 2_000


def check_doc_size(source: str, text: str, limits: Limits) -> None:
    """Refuse a report longer than ``limits.max_doc_chars``."""
    if len(text) > limits.max_doc_chars:
        raise InputError(
            source,
            "limits",
            f"{len(text):,} characters, over the limit of {limits.max_doc_chars:,}",
        )


def describe(exc: BaseException) -> str:
    """The first line of an exception's message, short enough for an error table."""
    lines = str(exc).strip().splitlines()
    return (lines[0] if lines else type(exc).__name__)[:200]
