"""Metadata merged across reposts: a meeting's missing date, organ, meeting type or region taken
from its other sources (docs/design.md, Identity and reposts).

A meeting's rows come from its first source in sorted input order. That copy may lack what a
later one has (a sidecar date, a publication line, an organ the WeChat copy does not name): each
field the first source leaves empty is taken from the first other source, in sorted (input,
source) order, that has it. The date moves with its precision and its source. The run reads every
source of a meeting whenever it reads one of them (etl/run/pipeline.py), so the merged row depends
only on the set of sources, never on the order in which they arrived.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pyarrow as pa

from etl.contract.model import CopyMeta
from etl.io.warehouse import Writer

__all__ = ["fill_from_copies", "fill_parts"]

_FIELDS = ("organ", "meeting_type", "region")


def fill_from_copies(first: Mapping[str, Any], copies: Sequence[CopyMeta]) -> dict[str, Any]:
    """The meeting columns to set in ``first`` (a meetings row) from its other sources' ``copies``."""
    others = sorted((c for c in copies if c.source != first["source"]), key=lambda c: (c.input, c.source))
    out: dict[str, Any] = {}
    if first["date"] is None:
        dated = next((c.date for c in others if c.date.date is not None), None)
        if dated is not None:
            out |= {"date": dated.date, "date_precision": dated.precision, "date_source": dated.source}
    for name in _FIELDS:
        if first[name] is None:
            value = next((getattr(c, name) for c in others if getattr(c, name) is not None), None)
            if value is not None:
                out[name] = value
    return out


def fill_parts(writer: Writer, part_of: Mapping[str, str], copies: Iterable[CopyMeta]) -> int:
    """Rewrite the meetings file of each part holding a meeting its other sources complete.

    ``part_of``: meeting id -> the part (of this run) holding its rows. Returns the meetings filled."""
    by_meeting: dict[str, list[CopyMeta]] = {}
    for c in copies:
        by_meeting.setdefault(c.meeting_id, []).append(c)
    parts = sorted({part_of[m] for m, cs in by_meeting.items() if len(cs) > 1 and m in part_of})
    filled = 0
    for part in parts:
        meetings = writer.base.read_part(part, "meetings")
        rows = meetings.to_pylist()
        changed = False
        for row in rows:
            found = by_meeting.get(row["meeting_id"], [])
            if len(found) > 1 and (fill := fill_from_copies(row, found)):
                row.update(fill)
                changed = True
                filled += 1
        if changed:
            new = writer.replace_tables(part, {"meetings": pa.Table.from_pylist(rows, schema=meetings.schema)})
            if part in writer.fresh:  # rows of this run: a later removal never applies to them
                writer.fresh.add(new)
    return filled
