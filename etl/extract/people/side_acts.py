"""What an attendee of the meeting chairs besides it: an act of its own, not the meeting.

One who attends the meeting (区政协副主席某某出席会议并讲话) and then 主持 an activity or a ceremony
held beside it (某某还主持开展“主席接待委员活动”, 会后某某主持了揭牌仪式) chairs that act; the meeting's
presider is someone else, or unnamed. A 主持 whose object is a meeting (主持座谈会, 主持召开…) or
that has no object stays a presider's, and so does one who chairs an activity without attending
first (党委书记某某主持学习活动: the study session is the meeting).
"""

from __future__ import annotations

from etl.extract.text.patterns import compile_tc

__all__ = ["chairs_a_side_act"]

# 主持(了)(开展)…活动/仪式 within one clause, with no meeting word in its object
_SIDE_ACT = compile_tc(r"了?(?:开展)?[^。；;，,\n会]{0,24}?(?:活动|仪式)(?![^。；;，,\n]{0,6}?会)")


def chairs_a_side_act(text: str, verb_end: int, attended: bool) -> bool:
    """True when the 主持 ending at ``verb_end`` chairs an activity or a ceremony and its subject
    ``attended`` the meeting already."""
    return attended and _SIDE_ACT.match(text, verb_end) is not None
