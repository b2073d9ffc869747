"""The document-type filter: chosen meeting types left out of every chart and count, kept in the
URL, and counted in the "left out" caption like the pages that are not reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard import queries
from dashboard.indexes import corpus as corpus_index
from dashboard.queries import Filters
from etl.io.warehouse import Warehouse
from tests.dashboard.apps import run_page


@pytest.fixture(scope="module")
def corpus(tiny_wh: Path) -> corpus_index.Corpus:
    return corpus_index.open_corpus(Warehouse.open(tiny_wh))


def _type_of(corpus: corpus_index.Corpus, title_word: str) -> str:
    meetings = corpus.meetings
    return str(meetings.loc[meetings["title"].str.contains(title_word), "meeting_type"].iloc[0])


def test_an_excluded_type_is_out_of_every_count(corpus: corpus_index.Corpus) -> None:
    standing = _type_of(corpus, "常务会议")  # r3 alone: 生态环保 1, 安全生产 1
    assert queries.options(corpus)["excluded_types"] == queries.options(corpus)["meeting_types"]
    out = Filters(excluded_types=(standing,))
    assert queries.overview(corpus, out)["meetings"] == queries.overview(corpus, Filters())["meetings"] - 1
    totals = queries.theme_totals(corpus, Filters()).set_index("theme")["count"]
    without = queries.theme_totals(corpus, out).set_index("theme")["count"]
    assert without["安全生产"] == totals["安全生产"] - 1 and without["乡村振兴"] == totals["乡村振兴"]
    assert standing not in set(queries.meeting_list(corpus, out)["meeting_type"])
    assert queries.left_out(corpus, out)["excluded_types"] == 1
    assert queries.left_out(corpus, Filters())["excluded_types"] == 0


def test_the_sidebar_takes_it_from_the_url_and_the_caption_counts_it(
    corpus: corpus_index.Corpus, tiny_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POLICY_THEMES_WAREHOUSE", str(tiny_root / "wh"))
    monkeypatch.setenv("POLICY_THEMES_CODEBOOK", str(tiny_root / "codebook"))
    standing = _type_of(corpus, "常务会议")
    at = run_page("overview", notype=standing)
    assert next(m.value for m in at.metric) == "4"
    assert at.multiselect(key="f_excluded_types").value == [standing]
    assert dict(at.query_params)["notype"] == standing
    assert any("1 份已排除类型的文件" in c.value for c in at.caption)
    assert not any("已排除类型" in c.value for c in run_page("overview").caption)
    at = run_page("overview", notype="no such type")  # a value not offered is dropped, not an error
    assert next(m.value for m in at.metric) == "5"
