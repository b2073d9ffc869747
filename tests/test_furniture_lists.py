"""Furniture told by principle, second pass: lists of other articles (a related-articles header with
its first link after the colon, a title with its stamp in brackets), a column's list entry glued to
its date and view count, an ad slot's identifier, a breadcrumb of spaced labels the site's name opens,
field labels left empty, and a site's disclaimer of the views it carries. All fixtures are invented
members of the families; report lines of the same shapes stay."""

from __future__ import annotations

import pytest

from etl.extract.cleaning.clean import clean
from etl.extract.cleaning.margins import is_dated_title, is_recommendations_header

REPORT = "5月6日，青禾县委召开常委会会议，传达学习省委全会精神。会议要求，要抓好各项工作落实。"
LONG_REPORT = REPORT + "\n会议强调，要加强组织领导，压实工作责任，确保各项任务按时保质完成，以实际行动推动全县发展。"


def _removed(out_removals: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    return [(rule, " ".join(text.split())) for rule, text in out_removals]


def test_a_related_articles_header_with_its_first_link_opens_the_list() -> None:
    links = (
        "相关报道：禾山县召开防汛工作会议 (2023-01-18 17:37:48)\n"
        "青禾镇召开党委会议 部署春耕生产 (2022-12-02 09:10:11)\n"
        "县政协召开主席会议 (2022-11-30 16:05:00)\n"
        "本站所载信息，不代表本站观点。"
    )
    out = clean(f"{LONG_REPORT}\n{links}")
    assert out.text == LONG_REPORT
    assert ("navigation", "县政协召开主席会议 (2022-11-30 16:05:00)") in out.removals
    assert out.publish_date is None  # the links' stamps are other articles'


@pytest.mark.parametrize(
    "link",
    [
        "禾山县召开防汛工作会议 (2023-01-18 17:37:48)",
        "青禾镇召开党委会议（2024-05-06）",
        "县人大常委会召开主任会议 [2021/09/15 08:00]",
        "县政府召开常务会议【2020.03.02】",
    ],
)
def test_another_articles_title_with_its_stamp_goes_once_the_report_has_begun(link: str) -> None:
    assert is_dated_title(link)
    out = clean(f"{REPORT}\n{link}\n会议强调，要抓好落实。")
    assert out.text == f"{REPORT}\n会议强调，要抓好落实。"
    assert ("navigation", " ".join(link.split())) in _removed(out.removals)


@pytest.mark.parametrize(
    "line",
    [
        "（2017年10月18日）",  # a speech's date line, written with 年月日
        "会议听取了县政府工作报告（2024-05-06）。",  # a sentence
        "会议审议了三个文件（2024年5月6日印发）",
        "(2024-05-06)",  # a stamp alone is not a title with its stamp
    ],
)
def test_report_lines_near_the_dated_title_shape_stay(line: str) -> None:
    assert not is_dated_title(line) or "。" in line
    assert line in clean(f"{REPORT}\n{line}\n会议强调，要抓好落实。").text


def test_a_title_with_its_stamp_above_the_report_stays() -> None:
    page = f"青禾县委召开常委会会议 (2024-05-06)\n{REPORT}"
    assert clean(page).text == page  # before the body it is the page's own headline


def test_the_glued_header_needs_a_link_after_its_colon() -> None:
    assert is_recommendations_header("相关报道：禾山县召开防汛工作会议")
    assert is_recommendations_header("延伸阅读:青禾镇召开党委会议")
    assert not is_recommendations_header("相关报道工作要做实做细")
    assert not is_recommendations_header("相关文件：一是…")  # not a header of links


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("青禾要闻2024-03-151288", "navigation"),  # a column's entry: label, date, view count glued
        ("通知公告2023-11-02", "navigation"),
        ("ad3_300*250", "widget"),  # an ad slot's identifier
        ("banner_01", "widget"),
        ("关键词：", "byline"),  # field labels left empty
        ("關鍵詞:", "byline"),
        ("初审编辑：", "byline"),
        ("文章仅代表作者本人，不代表本网立场", "rights"),  # a site's disclaimer
        ("刊用本站稿件，须经书面授权。", "rights"),
    ],
)
def test_a_furniture_line_of_the_second_pass_goes(line: str, rule: str) -> None:
    out = clean(f"{line}\n{REPORT}\n会议强调，要抓好落实。")
    assert out.text == f"{REPORT}\n会议强调，要抓好落实。"
    assert (rule, line) in out.removals


