"""The gate of ``cut_fragments`` is exact: on any line it cuts what the ungated chain cuts, and
records the same removals (the twelfth speed pass, docs/benchmarks.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract.cleaning.clean import clean
from etl.extract.cleaning.fragment_cuts import cut_all_fragments, cut_fragments

# Pieces a cut reads: its trigger characters and words, brackets, datelines, credits, site names, spam
# brands, and plain report text between them.
_PIECES = (
    *"-—_:：■□◆●▲摄攝官文细网網站户戶|丨()（）【】[]<!第页頁。，、；？！“” 　\t0123456789",
    *"会议指出要坚持推进发展改革工作全面加强县委区政府市",
    "记者",
    "通讯员",
    "本报讯",
    "新华社",
    "3月5日电",
    "12月1日消息",
    "据",
    "编辑：",
    "撰稿人:",
    "（记者 王某 通讯员 李某）",
    "(图片:某某)",
    "供图",
    "某某县人民政府网站",
    "门户网站",
    "_某某县人民政府",
    "![](a.png)",
    "入口",
    "365官网",
    "88yh威尼斯人",
    "体育",
    "娱乐",
    "彩票",
    "官方网站",
    "注册",
    "¥",
    "[接上页]",
    "第1页共6页",
    "(第1/2页)",
    "（办公室）",
    "（完）",
    "<正>",
    "【视频】",
    "【某县政协】",
)

lines = st.lists(st.sampled_from(_PIECES), max_size=24).map("".join)


def _both(line: str) -> tuple[tuple[str, list[tuple[str, str]]], tuple[str, list[tuple[str, str]]]]:
    gated: list[tuple[str, str]] = []
    ungated: list[tuple[str, str]] = []
    return (cut_fragments(line, gated), gated), (cut_all_fragments(line, ungated), ungated)


@given(lines)
@settings(max_examples=3000)
def test_gated_cuts_equal_the_whole_chain_on_any_line(line: str) -> None:
    gated, ungated = _both(line)
    assert gated == ungated


@given(st.text(max_size=80))
@settings(max_examples=1000)
def test_gated_cuts_equal_the_whole_chain_on_any_text(line: str) -> None:
    gated, ungated = _both(line)
    assert gated == ungated


@pytest.mark.parametrize(
    "line",
    [
        "会议强调，要坚持稳中求进工作总基调。",  # the common case: nothing to cut
        "会议强调，要坚持稳中求进工作总基调。（记者 王某 通讯员 李某）",
        "本报讯（记者 王某）3月5日，县委召开常委会会议。",
        "新华社北京3月5日电 国务院召开常务会议。",
        "会议听取了汇报。 某社记者 王某 摄 会议指出",
        "某某县召开会议_某某县人民政府门户网站",
        "日前，88yh威尼斯人召开座谈会。",
        "会议现场 |",
    ],
)
def test_gated_cuts_equal_the_whole_chain_on_report_shaped_lines(line: str) -> None:
    gated, ungated = _both(line)
    assert gated == ungated
    assert gated[0] != line.strip() or not gated[1]  # a cut shows in the text or in nothing recorded


@pytest.mark.corpora
def test_gated_cuts_equal_the_whole_chain_on_real_lines(corpora: Path) -> None:
    """Every line of the real reports, raw and as cleaning leaves it."""
    seen = 0
    for line in (corpora / "government_work_reports.jsonl").read_text(encoding="utf-8").splitlines()[:20]:
        content = json.loads(line).get("content") or ""
        for text in (content, clean(content).text):
            for raw in text.split("\n"):
                gated, ungated = _both(raw.strip())
                assert gated == ungated, raw[:40]
                seen += 1
    assert seen > 1000
