"""clean(): held-out batches 43-46's furniture shapes (invented pages): a reprint's call to its rights holders,
a site's welcome line, a body's credit in brackets with its writers after their parts, and a casino's live-dealer
brand a mirror put in place of a company's name, twice."""

from __future__ import annotations

import pytest

from etl.extract.cleaning.clean import clean

BODY = "3月12日，县长某某主持召开青川县政府第九次常务会议。会议研究了有关事项。"


@pytest.mark.parametrize(
    "line",
    [
        # invented: a reprint's call to the rights holders it could not reach
        "本网部分转载作品、图片等无法联系到权利人，请相关权利人与本网站联系。",
        "本站部分图片来源于网络，未能一一联系到原作者，请作者及时与本站联系。",
        "本網部分轉載文章無法聯繫到權利人，請相關權利人與本網站聯繫。",
        # invented: the site's welcome line
        "欢迎进入青川县人民政府网站！",
        "欢迎登录青川县政务服务平台",
    ],
)
def test_site_lines_are_cut_and_the_report_kept(line: str) -> None:
    text = clean("\n".join(["青川县政府召开常务会议", BODY, line])).text
    assert BODY in text
    assert line not in text


@pytest.mark.parametrize(
    "line",
    [
        # a report's sentences of the same words stay
        "会议要求，对无法联系到权利人的作品，要依法做好登记保护。",
        "会议指出，欢迎进入新阶段的各类企业来我县投资兴业。",
    ],
)
def test_report_lines_of_the_same_words_stay(line: str) -> None:
    assert line in clean("\n".join([BODY, line])).text


@pytest.mark.parametrize(
    "credit",
    [
        # invented: the office that wrote the story, then each writer after its part and a colon
        "（县政协办 撰稿：柏小青 审核：操明）",
        "(区人大办 撰稿:郦文 编辑:卜一帆 审核:季林)",
    ],
)
def test_a_bodys_credit_with_its_writers_after_the_last_sentence_is_cut(credit: str) -> None:
    last = "会议强调，要凝心聚力、奋发进取，推动各项工作取得新成效。"
    text = clean("\n".join([BODY, last + credit])).text
    assert last in text
    assert "撰稿" not in text


def test_a_bracketed_note_after_the_last_sentence_that_names_no_writer_stays() -> None:
    last = "会议审议通过了有关方案。（县政协办 关于提案办理的说明）"
    assert last in clean("\n".join([BODY, last])).text


def test_a_live_dealer_brand_repeated_in_place_of_a_name_is_cut() -> None:
    # invented: a mirror put a casino's live-dealer brand where the company's name stood, twice
    brand = "七星汇真人第一品牌游戏合营"
    text = clean(
        "\n".join(
            [
                f"9月3日，为了贯彻落实{brand}以及市委对青川大道项目的部署，项目指挥部召开进度推进会。",
                f"总指挥某某要求，各参建单位要发扬{brand}“敢打硬仗”的精神，倒排工期。",
            ]
        )
    ).text
    assert "真人" not in text
    assert "为了贯彻落实以及市委对青川大道项目的部署" in text
    assert "发扬“敢打硬仗”的精神" in text


def test_a_live_dealer_game_told_once_stays() -> None:
    line = "会议通报了查处某网吧组织真人棋牌游戏赌博的案件，要求加强网吧管理。"
    assert line in clean("\n".join([BODY, line])).text


@pytest.mark.parametrize(
    "slogan",
    [
        # invented: the site's slogan above its breadcrumb, two or three phrases between spaces
        "打造网上青川投资服务平台 致力于青川开放发展事业",
        "服务青川发展 服务青川民生 服务青川基层",
    ],
)
def test_a_sites_slogan_above_its_breadcrumb_is_cut(slogan: str) -> None:
    page = "\n".join([slogan, "您现在的位置：首页 > 新闻中心 > 县区动态", "青川县政府召开常务会议", BODY])
    text = clean(page).text
    assert slogan not in text
    assert BODY in text


def test_phrases_between_spaces_with_no_breadcrumb_below_stay() -> None:
    # a sub-headline of the same shape, the report's own: no breadcrumb tells it is the site's
    sub = "打造青川投资服务平台 致力于青川开放发展"
    text = clean("\n".join(["青川县政府召开常务会议", sub, BODY])).text
    assert sub in text


@pytest.mark.parametrize(
    ("headline", "label"),
    [
        # invented: the column the site files the page under, the headline's meeting without its number
        ("青川县政府召开第七次常务会议", "县政府常务会议"),
        ("中共松江区委召开第十二次常委会议", "区委常委会议"),
        ("青川县县长办公会召开", "县长办公会"),
    ],
)
def test_the_column_of_the_headlines_meeting_at_the_pages_end_is_cut(headline: str, label: str) -> None:
    out = clean("\n".join([headline, BODY, label]))
    assert out.text == "\n".join([headline, BODY])
    assert ("navigation", label) in out.removals


def test_a_meeting_label_the_headline_does_not_report_stays_at_the_end() -> None:
    # another meeting's name past the last sentence: a page cut off before its next section
    page = "\n".join(["青川县委召开常委会会议", BODY, "县政府常务会议"])
    assert clean(page).text == page
