"""Plain text files in UTF-8 (with or without BOM), GB18030/GBK or Big5."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from etl.model import InputError, RawDoc
from etl.settings import Limits

_ENCODINGS = ("utf-8-sig", "gb18030", "big5")


def decode(data: bytes, source: str) -> str:
    if b"\x00" in data[:4096]:
        raise InputError(source, "read", "looks like a binary file, not text (NUL bytes)")
    for enc in _ENCODINGS:
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise InputError(source, "read", "not text in UTF-8, GB18030/GBK or Big5")


def read_text_file(path: Path, limits: Limits, hints: Mapping[str, str]) -> RawDoc:
    text = decode(path.read_bytes(), str(path))
    if len(text) > limits.max_doc_chars:
        raise InputError(str(path), "limits", f"{len(text):,} characters, over the limit of {limits.max_doc_chars:,}")
    return RawDoc(source=str(path), input=str(path), text=text, hints={"filename": path.name, **hints})
