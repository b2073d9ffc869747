"""Sidecar CSVs as scrapers save them, matched to inputs by path suffix or base name."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.contract.model import InputError
from etl.io.readers import load_sidecar

SIDECAR = """\
文件,URL,Meeting Date,Publish Date,organ,region,meeting type
reports/2020/a.html,http://gov.cn/a,2020年5月6日,2020-05-07,区政府,长清区,常务会议
b.txt,http://gov.cn/b,,2021/3/2,,,
c.docx,,2019-07,,,,
"""


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "sidecar.csv"
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_hints_by_path_suffix_and_base_name(tmp_path: Path, encoding: str) -> None:
    sidecar = load_sidecar(write(tmp_path, SIDECAR, encoding))
    assert sidecar.hints_for(Path("/data/in/reports/2020/a.html")) == {
        "url": "http://gov.cn/a",
        "date": "2020-05-06",
        "date_field": "sidecar",
        "publish_date": "2020-05-07",
        "organ": "区政府",
        "region": "长清区",
        "meeting_type": "常务会议",
    }
    assert sidecar.hints_for(Path("/elsewhere/b.txt")) == {"url": "http://gov.cn/b", "publish_date": "2021-03-02"}
    assert sidecar.hints_for(Path("x/C.DOCX")) == {"date": "2019-07", "date_field": "sidecar"}
    # a.html under another folder does not match the longer listed path
    assert sidecar.hints_for(Path("/data/in/other/a.html")) == {}
    assert sidecar.hints_for(Path("unknown.txt")) == {}


def test_longest_suffix_wins_and_windows_paths(tmp_path: Path) -> None:
    text = "filename;url\na.txt;http://short\n2020\\a.txt;http://long\n"
    sidecar = load_sidecar(write(tmp_path, text))
    assert sidecar.hints_for(Path("/in/2020/a.txt"))["url"] == "http://long"
    assert sidecar.hints_for(Path("/in/2021/a.txt"))["url"] == "http://short"


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("url,date\nhttp://a,2020-01-01\n", "no file column", None),
        ("file,date\na.txt,2020-01-01\n,2020-01-02\n", "line 3 has no file name", 3),
        ("file,date\na.txt,昨天\n", "date '昨天' is not a date", 2),
        ("file,publish_date\na.txt,2020-13-01\n", "publish_date '2020-13-01' is not a date", 2),
        (
            "file,url\na.txt,http://a\nb.txt,http://b\na.txt,http://c\n",
            "listed again with other values \\(first on line 2\\)",
            4,
        ),
    ],
)
def test_bad_sidecar(tmp_path: Path, text: str, message: str, line: int | None) -> None:
    path = write(tmp_path, text)
    with pytest.raises(InputError, match=message) as err:
        load_sidecar(path)
    assert err.value.source == (f"{path}#line={line}" if line else str(path))
    assert err.value.stage == "sidecar"


def test_unreadable_sidecar(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot open the sidecar"):
        load_sidecar(tmp_path / "missing.csv")
    path = tmp_path / "bin.csv"
    path.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(InputError, match="not a text file"):
        load_sidecar(path)


def test_repeated_identical_rows_are_fine(tmp_path: Path) -> None:
    sidecar = load_sidecar(write(tmp_path, "file,url\na.txt,http://a\na.txt,http://a\n"))
    assert sidecar.hints_for(Path("a.txt")) == {"url": "http://a"}
