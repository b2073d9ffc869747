"""Furniture families known by their shape anywhere on a page (etl/extract/cleaning/furniture.py and the
fragments of etl/extract/cleaning/clean.py): glued field strips, spaced breadcrumbs, web addresses, part
bylines, slide counters, pagination marks, a title's site part, day-first stamps and a dateline
glued to its bracketed byline. Report lines of the same shapes stay."""

from __future__ import annotations

import pytest

from etl.extract.cleaning.clean import clean

REPORT = "5月6日，青禾县委召开常委会会议，传达学习省委全会精神。"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # a strip of the page's own fields glued without spaces, in any order
        ("类别:都市 作者:禾山客字数:5120更新时间:23/04/09 10:20:31", "meta_strip"),
        ("上传者：周某 格式：pdf 页数：12", "meta_strip"),
        ("阅读量:88评论:0编辑:青禾融媒", "meta_strip"),
        # a breadcrumb of single > marks with spaces around them
        ("禾山书库 > 都市小说 > 官途 > 第12章 常委会", "navigation"),
        ("青禾网 ＞ 要闻 ＞ 正文", "navigation"),
        # a web address: a source link or a paywall note
        ("http://www.qinghe.example.cn/news/2023/0412.html", "navigation"),
        ("……(禾山文库www.heshan-wenku.com省略600字,会员可阅读全文)……", "navigation"),
        ("一秒记住【禾山文学】wWw.HeShanWenXue.Com", "navigation"),
        # a name and its part after a bar or a slash
        ("陈立|文", "byline"),
        ("赵小禾 / 摄", "byline"),
        # a slideshow's counter
        ("(2 / 6)", "widget"),
        # a day-first stamp alone
        ("12.04.2023  08:15", "date_banner"),
        # a document library's page words
        ("全文预览", "page_words"),
        ("文档介绍", "page_words"),
        ("内容未完,下一页继续阅读", "page_words"),
    ],
)
def test_a_furniture_line_of_a_new_shape_goes(line: str, rule: str) -> None:
    out = clean(f"{line}\n{REPORT}\n会议强调，要抓好落实。")
    assert out.text == f"{REPORT}\n会议强调，要抓好落实。"
    assert (rule, " ".join(line.split())) in [(r, " ".join(t.split())) for r, t in out.removals]


def test_a_day_first_stamp_gives_no_publication_date() -> None:
    assert clean(f"12.04.2023 08:15\n{REPORT}").publish_date is None  # 12 April or 4 December


@pytest.mark.parametrize(
    "line",
    [
        "议题：审议工作要点 主持：周明远 记录：李晓禾",  # the meeting's own fields
        "会议指出，来源：基层；作者：群众。",
        "全县增速 > 5%",  # one mark, no breadcrumb
        "会议要求，各单位可登录www.qinghe.example.cn下载相关材料。",  # a sentence with an address
        "陈立|文件",  # a part word ends a byline: 文, 图, 摄
        "(2023年工作要点)",
        "12.04.2023 县委召开常委会会议",
        "第3页的附表列出了各乡镇的任务。",
    ],
)
def test_report_lines_near_the_new_shapes_stay(line: str) -> None:
    assert line in clean(f"{REPORT}\n{line}\n会议强调，要抓好落实。").text


