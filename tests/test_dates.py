"""meeting_date(): the meeting date from the opening, completed from context when year-less."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.contract.schema import DATE_SOURCES
from etl.count.codebook import load_folder
from etl.extract.cleaning.clean import clean
from etl.extract.dates.dates import meeting_date, parse_context_date
from tests.conftest import CODEBOOK

D = dt.date
CASES = [
    # text, hints, publish_date, expected (date, precision, source)
    ("2020年5月6日，区委召开常委会。", {}, None, (D(2020, 5, 6), "day", "text")),
    ("二〇二〇年五月六日，区委召开常委会。", {}, None, (D(2020, 5, 6), "day", "text")),
    ("二零一九年十二月三十一日，县政府召开常务会议。", {}, None, (D(2019, 12, 31), "day", "text")),
    ("2020-05-06，市委召开会议。", {}, None, (D(2020, 5, 6), "day", "text")),
    ("２０２０年５月６日，区委召开常委会。", {}, None, (D(2020, 5, 6), "day", "text")),
    ("5月6日，区委召开常委会。", {"filename": "seed_x_2020-05-06.txt"}, None, (D(2020, 5, 6), "day", "filename")),
    ("5月6日，区委召开常委会。", {"filename": "20200507.txt"}, None, (D(2020, 5, 6), "day", "filename")),
    ("5月6日，区委召开常委会。", {}, "2020-05-07", (D(2020, 5, 6), "day", "publish_line")),
    ("5月6日，区委召开常委会。", {"url": "http://x.gov.cn/2020/t20200507_1.html"}, None, (D(2020, 5, 6), "day", "url")),
    ("5月6日，区委召开常委会。", {"url": "http://x.gov.cn/2020-05/07/c_1.htm"}, None, (D(2020, 5, 6), "day", "url")),
    ("5月6日，区委召开常委会。", {"url": "http://x.gov.cn/news/2020/abc.html"}, None, (D(2020, 5, 6), "day", "url")),
    ("5月6日，区委召开常委会。", {"date": "2020-05", "date_field": "column"}, None, (D(2020, 5, 6), "day", "column")),
    ("5月6日，区委召开常委会。", {"publish_date": "2020-05-07"}, None, (D(2020, 5, 6), "day", "publish_line")),
    ("5月6日，区委召开常委会。", {"year": "2020"}, None, (D(2020, 5, 6), "day", "column")),
    ("12月30日，县委召开常委会。", {}, "2021年01月03日", (D(2020, 12, 30), "day", "publish_line")),
    # a year's last day and a publication year alone: reported a day or more later, in the next year
    ("12月31日，区委召开常委会议。", {"filename": "2020_常委会_x.html"}, None, (D(2019, 12, 31), "day", "filename")),
    (
        "12月31日，区委召开常委会议。",
        {"url": "http://x.gov.cn/news/2020/abc.html"},
        None,
        (D(2019, 12, 31), "day", "url"),
    ),
    ("12月30日，区委召开常委会议。", {"filename": "2020_常委会_x.html"}, None, (D(2020, 12, 30), "day", "filename")),
    (
        "12月31日，区委召开常委会议。",
        {"filename": "2020-12-31_常委会.html"},
        None,
        (D(2020, 12, 31), "day", "filename"),
    ),
    ("12月31日，区委召开常委会议。", {"year": "2020"}, None, (D(2020, 12, 31), "day", "column")),  # the meeting's year
    ("6日上午，县委召开常委会。", {}, "2020-05-07", (D(2020, 5, 6), "day", "publish_line")),
    ("30日上午，县委召开常委会。", {}, "2021-01-02", (D(2020, 12, 30), "day", "publish_line")),
    ("县委召开常委会。", {"date": "2022-10-18", "date_field": "sidecar"}, None, (D(2022, 10, 18), "day", "sidecar")),
    ("县委召开常委会。", {"date": "2022-10-18", "date_field": "column"}, None, (D(2022, 10, 18), "day", "column")),
    ("2021年6月，区委召开常委会。", {}, None, (D(2021, 6, 1), "month", "text")),
    ("各位代表：现在我代表国务院报告工作。", {"year": "2025"}, None, (D(2025, 1, 1), "year", "column")),
    ("——2024年3月5日在大会上", {"year": "2024"}, None, (D(2024, 3, 5), "day", "text")),
    ("2019年3月5日，县委召开会议。", {"year": "2025"}, None, (D(2025, 1, 1), "year", "column")),
    ("近日，县委召开常委会会议。", {}, None, (None, None, "none")),
    ("2月30日，区委召开常委会。", {"filename": "2020.txt"}, None, (None, None, "none")),
    ("13月5日，区委召开常委会。", {}, "2020-05-07", (None, None, "none")),
    # resolutions: the adoption line is the meeting date; a plan's year is not a date
    (
        "某届人大第一次会议关于政府工作报告的决议\n\n（2023年3月13日某届人大第一次会议通过）\n",
        {},
        None,
        (D(2023, 3, 13), "day", "text"),
    ),
    ("关于政府工作报告的决议\n（２０２１年１月８日某区人大第五次会议通过）", {}, None, (D(2021, 1, 8), "day", "text")),
    ("会议听取了报告。会议同意报告提出的2025年经济社会发展的总体要求。", {}, None, (None, None, "none")),
    (
        "会议同意报告提出的2025年经济社会发展的总体要求。",
        {"url": "https://x.org/wiki/决议"},
        None,
        (None, None, "none"),
    ),
    # a work report's header line names the day; without it the year column gives the year
    (
        "政府工作报告\n\n——2024年3月5日在某届人大第二次会议上\n\n国务院总理　李　强",
        {"year": "2024"},
        None,
        (D(2024, 3, 5), "day", "text"),
    ),
    (
        "各位代表：\n现在，我代表国务院报告。\n一、2024年工作回顾",
        {"year": "2025"},
        None,
        (D(2025, 1, 1), "year", "column"),
    ),
]


@pytest.mark.parametrize(("text", "hints", "publish", "expected"), CASES)
def test_meeting_date(text: str, hints: dict[str, str], publish: str | None, expected: tuple) -> None:
    r = meeting_date(text, hints, publish)
    assert (r.date, r.precision, r.source) == expected


def test_a_date_in_the_body_is_not_the_meeting_date() -> None:
    text = "区委召开常委会议。会议强调要抓落实。\n会议传达了4月30日市委常委扩大会议精神。"
    assert meeting_date(text, {}, None).date is None


def test_a_cited_date_ranks_below_the_meeting_date() -> None:
    text = "会议传达学习4月30日市委会议精神。5月6日，区委召开常委会。"
    assert meeting_date(text, {"year": "2020"}, None).date == D(2020, 5, 6)


@pytest.mark.parametrize(
    ("value", "parsed"),
    [
        ("t20200507_1.html", (2020, 5, 7)),
        ("/2020-05/07/", (2020, 5, 7)),
        ("2021-11", (2021, 11, None)),
        ("/art/2021/1/4/art_1.html", (2021, 1, 4)),
        ("/2019/", (2019, None, None)),
        ("/epaper/col/201911/05/content_9.html", (2019, 11, 5)),
        ("/content/201803/14/c2.html", (2018, 3, 14)),
        ("11/3/2021 9:02:17 AM", (2021, 11, 3)),
        ("/news/x/2024060711203344512.htm", (2024, 6, 7)),
        ("/xxgk/202503/abc.html", (2025, 3, None)),
        # a page named by digits only: month and day run together unpadded, so the year alone
        ("http://x.cn/html/202141280913.html", (2021, None, None)),
        ("/html/12345678901.html", None),
        # a path that spells 年, 月 and 日 in pinyin letters or characters
        ("http://x.cn/cwhy/2014n/6y/14j117c/content/post_3.html", (2014, 6, None)),
        ("/news/2019nian/05yue/12ri/a.html", (2019, 5, 12)),
        ("/xwzx/2021年/3月/b.html", (2021, 3, None)),
        ("/2014n/13y/c.html", (2014, None, None)),
        # a year's folder, then the month and day in the next folder's name (after a column's word)
        ("http://x.cn/html/2020/city_1030/4461.html", (2020, 10, 30)),
        ("/news/2019/1105/88.shtml", (2019, 11, 5)),
        ("/a/2021/news-0312/b.html", (2021, 3, 12)),
        ("/html/2020/city_1399/1.html", (2020, None, None)),
        ("no date here", None),
        (None, None),
    ],
)
def test_parse_context_date(value: str | None, parsed: tuple | None) -> None:
    assert parse_context_date(value) == parsed


DATEISH = st.text(alphabet=st.sampled_from(list("0123456789年月日号-/.上午二〇十三一，。 \n")), max_size=60)
HINTS = st.dictionaries(
    st.sampled_from(["url", "filename", "date", "date_field", "publish_date", "year"]),
    st.one_of(DATEISH, st.text(max_size=20)),
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(DATEISH, st.text(max_size=200)), HINTS, st.one_of(st.none(), DATEISH))
def test_meeting_date_never_raises(text: str, hints: dict[str, str], publish: str | None) -> None:
    r = meeting_date(text, hints, publish)
    assert r.source in DATE_SOURCES
    assert (r.date is None) == (r.precision is None)


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 99), st.integers(0, 99), st.integers(1900, 2100))
def test_impossible_dates_never_crash(month: int, day: int, year: int) -> None:
    r = meeting_date(f"{year}年{month}月{day}日，{month}月{day}日，区委召开会议。", {"year": str(year)}, None)
    if r.date is not None:
        assert 1 <= r.date.month <= 12


SESSIONS = load_folder(CODEBOOK).sessions
TRICKY = [
    # text, hints, publish_date, title, expected (date, precision, source)
    ("6月3日，区委书记某某主持召开2023年第11次区委常委会会议。", {}, None, None, (D(2023, 6, 3), "day", "text_year")),
    (
        "4月9日，镇党委召开2022年理论学习中心组(扩大)第三次学习会议。",
        {},
        None,
        None,
        (D(2022, 4, 9), "day", "text_year"),
    ),
    (
        "昨日下午，全市工作会议召开。",
        {"url": "http://x.cn/html/2019-04/12/c_1.htm"},
        None,
        None,
        (D(2019, 4, 11), "day", "relative"),
    ),
    (
        "昨天上午，县政协党组召开扩大会议。",
        {"url": "http://x.cn/pc/202108/17/c.html"},
        None,
        None,
        (D(2021, 8, 16), "day", "relative"),
    ),
    ("本报9月14日讯 今天上午，区政府召开会议。", {}, "2023-09-15", None, (D(2023, 9, 14), "day", "publish_line")),
    (
        "2023年03月29日 星期三\n3月28日，县委召开常委会。",
        {},
        "2023-03-29",
        None,
        (D(2023, 3, 28), "day", "publish_line"),
    ),
    ("2023年09月15日\n本报9月14日讯 区政府召开会议。", {}, None, None, (None, None, "none")),
    (
        "2019-05-13 08:41:02 编辑:某某\n5月10日下午，某区召开动员大会。",
        {"url": "http://x.cn/html/2019/g_0513/1.html"},
        None,
        None,
        (D(2019, 5, 10), "day", "publish_line"),  # the page's own stamp, before the URL
    ),
    (
        "发布时间 | 2021-08-20 |\n8月18日，县长主持召开县政府常务会议。",
        {"year": "2021"},
        None,
        None,
        (D(2021, 8, 18), "day", "publish_line"),  # the labelled stamp, as a publish line
    ),
    (
        "11月26日，县长主持召开县政府常务会议。",
        {"url": "http://x.cn/cwhy/2022010709153321846/index.html"},
        None,
        None,
        (D(2021, 11, 26), "day", "url"),
    ),
    (
        "3月4號，區委書記主持召開區委常委會。",
        {"url": "http://x.cn/ldlt/2017-03-05/1.html"},
        None,
        None,
        (D(2017, 3, 4), "day", "url"),
    ),
    (
        "第十四届全国人民代表大会第三次会议听取和审议了报告。",
        {},
        None,
        "第十四届全国人民代表大会第三次会议关于政府工作报告的决议",
        (D(2025, 1, 1), "year", "session"),
    ),
    (
        "自从一九七六年十月粉碎了反革命集团以来，我们党取得了胜利。",
        {},
        None,
        "全面开创新局面 (十二大)",
        (D(1982, 1, 1), "year", "session"),
    ),
    (
        "同志们：我代表中央委员会向全国代表大会作报告。",
        {"congress": "19"},
        None,
        None,
        (D(2017, 1, 1), "year", "session"),
    ),
    ("同志们：我代表中央委员会作报告。", {"congress": "十九大"}, None, None, (D(2017, 1, 1), "year", "session")),
    # a local 届次 column says nothing of the year
    ("县委召开常委会会议。", {"congress": "第十七届"}, None, None, (None, None, "none")),
    # a year in the title is the last resort: the URL's publish year, rolled back, comes first
    (
        "1月15日，县委召开民主生活会。",
        {"url": "http://x.cn/2024/0116/1.html"},
        None,
        "县委召开2023年度民主生活会",
        (D(2024, 1, 15), "day", "url"),
    ),
    ("12月9日上午，某市召开会议。", {}, None, "某市召开2015招商引资工作会议", (D(2015, 12, 9), "day", "text_year")),
    (
        "3月2日，区委召开常委会，传达学习市委2024年第3次常委会议精神。",
        {"year": "2025"},
        None,
        None,
        (D(2025, 3, 2), "day", "column"),
    ),
    (
        "（2017年10月18日）\n同志们：我代表中央委员会向全国代表大会作报告。",
        {"congress": "19"},
        None,
        None,
        (D(2017, 10, 18), "day", "text"),
    ),
    ("自从2016年10月以来，全县工作取得进展。", {}, None, None, (None, None, "none")),
    # a session the opening only passes on is not the meeting's
    (
        "3月20日，区委召开常委会，传达学习第十四届全国人民代表大会第三次会议精神。",
        {"year": "2026"},
        None,
        None,
        (D(2026, 3, 20), "day", "column"),
    ),
    # a month and day whose 月 the page lost: read when only one split is a date
    ("419日上午，区政协召开主席会议。", {}, "2023-04-20", None, (D(2023, 4, 19), "day", "publish_line")),
    ("1107日，县委召开常委会。", {"url": "http://x.cn/2022/11/08/a.html"}, None, None, (D(2022, 11, 7), "day", "url")),
    # 1月12日 or 11月2日: only the first falls in the month before the publish day; with no day to
    # tell them by, neither is read
    ("112日上午，县委召开常委会。", {}, "2023-01-13", None, (D(2023, 1, 12), "day", "publish_line")),
    ("112日上午，县委召开常委会。", {"year": "2023"}, None, None, (D(2023, 1, 1), "year", "column")),
    # a meeting to come, and the end of a range, are not the meeting's day
    (
        "主席某某18日下午主持召开主席会议。会议决定6月3日至5日召开常委会议。",
        {"url": "http://x.cn/2019-05/19/c.htm"},
        None,
        None,
        (D(2019, 5, 18), "day", "url"),
    ),
    ("15日，县委召开常委会，定于9月20日召开全会。", {}, "2021-09-16", None, (D(2021, 9, 15), "day", "publish_line")),
    # a standing committee's sitting of a term is no session year: the URL's year stands
    (
        "26日，全国政协召开主席会议，审议十二届常委会第五次会议议程。",
        {"url": "http://x.cn/2014-05/27/c.htm"},
        None,
        None,
        (D(2014, 5, 26), "day", "url"),
    ),
    # 近日/日前: no day; the publication year when it is far enough into its year
    (
        "本报讯 区委常委会近日举行会议。",
        {"url": "http://x.cn/html/2021-12/28/c.htm"},
        None,
        None,
        (D(2021, 1, 1), "year", "relative"),
    ),
    ("日前，县政府召开常务会议。", {}, "2022-01-06", None, (None, None, "none")),
    ("区委常委会近日举行会议。", {}, None, None, (None, None, "none")),
    # a day whose 日 the page lost before the time of day
    ("2021年6月18上午，第二党支部召开支部委员会。", {}, None, None, (D(2021, 6, 18), "day", "text")),
    ("6月18下午，第二党支部召开支部委员会。", {}, "2021-06-20", None, (D(2021, 6, 18), "day", "publish_line")),
    # the year in the name of the meeting held, when nothing else gives one
    ("9月8日上午，某镇召开了2019年宣传工作会议。", {}, None, None, (D(2019, 9, 8), "day", "text_year")),
    ("4月12日，某乡召开2018年度农业工作会。", {}, None, None, (D(2018, 4, 12), "day", "text_year")),
    ("1月8日，某镇召开2016年度总结会。", {}, "2017-01-09", None, (D(2017, 1, 8), "day", "publish_line")),
    ("4月12日，某乡传达2018年工作会议精神。", {}, None, None, (None, None, "none")),
    # 学习 in the organ's name does not make the year that follows a cited one
    ("3月6日下午，区委召开理论学习中心组2025年第2次学习会议。", {}, None, None, (D(2025, 3, 6), "day", "text_year")),
]


@pytest.mark.parametrize(("text", "hints", "publish", "title", "expected"), TRICKY)
def test_meeting_date_from_real_shapes(
    text: str, hints: dict[str, str], publish: str | None, title: str | None, expected: tuple
) -> None:
    r = meeting_date(text, hints, publish, title, SESSIONS)
    assert (r.date, r.precision, r.source) == expected


def test_a_removed_dateline_gives_the_day_or_the_day_counted_back_from() -> None:
    r = meeting_date("今天上午，区政府召开党组会议。", {}, "2023-09-15", None, SESSIONS, "9月14日")
    assert (r.date, r.source) == (D(2023, 9, 14), "relative")
    r = meeting_date("昨日上午，区政府召开党组会议。", {}, "2023-09-15", None, SESSIONS, "9月14日")
    assert (r.date, r.source) == (D(2023, 9, 13), "relative")
    r = meeting_date("区委召开常委会。", {"url": "http://x.cn/2021/abc.html"}, None, None, SESSIONS, "5月25日")
    assert (r.date, r.source) == (D(2021, 5, 25), "url")


def test_an_agency_dateline_gives_the_month_of_a_day_only_date() -> None:
    r = meeting_date(
        "20日下午，全国政协党组召开会议。", {"url": "http://x.cn/2024/a.html"}, None, None, SESSIONS, "9月21日"
    )
    assert (r.date, r.source) == (D(2024, 9, 20), "url")
    r = meeting_date("30日，市政协召开主席会议。", {}, "2025-01-03", None, SESSIONS, "1月2日")
    assert (r.date, r.source) == (D(2024, 12, 30), "publish_line")  # a day after the dateline's: the month before


def test_a_sites_dateline_yields_to_the_texts_own_day() -> None:
    # 某某网站8月29日讯 8月28日晚…: the dateline is the publication's day, the text's the meeting's
    r = meeting_date(
        "8月28日晚，某委主任王某主持召开会议。", {"url": "http://x.cn/201808/a.html"}, None, None, SESSIONS, "8月29日"
    )
    assert (r.date, r.source) == (D(2018, 8, 28), "url")
    r = meeting_date("昨日，某委召开会议。", {}, "2018-08-29", None, SESSIONS, "8月29日")
    assert r.date == D(2018, 8, 28)  # only a relative day counts back from the dateline


def test_a_strip_dates_the_publication_over_a_year_in_the_url() -> None:
    page = (
        "某街道召开推进会\n来源： 张某 李某 2021-09-15 09:10:51 责编： 王某\n"
        "9月10日上午，某街道召开文明创建工作推进会，街道党工委书记高某出席会议并讲话。"
    )
    cleaned = clean(page)
    assert cleaned.publish_date == "2021-09-15"
    r = meeting_date(cleaned.text, {"url": "http://x.cn/n2015/c_1.html"}, cleaned.publish_date, None, SESSIONS)
    assert (r.date, r.source) == (D(2021, 9, 10), "publish_line")


def test_a_digit_named_page_gives_the_year_of_a_month_day_opening() -> None:
    text = "4月12日，区人大常委会召开党组会议。会议强调要抓落实。"
    r = meeting_date(text, {"url": "http://x.cn/html/202141280913.html"}, None)
    assert (r.date, r.source) == (D(2021, 4, 12), "url")


def test_a_meeting_the_report_decides_on_does_not_date_the_report() -> None:
    text = "某县人大常委会第九次主任会议12日上午举行。会议决定,县人大常委会第十次会议于3月20日至21日举行。"
    r = meeting_date(text, {}, "2019-03-14")
    assert (r.date, r.source) == (D(2019, 3, 12), "publish_line")
    # the same date as the meeting's own stays the meeting's
    own = "某县人大常委会第十次会议于3月20日举行。会议听取了工作报告。"
    assert meeting_date(own, {}, "2019-03-22").date == D(2019, 3, 20)


def test_an_opening_day_that_lost_its_day_mark_before_the_comma() -> None:
    for text, published, day in (
        ("4月9,区长某某主持召开区政府第三次常务会议。", "2020-04-10", D(2020, 4, 9)),
        ("12月30，区委书记某某主持召开区委常委会会议。", "2020-01-02", D(2019, 12, 30)),
        ("某乡召开党委会议\n6月2, 乡党委书记某某主持召开党委会议。", "2020-06-03", D(2020, 6, 2)),
    ):
        assert meeting_date(text, {}, published).date == day
    # inside a sentence a number after 月 is not a day without its mark
    assert meeting_date("会议听取了3月8,9两日检查情况的汇报。", {}, "2020-03-20").date is None


def test_a_year_the_text_says_is_the_present_completes_a_day_with_no_other_year() -> None:
    later = "会议听取了工作汇报。会议指出，2019年是决胜全面小康的关键之年。"
    assert meeting_date("6月5日，某县召开常务会议。" + later, {}, None).date == D(2019, 6, 5)
    # a year-end meeting that goes on to call it 今年
    december = "12月3日，某镇召开人民代表大会。会议选举了镇长。会议指出，2018年是贯彻十九大精神的开局之年，抓好今年各项任务意义重大。"
    assert meeting_date(december, {}, None).date == D(2018, 12, 3)
    # a year-end meeting speaking of the year to come, and a context year that is there: not taken
    ahead = "12月20日，某县召开经济工作会议。会议听取了汇报。会议指出，2021年是开局之年，要谋划好明年工作。"
    assert meeting_date(ahead, {}, None).date is None
    assert meeting_date("6月5日，某县召开常务会议。" + later, {}, "2020-06-06").date == D(2020, 6, 5)


def test_a_meeting_to_come_dated_in_full_gives_the_year_of_the_meeting_preparing_it() -> None:
    text = "12月22日，某县召开政协常委会议。会议听取了工作汇报。据了解，县政协全体会议将于2023年12月26日至27日召开。"
    assert meeting_date(text, {}, None).date == D(2023, 12, 22)
    # a December meeting before a January session is in the year before
    january = "12月28日，某区召开人大常委会会议。会议决定，区人民代表大会定于2024年1月8日召开。"
    assert meeting_date(january, {}, None).date == D(2023, 12, 28)
    # a context year wins over it
    assert meeting_date(text, {}, "2022-12-23").date == D(2022, 12, 22)


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a range whose first day lost its 日: the meeting's first day
        ("3月5-6日，某县召开人大常委会会议。", "2023-03-07", D(2023, 3, 5)),
        ("3月5—6日，某县召开人大常委会会议。", "2023-03-07", D(2023, 3, 5)),
        ("2023年3月5、6日，某县召开人大常委会会议。", None, D(2023, 3, 5)),
        ("11月28至29日，某市召开政协全体会议。", "2023-11-30", D(2023, 11, 28)),
        # a weekday of this week or the last, from the publication date (2023-03-08 is a Wednesday)
        ("上周五下午，某县召开常务会议。", "2023-03-08", D(2023, 3, 3)),
        ("本周一上午，某县召开常务会议。", "2023-03-08", D(2023, 3, 6)),
        ("上星期日，某镇召开党委会议。", "2023-03-08", D(2023, 3, 5)),
    ],
)
def test_day_ranges_without_the_first_days_mark_and_weekdays(text: str, published: str | None, day: D) -> None:
    assert meeting_date(text, {}, published).date == day


def test_a_weekday_after_the_publication_or_a_cited_one_gives_no_day() -> None:
    assert meeting_date("本周五上午，某县召开常务会议。", {}, "2023-03-08").date is None
    cited = "3月8日，某县召开常务会议，传达上周五市委常委会会议精神。"
    assert meeting_date(cited, {}, "2023-03-09").date == D(2023, 3, 8)


@pytest.mark.parametrize(
    "stated",
    [
        "2016年仍然是全镇发展极为吃劲的一年",
        "2016年依然是爬坡过坎的关键一年",
        "2016年将是决战脱贫的攻坚之年",
        "2016年也是深化改革的关键一年",
    ],
)
def test_a_present_year_stated_with_an_adverb_completes_the_day(stated: str) -> None:
    text = f"3月4日下午，某镇召开党委会议。镇长某某在讲话中指出，{stated}，要坚定信心。"
    r = meeting_date(text, {}, None)
    assert (r.date, r.source) == (D(2016, 3, 4), "text_year")
    # a year-end meeting that speaks so of the year to come is not dated by it
    assert meeting_date(text.replace("3月4日", "12月4日"), {}, None).date is None


def test_a_cut_credits_full_date_gives_the_year_of_the_texts_day() -> None:
    cleaned = clean("(2021年6月3日某某镇综治办某某报道)6月3日上午，某镇召开综治工作会议。会议要求抓好落实。")
    assert cleaned.text.startswith("6月3日上午")
    assert cleaned.dateline == "2021年6月3日"
    r = meeting_date(cleaned.text, {}, cleaned.publish_date, None, SESSIONS, cleaned.dateline)
    assert (r.date, r.source) == (D(2021, 6, 3), "text")
    # a context the page gives still comes first; a dateline without its year gives none
    r = meeting_date(cleaned.text, {"url": "http://x.cn/2021/a.html"}, None, None, SESSIONS, cleaned.dateline)
    assert r.source == "url"
    assert meeting_date("6月3日上午，某镇召开会议。", {}, None, None, SESSIONS, "6月3日").date is None


@pytest.mark.parametrize(
    "planned",
    [
        "研究部署2019年党务工作",
        "提出2019年学习新要求",
        "安排2019年度重点任务",
        "研究《关于做好2019年乡村振兴重点工作的方案》",
    ],
)
def test_the_year_of_the_work_a_meeting_plans_completes_its_day(planned: str) -> None:
    text = f"3月12日上午，某院召开党委扩大会议，{planned}，党委委员参加了会议。会议要求抓好落实。"
    r = meeting_date(text, {}, None)
    assert (r.date, r.source) == (D(2019, 3, 12), "text_year")
    # from November a meeting plans the year to come; a context year wins over it
    assert meeting_date(text.replace("3月12日", "11月12日"), {}, None).date is None
    assert meeting_date(text, {}, "2020-03-13").date == D(2020, 3, 12)
    # a year the meeting reviews is not planned
    assert meeting_date("3月12日，某院召开党委会议，总结2018年工作。", {}, None).date is None
    assessed = "2月20日，某县召开调度会，要求做好2019年扶贫开发成效考核工作。会议要求抓好落实。"
    assert meeting_date(assessed, {}, None).date is None


def test_a_full_date_years_before_the_publication_is_a_document_studied() -> None:
    text = (
        "4月28日下午，某院党委中心组举行专题学习会，党委书记某某主持。会上，副书记某某领学了"
        "某某同志1948年9月20日起草的《某某决定》及1949年3月13日通过的《某某方法》。"
    )
    assert meeting_date(text, {}, "2019-04-30").date == D(2019, 4, 28)
    # without a publication year, or with the meeting's own year beside its day, nothing changes
    assert meeting_date("2019年4月28日下午，某院召开会议，学习1948年9月20日的决定。", {}, "2019-04-30").date == D(
        2019, 4, 28
    )
    recent = "4月28日，某县召开常委会会议，传达2018年5月3日省委会议精神。"
    assert meeting_date(recent, {}, "2019-04-30").date == D(2019, 4, 28)


@pytest.mark.parametrize(
    "text",
    [
        # invented: a meeting held 近日/日前 that relays what was said on a day it cites
        "近日，副市长某某主持召开市政府常务会议，传达学习6月8日省委全会精神。",
        "日前，县委召开常委会会议，传达学习2022年4月20日国务院常务会议精神。",
        "区委常委会近日召开会议，学习3月5日省委全会精神。",
    ],
)
def test_a_cited_day_is_not_the_day_of_a_meeting_held_recently(text: str) -> None:
    r = meeting_date(text, {"url": "http://x.cn/html/2022-05/13/c.htm"}, None)
    assert (r.date, r.precision) == (D(2022, 1, 1), "year")


@pytest.mark.parametrize(
    "url",
    ["http://www.paper-db.cn:2027/detail.aspx?NewsId=123", "https://x.gov.cn:2019/", "http://site.com.cn:2031?id=4"],
)
def test_a_urls_port_is_no_year(url: str) -> None:
    assert parse_context_date(url) is None
    assert parse_context_date(url.replace("/detail", "/2021/06/detail")) in (None, (2021, 6, None))


@pytest.mark.parametrize(
    "work",
    [
        "区纪委书记某某就2015年纪检工作情况和2016年纪检工作安排作了发言",
        "会议听取了关于全区2016年第一季度经济运行情况的汇报",
        "会议研究了2016年上半年重点项目推进情况",
        "会议审议了《2016年度工作要点》",
    ],
)
def test_the_year_of_this_years_work_completes_a_days_year(work: str) -> None:
    text = f"4月11日，某区政府召开全体会议。{work}。会议要求，抓好落实。"
    r = meeting_date(text, {}, None)
    assert (r.date, r.source) == (D(2016, 4, 11), "text_year")
    # a December meeting plans the next year, a January one reviews the last: no year from it, unless
    # the opening names just the year reviewed and the year planned (then the turn of the year decides)
    two_years = "2015年" in text
    december = meeting_date(text.replace("4月11日", "12月11日"), {}, None).date
    january = meeting_date(text.replace("4月11日", "1月11日"), {}, None).date
    assert (december, january) == ((D(2015, 12, 11), D(2016, 1, 11)) if two_years else (None, None))
    # a context the page gives comes first
    assert meeting_date(text, {"url": "http://x.cn/2017/a.html"}, None).date == D(2017, 4, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # invented: a full date whose 年 and 月 a conversion dropped, read when one split is valid
        ("2018813日晚，区长某某主持召开区政府第23次常务会议。", D(2018, 8, 13)),
        ("20231225日，市委召开常委会会议，研究年终工作。", D(2023, 12, 25)),
        ("2019928日下午，县政协召开主席会议。", D(2019, 9, 28)),
    ],
)
def test_a_full_date_run_together_by_a_conversion(text: str, expected: dt.date) -> None:
    r = meeting_date(text, {}, None)
    assert (r.date, r.precision, r.source) == (expected, "day", "text")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # invented: a month and day run together that splits two ways (1月9日 or 10月9日, 1月12日 or
        # 11月2日): the split that falls in the month before the page's publish line is the meeting's
        ("某办召开政治学习会议\n发布日期:2020-10-09 浏览次数:12\n109日下午,某办召开政治学习会议。", D(2020, 10, 9)),
        ("发布时间：2021-11-05\n112日上午，县委召开常委会会议。", D(2021, 11, 2)),
        ("发布日期：2022-01-20\n112日，镇党委召开理论学习中心组学习会。", D(2022, 1, 12)),
    ],
)
def test_a_two_way_run_together_day_is_told_by_the_publish_line(text: str, expected: dt.date) -> None:
    r = meeting_date(text, {}, None)
    assert (r.date, r.precision) == (expected, "day")
    # with no publish line, neither split is taken
    bare = text.split("\n")[-1]
    assert meeting_date(bare, {}, None).date != expected


def test_an_ambiguous_run_together_date_is_not_read() -> None:
    # 113 splits as 1月13日 or 11月3日: two valid reads, so neither is taken
    r = meeting_date("2021113日上午，县委召开常委会会议。", {}, None)
    assert r.date != D(2021, 1, 13) and r.date != D(2021, 11, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # invented: a month and day that lost both 月 and 日 at a line's start, before the opening's comma
        ("330,某镇第十三届党代会第一次会议在镇政府三楼会议室召开。", D(2016, 3, 30)),
        ("某镇召开党委会议\n1215，某镇召开党委（扩大）会议，研究年终工作。", D(2015, 12, 15)),
        ("917，县政协召开主席会议。", D(2015, 9, 17)),
    ],
)
def test_a_month_and_day_that_lost_both_marks_at_a_lines_start(text: str, expected: dt.date) -> None:
    r = meeting_date(text, {}, "2016-03-31")
    assert (r.date, r.precision) == (expected, "day")


@pytest.mark.parametrize(
    "text",
    [
        # invented: a year, a number's thousands and an ambiguous split at a line's start are no day
        "2016,某镇召开党委会议。",
        "120,000名群众参加了活动。",
        "113,某县召开常委会会议。",
        "会议强调，330,某镇要抓好落实。",
    ],
)
def test_a_number_at_a_lines_start_is_no_lost_day(text: str) -> None:
    assert meeting_date(text, {}, "2016-03-31").precision != "day"


@pytest.mark.parametrize(
    ("text", "publish", "expected"),
    [
        # invented: the day of a meeting to come, in a headline or the decision, is not the meeting's
        (
            "省人大常委会第三次会议4月2日召开\n今天下午，省人大常委会主任会议召开。会议决定，省人大常委会第三次会议"
            "将于4月2日召开。",
            "2018-03-22",
            D(2018, 3, 22),
        ),
        (
            "26日，市政协常务委员会第十三次会议召开。会议决定市政协第四次会议于2026年1月30日至2月2日召开。",
            "2026-01-27",
            D(2026, 1, 26),
        ),
        (
            "5月6日，县委召开常委会会议。会议决定，县第十五次党代会定于6月20日召开。",
            "2021-05-07",
            D(2021, 5, 6),
        ),
        # invented: the decided meeting's day right after its name, with no 于, in a subtitle first
        (
            "决定省人大常委会第二十次会议3月24日召开\n3月9日上午，省人大常委会主任会议举行第57次会议，"
            "决定省人大常委会第二十次会议3月24日在省城召开。",
            "2026-03-10",
            D(2026, 3, 9),
        ),
        (
            "9日，市人大常委会召开主任会议，决定市人大常委会第八次会议5月20日举行。",
            "2025-05-10",
            D(2025, 5, 9),
        ),
    ],
)
def test_the_day_of_a_meeting_to_come_is_not_the_meetings(text: str, publish: str, expected: dt.date) -> None:
    assert meeting_date(text, {}, publish).date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # invented: a January meeting that reviews one year and plans the next is in the later year
        (
            "1月15日，县政协召开主席会议，听取县政府关于2015年目标完成情况和2016年主要打算的汇报。",
            D(2016, 1, 15),
        ),
        ("1月9日，校党委召开全体会议，回顾了2018年的各项工作，明确了2019年的目标。", D(2019, 1, 9)),
        ("2月3日，镇党委召开会议，回顾2020年工作，谋划2021年发展思路。", D(2021, 2, 3)),
        # a December one is in the earlier year
        ("12月28日，县政府召开常务会议，总结2022年工作，研究2023年重点任务。", D(2022, 12, 28)),
    ],
)
def test_a_meeting_at_the_turn_of_the_year_is_dated_by_the_two_years_it_names(text: str, expected: dt.date) -> None:
    r = meeting_date(text, {}, None)
    assert (r.date, r.source) == (expected, "text_year")


@pytest.mark.parametrize(
    "text",
    [
        # invented: three years named, years not consecutive, or a mid-year meeting: no year from them
        "1月20日，县委召开常委会会议，对比2019年、2020年与2021年的发展指标。",
        "1月20日，县委召开常委会会议，对比2015年与2018年的发展指标。",
        "6月20日，县委召开常委会会议，对比2015年与2016年的发展指标。",
    ],
)
def test_other_year_pairs_give_no_year(text: str) -> None:
    assert meeting_date(text, {}, None).date is None


@pytest.mark.parametrize(
    "text",
    [
        # invented: a banner giving the lunar date beside the solar one, above the meeting's own day
        "北京时间2023年3月6日（农历2023年2月15日），星期一，县政协召开常委会议。\n3月2日，县政协召开常委会议。",
        "摘要：2023年3月6日(農曆2023年2月15日)星期一。3月2日，縣政協召開常委會議。",
        "今日农历2月15日。3月2日，县政协召开常委会议，主席某某主持会议。",
    ],
)
def test_a_lunar_calendars_date_is_never_the_meetings(text: str) -> None:
    r = meeting_date(text, {}, "2023-03-06")
    assert r.date == dt.date(2023, 3, 2)


@pytest.mark.parametrize(
    "url",
    [
        # invented: a forum's thread and post numbers shaped like dates (Discuz thread-TID-PAGE-N, ?tid=, showtopic-)
        "http://www.example-town.com/news/thread-1952-1-1.aspx",
        "http://bbs.example.cn/forum.php?mod=viewthread&tid=2015&extra=page%3D1",
        "https://club.example.net/showtopic-2019-3.html",
        "http://bbs.example.org/read.php?tid=1998&page=e",
    ],
)
def test_a_forums_thread_number_is_no_date(url: str) -> None:
    assert parse_context_date(url) is None
    text = "8月14日，县人大常委会召开会议。会议听取了县政府关于2015年上半年计划执行情况的报告。"
    r = meeting_date(text, {"url": url}, None)
    assert r.date == D(2015, 8, 14)  # the year from the text's own work, not from the thread number


def test_a_date_beside_a_forums_thread_number_is_still_read() -> None:
    assert parse_context_date("http://bbs.example.cn/2016-03-22/thread-1952-1-1.html") == (2016, 3, 22)
