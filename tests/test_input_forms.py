"""Every supported form and every kind of damage, one small generated file each (own text).

Each case is checked for the report read (its first line) or for the reason given.
"""

from __future__ import annotations

import io
import shutil
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from etl.contract.model import InputError, InputWarning, RawDoc
from etl.contract.settings import Limits
from etl.io.readers import read_input
from etl.io.readers.office import convert_doc
from tests.fuzz import samples
from tests.fuzz.ole import excel_shell, word97

REPORT = "区委常委会召开会议\n2021年3月2日，区委书记王建国主持会议并讲话。\n会议强调，要抓好安全生产和生态环境保护。\n"
SECOND = "区政府常务会议召开\n2021年4月8日，区长李明主持召开区政府常务会议。\n会议研究了乡村振兴工作。\n"
LIMITS = Limits()
FIRST_LINE = REPORT.splitlines()[0]
# catdoc reads the minimal Word file tests/fuzz/ole.py writes every time; antiword only sometimes
# (it wants tables real Word files carry), and the reader falls back to catdoc when it gives nothing.
HAS_CONVERTER = bool(shutil.which("catdoc"))


def items(tmp_path: Path, name: str, data: bytes, columns: tuple[tuple[str, str], ...] = ()) -> list[object]:
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_input(path, LIMITS, None, None, columns))


def docs(found: list[object]) -> list[RawDoc]:
    return [i for i in found if isinstance(i, RawDoc)]


def warnings(found: list[object]) -> list[str]:
    return [i.message for i in found if isinstance(i, InputWarning)]


def error_of(tmp_path: Path, name: str, data: bytes) -> str:
    with pytest.raises(InputError) as err:
        items(tmp_path, name, data)
    return err.value.message


# --- one report in each form ----------------------------------------------------------------------

SINGLE_FORMS = [name for name in samples.SINGLE if name != "doc" or HAS_CONVERTER]


@pytest.mark.parametrize("form", SINGLE_FORMS)
def test_each_document_form_gives_its_report(tmp_path: Path, form: str) -> None:
    suffix, build = samples.SINGLE[form]
    found = items(tmp_path, f"report{suffix}", build(REPORT))
    (doc,) = docs(found)
    assert doc.text.splitlines()[0] == FIRST_LINE and "生态环境保护" in doc.text
    assert not warnings(found)


@pytest.mark.parametrize("form", list(samples.TABLES))
def test_each_table_form_gives_one_report_per_row(tmp_path: Path, form: str) -> None:
    suffix, build = samples.TABLES[form]
    found = docs(items(tmp_path, f"table{suffix}", build([REPORT, SECOND])))
    assert [d.text.splitlines()[0] for d in found] == [FIRST_LINE, SECOND.splitlines()[0]]
    assert found[0].hints["organ"] == "区政府" and found[0].hints["date"] == "2020-05-01"
    # a workbook row is named as Excel shows it (the header is row 1), other tables count from 0
    assert found[1].source.endswith("#sheet=报告&row=3" if form.startswith("xls") else "#row=1")


def test_a_workbook_header_is_found_below_a_title_row(tmp_path: Path) -> None:
    found = items(tmp_path, "titled.xlsx", samples.xlsx_table([REPORT], title_row="二〇二一年会议汇总"))
    (doc,) = docs(found)
    assert doc.text.startswith(FIRST_LINE) and doc.title == FIRST_LINE[:40]
    assert doc.source.endswith("titled.xlsx#sheet=报告&row=3")  # title row 1, header row 2


