"""A site's weather box (its label and a weather office's forecast, dated the crawl's day) and a town's or a
street's name in brackets after the last sentence (its office's credit) are furniture (batch 65 showed both);
a report's sentence telling of a weather warning and a town named in brackets inside a sentence stay.
Every line here is invented."""

from __future__ import annotations

import pytest

from etl.extract.cleaning.clean import clean
from etl.extract.cleaning.credit_lines import cut_credit_marks
from etl.extract.cleaning.line_rules import line_rule


@pytest.mark.parametrize(
    "line",
    [
        "天气预报:",
        "天气预报",
        "溪山区气象台2025年4月9日06时发布:今天白天多云转阴,南风3-4级;今天夜间阴有小雨;气温21℃至12℃。",
        "青禾县气象局 2024-11-02 17时发布：今夜到明天晴,气温8℃至-1℃。",
    ],
)
def test_a_weather_box_is_a_widget(line: str) -> None:
    assert line_rule(line) == "widget"


@pytest.mark.parametrize(
    "line",
    [
        "市气象台发布暴雨橙色预警后,区防汛指挥部立即召开会商会议,部署应急响应工作。",
        "会议指出,区气象台要及时发布预报:今年汛期降雨偏多,各镇要提前做好准备。",
    ],
)
def test_a_reports_sentence_about_the_weather_stays(line: str) -> None:
    assert line_rule(line) is None


def test_a_weather_box_above_the_headline_leaves_the_report_and_gives_no_publication_date() -> None:
    page = (
        "天气预报:\n\n"
        "溪山区气象台2025年4月9日06时发布:今天白天多云转阴,南风3-4级;气温21℃至12℃。\n\n"
        "溪山区委常委会召开会议\n\n"
        "3月14日,溪山区委常委会召开会议,区委书记林晓舟主持会议。会议强调,要抓好春耕生产。"
    )
    cleaned = clean(page)
    assert "气象台" not in cleaned.text and "天气预报" not in cleaned.text
    assert "区委书记林晓舟主持会议" in cleaned.text
    assert cleaned.publish_date is None


@pytest.mark.parametrize(
    ("line", "kept", "cut"),
    [
        ("为全镇发展贡献力量。(溪山县青禾镇)", "为全镇发展贡献力量。", "(溪山县青禾镇)"),
        ("会议要求各村抓好落实。（柳湾街道）", "会议要求各村抓好落实。", "（柳湾街道）"),
        ("确保改革平稳推进。(青禾乡 周立)", "确保改革平稳推进。", "(青禾乡 周立)"),
    ],
)
def test_a_towns_credit_after_the_last_sentence_is_cut(line: str, kept: str, cut: str) -> None:
    removals: list[tuple[str, str]] = []
    assert cut_credit_marks(line, removals) == kept
    assert removals == [("byline_fragment", cut)]


@pytest.mark.parametrize(
    "line",
    [
        "全镇12个村(社区)参加了培训。",  # a bracket inside the sentence
        "会议在青禾镇(原柳湾乡)召开,镇党委书记周立主持。",
        "会议强调,要抓好青禾镇(柳湾街道)",  # no sentence mark before the bracket
    ],
)
def test_a_town_named_in_brackets_inside_the_text_stays(line: str) -> None:
    removals: list[tuple[str, str]] = []
    assert cut_credit_marks(line, removals) == line
    assert removals == []
