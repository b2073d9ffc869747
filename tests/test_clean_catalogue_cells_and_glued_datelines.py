"""A public-information catalogue printed one cell to a line (a label alone, its value on the next line), a
credit written as a list's item (• 审核:某某) and a paper's dateline glued to the quote a report opens with
(本报讯“…”) are furniture (held-out batches 70 and 72 showed them); a label left empty above the headline, a
report's sentence after a bullet and a word ending in 讯 before a quote stay. Every line here is invented."""

from __future__ import annotations

import pytest

from etl.extract.cleaning.clean import clean
from etl.extract.cleaning.fragment_cuts import cut_fragments
from etl.extract.cleaning.furniture import is_catalogue_label, is_catalogue_value
from etl.extract.cleaning.line_rules import line_rule

_BODY = "3月2日,青禾县县长林晓舟主持召开县政府第12次常务会议。会议强调,要抓好春耕生产。"


def test_a_catalogue_one_cell_to_a_line_leaves_the_report_with_its_values() -> None:
    page = (
        "您的位置: 首页>>政府信息公开>>政府会议\n\n"
        "林晓舟主持召开县政府第12次常务会议\n\n"
        "索引号\n012345678/2024-00031\n文号\n关键词\n发布机构\n青禾县政府办\n公开形式\n主动公开\n"
        "责任部门\n青禾县政府办\n生成日期\n2024-03-04 10:20:00\n是否有效\n\n" + _BODY
    )
    cleaned = clean(page)
    for cell in ("012345678/2024-00031", "青禾县政府办", "主动公开", "公开形式", "责任部门", "是否有效"):
        assert cell not in cleaned.text, cell
    assert "林晓舟主持召开县政府第12次常务会议" in cleaned.text  # the headline above the table
    assert "会议强调,要抓好春耕生产。" in cleaned.text
    assert cleaned.publish_date == "2024-03-04"


def test_a_label_left_empty_above_the_headline_keeps_the_headline() -> None:
    page = "索引号\n012345678/2024-00031\n是否有效\n林晓舟主持召开县政府第12次常务会议\n\n" + _BODY
    cleaned = clean(page)
    assert "012345678/2024-00031" not in cleaned.text
    assert "林晓舟主持召开县政府第12次常务会议" in cleaned.text


def test_a_catalogue_label_opens_no_value_inside_the_body() -> None:
    page = _BODY + "\n\n责任部门\n县农业农村局牵头\n\n会议要求,各乡镇要压实责任。"
    assert "县农业农村局牵头" in clean(page).text


@pytest.mark.parametrize("line", ["索引号", "公开形式", "责 任 部 门", "是否有效:", "文号", "生成日期"])
def test_a_catalogue_label_alone(line: str) -> None:
    assert is_catalogue_label(line)


@pytest.mark.parametrize("line", ["索引号 012345678/2024-00031", "责任部门要压实责任", "会议指出"])
def test_not_a_catalogue_label_alone(line: str) -> None:
    assert not is_catalogue_label(line)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("012345678/2024-00031", True),
        ("青禾县政府办", True),
        ("林晓舟主持召开县政府第12次常务会议", False),  # a headline
        ("会议强调,要抓好春耕生产。", False),
        ("青禾县人民政府办公室青禾县人民政府办公室青禾县人民政府办公室", False),  # too long for a cell
    ],
)
def test_what_stands_under_a_catalogue_label(line: str, value: bool) -> None:
    assert is_catalogue_value(line) is value


@pytest.mark.parametrize("line", ["• 审核:周立", "  • 编辑:林小禾", "- 责任编辑:周立", "● 记者 林小禾"])
def test_a_credit_as_a_lists_item_is_a_byline(line: str) -> None:
    assert line_rule(line.strip()) == "byline"


@pytest.mark.parametrize("line", ["• 会议强调,要抓好春耕生产。", "• 县审计局汇报了工作"])
def test_a_reports_bulleted_sentence_stays(line: str) -> None:
    assert line_rule(line) is None


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("本报讯“今天会议的第一个议题是学习讲话精神。”3月18日,某区纪委召开常委会。", "本报讯"),
        ("青禾县融媒体中心3月2日讯“要抓好春耕”,县委书记说。", "青禾县融媒体中心3月2日讯"),
        ("本刊讯「开好这次会很重要」,会议开始。", "本刊讯"),
    ],
)
def test_a_dateline_glued_to_an_opening_quote_is_cut(line: str, cut: str) -> None:
    removals: list[tuple[str, str]] = []
    assert cut_fragments(line, removals) == line[len(cut) :]
    assert removals == [("byline_fragment", cut)]


@pytest.mark.parametrize("line", ["喜讯“传来”,大家很高兴。", "简讯“一”栏目的稿件。"])
def test_a_word_ending_in_xun_before_a_quote_stays(line: str) -> None:
    removals: list[tuple[str, str]] = []
    assert cut_fragments(line, removals) == line
    assert removals == []
