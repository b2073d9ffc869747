"""A tiny warehouse made by the real ETL from five short reports, so numbers check by hand.

The people reader is replaced by a marker reader (``张三（区委书记）：`` starts a speech,
``会议：`` the collective voice): the dashboard tests test the dashboard, not the ETL's
speaker detection. The codebook is a tiny one written here, for the same reason.

Hand counts (theme keyword hits per meeting):

========  ==========  ===================  ========================  ==========
report    date        乡村振兴              生态环保                  安全生产
========  ==========  ===================  ========================  ==========
r1        2020-03-05  3 (张三)              0                         2 (李四)
r2        2020-07-10  1 (张三)              2 (张三)                  0
r3        2021-02-01  0                     1 (李四)                  1 (李四)
r4        2021-09-15  1 (王五)              1 (王五)                  0
r5        undated     0                     1 (张三)                  0
========  ==========  ===================  ========================  ==========

教育 (a fourth theme) has no hits anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pytest

import etl.extract.people.people
from etl.contract.model import Person, Reading, Speech

THEMES_CSV = """theme,label_en,keywords
乡村振兴,Rural revitalisation,乡村振兴|脱贫攻坚
生态环保,Ecology,生态环境|环境保护|绿水青山
安全生产,Work safety,安全生产|隐患
教育,Education,义务教育
"""

REPORTS = {
    "r1.txt": [
        "青禾区委常委会会议",
        "2020年3月5日，区委书记张三主持召开区委常委会会议。",
        "张三（区委书记）：要推进乡村振兴，巩固脱贫攻坚成果。乡村振兴是大事。",
        "李四（区委副书记、区长）：要抓好安全生产，排查隐患。",
        "会议：会议强调，树牢四个意识。",
    ],
    "r2.txt": [
        "青禾区委常委会会议",
        "2020年7月10日，区委常委会召开。",
        "张三（区委书记）：要保护生态环境，守护绿水青山。要推进乡村振兴。",
    ],
    "r3.txt": [
        "青禾区政府常务会议",
        "2021年2月1日，区政府常务会议召开。",
        "李四（区长）：要加强环境保护，抓好安全生产。<script>alert(1)</script>",
    ],
    "r4.txt": [
        "白石县委常委会会议",
        "2021年9月15日，县委常委会召开。",
        "王五（县委书记）：要做到两个维护，推进乡村振兴和生态环境保护。",
    ],
    "r5.txt": [
        "青禾区委理论学习中心组学习会",
        "张三（区委书记）：绿水青山就是金山银山。",
    ],
}

_MARK = re.compile(r"^(?:(?P<name>[\u4e00-\u9fff]{2,3})（(?P<title>[^）]+)）|(?P<all>会议))：", re.M)


def marker_people(text: str, removed: Sequence[str] = ()) -> Reading:
    """Speeches start at marker lines; the text before the first marker is narration.

    Same signature as ``etl.extract.people.people.read_people`` (``removed``: the lines the cleaning took out).
    """
    starts = [(0, None, None)]
    for m in _MARK.finditer(text):
        starts.append((m.start(), m["name"] or m["all"], m["title"]))
    if len(starts) > 1 and starts[1][0] == 0:
        starts.pop(0)
    speeches, people = [], []
    for i, (start, name, title) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        speeches.append(Speech(start, text[start:end], name))
        if name and name != "会议" and all(p.name != name for p in people):
            people.append(Person(name, title, "speaker"))
    return Reading(tuple(people), tuple(speeches))


def report_text(name: str) -> str:
    """The cleaned text the ETL keeps for a report (lines stripped, joined by newlines)."""
    return "\n".join(REPORTS[name])


def build_warehouse(root: Path) -> Path:
    from etl.contract.settings import resolve
    from etl.run.pipeline import run_etl

    codebook = root / "codebook"
    codebook.mkdir(parents=True)
    (codebook / "themes.csv").write_text(THEMES_CSV, encoding="utf-8")
    (codebook / "policy_dictionary.txt").write_text("乡村振兴\n脱贫攻坚\n生态环境\n安全生产\n", encoding="utf-8")
    (codebook / "stopwords.txt").write_text("要\n的\n", encoding="utf-8")
    (codebook / "formulas.txt").write_text("四个意识\n两个维护\n", encoding="utf-8")
    raw = root / "raw"
    raw.mkdir()
    for name, lines in REPORTS.items():
        (raw / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    wh = root / "wh"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(etl.extract.people.people, "read_people", marker_people)
        settings = resolve({"warehouse": wh, "codebook": codebook, "workers": 1, "progress": False}, env={})
        summary = run_etl([raw], settings)
    assert summary.ok, summary.lines()
    return wh


@pytest.fixture(scope="session")
def tiny_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("tiny")
    build_warehouse(root)
    return root


@pytest.fixture(scope="session")
def tiny_wh(tiny_root: Path) -> Path:
    return tiny_root / "wh"


@pytest.fixture(scope="session")
def tiny_codebook(tiny_root: Path):
    from etl.count.codebook import load_folder

    return load_folder(tiny_root / "codebook").codebook


@pytest.fixture(scope="session")
def topics_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo warehouse: enough speeches for topics (the tiny one has a handful)."""
    from etl.demo import write_demo
    from etl.io.readers.sidecar import load_sidecar
    from etl.run.pipeline import run_etl
    from tests.conftest import settings_for

    root = tmp_path_factory.mktemp("research-demo")
    summary = write_demo(root / "demo", n_meetings=120, seed=3)
    result = run_etl([summary.raw], settings_for(root / "wh"), hints_for=load_sidecar(summary.sidecar).hints_for)
    assert result.ok, result.errors
    return root
