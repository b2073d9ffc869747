"""A turn announced with its title: the title is the speaker's words, and his turn goes on.

A report often gives a speech by its title alone (党委委员某某以《…》为题作主题发言, 书记某某代表…向大会作
题为《…》的工作报告), then sums it up in the sentences that follow (报告对…进行全面总结。…): the title is
what the speaker said in brief, and what follows, up to another speaker or the meeting's narration,
is his speech told. The title must be one (two titles are two speakers' turns) and stand after
题为 or between 以 and 为题; a document the meeting studied (学习了《…》) has neither.
"""

from __future__ import annotations

from etl.extract.text.patterns import compile_tc

__all__ = ["speech_title_start"]

_TITLED = compile_tc(r"(?:题为|题目为|以)\s*《[^《》\n]{4,80}》")
_AS_TITLE = compile_tc(r"\s*(?:为题|为主题|的)")


def speech_title_start(text: str, start: int, verb_end: int) -> int | None:
    """Where the one speech title of the sentence ``text[start:verb_end]`` opens (its 《), or None."""
    found = list(_TITLED.finditer(text, start, verb_end))
    if len(found) != 1:
        return None
    m = found[0]
    if m[0].startswith("以") and _AS_TITLE.match(text, m.end()) is None:
        return None  # 以《…》精神为指导: a document the turn follows, not its title
    return text.index("《", m.start())