def test_every_sheet_is_read_and_a_sheet_without_a_text_column_is_named(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.append(["title", "content"])
    first.append(["一", REPORT])
    notes = book.create_sheet("说明")
    notes.append(["本表由爬虫导出"])
    third = book.create_sheet("第二批")
    third.append(["标题", "正文"])
    third.append(["二", SECOND])
    buffer = io.BytesIO()
    book.save(buffer)
    found = items(tmp_path, "sheets.xlsx", buffer.getvalue())
    assert [d.title for d in docs(found)] == ["一", "二"]
    assert ["sheet '说明' was skipped" in w for w in warnings(found)] == [True]


# --- archives --------------------------------------------------------------------------------------

ARCHIVES: dict[str, Callable[[dict[str, bytes]], bytes]] = {
    ".zip": samples.zip_of,
    ".tar": samples.tar_of,
    ".tar.gz": lambda m: samples.tar_of(m, "w:gz"),
    ".tgz": lambda m: samples.tar_of(m, "w:gz"),
    ".7z": samples.sevenz_of,
}


@pytest.mark.parametrize("suffix", list(ARCHIVES))
def test_archives_are_read_as_folders_with_member_names(tmp_path: Path, suffix: str) -> None:
    inner = samples.zip_of({"c.txt": SECOND.encode("gb18030")})
    members = {"报告/a.txt": REPORT.encode(), "b.csv": samples.csv_table([SECOND]), "inner.zip": inner}
    members |= {"logo.png": b"\x89PNG....", ".DS_Store": b"\0\0"}
    found = items(tmp_path, f"bundle{suffix}", ARCHIVES[suffix](members))
    archive = str(tmp_path / f"bundle{suffix}")
    sources = sorted(d.source for d in docs(found))
    assert sources == sorted([f"{archive}!/报告/a.txt", f"{archive}!/b.csv#row=0", f"{archive}!/inner.zip!/c.txt"])
    assert all(d.input == archive for d in docs(found))
    (note,) = warnings(found)
    assert ".png 1 (e.g. logo.png)" in note and "hidden 1 (e.g. .DS_Store)" in note


def test_an_archive_nested_two_levels_deep_is_an_error_naming_it(tmp_path: Path) -> None:
    deepest = samples.zip_of({"d.txt": REPORT.encode()})
    middle = samples.zip_of({"deep.zip": deepest, "m.txt": SECOND.encode()})
    found = items(tmp_path, "outer.zip", samples.zip_of({"middle.zip": middle}))
    assert [d.source.rsplit("!/", 1)[1] for d in docs(found)] == ["m.txt"]
    (err,) = [i for i in found if isinstance(i, InputError)]
    assert err.source.endswith("outer.zip!/middle.zip!/deep.zip") and "one level" in err.message


def _tar_with(member: tarfile.TarInfo) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        archive.addfile(member, io.BytesIO(b"x" * member.size) if member.isfile() else None)
    return buffer.getvalue()


def _link(name: str) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type, info.linkname = tarfile.SYMTYPE, "/etc/passwd"
    return info


def _escaping() -> tarfile.TarInfo:
    info = tarfile.TarInfo("../../evil.txt")
    info.size = 1
    return info


def _encrypted_7z() -> bytes:
    import py7zr

    buffer = io.BytesIO()
    with py7zr.SevenZipFile(buffer, "w", password="秘密") as archive:
        archive.writestr(REPORT.encode(), "a.txt")
    return buffer.getvalue()


REFUSED_ARCHIVES = [
    ("link.tar", _tar_with(_link("a.txt")), "is a link"),
    ("escape.tar", _tar_with(_escaping()), "points outside the archive"),
    ("cut.tar.gz", samples.tar_of({"a.txt": REPORT.encode() * 50}, "w:gz")[:60], "damaged"),
    ("junk.7z", b"7z\xbc\xaf\x27\x1c" + b"\x00" * 40, "the archive was refused"),
    ("junk.zip", b"PK\x03\x04broken", "not a zip archive"),
    ("empty.zip", samples.zip_of({}), "holds no files"),
    ("secret.7z", _encrypted_7z(), "it is encrypted"),
]


@pytest.mark.parametrize(("name", "data", "reason"), REFUSED_ARCHIVES, ids=[c[0] for c in REFUSED_ARCHIVES])
def test_unsafe_or_broken_archives_are_refused_with_the_reason(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    assert reason in error_of(tmp_path, name, data)


def test_a_tar_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    data = samples.tar_of({"zeros.txt": b"0" * (3 * 1024 * 1024)}, "w:gz")
    path = tmp_path / "bomb.tar.gz"
    path.write_bytes(data)
    with pytest.raises(InputError, match="a bomb"):
        list(read_input(path, Limits(max_archive_ratio=10)))


# --- damaged text ----------------------------------------------------------------------------------


def _with_bad_byte(data: bytes, at: int) -> bytes:
    return data[:at] + b"\xff" + data[at + 1 :]


DAMAGED_TEXT = [  # name, bytes, expected warning (or "" for none)
    ("bad_byte_utf8.txt", _with_bad_byte(REPORT.encode() * 3, 40), "3 bytes could not be decoded as UTF-8"),
    ("bad_byte_gbk.txt", _with_bad_byte(REPORT.encode("gb18030") * 3, 30), "could not be decoded as GB18030"),
    ("utf16le.txt", REPORT.encode("utf-16-le"), ""),
    ("utf16be.txt", REPORT.encode("utf-16-be"), ""),
    ("utf32le.txt", REPORT.encode("utf-32-le"), ""),
    ("utf32be.md", REPORT.encode("utf-32-be"), ""),
    (
        "bad_byte_utf16.txt",
        b"\xff\xfe" + REPORT.encode("utf-16-le") * 3 + b"\x00\xd8",
        "could not be decoded as utf-16",
    ),
]


@pytest.mark.parametrize(("name", "data", "warning"), DAMAGED_TEXT, ids=[c[0] for c in DAMAGED_TEXT])
def test_damaged_or_bomless_text_is_read_and_the_damage_named(
    tmp_path: Path, name: str, data: bytes, warning: str
) -> None:
    (doc,) = docs(items(tmp_path, name, data))
    assert doc.text.startswith(FIRST_LINE)
    assert [warning in w for w in doc.warnings] == ([True] if warning else [])


def test_the_first_bad_byte_is_located() -> None:
    from etl.io.readers.text import decode_text

    data = REPORT.encode() + b"\n" + _with_bad_byte(SECOND.encode(), 6)
    decoded = decode_text(data, "x.txt")
    at = len(REPORT.encode()) + 1 + 6
    assert decoded.warning is not None and f"the first at byte {at} (line 5)" in decoded.warning


def test_broken_utf8_that_is_also_valid_gb18030_is_repaired_not_read_as_mojibake() -> None:
    from etl.io.readers.text import decode_text

    data = ("区委ab" * 50).encode()
    broken = data[:1] + data[2:]  # a dropped byte; the rest pairs up into valid (rare) GB18030
    broken.decode("gb18030")
    decoded = decode_text(broken, "x.txt")
    assert decoded.text.endswith("区委ab" * 49)
    assert decoded.warning is not None and "could not be decoded as UTF-8" in decoded.warning


def test_a_bad_byte_in_a_table_is_a_warning_on_the_file(tmp_path: Path) -> None:
    data = samples.csv_table([REPORT, SECOND])
    found = items(tmp_path, "rows.csv", _with_bad_byte(data, data.index("安全".encode())))
    assert len(docs(found)) == 2
    assert ["could not be decoded as UTF-8" in w for w in warnings(found)] == [True]


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


BAD_FILES = [  # name, bytes, words of the reason
    ("garbage.txt", bytes(range(128, 256)) * 40, "not text in UTF-8"),
    ("cut.xlsx", samples.xlsx_table([REPORT])[:300], "the .xlsx file is damaged"),
    ("junk.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "not an .xls workbook that can be read"),
    ("noheader.xlsx", _workbook([["标题", "日期"], ["一", "2021-03-02"]]), "naming a text column"),
    ("plain.doc", b"just some words, no Word file", "not an old Word file"),
    ("sheet.doc", excel_shell(), "old Excel workbook"),
    ("report.wps", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "WPS Office documents (.wps) cannot be read"),
    ("fake.rtf", b"not rtf at all", "not an RTF file"),
    ("empty.rtf", b"{\\rtf1\\ansi }", "has no text"),
    ("noparts.mht", b"MIME-Version: 1.0\nContent-Type: image/png\n\nxx", "holds no HTML or text part"),
]


@pytest.mark.parametrize(("name", "data", "reason"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_unreadable_files_fail_with_the_reason(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    assert reason in error_of(tmp_path, name, data)


def test_a_doc_without_a_converter_says_how_to_convert(tmp_path: Path) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(word97(REPORT))
    with pytest.raises(InputError) as err:
        convert_doc(path, converters=())
    assert "soffice --headless --convert-to docx" in err.value.message and "antiword" in err.value.message


def test_a_doc_that_is_really_a_docx_or_rtf_is_read_as_what_it_is(tmp_path: Path) -> None:
    for name, data in (("saved.doc", samples.docx(REPORT)), ("rich.doc", samples.rtf(REPORT))):
        (doc,) = docs(items(tmp_path, name, data))
        assert doc.text.startswith(FIRST_LINE)


def test_zip_names_of_an_upload_still_extract_for_the_dashboard(tmp_path: Path) -> None:
    from etl.io.readers import extract_archive

    path = tmp_path / "up.zip"
    path.write_bytes(samples.zip_of({"a.txt": REPORT.encode(), "b.exe": b"MZ"}))
    assert [p.name for p in extract_archive(path, tmp_path / "out", LIMITS)] == ["a.txt"]
    assert zipfile.is_zipfile(path)
