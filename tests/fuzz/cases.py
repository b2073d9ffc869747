"""Fuzz cases: what scrapers bring back, from clean files to hostile ones.

A case is one file (or one zip upload) with what the run must make of it:

- ``good``: read into exactly ``reports`` reports, no error;
- ``bad``: listed in ``errors``, no report;
- ``rows``: a table whose rows are each known good, bad or either (``rows`` holds the flags);
- ``any``: read, or listed in errors, or both (tables) - but never lost and never a crash;
- ``refused`` / ``unpacked``: a zip upload that ``extract_archive`` must refuse / unpack.

Every generator is ``(rng, uid) -> Case``; the same seed gives the same cases.
"""

from __future__ import annotations

import io
import json
import random
import re
import shutil
import stat
import tarfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

from tests.fuzz import mutate, samples

TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".csv", ".json", ".jsonl")
ALL_SUFFIXES = (*TEXT_SUFFIXES, ".docx", ".pdf", ".parquet", ".xlsx", ".xls", ".rtf", ".mht", ".doc", ".wps", ".tar")
# Markers that must never reach a report's text: script bodies and files an XML entity names.
LEAK_MARKERS = ("EVILSCRIPT", "root:x:0:0")


@dataclass(frozen=True)
class Case:
    kind: str
    suffix: str
    data: bytes
    expect: str  # good | bad | rows | any | refused | unpacked
    reports: int = 1
    rows: tuple[str, ...] = ()  # per row: good | bad | any

    def name(self, index: int) -> str:
        return f"{index:05d}-{self.kind}{self.suffix}"


Generator = Callable[[random.Random, int], Case]


def _report(rng: random.Random, uid: int) -> str:
    """A fixture report made distinct (no two cases are reposts of each other)."""
    return rng.choice(samples.fixture_texts()).rstrip("\n") + f"\n本文编号第{uid}号。\n"


# --- good files ------------------------------------------------------------------------------


def _good_single(fmt: str) -> Generator:
    suffix, build = samples.SINGLE[fmt]
    return lambda rng, uid: Case(f"good-{fmt}", suffix, build(_report(rng, uid)), "good")


def _good_table(fmt: str) -> Generator:
    suffix, build = samples.TABLES[fmt]

    def gen(rng: random.Random, uid: int) -> Case:
        n = rng.randint(1, 4)
        return Case(f"good-{fmt}", suffix, build([_report(rng, uid * 10 + i) for i in range(n)]), "good", n)

    return gen


def good_pdf(rng: random.Random, uid: int) -> Case:
    return Case("good-pdf", ".pdf", samples.pdf(samples.ENGLISH + f"Record number {uid}.\n"), "good")


# --- broken text -----------------------------------------------------------------------------


def empty(rng: random.Random, uid: int) -> Case:
    return Case("empty", rng.choice(ALL_SUFFIXES), b"", "bad")


def whitespace(rng: random.Random, uid: int) -> Case:
    blank = "".join(rng.choice([" ", "\n", "\t", "\r\n", "\u3000", "\xa0"]) for _ in range(rng.randint(1, 200)))
    encoding = rng.choice(["utf-8", "gb18030", "utf-16"])
    return Case("whitespace", rng.choice(TEXT_SUFFIXES), blank.encode(encoding), "bad")


def nul_bytes(rng: random.Random, uid: int) -> Case:
    data = bytearray(_report(rng, uid).encode("utf-8"))
    for _ in range(rng.randint(1, 5)):
        data.insert(rng.randrange(min(len(data), 4000) + 1), 0)
    return Case("nul-bytes", rng.choice(TEXT_SUFFIXES), bytes(data), "bad")


