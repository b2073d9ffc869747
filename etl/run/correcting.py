"""Corrections applied to contract rows: one meeting, the meetings a row names, one part.

Pure functions over plain values and Arrow tables; the warehouse step that calls them is
etl/run/corrections_step.py. Each field a correction changes is returned with the value the
reading gave (as JSON, the ``corrected`` table's form), so that putting it back undoes it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from etl.contract import schema
from etl.run.corrections import Correction

_META_FIELDS = (
    "date",
    "date_precision",
    "date_source",
    "organ",
    "meeting_type",
    "region",
    "is_report",
    "not_report_reason",
)
NOT_REPORT_REASON = "a correction says this is not a meeting report"
Person = tuple[str, str | None, str]  # name, title, role


@dataclass(frozen=True)
class MeetingRows:
    """What a correction may change in one meeting: metadata, people and the speaker of each speech."""

    meta: Mapping[str, Any]
    people: tuple[Person, ...]
    speakers: tuple[str | None, ...]


# -- fields as JSON values -------------------------------------------------------------------------


def field_value(rows: MeetingRows, name: str) -> Any:
    """A field of ``schema.CORRECTED_FIELDS`` as the JSON value the ``corrected`` table keeps."""
    m = rows.meta
    if name == "date":
        return [m["date"].isoformat() if m["date"] else None, m["date_precision"], m["date_source"]]
    if name == "is_report":
        return [m["is_report"], m["not_report_reason"]]
    if name == "people":
        return [list(p) for p in rows.people]
    if name == "speakers":
        return list(rows.speakers)
    return m[name]


def with_field(rows: MeetingRows, name: str, value: Any) -> MeetingRows:
    """``rows`` with a field set from its JSON value (the inverse of ``field_value``)."""
    meta = dict(rows.meta)
    if name == "date":
        meta["date"] = dt.date.fromisoformat(value[0]) if value[0] else None
        meta["date_precision"], meta["date_source"] = value[1], value[2]
    elif name == "is_report":
        meta["is_report"], meta["not_report_reason"] = value
    elif name == "people":
        return MeetingRows(meta, tuple((p[0], p[1], p[2]) for p in value), rows.speakers)
    elif name == "speakers":
        return MeetingRows(meta, rows.people, tuple(value))
    else:
        meta[name] = value
    return MeetingRows(meta, rows.people, rows.speakers)


# -- one meeting ------------------------------------------------------------------------------------


def apply_one(rows: MeetingRows, correction: Correction) -> tuple[MeetingRows, str | None]:
    """``rows`` with one correction applied, and a problem when a rename finds no one to rename."""
    problem = None
    for name, value in correction.changes.items():
        if name == "date":
            date, precision = value
            rows = with_field(
                rows, "date", [date.isoformat() if date else None, precision, "correction" if date else "none"]
            )
        elif name == "is_report":
            rows = with_field(rows, "is_report", [value, None if value else NOT_REPORT_REASON])
        elif name == "presider":
            rows = MeetingRows(rows.meta, _with_presider(rows.people, value), rows.speakers)
        elif name == "rename":
            old, new = value
            if old not in {p[0] for p in rows.people} | set(rows.speakers):
                problem = f"no one named {old} in this meeting's people or speeches"
                continue
            rows = MeetingRows(
                rows.meta, _renamed(rows.people, old, new), tuple(new if s == old else s for s in rows.speakers)
            )
        else:
            rows = with_field(rows, name, value)
    return rows, problem


def _with_presider(people: Sequence[Person], name: str | None) -> tuple[Person, ...]:
    """The presiders read replaced by ``name`` (with the title the meeting gives that name elsewhere)."""
    others = tuple(p for p in people if p[2] != "presider")
    if name is None:
        return others
    title = next((p[1] for p in people if p[0] == name and p[1]), None)
    return ((name, title, "presider"), *others)


def _renamed(people: Sequence[Person], old: str, new: str) -> tuple[Person, ...]:
    """``old`` renamed ``new``; a person then listed twice in one role is one row (the first title kept)."""
    out: dict[tuple[str, str], Person] = {}
    for name, title, role in people:
        name = new if name == old else name
        kept = out.get((name, role))
        out[(name, role)] = (name, (kept[1] if kept else None) or title, role)
    return tuple(out.values())


def correct_meeting(
    rows: MeetingRows, extracted: Mapping[str, str], corrections: Sequence[Correction]
) -> tuple[MeetingRows, list[tuple[str, str, str, str]], list[tuple[Correction, str]]]:
    """The meeting as read (``extracted`` put back), then corrected.

    Returns the rows, the ``corrected`` rows (field, extracted JSON, corrected JSON, lines) and
    the corrections that found no one to rename (with why)."""
    for name, value in extracted.items():
        rows = with_field(rows, name, json.loads(value))
    read = rows
    lines: dict[str, list[int]] = {}
    missed: list[tuple[Correction, str]] = []
    for correction in sorted(corrections, key=lambda c: c.line):
        before = rows
        rows, problem = apply_one(rows, correction)
        if problem:
            missed.append((correction, problem))
        for name in schema.CORRECTED_FIELDS:
            if field_value(before, name) != field_value(rows, name):
                lines.setdefault(name, []).append(correction.line)
    changed = [
        (name, _json(field_value(read, name)), _json(field_value(rows, name)), ",".join(map(str, lines.get(name, []))))
        for name in schema.CORRECTED_FIELDS
        if field_value(read, name) != field_value(rows, name)
    ]
    return rows, changed, missed


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


# -- which meeting a row names ----------------------------------------------------------------------


def match(
    corrections: Iterable[Correction], sources: pa.Table
) -> tuple[dict[str, list[Correction]], list[Correction], list[str]]:
    """Corrections by the meeting they name, those naming none, and problems (rows naming several).

    ``sources``: (meeting_id, source) of every live meeting. A row's meeting_id and source must
    name one meeting between them; a source matches exactly, or as the end of a path."""
    ids = set(sources["meeting_id"].to_pylist())
    exact: dict[str, set[str]] = {}
    for mid, src in zip(sources["meeting_id"].to_pylist(), sources["source"].to_pylist(), strict=True):
        exact.setdefault(src, set()).add(mid)
    wanted = list(corrections)
    by_tail = _tail_matches({c.source for c in wanted if c.source and c.source not in exact}, exact)
    found: dict[str, list[Correction]] = {}
    unmatched: list[Correction] = []
    problems: list[str] = []
    for c in wanted:
        named = ({c.meeting_id} & ids if c.meeting_id else set()) | (
            exact.get(c.source) or by_tail.get(c.source, set()) if c.source else set()
        )
        if len(named) > 1:
            problems.append(
                f"line {c.line}: names {len(named)} meetings ({', '.join(sorted(named)[:3])}); give its meeting_id"
            )
        elif named:
            found.setdefault(named.pop(), []).append(c)
        else:
            unmatched.append(c)
    return found, unmatched, problems


def _tail_matches(given: set[str], exact: Mapping[str, set[str]]) -> dict[str, set[str]]:
    """Meetings of the stored sources that end with a given one at a path boundary (a/b.txt)."""
    if not given:
        return {}
    by_last: dict[str, list[str]] = {}
    for g in given:
        by_last.setdefault(g.replace("\\", "/").rsplit("/", 1)[-1], []).append(g)
    out: dict[str, set[str]] = {}
    for src, mids in exact.items():
        for g in by_last.get(src.replace("\\", "/").rsplit("/", 1)[-1], ()):
            if src.replace("\\", "/").endswith("/" + g.replace("\\", "/").lstrip("/")):
                out.setdefault(g, set()).update(mids)
    return out


# -- one part ---------------------------------------------------------------------------------------


def correct_part(
    tables: Mapping[str, pa.Table],
    extracted: Mapping[str, Mapping[str, str]],
    wanted: Mapping[str, Sequence[Correction]],
) -> tuple[dict[str, pa.Table], list[dict[str, str]], list[tuple[Correction, str]]]:
    """The part's meetings, people and speeches tables that change, the ``corrected`` rows of its
    meetings, and the corrections that found no one to rename. ``tables`` is not changed."""
    meetings, people, speeches = tables["meetings"], tables["people"], tables["speeches"]
    ids = meetings["meeting_id"].to_pylist()
    targets = {m: i for i, m in enumerate(ids) if m in extracted or m in wanted}
    meta_cols = {c: meetings[c].to_pylist() for c in _META_FIELDS}
    person_rows = people.to_pylist()
    persons: dict[str, list[Person]] = {}
    for p in person_rows:
        if p["meeting_id"] in targets:
            persons.setdefault(p["meeting_id"], []).append((p["name"], p["title"], p["role"]))
    speakers = speeches["speaker"].to_pylist()
    by_meeting = _positions(speeches["meeting_id"].to_pylist(), speeches["seq"].to_pylist())
    new_people: dict[str, tuple[Person, ...]] = {}
    corrected: list[dict[str, str]] = []
    missed: list[tuple[Correction, str]] = []
    changed: set[str] = set()
    for mid, i in targets.items():
        rows = MeetingRows(
            {c: meta_cols[c][i] for c in _META_FIELDS},
            tuple(persons.get(mid, ())),
            tuple(speakers[j] for j in by_meeting.get(mid, ())),
        )
        fixed, fields, misses = correct_meeting(rows, extracted.get(mid, {}), wanted.get(mid, ()))
        missed += misses
        corrected += [
            {"meeting_id": mid, "field": f, "extracted": e, "corrected": c, "rows": r} for f, e, c, r in fields
        ]
        for c in _META_FIELDS:
            if meta_cols[c][i] != fixed.meta[c]:
                meta_cols[c][i] = fixed.meta[c]
                changed.add("meetings")
        if fixed.people != rows.people:
            new_people[mid] = fixed.people
            changed.add("people")
        for j, speaker in zip(by_meeting.get(mid, ()), fixed.speakers, strict=True):
            if speakers[j] != speaker:
                speakers[j] = speaker
                changed.add("speeches")
    out: dict[str, pa.Table] = {}
    if "meetings" in changed:
        out["meetings"] = _with_columns(meetings, meta_cols)
    if "people" in changed:
        out["people"] = pa.Table.from_pylist(_people_rows(person_rows, new_people), schema=schema.PEOPLE.schema)
    if "speeches" in changed:
        out["speeches"] = _with_columns(speeches, {"speaker": speakers})
    return out, corrected, missed


def _positions(meeting_ids: Sequence[str], seqs: Sequence[int]) -> dict[str, list[int]]:
    """Row positions of each meeting's speeches, in seq order."""
    out: dict[str, list[tuple[int, int]]] = {}
    for j, (mid, seq) in enumerate(zip(meeting_ids, seqs, strict=True)):
        out.setdefault(mid, []).append((seq, j))
    return {mid: [j for _, j in sorted(pairs)] for mid, pairs in out.items()}


