"""Invariants of the measures on random corpora: panel sums, diversity bounds, cosine symmetry."""

from __future__ import annotations

import datetime as dt
import math
import re

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.measures import (
    PeriodsError,
    TenureError,
    attention_diversity,
    cosine_matrix,
    hhi,
    meeting_theme_matrix,
    parse_overrides,
    parse_periods,
    parse_posts,
    region_period_panel,
    shannon,
    stata_names,
    unit_counts,
)

THEMES = ("经济", "民生", "生态", "党建")
REGIONS = ("A区", "B县", None)


@st.composite
def corpora(draw: st.DrawFn) -> tuple[pd.DataFrame, pd.DataFrame]:
    n = draw(st.integers(1, 12))
    dates = st.one_of(st.none(), st.dates(dt.date(2016, 1, 1), dt.date(2025, 12, 31)))
    meetings = pd.DataFrame(
        {
            "meeting_id": [f"m{i}" for i in range(n)],
            "date": [draw(dates) for _ in range(n)],
            "region": [draw(st.sampled_from(REGIONS)) for _ in range(n)],
            "n_chars": [draw(st.integers(0, 5000)) for _ in range(n)],
            "is_report": [draw(st.booleans()) or i == 0 for i in range(n)],
        }
    )
    hit = st.tuples(st.integers(0, n - 1), st.integers(0, 3), st.sampled_from(THEMES), st.integers(1, 9))
    rows = {(f"m{m}", seq, theme): count for m, seq, theme, count in draw(st.lists(hit, max_size=30))}
    themes = pd.DataFrame(
        [(m, s, t, "kw", c) for (m, s, t), c in rows.items()],
        columns=["meeting_id", "seq", "theme", "keyword", "count"],
    )
    return meetings, themes


def _report_hits(meetings: pd.DataFrame, themes: pd.DataFrame, dated_only: bool) -> pd.Series:
    kept = meetings[meetings["is_report"]]
    if dated_only:
        kept = kept[kept["date"].notna()]
    return themes[themes["meeting_id"].isin(kept["meeting_id"])].groupby("theme")["count"].sum()


@settings(max_examples=60, deadline=None)
@given(corpora(), st.sampled_from(["year", "quarter", "month"]))
def test_panel_sums_equal_the_themes_table(corpus: tuple[pd.DataFrame, pd.DataFrame], by: str) -> None:
    meetings, themes = corpus
    panel = region_period_panel(meetings, themes, by, theme_names=THEMES)
    expected = _report_hits(meetings, themes, dated_only=True)
    for theme in THEMES:
        assert panel[f"{theme}_hits"].sum() == expected.get(theme, 0)
    dated = meetings[meetings["is_report"] & meetings["date"].notna()]
    assert panel["n_meetings"].sum() == len(dated) and panel["n_chars"].sum() == dated["n_chars"].sum()
    assert not panel.duplicated(["region", "period"]).any()


@settings(max_examples=60, deadline=None)
@given(corpora())
def test_matrix_sums_equal_the_themes_table_and_shares_sum_to_one(corpus: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    meetings, themes = corpus
    hits = meeting_theme_matrix(meetings, themes, "hits", THEMES)
    expected = _report_hits(meetings, themes, dated_only=False)
    assert [hits[t].sum() for t in THEMES] == [expected.get(t, 0) for t in THEMES]
    shares = meeting_theme_matrix(meetings, themes, "share", THEMES)[list(THEMES)].sum(axis=1)
    with_hits = hits[list(THEMES)].sum(axis=1) > 0
    assert np.allclose(shares[with_hits], 1.0) and (shares[~with_hits] == 0).all()


@given(st.lists(st.integers(0, 1000), min_size=1, max_size=30))
def test_diversity_bounds(counts: list[int]) -> None:
    k = len(counts)
    if sum(counts) == 0:
        assert math.isnan(hhi(counts)) and math.isnan(shannon(counts))
        return
    assert 1 / k - 1e-12 <= hhi(counts) <= 1 + 1e-12
    assert -1e-12 <= shannon(counts) <= math.log(k) + 1e-9
    assert (hhi(counts) == 1.0) == (sum(c > 0 for c in counts) == 1)


@settings(max_examples=40, deadline=None)
@given(corpora())
def test_grouped_diversity_stays_in_bounds(corpus: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    out = attention_diversity(*corpus, "region", theme_names=THEMES).dropna()
    assert out["hhi"].between(1 / len(THEMES) - 1e-12, 1 + 1e-12).all()
    assert out["entropy_norm"].between(-1e-12, 1 + 1e-12).all()


@settings(max_examples=60, deadline=None)
@given(corpora())
def test_cosine_matrices_are_symmetric_with_a_unit_diagonal(corpus: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    matrix = cosine_matrix(unit_counts(*corpus, "theme", "meeting"), "theme").to_numpy()
    assert (matrix == matrix.T).all() and (np.diag(matrix) == 1.0).all()
    assert ((matrix >= 0) & (matrix <= 1)).all()


@given(st.lists(st.text(min_size=1, max_size=40), max_size=20, unique=True))
def test_stata_names_are_valid_and_unique(columns: list[str]) -> None:
    names = stata_names(columns)
    assert len(set(names.values())) == len(columns)
    assert all(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,31}", n) for n in names.values())


CSV_CELLS = st.text(alphabet=st.sampled_from('十三五届A区,-/#\n"0123456789 名{}[]()*?kplace'), max_size=60)


@given(CSV_CELLS)
def test_user_files_parse_or_fail_with_the_file_named(body: str) -> None:
    for header, parse, error in (
        ("name,start,end,region\n", parse_periods, PeriodsError),
        ("region,post,name,start,end\n", parse_overrides, TenureError),
        ("post,pattern\n", parse_posts, TenureError),
    ):
        try:
            parse(header + body, "user.csv")
        except error as e:
            assert str(e).startswith("user.csv")
