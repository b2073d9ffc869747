"""Uploaded zip archives: safe extraction or a clear refusal."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from etl.contract.model import InputError
from etl.contract.settings import Limits
from etl.io.readers import extract_archive

LIMITS = Limits()


def make_zip(path: Path, entries: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def test_good_archive(tmp_path: Path) -> None:
    zip_path = make_zip(
        tmp_path / "in.zip",
        {
            "reports/a.txt": "正文".encode(),
            "reports/sub/b.html": b"<p>x</p>",
            "reports/c.exe": b"MZ",
            "__MACOSX/reports/._a.txt": b"junk",
            "reports/": b"",
            "weird:name?.md": b"# t",
        },
    )
    dest = tmp_path / "out"
    files = extract_archive(zip_path, dest, LIMITS)
    assert [f.relative_to(dest).as_posix() for f in files] == [
        "reports/a.txt",
        "reports/sub/b.html",
        "weird_name_.md",
    ]
    assert (dest / "reports" / "a.txt").read_text(encoding="utf-8") == "正文"


def test_gbk_entry_names_are_decoded(tmp_path: Path) -> None:
    zip_path = tmp_path / "in.zip"
    with zipfile.ZipFile(zip_path, "w") as archive:
        info = zipfile.ZipInfo("会议.txt")
        archive.writestr(info, "正文")
    # rewrite the name as a Chinese Windows archiver does: GBK bytes without the UTF-8 flag
    data = zip_path.read_bytes().replace("会议.txt".encode(), "会议.txt".encode("gbk") + b"\x00\x00")
    data = data.replace(b"\x00\x08", b"\x00\x00")  # clear the UTF-8 flag bits
    fixed = tmp_path / "gbk.zip"
    fixed.write_bytes(data)
    try:
        files = extract_archive(fixed, tmp_path / "out", LIMITS)
    except InputError:
        pytest.skip("could not build a GBK-named zip by byte patching")
    assert [f.name for f in files] == ["会议.txt"]


@pytest.mark.parametrize("name", ["../evil.txt", "a/../../evil.txt", "/etc/evil.txt", "C:/evil.txt", "..\\evil.txt"])
def test_traversal_refused(tmp_path: Path, name: str) -> None:
    zip_path = make_zip(tmp_path / "in.zip", {name: b"x", "ok.txt": b"y"})
    with pytest.raises(InputError, match="points outside the archive") as err:
        extract_archive(zip_path, tmp_path / "out", LIMITS)
    assert err.value.source == str(zip_path)
    assert not (tmp_path / "evil.txt").exists()
    assert not (tmp_path / "out" / "ok.txt").exists()


def test_symlink_refused(tmp_path: Path) -> None:
    zip_path = tmp_path / "in.zip"
    with zipfile.ZipFile(zip_path, "w") as archive:
        info = zipfile.ZipInfo("link.txt")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/etc/passwd")
    with pytest.raises(InputError, match="symbolic link"):
        extract_archive(zip_path, tmp_path / "out", LIMITS)


def test_ratio_bomb_refused(tmp_path: Path) -> None:
    zip_path = make_zip(tmp_path / "bomb.zip", {"zeros.txt": b"\0" * (20 * 1024 * 1024)})
    assert zip_path.stat().st_size < 100_000
    with pytest.raises(InputError, match="a zip bomb"):
        extract_archive(zip_path, tmp_path / "out", LIMITS)


def test_total_size_refused(tmp_path: Path) -> None:
    zip_path = make_zip(tmp_path / "in.zip", {"a.txt": b"x" * 1000, "b.txt": b"y" * 1000}, zipfile.ZIP_STORED)
    with pytest.raises(InputError, match="over the limit of 1,500"):
        extract_archive(zip_path, tmp_path / "out", Limits(max_archive_bytes=1500))


def test_too_many_files_refused(tmp_path: Path) -> None:
    zip_path = make_zip(tmp_path / "in.zip", {f"{i}.txt": b"x" for i in range(11)})
    with pytest.raises(InputError, match="11 entries, over the limit of 10"):
        extract_archive(zip_path, tmp_path / "out", Limits(max_archive_files=10))


def test_lying_header_refused(tmp_path: Path) -> None:
    zip_path = make_zip(tmp_path / "in.zip", {"a.txt": b"abcdefgh" * 100}, zipfile.ZIP_STORED)
    data = zip_path.read_bytes()
    # shrink the declared size in the central directory: the entry then grows past it
    size = (800).to_bytes(4, "little")
    zip_path.write_bytes(data.replace(size + size, (10).to_bytes(4, "little") * 2))
    with pytest.raises(InputError, match="refused"):
        extract_archive(zip_path, tmp_path / "out", LIMITS)


@pytest.mark.parametrize("data", [b"", b"not a zip", b"PK\x03\x04broken"])
def test_not_a_zip(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "in.zip"
    path.write_bytes(data)
    with pytest.raises(InputError, match="not a zip archive"):
        extract_archive(path, tmp_path / "out", LIMITS)


def test_names_that_sanitise_alike_do_not_overwrite(tmp_path: Path) -> None:
    zip_path = make_zip(tmp_path / "in.zip", {"a:b.txt": b"1", "a?b.txt": b"2"})
    files = extract_archive(zip_path, tmp_path / "out", LIMITS)
    assert sorted(f.read_bytes() for f in files) == [b"1", b"2"]
