"""clean(): whole boilerplate lines and byline fragments go, report sentences stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.clean import clean

BOILERPLATE = [
    "当前位置:首页 > 新闻中心 > 工作动态",
    "【字体：大 中 小】",
    "打印本页 关闭窗口",
    "扫一扫在手机打开当前页",
    "发布时间：2020-05-07 来源：区政府办公室",
    "来源：某某发布",
    "作者：办公室",
    "责任编辑：某某",
    "点击上方蓝字关注我们",
    "长按识别二维码关注",
    "阅读原文",
    "预览时标签不可点",
    "分享 收藏 点赞 在看",
    "文稿:李某 编辑:方某",
    "编辑：某某",
    "审核：某某",
    "记者 某某 通讯员 某某",
    "版权所有：某某区人民政府 备案号：某ICP备12345号",
    "上一篇：某区召开会议",
    "下一篇：某区开展活动",
    "當前位置：首頁 > 新聞",
    "【字體：大 中 小】",
    "發佈時間：2020-11-20",
    "2022-09-02 18:30",
]
KEEP = [
    "会上，编辑部主任汇报了工作。",
    "编辑记者要深入基层，写出有温度的报道。",
    "来源于群众的新闻线索要及时核实。",
    "区委书记某某主持会议并讲话。",
    "要增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
    "审核通过了三项议题，会议决定提交区委全会审议。",
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate_lines_are_removed(line: str) -> None:
    out = clean(f"会议召开。\n{line}\n会议结束。")
    assert out.text == "会议召开。\n会议结束。"
    assert line.strip() in out.removed


@pytest.mark.parametrize("line", KEEP)
def test_report_sentences_stay(line: str) -> None:
    out = clean(f"当前位置：首页\n{line}\n")
    assert out.text == line
    assert out.removed == ("当前位置：首页",)


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    [
        (
            "本报讯（记者 王某 通讯员 李某）5月6日，区委召开会议。",
            "5月6日，区委召开会议。",
            "（记者 王某 通讯员 李某）",
        ),
        ("区级领导参加会议。（编辑 余某）", "区级领导参加会议。", "（编辑 余某）"),
        ("参加会议。文稿:李某 编辑:方某", "参加会议。", "文稿:李某 编辑:方某"),
    ],
)
def test_inline_byline_fragments_are_cut(text: str, kept: str, removed: str) -> None:
    out = clean(text)
    assert out.text == kept
    assert any(removed in r for r in out.removed)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("发布时间：2020-05-07 来源：区政府", "2020-05-07"),
        ("发布日期：2023年04月12日", "2023年04月12日"),
        ("时间：2021-09-24", "2021-09-24"),
        ("發佈時間：2020-11-20　來源：區委辦", "2020-11-20"),
        ("2022-09-02 18:30", "2022-09-02"),
    ],
)
def test_publish_date_comes_from_the_publish_line(line: str, date: str) -> None:
    assert clean(f"{line}\n正文。").publish_date == date


def test_line_breaks_are_normalised_and_lines_stripped() -> None:
    out = clean("  第一段。 \r\n\r\n\u3000\u3000第二段。\r第三段。\n\n")
    assert out.text == "第一段。\n第二段。\n第三段。"
    assert out.publish_date is None


def test_original_characters_are_kept() -> None:
    text = "會議傳達學習了黨的十九屆五中全會精神，ＡＢＣ全角。"
    assert clean(text).text == text


def test_a_long_sentence_starting_like_a_meta_line_stays() -> None:
    line = "来源：" + "各部门要把群众反映的问题逐条梳理，" * 6 + "确保件件有回音。"
    assert clean(line).text == line


TEXT = st.text(
    alphabet=st.sampled_from(list("当前位置首页>【】字体大中小来源编辑记者：: 发布时间2020-05-0712年月日\n\r。，会议"))
    | st.characters(),
    max_size=300,
)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_clean_never_raises_and_keeps_no_empty_lines(text: str) -> None:
    out = clean(text)
    assert all(line and line == line.strip() for line in out.text.split("\n")) or out.text == ""
    assert isinstance(out.removed, tuple)
