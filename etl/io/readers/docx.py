"""Word .docx files: paragraphs and table cells in document order, one per line.

A .docx is a zip archive; its size is checked before python-docx expands it, so a small file
cannot unpack into gigabytes of XML.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from etl.contract.model import InputError, RawDoc
from etl.contract.settings import Limits
from etl.io.readers.common import MAX_HINT_CHARS, check_doc_size, check_office_zip, describe

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _paragraph_text(element: Any) -> str:
    return "".join(t.text or "" for t in element.iter(f"{_W}t"))


def _lines(body: Any) -> Iterator[str]:
    """Paragraph texts, and each distinct table cell's text (merged cells repeat in the XML)."""
    for child in body.iterchildren():
        if child.tag == f"{_W}sdt":  # a content control wraps ordinary paragraphs
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _lines(content)
        elif child.tag == f"{_W}p":
            yield _paragraph_text(child)
        elif child.tag == f"{_W}tbl":
            for row in child.iter(f"{_W}tr"):
                seen: set[str] = set()
                for cell in row.iter(f"{_W}tc"):
                    text = "".join(_paragraph_text(p) for p in cell.iter(f"{_W}p")).strip()
                    if text and text not in seen:
                        seen.add(text)
                        yield text


def _open(path: Path) -> Any:
    import docx  # python-docx; imported here so text-only runs do not pay for lxml parts

    try:
        return docx.Document(str(path))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors ...
        raise InputError(str(path), "read", f"the .docx file is damaged ({describe(exc)})") from None


def read_docx_file(path: Path, limits: Limits, hints: Mapping[str, str]) -> RawDoc:
    source = str(path)
    check_office_zip(path, limits, ".docx", "word/document.xml")
    document = _open(path)
    text = "\n".join(line.strip() for line in _lines(document.element.body) if line.strip())
    if not text:
        raise InputError(source, "read", "the .docx file has no text")
    check_doc_size(source, text, limits)
    # the document property is often a template's leftover: trust it only if the text shows it
    title = (document.core_properties.title or "").strip()[:MAX_HINT_CHARS]
    title = title if title and title in text[:1000] else None
    return RawDoc(source=source, input=source, text=text, title=title, hints={"filename": path.name, **hints})
