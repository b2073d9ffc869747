"""Captions, datelines, credits and a paper's own lines, told by shape (batches 61-64 before fitting).

Every fixture is invented: a member of each family that a site never seen would print, and a
report line of the same shape that must stay.
"""

from __future__ import annotations

import pytest

from etl.extract.cleaning.clean import clean
from etl.extract.cleaning.line_rules import line_rule

REPORT = "3月2日上午，县委书记林晓舟主持召开县委常委会会议，传达学习有关会议精神。"
CLOSING = "会议还研究了其他事项。"


def _removed(text: str) -> dict[str, str]:
    return {line: rule for rule, line in clean(text).removals}


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # a caption naming its scene or its drawing, closed by a full stop
        ("2024年青禾镇党委工作会议现场。", "image"),
        ("溪山科创园效果图。", "image"),
        ("滨河绿道(东段)与湿地公园鸟瞰图。", "image"),
        # a paper's serial numbers on its masthead
        ("国内统一刊号：CN12-0034 青禾日报社出版", "navigation"),
        ("溪山晚报 CN 45-0007", "navigation"),
        # the site's name with what it is in brackets
        ("溪山政协报融媒中心(溪山政协报主办的新闻网站)", "navigation"),
        # a repost note naming its account
        ("转发自“青禾发布”微信公众号", "navigation"),
        # what an HTML comment left of a page's properties
        ("--> 2025-03-04 2 1 溪", "widget"),
    ],
)
def test_line_shapes(line: str, rule: str) -> None:
    assert line_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "与会人员来到项目建设现场。",  # a sentence about a site, not a caption of a meeting's scene
        "会上，大家观看了新城规划效果图，听取了设计单位的汇报。",  # a sentence with its commas
        "刊号变更工作顺利完成。",
        "溪山网(县委宣传部主办)",  # a site's name with its owner, no description of the site's kind
        "转发上级文件，部署落实工作。",
        "会议强调 --> 各部门要抓好落实。",
    ],
)
def test_report_lines_of_the_same_shapes_stay(line: str) -> None:
    assert line_rule(line) is None


def test_a_dateline_whose_byline_names_the_reporters_desk() -> None:
    text = f"某某客户端·溪山新闻网2024年5月9日讯(青禾日报记者 宋立文 通讯员 林一/文 周晓/图){REPORT}\n{CLOSING}"
    cleaned = clean(text)
    assert cleaned.text.startswith("3月2日上午")
    assert cleaned.dateline == "2024年5月9日"


def test_a_bracket_with_a_reporter_inside_a_sentence_stays() -> None:
    line = "会议邀请(各新闻媒体记者列席)旁听，" + REPORT
    assert line in clean(f"{line}\n{CLOSING}").text


def test_a_channel_dateline_without_its_date() -> None:
    cleaned = clean(f"青禾在线溪山频道消息：{REPORT}\n{CLOSING}")
    assert cleaned.text.startswith("3月2日上午")
    assert ("byline_fragment", "青禾在线溪山频道消息：") in cleaned.removals


def test_a_caption_with_its_bracketed_photo_credit_inside_the_body() -> None:
    caption = "中共溪山县第五届委员会第二次全体会议召开(溪山电视台 供图)"
    removed = _removed(f"{REPORT}\n{caption}\n{CLOSING}")
    assert removed[caption] == "image"


def test_a_sentence_before_a_photo_credit_stays() -> None:
    line = "会议强调，各部门要抓好安全生产各项工作(溪山电视台 供图)"
    assert "会议强调，各部门要抓好安全生产各项工作" in clean(f"{REPORT}\n{line}\n{CLOSING}").text


def test_a_caption_opened_by_tu_wei_and_closed_by_its_credit_at_any_length() -> None:
    caption = (
        "图为县委常委、宣传部部长宋立文，溪山学院党委副书记林一，青禾中学校长周晓为溪山县青年志愿服务"
        "基地、溪山学院社会实践基地和青禾中学研学基地揭牌。青禾网发"
    )
    removed = _removed(f"{REPORT}\n{caption}\n{CLOSING}")
    assert removed[caption] == "image"


def test_a_long_line_opened_by_tu_wei_without_a_credit_stays() -> None:
    line = "图为新时代发展的生动写照，全县上下要以此为契机，凝心聚力、真抓实干，奋力谱写高质量发展新篇章。"
    assert line in clean(f"{REPORT}\n{line}\n{CLOSING}").text


def test_a_reporters_label_past_the_last_sentence_whose_names_were_lost() -> None:
    removed = _removed(f"{REPORT}\n{CLOSING}\n溪山融媒全媒体特派记者")
    assert removed["溪山融媒全媒体特派记者"] == "byline"


def test_a_label_of_that_shape_inside_the_body_stays() -> None:
    text = f"{REPORT}\n致敬一线新闻记者\n{CLOSING}"
    assert "致敬一线新闻记者" in clean(text).text