_MAGIC = [b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"GIF89a", b"PK\x03\x04", b"%PDF-1.5\n", b"PAR1",
          b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\x7fELF\x02\x01\x01\x00", b"\x1f\x8b\x08\x00"]  # fmt: skip


def binary_with_text_suffix(rng: random.Random, uid: int) -> Case:
    magic = rng.choice(_MAGIC)
    body = rng.randbytes(rng.randint(0, 3000))
    # gzip and ELF carry no magic the readers know, so only NUL bytes make them certainly binary
    expect = "bad" if magic not in (b"\x7fELF\x02\x01\x01\x00", b"\x1f\x8b\x08\x00") else "any"
    if expect == "any" and rng.random() < 0.5:
        body = b"\x00" + body
        expect = "bad"
    return Case("binary-text-suffix", rng.choice(TEXT_SUFFIXES), magic + body, expect)


def random_bytes(rng: random.Random, uid: int) -> Case:
    data = bytes(rng.randint(0x80, 0xFF) for _ in range(rng.randint(1, 3000)))
    return Case("invalid-encoding", rng.choice(ALL_SUFFIXES), data, "any")


def mixed_encodings(rng: random.Random, uid: int) -> Case:
    lines = _report(rng, uid).splitlines(keepends=True)
    data = b"".join(line.encode(rng.choice(["utf-8", "gb18030", "big5"]), errors="replace") for line in lines)
    return Case("mixed-encoding", rng.choice(TEXT_SUFFIXES[:4]), data, "any")


def truncated(encoding: str) -> Generator:
    def gen(rng: random.Random, uid: int) -> Case:
        data = _report(rng, uid).encode(encoding)
        cut = rng.randrange(1, len(data))
        return Case(f"truncated-{encoding}", rng.choice((".txt", ".md", ".html")), data[:cut], "any")

    return gen


def control_chars(rng: random.Random, uid: int) -> Case:
    text = list(_report(rng, uid))
    for _ in range(rng.randint(1, 400)):
        text.insert(rng.randrange(len(text) + 1), chr(rng.choice([1, 2, 7, 8, 0x1B, 0x7F, 0x1E, 0x85, 0x2028])))
    return Case("control-chars", rng.choice((".txt", ".html", ".md")), "".join(text).encode("utf-8"), "any")


def long_line(rng: random.Random, uid: int) -> Case:
    """One line of several MB: Chinese prose (read), or ASCII past the character limit (refused)."""
    if rng.random() < 0.5:
        sentence = "会议强调，要坚持生态优先，推进乡村振兴，抓好安全生产。"
        line = f"2021年3月{1 + uid % 28}日，青禾区政府召开常务会议（第{uid}号）。" + sentence * 40_000
        return Case("long-line-chinese", rng.choice((".txt", ".md")), line.encode("utf-8"), "good")
    return Case("long-line-ascii", rng.choice((".txt", ".md", ".html")), b"a" * 2_100_000 + b" b" * 200_000, "bad")


def long_cell(rng: random.Random, uid: int) -> Case:
    cell = "会议研究了财政预算执行情况。" * 60_000 + f"（第{uid}号）"
    suffix, build = samples.TABLES[rng.choice(["csv", "jsonl"])]
    return Case("long-cell", suffix, build([cell]), "good")


# --- HTML ------------------------------------------------------------------------------------


def deep_html(rng: random.Random, uid: int) -> Case:
    depth = rng.choice([3_500, 20_000, 100_000])
    tag = rng.choice(["div", "section", "blockquote", "ul"])
    page = f"<html><body>{f'<{tag}>' * depth}深{f'</{tag}>' * depth}</body></html>"
    return Case("deep-html", rng.choice((".html", ".htm")), page.encode(), "bad")


def deep_inline_html(rng: random.Random, uid: int) -> Case:
    depth = rng.choice([5_000, 50_000])
    tag = rng.choice(["span", "b", "font", "a", "table", "p", "i"])
    page = f"<html><body><div>{_report(rng, uid)}</div>{('<' + tag + '>') * depth}x</body></html>"
    return Case("deep-inline-html", ".html", page.encode(), "any")


def script_html(rng: random.Random, uid: int) -> Case:
    scripts = [
        "<script>document.write('EVILSCRIPT');</script>",
        "<script type='text/template'><p>EVILSCRIPT</p></script>",
        "<style>body:after{content:'EVILSCRIPT'}</style>",
        "<noscript>EVILSCRIPT</noscript>",
        "<iframe srcdoc='<p>EVILSCRIPT</p>'></iframe>",
        "<template><p>EVILSCRIPT</p></template>",
        "<svg><script>EVILSCRIPT</script></svg>",
        "<img src=x onerror=alert(1)>",
        "<a href='javascript:alert(1)'>链接</a>",
        "<object data='x'>EVILSCRIPT</object>",
    ]
    text = _report(rng, uid)
    parts = [f"<p>{line}</p>" for line in text.splitlines()]
    for _ in range(rng.randint(1, 40)):
        parts.insert(rng.randrange(len(parts) + 1), rng.choice(scripts))
    page = "<html><head><title>会议</title></head><body><div id='zoom'>" + "".join(parts) + "</div></body></html>"
    return Case("script-html", ".html", page.encode(), "good")


def script_only_html(rng: random.Random, uid: int) -> Case:
    page = "<html><body><script>var s='EVILSCRIPT';</script><style>p{}</style></body></html>" * rng.randint(1, 50)
    return Case("script-only-html", ".html", page.encode(), "bad")


def broken_html(rng: random.Random, uid: int) -> Case:
    page = samples.html(_report(rng, uid))
    return Case("broken-html", ".html", mutate.html_mutation(rng, page), "any")


# --- docx and pdf ----------------------------------------------------------------------------


def malformed_docx(rng: random.Random, uid: int) -> Case:
    good = samples.docx(_report(rng, uid))
    choice = rng.randrange(7)
    if choice == 0:
        return Case("docx-not-zip", ".docx", rng.randbytes(rng.randint(0, 2000)), "bad")
    if choice == 1:
        return Case("docx-truncated", ".docx", good[: rng.randrange(len(good))], "bad")
    if choice == 2:
        return Case("docx-bitflip", ".docx", mutate.bit_flips(rng, good, rng.randint(1, 20)), "any")
    if choice == 3:
        xml = samples.docx_xml("<w:p><w:r><w:t>未闭合").replace(b"</w:body></w:document>", b"")
        return Case("docx-bad-xml", ".docx", samples.docx_with(xml), "bad")
    if choice == 4:
        xxe = (
            b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">'
            b'<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        )
        body = samples.docx_xml("<w:p><w:r><w:t>&x;&b;</w:t></w:r></w:p>").split(b"?>", 1)[1]
        return Case("docx-xxe", ".docx", samples.docx_with(xxe + body), "any")
    if choice == 5:
        bomb = samples.docx_with(samples.docx_xml(""), {"word/media/zeros.bin": b"\0" * 30_000_000})
        return Case("docx-bomb", ".docx", bomb, "bad")
    deep = "<w:sdt><w:sdtContent>" * 3000 + "<w:p><w:r><w:t>深</w:t></w:r></w:p>" + "</w:sdtContent></w:sdt>" * 3000
    return Case("docx-deep", ".docx", samples.docx_with(samples.docx_xml(deep)), "any")


def malformed_pdf(rng: random.Random, uid: int) -> Case:
    good = samples.pdf(samples.ENGLISH + f"Record {uid}\n")
    choice = rng.randrange(7)
    if choice == 0:
        return Case("pdf-truncated", ".pdf", good[: rng.randrange(len(good))], "any")
    if choice == 1:
        return Case("pdf-bitflip", ".pdf", mutate.bit_flips(rng, good, rng.randint(1, 30)), "any")
    if choice == 2:
        return Case("pdf-garbage", ".pdf", b"%PDF-1.7\n" + rng.randbytes(rng.randint(0, 4000)), "bad")
    if choice == 3:  # the page tree holds itself
        objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"]
        return Case("pdf-loop", ".pdf", samples.pdf_of(objects), "bad")
    if choice == 4:  # a page count and a stream length that lie
        lying = good.replace(b"/Count 1", b"/Count 999999999").replace(b"/Length ", b"/Length 9")
        return Case("pdf-lying", ".pdf", lying, "any")
    if choice == 5:  # no text layer
        objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                   b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"]  # fmt: skip
        return Case("pdf-no-text", ".pdf", samples.pdf_of(objects), "bad")
    refs = " ".join(f"{n} 0 R" for n in range(3, 3 + 200))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{refs}] /Count 200 >>".encode()]
    return Case("pdf-missing-pages", ".pdf", samples.pdf_of(objects), "any")


# --- spreadsheets, RTF, saved pages, old Word, tar ---------------------------------------------


def malformed_xlsx(rng: random.Random, uid: int) -> Case:
    good = samples.xlsx_table([_report(rng, uid * 10 + i) for i in range(rng.randint(1, 3))])
    choice = rng.randrange(5)
    if choice == 0:
        return Case("xlsx-not-zip", ".xlsx", rng.randbytes(rng.randint(0, 3000)), "bad")
    if choice == 1:
        return Case("xlsx-truncated", ".xlsx", good[: rng.randrange(len(good))], "bad")
    if choice == 2:
        return Case("xlsx-bitflip", ".xlsx", mutate.bit_flips(rng, good, rng.randint(1, 20)), "any")
    if choice == 3:  # a zip that is not a workbook (a .docx renamed)
        return Case("xlsx-wrong-zip", ".xlsx", samples.docx(_report(rng, uid)), "bad")
    rows = [["报表"], [], ["标题", "日期"], *[[f"第{i}行", "2020-05-07"] for i in range(rng.randint(1, 30))]]
    return Case("xlsx-no-text-column", ".xlsx", _workbook(rows), "bad")


def _workbook(rows: list[list[object]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for values in rows:
        sheet.append(values)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def malformed_xls(rng: random.Random, uid: int) -> Case:
    good = samples.xls_table([_report(rng, uid * 10 + i) for i in range(rng.randint(1, 3))])
    choice = rng.randrange(4)
    if choice == 0:
        return Case("xls-ole-garbage", ".xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rng.randbytes(3000), "bad")
    if choice == 1:
        return Case("xls-truncated", ".xls", good[: rng.randrange(len(good))], "any")
    if choice == 2:
        return Case("xls-bitflip", ".xls", mutate.bit_flips(rng, good, rng.randint(1, 20)), "any")
    return Case("xls-random", ".xls", rng.randbytes(rng.randint(0, 3000)), "bad")


def malformed_rtf(rng: random.Random, uid: int) -> Case:
    good = samples.rtf(_report(rng, uid))
    choice = rng.randrange(5)
    if choice == 0:
        return Case("rtf-truncated", ".rtf", good[: rng.randrange(len(good))], "any")
    if choice == 1:
        return Case("rtf-unbalanced", ".rtf", good.replace(b"}", b"", rng.randint(1, 3)) + b"{" * 500, "any")
    if choice == 2:
        depth = rng.choice([1_000, 50_000])
        return Case("rtf-deep", ".rtf", b"{\\rtf1 " + b"{" * depth + "深".encode("gbk") + b"}" * depth + b"}", "any")
    if choice == 3:
        return Case("rtf-bad-escapes", ".rtf", good.replace(b"\\'", b"\\'zz", rng.randint(1, 5)), "any")
    return Case("rtf-not-rtf", ".rtf", rng.randbytes(rng.randint(1, 2000)), "bad")


def malformed_mht(rng: random.Random, uid: int) -> Case:
    good = samples.mht(_report(rng, uid))
    choice = rng.randrange(5)
    if choice == 0:
        return Case("mht-truncated", ".mht", good[: rng.randrange(len(good))], "any")
    if choice == 1:
        return Case("mht-no-boundary", ".mht", re.sub(rb'boundary="[^"]+"', b"", good), "any")
    if choice == 2:
        only_image = b"MIME-Version: 1.0\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n"
        return Case("mht-no-page", ".mht", only_image, "bad")
    if choice == 3:
        return Case("mht-bad-base64", ".mht", good.replace(b"quoted-printable", b"base64"), "any")
    return Case("mht-bitflip", ".mht", mutate.bit_flips(rng, good, rng.randint(1, 20)), "any")


def _tar_entry(name: str, data: bytes = b"", kind: bytes = tarfile.REGTYPE) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.size = len(data) if kind == tarfile.REGTYPE else 0
    if kind in (tarfile.SYMTYPE, tarfile.LNKTYPE):
        info.linkname = "/etc/passwd"
    return info, data


def _tar(entries: list[tuple[tarfile.TarInfo, bytes]], mode: str = "w") -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode) as archive:  # type: ignore[call-overload]
        for info, data in entries:
            archive.addfile(info, io.BytesIO(data) if info.isfile() else None)
    return buffer.getvalue()


def malformed_tar(rng: random.Random, uid: int) -> Case:
    n = rng.randint(1, 3)
    good = [_tar_entry(f"r/{uid}-{i}.txt", _report(rng, uid * 10 + i).encode()) for i in range(n)]
    mode = rng.choice(["w", "w:gz"])
    suffix = ".tar" if mode == "w" else rng.choice([".tar.gz", ".tgz"])
    choice = rng.randrange(6)
    if choice == 0:
        return Case("tar-good", suffix, _tar(good, mode), "good", n)
    if choice == 1:
        evil = rng.choice(["../escape.txt", "/tmp/abs.txt", "a/../../b.txt"])
        return Case("tar-traversal", suffix, _tar([*good, _tar_entry(evil, b"x")], mode), "bad")
    if choice == 2:
        link = _tar_entry("link.txt", kind=rng.choice([tarfile.SYMTYPE, tarfile.LNKTYPE]))
        return Case("tar-link", suffix, _tar([*good, link], mode), "bad")
    if choice == 3:
        return Case("tar-device", suffix, _tar([*good, _tar_entry("dev.txt", kind=tarfile.CHRTYPE)], mode), "bad")
    data = _tar(good, mode)
    if choice == 4:
        return Case("tar-truncated", suffix, data[: rng.randrange(len(data))], "any")
    return Case("tar-bitflip", suffix, mutate.bit_flips(rng, data, rng.randint(1, 10)), "any")


def malformed_doc(rng: random.Random, uid: int) -> Case:
    good = samples.doc(_report(rng, uid))
    choice = rng.randrange(4)
    if choice == 0:
        return Case("doc-truncated", ".doc", good[: rng.randrange(len(good))], "any")
    if choice == 1:
        return Case("doc-bitflip", ".doc", mutate.bit_flips(rng, good, rng.randint(1, 30)), "any")
    if choice == 2:
        return Case("doc-ole-garbage", rng.choice([".doc", ".wps"]), good[:512] + rng.randbytes(2000), "bad")
    return Case("wps", ".wps", good, "bad")


# --- tables ----------------------------------------------------------------------------------

_BAD_TEXT = [None, "", "  ", "NaN", "null", "None", "n/a", ["a", "b"], {"k": "v"}]
_ODD_HINTS = ["2020年2月30日", "13月", "2021-13-45", "0000-00-00", "2月30日", 20200230, -1, 1e308, True, [1], {"a": 1},
              "9999年99月99日", "２０２０年５月７日", "\x00", "2020/02/30", "NaT"]  # fmt: skip


def _table_row(rng: random.Random, uid: int) -> tuple[object, str]:
    """One row and whether it must load (good), must be refused (bad) or may go either way."""
    text = _report(rng, uid)
    kind = rng.randrange(9)
    if kind == 0:
        return {"title": "无正文", "organ": "区委"}, "bad"
    if kind == 1:
        return {"content": rng.choice(_BAD_TEXT), "title": "x"}, "bad"
    if kind == 2:
        return rng.choice([5, "字符串", [1, 2], None, True]), "bad"
    if kind == 3:
        extra = {f"extra_{i}": rng.choice(_ODD_HINTS) for i in range(rng.randint(1, 30))}
        return {"正文": text, **extra}, "good"
    if kind == 4:
        hints = {k: rng.choice(_ODD_HINTS) for k in ("date", "year", "publish_date", "会议日期", "url", "organ")}
        return {"Content ": text, **hints}, "good"
    if kind == 5:
        return {"text": rng.choice([12345, 3.5, True])}, "any"
    if kind == 6:
        return {"content": text, "title": rng.choice(_ODD_HINTS)}, "good"
    if kind == 7:
        return {"CONTENT": text.replace("2", rng.choice(["２", "二"])), "日期": "2020年13月1日"}, "good"
    return {"content": text, "url": f"http://example.gov.cn/{uid}.html"}, "good"


def jsonl_rows(rng: random.Random, uid: int) -> Case:
    rows, flags, lines = [], [], []
    for i in range(rng.randint(1, 8)):
        if rng.random() < 0.15:
            lines.append(rng.choice(['{"content": "未闭合', "{bad json}", "[1,2", '"x"', "5"]))
            flags.append("bad")
            continue
        row, flag = _table_row(rng, uid * 100 + i)
        rows.append(row)
        flags.append(flag)
        lines.append(json.dumps(row, ensure_ascii=rng.random() < 0.5))
    return Case("jsonl-columns", ".jsonl", ("\n".join(lines) + "\n").encode(), "rows", rows=tuple(flags))


def json_rows(rng: random.Random, uid: int) -> Case:
    rows, flags = zip(*(_table_row(rng, uid * 100 + i) for i in range(rng.randint(1, 8))), strict=True)
    data: object = list(rows)
    if rng.random() < 0.3:
        data = {"data": list(rows), "total": len(rows)}
    return Case("json-columns", ".json", json.dumps(data, ensure_ascii=False).encode(), "rows", rows=flags)


def csv_rows(rng: random.Random, uid: int) -> Case:
    """CSV with missing, extra or odd columns; short rows lose their text, long rows keep it."""
    delimiter = rng.choice([",", ";", "\t"])
    header = ["title", "content", "date"]
    if rng.random() < 0.3:
        header = ["\ufeffTitle", " 正文 ", "日期", "year"]
    lines = [delimiter.join(header)]
    flags = []
    for i in range(rng.randint(1, 8)):
        text = _report(rng, uid * 100 + i).replace("\n", " ")
        text = text.replace(delimiter, " ").replace('"', "")
        shape = rng.randrange(4)
        if shape == 0:
            lines.append(delimiter.join(["标题", text, rng.choice(["2020年2月30日", "13月", "2020-02-30"])]))
            flags.append("good")
        elif shape == 1:
            lines.append("只有标题")
            flags.append("bad")
        elif shape == 2:
            lines.append(delimiter.join(["标题", text, "2020-05-07", "多余", "列", "值"]))
            flags.append("good")
        else:
            lines.append(delimiter.join(["标题", "", "2020"]))
            flags.append("bad")
    return Case("csv-columns", ".csv", ("\n".join(lines) + "\n").encode(rng.choice(["utf-8", "gb18030"])), "rows",
                rows=tuple(flags))  # fmt: skip


def parquet_rows(rng: random.Random, uid: int) -> Case:
    import pyarrow as pa
    import pyarrow.parquet as pq

    n = rng.randint(1, 6)
    texts = [_report(rng, uid * 100 + i) if rng.random() < 0.7 else None for i in range(n)]
    columns: dict[str, object] = {"content": texts}
    if rng.random() < 0.5:
        columns["date"] = pa.array([rng.choice([None, 20200230, 13]) for _ in range(n)], pa.int64())
    if rng.random() < 0.5:
        columns["year"] = pa.array([rng.choice([None, 2.0e3, float("nan"), 1e300]) for _ in range(n)], pa.float64())
    if rng.random() < 0.3:
        columns["extra"] = pa.array([[1, 2]] * n)
    buffer = io.BytesIO()
    pq.write_table(pa.table(columns), buffer)
    flags = tuple("good" if t else "bad" for t in texts)
    return Case("parquet-columns", ".parquet", buffer.getvalue(), "rows", rows=flags)


def table_no_rows(rng: random.Random, uid: int) -> Case:
    """A table that holds no rows at all must still be reported, not silently skipped."""
    suffix, data = rng.choice([(".csv", b"title,content,date\n"), (".jsonl", b"\n\n"), (".json", b"[]"),
                               (".json", b'{"data": []}'), (".csv", b"\xef\xbb\xbf")])  # fmt: skip
    return Case("table-no-rows", suffix, data, "bad")


# --- dates -----------------------------------------------------------------------------------

_BAD_DATES = ["2月30日", "2020年2月30日", "2020年13月5日", "13月1日", "2021年0月0日", "9999年12月31日",
              "1800年1月1日", "2020年02月31日", "二〇二〇年十三月五日", "2020年2月29日", "2021年2月29日",
              "２０２０年１３月３２日", "2020-13-45", "12月32日"]  # fmt: skip


def odd_dates(rng: random.Random, uid: int) -> Case:
    text = _report(rng, uid)
    _, _, rest = text.partition("，")
    text = f"{rng.choice(_BAD_DATES)}，{rest}" if rest else f"{rng.choice(_BAD_DATES)}，{text}"
    fmt = rng.choice(["txt", "html", "docx"])
    suffix, build = samples.SINGLE[fmt]
    name_date = rng.choice(["", "_20200230", "_2020-13-01", "_99999999"])
    return Case(f"odd-date{name_date}", suffix, build(text), "good")


# Runs of what the reading rules look for: where a regex could backtrack or a loop go quadratic.
_RUNS = ["2020年", "2020年5月6日", "1", "：", "（", "）", "“", "会议。\n", "\n", "张三说：要抓好落实。", "区长王五主持会议。",
         "同志", "，", "、", "区委书记李明、区长王强、", "会 ", "区委书记", "二〇二〇年十二月三十一日", "召开常委会会议",
         "发布时间：", "来源：", "会议指出，", "【", "ab ", "<p>", "&nbsp;", "\u3000"]  # fmt: skip


def pathological_text(rng: random.Random, uid: int) -> Case:
    runs = rng.sample(_RUNS, rng.randint(1, 3))
    text = "".join(run * rng.randint(1_000, 20_000) for run in runs) + f"（第{uid}号）"
    if rng.random() < 0.5:
        text = _report(rng, uid) + text
    return Case("pathological-text", rng.choice((".txt", ".html", ".jsonl")), _as(text, rng), "any")


def _as(text: str, rng: random.Random) -> bytes:
    return (json.dumps({"content": text}, ensure_ascii=False) + "\n").encode() if rng.random() < 0.3 else text.encode()


# --- the mutation corpus ---------------------------------------------------------------------


def mutated_fixture(rng: random.Random, uid: int) -> Case:
    name, data = rng.choice(samples.fixture_bytes())
    if rng.random() < 0.3:
        data = data.decode("utf-8").encode(rng.choice(["gb18030", "big5", "utf-16"]), errors="replace")
    suffix = rng.choice(ALL_SUFFIXES) if rng.random() < 0.3 else "." + name.rsplit(".", 1)[-1]
    return Case("mutated-fixture", suffix, mutate.mutate(rng, data), "any")


def mutated_sample(rng: random.Random, uid: int) -> Case:
    fmt = rng.choice([*samples.SINGLE, *samples.TABLES])
    if fmt in samples.SINGLE:
        suffix, build = samples.SINGLE[fmt]
        data = build(_report(rng, uid))
    else:
        suffix, build_table = samples.TABLES[fmt]
        data = build_table([_report(rng, uid * 10 + i) for i in range(rng.randint(1, 3))])
    return Case(f"mutated-{fmt}", suffix, mutate.mutate(rng, data), "any")


# --- zip uploads -----------------------------------------------------------------------------


def _zip(entries: list[tuple[zipfile.ZipInfo | str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return buffer.getvalue()


def _good_entries(rng: random.Random, uid: int) -> list[tuple[zipfile.ZipInfo | str, bytes]]:
    return [(f"reports/{uid}-{i}.txt", _report(rng, uid * 10 + i).encode()) for i in range(rng.randint(1, 3))]


def archive(rng: random.Random, uid: int) -> Case:
    entries = _good_entries(rng, uid)
    choice = rng.randrange(9)
    if choice == 0:
        evil = rng.choice(["../escape.txt", "../../etc/cron.d/x.txt", "/tmp/abs.txt", "C:/win.txt", "a/../../b.txt",
                           "..\\..\\win.txt", "a/b/../../../c.txt"])  # fmt: skip
        return Case("zip-traversal", ".zip", _zip([*entries, (evil, b"x")]), "refused")
    if choice == 1:
        link = zipfile.ZipInfo("link.txt")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        return Case("zip-symlink", ".zip", _zip([*entries, (link, b"/etc/passwd")]), "refused")
    if choice == 2:
        return Case("zip-bomb", ".zip", _zip([*entries, ("bomb.txt", b"\0" * rng.choice([5, 20]) * 1_000_000)]),
                    "refused")  # fmt: skip
    if choice == 3:
        many = [(f"f{i}.txt", b"x") for i in range(FUZZ_MAX_ARCHIVE_FILES + 1)]
        return Case("zip-too-many", ".zip", _zip(many, zipfile.ZIP_STORED), "refused")
    if choice == 4:
        return Case("zip-lying-size", ".zip", _lying_size(_zip([*entries, ("big.txt", b"y" * 300_000)])), "refused")
    if choice == 5:
        data = _zip(entries)
        return Case("zip-damaged", ".zip", mutate.bit_flips(rng, data, rng.randint(1, 10)), "either")
    if choice == 6:
        names = [("reports/a.txt", b"1"), ("REPORTS/A.txt", b"2"), ("reports/a?.txt", b"3"), ("reports/a:.txt", b"4")]
        return Case("zip-odd-names", ".zip", _zip([*entries, *[(n, _report(rng, uid + i).encode()) for i, (n, _) in
                                                             enumerate(names)]]), "unpacked")  # fmt: skip
    if choice == 7:
        inner = _zip(entries)
        return Case("zip-nested", ".zip", _zip([("inner.zip", inner), ("__MACOSX/._x.txt", b"\0\0"), *entries]),
                    "unpacked")  # fmt: skip
    return Case("zip-good", ".zip", _zip(entries), "unpacked")


FUZZ_MAX_ARCHIVE_FILES = 500


def _lying_size(data: bytes) -> bytes:
    """Rewrite the last entry's declared size (local and central headers) to 1 byte."""
    out = bytearray(data)
    central = out.rfind(b"PK\x01\x02")
    local_offset = int.from_bytes(out[central + 42 : central + 46], "little")
    out[central + 24 : central + 28] = (1).to_bytes(4, "little")
    out[local_offset + 22 : local_offset + 26] = (1).to_bytes(4, "little")
    return bytes(out)


# kind -> (generator, weight): weights give the mix of the big run
GENERATORS: dict[str, tuple[Generator, int]] = {
    **{f"good-{fmt}": (_good_single(fmt), 30) for fmt in samples.SINGLE},
    **{f"good-{fmt}": (_good_table(fmt), 30) for fmt in samples.TABLES},
    "good-pdf": (good_pdf, 30),
    "empty": (empty, 40),
    "whitespace": (whitespace, 40),
    "nul-bytes": (nul_bytes, 40),
    "binary-text-suffix": (binary_with_text_suffix, 60),
    "invalid-encoding": (random_bytes, 60),
    "mixed-encoding": (mixed_encodings, 60),
    "truncated-utf-8": (truncated("utf-8"), 60),
    "truncated-gb18030": (truncated("gb18030"), 60),
    "control-chars": (control_chars, 40),
    "long-line": (long_line, 2),
    "long-cell": (long_cell, 1),
    "deep-html": (deep_html, 4),
    "deep-inline-html": (deep_inline_html, 4),
    "script-html": (script_html, 40),
    "script-only-html": (script_only_html, 20),
    "broken-html": (broken_html, 60),
    "malformed-docx": (malformed_docx, 40),
    "malformed-pdf": (malformed_pdf, 40),
    "jsonl-columns": (jsonl_rows, 50),
    "json-columns": (json_rows, 40),
    "csv-columns": (csv_rows, 50),
    "parquet-columns": (parquet_rows, 20),
    "table-no-rows": (table_no_rows, 15),
    "odd-dates": (odd_dates, 50),
    "pathological-text": (pathological_text, 20),
    "mutated-fixture": (mutated_fixture, 250),
    "mutated-sample": (mutated_sample, 200),
    "archive": (archive, 25),
    "malformed-xlsx": (malformed_xlsx, 30),
    "malformed-xls": (malformed_xls, 30),
    "malformed-rtf": (malformed_rtf, 30),
    "malformed-mht": (malformed_mht, 30),
    "malformed-tar": (malformed_tar, 30),
    **({"malformed-doc": (malformed_doc, 20)} if shutil.which("catdoc") else {}),
}
if not shutil.which("catdoc"):  # a good .doc needs a converter that reads tests/fuzz/ole.py's files
    GENERATORS.pop("good-doc", None)


Spec = tuple[str, int]  # (kind, seed): a case built where it runs, the same everywhere


def build(spec: Spec) -> Case:
    kind, seed = spec
    return GENERATORS[kind][0](random.Random(seed), seed % 1_000_000_007)


def plan(seed: int, n: int) -> list[Spec]:
    """``n`` case specs drawn by weight, every kind at least once (when ``n`` allows)."""
    rng = random.Random(seed)
    kinds = list(GENERATORS)
    weights = [GENERATORS[k][1] for k in kinds]
    chosen = (kinds + rng.choices(kinds, weights, k=max(0, n - len(kinds))))[:n]
    return [(kind, seed * 1_000_003 + i) for i, kind in enumerate(chosen)]


def generate(seed: int, n: int) -> list[Case]:
    return [build(spec) for spec in plan(seed, n)]
