"""A run gives the same tables whether the reports come as one JSONL, one CSV or many files.

A large JSONL or CSV file is cut into byte ranges that the workers read on their own
(etl/io/readers/ranges.py); these tests hold the cut to giving what a reader of the whole file gives.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from etl.contract.model import InputError, InputWarning, RawDoc
from etl.contract.settings import Limits
from etl.io.readers import read_input
from etl.io.readers.ranges import byte_ranges
from etl.run.pipeline import run_etl
from etl.run.planning import plan_tasks
from tests.conftest import settings_for
from tests.table_layouts import LICENCE, contents, write_layouts

LIMITS = Limits()
SMALL_CHUNKS = {"chunk_chars": 600, "workers": 2}  # every layout is cut into many chunks


def read_all(path: Path, **task: object) -> list[tuple[str, str] | str]:
    out: list[tuple[str, str] | str] = []
    for item in read_input(path, LIMITS, None, **task):  # type: ignore[arg-type]
        out.append((item.source, item.text) if isinstance(item, RawDoc) else repr(item))
    return out


def read_by_ranges(path: Path, target: int) -> list[tuple[str, str] | str]:
    ranges = byte_ranges(path, target, LIMITS.max_doc_chars + 1)
    assert ranges is not None and len(ranges) > 1
    assert [r.start for r in ranges[1:]] == [r.stop for r in ranges[:-1]]  # no byte left out
    out: list[tuple[str, str] | str] = []
    for r in ranges:
        out += read_all(path, rows=r.rows, byte_range=(r.start, r.stop))
    return out


def test_one_jsonl_one_csv_and_many_files_give_the_same_tables(tmp_path: Path) -> None:
    layouts = write_layouts(tmp_path / "in", n=60, files=12)
    got = {}
    for name, folder in layouts.items():
        summary = run_etl([folder], settings_for(tmp_path / f"wh-{name}", **SMALL_CHUNKS))
        assert summary.ok and summary.meetings_read == 60, name
        got[name] = contents(tmp_path / f"wh-{name}")
    assert got["jsonl"] == got["many"] and got["csv"] == got["many"]
    assert len(got["many"]["meetings"]) == 60 and got["many"]["speeches"] and got["many"]["themes"]
    assert not any(LICENCE in row[-4] for row in got["many"]["meetings"])  # the evidence pass saw every row


@pytest.mark.parametrize("name", ["dump.jsonl", "dump.csv"])
def test_a_large_table_file_is_read_by_byte_ranges(tmp_path: Path, name: str) -> None:
    layouts = write_layouts(tmp_path, n=60, files=2)
    path = layouts[name.split(".")[1]] / name
    tasks = plan_tasks([str(path)], None, settings_for(tmp_path / "wh", **SMALL_CHUNKS))
    assert len(tasks) > 4 and all(t.byte_range is not None for t in tasks)
    assert sum(t.rows[1] - t.rows[0] for t in tasks if t.rows) == 60


def _jsonl_with_awkward_lines(path: Path) -> None:
    lines = []
    for i in range(40):
        text = f"第{i}次会议\n会议强调，要抓好安全生产。\u2028第二段\u0085" + "，" * (i % 9)
        lines.append(json.dumps({"content": text}, ensure_ascii=False) + ("\r\n" if i % 3 else "\n"))
        if i % 7 == 0:
            lines.append("  \n")  # a blank line is not a row
        if i == 20:
            lines.append("{not json}\n")
    path.write_text("".join(lines), encoding="utf-8")


def _csv_with_awkward_rows(path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["title", "content"])
        for i in range(40):
            writer.writerow([f'标题"{i}"', f'第{i}次会议\n\n会议强调，"要抓好"安全生产，\r\n第二段'])
            if i % 6 == 0:
                fh.write("\r\n")  # an empty line is not a row
            if i == 11:
                writer.writerow(["只有标题"])  # a row without text is an error naming it


@pytest.mark.parametrize(("name", "write"), [("a.jsonl", _jsonl_with_awkward_lines), ("a.csv", _csv_with_awkward_rows)])
def test_byte_ranges_read_exactly_the_rows_of_the_whole_file(tmp_path: Path, name: str, write) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    write(path)
    whole = read_all(path)
    assert len(whole) == 41 and any("row=" in str(x) for x in whole if isinstance(x, str))
    for target in (1, 97, 1_000):
        assert read_by_ranges(path, target) == whole


@pytest.mark.parametrize(
    ("name", "data"),
    [
        (
            "gbk.jsonl",
            "\n".join(json.dumps({"content": f"会议{i}"}, ensure_ascii=False) for i in range(50)).encode("gb18030"),
        ),
        ("cr.csv", b"title,content\r" + b"".join(f"t{i},text {i}\r".encode() for i in range(50))),
        ("wide.jsonl", "\n".join('{"content": "x"}' for _ in range(50)).encode("utf-16-le")),
    ],
)
def test_files_not_cut_by_bytes_are_read_whole(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert byte_ranges(path, 10, LIMITS.max_doc_chars + 1) is None
    found = list(read_input(path, LIMITS))
    assert sum(isinstance(x, RawDoc) for x in found) == 50
    assert not any(isinstance(x, InputError) for x in found) or any(isinstance(x, InputWarning) for x in found)
