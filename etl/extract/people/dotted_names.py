"""Names written with a middle dot between their parts (Uyghur, Kazakh, Tajik names and foreign names
in Chinese: 某某木·某森, 某提·某克尔, 某某丽·某帕尔), after a post or in a list a post opens.

Such a name has no Han surname, so the post-then-name reading of ``etl.extract.names.mentions`` (a common
surname, then one or two characters) never takes it; the dot says where the name is. Each part is one
to six characters. The first part starts right after a post (主任某某木·某森主持会议) or after the 、 of a
list that a post opened (副主任甲、乙、某某丽·某帕尔参加会议); the last ends at the boundary a name ends at
(a mark, a role verb, 同志 …). Only texts with a middle dot are read.
"""

from __future__ import annotations

import re

from etl.extract.names.mentions import _BOUNDARY, POST_TAIL, POSTS, Mention, _title_before, positions

__all__ = ["dotted_mentions"]

_DOTS = ("·", "・")  # the Latin middle dot and its full-width form (a bullet • is no part of a name)
_PART_MAX = 6
_POST_MAX = 8  # the longest post (常务副指挥长, 主任委员)
_LIST_ITEMS = 8  # how many listed names a list may hold before the dotted one
_ITEM_MAX = 14  # a listed item: a name, or a post and a name, of at most this many characters
_PARTS_MAX = 4  # 某某某·某某·某某某: a name of more parts is a run of dots, and reading it would cost per dot
_REST = re.compile(
    rf"[\u4e00-\u9fff]{{1,{_PART_MAX}}}?(?:[·・][\u4e00-\u9fff]{{1,{_PART_MAX}}}?){{0,{_PARTS_MAX - 1}}}{_BOUNDARY}"
)
_POST_IN_ITEM = re.compile(rf"(?:{POSTS})(?=[\u4e00-\u9fff·・]{{2,{_ITEM_MAX}}}$)")


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _post_ending_at(text: str, i: int) -> re.Match[str] | None:
    return POST_TAIL.search(text, max(0, i - _POST_MAX), i) if i > 0 else None


def _list_post(text: str, i: int) -> tuple[int, int] | None:
    """The post that opens the list of names holding the name at ``i``, after a 、 (副主任甲、乙、…)."""
    for _ in range(_LIST_ITEMS):
        if i == 0 or text[i - 1] != "、":
            return None
        end = i - 1
        start = end
        while start > 0 and end - start < _ITEM_MAX and (_is_han(text[start - 1]) or text[start - 1] in _DOTS):
            start -= 1
        if end - start < 2:
            return None
        if posts := list(_POST_IN_ITEM.finditer(text, start, end)):
            return posts[-1].start(), posts[-1].end()  # the post nearest the name (常委会副主任某某)
        if post := _post_ending_at(text, start):
            return post.start(), post.end()
        i = start
    return None


def _first_part(text: str, dot: int) -> tuple[int, tuple[int, int]] | None:
    """Where the name holding the dot at ``dot`` starts, and the post it follows or whose list it is in."""
    for size in range(1, _PART_MAX + 1):
        start = dot - size
        if start < 0 or not _is_han(text[start]):
            return None
        if post := _post_ending_at(text, start):
            return start, (post.start(), post.end())
        if text[start - 1 : start] == "、" and (listed := _list_post(text, start)):
            return start, listed
    return None


def dotted_mentions(text: str) -> list[Mention]:
    """Every dotted name after a post, or listed after one, in order, with the post's title."""
    if not any(dot in text for dot in _DOTS):
        return []
    out: list[Mention] = []
    free = 0
    dots = sorted(i for dot in _DOTS for i in positions(text, dot))
    for dot in dots:
        if dot < free or not (found := _first_part(text, dot)):
            continue
        start, (post_start, post_end) = found
        rest = _REST.match(text, dot + 1)
        if rest is None:
            continue
        end = rest.end()
        title_start, title = _title_before(text, post_start, post_end, free)
        listed = post_end < start
        out.append(Mention(start if listed else title_start, start, end, text[start:end], title or None))
        free = end
    return out
