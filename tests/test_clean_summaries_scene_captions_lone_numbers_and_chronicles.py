"""Held-out batches 82-87's shapes: a site's pick of videos over teasers (视频推荐), a labelled summary that
repeats the lede (摘要 5月6日,…), a scene's caption glued before a paragraph (…会议现场 某某指出，…), a caption
printed twice inside the report, a picture's lone number between paragraphs, a report delivered under its title
as a caption (镇长某某所作《政府工作报告》), a stamp glued to its source label, the
site's launch line, a WeChat ask to tap 在看, leaders who 亲临指导并讲话, and a chronicle whose entries open with a
bare day; and batches 88-90's: a casino's name glued to 博彩, a dateline in round brackets, a WeChat account's
card, a column's page of teasers. The near misses stay. Every line here is invented."""

from __future__ import annotations

import pytest

from etl.extract.cleaning.clean import clean
from etl.extract.cleaning.line_rules import line_rule
from etl.extract.organs.organs import organ_and_type, organ_of_post
from etl.extract.pages.nonreport import not_report_reason
from etl.extract.people.people import read_people

_HEADLINE = "青禾县召开县委常委会会议"
_LEDE = "5月6日，县委书记林晓舟主持召开县委常委会会议，传达学习省委全会精神。会议强调，要抓好落实。"
_CLOSE = "会议要求，各级各部门要压实责任，确保各项任务落地见效。"


def _roles(text: str) -> dict[str, set[str]]:
    roles: dict[str, set[str]] = {}
    for p in read_people(text).people:
        roles.setdefault(p.name, set()).add(p.role)
    return roles


def test_a_pick_of_videos_opens_teasers() -> None:
    teaser = "青禾：抓好乡村振兴，建设美丽家园。"  # a sentence of its own, yet another page's
    cleaned = clean(f"{_HEADLINE}\n\n{_LEDE}{_CLOSE}\n视频推荐\n{teaser}\n")
    assert ("navigation", teaser) in cleaned.removals
    assert cleaned.text.rstrip().endswith(_CLOSE)


def test_a_labelled_summary_of_the_lede_is_an_excerpt() -> None:
    summary = "摘要 5月6日,县委书记林晓舟主持召开县委常委会会议"  # ASCII comma: the summary field's own
    cleaned = clean(f"{_HEADLINE}\n\n{summary}\n\n{_LEDE}\n")
    assert ("navigation", summary) in cleaned.removals
    assert _LEDE in cleaned.text


def test_a_summary_that_opens_no_line_of_the_page_stays() -> None:
    summary = "摘要 本文介绍县委常委会会议研究的主要事项"
    assert summary in clean(f"{_HEADLINE}\n\n{summary}\n\n{_LEDE}\n").text


def test_a_scene_caption_glued_before_a_paragraph_is_cut() -> None:
    line = "青禾县委常委会会议现场 县委书记林晓舟在讲话中指出，要把握新形势，推动高质量发展。"
    cleaned = clean(f"{_HEADLINE}\n\n{_LEDE}\n{line}\n")
    assert ("image", "青禾县委常委会会议现场") in cleaned.removals
    assert "\n县委书记林晓舟在讲话中指出，要把握新形势" in cleaned.text


def test_a_place_that_is_no_meeting_scene_stays_glued() -> None:
    line = "来到项目建设现场 林晓舟详细了解进度，要求加快建设。"
    assert line in clean(f"{_HEADLINE}\n\n{_LEDE}\n{line}\n").text


def test_a_caption_printed_twice_inside_the_report_is_an_image() -> None:
    caption = "县委常委会会议研究部署乡村振兴工作"
    cleaned = clean(f"{_HEADLINE}\n\n{_LEDE}\n{caption}\n会议还研究了其他事项。\n{caption}\n{_CLOSE}\n")
    assert cleaned.removals.count(("image", caption)) == 2
    assert "会议还研究了其他事项。" in cleaned.text


def test_a_headline_printed_twice_above_the_report_stays() -> None:
    assert clean(f"{_HEADLINE}\n{_HEADLINE}\n\n{_LEDE}\n").text.startswith(_HEADLINE)


def test_a_sentence_printed_twice_stays() -> None:
    sentence = "会议强调，要抓好乡村振兴。"
    text = clean(f"{_HEADLINE}\n\n{_LEDE}\n{sentence}\n{_CLOSE}\n{sentence}\n").text
    assert text.count(sentence) == 2


