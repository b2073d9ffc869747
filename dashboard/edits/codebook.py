"""Saving the codebook edited on the Codebook page, and the one atomic file writer of the edits.

No streamlit here.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from etl.count.codebook import Codebook, parse_themes

__all__ = ["replace_atomically", "save_themes"]


def replace_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and one rename: readers see old or new."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def save_themes(path: Path, codebook: Codebook) -> Codebook:
    """Write ``codebook`` to ``path`` only if the written text parses back to the same themes.

    Raises ``CodebookError`` (or ValueError) and leaves the old file untouched otherwise.
    """
    text = codebook.to_csv()
    reread = parse_themes(text, path)  # never save what cannot be read back
    if reread != codebook:
        raise ValueError(f"{path}: the codebook does not read back the same (keyword separators inside a keyword?)")
    replace_atomically(path, text.encode("utf-8"))
    return parse_themes(path.read_text(encoding="utf-8"), path)
