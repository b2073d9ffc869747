"""Known-good inputs of every format, built in code from the fixture reports.

Each builder takes a report text (several lines of Chinese prose) and returns the bytes of a
file a scraper could have saved. Every one of them must be read into exactly ``n`` reports.
"""

from __future__ import annotations

import functools
import io
import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "reports"


@functools.cache
def fixture_texts() -> tuple[str, ...]:
    """The text fixtures: real-looking reports with dates, organs, presiders and speakers."""
    return tuple(p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt")))


@functools.cache
def fixture_bytes() -> tuple[tuple[str, bytes], ...]:
    """Every fixture file (including expected.jsonl) as (name, bytes): seeds for mutation."""
    return tuple((p.name, p.read_bytes()) for p in sorted(FIXTURES.iterdir()) if p.is_file())


def txt(text: str) -> bytes:
    return text.encode("utf-8")


def txt_gb18030(text: str) -> bytes:
    return text.encode("gb18030")


def txt_utf8_bom(text: str) -> bytes:
    return b"\xef\xbb\xbf" + text.encode("utf-8")


def txt_utf16(text: str) -> bytes:
    return text.encode("utf-16")


def html(text: str) -> bytes:
    paragraphs = "".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip())
    page = (
        '<!doctype html><html><head><meta charset="utf-8"><title>会议</title>'
        "<script>var x = '<p>not text</p>';</script><style>p{}</style></head>"
        '<body><div class="nav">首页 | 新闻</div><div class="TRS_Editor">'
        f"{paragraphs}</div><div class='footer'>版权所有</div></body></html>"
    )
    return page.encode("utf-8")


def html_gbk(text: str) -> bytes:
    return html(text).decode("utf-8").replace('charset="utf-8"', 'charset="gbk"').encode("gb18030")


@functools.cache
def _docx_template() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("PLACEHOLDER")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_xml(body: str) -> bytes:
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W_NS}><w:body>{body}</w:body></w:document>'.encode()