def test_a_lone_number_between_paragraphs_is_a_pictures_number() -> None:
    cleaned = clean(f"{_HEADLINE}\n\n{_LEDE}\n1\n{_CLOSE}\n")
    assert ("navigation", "1") in cleaned.removals
    assert _CLOSE in cleaned.text


def test_a_number_broken_out_of_its_sentence_stays() -> None:
    page = f"{_HEADLINE}\n\n{_LEDE}\n会议指出，全县完成投资\n12\n亿元。\n"
    assert "\n12\n" in clean(page).text


def test_a_report_delivered_under_its_title_as_a_caption_is_an_image() -> None:
    caption = "镇长林晓舟所作《政府工作报告》"
    page = (
        "青禾镇第十八届人民代表大会第三次会议开幕\n"
        f"{caption}\n\n1月8日，青禾镇第十八届人民代表大会第三次会议开幕。镇长林晓舟作《政府工作报告》。\n"
    )
    cleaned = clean(page)
    assert ("image", caption) in cleaned.removals
    assert "镇长林晓舟作《政府工作报告》。" in cleaned.text


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("2021年06月24日来源:青禾发布", "meta_strip"),
        ("本网站于2002年12月30日开通", "page_words"),
        ("本站自2010年5月正式上线", "page_words"),
        ("来都来了，点个在看再走吧~", "widget"),
        ("觉得有用就点“在看”", "widget"),
    ],
)
def test_post_stamps_site_launch_lines_and_taps_are_furniture(line: str, rule: str) -> None:
    assert line_rule(line) == rule


@pytest.mark.parametrize("line", ["关键点在看落实成效", "本次会议于5月6日召开。", "2021年06月24日，县委召开常委会会议"])
def test_sentences_near_those_shapes_are_no_furniture(line: str) -> None:
    assert line_rule(line) is None


def test_leaders_who_come_to_guide_and_speak_attend_and_speak() -> None:
    roles = _roles("5月6日，县委召开常委会会议。县委书记林晓舟主持会议。副市长周立、副秘书长赵明亲临指导并讲话。")
    assert roles["周立"] == {"attendee", "speaker"}
    assert roles["赵明"] == {"attendee", "speaker"}


def test_a_leader_who_visits_elsewhere_does_not_attend() -> None:
    roles = _roles("5月6日，县委召开常委会会议。县委书记林晓舟主持会议。此前，副市长周立莅临我县调研。")
    assert "attendee" not in roles.get("周立", set())


def test_a_chronicle_whose_entries_open_with_a_bare_day_is_no_report() -> None:
    page = (
        "青禾县2013年12月份大事记\n3 县委书记林晓舟主持召开县委常委会会议，研究部署冬季工作。\n"
        "10 县长周立调研重点项目建设。\n18 县委召开全会。\n"
    )
    assert "chronicle" in (not_report_reason(page, clean(page).text) or "")


def test_a_numbered_agenda_without_the_chronicle_title_stays_a_report() -> None:
    page = "青禾县召开工作会议\n1 县委书记林晓舟讲话，部署全年工作。\n2 县长周立通报进展。\n3 各乡镇表态发言。\n"
    assert not_report_reason(page, clean(page).text) is None


# Held-out batches 88-90's shapes.


def test_a_casinos_name_glued_to_its_gambling_word_is_spam() -> None:
    line = "要建设澳门金沙博彩娱乐平台域副中心城市，力争青禾金沙博彩合并。"
    cleaned = clean(f"{_HEADLINE}\n\n{_LEDE}\n{line}\n")
    assert ("spam", "澳门金沙博彩娱乐平台") in cleaned.removals
    assert "要建设域副中心城市，力争青禾合并。" in cleaned.text


def test_a_report_on_gambling_keeps_its_words() -> None:
    line = "会议要求，要严厉打击跨境赌博和网络博彩，守护金沙江沿岸群众财产安全。"
    assert line in clean(f"{_HEADLINE}\n\n{_LEDE}\n{line}\n").text


def test_a_dateline_in_round_brackets_is_cut() -> None:
    cleaned = clean(f"{_HEADLINE}\n\n(青禾乡镇网某省讯){_LEDE}\n")
    assert ("byline_fragment", "(青禾乡镇网某省讯)") in cleaned.removals
    assert _LEDE in cleaned.text


