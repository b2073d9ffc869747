"""A column's tag and the publication stamp between bars (| 某栏目 |2016-07-21), a "follow us" line naming the
site's account (关注某某网) and the site owner's name alone above the footer's ICP line (某某市人民政府) are
furniture (held-out batch 77 showed them); a report's sentence with a bar, a menu bar without a stamp, a title
between bars, a sentence about following something and an organ named inside the report stay. Every line here
is invented."""

from __future__ import annotations

import pytest

from etl.extract.cleaning.clean import clean
from etl.extract.cleaning.line_rules import line_rule

_BODY = "7月20日,青禾县县长林晓舟主持召开县政府第12次常务会议。会议强调,要抓好招商引资和项目建设。\n\n会议还研究了其他事项。"


@pytest.mark.parametrize(
    "line",
    ["| 招商动态 |2016-07-21", "2021-03-02 丨 政务要闻", "政务要闻|2021年3月2日 10:21", "本网 | 县域经济 | 2019-05-06"],
)
def test_a_column_tag_and_a_stamp_between_bars_is_a_publish_strip(line: str) -> None:
    assert line_rule(line) == "meta_strip"


@pytest.mark.parametrize(
    "line",
    [
        "会议强调|2021-03-02要抓好落实",  # a sentence runs on after the stamp
        "招商动态 | 青禾县召开县政府常务会议研究部署招商引资工作 | 2016-07-21",  # a headline is no tag
        "林晓舟指出：2021-03-02|以来，全县经济运行平稳",
    ],
)
def test_a_bar_in_a_line_that_is_no_strip_keeps_the_line(line: str) -> None:
    assert line_rule(line) != "meta_strip"


def test_the_barred_stamp_gives_the_page_its_publication_date() -> None:
    cleaned = clean("青禾县召开县政府第12次常务会议\n\n| 招商动态 |2016-07-21\n\n" + _BODY)
    assert "招商动态" not in cleaned.text
    assert cleaned.publish_date == "2016-07-21"
    assert "会议强调,要抓好招商引资和项目建设。" in cleaned.text


@pytest.mark.parametrize(
    "line", ["关注东北网", "欢迎关注某某发布微信", "扫码关注青禾融媒客户端！", "关注青禾县政府网站"]
)
def test_a_line_asking_to_follow_the_site_is_a_widget_line(line: str) -> None:
    assert line_rule(line) is not None


@pytest.mark.parametrize("line", ["关注民生，办好实事", "要关注网络舆情", "关注困难群众生活"])
def test_a_sentence_about_following_something_stays(line: str) -> None:
    assert line_rule(line) is None


def test_the_site_owner_above_the_icp_line_is_footer() -> None:
    page = "青禾县召开县政府第12次常务会议\n\n" + _BODY + "\n\n青禾县人民政府\n\n备案号：某ICP备12345678号"
    cleaned = clean(page)
    assert "青禾县人民政府\n" not in cleaned.text + "\n"
    assert ("navigation", "青禾县人民政府") in cleaned.removals
    assert cleaned.text.rstrip().endswith("会议还研究了其他事项。")


def test_an_organ_named_before_the_report_ends_stays() -> None:
    page = "青禾县召开县政府第12次常务会议\n\n青禾县人民政府\n\n" + _BODY
    cleaned = clean(page)
    assert "青禾县人民政府" in cleaned.text
