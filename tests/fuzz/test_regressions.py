"""Bugs the fuzzer found, pinned as plain tests."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from etl.contract.model import InputError
from etl.contract.settings import Limits
from etl.io.readers import extract_archive, read_input
from etl.io.readers.common import describe


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("a.csv", b""),
        ("b.csv", b"title,content,date\n"),
        ("c.jsonl", b"\n \n"),
        ("d.json", b"[]"),
        ("e.json", b'{"data": []}'),
        ("f.csv", b"\xef\xbb\xbf"),
    ],
)
def test_a_table_without_rows_is_an_error_not_silence(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match="the table has no rows"):
        list(read_input(path, Limits()))


def test_library_exception_names_are_left_out_of_messages() -> None:
    exc = OSError("Couldn't deserialize thrift: TProtocolException: Invalid data")
    assert describe(exc) == "Couldn't deserialize thrift: Invalid data"
    assert describe(ValueError("")) == "no details"


def test_a_zip_entry_that_does_not_decompress_is_refused_in_words(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.txt", "会议" * 5000)
    data = bytearray(buffer.getvalue())
    start = 30 + len("a.txt")  # the deflate stream follows the local header
    data[start : start + 8] = b"\xff" * 8
    path = tmp_path / "up.zip"
    path.write_bytes(bytes(data))
    with pytest.raises(InputError) as caught:
        extract_archive(path, tmp_path / "out", Limits())
    assert caught.value.message.startswith("the archive was refused: ")
    assert "Error" not in caught.value.message and "(error" not in caught.value.message


def test_an_archive_refused_halfway_leaves_no_files_behind(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.txt", "第一篇会议报道。")
        archive.writestr("b.txt", "会议" * 5000)
    data = bytearray(buffer.getvalue())
    second = data.index(b"PK\x03\x04", 4) + 30 + len("b.txt")
    data[second : second + 8] = b"\xff" * 8
    path = tmp_path / "up.zip"
    path.write_bytes(bytes(data))
    with pytest.raises(InputError, match="the archive was refused"):
        extract_archive(path, tmp_path / "out", Limits())
    assert [p for p in (tmp_path / "out").rglob("*") if p.is_file()] == []


def test_an_entry_pointing_before_the_start_of_the_file_is_refused_in_words(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "会议")
    data = bytearray(buffer.getvalue())
    central = data.rfind(b"PK\x01\x02")
    data[central + 42 : central + 46] = (0xFFFFFF00).to_bytes(4, "little")  # an offset past the end
    path = tmp_path / "up.zip"
    path.write_bytes(bytes(data))
    with pytest.raises(InputError, match=r"^.*: the archive was refused: it is not a zip archive \(damaged\?\)$"):
        extract_archive(path, tmp_path / "out", Limits())


@pytest.mark.parametrize(
    ("name", "data"), [("a.jsonl", b'{"content": "x"}\n' + b"1" * 5000 + b"\n"), ("b.json", b"1" * 5000)]
)
def test_json_with_a_number_of_thousands_of_digits_is_an_error_in_words(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    try:
        items = list(read_input(path, Limits()))
    except InputError as err:
        items = [err]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [e.message for e in errors] in (
        ["invalid JSON on this line (a number with thousands of digits)"],
        ["invalid JSON (a number with thousands of digits)"],
    )


def test_a_cut_xls_is_the_files_error(tmp_path: Path) -> None:
    """calamine panicked on this cut .xls (pyo3's PanicException is no Exception) and looped or
    ran out of memory on bit-flipped ones; .xls files now go through xlrd."""
    from tests.fuzz.samples import xls_table

    path = tmp_path / "cut.xls"
    path.write_bytes(xls_table(["区委常委会召开会议。\n会议强调，要抓好安全生产。\n"])[:4096])
    with pytest.raises(InputError, match=r"not an \.xls workbook that can be read"):
        list(read_input(path, Limits()))
