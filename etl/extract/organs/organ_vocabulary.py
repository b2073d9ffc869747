"""The organ vocabulary (``etl/extract/organs/resources/organs.tsv``): organ labels with their levels and the
ways reports write them, compiled once into one regex per row.

The file is data a user can read and extend: a label (区委, {L}政府, 领导小组 ...), a tab, and
forms separated by ``|`` with the placeholders {L} (a level), {N} (a number) and {B} (a body's
name). Traditional forms match without converting the text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from etl.extract.text.patterns import compile_tc, simplified, tc

__all__ = ["VOCABULARY", "OrganForm", "OrganMention", "load_vocabulary", "organ_mentions"]

VOCABULARY = Path(__file__).resolve().parent / "resources" / "organs.tsv"

_PLACEHOLDERS = {
    # not the 区 of 社区, 小区, 园区, 景区, 片区, 辖区 (社区大党委 is no 区委)
    "{L}": r"(?<![社小园景片辖])(?P<L>[区县市省州旗])",
    "{N}": r"[零〇一二三四五六七八九十百两\d]{1,4}",
    # a body's name never spans 暨, which joins two bodies (区委常委会暨新区党工委: 区委, then 新区党工委), nor
    # starts with a word pointing back to one (该院党组, 本局党组: the body named before, not a name)
    "{B}": r"(?P<B>(?![该本此])(?:(?!暨)[\u4e00-\u9fff]){1,8}?(?:局|委|办|院|厅|部|署|中心|公司|协|联|会|团|社|区|园))",
}
# Words a body's name never starts with: the clause before it (近日区教育局 -> 区教育局), or the
# period of a study session (召开2022年第五期党委理论学习…, 召开2023年第八次党委…, 召开2024年春季党委… -> 党委,
# which then takes its place's level).
_BODY_LEAD = compile_tc(
    r"^(?:年度?(?:[春夏秋冬]季|上半年|下半年)?)?(?:.*?(?:中共|召开|举行|在|和|及|与|日|上午|下午|晚上|近日|日前|近期|期|次))?"
)
_LEVEL_CHARS = "区县市省州旗區縣"


@dataclass(frozen=True)
class OrganForm:
    row: int  # position in the file: the higher row wins a tie
    label: str  # with {L} / {B} still to fill
    pattern: re.Pattern[str]
    needs: tuple[frozenset[str], ...] = ()  # a text it matches has one character of each set


@dataclass(frozen=True)
class OrganMention:
    start: int
    end: int
    row: int
    organ: str


def _split_forms(forms: str) -> list[str]:
    """Forms split at the top-level ``|`` (a ``|`` inside a group belongs to its form)."""
    out: list[str] = []
    current: list[str] = []
    depth = 0
    for ch in forms:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        if ch == "|" and depth == 0:
            out.append("".join(current))
            current = []
        else:
            current.append(ch)
    out.append("".join(current))
    return [f.strip() for f in out if f.strip()]


def _parse_line(row: int, line: str, source: Path) -> list[OrganForm]:
    label, sep, forms = line.partition("\t")
    if not sep or not label.strip() or not forms.strip():
        raise ValueError(f"{source}: line {row + 1} is not 'organ<TAB>forms': {line!r}")
    out = []
    for form in _split_forms(forms):
        pattern = form
        for key, rx in _PLACEHOLDERS.items():
            pattern = pattern.replace(key, rx, 1).replace(key, rx.replace("(?P<L>", "(?:").replace("(?P<B>", "(?:"))
        try:
            out.append(OrganForm(row, label.strip(), compile_tc(pattern), _needed(form)))
        except re.error as exc:
            raise ValueError(f"{source}: line {row + 1}: {form!r} is not a valid pattern ({exc})") from exc
    return out


def _needed(form: str) -> tuple[frozenset[str], ...]:
    """Characters every match of ``form`` holds (each in both scripts), to skip a form fast.

    They are the characters all alternatives end with, once negative lookarounds and lookbehinds
    are dropped, optional parts too, and other group marks unwrapped ({B}党组 needs 党 and 组).
    """
    plain = re.sub(r"\{[LNB]\}", "", form)
    plain = re.sub(r"\(\?(?:<!|!|<=)[^()]*\)|\((?:\?:)?[^()]*\)\?|[\u4e00-\u9fff]\?", "", plain)
    plain = re.sub(r"\[[^\]]*\]\??|\\d|\{[^}]*\}|\(\?[:=]|[()?*+]", "", plain)
    alternatives = ["".join(ch for ch in alt if "\u4e00" <= ch <= "\u9fff") for alt in plain.split("|")]
    common = _common_suffix(alternatives)
    return tuple(frozenset(tc(ch).strip("[]")) for ch in common)


def _common_suffix(words: list[str]) -> str:
    n = 0
    while all(len(w) > n for w in words) and len({w[len(w) - 1 - n] for w in words}) == 1:
        n += 1
    return words[0][len(words[0]) - n :] if n else ""


def load_vocabulary(path: Path = VOCABULARY) -> tuple[OrganForm, ...]:
    """Every row of the vocabulary file, in file order; a malformed row names the file and line."""
    rows = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if line.strip() and not line.lstrip().startswith("#"):
            rows.extend(_parse_line(i, line, path))
    return tuple(rows)


@functools.lru_cache(maxsize=1)
def _vocabulary() -> tuple[OrganForm, ...]:
    return load_vocabulary()


def _body(name: str) -> str:
    """A body's name from its level on: 近日区教育局 -> 区教育局, 开发区 stays."""
    name = _BODY_LEAD.sub("", name) or name
    levels = [i for i, ch in enumerate(name[:-1]) if ch in _LEVEL_CHARS]
    if levels and len(name) - levels[-1] >= 3:
        name = name[levels[-1] :]
    return simplified(name)


def _label(form: OrganForm, m: re.Match[str]) -> str:
    label = form.label
    groups = m.groupdict()
    if "{L}" in label:
        label = label.replace("{L}", simplified(groups.get("L") or ""))
    if "{B}" in label:
        label = label.replace("{B}", _body(groups.get("B") or ""))
    return label


@functools.lru_cache(maxsize=256)
def _mentions_in(head: str) -> tuple[OrganMention, ...]:
    return tuple(_find(head, _vocabulary()))


def organ_mentions(head: str, vocabulary: tuple[OrganForm, ...] | None = None) -> list[OrganMention]:
    """Every organ named in ``head``, one per form and place, ordered by where it ends.

    Of two mentions ending at one place the higher row comes last, so the last mention before
    a point is the organ named there (区政协党组 -> 政协, 中共某区第七届委员会 -> 区委).
    """
    if vocabulary is None:
        return list(_mentions_in(head))  # the readers ask about one title or opening several times
    return _find(head, vocabulary)


def _find(head: str, vocabulary: tuple[OrganForm, ...]) -> list[OrganMention]:
    chars = set(head)
    found = []
    for form in vocabulary:
        if any(need.isdisjoint(chars) for need in form.needs):
            continue
        for m in form.pattern.finditer(head):
            if m.end() > m.start():
                found.append(OrganMention(m.start(), m.end(), form.row, _label(form, m)))
    return sorted(found, key=lambda o: (o.end, -o.row))
