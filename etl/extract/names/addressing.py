"""How a report addresses a person it named with a title: surname and post (王县长, 李书记, 程总).

A careful reader takes 王县长要求 for the one person named before whose name starts with 王 and whose
title holds the post 县长. Every post of the title counts, not only its last (某社区党委书记、主任某某
is both 某书记 and 某主任), and 总 is how an enterprise's head is addressed (总经理, 经理, 总裁, 总监,
董事长 and 总工程师 …: 某董事长、经理某某 is 某总). The forms are plain words, found with ``str.find``.
"""

from __future__ import annotations

import re

from etl.extract.text.patterns import compile_tc, compound_alternation, spellings

__all__ = ["address_forms", "surname_of"]

# The posts a title holds, each ending at a 、 or at the title's end (党委书记、主任 -> 书记, 主任).
_ADDRESS_POST = compile_tc(
    r"(?:副书记|书记|副区长|区长|副县长|县长|副市长|市长|副省长|省长|副镇长|镇长|副乡长|乡长|副主任|主任|副主席|主席|"
    r"副部长|部长|副局长|局长|副组长|组长|副校长|校长|副院长|院长|董事长|总经理|副总经理|经理|副经理|总裁|副总裁|"
    r"总监|总工程师|总会计师|总经济师|主委|副主委|处长|科长|所长|站长|队长|行长|会长|社长|理事长)(?=、|$)"
)
# Posts of an enterprise's head or chief officer, addressed as 某总.
_HEAD_OF_FIRM = compile_tc(r"总经理|经理|总裁|总监|董事长|总工程师|总会计师|总经济师")
_COMPOUND_SURNAME = re.compile(rf"^(?:{compound_alternation()})")


def surname_of(name: str) -> str:
    """The surname a name opens with: a compound one (欧阳, 司马) or its first character."""
    return name[:2] if _COMPOUND_SURNAME.match(name) else name[:1]


def address_forms(name: str, title: str | None) -> set[str]:
    """The surname-and-post words that address ``name`` given its ``title``, in every spelling of
    the post (王 + 县长/縣長; 程 + 总/總)."""
    if not title or len(name) < 2:
        return set()
    surname = surname_of(name)
    posts = {m[0] for m in _ADDRESS_POST.finditer(title)}
    if _HEAD_OF_FIRM.search(title):
        posts.add("总")
    return {surname + spelling for post in posts for spelling in spellings(post)}
