"""clean(): held-out batches 53-58's furniture shapes (invented pages): a notice that the reader's browser is too
old, a portal's strip of its update and publish times, an empty comment box, an ask-the-author widget, a picture's
mark in square brackets before a headline, and a forum's footer clock with its time zone."""

from __future__ import annotations

import pytest

from etl.extract.cleaning.clean import clean

TITLE = "青川县政协召开常委会议"
BODY = "3月12日，县政协主席某某主持召开青川县政协常委会议。会议研究了有关事项。"


@pytest.mark.parametrize(
    "line",
    [
        # invented: the browser notice, simplified and traditional, short and as sentences
        "请更新您的浏览器",
        "您使用的浏览器版本较旧，已不再受支持。建议您更新浏览器版本，以获得最佳使用体验。",
        "您使用的瀏覽器版本過低，請升級瀏覽器。",
        "建议您升级浏览器",
        # a portal's strip of its update and publish times, with the channel
        "更新于 03月14日09:20 • 发布于 03月12日18:05 • 某某电台",
        "更新於 11月02日06:16 • 發布於 10月31日14:10",
        # an empty comment box and an ask-the-author widget
        "没有留言。",
        "暂无留言",
        "向作者提问",
        # a forum's footer clock, its time zone first
        "GMT+8, 2024-5-6 21:40",
        "GMT+08:00, 2023-11-2 08:15",
    ],
)
def test_page_lines_are_cut_and_the_report_kept(line: str) -> None:
    text = clean("\n".join([line, TITLE, BODY, line])).text
    assert BODY in text
    assert line not in text


@pytest.mark.parametrize(
    "line",
    [
        # a report's sentences about browsers, messages, publishing and time zones stay
        "会议要求，各单位要及时更新浏览器等办公软件，保障网络安全。",
        "会议指出，群众反映的问题没有留言回复的，要限期答复。",
        "会议审议了《关于发布于今年实施的若干政策的意见》，更新于去年的目录同时废止。",
        "会议要求，驻外机构按GMT+8时区统一时间报送信息。",
    ],
)
def test_report_lines_of_the_same_words_stay(line: str) -> None:
    assert line in clean("\n".join([TITLE, BODY, line])).text


@pytest.mark.parametrize("mark", ["[图]", "[组图]", "［視頻］"])
def test_a_pictures_mark_before_a_headline_is_cut(mark: str) -> None:
    headline = "【聚焦青川两会】县政协十一届六次会议今日开幕"
    text = clean("\n".join([mark + headline, BODY])).text
    assert headline in text
    assert mark not in text


def test_a_bracketed_word_that_is_no_picture_mark_stays() -> None:
    # a column's word in brackets that only starts like a picture's mark ([图书]) is the headline's
    headline = "[图书]县图书馆召开馆务会议"
    assert headline in clean("\n".join([headline, "3月12日，馆长某某主持召开馆务会议。"])).text


@pytest.mark.parametrize(
    "caption",
    ["县政协副主席罗青山主持开幕式", "县政协副主席韩立向大会作提案工作报告", "市人大常委会副主任苏明作常委会工作报告"],
)
def test_a_caption_of_one_presiding_or_reporting_is_cut_when_a_sentence_names_him(caption: str) -> None:
    page = "\n".join(
        [
            "青川县政协十一届六次会议开幕",
            "今天下午，县政协十一届六次会议在县城开幕。",
            "会议现场",
            caption,
            "开幕式由县政协副主席罗青山主持。县政协副主席韩立向大会作了提案工作报告，市人大常委会副主任苏明作了报告。",
        ]
    )
    text = clean(page).text
    assert caption not in text
    assert "开幕式由县政协副主席罗青山主持。" in text


def test_such_a_line_whose_name_no_sentence_says_or_the_headline_stays() -> None:
    headline = "县政协主席罗青山作常委会工作报告"
    caption = "县政协副主席苗冬青主持开幕式"
    page = "\n".join(
        [headline, "今天上午，县政协全体会议举行，罗青山向大会作了报告。", caption, "会议审议了有关事项。"]
    )
    text = clean(page).text
    assert headline in text
    assert caption in text


@pytest.mark.parametrize("dateline", ["青川网消息(晚间新闻):", "青川网消息：", "石桥台消息（午间播报）："])
def test_a_sites_dateline_with_its_programme_and_a_colon_is_cut(dateline: str) -> None:
    sentence = "县政协主席罗青山20日下午主持召开主席会议。会议研究了有关事项。"
    text = clean(dateline + sentence).text
    assert text.startswith(sentence)


def test_a_sentence_about_a_sites_news_stays() -> None:
    sentence = "会议指出，要及时发布网消息：做好宣传。"
    assert sentence in clean("\n".join([TITLE, BODY, sentence])).text
