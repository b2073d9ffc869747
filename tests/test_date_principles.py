"""Meeting dates told by principle: the year of the work a report names, dates on furniture lines
(a masthead, an issue stamp, a publish strip) and a URL's host. Invented shapes of sites never
seen, with negatives; property tests where the principle has them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract.dates.date_lines import on_furniture_line
from etl.extract.dates.dates import meeting_date, parse_context_date
from etl.extract.dates.text_years import named_work_year

D = dt.date

NAMED_WORK_YEARS = [
    # text, month of the meeting's day, year
    ("3月4日，某区纪委召开调度会，总结2024年运转成效，规划2025年工作计划。", 3, 2025),
    ("5月9日，某镇召开会议，书记解读了全镇2022年重点工作任务。", 5, 2022),
    ("6月2日，某县政协召开主席会议，审议2021年协商报告。", 6, 2021),
    ("4月10日，某院召开党委会，研究布署2019年黨務工作。", 4, 2019),  # traditional forms too
    ("8月3日，某局召开会议，印发《2023年安全生产工作要点》。", 8, 2023),
    # not the year's work: reviewed, a target, the end of a period, a cited document, a month out of range
    ("3月5日，某局召开会议，总结2024年工作。", 3, None),
    ("3月5日，某局召开会议，听取2024年工作成效考核的汇报。", 3, None),
    ("4月8日，某县召开会议，对照到2027年的目标任务查找差距。", 4, None),
    ("5月6日，某县召开会议，锚定2035年远景目标。", 5, None),
    ("5月6日，某县召开会议，讨论2021-2025年发展规划。", 5, None),
    ("7月1日，某区召开会议，传达2023年全市工作会议精神。", 7, None),
    ("12月20日，某县召开会议，部署2025年工作。", 12, None),
    ("1月6日，某县召开会议，部署2025年工作。", 1, None),
    ("10月9日，某县召开会议，谋划2026年重点项目。", 10, None),
    ("2月22日，公司党委召开会议，对2021年度抓基层党建工作进行点评。", 2, None),  # a 年度 is reviewed after it ends
    ("6月10日，某地公布人选，某某1996年8月参加工作。", 6, None),  # a date's year, a biography's
]


@pytest.mark.parametrize(("text", "month", "year"), NAMED_WORK_YEARS)
def test_the_latest_year_of_the_work_a_report_names(text: str, month: int, year: int | None) -> None:
    assert named_work_year(text, month) == year


def test_the_named_work_year_completes_a_day_that_no_context_dates() -> None:
    text = "6月2日，某县政协召开主席会议，审议2021年协商报告，研究2021年重点提案督办方案。会议要求抓好落实。"
    r = meeting_date(text, {})
    assert (r.date, r.precision, r.source) == (D(2021, 6, 2), "day", "text_year")
    # a context that dates the page wins over the text's year
    r = meeting_date(text, {"url": "http://x.gov.cn/2022/0606/123.html"})
    assert (r.date, r.source) == (D(2022, 6, 2), "url")


def test_a_reviewed_year_alone_leaves_the_day_undated() -> None:
    r = meeting_date("3月4日，某区召开会议，总结2024年工作成效。会议要求抓好落实。", {})
    assert (r.date, r.source) == (None, "none")


FURNITURE = [
    # the page's opening, the meeting's day, where its year came from
    ("某某日报 2021年04月09日\n本报讯 4月8日下午，某县委召开常委会会议。", D(2021, 4, 8)),
    ("第二版:要闻总第512期 >2022-06-15编印\n\n6月14日，某旗委召开常委会会议。", D(2022, 6, 14)),
    ("2024-11-03 318\n字号:\n11月2日，某医院召开党委理论学习中心组会议。", D(2024, 11, 2)),
    ("某某晚报 2022年01月03日\n12月30日，县委召开常委会会议。", D(2021, 12, 30)),  # December, read in January
    # a headline with its strip glued on (a full date, then a strip's label and colon)
    ("某区政协举行常委会会议 2025-03-18 来源:某区人民政府\n3月15日，区政协举行常委会会议。", D(2025, 3, 15)),
    ("某县召开县委常委会会议 2023年06月02日 | 作者：某某\n5月31日，县委召开常委会会议。", D(2023, 5, 31)),
    ("某鎮召開黨委會議 2022-09-09 瀏覽次數:88\n9月8日，某鎮召開黨委會議。", D(2022, 9, 8)),
]


@pytest.mark.parametrize(("text", "expected"), FURNITURE)
def test_a_date_on_a_furniture_line_gives_way_to_the_reports_own_day(text: str, expected: dt.date) -> None:
    r = meeting_date(text, {})
    assert (r.date, r.precision, r.source) == (expected, "day", "publish_line")


def test_a_publish_line_that_cleaning_found_comes_before_a_stamp() -> None:
    r = meeting_date("某某日报 2021年04月09日\n4月8日，某县委召开常委会会议。", {}, "2021-04-10")
    assert (r.date, r.source) == (D(2021, 4, 8), "publish_line")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # without a day of the report's own, the stamp's date is left as it was read
        ("某某日报 2021年04月09日\n本报讯 近日，某县委召开常委会会议。", D(2021, 4, 9)),
        # a line that tells of the meeting is not furniture: its full date is the meeting's
        ("2023年5月6日区委召开常委会会议\n5月7日，区委书记某某赴某镇调研。", D(2023, 5, 6)),
        # a bracketed date line is a speech's date
        ("（2017年10月18日）\n同志们：现在，我代表某某委员会向大会作报告。", D(2017, 10, 18)),
        # a word of a source without a strip's colon after the date is the report's sentence
        ("2023年5月6日来源于各镇的代表召开会议\n5月7日，区委书记某某赴某镇调研。", D(2023, 5, 6)),
    ],
)
def test_dates_that_are_not_on_furniture_lines_are_kept(text: str, expected: dt.date) -> None:
    assert meeting_date(text, {}).date == expected


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("某某日报 2021年04月09日", True),
        ("第一版:新闻 >2023-09-21编印", True),
        ("2023年9月20日，旗委召开常委会会议", False),
        ("2023年9月20日区委常委会会议召开", False),
        ("（2017年10月18日）", False),
        (
            "某某日报社主办的某某新闻网站的某某频道某某栏目某某专题某某页面某某版块某某分类某某子栏目某某列表 2021年04月09日",
            False,
        ),  # too long
    ],
)
def test_which_lines_are_furniture(line: str, furniture: bool) -> None:
    head = f"{line}\n正文。"
    start = next(i for i, c in enumerate(line) if c.isdigit())
    end = start + next(i for i, c in enumerate(line[start:]) if c in "日编") + 1
    assert on_furniture_line(head, start, end) is furniture


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.site1931.cn/articleInfo/6348", None),  # digits of a host are no year
        ("http://2019.example.cn/news/2020/05/x.html", (2020, 5, None)),
        ("http://host:2019/list.aspx", None),  # nor a port
        ("http://host.cn:8080/2024-05/29/x.html", (2024, 5, 29)),
    ],
)
def test_a_urls_host_and_port_are_no_date(url: str, expected: tuple[int, int | None, int | None] | None) -> None:
    assert parse_context_date(url) == expected


MASTHEADS = st.sampled_from(["某某日报 {s}", "第一版:要闻 >{s}编印", "{s} 254", "某某报 {s} 第3版"])


@settings(max_examples=200, deadline=None)
@given(
    st.dates(D(1990, 1, 1), D(2049, 12, 31)), st.integers(0, 20), MASTHEADS, st.sampled_from(["上午", "，", "下午，"])
)
def test_a_stamp_up_to_twenty_days_later_dates_the_reports_day(
    d: dt.date, later: int, masthead: str, tail: str
) -> None:
    stamp = d + dt.timedelta(days=later)
    written = f"{stamp.year}年{stamp.month:02d}月{stamp.day:02d}日" if "报" in masthead else stamp.isoformat()
    text = f"{masthead.format(s=written)}\n{d.month}月{d.day}日{tail}某县委召开常委会会议。"
    assert meeting_date(text, {}).date == d


@pytest.mark.parametrize(
    ("text", "hints", "expected"),
    [
        # a dateline's day is the filing's: the day after it is the meeting's
        ("某某网站5月17日讯 5月16日晚，某委主任某某主持召开会议。", {"url": "http://x.cn/2021/"}, D(2021, 5, 16)),
        ("某社北京6月3日电 某某6月1日主持召开座谈会。", {"url": "http://x.cn/2022-06/03/c_1.htm"}, D(2022, 6, 1)),
        # 电视电话会议 is no dateline
        ("5月6日电视电话会议召开，某县设分会场。", {"url": "http://x.cn/2020/"}, D(2020, 5, 6)),
        # a publish line the opening labels, or stamps with a clock time, dates a day-only day
        ("某县县长主持县务会议 发布日期:2016-05-23\n县长某某23日上午主持县务会议。", {}, D(2016, 5, 23)),
        ("来源: 某某 某某 2022-04-18 10:12:30 责编: 某某\n4月15日上午，某街道召开推进会。", {}, D(2022, 4, 15)),
        # question marks a conversion left are no sentences: the opening starts after them
        ("? ? ? ?3月2日，某院召开党委扩大会议。", {"url": "http://x.cn/2019/"}, D(2019, 3, 2)),
    ],
)
def test_datelines_stamps_and_conversion_marks(text: str, hints: dict[str, str], expected: dt.date) -> None:
    assert meeting_date(text, hints).date == expected


def test_a_labelled_stamp_dates_a_historic_document_as_cited() -> None:
    text = "发布时间:2019-05-06\n本网讯 5月4日下午，某院党委中心组举行学习会，重温某某同志1948年9月20日起草的文件。"
    assert meeting_date(text, {}).date == D(2019, 5, 4)


@pytest.mark.parametrize(
    "text",
    [
        "10日上午，县政府召开常务会议。会议要求各单位于5月30日前完成整改。",
        "10日上午，县政府召开常务会议，要求5月30日之前报送材料。",
        "10日上午，县政府召开常务会议，明确5月30日以前完成验收。",
    ],
)
def test_a_deadline_is_never_the_meetings_day(text: str) -> None:
    assert meeting_date(text, {}, "2021-05-12").date == D(2021, 5, 10)


def test_a_day_followed_by_going_somewhere_is_the_meetings() -> None:
    r = meeting_date("5月10日，县委书记某某前往某镇调研，并召开座谈会。", {}, "2021-05-12")
    assert r.date == D(2021, 5, 10)


def test_a_forums_edit_stamp_is_no_publication() -> None:
    text = "本帖最后由 某某 于 2015-4-13 00:37 编辑\n12月2日，某镇第十七届人民代表大会第一次会议召开。"
    assert meeting_date(text, {}).date is None
    # an editor's label after a publish stamp is not an edit
    r = meeting_date("2019-05-13 08:41:02 编辑:某某\n5月10日下午，某区召开动员大会。", {})
    assert (r.date, r.source) == (D(2019, 5, 10), "publish_line")


def test_a_month_and_day_alone_on_their_line_are_the_meetings() -> None:
    text = "5月6日上午\n区委召开常委会会议，研究部署工作。会议要求，5月8日，各单位报送材料。"
    assert meeting_date(text, {}, "2021-05-07").date == D(2021, 5, 6)


VERBS = st.sampled_from(["审议", "解读了", "讨论", "印发", "部署"])
WORK_WORDS = st.sampled_from(["工作计划", "重点工作任务", "工作要点", "协商报告", "预算草案", "重点项目"])


@settings(max_examples=200, deadline=None)
@given(st.integers(2000, 2049), st.integers(2, 9), st.integers(1, 28), VERBS, WORK_WORDS, st.booleans())
def test_a_day_with_the_years_work_named_resolves_to_itself(
    year: int, month: int, day: int, verb: str, work: str, reviewed: bool
) -> None:
    # a meeting from February to September names the work of its own year, maybe after the last year's
    review = f"总结了{year - 1}年工作，" if reviewed else ""
    text = f"{month}月{day}日，某县召开会议，{review}{verb}{year}年{work}。会议要求抓好落实。"
    r = meeting_date(text, {})
    assert (r.date, r.source) == (D(year, month, day), "text_year")


@settings(max_examples=200, deadline=None)
@given(st.dates(D(1990, 1, 1), D(2049, 12, 31)), st.integers(0, 3), st.sampled_from(["讯", "电", " 讯"]))
def test_a_dateline_up_to_three_days_later_leaves_the_meetings_day(d: dt.date, later: int, mark: str) -> None:
    filed = d + dt.timedelta(days=later)
    text = f"某某网{filed.month}月{filed.day}日{mark} {d.month}月{d.day}日下午，某县委召开常委会会议。"
    assert meeting_date(text, {}, filed.isoformat()).date == d
