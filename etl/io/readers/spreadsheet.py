"""Excel workbooks (.xlsx, .xls): every sheet, one report per row, columns as in CSV.

Read with calamine (``python-calamine``), one reader for both formats: on a generated
10,000-row workbook it read .xlsx 3.4 times faster than openpyxl and .xls as fast as xlrd
(docs/inputs.md has the figures, memory included). The header
row is the first of a sheet's first rows that names a text column, so a title row above the
table is passed over; a sheet with rows but no such header gives a warning, never silence.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from etl.contract.model import InputError
from etl.contract.settings import Limits
from etl.io.readers.common import check_office_zip, describe

HEADER_SEARCH_ROWS = 20
# Where a row sits, for its source name (``book.xlsx#sheet=报告&row=3``); never a user's column.
SHEET_KEY = "\x00sheet"
SHEET_ROW_KEY = "\x00sheet_row"


def _cell_name(value: Any, index: int) -> str:
    text = "" if value is None else str(value).strip()
    return text or f"column_{index + 1}"


def _header_index(rows: list[list[Any]], text_names: tuple[str, ...]) -> int | None:
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        names = {str(c).strip().lstrip("\ufeff").lower() for c in row if c not in (None, "")}
        if names & set(text_names):
            return i
    return None


def _cell(value: Any) -> Any:
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date()
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _is_library_failure(exc: BaseException) -> bool:
    """An error of the parser, including a Rust panic (pyo3's PanicException is a BaseException)."""
    return isinstance(exc, Exception) or type(exc).__name__ == "PanicException"


def _open(path: Path, limits: Limits) -> Any:
    from python_calamine import CalamineWorkbook

    check_office_zip(path, limits, ".xlsx")
    try:
        return CalamineWorkbook.from_path(str(path))
    except BaseException as exc:  # calamine raises its own errors, or panics, on damaged files
        if not _is_library_failure(exc):
            raise
        raise InputError(str(path), "read", f"not an .xlsx workbook that can be read ({describe(exc)})") from None


def _xlsx_sheets(path: Path, limits: Limits) -> Iterator[tuple[str, list[list[Any]]]]:
    book = _open(path, limits)
    for name in book.sheet_names:
        yield name, _sheet(book, name, path)


def _xls_cell(cell: Any, datemode: int) -> Any:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate_as_datetime(cell.value, datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return cell.value
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    return cell.value


def _xls_sheets(path: Path) -> Iterator[tuple[str, list[list[Any]]]]:
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), on_demand=True, logfile=io.StringIO())
    except Exception as exc:  # xlrd raises its own errors, struct and index errors on damaged files
        raise InputError(str(path), "read", f"not an .xls workbook that can be read ({describe(exc)})") from None
    try:
        for index in range(book.nsheets):
            try:
                sheet = book.sheet_by_index(index)
                rows = [[_xls_cell(c, book.datemode) for c in sheet.row(r)] for r in range(sheet.nrows)]
            except Exception as exc:
                name = book.sheet_names()[index] if index < len(book.sheet_names()) else str(index)
                raise InputError(str(path), "read", f"sheet {name!r} cannot be read ({describe(exc)})") from None
            yield sheet.name, rows
    finally:
        book.release_resources()


def _sheet(book: Any, name: str, path: Path) -> list[list[Any]]:
    try:
        return list(book.get_sheet_by_name(name).to_python(skip_empty_area=False))
    except BaseException as exc:
        if not _is_library_failure(exc):
            raise
        raise InputError(str(path), "read", f"sheet {name!r} cannot be read ({describe(exc)})") from None


def workbook_rows(path: Path, limits: Limits, notes: list[str], text_names: tuple[str, ...]) -> Iterator[Any]:
    """Each data row of every sheet as a dict keyed by its header; warnings go to ``notes``."""
    sheets = _xls_sheets(path) if path.suffix.lower() == ".xls" else _xlsx_sheets(path, limits)
    found_header = False
    n_rows = 0
    for name, rows in sheets:
        if not any(any(c not in (None, "") for c in row) for row in rows):
            continue  # an empty sheet (Excel's Sheet2, Sheet3) holds nothing to lose
        at = _header_index(rows, text_names)
        if at is None:
            notes.append(
                f"sheet {name!r} was skipped: none of its first {HEADER_SEARCH_ROWS} rows names a text column "
                f"(looked for {', '.join(text_names)})"
            )
            continue
        found_header = True
        header = [_cell_name(c, j) for j, c in enumerate(rows[at])]
        for k, row in enumerate(rows[at + 1 :]):
            if not any(c not in (None, "") for c in row):
                continue
            n_rows += 1
            if n_rows > limits.max_table_rows + 1:
                return
            cells = {h: _cell(v) for h, v in zip(header, row, strict=False)}
            yield {SHEET_KEY: name, SHEET_ROW_KEY: at + 2 + k, **cells}  # the row number Excel shows
    if not found_header and not notes:
        raise InputError(str(path), "read", "the workbook has no rows (every sheet is empty)")
    if not found_header:
        raise InputError(str(path), "read", "no sheet has a header row naming a text column; " + "; ".join(notes))