def test_the_caption_under_a_pictures_file_name() -> None:
    caption = "青禾街道部署学习贯彻县第二次党代会精神。"
    removed = _removed(f"{REPORT}\nIMG_0412.png\n{caption}\n{CLOSING}")
    assert removed[caption] == "image"


@pytest.mark.parametrize(
    "line",
    [
        "会议由县委副书记林一主持。",  # who presided: what the people reader needs
        "会上，大家围绕主题逐一作了交流发言，气氛热烈。",  # a sentence with its commas
        "会议审议了有关人事任免事项。",  # the meeting's own voice
    ],
)
def test_a_sentence_under_a_file_name_that_the_readers_need_stays(line: str) -> None:
    assert line in clean(f"{REPORT}\nIMG_0412.png\n{line}\n{CLOSING}").text


def test_the_last_sentence_under_a_file_name_stays() -> None:
    line = "青禾街道部署学习贯彻县第二次党代会精神。"
    assert clean(f"{REPORT}\nIMG_0412.png\n{line}").text.endswith(line)


def test_a_short_sentence_not_under_a_file_name_stays() -> None:
    line = "青禾街道部署学习贯彻县第二次党代会精神。"
    assert line in clean(f"{REPORT}\n{line}\n{CLOSING}").text


@pytest.mark.parametrize("credit", ["(人大)", "（县政协）", "(区纪委)"])
def test_an_organs_desk_credited_by_its_short_name_after_the_last_full_stop(credit: str) -> None:
    cleaned = clean(f"{REPORT}\n会议还学习了新修订的代表法。{credit}")
    assert cleaned.text.endswith("会议还学习了新修订的代表法。")
    assert ("byline_fragment", credit) in cleaned.removals


def test_an_organ_named_in_brackets_inside_a_sentence_stays() -> None:
    line = "会议听取了县人民代表大会(人大)常务委员会的工作报告。"
    assert line in clean(f"{REPORT}\n{line}").text


def test_a_site_name_above_its_welcome_banner_and_breadcrumb() -> None:
    page = f"青禾通中心\n欢迎来到溪山法治网!\n当前所在:首页 > 政协知识 > 正文\n{REPORT}\n{CLOSING}"
    removed = _removed(page)
    assert removed["青禾通中心"] == "navigation"


def test_a_sub_headline_above_a_report_without_a_breadcrumb_stays() -> None:
    page = f"青禾通中心\n欢迎来到溪山法治网!\n{REPORT}\n{CLOSING}"
    assert "青禾通中心" in clean(page).text


def test_picture_placeholders_glued_into_the_text() -> None:
    line = "图片附件3月2日上午，溪山县政协十届三次会议闭幕。 图片附件本届委员会共有委员200人。"
    cleaned = clean(f"{line}\n{CLOSING}")
    assert cleaned.text.startswith("3月2日上午，溪山县政协十届三次会议闭幕。本届委员会共有委员200人。")
    assert [cut for rule, cut in cleaned.removals if rule == "image"] == ["图片附件", "图片附件"]


def test_a_sentence_about_pictures_stays() -> None:
    line = "会议审议了图片档案和附件材料的管理办法。"
    assert line in clean(f"{REPORT}\n{line}").text


def test_the_meeting_day_below_a_dated_dateline_is_the_bodys_day() -> None:
    from etl.extract.dates.dates import meeting_date

    text = (
        "某某客户端·溪山新闻网2024年5月9日讯(青禾日报记者 宋立文 通讯员 林一/文 周晓/图)今年是全面推进改革的关键之年。"
        "全县第二次党代会闭幕后，青禾街道立即于5月8日召开党工委会议，部署学习贯彻工作。\n" + CLOSING
    )
    cleaned = clean(text)
    found = meeting_date(cleaned.text, {}, cleaned.publish_date, None, None, cleaned.dateline)
    assert str(found.date) == "2024-05-08"


def test_a_column_naming_the_kind_of_meeting_above_the_body_without_a_headline() -> None:
    body = "2024年6月3日，县委副书记、县长宋立文主持召开县人民政府2024年第9次常务会议，研究有关事项。"
    removed = _removed(f"政府会议\n{body}\n{CLOSING}")
    assert removed["政府会议"] == "navigation"


@pytest.mark.parametrize(
    ("first", "body"),
    [
        # a headline narrates the meeting: it stays
        ("县政府召开常务会议", "6月3日，县长宋立文主持召开县人民政府第9次常务会议，研究有关事项。"),
        # a kind of meeting the first sentence does not report
        ("政协会议", "6月3日，县长宋立文主持召开县人民政府第9次常务会议，研究有关事项。"),
    ],
)
def test_a_first_line_that_is_no_column_of_the_body_stays(first: str, body: str) -> None:
    assert clean(f"{first}\n{body}\n{CLOSING}").text.startswith(first)
