"""Speaker roles from the user-editable data file (national posts included), and the warning
when a selection has few identified speakers."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import queries
from dashboard.indexes.corpus import open_corpus
from dashboard.queries import Filters
from dashboard.queries.speakers import ROLES_FILE, role_of
from etl.io.warehouse import Warehouse

ROLES = queries.load_roles()


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("中共中央总书记、国家主席、中央军委主席", "总书记"),
        ("国家主席", "国家主席"),
        ("国务院总理", "总理"),
        ("国务院副总理", "副总理"),
        ("全国人大常委会委员长", "委员长"),
        ("全国政协主席", "政协主席"),
        ("区委书记", "书记"),
        ("区委副书记、区长", "省市县区长"),  # 区长 is listed before 副书记
        ("区委副书记", "副书记"),
        ("常务副县长", "副职"),
        ("镇长", "乡镇长"),
        ("县人大常委会主任", "人大主任"),
        ("区委常委、宣传部部长", None),
        (None, None),
    ],
)
def test_a_title_takes_the_first_role_any_of_its_posts_matches(title, role) -> None:
    assert role_of(title, ROLES) == role


def test_the_shipped_file_has_the_national_posts_in_both_languages() -> None:
    assert {"总书记", "国家主席", "总理", "副总理", "委员长", "书记"} <= set(ROLES)
    english = queries.load_roles(lang="en")
    assert list(english.values()) == list(ROLES.values())  # the same rules, in the same order
    assert {"General Secretary", "Premier", "Vice Premier"} <= set(english)
    assert not any(re.search(r"[\u4e00-\u9fff]", name) for name in english)
    assert queries.parse_roles(queries.roles_text(ROLES), "page") == ROLES  # the page's text round-trips


def test_bad_role_rules_name_their_source_and_line(tmp_path: Path) -> None:
    with pytest.raises(queries.RolesError, match=r"rules, line 2: '\(书记' is not a regular expression"):
        queries.parse_roles("书记=书记$\n乱=(书记", "rules")
    with pytest.raises(queries.RolesError, match=r"rules, line 1: expected role=pattern"):
        queries.parse_roles("书记=", "rules")
    bad = tmp_path / "roles.csv"
    bad.write_text("role,role_en,pattern\n# a comment\n书记,,[\n", encoding="utf-8")
    with pytest.raises(queries.RolesError, match=rf"{bad}, line 3: '\[' is not a regular expression"):
        queries.load_roles(bad)
    bad.write_text("role,pattern\n书记,书记$\n", encoding="utf-8")
    with pytest.raises(queries.RolesError, match="line 1: the header must be role,role_en,pattern"):
        queries.load_roles(bad)
    bad.write_text("role,role_en,pattern\n书记,Secretary\n", encoding="utf-8")
    with pytest.raises(queries.RolesError, match="line 2: expected role,role_en,pattern"):
        queries.load_roles(bad)
    bad.write_text("role,role_en,pattern\n书记,,书记{1,2}$\n", encoding="utf-8")
    assert queries.load_roles(bad, lang="en") == {"书记": "书记{1,2}$"}  # a comma in a pattern; no English name
    with pytest.raises(queries.RolesError, match="cannot be read"):
        queries.load_roles(tmp_path / "missing.csv")
    assert ROLES_FILE.name == "roles.csv"


@pytest.fixture(scope="module")
def corpus(tiny_wh):
    return open_corpus(Warehouse.open(tiny_wh))


def test_speakers_group_by_the_roles_of_the_file(corpus) -> None:
    groups = queries.speaker_groups(corpus, Filters(), roles=ROLES)
    by_speaker = groups.dropna(subset=["group"]).groupby("speaker")["group"].agg(set).to_dict()
    assert by_speaker == {"张三": {"书记"}, "王五": {"书记"}, "李四": {"省市县区长"}}


def test_coverage_counts_identified_speakers_and_their_share(corpus) -> None:
    coverage = queries.speaker_coverage(corpus, Filters())
    speeches = queries.selected_speeches(corpus, Filters())
    named = speeches["speaker"].notna() & (speeches["speaker"] != "会议")
    assert coverage.speakers == 3
    assert coverage.share == pytest.approx(speeches.loc[named, "n_chars"].sum() / speeches["n_chars"].sum())
    assert coverage.few  # 3 < FEW_SPEAKERS
    assert not queries.Coverage(queries.FEW_SPEAKERS, queries.FEW_NAMED_SHARE).few
    assert queries.Coverage(queries.FEW_SPEAKERS, queries.FEW_NAMED_SHARE - 0.01).few


@pytest.fixture
def env(monkeypatch, tiny_root):
    monkeypatch.setenv("POLICY_THEMES_WAREHOUSE", str(tiny_root / "wh"))
    monkeypatch.setenv("POLICY_THEMES_CODEBOOK", str(tiny_root / "codebook"))


def _speakers_page(lang: str = "zh", **state: object) -> AppTest:
    at = AppTest.from_string("from dashboard.app import main\nmain(only='speakers')", default_timeout=60)
    if lang == "en":
        at.query_params["lang"] = "en"
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_speakers_page_warns_of_few_speakers_and_says_what_few_is(env) -> None:
    warning = _speakers_page().warning[0].value
    assert "3 位发言人" in warning and f"少于 {queries.FEW_SPEAKERS} 位" in warning
    assert f"fewer than {queries.FEW_SPEAKERS}" in _speakers_page("en").warning[0].value


def test_the_speakers_page_compares_roles_and_refuses_bad_rules(env) -> None:
    at = _speakers_page(sp_mode="role")
    assert at.text_area(key="sp_roles").value == queries.roles_text(ROLES)
    names = {trace["name"] for trace in json.loads(at.get("plotly_chart")[0].proto.spec)["data"]}
    assert names == {"书记", "省市县区长"}
    english = _speakers_page("en", sp_mode="role")
    names = {trace["name"] for trace in json.loads(english.get("plotly_chart")[0].proto.spec)["data"]}
    assert names == {"Party Secretary", "Governor or Mayor"}  # the English UI names roles in English
    bad = _speakers_page(sp_mode="role", sp_roles="书记=(书记")
    assert "line 1" in bad.error[0].value and not bad.get("plotly_chart")
