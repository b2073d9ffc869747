"""File types the readers understand, by extension (lower case, with the dot)."""

from __future__ import annotations

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
DOCX_SUFFIXES = frozenset({".docx"})
PDF_SUFFIXES = frozenset({".pdf"})
TABLE_SUFFIXES = frozenset({".csv", ".jsonl", ".json", ".parquet"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | DOCX_SUFFIXES | PDF_SUFFIXES | TABLE_SUFFIXES
