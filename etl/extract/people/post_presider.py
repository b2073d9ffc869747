"""A presider named by post alone, whose name the report gives later: 会议由镇党委书记主持召开。…最后，镇党委书记王某强调….

A report may say who chaired the meeting only by the post (会议由县委副书记主持, 由区长主持召开) and name the
holder further on, when he speaks. A careful reader takes the one person the report names with that very
post as the presider; none when no one, or more than one, holds it, or when someone named presides already.
"""

from __future__ import annotations

from collections.abc import Iterable

from etl.extract.text.patterns import compile_tc, simplified

__all__ = ["presider_by_post"]

# 会议由某某党委书记主持(召开), 由县长主持: a post with no name, its last word a head's post.
_CHAIRED_BY_POST = compile_tc(
    r"由(?P<post>[\u4e00-\u9fff]{0,8}?(?:书记|副书记|镇长|乡长|县长|区长|市长|省长|主任|主席|局长|校长|院长|组长|董事长|总经理))"
    r"主持(?=召开|会议|[，,。；;])"
)


def presider_by_post(text: str, people: Iterable[tuple[str, str | None, str]]) -> tuple[str, str] | None:
    """(name, title) of the one person named with the post that chairs the meeting (see the module), or None."""
    if "主持" not in text or (m := _CHAIRED_BY_POST.search(text)) is None:
        return None
    listed = list(people)
    if any(role == "presider" for _, _, role in listed):
        return None
    post = simplified(m["post"])
    holders = {(name, title) for name, title, _ in listed if title and simplified(title) == post}
    return next(iter(holders)) if len(holders) == 1 else None
