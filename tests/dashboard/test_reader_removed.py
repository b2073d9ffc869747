"""The reader shows, on request, what cleaning removed from a page, each piece with its rule's
name in the page's language (the warehouse's ``removed`` table)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import queries
from dashboard.rendering.i18n import STRINGS
from dashboard.rendering.tables import column_label, value_label
from etl.contract import schema
from etl.io.warehouse import Warehouse
from tests.dashboard import conftest

# A page with furniture around the report, in shapes scraped pages have (written for this test).
FURNISHED = [
    "青禾区委常委会会议",
    "来源：青禾区融媒体中心  编辑：某甲  发布时间：2022-05-06",
    "2022年5月6日，区委常委会召开。",
    "张三（区委书记）：要推进乡村振兴。",
    "版权所有 未经授权不得转载",
]


@pytest.fixture(scope="module")
def furnished(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("furnished")
    with pytest.MonkeyPatch.context() as mp:
        mp.setitem(conftest.REPORTS, "r6.txt", FURNISHED)
        conftest.build_warehouse(root)
    return root


def _meeting(root: Path, which: str) -> str:
    """The furnished page's meeting, or a meeting cleaning took nothing from ("plain")."""
    wh = Warehouse.open(root / "wh")
    removed = wh.read("removed", ["meeting_id", "text"]).to_pandas()
    if which == "furnished":
        return str(removed.loc[removed["text"].str.contains("某甲"), "meeting_id"].iloc[0])
    meetings = wh.read("meetings", ["meeting_id"]).to_pandas()["meeting_id"]
    return str(meetings[~meetings.isin(removed["meeting_id"])].iloc[0])


def test_every_cleaning_rule_has_a_name_in_both_languages() -> None:
    for rule in schema.REMOVAL_RULES:
        zh, en = STRINGS[f"rule_{rule}"]
        assert zh != rule and en != rule and zh != en


def test_the_removed_text_of_a_meeting_comes_with_its_rules(furnished: Path) -> None:
    wh = Warehouse.open(furnished / "wh")
    removed = queries.removed_text(wh, _meeting(furnished, "furnished"))
    assert set(removed.columns) == {"rule", "text"} and set(removed["rule"]) <= set(schema.REMOVAL_RULES)
    assert any("编辑：某甲" in t for t in removed["text"]) and any("未经授权" in t for t in removed["text"])
    order = [schema.REMOVAL_RULES.index(r) for r in removed["rule"]]
    assert order == sorted(order)  # in the order the cleaning applies its rules
    assert queries.removed_text(wh, _meeting(furnished, "plain")).empty


def _reader(root: Path, monkeypatch: pytest.MonkeyPatch, meeting: str, lang: str, show: bool) -> AppTest:
    monkeypatch.setenv("POLICY_THEMES_WAREHOUSE", str(root / "wh"))
    monkeypatch.setenv("POLICY_THEMES_CODEBOOK", str(root / "codebook"))
    at = AppTest.from_string("from dashboard.app import main\nmain(only='meetings')", default_timeout=60)
    at.query_params["meeting"] = meeting
    if lang == "en":
        at.query_params["lang"] = "en"
    at.session_state["mt_removed"] = show
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_reader_lists_the_removed_text_on_request(furnished, monkeypatch, lang) -> None:
    meeting = _meeting(furnished, "furnished")
    rule = column_label("rule", lang)
    hidden = _reader(furnished, monkeypatch, meeting, lang, show=False)
    assert not [d for d in hidden.dataframe if rule in d.value.columns]
    shown = _reader(furnished, monkeypatch, meeting, lang, show=True)
    table = next(d.value for d in shown.dataframe if rule in d.value.columns)
    expected = queries.removed_text(Warehouse.open(furnished / "wh"), meeting)
    assert table[rule].tolist() == [value_label("rule", r, lang) for r in expected["rule"]]
    assert table[column_label("text", lang)].tolist() == expected["text"].tolist()
    assert not set(table[rule]) & set(schema.REMOVAL_RULES)  # names, not codes


def test_the_reader_says_when_nothing_was_removed(furnished, monkeypatch) -> None:
    at = _reader(furnished, monkeypatch, _meeting(furnished, "plain"), "zh", show=True)
    assert STRINGS["removed_none"][0] in [c.value for c in at.caption]
