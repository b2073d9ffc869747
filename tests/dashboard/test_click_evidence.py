"""The evidence behind every clickable cell, bar and point: the query a click calls, checked on the
tiny warehouse's hand counts (tests/dashboard/conftest.py). The clicks themselves are in the
real-browser test (AppTest cannot click a plotly chart)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from dashboard import queries
from dashboard.indexes import corpus as corpus_index
from dashboard.queries import Filters
from dashboard.rendering import charts
from etl.io.warehouse import Warehouse

Y2020, Y2021 = pd.Timestamp("2020-01-01"), pd.Timestamp("2021-01-01")
THEMES = ["乡村振兴", "生态环保", "安全生产"]


@pytest.fixture(scope="module")
def wh(tiny_wh: Path) -> Warehouse:
    return Warehouse.open(tiny_wh)


@pytest.fixture(scope="module")
def corpus(wh: Warehouse) -> corpus_index.Corpus:
    return corpus_index.open_corpus(wh)


def _titles(corpus: corpus_index.Corpus, lines: pd.DataFrame) -> list[str]:
    titles = corpus.meetings.set_index("meeting_id")["title"]
    return sorted({str(titles[m]) for m in lines["meeting_id"]})


def test_a_heatmap_cell_shows_the_theme_s_hits_in_its_period(wh, corpus, tiny_codebook) -> None:
    series = queries.theme_series(corpus, Filters(), THEMES, "per10k")
    cell = next(c for c in charts.heatmap(series).data[1].customdata if c[0] == "乡村振兴" and c[1] == "2020-01-01")
    lines = queries.evidence(
        wh, corpus, Filters(), themes=[cell[0]], codebook=tiny_codebook, period=pd.Timestamp(cell[1])
    )
    assert len(lines) == 4 and set(lines["keyword"]) == {"乡村振兴", "脱贫攻坚"}  # r1: 3, r2: 1
    counted = series.set_index(["theme", "period"]).loc[("乡村振兴", Y2020), "count"]
    assert len(lines) == counted  # the lines are the hits the cell counts


@pytest.mark.parametrize("unit", ["meeting", "speech"])
def test_every_co_occurrence_cell_stands_on_the_units_it_counts(corpus, unit: str) -> None:
    matrix = queries.cooccurrence(corpus, Filters(), THEMES, unit)
    for a in THEMES:
        for b in THEMES:
            units = queries.cooccurrence_units(corpus, Filters(), a, b, unit)
            key = ["meeting_id"] if unit == "meeting" else ["meeting_id", "seq"]
            assert len(units.drop_duplicates(key)) == matrix.loc[a, b], (a, b)


def test_a_co_occurrence_cell_shows_both_themes_where_both_are_counted(wh, corpus, tiny_codebook) -> None:
    both = queries.cooccurrence_evidence(wh, corpus, Filters(), "乡村振兴", "生态环保", tiny_codebook)
    assert len(both) == 5 and set(both["theme"]) == {"乡村振兴", "生态环保"}  # r2: 1 + 2, r4: 1 + 1
    assert _titles(corpus, both) == ["白石县委常委会会议", "青禾区委常委会会议"]
    # 乡村振兴 and 安全生产 share a meeting (r1) but never a speech: 张三 speaks of one, 李四 of the other
    meeting = queries.cooccurrence_evidence(wh, corpus, Filters(), "乡村振兴", "安全生产", tiny_codebook)
    speech = queries.cooccurrence_evidence(wh, corpus, Filters(), "乡村振兴", "安全生产", tiny_codebook, "speech")
    assert len(meeting) == 5 and speech.empty
    diagonal = queries.cooccurrence_evidence(wh, corpus, Filters(), "生态环保", "生态环保", tiny_codebook)
    assert len(diagonal) == 5 and set(diagonal["theme"]) == {"生态环保"}  # r2 2, r3 1, r4 1, r5 1
    with pytest.raises(ValueError, match="paragraph"):
        queries.cooccurrence_units(corpus, Filters(), "乡村振兴", "生态环保", "paragraph")


def test_a_speaker_bar_and_point_show_that_speaker_s_hits(wh, corpus, tiny_codebook) -> None:
    groups = queries.speaker_groups(corpus, Filters(), ["张三", "李四"])
    bar = queries.group_evidence(wh, corpus, Filters(), groups, "张三", themes=["乡村振兴"], codebook=tiny_codebook)
    assert len(bar) == 4 and set(bar["speaker"]) == {"张三"}
    profile = queries.profiles(corpus, groups, THEMES).set_index(["group", "theme"])
    assert len(bar) == profile.loc[("张三", "乡村振兴"), "count"]
    point = queries.group_evidence(
        wh, corpus, Filters(), groups, "张三", themes=THEMES, codebook=tiny_codebook, period=Y2020
    )
    assert len(point) == 6  # r1 乡村振兴 3, r2 乡村振兴 1 + 生态环保 2; r5 is undated
    attention = queries.attention(corpus, groups, THEMES, "year").set_index(["group", "period"])
    assert len(point) == attention.loc[("张三", Y2020), "count"]
    word = queries.group_evidence(wh, corpus, Filters(), groups, "李四", term="隐患")
    assert len(word) == 1 and list(word["speaker"]) == ["李四"]
    # the sidebar's speakers do not narrow a group the page chose itself
    narrowed = queries.group_evidence(wh, corpus, Filters(speakers=("王五",)), groups, "张三", term="乡村振兴")
    assert len(narrowed) == 3


def test_a_role_bar_shows_the_hits_of_everyone_holding_the_role(wh, corpus, tiny_codebook) -> None:
    groups = queries.speaker_groups(corpus, Filters(), roles={"书记": r"书记$"})
    lines = queries.group_evidence(wh, corpus, Filters(), groups, "书记", themes=["乡村振兴"], codebook=tiny_codebook)
    assert len(lines) == 5 and set(lines["speaker"]) == {"张三", "王五"}  # r1 3, r2 1, r4 1


def test_an_emerging_bar_shows_the_word_in_the_chosen_period(wh, corpus) -> None:
    rising = pd.DataFrame({"word": ["生态"], "g2": [4.0]})
    word, group, _significance = charts.keyness_chart(rising).data[0].customdata[0]
    assert (word, group) == ("生态", "")
    lines = queries.evidence(wh, corpus, Filters(), term=word, period=Y2021)
    assert len(lines) == 1 and _titles(corpus, lines) == ["白石县委常委会会议"]
    assert len(queries.evidence(wh, corpus, Filters(), term=word)) == 2  # every period: r2 and r4
