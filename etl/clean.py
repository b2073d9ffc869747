"""Remove site and WeChat boilerplate and bylines, keeping the report's own text.

A line is dropped only when it is boilerplate as a whole: navigation and tool bars, the
source/author/editor/publish-time strip, WeChat follow and share prompts, copyright and ICP
lines, previous/next links, and byline lines made only of ``field: names`` pairs. A byline
fragment in brackets at the start or end of a real line (（记者 王某 通讯员 李某）) is cut out
of that line. A sentence that merely mentions 编辑 or 来源 stays, because it is not built like
a byline. The publication date is taken from a removed publish line.
"""

from __future__ import annotations

import re

from etl.model import Cleaned
from etl.reading.patterns import compile_tc

__all__ = ["clean"]

# Byline fields: 文稿:李娜, 编辑 方新月, 责任编辑：某某 ...
_FIELD = (
    r"(?:文稿|撰稿|来稿|编辑|责任编辑|责编|主编|值班编辑|编审|记者|通讯员|审核|审校|审签|审定|校对|摄影|摄像|"
    r"图片|图文|视频|制作|监制|出品|签发|策划|统筹|设计|排版|作者|来源|稿源|供稿|信息来源|文字|文|图)"
)
_SEP = r"\s*[:：|丨/]\s*|\s+"
# A whole byline line: one or more "field sep names" pairs and nothing else.
_BYLINE_LINE = compile_tc(
    rf"^[（(【\[]?(?:{_FIELD}(?:{_SEP})[^\s:：|丨。，,！？]{{1,30}}(?:\s+[^\s:：|丨。，,！？]{{1,12}})*"
    rf"\s*[|丨/]?\s*)+[）)】\]]?$"
)
# A bracketed byline fragment at either end of a content line: （记者 王某 通讯员 李某）.
_FRAGMENT_TAIL = compile_tc(
    rf"[（(【\[]\s*{_FIELD}(?:{_SEP})[^）)】\]\n]{{1,40}}[）)】\]]\s*$"
    rf"|(?<=[。！？!?])\s*(?:{_FIELD}\s*[:：]\s*[^\s:：。，,！？]{{1,12}}\s*)+$"
)
_FRAGMENT_HEAD = compile_tc(rf"^(?:本报讯|本台讯|讯)?\s*[（(【\[]\s*{_FIELD}(?:{_SEP})[^）)】\]\n]{{1,40}}[）)】\]]\s*")
_TAIL_CHARS = 70  # fragments are only looked for this close to a line's ends
_HEAD_OPENERS = tuple("本（(【[讯")
# Lines that are boilerplate when they start like this (and are short).
_LEADING = compile_tc(
    r"^(?:当前位置|您的位置|你的位置|您现在的位置|现在位置|位置[:：]|首页\s*[>》＞/]|【?\s*字体|字号[:：]|"
    r"【?\s*打印|打印本页|列印|【?\s*关闭|关闭窗口|扫一扫|用手机扫|手机扫|微信扫一扫|点击上方|点击蓝字|"
    r"点蓝字|长按识别|长按二维码|识别二维码|阅读原文|轻触阅读原文|预览时标签不可点|继续滑动看下一个|"
    r"向上滑动看下一个|发布时间|发布日期|发稿时间|更新时间|时间[:：]|日期[:：]|浏览次数|阅读次数|"
    r"点击数|访问量|浏览量|阅读量|上一篇|下一篇|上一条|下一条|相关链接|相关新闻|相关阅读|分享到|"
    r"版权所有|copyright|©|主办单位|主办[:：]|承办单位|承办[:：]|技术支持|网站标识码|网站地图|"
    r"联系我们|备案号|来源[:：]|作者[:：]|责任编辑|原标题[:：]|信息来源|【?\s*收藏|【?\s*纠错|"
    r"微信号[:：]|公众号|关注我们|关注公众号|喜欢此内容的人还喜欢|写留言|留言|精选留言|"
    r"视频\s*小程序|轻点两下取消|人划线|往期推荐|往期回顾|推荐阅读|END$|-\s*END\s*-)",
    re.IGNORECASE,
)
_ANYWHERE = compile_tc(
    r"ICP[备証证]|公网安备|京公网|网安备|版权所有|Copyright|扫一扫在手机|预览时标签不可点|"
    r"【\s*字体\s*[:：]|【\s*打印\s*】|【\s*关闭\s*】",
    re.IGNORECASE,
)
# Lines made only of share/like buttons, font-size switches or separators.
_BUTTONS = compile_tc(
    r"^(?:[\s|丨/·•\-—_=*【】\[\]]|分享|收藏|点赞|在看|赞|转发|推荐|打印|关闭|返回顶部|返回|"
    r"字号|字体|[大中小]|微信|微博|QQ空间|QQ|朋友圈|复制链接|[:：])+$",
    re.IGNORECASE,
)
# A bare publication stamp (2022-09-02 18:30); a bracketed 年月日 line is a speech date, kept.
_DATETIME_ONLY = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$")
_PUBLISH = compile_tc(
    r"(?:发布时间|发布日期|发稿时间|时间|日期)\s*[:：]?\s*"
    r"(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)"
)
_ANY_DATE = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?")
_MAX_LEADING_LINE = 80  # a long line that starts with 来源 is a sentence, not a meta strip
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")


def _is_boilerplate(line: str) -> bool:
    if _BUTTONS.match(line) or _DATETIME_ONLY.match(line) or _BYLINE_LINE.match(line):
        return True
    short = len(line) <= _MAX_LEADING_LINE
    return bool(short and (_LEADING.match(line) or _ANYWHERE.search(line)))


def _publish_date(line: str) -> str | None:
    if m := _PUBLISH.search(line):
        return re.sub(r"\s+", "", m.group(1))
    if _DATETIME_ONLY.match(line) and (m := _ANY_DATE.search(line)):
        return m.group(0)
    return None


def _cut_fragments(line: str, removed: list[str]) -> str:
    """``line`` without a byline fragment at its start or end (the fragments go to removed)."""
    if line.startswith(_HEAD_OPENERS) and (m := _FRAGMENT_HEAD.match(line)):
        removed.append(m.group(0).strip())
        line = line[m.end() :].strip()
    tail = max(0, len(line) - _TAIL_CHARS)
    if (line.endswith(("）", ")", "】", "]")) or ":" in line[tail:] or "：" in line[tail:]) and (
        m := _FRAGMENT_TAIL.search(line, tail)
    ):
        removed.append(m.group(0).strip())
        line = line[: m.start()].strip()
    return line


def clean(text: str) -> Cleaned:
    """The report text without boilerplate lines and byline fragments (see the module doc)."""
    kept: list[str] = []
    removed: list[str] = []
    publish: str | None = None
    for raw in _NEWLINES.sub("\n", text).split("\n"):
        line = raw.strip()
        if not line:
            continue
        if _is_boilerplate(line):
            removed.append(line)
            if publish is None:
                publish = _publish_date(line)
            continue
        line = _cut_fragments(line, removed)
        if not line:
            continue
        kept.append(line)
    return Cleaned("\n".join(kept), tuple(removed), publish)