def _with_columns(table: pa.Table, columns: Mapping[str, list[Any]]) -> pa.Table:
    for name, values in columns.items():
        i = table.schema.get_field_index(name)
        table = table.set_column(i, table.schema.field(i), pa.array(values, table.schema.field(i).type))
    return table


def _people_rows(rows: Sequence[Mapping[str, Any]], new: Mapping[str, tuple[Person, ...]]) -> list[dict[str, Any]]:
    """The people rows with those of the meetings in ``new`` replaced where they stood."""
    out: list[dict[str, Any]] = []
    done: set[str] = set()
    for r in rows:
        mid = r["meeting_id"]
        if mid not in new:
            out.append(dict(r))
        elif mid not in done:
            done.add(mid)
            out += _person_dicts(mid, new[mid])
    for mid in new.keys() - done:  # a meeting that had no one and now has a presider
        out += _person_dicts(mid, new[mid])
    return out


def _person_dicts(mid: str, people: Iterable[Person]) -> list[dict[str, Any]]:
    return [{"meeting_id": mid, "name": n, "title": t, "role": r} for n, t, r in people]


__all__ = [
    "NOT_REPORT_REASON",
    "MeetingRows",
    "apply_one",
    "correct_meeting",
    "correct_part",
    "field_value",
    "match",
    "with_field",
]
