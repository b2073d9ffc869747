"""Years of national sessions from their 届次 (``data/codebook/sessions.csv``, user-editable).

第十四届全国人民代表大会第三次会议 is the third session of the 14th NPC, whose first session
was in 2023: it met in 2025. 中国共产党第十九次全国代表大会 (十九大) met in 2017. The file
gives each term's first year; a later session M is dated first_year + M - 1, which holds for
the yearly plenary sessions of the NPC and CPPCC since 1978; rows for single sessions date
the earlier irregular ones.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from etl.contract.model import CodebookError
from etl.extract.text.patterns import compile_tc, simplified

__all__ = ["NO_SESSIONS", "SESSIONS_FILE", "Sessions", "cn_ordinal", "parse_sessions"]

SESSIONS_FILE = "sessions.csv"
BODIES = ("npc", "cppcc", "cpc")
_COLUMNS = ("body", "term", "session", "year")
_TERM_YEARS = 5  # sessions beyond the fifth of a term are dated only by a row of their own
_CN = "〇零一二三四五六七八九十百"
_ORD = rf"(\d{{1,3}}|[{_CN}]{{1,4}})"
_PATTERNS = {
    # 第十四届全国人民代表大会第三次会议, 十四届全国人大三次会议
    "npc": rf"第?{_ORD}届全国人民代表大会(?:常务委员会)?(?:第{_ORD}次会议)?|第?{_ORD}届全国人大(?:{_ORD}次会议)?",
    # 政协第十四届全国委员会第二次会议, 全国政协十四届二次会议
    "cppcc": rf"(?:政治协商会议|政协)第?{_ORD}届全国委员会(?:第{_ORD}次会议)?|全国政协{_ORD}届(?:{_ORD}次会议)?",
    # 中国共产党第十九次全国代表大会, 党的第十九次全国代表大会, (十九大) in a title
    "cpc": rf"(?:中国共产党|党的)第{_ORD}次全国代表大会",
    "cpc_short": rf"[（(]\s*{_ORD}大\s*[）)]\s*$",
}


@functools.cache
def _pattern(name: str) -> re.Pattern[str]:
    """Compiled on first use: the process that only loads the codebook never needs them."""
    return compile_tc(_PATTERNS[name])


_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def cn_ordinal(text: str) -> int | None:
    """十四 -> 14, 二十 -> 20, 一百零二 -> 102, 14 -> 14; None when not a number."""
    if text.isdigit():
        return int(text)
    total = 0
    current = 0
    for ch in text:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    total += current
    return total or None


@dataclass(frozen=True)
class Sessions:
    """(body, term, session) -> year; session 1 is the term's first session."""

    years: Mapping[tuple[str, int, int], int] = field(default_factory=lambda: MappingProxyType({}))

    def year(self, body: str, term: int, session: int | None = None) -> int | None:
        session = session or 1
        if (exact := self.years.get((body, term, session))) is not None:
            return exact
        first = self.years.get((body, term, 1))
        if first is None or session > _TERM_YEARS:
            return None  # a term has five yearly sessions; a 24th is a standing committee's sitting
        return first + session - 1

    def year_in(self, text: str) -> int | None:
        """The year of the first national session the text names, if the file knows it."""
        found = self.found_in(text)
        return found[0][2] if found else None

    def found_in(self, text: str) -> list[tuple[int, int, int]]:
        """(start, end, year) of every national session the text names that the file dates."""
        found: list[tuple[int, int, int]] = []
        for body in ("npc", "cppcc"):
            for m in _pattern(body).finditer(text):
                groups = [g for g in m.groups() if g is not None]
                term = cn_ordinal(groups[0])
                session = cn_ordinal(groups[1]) if len(groups) > 1 else None
                if session is None or "常务委员会" in simplified(m.group(0)):
                    continue  # a term (or its standing committee, 常務委員會 too) spans five years: no year
                if term and (year := self.year(body, term, session)) is not None:
                    found.append((m.start(), m.end(), year))
        for name in ("cpc", "cpc_short"):
            for m in _pattern(name).finditer(text):
                if (term := cn_ordinal(m.group(1))) and (year := self.year("cpc", term)) is not None:
                    found.append((m.start(), m.end(), year))
        return sorted(found)


NO_SESSIONS = Sessions()


def parse_sessions(text: str, path: str = SESSIONS_FILE) -> Sessions:
    """Parse sessions.csv (columns body, term, session, year; # comments); errors name the row."""
    lines = [line for line in text.lstrip("\ufeff").splitlines() if not line.lstrip().startswith("#")]
    rows = list(csv.reader(io.StringIO("\n".join(lines))))
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows or tuple(c.strip() for c in rows[0][:4]) != _COLUMNS:
        raise CodebookError(path, None, f"the header must be {','.join(_COLUMNS)}")
    years: dict[tuple[str, int, int], int] = {}
    for row in rows[1:]:
        where = f"row {','.join(row)}"
        if len(row) < 4:
            raise CodebookError(path, None, f"{where}: expected 4 columns ({','.join(_COLUMNS)})")
        body, term, session, year = (c.strip() for c in row[:4])
        if body not in BODIES:
            raise CodebookError(path, None, f"{where}: body must be one of {', '.join(BODIES)}")
        if not (term.isdigit() and (session == "" or session.isdigit()) and re.fullmatch(r"\d{4}", year)):
            raise CodebookError(path, None, f"{where}: term and session must be numbers and year a 4-digit year")
        years[(body, int(term), int(session or 1))] = int(year)
    return Sessions(MappingProxyType(years))