def docx_with(document_xml: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    """The python-docx template with its word/document.xml replaced (and extra entries added)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_docx_template())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = document_xml if info.filename == "word/document.xml" else src.read(info)
            dst.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            dst.writestr(name, data)
    return out.getvalue()


def docx(text: str) -> bytes:
    paragraphs = "".join(f"<w:p><w:r><w:t>{escape(line)}</w:t></w:r></w:p>" for line in text.splitlines())
    return docx_with(docx_xml(paragraphs))


def pdf(text: str) -> bytes:
    """A one-page PDF whose text layer holds ``text`` (ASCII: the built-in fonts have no CJK)."""
    safe = re.sub(r"[()\\]", " ", text.encode("ascii", "replace").decode())
    lines = [f"({line[:90]}) Tj T*" for line in safe.splitlines() if line.strip()] or ["(empty) Tj"]
    return one_page_pdf(("BT /F1 12 Tf 14 TL 72 720 Td " + " ".join(lines) + " ET").encode())


def one_page_pdf(stream: bytes) -> bytes:
    """A one-page PDF with Helvetica as /F1 and ``stream`` as the page's content stream."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return pdf_of(objects)


def pdf_of(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


ENGLISH = (
    "Municipal Government Executive Meeting\n"
    "On 7 May 2020 the municipal government held an executive meeting.\n"
    "The meeting studied ecological protection and rural revitalisation.\n"
)


def row(text: str, i: int) -> dict[str, object]:
    return {"title": text.splitlines()[0][:40], "content": text, "date": f"2020-05-{1 + i % 28:02d}", "organ": "区政府"}


def csv_table(texts: list[str]) -> bytes:
    import csv

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=["title", "content", "date", "organ"])
    writer.writeheader()
    writer.writerows(row(t, i) for i, t in enumerate(texts))
    return buffer.getvalue().encode("utf-8")


def jsonl_table(texts: list[str]) -> bytes:
    return "".join(json.dumps(row(t, i), ensure_ascii=False) + "\n" for i, t in enumerate(texts)).encode()


def json_table(texts: list[str]) -> bytes:
    return json.dumps({"data": [row(t, i) for i, t in enumerate(texts)]}, ensure_ascii=False).encode()


def parquet_table(texts: list[str]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    buffer = io.BytesIO()
    pq.write_table(pa.Table.from_pylist([row(t, i) for i, t in enumerate(texts)]), buffer)
    return buffer.getvalue()


def _sheet_rows(texts: list[str]) -> list[list[object]]:
    rows = [row(t, i) for i, t in enumerate(texts)]
    return [
        ["title", "content", "date", "organ"],
        *([r[k] for k in ("title", "content", "date", "organ")] for r in rows),
    ]


def xlsx_table(texts: list[str], title_row: str | None = None) -> bytes:
    """A workbook of the reports (a title row above the header when given) and an empty sheet."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "报告"
    if title_row:
        sheet.append([title_row])
    for values in _sheet_rows(texts):
        sheet.append(values)
    book.create_sheet("Sheet2")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def xls_table(texts: list[str]) -> bytes:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("报告")
    for i, values in enumerate(_sheet_rows(texts)):
        for j, value in enumerate(values):
            sheet.write(i, j, value)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def rtf(text: str) -> bytes:
    """An RTF file as Chinese Word writes it: GBK bytes as \\'hh escapes under \\ansicpg936."""

    def escaped(line: str) -> str:
        return "".join(
            c if ord(c) < 128 and c not in "\\{}" else "".join(f"\\'{b:02x}" for b in c.encode("gbk")) for c in line
        )

    body = "\\par\n".join(escaped(line) for line in text.splitlines())
    return (
        "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\\f0 " + body + "\\par}"
    ).encode("ascii")


def mht(text: str) -> bytes:
    """A page saved by a browser as one MIME file (quoted-printable HTML, an image part)."""
    from email.message import EmailMessage

    message = EmailMessage()
    message["MIME-Version"] = "1.0"
    message["Subject"] = "会议"
    message.make_related()
    message.add_related(html(text).decode("utf-8"), subtype="html", cte="quoted-printable")
    message.add_related(b"\x89PNG\r\n\x1a\n", maintype="image", subtype="png")
    for part in message.iter_parts():
        if part.get_content_type() == "text/html":
            part["Content-Location"] = "https://www.example.gov.cn/art/2020/5/7/art_1.html"
    return message.as_bytes()


def doc(text: str) -> bytes:
    from tests.fuzz.ole import word97

    return word97(text)


def zip_of(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def tar_of(members: dict[str, bytes], mode: str = "w") -> bytes:
    """A tar archive (``mode="w:gz"`` for a .tar.gz)."""
    import tarfile

    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode) as archive:  # type: ignore[call-overload]
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def sevenz_of(members: dict[str, bytes]) -> bytes:
    import py7zr

    buffer = io.BytesIO()
    with py7zr.SevenZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(data, name)
    return buffer.getvalue()


# suffix -> builder of one report; the PDF builder keeps only ASCII, so it gets English text
SINGLE: dict[str, tuple[str, Callable[[str], bytes]]] = {
    "txt": (".txt", txt),
    "txt-gb18030": (".txt", txt_gb18030),
    "txt-bom": (".txt", txt_utf8_bom),
    "txt-utf16": (".txt", txt_utf16),
    "md": (".md", txt),
    "html": (".html", html),
    "htm-gbk": (".htm", html_gbk),
    "docx": (".docx", docx),
    "rtf": (".rtf", rtf),
    "mht": (".mht", mht),
    "doc": (".doc", doc),
}
TABLES: dict[str, tuple[str, Callable[[list[str]], bytes]]] = {
    "csv": (".csv", csv_table),
    "jsonl": (".jsonl", jsonl_table),
    "json": (".json", json_table),
    "parquet": (".parquet", parquet_table),
    "xlsx": (".xlsx", xlsx_table),
    "xls": (".xls", xls_table),
}
