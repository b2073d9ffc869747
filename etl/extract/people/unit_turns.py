"""A titled name listed with units that took the same turn: the name speaks with them.

交流 turns are often listed as a leader and the units that spoke after him, with no names for the
units (党委副书记、院长某某，院长办公室、财务科党支部，某某科党支部分别围绕…进行了交流; 副县长某某，县教育局、
县卫健局先后作表态发言): the list's verb, after 分别/先后/依次, is the name's too. Each unit ends as a body
or a desk does; a list holding a verb, a quote or a title (某某，要求各部门分别…) is no such list.
"""

from __future__ import annotations

from etl.extract.names.role_verbs import role_of
from etl.extract.text.patterns import compile_tc

__all__ = ["turn_with_units"]

_UNIT = (
    r"[^。；;：:\n，,、“”‘’《》()（）要求请由在对把向]{1,16}?"
    r"(?:党支部|支部|党总支|总支|党委|党组|科|室|处|局|办|委|院|所|站|中心|公司|镇|乡|街道|村|社区|部|组|团|队)"
)
_UNITS_THEN_TURN = compile_tc(rf"[，,]{_UNIT}(?:[、，,]{_UNIT}){{0,7}}(?=分别|先后|依次|相继|轮流)")


def turn_with_units(text: str, mention_end: int, limit: int) -> tuple[str, int] | None:
    """("speaker", the verb's end) when a comma and a list of units follow the name, then 分别/先后
    and a speech verb; else None."""
    units = _UNITS_THEN_TURN.match(text, mention_end, limit)
    if units is None:
        return None
    role, end = role_of(text, units.end(), limit)
    return (role, end) if role == "speaker" else None
