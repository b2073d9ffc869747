"""Old Word (.doc), Kingsoft WPS (.wps), RTF and saved web pages (.mht/.mhtml).

A file is recognised by its first bytes, not only its name: a ``.doc`` that is really a
.docx, an RTF file or a saved web page (Word's "Save as" does all three) is read as what it
is. A real old Word file (an OLE2 compound file) goes through a converter installed on the
machine, Debian's ``antiword`` or else ``catdoc``; without one, the error says how to convert.
"""

from __future__ import annotations

import email
import email.policy
import re
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from email.message import EmailMessage
from pathlib import Path

from etl.contract.model import InputError, RawDoc
from etl.contract.settings import Limits
from etl.io.readers.common import check_doc_size, describe
from etl.io.readers.docx import read_docx_file
from etl.io.readers.html import html_doc
from etl.io.readers.text import decode_text

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# (program, arguments before the file): UTF-8 output, no line wrapping.
DOC_CONVERTERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("antiword", ("-m", "UTF-8.txt", "-w", "0")),
    ("catdoc", ("-d", "utf-8", "-w")),
)
CONVERT_HINT = "soffice --headless --convert-to docx FILE"
_CONVERTER_SECONDS = 60
_RTF_CODEPAGE = re.compile(rb"\\ansicpg(\d{3,5})")
_HTML_START = re.compile(rb"^\s*(?:<!doctype html|<html|<\?xml[^>]*>\s*<html)", re.IGNORECASE)


def ole_streams(path: Path) -> list[str]:
    """The stream names of an OLE2 file (WordDocument, Workbook ...); empty when unreadable."""
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            return ["/".join(entry) for entry in ole.listdir()]
    except Exception:  # olefile raises OSError and its own errors on damaged files
        return []


def _not_word(path: Path) -> InputError:
    streams = ole_streams(path)
    if any(s in ("Workbook", "Book") for s in streams):
        what = "an old Excel workbook; rename it to .xls"
    elif not streams:
        what = "a damaged Office file (its OLE2 directory cannot be read)"
    else:
        what = "an Office file that is not a Word document"
    return InputError(str(path), "read", f"this is {what}")


