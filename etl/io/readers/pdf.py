"""PDF files: the text layer, page by page, within a page and time budget.

pypdf is pure Python and a hostile file can make it slow, so reading stops at a page cap and a
time budget checked between pages; every pypdf error becomes an ``InputError``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from etl.contract.model import InputError, RawDoc
from etl.contract.settings import Limits
from etl.io.readers.common import MAX_HINT_CHARS, check_doc_size, describe

MAX_PAGES = 3_000
TIME_BUDGET_S = 120.0
NO_TEXT = "the PDF has no text layer (scanned image?)"


def _open(path: Path) -> Any:
    from pypdf import PdfReader  # imported here: only runs with PDFs pay for it

    # pypdf logs each repair of a damaged file on stderr; the error table says what matters
    logging.getLogger("pypdf").setLevel(logging.ERROR)

    source = str(path)
    try:
        reader = PdfReader(path, strict=False)
        encrypted = reader.is_encrypted
    except Exception as exc:  # pypdf raises PdfReadError, ValueError, KeyError ...
        raise InputError(source, "read", f"the PDF is damaged ({describe(exc)})") from None
    if encrypted:
        try:
            opened = bool(reader.decrypt(""))  # many "protected" PDFs have an empty user password
        except Exception:
            opened = False
        if not opened:
            raise InputError(source, "read", "the PDF is encrypted with a password")
    return reader


def _page_texts(reader: Any, source: str, limits: Limits) -> list[str]:
    deadline = time.monotonic() + TIME_BUDGET_S
    texts: list[str] = []
    n_chars = 0
    for i, page in enumerate(reader.pages):
        if i >= MAX_PAGES or n_chars > limits.max_doc_chars:
            break
        if time.monotonic() > deadline:
            raise InputError(source, "limits", f"the PDF took over {TIME_BUDGET_S:.0f} s to read")
        try:
            text = page.extract_text() or ""
        except Exception:  # one bad page should not lose the others
            text = ""
        texts.append(text)
        n_chars += len(text)
    return texts


def _title(reader: Any, text: str) -> str | None:
    try:
        title = str((reader.metadata or {}).get("/Title") or "").strip()[:MAX_HINT_CHARS]
    except Exception:
        return None
    return title if title and title in text[:1000] else None  # often a stale template title


def read_pdf_file(path: Path, limits: Limits, hints: Mapping[str, str]) -> RawDoc:
    source = str(path)
    reader = _open(path)
    try:
        texts = _page_texts(reader, source, limits)
    except InputError:
        raise
    except Exception as exc:
        raise InputError(source, "read", f"the PDF is damaged ({describe(exc)})") from None
    lines = (line.strip() for page in texts for line in page.splitlines())
    text = "\n".join(line for line in lines if line)
    if not text:
        raise InputError(source, "read", NO_TEXT)
    check_doc_size(source, text, limits)
    return RawDoc(
        source=source, input=source, text=text, title=_title(reader, text), hints={"filename": path.name, **hints}
    )
