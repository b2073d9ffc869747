"""clean(): a forum post's furniture (its post line, its poster's rank), a paper's stamp after a middle dot
and a betting site's name on a line of its own are removed; report lines near those shapes stay."""

from __future__ import annotations

import pytest

from etl.extract.cleaning.clean import clean

REPORT = "5月22日上午，市委书记某某主持召开市委常委会会议。会议指出，要抓好落实。"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # invented: a board's post line and its poster's rank, in the shapes boards print them
        ("楼主| 发表于 2021-5-23 17:19 | 显示全部楼层 |阅读模式", "meta_strip"),
        ("楼主 | 发表于 2021-05-23 17:19:05", "meta_strip"),
        ("Rank: 10Rank: 10Rank: 10", "widget"),
        ("rank：3", "widget"),
        # a paper's name and its stamp joined by a middle dot
        ("某某日报·2026-02-07 10:13", "meta_strip"),
        ("某某晚报 · 2025-11-30", "meta_strip"),
        # a betting or casino site's name, as a hijacked mirror prints it on its own line
        ("2021某某杯投注官网_某某预选赛-滚球平台", "spam"),
        ("365某某上市官网", "spam"),
        ("澳门金沙某某中心", "spam"),
    ],
)
def test_forum_stamp_and_betting_lines_are_furniture(line: str, rule: str) -> None:
    cleaned = clean(f"{line}\n{REPORT}")
    assert cleaned.text == REPORT
    assert (rule, line) in cleaned.removals


def test_a_forum_posts_line_gives_its_publication_date() -> None:
    assert clean(f"楼主| 发表于 2021-5-23 17:19 | 显示全部楼层\n{REPORT}").publish_date == "2021-5-23"


@pytest.mark.parametrize(
    "line",
    [
        # invented: report lines that name gambling or a stamp in a sentence, or a hotline's number
        "会议强调，要严厉打击网络赌博和滚球类非法平台。",
        "全市12345热线办理群众诉求1.2万件，满意率98%。",
        "某某同志当选为委员会主任·2021年起任职。",
    ],
)
def test_report_lines_near_those_shapes_stay(line: str) -> None:
    assert line in clean(f"{REPORT}\n{line}").text


def test_a_forum_profiles_counts_printed_before_their_labels_are_widgets() -> None:
    page = f"某某论坛\n\n4798\n\n主题\n\n192\n\n回帖\n\n1万\n\n积分\n\n{REPORT}"
    cleaned = clean(page)
    assert cleaned.text.endswith(REPORT)
    assert {("widget", "4798"), ("widget", "1万")} <= set(cleaned.removals)


def test_a_number_before_a_report_line_stays() -> None:
    page = f"{REPORT}\n\n2024\n\n会议强调，要抓好落实。"
    assert "2024" in clean(page).text
