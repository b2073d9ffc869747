"""A tiny corpus in the warehouse contract's shape, small enough to compute every measure by hand.

Two regions (A区, B县), six meetings: m5 is not a report, m6 has no date.

| meeting | date       | region | n_chars | themes (seq: theme x count)        | people (title)                      |
|---------|------------|--------|---------|------------------------------------|-------------------------------------|
| m1      | 2020-01-10 | A区    | 1000    | 0: 经济 3; 1: 经济 1, 民生 4        | 张三 区委书记; 李四 区委副书记、区长 |
| m2      | 2020-05-01 | A区    | 2000    | 0: 经济 2                           | 张三 区委书记; 王五 区委常委、常务副区长 |
| m3      | 2021-03-15 | A区    | 1000    | 0: 民生 5                           | 李四 区委书记; 赵六 区委副书记、代区长 |
| m4      | 2020-02-01 | B县    | 500     | 0: 经济 1, 生态 1                   | 孙七 县人大常委会党组书记、主任; 周八 县委书记 |
| m5      | 2021-07-01 | B县    | 500     | 0: 经济 9 (not a report)            | 周八 县委书记                        |
| m6      | (none)     | B县    | 800     | 0: 民生 2                           | 吴九 县委书记                        |
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

THEMES = ("经济", "民生", "生态")


def meetings() -> pd.DataFrame:
    d = dt.date
    return pd.DataFrame(
        {
            "meeting_id": ["m1", "m2", "m3", "m4", "m5", "m6"],
            "date": [d(2020, 1, 10), d(2020, 5, 1), d(2021, 3, 15), d(2020, 2, 1), d(2021, 7, 1), None],
            "region": ["A区", "A区", "A区", "B县", "B县", "B县"],
            "organ": ["区委", "区委", "区委", "人大常委会", "县委", "县委"],
            "meeting_type": ["常委会议"] * 6,
            "title": [f"t{i}" for i in range(1, 7)],
            "source": [f"s{i}.txt" for i in range(1, 7)],
            "n_chars": [1000, 2000, 1000, 500, 500, 800],
            "text": ["稳增长，稳增长。", "稳增长", "", "两个维护稳增长", "稳增长", "稳增长"],
            "is_report": [True, True, True, True, False, True],
        }
    )


def themes() -> pd.DataFrame:
    rows = [
        ("m1", 0, "经济", "增长", 3),
        ("m1", 1, "经济", "发展", 1),
        ("m1", 1, "民生", "养老", 4),
        ("m2", 0, "经济", "增长", 2),
        ("m3", 0, "民生", "养老", 5),
        ("m4", 0, "经济", "增长", 1),
        ("m4", 0, "生态", "环保", 1),
        ("m5", 0, "经济", "增长", 9),
        ("m6", 0, "民生", "养老", 2),
    ]
    return pd.DataFrame(rows, columns=["meeting_id", "seq", "theme", "keyword", "count"])


def people() -> pd.DataFrame:
    rows = [
        ("m1", "张三", "区委书记", "presider"),
        ("m1", "李四", "区委副书记、区长", "speaker"),
        ("m2", "张三", "区委书记", "presider"),
        ("m2", "王五", "区委常委、常务副区长", "speaker"),
        ("m3", "李四", "区委书记", "presider"),
        ("m3", "赵六", "区委副书记、代区长", "attendee"),
        ("m4", "孙七", "县人大常委会党组书记、主任", "presider"),
        ("m4", "周八", "县委书记", "attendee"),
        ("m5", "周八", "县委书记", "presider"),
        ("m6", "吴九", "县委书记", "presider"),
    ]
    return pd.DataFrame(rows, columns=["meeting_id", "name", "title", "role"])


def speeches() -> pd.DataFrame:
    rows = [
        ("m1", 0, "张三"),
        ("m1", 1, "李四"),
        ("m2", 0, "张三"),
        ("m3", 0, "李四"),
        ("m4", 0, "周八"),
        ("m5", 0, "周八"),
        ("m6", 0, None),
    ]
    out = pd.DataFrame(rows, columns=["meeting_id", "seq", "speaker"])
    return out.assign(start=0, text="", n_chars=0)


def formulas() -> pd.DataFrame:
    rows = [("m1", 0, "两个维护", 1), ("m4", 0, "两个维护", 2), ("m3", 0, "两个维护", 1), ("m2", 0, "新提法", 1)]
    rows += [("m5", 0, "新提法", 1), ("m6", 0, "新提法", 3)]
    return pd.DataFrame(rows, columns=["meeting_id", "seq", "formula", "count"])