def _run_converter(program: str, args: tuple[str, ...], path: Path) -> str | None:
    """The converter's text, or None when it fails on this file."""
    try:
        done = subprocess.run([program, *args, str(path)], capture_output=True, timeout=_CONVERTER_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        raise InputError(str(path), "read", f"{program} took over {_CONVERTER_SECONDS} s on this file") from None
    except OSError:
        return None
    text = done.stdout.decode("utf-8", errors="replace").replace("\r\n", "\n")
    return text if done.returncode == 0 and text.strip() else None


def convert_doc(path: Path, converters: Sequence[tuple[str, tuple[str, ...]]] = DOC_CONVERTERS) -> str:
    """The text of an old Word file, through the first installed converter that reads it."""
    installed = [(shutil.which(name), args, name) for name, args in converters]
    installed = [(exe, args, name) for exe, args, name in installed if exe]
    if not installed:
        names = " or ".join(name for name, _ in converters) or "a converter"
        raise InputError(
            str(path),
            "read",
            f"old Word (.doc) files need a converter: install {names} (apt-get install antiword), "
            f"or convert the file with `{CONVERT_HINT}`",
        )
    if "WordDocument" not in ole_streams(path):
        raise _not_word(path)
    for exe, args, _ in installed:
        if (text := _run_converter(str(exe), args, path)) is not None:
            return text
    tried = ", ".join(name for _, _, name in installed)
    raise InputError(
        str(path), "read", f"the old Word file could not be converted ({tried} failed; damaged?); try `{CONVERT_HINT}`"
    )


def _doc(path: Path, text: str, limits: Limits, hints: Mapping[str, str], warnings: tuple[str, ...] = ()) -> RawDoc:
    lines = (line.strip() for line in text.replace("\r", "\n").split("\n"))
    body = "\n".join(line for line in lines if line)
    if not body:
        raise InputError(str(path), "read", "the document has no text")
    check_doc_size(str(path), body, limits)
    return RawDoc(
        source=str(path), input=str(path), text=body, hints={"filename": path.name, **hints}, warnings=warnings
    )


def rtf_text(data: bytes, source: str) -> str:
    from striprtf.striprtf import rtf_to_text

    match = _RTF_CODEPAGE.search(data[:4096])
    encoding = f"cp{int(match.group(1))}" if match else "cp1252"
    try:
        return str(rtf_to_text(data.decode("latin-1"), encoding=encoding, errors="replace"))
    except LookupError:
        return str(rtf_to_text(data.decode("latin-1"), encoding="cp1252", errors="replace"))
    except Exception as exc:  # striprtf fails in its own ways on broken groups
        raise InputError(source, "read", f"the RTF file is damaged ({describe(exc)})") from None


def read_rtf_file(path: Path, limits: Limits, hints: Mapping[str, str]) -> RawDoc:
    data = path.read_bytes()
    if not data.lstrip().startswith(b"{\\rtf"):
        raise InputError(str(path), "read", "this is not an RTF file (it does not start with {\\rtf)")
    return _doc(path, rtf_text(data, str(path)), limits, hints)


def _html_part(message: EmailMessage) -> EmailMessage | None:
    for wanted in ("text/html", "text/plain"):
        for part in message.walk():
            if part.get_content_type() == wanted and not part.is_multipart():
                return part
    return None


def read_mht_file(path: Path, limits: Limits, hints: Mapping[str, str]) -> RawDoc:
    """A web page saved as one MIME file: the page's HTML part, read as an .html file is."""
    source = str(path)
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    part = _html_part(message)
    payload = part.get_payload(decode=True) if part is not None else None
    if part is None or not isinstance(payload, bytes) or not payload.strip():
        raise InputError(source, "read", "the saved page (.mht) holds no HTML or text part")
    decoded = decode_text(payload, source, part.get_content_charset())
    warnings = (decoded.warning,) if decoded.warning else ()
    location = str(part.get("Content-Location") or message.get("Content-Location") or "")
    page_hints = {"url": location} if location.startswith(("http://", "https://")) else {}
    if part.get_content_type() == "text/plain":
        return _doc(path, decoded.text, limits, {**page_hints, **hints}, warnings)
    return html_doc(decoded.text, source, limits, {**page_hints, **hints}, warnings)


def _sniffed(path: Path, head: bytes, limits: Limits, hints: Mapping[str, str]) -> RawDoc | None:
    """A Word or WPS file that is really a .docx, RTF or web page, read as what it is."""
    if head.startswith(b"PK\x03\x04"):
        return read_docx_file(path, limits, hints)
    if head.lstrip().startswith(b"{\\rtf"):
        return read_rtf_file(path, limits, hints)
    if head.startswith(b"MIME-Version") or b"multipart/related" in head[:1024]:
        return read_mht_file(path, limits, hints)
    if _HTML_START.match(head):
        decoded = decode_text(path.read_bytes(), str(path))
        return html_doc(decoded.text, str(path), limits, hints, (decoded.warning,) if decoded.warning else ())
    return None


def read_doc_file(path: Path, limits: Limits, hints: Mapping[str, str]) -> RawDoc:
    with path.open("rb") as fh:
        head = fh.read(4096)
    if (doc := _sniffed(path, head, limits, hints)) is not None:
        return doc
    if not head.startswith(OLE2_MAGIC):
        raise InputError(str(path), "read", "this is not an old Word file (no OLE2 signature), nor .docx, RTF or HTML")
    return _doc(path, convert_doc(path), limits, hints)


def read_wps_file(path: Path, limits: Limits, hints: Mapping[str, str]) -> RawDoc:
    with path.open("rb") as fh:
        head = fh.read(4096)
    if (doc := _sniffed(path, head, limits, hints)) is not None:
        return doc
    raise InputError(
        str(path),
        "read",
        "WPS Office documents (.wps) cannot be read: save it as .docx in WPS Office, "
        f"or convert it with `{CONVERT_HINT}`",
    )
