"""The page's footer (etl/extract/cleaning/margins.py): past the report's last sentence and next to other
furniture, names, credits, menu bars and half page-word widgets go; teasers under a
recommendations header go once the report has begun. Report lines of the same shapes stay."""

from __future__ import annotations

import pytest

from etl.extract.cleaning.clean import clean
from etl.extract.cleaning.line_shapes import judged_by
from etl.extract.cleaning.margins import is_recommendations_header, margin_rule
from etl.extract.cleaning.page_words import page_words_share

REPORT = "5月6日，青禾县委召开常委会会议，传达学习省委全会精神。会议要求，要抓好各项工作落实。"
# A report longer than the teasers under it (a header in the middle of a report leaves it).
LONG_REPORT = REPORT + "\n会议强调，要加强组织领导，压实工作责任，确保各项任务按时保质完成，以实际行动推动全县发展。"


@pytest.mark.parametrize(
    ("footer", "rule"),
    [
        ("周明远", "byline"),  # an editor's name whose label the site left out
        ("李晓禾 王一川", "byline"),  # two reporters
        ("李晓禾 顾 川", "byline"),  # a two-character name padded with a space to the width of three
        ("顾 川", "byline"),
        ("(青禾县纪委监委)", "byline"),  # a body's credit
        ("（禾山日报）", "byline"),  # a paper's
        ("(县委宣传科)", "byline"),
        ("政务公开 政务服务 互动交流", "navigation"),  # a menu bar
        ("本周热帖", "page_words"),  # widgets half made of page words
        ("查看历史评论", "page_words"),
        ("QHRB0012", "navigation"),  # an e-paper's article code
    ],
)
def test_a_footer_line_next_to_furniture_goes(footer: str, rule: str) -> None:
    for page in (f"{REPORT}\n{footer}", f"{REPORT}\n分享到：\n{footer}"):  # the last sentence is a neighbour too
        out = clean(page)
        assert out.text == REPORT
        assert (rule, footer) in out.removals


@pytest.mark.parametrize(
    "line",
    [
        "周明远",  # a byline under the title: the people reader needs it
        "(青禾县纪委监委)",
        "政务公开 政务服务 互动交流",  # before the body a spaced line is a slogan sub-headline
    ],
)
def test_the_same_shapes_before_the_reports_last_sentence_stay(line: str) -> None:
    page = f"青禾县委召开常委会会议\n{line}\n{REPORT}"
    assert line in clean(page).text


@pytest.mark.parametrize(
    "tail",
    [
        "出席会议人员名单如下：\n周明远\n李晓禾 王一川",  # a list under its kept heading
        "会议要求",  # a page cut off mid-report
        "县政府常务会议",
        "(会议纪要)",  # the report's own note
        "二、组成人员",
    ],
)
def test_report_lines_past_the_last_sentence_stay(tail: str) -> None:
    out = clean(f"{REPORT}\n{tail}")
    assert out.text == f"{REPORT}\n{tail}"


def test_the_rules_own_limits() -> None:
    assert margin_rule("请输入验证码后再发表您对本次会议内容的看法和意见建议") is None  # too long
    assert margin_rule("会议要求；抓好落实") is None
    assert page_words_share("本周热帖") == pytest.approx(0.5)
    assert page_words_share("会议要求") == 0.0
    assert page_words_share("") == 0.0


@pytest.mark.parametrize("header", ["新闻推荐", "相关阅读：", "【猜你喜欢】", "往期回顾"])
def test_teasers_under_a_recommendations_header_after_the_report_go(header: str) -> None:
    teasers = "8月5日，青禾县政府召开全体会议，部署下半年工作。县长周明远强调，一要认清...\n禾山新闻，有料有趣。期待与你相遇。"
    out = clean(f"{LONG_REPORT}\n{header}\n{teasers}")
    assert out.text == LONG_REPORT
    assert ("navigation", "禾山新闻，有料有趣。期待与你相遇。") in out.removals


def test_a_teasers_date_is_not_the_pages() -> None:
    out = clean(f"{REPORT}\n相关新闻\n- 青禾县召开安全生产会议2025-11-13")
    assert out.text == REPORT
    assert out.publish_date is None


def test_a_recommendations_header_before_more_report_leaves_the_report() -> None:
    rest = "会议强调，要加强组织领导，压实工作责任，确保各项任务按时完成。" * 3
    out = clean(f"{REPORT}\n相关阅读\n{rest}")
    assert out.text == f"{REPORT}\n{rest}"
    before = clean(f"相关阅读\n{REPORT}")  # before the body it is a link list's heading only
    assert before.text == REPORT


def test_only_a_header_alone_on_its_line_opens_the_teasers() -> None:
    assert is_recommendations_header("新闻推荐")
    assert not is_recommendations_header("会议推荐了三名候选人")
    assert not is_recommendations_header("相关新闻单位要做好宣传报道工作")


@pytest.mark.parametrize("label", ["禾山新闻", "青禾要闻", "乡镇导航:", "禾山网站"])
def test_a_column_label_above_the_report_half_made_of_page_words_goes(label: str) -> None:
    out = clean(f"{label}\n{REPORT}")
    assert out.text == REPORT
    assert ("page_words", label) in out.removals


@pytest.mark.parametrize(
    "title",
    [
        "青禾县召开常委会会议",  # a title ends with the meeting's words
        "政务公开工作会议",  # half page words, but a meeting's last
        "县委常委会新闻发布会",
        "理论学习专题",  # a page word at its end, under half of it
        "禾山新闻，有料有趣",  # a sentence mark
    ],
)
def test_a_title_above_the_report_stays(title: str) -> None:
    assert clean(f"{title}\n{REPORT}").text == f"{title}\n{REPORT}"


def test_a_column_label_inside_the_report_stays() -> None:
    page = f"{REPORT}\n禾山新闻\n会议强调，要抓好落实。"
    assert "禾山新闻" in clean(page).text  # past the first sentence it may be the report's words


def test_a_link_past_the_report_with_its_date_below_as_a_list_item_goes() -> None:
    page = f"{REPORT}\n禾山县召开防汛工作会议 部署汛期工作，确保安全度汛\n- 2025-04-25"
    out = clean(page)
    assert out.text == REPORT
    assert ("navigation", "禾山县召开防汛工作会议 部署汛期工作，确保安全度汛") in out.removals


def test_a_signature_with_its_date_below_stays() -> None:
    page = f"{REPORT}\n中共青禾县委办公室\n2025年4月25日"
    assert "中共青禾县委办公室" in clean(page).text


@pytest.mark.parametrize("tag", ["株洲", "湘潭", "本县"])
def test_a_section_tag_that_the_headline_begins_with_goes(tag: str) -> None:
    # invented: a place or column tag alone above a headline that starts with it
    page = f"{tag}\n{tag}市某某县政协召开主席会议\n8月2日，某某县政协召开主席会议。会议要求，抓好落实。"
    out = clean(page)
    assert out.text.startswith(f"{tag}市某某县政协召开主席会议\n")
    assert ("navigation", tag) in out.removals


def test_a_short_line_the_next_line_does_not_begin_with_stays() -> None:
    page = "株洲\n某某县政协召开主席会议\n8月2日，某某县政协召开主席会议。会议要求，抓好落实。"
    with judged_by(None):  # the rules leave it; the judge of shapes takes a lone tag above the headline
        assert clean(page).text.startswith("株洲\n")
    # past the report's first sentence it is the report's
    body = "8月2日，某某县政协召开主席会议。\n会议\n会议要求，抓好落实。"
    assert "\n会议\n" in clean(body).text
