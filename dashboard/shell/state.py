"""Where the dashboard's inputs come from: the warehouse path, the codebook in force, the language.

The warehouse path is read here and only here, through ``etl.settings.resolve()`` (so the
``POLICY_THEMES_WAREHOUSE`` variable set by ``policy-themes dashboard`` wins over the default).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from etl.codebook import Codebook, CodebookError, Theme, content_hash, load_folder
from etl.settings import PROJECT_ROOT, resolve
from etl.warehouse import Warehouse

CODEBOOK_KEY = "codebook"  # st.session_state key of the session codebook (edited on the Codebook page)
LANG_KEY = "lang_en"


def warehouse_path() -> Path:
    return resolve().warehouse


PERIODS_FILE = "periods.csv"  # user periods (十三五, 届 ...): docs/research.md
TENURES_FILE = "tenures.csv"  # tenure overrides (real appointment dates)
PREFILL_KEY = "cb_prefill"  # a codebook row another page (Topics) asks the Codebook page to add


def codebook_folder() -> Path:
    return resolve().codebook


def research_files() -> tuple[Path, Path]:
    """The user periods and tenure overrides files: beside the codebook, data the user edits."""
    folder = codebook_folder()
    return folder / PERIODS_FILE, folder / TENURES_FILE


def lang() -> str:
    return "en" if st.session_state.get(LANG_KEY) else "zh"


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


def codebook_in_force(
    wh: Warehouse, derived: Callable[[], dict[str, list[str]]] | dict[str, list[str]] | None = None
) -> CodebookInForce:
    """``derived``: the themes table's keywords (or a function giving them), asked only when no
    codebook file can be found."""
    base, origin = warehouse_codebook(wh)
    if origin == "derived":
        base = derive_codebook((derived() if callable(derived) else derived) or {})
    session = st.session_state.get(CODEBOOK_KEY)
    if isinstance(session, Codebook) and session != base:
        return CodebookInForce(session, True, "session")
    return CodebookInForce(base, origin == "file", origin)
