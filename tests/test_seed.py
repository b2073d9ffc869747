"""Acceptance on the real seed report (read in place from ../shared/corpora)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from etl.count.formulas import FormulaFinder
from etl.extract.cleaning.clean import clean
from etl.extract.dates.dates import meeting_date
from etl.extract.organs.organs import organ_and_type
from etl.extract.people.people import read_people

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
SEED = CORPORA / "seed_changqing_2020-05-06.txt"
LISTED = ("四个意识", "四个自信", "两个维护")

pytestmark = pytest.mark.corpora


@pytest.fixture(scope="module")
def seed() -> str:
    if not SEED.is_file():
        pytest.skip(f"the seed report is not at {SEED} (../shared/corpora beside the checkout)")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def cleaned_text(seed: str) -> str:
    return clean(seed).text


def test_date(seed: str) -> None:
    c = clean(seed)
    r = meeting_date(c.text, {"filename": SEED.name}, c.publish_date)
    assert (r.date, r.precision, r.source) == (dt.date(2020, 5, 6), "day", "filename")


def test_organ_and_type(cleaned_text: str) -> None:
    assert organ_and_type(None, cleaned_text) == ("区委", "常委(扩大)会议")


def test_presider_and_speakers(cleaned_text: str) -> None:
    r = read_people(cleaned_text)
    presiders = [(p.name, p.title) for p in r.people if p.role == "presider"]
    assert presiders == [("王勤光", "区委书记")]
    speakers = {p.name for p in r.people if p.role == "speaker"}
    assert {"王勤光", "赵居安", "刘延文", "张昭森", "何继文", "徐龙义", "董庆哲", "李广霞"} <= speakers
    with_speech = {s.speaker for s in r.speeches}
    assert {"王勤光", "赵居安"} <= with_speech
    assert not {"刘延文", "张昭森", "何继文", "徐龙义", "董庆哲", "李广霞"} & with_speech


def test_zhao_speech_span(cleaned_text: str) -> None:
    r = read_people(cleaned_text)
    zhao = [s for s in r.speeches if s.speaker == "赵居安"]
    assert zhao[0].text.startswith("贯彻好家义书记和立成书记的重要讲话精神")
    following = r.speeches[r.speeches.index(zhao[-1]) + 1]
    assert following.text.startswith("全体区级领导")
    assert "全体区级领导" not in "".join(s.text for s in zhao)


def test_wang_speech_covers_his_points(cleaned_text: str) -> None:
    wang = "".join(s.text for s in read_people(cleaned_text).speeches if s.speaker == "王勤光")
    assert wang.startswith("要充分认识省委省政府")
    assert "抓好党的建设" in wang and "贯彻好家义书记" not in wang


def test_spans_cover_the_text(cleaned_text: str) -> None:
    r = read_people(cleaned_text)
    assert "".join(s.text for s in r.speeches) == cleaned_text
    assert [s.start for s in r.speeches] == [sum(len(x.text) for x in r.speeches[:i]) for i in range(len(r.speeches))]


def test_byline_and_wechat_tail_removed(seed: str) -> None:
    c = clean(seed)
    assert "预览时标签不可点" in c.removed
    assert any("李娜" in line for line in c.removed) and any("方新月" in line for line in c.removed)
    r = read_people(c.text)
    assert not {"李娜", "方新月"} & {p.name for p in r.people}
    assert not any("预览时标签不可点" in s.text or "李娜" in s.text for s in r.speeches)


def test_formulas(cleaned_text: str) -> None:
    counts = FormulaFinder(LISTED).count(cleaned_text)
    assert {"四个意识", "四个自信", "两个维护", "“大强美富通”"} <= set(counts)
    assert "4月30日" not in "".join(counts)