@pytest.mark.parametrize(
    ("line", "kept", "cut", "rule"),
    [
        (
            "[接上页] (3)各单位要严格把关审核后，方可提交会议研究。",
            "(3)各单位要严格把关审核后，方可提交会议研究。",
            "[接上页]",
            "widget",
        ),
        ("（上接第2版）会议强调，要抓好落实。", "会议强调，要抓好落实。", "（上接第2版）", "widget"),
        ("第1页共6页青禾县2023年工作总结。", "青禾县2023年工作总结。", "第1页共6页", "widget"),
        ("禾山阁_书友最爱的免费小说阅读网", "禾山阁", "_书友最爱的免费小说阅读网", "navigation"),
        (
            "青禾县召开常委会会议_青禾县人民政府门户网站",
            "青禾县召开常委会会议",
            "_青禾县人民政府门户网站",
            "navigation",
        ),
        (
            "禾山网北京8月12日讯(记者 周明远)庆祝研讨会近日在北京举行。",
            "庆祝研讨会近日在北京举行。",
            "禾山网北京8月12日讯(记者 周明远)",
            "byline_fragment",
        ),
        ("第12章 常委会 (第1/3页)", "第12章 常委会", "(第1/3页)", "widget"),
        ("日前，QH365官网根据有关规定修订了议事规则。", "日前，根据有关规定修订了议事规则。", "QH365官网", "spam"),
        ("会议在xy88官方网站首页所在大楼召开。", "会议在所在大楼召开。", "xy88官方网站首页", "spam"),
    ],
)
def test_furniture_at_a_lines_ends_is_cut_and_the_rest_kept(line: str, kept: str, cut: str, rule: str) -> None:
    out = clean(line)
    assert out.text == kept
    assert (rule, cut) in out.removals


@pytest.mark.parametrize(
    "line",
    [
        "会议审议了文件_2023版。",
        "青禾县召开常委会会议",
        "（上接第三季度工作）会议强调，要抓好落实。",
        "据禾山网8月12日讯(记者 周明远)报道，研讨会在北京举行。",  # the report cites another
        "通讯员(记者 周明远)参加会议。",
        "公司通过ISO9001认证，G20峰会期间5G网络运行平稳。",
        "请登录县政府官网查询第1/3页的名单（第一批）。",
    ],
)
def test_lines_near_the_fragment_shapes_keep_their_text(line: str) -> None:
    assert clean(line).text == line


def test_a_mirrors_jammer_glued_inside_words_is_cut() -> None:
    page = "会议指出，不是决策机7Qz2，而是各方人Vdkm发扬民主、团结合作Pq5w重要平台，要靠影响力xR3k。"
    out = clean(page)
    assert out.text == "会议指出，不是决策机，而是各方人发扬民主、团结合作重要平台，要靠影响力。"
    assert ("spam", "7Qz2 Vdkm Pq5w xR3k") in out.removals


@pytest.mark.parametrize(
    "page",
    [
        "会议研究了APEC会议筹备、2023年工作和IPv6改造，部署CBD建设。",  # capitals, digits, one token
        "会议要求推进wifi覆盖和IPv6改造。",  # two tokens are words, three a jammer
    ],
)
def test_latin_words_inside_a_report_stay(page: str) -> None:
    assert clean(page).text == page


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # invented: a gallery's counter without brackets, a row of links to the governments above,
        # a search box's placeholder, a column's caption in English and in dashed crumbs
        ("3/12", "widget"),
        ("1 / 8", "widget"),
        ("中央人民政府 某某省人民政府 某某市人民政府", "navigation"),
        ("中国政府网 某某省人民政府", "navigation"),
        ("请输入您想要找的", "page_words"),
        ("Latest News Center", "page_words"),
        ("- 信息资讯- 院内动态", "page_words"),
    ],
)
def test_a_furniture_line_of_the_nineteenth_batchs_shapes_goes(line: str, rule: str) -> None:
    out = clean(f"{line}\n{REPORT}\n会议强调，要抓好落实。")
    assert out.text == f"{REPORT}\n会议强调，要抓好落实。"
    assert (rule, " ".join(line.split())) in [(r, " ".join(t.split())) for r, t in out.removals]


@pytest.mark.parametrize(
    "line",
    [
        "12/3",  # the first number above the second: no counter
        "某某省人民政府 某某市人民政府联合召开会议",
        "省人民政府副省长某某出席。",
        "会议要求全市上下找到您想要找的问题根源。",
    ],
)
def test_report_lines_near_the_nineteenth_batchs_shapes_stay(line: str) -> None:
    assert line in clean(f"{REPORT}\n{line}\n会议强调，要抓好落实。").text
