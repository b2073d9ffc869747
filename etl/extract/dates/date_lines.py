"""Which dates of a report's opening are the page's, not the meeting's.

A careful reader takes the meeting's day from the line that tells of the meeting (召开, 举行, 主持,
会议, 学习 …), never from a masthead (某某日报 2020年03月12日), an issue stamp (第一版 … >2023-09-21编印)
or a publish strip (2025-12-28 254) above it, nor from a dateline (某某网8月29日讯 8月28日晚…): see
``on_furniture_line``. ``etl.extract.dates.dates`` drops such a date when the opening has a day of its own
on a line of the report, and takes the stamp's full date as a publish line, right after the one
cleaning found: the page was stamped the day it appeared, so on or after the meeting. A publish
date the opening labels (发布日期:2014-04-21) or stamps with a clock time (``publish_stamps``) is
never the meeting's, and is such a publish line too.
"""

from __future__ import annotations

import re

from etl.extract.dates.text_years import Context, is_valid_date
from etl.extract.text.patterns import tc

__all__ = ["labelled_before", "on_furniture_line", "publish_stamps"]

# A line that tells of a meeting or of what it did: the one a meeting's own date stands on.
_REPORT_WORDS = re.compile(tc(r"[会]|召开|举行|主持|学习|研究|研讨|座谈|听取|审议|部署|调研|讲话|传达"))
# A bracketed date line (（2017年10月18日）) is the date of a speech or report delivered: not furniture.
_BRACKETED = re.compile(r"^\s*[（(].*[）)]\s*$")
_FURNITURE_MAX = 48  # a masthead or strip is short; a longer line (or one the opening cut) may be the report's
# A publish strip's labels (信息来源:《某报》2013年02月19日 作者: 发表时间:…阅读次数:): such a line may be longer.
_STRIP_LABELS = re.compile(tc(r"来源|作者|发布|发表|时间|日期|阅读|浏览|点击|编辑|责编|字号|次数"))
_STRIP_MAX = 120
# A dateline's date (某某网8月29日讯, 新华社北京3月13日电): the day the story was filed, not the meeting's.
_DATELINE_AFTER = re.compile(r"\s*(?:讯|訊|电(?!视|话)|電(?!視|話))")
# A strip's label with its colon right after a full date (标题 2025-12-22 来源:某某, 2024年3月5日 | 作者:某某):
# the page stamped the headline it glued the strip to, whatever words of a meeting the headline holds.
_STRIP_LABEL_AFTER = re.compile(
    tc(r"\s*[|丨/]?\s*(?:信息)?(?:来源|作者|编辑|责编|(?:浏览|阅读|点击)(?:次数|量|数)?)\s*[:：]")
)


def on_furniture_line(head: str, start: int, end: int, full: bool = True) -> bool:
    """True when the date at ``head[start:end]`` is a dateline's (…8月29日讯, …3月13日电), a full date a
    strip's label follows (… 2025-12-22 来源:…), or stands on a line with no word of a meeting and no full sentence (no 。 or ，), at most 48 other characters (120
    on a line with a strip's labels): a masthead, an issue stamp or a publish strip. A date without
    its year (``full`` False) is furniture only as a dateline's."""
    line_start = head.rfind("\n", 0, start) + 1
    line_end = head.find("\n", end)
    line = head[line_start : len(head) if line_end < 0 else line_end]
    rest = line[: start - line_start] + line[end - line_start :]
    if _DATELINE_AFTER.match(head, end) or (full and _STRIP_LABEL_AFTER.match(head, end)):
        return True
    if not full:  # a month and day alone on a line (5月6日上午 ⏎ 区委召开…) is the meeting's
        return False
    longest = _STRIP_MAX if _STRIP_LABELS.search(rest) else _FURNITURE_MAX
    if len(rest) > longest or _BRACKETED.match(line) or "。" in rest or "，" in rest or "," in rest:
        return False
    return _REPORT_WORDS.search(rest) is None


_ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
# A label before a publication date (发布时间：2021-08-20, 来源 | 2023-02-11), within 8 characters.
_LABEL_BEFORE = re.compile(r"(?:发布|發布|时间|時間|日期|更新|来源|來源|编辑|編輯)\s*[:：|丨]?\s*$")
_CLOCK_AFTER = re.compile(r"\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")
# A forum's post stamp (楼主| 发表于 2021-5-23 17:19, 发布于 …): when the post was published.
_POSTED = ("发表于", "發表於", "发布于", "發布於", "发帖于", "發帖於")
# A forum's edit stamp (本帖最后由某某于 2015-4-13 00:37 编辑): when the post was edited, maybe years on.
_EDITED_AFTER = re.compile(r"\s*(?:编辑|編輯|修改)(?!\s*[:：])")  # not an editor's label (编辑:某某)


def labelled_before(head: str, start: int) -> bool:
    """True when a publication label (发布时间, 日期, 来源 …) stands just before ``head[start]``."""
    return _LABEL_BEFORE.search(head[max(0, start - 8) : start]) is not None


def publish_stamps(head: str) -> list[tuple[str, Context]]:
    """The full dates the opening labels as its publication (发布日期:2014-04-21) or stamps with a clock
    time (2021-09-15 09:10:51), not a forum's edit stamp (于 2015-4-13 00:37 编辑), as publish lines."""
    if "-" not in head and "/" not in head and "." not in head:
        return []
    stamps: list[tuple[str, Context]] = []
    for m in _ISO_DATE.finditer(head):
        clocked = _CLOCK_AFTER.match(head, m.end())
        before = head[max(0, m.start() - 4) : m.start()].strip()
        edited = (before.endswith(("于", "於")) and not before.endswith(_POSTED)) or (
            clocked is not None and _EDITED_AFTER.match(head, clocked.end()) is not None
        )
        if (labelled_before(head, m.start()) or clocked) and not edited:
            y, mo, d = int(m[1]), int(m[2]), int(m[3])
            if is_valid_date(y, mo, d):
                stamps.append(("publish_line", (y, mo, d)))
    return stamps
