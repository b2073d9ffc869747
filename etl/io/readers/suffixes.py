"""File types the readers understand, by extension (lower case, with the dot)."""

from __future__ import annotations

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
MHT_SUFFIXES = frozenset({".mht", ".mhtml"})  # web pages saved as one MIME file
DOCX_SUFFIXES = frozenset({".docx"})
WORD_SUFFIXES = frozenset({".doc", ".wps"})  # old binary Word and Kingsoft WPS files
RTF_SUFFIXES = frozenset({".rtf"})
PDF_SUFFIXES = frozenset({".pdf"})
SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xls"})
TABLE_SUFFIXES = frozenset({".csv", ".jsonl", ".json", ".parquet"}) | SPREADSHEET_SUFFIXES
# Compound suffixes first: ``name.tar.gz`` is a .tar.gz, not a .gz.
ARCHIVE_SUFFIXES = (".tar.gz", ".tgz", ".tar", ".zip", ".7z")
DOCUMENT_SUFFIXES = (
    TEXT_SUFFIXES | HTML_SUFFIXES | MHT_SUFFIXES | DOCX_SUFFIXES | WORD_SUFFIXES | RTF_SUFFIXES | PDF_SUFFIXES
)
SUPPORTED_SUFFIXES = DOCUMENT_SUFFIXES | TABLE_SUFFIXES | frozenset(ARCHIVE_SUFFIXES)


def input_suffix(name: str) -> str:
    """The suffix that decides the reader: ``.tar.gz`` for ``a.tar.gz``, else the last one."""
    lower = name.lower()
    for compound in (".tar.gz",):
        if lower.endswith(compound):
            return compound
    dot = lower.rfind(".")
    return lower[dot:] if dot > 0 and "/" not in lower[dot:] else ""
