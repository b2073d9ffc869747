"""Property: any valid date written in any supported form, in varied context, resolves to itself.

Forms: Arabic (2020年5月6日), Chinese numerals (二〇二〇年五月六日), full-width digits, ISO
(2020-05-06), 号/號 for 日; without the year (5月6日) or the month (6日上午), the rest given
by a publication date a few days later (December meetings published in January roll back).
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract.dates.dates import meeting_date

_CN = "〇一二三四五六七八九"
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def cn_small(n: int) -> str:
    """1..31 in Chinese numerals: 十, 十一, 二十, 三十一."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _CN[ones]
    return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[ones] if ones else "")


def written(d: dt.date, form: str, day_mark: str) -> str:
    if form == "arabic":
        return f"{d.year}年{d.month}月{d.day}{day_mark}"
    if form == "padded":
        return f"{d.year}年{d.month:02d}月{d.day:02d}{day_mark}"
    if form == "chinese":
        return "".join(_CN[int(c)] for c in str(d.year)) + f"年{cn_small(d.month)}月{cn_small(d.day)}{day_mark}"
    if form == "fullwidth":
        return f"{d.year}年{d.month}月{d.day}{day_mark}".translate(_FULLWIDTH)
    return d.isoformat()


BEFORE = st.sampled_from(["", "本报讯 ", "会议通报：", "据悉，", "（记者 某某）"])
AFTER = st.sampled_from(
    [
        "，区委召开常委会会议。",
        "上午，县政府召开常务会议，研究近期工作。",
        "下午，市政协召开主席会议。",
        "，镇党委书记主持召开党委会议，传达学习上级会议精神。",
    ]
)
DATES = st.dates(dt.date(1950, 1, 1), dt.date(2049, 12, 31))


@settings(max_examples=300, deadline=None)
@given(
    DATES,
    st.sampled_from(["arabic", "padded", "chinese", "fullwidth", "iso"]),
    st.sampled_from("日号號"),
    BEFORE,
    AFTER,
)
def test_a_full_date_resolves_to_itself(d: dt.date, form: str, mark: str, before: str, after: str) -> None:
    r = meeting_date(f"{before}{written(d, form, mark)}{after}", {}, None)
    assert (r.date, r.precision, r.source) == (d, "day", "text")


@settings(max_examples=300, deadline=None)
@given(DATES, st.integers(0, 25), st.sampled_from(["arabic", "chinese", "fullwidth"]), BEFORE, AFTER)
def test_a_date_without_its_year_takes_it_from_the_publication_date(
    d: dt.date, later: int, form: str, before: str, after: str
) -> None:
    month_day = written(d, form, "日").split("年", 1)[1]
    published = d + dt.timedelta(days=later)
    r = meeting_date(f"{before}{month_day}{after}", {}, published.isoformat())
    assert (r.date, r.precision) == (d, "day")


@settings(max_examples=200, deadline=None)
@given(DATES, st.integers(0, 20), st.sampled_from(["上午", "下午", "，"]))
def test_a_day_alone_takes_its_month_and_year_from_the_publication_date(d: dt.date, later: int, tail: str) -> None:
    published = d + dt.timedelta(days=later)
    r = meeting_date(f"{d.day}日{tail}县委召开常委会会议。", {}, published.isoformat())
    assert (r.date, r.precision) == (d, "day")


@settings(max_examples=100, deadline=None)
@given(DATES, st.sampled_from(["昨日", "昨天", "今天", "前天"]))
def test_a_relative_day_counts_back_from_the_publication_date(d: dt.date, word: str) -> None:
    back = {"昨日": 1, "昨天": 1, "今天": 0, "前天": 2}[word]
    published = d + dt.timedelta(days=back)
    r = meeting_date(
        f"{word}上午，区委召开常委会会议。", {"url": f"http://x.cn/{published:%Y%m}/{published:%d}/c.html"}, None
    )
    assert (r.date, r.source) == (d, "relative")
