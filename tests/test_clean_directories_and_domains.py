"""clean(): a directory's entries (a post, a name and the phone number last), the site's Chinese
domain name (中文域名:某某.政务), a pager's 前一期 and a petition desk's widgets (短信信访) are furniture;
report lines near those shapes stay. Invented pages."""

from __future__ import annotations

import pytest

from etl.extract.cleaning.clean import clean

BODY = "6月20日下午，区长某某主持召开区政府常务会议，会议研究了有关事项。"


@pytest.mark.parametrize(
    "line",
    [
        "区委书记 张建华 13912345678",
        "区 长 李某某 18236126522",
        "信访局局长 王某 0371-6543210",
        "值班室 0851-2345678",
        "中文域名:某某区人民政府.政务",
        "某某市慈善总会.公益",
        "前一期",
        "后一篇",
        "短信信访",
        "网上信访",
    ],
)
def test_directory_entries_domains_and_widgets_are_furniture(line: str) -> None:
    page = f"某区召开常务会议\n{BODY}\n{line}\n"
    cleaned = clean(page)
    assert line not in cleaned.text
    assert BODY in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        "会议要求，各单位要公开举报电话12345，及时回应群众诉求。",
        "信访工作",
        "县长张建华要求，要畅通信访渠道",
    ],
)
def test_report_lines_with_phones_or_petitions_stay(line: str) -> None:
    page = f"某区召开常务会议\n{BODY}\n{line}\n会议强调，要抓好落实。"
    assert line in clean(page).text


SPEAKERS = "会上，校团委书记张笃川、思政部主任苗建华分别作交流发言。校长文广轩指出，要抓好学习。"


@pytest.mark.parametrize("caption", ["校团委书记张笃川发言", "思政部主任苗建华发言", "党委副书记、校长文广轩讲话"])
def test_a_speakers_caption_whose_name_a_sentence_gives_is_furniture(caption: str) -> None:
    page = f"某校召开学习会\n11月17日下午，校党委理论学习中心组召开学习会。\n{caption}\n{SPEAKERS}"
    cleaned = clean(page)
    assert caption not in cleaned.text
    assert SPEAKERS in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        "校长李建国发言",  # no sentence names him: the caption may be the only place he speaks
        "在全省秘书长会议讲话",  # a speech's title
        "张超超主持并讲话",  # a headline's last part, no post before the name
    ],
)
def test_lines_near_a_caption_stay(line: str) -> None:
    page = f"某校召开学习会\n{line}\n11月17日下午，校党委召开学习会议。{SPEAKERS}"
    assert line in clean(page).text


@pytest.mark.parametrize(
    "line",
    [
        "11月30日 召开某县融合建设工作会_副本.jpg",
        "会议现场 (2).png",
    ],
)
def test_an_image_file_name_with_spaces_is_furniture(line: str) -> None:
    page = f"某县召开会议\n{line}\n{BODY}"
    assert line not in clean(page).text


@pytest.mark.parametrize("tail", ["融媒记者:王某某", "记者：王某 李某", "（通讯员：张某）"])
def test_a_writers_credit_after_the_last_sentence_is_cut(tail: str) -> None:
    page = f"某县召开会议\n{BODY}\n会议要求，要确保安全度汛。{tail}"
    cleaned = clean(page).text
    assert tail not in cleaned and "会议要求，要确保安全度汛。" in cleaned


def test_a_quoted_label_inside_a_sentence_stays() -> None:
    line = "他说：“记者：这是我们的心里话。”"
    assert line in clean(f"某县召开会议\n{BODY}\n{line}").text
