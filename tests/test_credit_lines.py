"""Credits and the site's own lines, told by principle (etl/extract/cleaning/credit_lines.py).

Every fixture is invented: a member of a family a site never seen would print, and report lines
of the same shape that must stay.
"""

from __future__ import annotations

import pytest

from etl.extract.cleaning.clean import clean
from etl.extract.cleaning.credit_lines import credit_line_rule, cut_credit_marks
from etl.extract.cleaning.line_rules import line_rule

REPORT = "3月2日上午，县委书记林晓舟主持召开县委常委会会议，传达学习有关会议精神。"
CLOSING = "会议还研究了其他事项。"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # the site's own name: bracketed, joined, with its technical credit, a public body's site alone
        ("【青禾网】", "navigation"),
        ("[溪山新闻网]", "navigation"),
        ("溪山网・清河网 网络支持:某某网络科技有限公司", "navigation"),
        ("技术支持：某某信息技术有限公司", "navigation"),
        ("溪山网 | 清河客户端", "navigation"),
        ("某某县人民政府门户网站", "navigation"),
        ("某某区政协网站", "navigation"),
        # a column field
        ("栏目:本地政务", "navigation"),
        ("所属频道：县区动态", "navigation"),
        # a contact strip
        ("服务热线 0871-5550123", "navigation"),
        ("值班电话(夜间):0931-6660912(含周末)", "navigation"),
        ("投诉电话：13900001111 传真：0871-5550124", "navigation"),
        # a paper's stamp with its writers, a stamp with a writer's name glued
        ("青禾日报 2023年05月06日 宋立文", "meta_strip"),
        ("溪山晚报 2021-11-02 08:30 林一 周晓", "meta_strip"),
        ("2022-03-09宋立文", "meta_strip"),
        ("2021-04-12要闻37", "meta_strip"),
        # bracketed fields run together, the last one empty
        ("[编辑:宋立文]关键词:", "byline"),
        ("【责编：林一】【来源：青禾网】", "byline"),
        # keywords and tags with their values
        ("关键词: 常委会 乡村振兴 安全生产", "navigation"),
        ("[关键词]基层治理;协商民主;县域经济", "navigation"),
        ("标签：县委常委会,学习", "navigation"),
        # a journal's or a paper's issue
        ("乡村治理研究 2022年4期", "navigation"),
        ("《青禾日报》( 2022年09月03日 03版)", "navigation"),
        # a photo's note in brackets, a news app's prompt
        ("(配图与本文无关)", "image"),
        ("（视频截图）", "image"),
        ("【资料图片】", "image"),
        ("打开青禾客户端 查看更多精彩内容", "widget"),
        ("下载溪山新闻APP 阅读全文", "widget"),
        # the editor's signature, a sharing instruction, a crawl banner
        ("——编 者", "byline"),
        ("点击右上角按钮分享到朋友圈", "widget"),
        ("北京时间2024年3月5日(农历正月廿五),星期二", "date_banner"),
        ("今天是2023年10月9日 星期一", "date_banner"),
    ],
)
def test_credit_and_site_lines_are_furniture(line: str, rule: str) -> None:
    assert credit_line_rule(line) == rule
    assert line_rule(line) is not None  # the chain of line rules asks the family


@pytest.mark.parametrize(
    "line",
    [
        "筑牢基层安全防护网",  # a slogan sub-headline ending in 网
        "织密社会保障网，兜牢民生底线",
        "县政府召开政府网站工作推进会",  # a title about websites
        "规范政府网站",  # a heading of the work on websites
        "加强县政府网站",
        "栏目化管理要到位",  # a report line opening with a field's word
        "标签化管理，分类施策。",
        "联系群众要做到电话畅通、有求必应。",  # a contact word in a sentence
        "设立举报电话，公开接受群众监督。",
        "会议时间：2024年3月5日 星期二",  # the meeting's own date line
        "青禾日报社召开2023年度工作会议",  # a paper's own meeting
        "宋立文",  # a bare name, alone and without a publish strip below it
        "点击率要提高",  # not a sharing instruction
        "(视频会议)",  # the report's own note on how the meeting sat
        "（图文并茂讲政策）",  # no picture word of a photo note
        "打开思路谋发展",  # not an app's prompt
        "2024年3月5日上午",  # a date line of the meeting
        "2024年3月5日召开",
    ],
)
def test_report_lines_of_the_same_shapes_stay(line: str) -> None:
    assert credit_line_rule(line) is None


@pytest.mark.parametrize(
    ("line", "kept", "cut"),
    [
        (
            "北京时间2024年3月5日(农历正月廿五),星期二,某某县政协召开常委会议。",
            "某某县政协召开常委会议。",
            "date_banner",
        ),
        ("摘要:北京时间2022年6月1日,星期三,某区召开区委常委会会议。", "某区召开区委常委会会议。", "date_banner"),
        ("据青禾日报 5月12日下午，县委召开常委会会议。", "5月12日下午，县委召开常委会会议。", "byline_fragment"),
        ("会议要求抓好落实。(某某县政协机关)", "会议要求抓好落实。", "byline_fragment"),
        ("会议要求抓好落实。（青禾网·视频频道 宋立文）", "会议要求抓好落实。", "byline_fragment"),
        ("会议还研究了其他事项。(县委办)", "会议还研究了其他事项。", "byline_fragment"),
        ("某县召开政府常务会议 溪山新闻  2022-05-31 21:10", "某县召开政府常务会议", "meta_strip"),
        ("会议听取了有关汇报，审议了有关文件……(详情)", "会议听取了有关汇报，审议了有关文件……", "widget"),
        ("会议强调，一是北关、和平????2??àé???±?D?认真对照指标。", "会议强调，一是北关、和平认真对照指标。", "spam"),
        ("共计70余人参加会议。 k{ /7Q", "共计70余人参加会议。", "spam"),
    ],
)
def test_credit_marks_are_cut_from_a_line(line: str, kept: str, cut: str) -> None:
    removals: list[tuple[str, str]] = []
    assert cut_credit_marks(line, removals) == kept
    assert [rule for rule, _ in removals] == [cut]


