"""Who presided, who spoke, who attended, and which span of the text each speaker said."""

from __future__ import annotations

from etl.model import Reading, Speech


def read_people(text: str) -> Reading:
    return Reading(people=(), speeches=(Speech(0, text, None),) if text else ())
