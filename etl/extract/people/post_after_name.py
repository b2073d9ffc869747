"""A name written between its body and its post, the post after the name (某镇党委某某副书记, 市委某某书记,
县政府某某副县长): a firm's or a school's report names a visiting official so, where a government site
writes the post first.

``etl.extract.names.mentions`` reads a post, then a name; here the body's last word (党委, 党工委, 政府, 政协, 纪委,
市委 …) stands right before the name and an address post (书记, 副书记, 县长, 主任 …) right after it. The
mention is the name alone, titled with the body and the post, so a later mention of the name with its
post (某某书记作了总结发言。她指出…) is read as that person's turn.
"""

from __future__ import annotations

import re

from etl.extract.names.mentions import _ADDRESS_POSTS, _BOUNDARY, _NAME, Mention, _title_before, clean_name
from etl.extract.text.first_chars import first_chars_ahead
from etl.extract.text.patterns import tc

__all__ = ["post_after_name_mentions"]

# The body's last word before the name: a party committee, a government, a congress, a conference.
_BODY = tc(r"党委|党工委|党组|政府|人大常委会|政协|纪委|[省市县区州旗镇乡]委")
# A visit's verb after the post ends it too (某某副书记莅临会议指导, 亲临, 一行).
_VISITS = tc(r"(?=莅临|亲临|来到|应邀|一行|到会)")
_MENTION = re.compile(
    rf"(?P<body>{_BODY})(?P<name>{_NAME})(?P<post>{_ADDRESS_POSTS})(?!会|班子)(?:{_VISITS}|{_BOUNDARY})"
)
_MENTION = first_chars_ahead(_MENTION)  # same matches, found sooner (etl/extract/text/first_chars.py)
# A post's or a body's own characters: 县委常务副书记 and 市委副书记 are posts, not a name between them.
_NOT_IN_NAME = re.compile(tc(r"[委务副记书长员党政府会组常]"))


def post_after_name_mentions(text: str) -> list[Mention]:
    """Every body-name-post mention in ``text`` (某镇党委某某副书记), its title the body and the post."""
    if not any(b in text for b in ("委", "政府", "政协", "党组")):
        return []
    out = []
    for m in _MENTION.finditer(text):
        name = clean_name(m["name"])
        if _NOT_IN_NAME.search(name) or m["post"] in ("同志",):
            continue
        start, body = _title_before(text, m.start("body"), m.end("body"), 0)
        title = body + m["post"]
        out.append(Mention(start, m.start("name"), m.end("post"), name, title))
    return out
