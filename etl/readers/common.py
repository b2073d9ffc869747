"""Small helpers shared by the readers: limit checks and turning library errors into words."""

from __future__ import annotations

import re

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


# Library messages quote their own exception names ("thrift: TProtocolException: Invalid data").
_EXCEPTION_NAME = re.compile(r"\b[A-Z]\w*(?:Error|Exception):\s*")


def describe(exc: BaseException) -> str:
    """The first line of an exception's message, short enough for an error table."""
    lines = str(exc).strip().splitlines()
    first = _EXCEPTION_NAME.sub("", lines[0]).strip() if lines else ""
    return (first or "no details")[:200]
