"""A titled name whose surname is also a verb or a preposition (向, 谈: 书记向某某主持会议).

``etl.extract.names.mentions`` refuses a name that reads as a verb's clause after a post (区长向大会作报告,
主任谈了体会), unless the report shows it is a name: a list goes on from it, or it opens a later clause
with a speech verb. A name followed at once by 主持 is a name too: no clause of 向 or 谈 is followed by
the presiding verb (向某某主持 is never "towards someone presides"), so the one who presides is not lost.
"""

from __future__ import annotations

import re

from etl.extract.text.patterns import tc

__all__ = ["presides_right_after"]

# 主持 right after the name, perhaps after 同志 (区政协主席向某某同志主持会议).
_PRESIDES = re.compile(tc(r"(?:同志)?主持"))


def presides_right_after(text: str, end: int, name: str) -> bool:
    """Whether the two- or three-character ``name`` ending at ``end`` is followed at once by 主持."""
    return 2 <= len(name) <= 3 and _PRESIDES.match(text, end) is not None
