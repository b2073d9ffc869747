"""Find the meeting date (not the publication date), with its precision and source."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from etl.model import DateResult

_FULL = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_MD = re.compile(r"(\d{1,2})月(\d{1,2})日")
_YEAR = re.compile(r"(19[4-9]\d|20\d\d)")


def meeting_date(text: str, hints: Mapping[str, str], publish_date: str | None = None) -> DateResult:
    head = text[:300]
    if m := _FULL.search(head):
        try:
            return DateResult(dt.date(int(m[1]), int(m[2]), int(m[3])), "day", "text")
        except ValueError:
            pass
    year_hint = hints.get("year") or hints.get("filename") or ""
    y = _YEAR.search(year_hint)
    if (m := _MD.search(head)) and y:
        try:
            return DateResult(dt.date(int(y[1]), int(m[1]), int(m[2])), "day", "filename")
        except ValueError:
            pass
    if y:
        return DateResult(dt.date(int(y[1]), 1, 1), "year", "column" if hints.get("year") else "filename")
    return DateResult(None, None, "none")
