"""Keyness worth reading: names and places out by default (one rule, also for word clouds),
significance shown and non-significant words hidden by default, every bar labelled.

The tiny warehouse's speakers are 张三, 李四 and 王五, its regions 青禾区 and 白石县 (see conftest).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import queries
from dashboard.indexes.corpus import open_corpus
from dashboard.queries import Filters
from dashboard.queries.proper_nouns import NounRules, load_rules, proper_noun_mask
from dashboard.rendering import charts
from etl.io.warehouse import Warehouse

RULES = NounRules(glue=("作", "强调"), place_suffixes=("区", "县", "镇"), places=("江南",))
NAMES = ("戴宇海", "董辉", "王建", "王志明", "会议")
REGIONS = ("青禾区", "全国", "根据市")  # the last two: regions the reader got wrong (shapes seen)


@pytest.mark.parametrize(
    ("word", "proper"),
    [
        ("董辉", True),  # a name
        ("戴宇海作", True),  # a name with the verb glued on
        ("董辉强调", True),
        ("建作", True),  # a name's last character with the verb glued on
        ("志明", True),  # a three-character name without its surname
        ("王志", True),
        ("青禾区", True),  # a region, its stem, the stem with another ending
        ("青禾", True),
        ("青禾镇", True),
        ("江南", True),  # a place of the data file
        ("江南县", True),
        ("工作", False),  # 工 + 作 is a dictionary word, not a fragment
        ("会议", False),  # the collective voice is not a person
        ("乡村振兴", False),
        ("宇海", True),
        ("戴宇海总书记", True),  # a name and a title
        ("戴宇海同志重要讲话精神", False),  # a 提法 naming someone stays
        ("全国", False),  # a region the dictionary knows as a common word is not a place
        ("根据", False),  # nor the stem of a misread region
    ],
)
def test_a_word_is_a_proper_noun_by_one_rule(word: str, proper: bool) -> None:
    assert proper_noun_mask([word], NAMES, REGIONS, RULES).tolist() == [proper]


def test_the_data_file_parses_and_a_bad_one_names_itself(tmp_path: Path) -> None:
    shipped = load_rules()
    assert "作" in shipped.glue and "区" in shipped.place_suffixes and "北京" in shipped.places
    bad = tmp_path / "proper_nouns.toml"
    bad.write_text('glue = "作"\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"proper_nouns\.toml: glue must be a list of strings"):
        load_rules(bad)
    bad.write_text("glue = [\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"proper_nouns\.toml: not valid TOML"):
        load_rules(bad)


@pytest.fixture(scope="module")
def opened(tiny_wh):
    wh = Warehouse.open(tiny_wh)
    return wh, open_corpus(wh)


def test_the_corpus_proper_words_are_its_speakers_and_places(opened) -> None:
    wh, c = opened
    assert {"张三", "李四", "王五", "青禾", "白石"} <= queries.proper_words(wh, c)
    assert not {"乡村振兴", "区委书记", "会议"} & queries.proper_words(wh, c)


def _groups(c):
    g = queries.speaker_groups(c, Filters(), ["张三", "李四"])
    return g[["meeting_id", "seq", "speech", "group"]]


def test_keyness_leaves_names_out_and_marks_significance(opened) -> None:
    wh, c = opened
    everything = queries.keyness(wh, _groups(c), top=50)
    assert {"张三", "李四"} <= set(everything["word"])  # without exclusion the names are distinctive
    assert (everything["significant"] == (everything["g2"] >= queries.G2_CRITICAL)).all()
    assert not everything["significant"].all()  # 推进 (张三 2, the rest 1) is not significant
    proper = queries.proper_words(wh, c)
    cleaned = queries.keyness(wh, _groups(c), top=50, exclude=proper, significant_only=True)
    assert not set(cleaned["word"]) & proper
    assert cleaned["significant"].all() and len(cleaned) < len(everything)
    kept = everything[everything["significant"] & ~everything["word"].isin(proper)]
    assert cleaned[["group", "word", "g2"]].values.tolist() == kept[["group", "word", "g2"]].values.tolist()


def test_word_frequencies_leave_the_same_words_out(opened) -> None:
    wh, c = opened
    speeches = queries.speeches_for(c, Filters(), None)
    words = set(queries.term_frequencies(wh, speeches, limit=500)["term"])
    proper = queries.proper_words(wh, c)
    assert {"张三", "青禾"} <= words
    assert set(queries.term_frequencies(wh, speeches, limit=500, exclude=proper)["term"]) == words - proper


def test_the_keyness_chart_labels_every_bar_and_draws_the_threshold(opened) -> None:
    wh, c = opened
    frame = queries.keyness(wh, _groups(c), top=50)
    fig = charts.keyness_chart(frame, top=50, threshold_label="sig", not_significant_label="weak")
    bars = [t for t in fig.data if t.type == "bar"]
    assert [set(t.y) for t in bars] == [set(g["word"]) for _, g in frame.groupby("group", sort=False)]
    axes = [fig.layout[k] for k in fig.layout if k.startswith("yaxis")]
    assert len(axes) == 2 and all(a.tickmode == "linear" and a.dtick == 1 for a in axes)
    assert [s.x0 for s in fig.layout.shapes] == [queries.G2_CRITICAL] * 2
    for t in bars:
        grey = [colour == charts.NOT_SIGNIFICANT for colour in t.marker.color]
        assert grey == [g2 < queries.G2_CRITICAL for g2 in t.x]
        assert [cd[2] for cd in t.customdata] == ["weak" if g else "sig" for g in grey]


@pytest.fixture
def env(monkeypatch, tiny_root):
    monkeypatch.setenv("POLICY_THEMES_WAREHOUSE", str(tiny_root / "wh"))
    monkeypatch.setenv("POLICY_THEMES_CODEBOOK", str(tiny_root / "codebook"))


def _keyness_words(page: str, **state: object) -> set[str]:
    at = AppTest.from_string(f"from dashboard.app import main\nmain(only={page!r})", default_timeout=60)
    at.query_params["gran"] = "year"
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    words: set[str] = set()
    for chart in at.get("plotly_chart"):
        for trace in json.loads(chart.proto.spec)["data"]:
            if trace.get("orientation") == "h":
                words |= set(trace["y"])
    return words


def test_the_speakers_page_hides_names_and_weak_words_until_asked(env, opened) -> None:
    default = _keyness_words("speakers", sp_names=["张三", "李四"])
    assert default and not default & {"张三", "李四", "推进"}
    assert {"张三", "李四"} <= _keyness_words("speakers", sp_names=["张三", "李四"], sp_keyness_proper=True)
    assert "推进" in _keyness_words("speakers", sp_names=["张三", "李四"], sp_keyness_weak=True)


def test_the_emerging_page_draws_its_words_with_the_same_toggles(env, opened) -> None:
    wh, c = opened  # no name rises in the tiny corpus (each is said once a meeting): the rule is tested above
    default = _keyness_words("emerging")
    weak = _keyness_words("emerging", em_keyness_weak=True)
    assert default < weak and not weak & queries.proper_words(wh, c)
    assert weak <= _keyness_words("emerging", em_keyness_weak=True, em_keyness_proper=True)