def test_an_accounts_card_and_its_name_under_a_post_are_navigation() -> None:
    card = "青禾县融媒体中心官方账号。提供时政、民生、天气等新闻信息服务。"
    cleaned = clean(f"{_HEADLINE}\n\n{_LEDE}\n编辑:周立\n\n青禾新闻\n{card}\n")
    assert ("navigation", card) in cleaned.removals
    assert ("navigation", "青禾新闻") in cleaned.removals
    assert cleaned.text.rstrip().endswith(_LEDE)


@pytest.mark.parametrize(
    "line",
    [
        "会议强调，要用好政务公众号，发布权威信息。",
        "各部门要办好政务公众号，提供便民服务。",
        "要用好政务公众号发布权威信息。",
    ],
)
def test_a_sentence_about_an_account_is_no_card(line: str) -> None:
    assert line_rule(line) is None


def test_a_columns_page_of_teasers_is_no_report() -> None:
    page = (
        "青禾县政府常务会议\n\n林晓舟主持召开县政府常务会议 研究部署春耕生产等工作\n\n"
        "3月2日下午，县长林晓舟主持召开县政府常务会议，研究部署春耕生产等工作。[详细内容]\n\n"
        "春耕生产是全年农业生产的基础，各乡镇要早谋划、早部署，构建了一整套行之有效的政策体系、工...\n"
    )
    assert "teasers" in (not_report_reason(page, clean(page).text) or "")


def test_a_report_with_a_teaser_below_it_stays_a_report() -> None:
    page = (
        f"{_HEADLINE}\n\n{_LEDE}\n{_CLOSE}\n\n相关新闻\n"
        "青禾县召开乡村振兴工作推进会。[详细内容]\n县长林晓舟调研春耕生产，要求构建一整套行之有效的工...\n"
    )
    assert not_report_reason(page, clean(page).text) is None


def test_a_towns_congress_chair_makes_no_standing_committee() -> None:
    text = "2月3日，人大主席张立田主持召开青禾镇禁烧秸秆工作会议，党委书记毕春雷出席。会议强调，要落实好禁烧工作。"
    assert organ_and_type(None, text, "人大主席")[0] != "人大常委会"
    assert organ_of_post("县人大常委会主任") == "人大常委会"


def test_a_glyph_lost_before_the_lede_is_cut() -> None:
    cleaned = clean(f"{_HEADLINE}\n\n?{_LEDE}\n")
    assert ("spam", "?") in cleaned.removals
    assert f"\n{_LEDE}" in cleaned.text


def test_a_question_mark_after_a_word_stays() -> None:
    line = "会议提出，怎样抓好落实?要压实责任。"
    assert line in clean(f"{_HEADLINE}\n\n{_LEDE}\n{line}\n").text


@pytest.mark.parametrize(
    "text",
    [
        "会上，副区长周立、赵明两位同志作了发言。",
        "会议听取了副镇长周立和赵明两位同志所做的述职报告。",  # batch 85's shape: a pair counted after 和
    ],
)
def test_a_counted_list_of_speakers_speaks_as_one(text: str) -> None:
    roles = _roles(text)
    assert roles["周立"] == {"speaker"}
    assert roles["赵明"] == {"speaker"}


@pytest.mark.parametrize(
    "text", ["会上，副镇长周立和王家村两名干部作了发言。", "会上，副镇长周立和林场两名职工作了发言。"]
)
def test_a_place_joined_by_and_before_a_count_is_no_name(text: str) -> None:
    assert set(_roles(text)) == {"周立"}


# Held-out batches 91-93's shapes.


@pytest.mark.parametrize("line", ["■通 讯 员 王成虎", "记 者 王芳", "通 讯 员 李明"])
def test_a_reporters_label_spaced_before_the_names_is_a_byline(line: str) -> None:
    assert line_rule(line) == "byline"


def test_a_picture_tag_of_one_character_is_cut() -> None:
    cleaned = clean(f"{_HEADLINE}\n\n[圖]{_LEDE}\n")
    assert ("widget", "[圖]") in cleaned.removals
    assert _LEDE in cleaned.text


def test_a_speech_whose_agenda_names_a_report_is_still_a_speech() -> None:
    page = (
        "(2021年8月30日在青禾市人民代表大会常务委员会第三十七次会议上)\n青禾市人大常委会秘书长 林晓舟\n各位委员:\n"
        "我受主任会议委托，就本次会议议程草案作如下说明：\n本次会议的建议议程共有5项："
        + "第一项议程是，审议《青禾市燃气管理条例（草案）》；" * 8
        + "第五项议程是，听取市政府作报告。\n"
    )
    assert "speech" in (not_report_reason(page, clean(page).text) or "")
