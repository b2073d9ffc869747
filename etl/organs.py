"""Organ (区委, 区政府, 人大常委会 ...), meeting type and region named by a report."""

from __future__ import annotations

import re

_ORGAN = re.compile(r"(区委|县委|市委|区政府|县政府|市政府|人大常委会|政协|纪委)")
_TYPE = re.compile(r"(常委[(（]?扩大[)）]?会议?|常委会|常务会议|理论学习中心组|党组[(（]?扩大[)）]?会议|主席会议|专题会议)")


def organ_and_type(title: str | None, text: str) -> tuple[str | None, str | None]:
    head = f"{title or ''}\n{text[:200]}"
    organ = m[1] if (m := _ORGAN.search(head)) else None
    kind = m[1] if (m := _TYPE.search(head)) else None
    return organ, kind


def region(title: str | None, text: str) -> str | None:
    m = re.search(r"([\u4e00-\u9fff]{2,4}(?:区|县))(?:委|政府|人大)", f"{title or ''}{text[:200]}")
    return m[1] if m else None
