"""Many sessions at once through the query layer, on one shared corpus, as a server runs them.

Streamlit runs each browser session in its own thread, and every session shares the one
``Corpus`` of a warehouse version (``st.cache_resource``) with its memo. Here 8 threads change
filters over the same corpus at once: no exception, every answer equal to the one a lone
session gets on a corpus of its own, and the memo stays within its bounds.
"""

from __future__ import annotations

import datetime as dt
import random
import threading
from collections.abc import Callable
from typing import Any

import pandas as pd
import pytest

from dashboard import queries
from dashboard.indexes import corpus as corpus_index
from dashboard.indexes.corpus import Corpus
from dashboard.queries import Filters
from etl.contract.settings import resolve
from etl.count.codebook import load_folder
from etl.demo import write_demo
from etl.io.warehouse import Warehouse
from etl.run.pipeline import run_etl
from tests.conftest import CODEBOOK

SESSIONS = 8
ROUNDS = 1


@pytest.fixture(scope="module")
def demo_wh(tmp_path_factory: pytest.TempPathFactory) -> Warehouse:
    root = tmp_path_factory.mktemp("many")
    write_demo(root / "demo", n_meetings=240)
    options = {"warehouse": root / "wh", "codebook": CODEBOOK, "sidecar": root / "demo" / "sidecar.csv"}
    settings = resolve({**options, "workers": 1, "progress": False}, env={})
    summary = run_etl([root / "demo"], settings)
    assert summary.meetings_total > 200, summary.lines()  # the demo holds a few broken files on purpose
    return Warehouse.open(root / "wh")


def _filters(c: Corpus) -> list[Filters]:
    """Selections a crowd of users might make: dates, granularities, speakers, organs, themes."""
    span = queries.date_span(c)
    assert span is not None
    first, last = span
    middle = first + (last - first) / 2
    speakers = queries.options(c)["speakers"][:6]
    organs = queries.options(c)["organs"][:2]
    themes = list(queries.theme_totals(c, Filters())["theme"].head(4))
    return [
        Filters(),
        Filters(granularity="month"),
        Filters(start=first, end=middle, granularity="quarter"),
        Filters(start=middle, end=last, include_undated=False),
        Filters(speakers=tuple(speakers[:2])),
        Filters(speakers=tuple(speakers[2:5]), granularity="half"),
        Filters(organs=tuple(organs), themes=tuple(themes[:2])),
        Filters(start=first, end=first + dt.timedelta(days=400), speakers=tuple(speakers[:3])),
        Filters(include_non_reports=True),
    ]


def _answers(wh: Warehouse, c: Corpus, f: Filters, codebook: Any) -> dict[str, Any]:
    """What the pages ask of the query layer for one selection."""
    themes = list(f.themes) or list(c.agg.themes)[:6]
    groups = queries.speaker_groups(c, f, queries.options(c)["speakers"][:3])
    counts = queries.term_counts(wh, c, f, ("乡村振兴", "脱贫攻坚+扶贫"))
    return {
        "overview": queries.overview(c, f),
        "totals": queries.theme_totals(c, f),
        "series": queries.theme_series(c, f, themes, "per10k", 2),
        "units": queries.meeting_units(c, f),
        "list": queries.meeting_list(c, f),
        "selected": queries.selected_speeches(c, f),
        "cooccurrence": queries.cooccurrence(c, f, themes),
        "terms": queries.term_series(c, f, counts, ("乡村振兴", "脱贫攻坚+扶贫"), "per10k"),
        "speakers": queries.speaker_table(c, f),
        "profiles": queries.profiles(c, groups, themes),
        "keyness": queries.keyness(wh, groups[["meeting_id", "seq", "speech", "group"]], "terms", 10),
        "timeline": queries.title_timeline(c, queries.options(c)["speakers"][:2]),
        "kwic": queries.kwic(wh, c, f, theme=themes[0], codebook=codebook, limit=20),
    }


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, pd.DataFrame):
        try:
            pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True))
        except AssertionError:
            return False
        return True
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return bool(a == b)


def _crowd(work: Callable[[int], None]) -> list[BaseException]:
    errors: list[BaseException] = []
    start = threading.Barrier(SESSIONS)

    def session(i: int) -> None:
        start.wait()
        try:
            work(i)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=session, args=(i,)) for i in range(SESSIONS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not any(t.is_alive() for t in threads), "a session hung"
    return errors


def test_eight_sessions_changing_filters_see_what_a_lone_session_sees(demo_wh: Warehouse) -> None:
    codebook = load_folder(CODEBOOK).codebook
    alone = corpus_index.open_corpus(demo_wh)  # builds the bundles; each session below opens its own
    selections = _filters(alone)
    expected = [_answers(demo_wh, corpus_index.open_corpus(demo_wh), f, codebook) for f in selections]
    shared = corpus_index.open_corpus(demo_wh)
    mismatches: list[str] = []

    def work(i: int) -> None:
        order = list(range(len(selections))) * ROUNDS
        random.Random(i).shuffle(order)
        for k in order:
            got = _answers(demo_wh, shared, selections[k], codebook)
            mismatches.extend(
                f"session {i}, {selections[k]}: {name}" for name in got if not _same(got[name], expected[k][name])
            )

    errors = _crowd(work)
    assert not errors, errors[:3]
    assert not mismatches, mismatches[:5]
    sizes = shared.agg.memo.sizes()
    assert sizes["selections"] <= 2 and sizes["meeting_units"] <= 2 and sizes["meeting_lists"] <= 2
    assert sizes["word_counts"] <= 64 and sizes["timelines"] <= 64 and sizes["periods"] <= 4


def test_the_memo_stays_bounded_however_many_selections(demo_wh: Warehouse) -> None:
    import psutil

    c = corpus_index.open_corpus(demo_wh)
    process = psutil.Process()
    span = queries.date_span(c)
    assert span is not None
    days = (span[1] - span[0]).days

    rounds = [0]

    def work(i: int) -> None:
        rng = random.Random(1000 * rounds[0] + i)  # other selections in every crowd
        for _ in range(40):
            lo = span[0] + dt.timedelta(days=rng.randrange(days))
            f = Filters(start=lo, end=lo + dt.timedelta(days=rng.randrange(30, 900)), granularity="month")
            queries.selected_speeches(c, f)
            queries.meeting_units(c, f)
            queries.meeting_list(c, f)
            queries.term_counts(demo_wh, c, f, (f"会议{rng.randrange(200)}",))

    assert not _crowd(work)  # a first crowd: caches, pools and arenas reach their working size
    settled = process.memory_info().rss
    for rounds[0] in (1, 2):
        assert not _crowd(work)  # more crowds, other selections: memory does not grow with them
    assert process.memory_info().rss - settled < 100 * 2**20
    sizes = c.agg.memo.sizes()
    assert sizes["selections"] <= 2 and sizes["meeting_units"] <= 2 and sizes["meeting_lists"] <= 2
    assert sizes["word_counts"] <= 64
