"""A speech delivered to the meeting rather than a report of it: under a header that names its
speaker (国务院总理 / 李　强 / 各位代表：), or opening on a salutation (各位代表：…, 同志们：…). Such a
text has one voice; others named in it are cited.
"""

from __future__ import annotations

import re

from etl.contract.model import Person
from etl.extract.names.mentions import MENTION, NAME_ONLY, POSTS
from etl.extract.text.patterns import compile_tc

_HEADER_LINES = 14
_SALUTATION = compile_tc(r"^(?:各位|同志们|尊敬的)")
_DELIVERED = compile_tc(r"(?:^|\n)[ \t\u3000]*(?:各位代表|同志们)[：:，,！!]")
_DATE_LINE = re.compile(r"^[（(][^）)]{4,20}[）)]$")
_HEADER_MAX = 600
_TITLE_PREFIX = re.compile(r"[\u4e00-\u9fff、]*$")
_HEADER_TITLE = re.compile(rf"^[\u4e00-\u9fff、]{{0,20}}?(?:{POSTS})$")


def _lines(text: str, limit: int) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    while pos < len(text) and len(out) < _HEADER_LINES and pos < limit:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        out.append((pos, text[pos:end]))
        pos = end + 1
    return out


def header_speaker(text: str) -> tuple[Person, int] | None:
    """A speech under a header that names its speaker: (person, where the speech starts)."""
    lines = _lines(text, _HEADER_MAX)
    for i, (start, line) in enumerate(lines):
        stripped = line.strip()
        if _SALUTATION.match(stripped):
            return None
        m = MENTION.search(stripped) if len(stripped) <= 30 else None
        if m and (m.end() != len(stripped) or not _TITLE_PREFIX.match(stripped, 0, m.start())):
            m = None
        name_line = NAME_ONLY.match(stripped)
        title = None
        if m:
            name, title = re.sub(r"\s", "", m["name"]), stripped[: m.start("name")].strip()
        elif name_line and i > 0:
            before = i - 1
            while before > 0 and _DATE_LINE.match(lines[before][1].strip()):
                before -= 1  # ——在…上的报告 / （2017年10月18日） / 习　近　平
            prev = lines[before][1].strip()
            if _HEADER_TITLE.match(prev):
                title = prev
            elif not (prev.startswith(("—", "-")) or ("在" in prev and "上" in prev)):
                continue
            name = re.sub(r"\s", "", stripped)
        else:
            continue
        body = start + len(line) + 1
        return Person(name, title or None, "speaker"), min(body, len(text))
    return None


def opens_as_delivered(text: str) -> bool:
    """The text's opening addresses an audience (各位代表：, 同志们！): a speech delivered, one voice."""
    return _DELIVERED.search(text, 0, _HEADER_MAX) is not None
