"""Photo captions of the speakers: a line of a post, a name and the act (校团委书记某某发言, 校长某某领学)
that a photo stood above, where the report names that person in a sentence too.

A page that lost its photos keeps their captions on lines of their own, one per speaker, often
above the paragraph that tells of the turn. Such a line has no sentence mark, ends in an act of
speaking (发言, 讲话, 领学, 致辞, 宣讲, 授课, 讲党课) right after a post and a name, and its name stands in a
sentence of the page: the caption repeats what the report says. A line whose name the report does not
say elsewhere stays (it may be the only place a speaker is named: docs/heldout.md, batch 24).
"""

from __future__ import annotations

import re

from etl.extract.names.mentions import POST_TAIL
from etl.extract.text.patterns import SURNAMES

__all__ = ["speaker_captions"]

# A post and a name, then the act: 校团委书记某某发言, 党委副书记、校长某某领学.
_CAPTION = re.compile(
    r"^(?P<who>[\u4e00-\u9fff、]{4,27}?)(?:同志)?(?:作交流发言|交流发言|发言|讲话|领学|致辞|宣讲|授课|讲党课)$"
)
_CAPTION_MAX = 30
_ACT_ENDS = ("发言", "讲话", "领学", "致辞", "宣讲", "授课", "党课", "發言", "講話", "領學", "致辭", "宣講")
# A photo of one presiding a session or delivering a report (县政协副主席某某主持开幕式, 某某向大会作提案工作报告):
# the same caption, never the page's first line, where it would be the headline.
_CHAIR_OR_REPORT = re.compile(
    r"^(?P<who>[\u4e00-\u9fff、]{4,20}?)(?:同志)?"
    r"(?:主持(?:开幕式|闭幕式|開幕式|閉幕式|大会|大會)|(?:向大会|向大會)?作[\u4e00-\u9fff]{2,12}?(?:报告|報告)"
    # a report given by its title (镇长某某所作《政府工作报告》, 某某作《某某规划》报告)
    r"|所?作《[^《》\n]{2,24}》(?:报告|報告)?)$"
)
_CHAIR_OR_REPORT_ENDS = ("开幕式", "闭幕式", "大会", "開幕式", "閉幕式", "大會", "报告", "報告", "》")


def speaker_captions(lines: list[str]) -> frozenset[str]:
    """The lines of ``lines`` that are captions of a speaker the page's sentences name (see the module)."""
    candidates = [line for line in lines if len(line) <= _CAPTION_MAX and line.endswith(_ACT_ENDS)]
    chairs = [line for line in lines[1:] if len(line) <= _CAPTION_MAX and line.endswith(_CHAIR_OR_REPORT_ENDS)]
    if not candidates and not chairs:
        return frozenset()
    sentences = [line for line in lines if "。" in line]
    spoke = {line for line in candidates if (m := _CAPTION.match(line)) and _named_after_post(m["who"], sentences)}
    chaired = {
        line for line in chairs if (m := _CHAIR_OR_REPORT.match(line)) and _named_after_post(m["who"], sentences)
    }
    return frozenset(spoke | chaired)


def _named_after_post(who: str, sentences: list[str]) -> bool:
    """``who`` is a post and a name of two or three characters (a surname first) that a sentence of the page
    names (在全省秘书长会议讲话 is a speech's title: 会议 is no name)."""
    for size in (3, 2):
        post, name = who[:-size], who[-size:]
        if name[0] in SURNAMES and POST_TAIL.search(post) and any(name in sentence for sentence in sentences):
            return True
    return False