@pytest.mark.parametrize(
    "line",
    [
        "会议强调，个别意见不代表组织观点，要统一思想。",
        "会议要求，相关事项须经书面授权后办理。",
        "会议时间：2024-03-15",  # a field of the meeting, with its colon
        "同志们：",  # a label of the report ends with a colon too
        "组长：",
        "ISO9001",
        "G20",
    ],
)
def test_report_lines_near_the_second_pass_shapes_stay(line: str) -> None:
    assert line in clean(f"{REPORT}\n{line}\n会议强调，要抓好落实。").text


def test_a_breadcrumb_of_spaced_labels_that_the_sites_name_opens_goes_before_the_report() -> None:
    out = clean(f"禾山新闻网 新闻中心 禾山城事\n青禾县委召开常委会会议\n{REPORT}")
    assert out.text == f"青禾县委召开常委会会议\n{REPORT}"
    assert ("navigation", "禾山新闻网 新闻中心 禾山城事") in out.removals


@pytest.mark.parametrize(
    "line",
    [
        "凝心聚力 真抓实干 奋力开创新局面",  # a slogan sub-headline: no site's name opens it
        "青禾县委 县政府 联合召开会议",
    ],
)
def test_a_spaced_line_without_the_sites_name_stays_before_the_report(line: str) -> None:
    page = f"青禾县委召开常委会会议\n{line}\n{REPORT}"
    assert line in clean(page).text


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("撰稿:周明远 编辑:李晓禾 审阅:王一川", "byline"),  # roles named by their editing verb
        ("文字：周明远 初审：李晓禾 核发：王一川 赵小禾", "byline"),
        ("编发:周明远 签审:李晓禾", "byline"),
        ("中文 EN RU AR", "widget"),  # a language switch
        ("简体中文 | English", "widget"),
        ("发表日期:2012-08-31", "meta_strip"),  # a publish label of its own
    ],
)
def test_credits_switches_and_publish_labels_go(line: str, rule: str) -> None:
    out = clean(f"青禾县委召开常委会会议\n{line}\n{REPORT}\n会议强调，要抓好落实。")
    assert out.text == f"青禾县委召开常委会会议\n{REPORT}\n会议强调，要抓好落实。"
    assert (rule, line) in out.removals


def test_a_publish_label_of_its_own_gives_the_publication_date() -> None:
    assert clean(f"发表日期:2012-08-31\n{REPORT}").publish_date == "2012-08-31"


@pytest.mark.parametrize(
    "line",
    [
        "主持：周明远 记录：李晓禾",  # the meeting's own fields have no editing verb
        "组长：周明远 副组长：李晓禾 王一川",
        "成员:周明远、李晓禾",
        "中文教学",
    ],
)
def test_report_lines_near_the_credit_run_stay(line: str) -> None:
    assert line in clean(f"{REPORT}\n{line}\n会议强调，要抓好落实。").text


def test_picture_tokens_after_a_sentence_go_with_their_captions() -> None:
    line = "会议强调，要抓好落实。 ![]() 会议现场 ![](a.jpg) 县委书记周明远讲话"
    out = clean(f"{REPORT}\n{line}")
    assert out.text == f"{REPORT}\n会议强调，要抓好落实。"
    assert ("image", "![]() 会议现场 ![](a.jpg) 县委书记周明远讲话") in out.removals


def test_a_picture_token_inside_a_sentence_leaves_the_sentence() -> None:
    line = "会议强调，![](a.jpg) 要抓好落实，确保各项任务完成。"
    assert "要抓好落实，确保各项任务完成。" in clean(f"{REPORT}\n{line}").text


@pytest.mark.parametrize(
    "credit", ["(青禾县法院 周明远)", "（禾山医院 李晓禾 王一川）", "(青禾中学 赵小禾)", "(禾山公司 周明远)"]
)
def test_a_bodys_credit_with_its_writers_goes_whether_alone_or_after_the_last_full_stop(credit: str) -> None:
    alone = clean(f"{REPORT}\n{credit}")
    assert alone.text == REPORT
    glued = clean(f"{REPORT}{credit}")
    assert glued.text == REPORT


@pytest.mark.parametrize("line", ["(青禾县法院)", "会议听取了县法院 周明远的汇报。", "(会议纪要)"])
def test_lines_near_the_bodys_credit_stay(line: str) -> None:
    assert line in clean(f"{REPORT}\n{line}\n会议强调，要抓好落实。").text


def test_what_a_cut_credit_leaves_without_a_letter_goes_too() -> None:
    out = clean(f"{REPORT}\n(图片:周明远) | | |")
    assert out.text == REPORT
    assert ("widget", "| |") in out.removals


def test_a_line_left_with_words_after_a_cut_stays() -> None:
    line = "会议强调，要抓好落实。(编辑:周明远)"
    assert clean(f"{REPORT}\n{line}").text == f"{REPORT}\n会议强调，要抓好落实。"
