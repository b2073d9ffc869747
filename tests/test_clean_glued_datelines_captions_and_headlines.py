"""clean(): a dateline a flattened page kept after a sentence's end, a photo's caption glued on as a line's last
sentence, a meeting's headline printed again inside the body (invented pages)."""

from __future__ import annotations

import pytest

from etl.extract.cleaning.clean import clean


def test_a_flattened_pages_dateline_and_caption_are_cut() -> None:
    page = (
        "记者从发布会获悉，4月12日，县委召开乡村振兴领导小组会议，研究春耕工作。图为发布会现场。 "
        "某某网4月13日讯 (记者 甘立秋)昨天上午，某县召开新闻发布会。 会议要求，要抓好春耕。"
    )
    cleaned = clean(page)
    assert cleaned.text.split("\n") == [
        "记者从发布会获悉，4月12日，县委召开乡村振兴领导小组会议，研究春耕工作。",
        "昨天上午，某县召开新闻发布会。 会议要求，要抓好春耕。",
    ]
    assert ("image", "图为发布会现场。") in cleaned.removals
    assert cleaned.dateline == "4月13日"


def test_a_wire_dateline_after_a_sentence_is_cut() -> None:
    page = "县委召开常委会议，研究春耕工作。 某某社青州4月13日电 会议强调，要抓好春耕。"
    assert clean(page).text.split("\n") == ["县委召开常委会议，研究春耕工作。", "会议强调，要抓好春耕。"]


@pytest.mark.parametrize(
    "page",
    [
        # a space inside a sentence or before a closing mark, a sentence naming a 通讯 unit or 电力 after one
        "会议由县长 韦立明主持。会议强调，要“稳字当头。 ”\n县领导甘某 某某出席。",
        "会议听取了汇报。 县通讯公司负责人作了发言。",
        "会议听取了汇报。 国网电力公司负责人作了发言。",
        # a sentence that mentions a picture is no caption
        "会议要求，要把图为民所用的导向落实到规划中。",
    ],
)
def test_what_is_no_dateline_or_caption_stays(page: str) -> None:
    assert clean(page).text == page


def test_a_meetings_headline_printed_again_inside_the_body_is_cut() -> None:
    page = (
        "本文共800字\n\n9日上午，县委审计委员会召开第二次会议。县委书记邵立言主持会议。\n\n"
        "县委审计委员会召开会议\n\n会议强调，要抓好审计整改。\n县委审计委员会召开会议"
    )
    cleaned = clean(page)
    assert cleaned.text.split("\n")[-2:] == [
        "9日上午，县委审计委员会召开第二次会议。县委书记邵立言主持会议。",
        "会议强调，要抓好审计整改。",
    ]
    assert cleaned.removed.count("县委审计委员会召开会议") == 2


@pytest.mark.parametrize(
    "page",
    [
        # the headline above the report stays, as does a sentence or a heading with marks inside the body
        "县委审计委员会召开会议\n9日上午，县委审计委员会召开第二次会议。",
        "9日上午，县委召开常委会议。\n一、会议听取了审计工作汇报\n会议强调，要抓好整改。",
    ],
)
def test_a_headline_above_the_report_or_a_heading_with_its_number_stays(page: str) -> None:
    assert clean(page).text == page
