"""Remove site and WeChat boilerplate and bylines, keeping the report's own text."""

from __future__ import annotations

import re

from etl.model import Cleaned

_BOILERPLATE = re.compile(
    r"^\s*(当前位置|【字体|打印本页|关闭窗口|扫一扫|点击上方|长按识别|阅读原文|预览时标签不可点"
    r"|来源[:：]|作者[:：]|责任编辑|发布时间|文稿[:：]|编辑[:：]|审核[:：]|记者[:：]|通讯员)"
)
_PUBLISH = re.compile(r"发布时间[:：]\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2})")


def clean(text: str) -> Cleaned:
    kept: list[str] = []
    removed: list[str] = []
    publish: str | None = None
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if _BOILERPLATE.match(line):
            removed.append(line)
            if publish is None and (m := _PUBLISH.search(line)):
                publish = m.group(1)
            continue
        if line.strip():
            kept.append(line.strip())
    return Cleaned("\n".join(kept), tuple(removed), publish)
