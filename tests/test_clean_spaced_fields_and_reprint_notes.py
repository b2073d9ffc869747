"""clean(): held-out batch 37 and 38's furniture shapes (invented pages)."""

from __future__ import annotations

import pytest

from etl.extract.cleaning.clean import clean

BODY = "3月12日，县长某某主持召开县政府第九次常务会议。会议研究了有关事项。"


@pytest.mark.parametrize(
    "line",
    [
        # invented: a catalogue's row of fields on one line, its first label spaced to fill the cell
        "索 引 号 30210007  公开方式 主动公开  公开日期 2021-03-14",
        "公 开 方 式 主动公开   发 布 机 构 某县政府办",
        # invented: a reprint's disclaimer with the site's phone number after it
        "以上文章仅代表作者个人观点，本网只是转载，如涉及作品内容、版权问题，请及时联系我们。电话：010-12345678",
        "以上內容僅代表作者本人觀點，本站僅為轉載。",
    ],
)
def test_furniture_lines_are_cut_and_the_report_kept(line: str) -> None:
    text = clean("\n".join(["县政府召开常务会议", BODY, line])).text
    assert BODY in text
    assert line not in text


@pytest.mark.parametrize(
    "line",
    [
        # a report's own sentences of the same words stay
        "公开方式方面，会议要求各部门主动公开预算信息。",
        "会议指出，发言仅代表个人意见的做法要改。",
    ],
)
def test_report_lines_of_the_same_words_stay(line: str) -> None:
    assert line in clean("\n".join([BODY, line])).text