@pytest.mark.parametrize(
    "line",
    [
        "据青禾日报报道，县委召开常委会会议。",  # a report citing a paper
        "据统计 5月份全县新增就业岗位1200个。",
        "会议学习了《某某条例》(2023年修订)。",  # a document's note in brackets
        "会议强调，要落实好“三个一”(一张清单)。",
        "全年GDP增长5.2%?这一目标能否实现?",  # question marks without mojibake
        "会议听取了关于Café项目的汇报。",  # an accented letter without question marks
        "会议审议了有关事项。 (GDP)",
        "这是推动发展的重要遵循。[1]",  # a footnote's mark  # ASCII after the full stop without a jammer's mark
        "北京时间到了，会议开始。",  # no date or weekday
        "某县召开 情况通报 2024年3月5日",  # a bulletin's date after its title, not a paper's stamp
    ],
)
def test_report_text_of_the_same_shapes_keeps_its_words(line: str) -> None:
    removals: list[tuple[str, str]] = []
    assert cut_credit_marks(line, removals) == line
    assert removals == []


def test_a_writers_name_above_the_publish_strip_is_a_byline() -> None:
    page = f"某县召开县委常委会会议\n\n宋立文\n\n2023年05月06日07:56  来源：青禾日报\n\n{REPORT}\n{CLOSING}"
    cleaned = clean(page)
    assert ("byline", "宋立文") in cleaned.removals
    assert "宋立文" not in cleaned.text
    assert cleaned.publish_date is not None and cleaned.publish_date.startswith("2023")  # the strip's date


def test_a_name_under_the_title_without_a_publish_strip_stays() -> None:
    page = f"某县召开县委常委会会议\n\n宋立文\n\n{REPORT}\n{CLOSING}"
    assert "宋立文" in clean(page).text  # it may be a speaker's byline the people reader needs


def test_a_breadcrumb_ending_in_the_headline_goes_and_the_headline_stays() -> None:
    page = f"新闻中心- 县区动态- 某县召开县委常委会会议\n\n某县召开县委常委会会议\n\n{REPORT}\n{CLOSING}"
    cleaned = clean(page)
    assert ("navigation", "新闻中心- 县区动态- 某县召开县委常委会会议") in cleaned.removals
    assert cleaned.text.startswith("某县召开县委常委会会议\n")


def test_a_speakers_name_under_a_speechs_title_stays_above_a_publish_strip() -> None:
    page = f"在全县经济工作会议上的讲话\n\n宋立文\n\n2023年05月06日07:56  来源：青禾日报\n\n{REPORT}\n{CLOSING}"
    assert "宋立文" in clean(page).text


def test_a_dash_in_a_title_is_no_breadcrumb() -> None:
    page = f"学习贯彻全会精神-某县召开县委常委会会议\n\n{REPORT}\n{CLOSING}"
    assert clean(page).text.startswith("学习贯彻全会精神-某县召开县委常委会会议")


def test_a_rights_line_above_the_publish_strip_leaves_the_headline() -> None:
    page = (
        "版权所有:某某县人民医院 PDF版\n往期回顾\n某县人民医院召开党委会议\n新闻作者:本报  发布时间:2023年01月31日  查看次数:\n\n"
        f"{REPORT}\n{CLOSING}"
    )
    cleaned = clean(page)
    assert "某县人民医院召开党委会议" in cleaned.text
    assert any(rule == "rights" or text.startswith("版权所有") for rule, text in cleaned.removals)


def test_a_dateline_takes_its_colon_with_it() -> None:
    cleaned = clean(f"某县新闻网讯：{REPORT}\n{CLOSING}")
    assert cleaned.text.startswith("3月2日上午")


def test_a_sites_latin_name_on_the_first_line_goes() -> None:
    cleaned = clean(f"Green Valley's NEWS\n\n某县召开县委常委会会议\n\n{REPORT}\n{CLOSING}")
    assert ("navigation", "Green Valley's NEWS") in cleaned.removals
    assert cleaned.text.startswith("某县召开县委常委会会议")


def test_a_latin_line_inside_the_report_stays() -> None:
    page = f"某县召开县委常委会会议\n\n{REPORT}\nGreen Valley Plan\n{CLOSING}"
    assert "Green Valley Plan" in clean(page).text


def test_an_excerpt_cut_off_of_a_line_the_page_prints_whole_goes() -> None:
    page = (
        "某区政协召开常委会议\n\n县委副书记、代…\n\n"
        f"{REPORT}\n县委副书记、代县长宋立文作关于全县经济社会发展的通报。\n{CLOSING}"
    )
    cleaned = clean(page)
    assert ("navigation", "县委副书记、代…") in cleaned.removals
    assert "县委副书记、代县长宋立文作关于全县经济社会发展的通报。" in cleaned.text


def test_a_line_with_an_ellipsis_of_its_own_stays() -> None:
    page = f"某区政协召开常委会议\n\n{REPORT}\n会议要求，要做到三个到位…\n{CLOSING}"
    assert "会议要求，要做到三个到位…" in clean(page).text  # no other line opens with its words
