"""Which codebook a warehouse's numbers were counted with, found without Streamlit.

The dashboard (``dashboard.shell.state``, which adds the session's edited codebook) and the export
command (``dashboard.exporting``) both start from :func:`codebook_in_force`, so a figure drawn by
either counts with the same codebook.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from etl.contract.model import CodebookError
from etl.contract.settings import PROJECT_ROOT, resolve
from etl.count.codebook import Codebook, Theme, content_hash, load_folder
from etl.io.warehouse import Warehouse

__all__ = ["CodebookInForce", "codebook_in_force", "derive_codebook", "warehouse_codebook"]

Derived = Callable[[], dict[str, list[str]]] | dict[str, list[str]] | None


@dataclass(frozen=True)
class CodebookInForce:
    codebook: Codebook
    recount: bool  # True when it differs from the codebook the warehouse was counted with
    origin: str  # "warehouse" | "file" | "session" | "derived"

    @property
    def key(self) -> str:
        return hashlib.sha256(self.codebook.to_csv().encode("utf-8")).hexdigest()[:16]

    def label(self, theme: str, language: str) -> str:
        return self.codebook.labels_en.get(theme, theme) if language == "en" else theme


def _candidate_folders(wh: Warehouse) -> list[Path]:
    recorded = wh.manifest.get("codebook", {}).get("folder")
    folders = [Path(recorded)] if recorded else []
    if recorded and not Path(recorded).is_absolute():
        folders.append(PROJECT_ROOT / recorded)  # a folder recorded relative to the project
    folders.append(resolve().codebook)
    return folders


def warehouse_codebook(wh: Warehouse) -> tuple[Codebook, str]:
    """The codebook the warehouse was counted with: its file if the hash still matches."""
    wanted = wh.manifest.get("codebook", {}).get("hashes", {}).get("themes.csv")
    fallback: Codebook | None = None
    for folder in _candidate_folders(wh):
        path = folder / "themes.csv"
        try:
            if wanted and content_hash(path.read_bytes()) == wanted:
                return load_folder(folder).codebook, "warehouse"
            fallback = fallback or load_folder(folder).codebook
        except (OSError, CodebookError):
            continue
    if fallback is not None and not wh.exists:
        return fallback, "warehouse"
    if fallback is not None:
        return fallback, "file"
    return Codebook(()), "derived"


def derive_codebook(hits_keywords: dict[str, list[str]]) -> Codebook:
    """A codebook rebuilt from the themes table when no codebook file can be found."""
    return Codebook(tuple(Theme(t, t, tuple(kws)) for t, kws in hits_keywords.items()))


def codebook_in_force(wh: Warehouse, derived: Derived = None, session: Codebook | None = None) -> CodebookInForce:
    """``derived``: the themes table's keywords (or a function giving them), asked only when no
    codebook file can be found; ``session``: a codebook edited in the dashboard, in force when it
    differs from the warehouse's."""
    base, origin = warehouse_codebook(wh)
    if origin == "derived":
        base = derive_codebook((derived() if callable(derived) else derived) or {})
    if session is not None and session != base:
        return CodebookInForce(session, True, "session")
    return CodebookInForce(base, origin == "file", origin)
