"""Time and peak memory of the spreadsheet readers on one generated 10,000-row workbook.

Usage: python bench/spreadsheet_readers.py [--rows 10000]. Each reader runs in a fresh process
(peak RSS is per process); the figures are written to docs/inputs.md by hand.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_PARAGRAPH = "区委常委会召开会议，传达学习有关精神，研究部署下一步工作。会议强调，要坚持稳中求进工作总基调。"


def write_workbooks(folder: Path, rows: int) -> tuple[Path, Path]:
    import openpyxl
    import xlwt

    xlsx, xls = folder / "bench.xlsx", folder / "bench.xls"
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("reports")
    sheet.append(["title", "date", "organ", "content"])
    for i in range(rows):
        sheet.append([f"会议{i}", "2024-05-01", "区委", _PARAGRAPH * 20 + str(i)])
    book.save(xlsx)
    old = xlwt.Workbook(encoding="utf-8")
    ws = old.add_sheet("reports")
    for j, name in enumerate(["title", "date", "organ", "content"]):
        ws.write(0, j, name)
    for i in range(rows):
        for j, value in enumerate([f"会议{i}", "2024-05-01", "区委", (_PARAGRAPH * 20)[:3000] + str(i)]):
            ws.write(i + 1, j, value)
    old.save(str(xls))
    return xlsx, xls


def _peak_rss_mb() -> float:
    """VmHWM: unlike ru_maxrss it starts afresh at exec, so the parent's memory is not counted."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _read(reader: str, path: str) -> int:
    if reader == "calamine":
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_path(path)
        return sum(len(book.get_sheet_by_name(n).to_python()) for n in book.sheet_names)
    if reader == "openpyxl":
        import openpyxl

        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        return sum(sum(1 for _ in ws.iter_rows(values_only=True)) for ws in wb.worksheets)
    import xlrd

    book = xlrd.open_workbook(path)
    return sum(book.sheet_by_index(i).nrows for i in range(book.nsheets))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        started = time.perf_counter()
        n = _read(*args.child)
        seconds = time.perf_counter() - started
        peak = _peak_rss_mb()
        print(
            f"{args.child[0]:9} {Path(args.child[1]).suffix:6} rows {n:>7,}  {seconds:6.2f} s  peak RSS {peak:6.0f} MB"
        )
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        xlsx, xls = write_workbooks(Path(tmp), args.rows)
        for reader, path in (("calamine", xlsx), ("openpyxl", xlsx), ("calamine", xls), ("xlrd", xls)):
            subprocess.run([sys.executable, __file__, "--child", reader, str(path)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
