"""Where the dashboard's inputs come from: the warehouse path, the codebook in force, the language.

The warehouse path is read here and only here, through ``etl.contract.settings.resolve()`` (so the
``POLICY_THEMES_WAREHOUSE`` variable set by ``policy-themes dashboard`` wins over the default).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import streamlit as st

from dashboard.storage import codebooks
from dashboard.storage.codebooks import CodebookInForce, derive_codebook, warehouse_codebook
from etl.contract.settings import resolve
from etl.count.codebook import Codebook
from etl.io.warehouse import Warehouse

__all__ = [
    "CODEBOOK_KEY",
    "LANG_KEY",
    "CodebookInForce",
    "codebook_in_force",
    "derive_codebook",
    "lang",
    "warehouse_codebook",
    "warehouse_path",
]

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


def codebook_in_force(
    wh: Warehouse, derived: Callable[[], dict[str, list[str]]] | dict[str, list[str]] | None = None
) -> CodebookInForce:
    """The codebook in force (``dashboard.storage.codebooks``), the session's edited one included."""
    session = st.session_state.get(CODEBOOK_KEY)
    return codebooks.codebook_in_force(wh, derived, session if isinstance(session, Codebook) else None)
