"""Writing a small file atomically: a reader sees the old file or the new one, never half of one.

Without pyarrow, so that a command can write (or read) its small files before loading it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any


def random_hex(n_chars: int) -> str:
    """``n_chars`` random hex digits, to name a temporary file or a new folder: what
    ``uuid.uuid4().hex`` gives, without importing uuid, which loads ``platform`` (an unchanged
    rerun, told before pyarrow loads, writes nothing else that needs them)."""
    return os.urandom((n_chars + 1) // 2).hex()[:n_chars]


def write_json_atomic(data: Mapping[str, Any], path: Path, *, ensure_ascii: bool = False) -> None:
    """Write ``data`` as JSON beside ``path``, flush it to disk, then rename it over ``path``
    (``ensure_ascii``: every character beyond ASCII written as an escape, as ``json.dump`` does)."""
    tmp = path.with_name(path.name + f".{random_hex(8)}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=ensure_ascii, indent=1, sort_keys=True)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


__all__ = ["random_hex", "write_json_atomic"]
