"""Attention diversity on the tiny corpus: HHI and entropy computed by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from dashboard.measures import Period, attention_diversity, hhi, shannon, tenures
from tests.measures import tiny


def test_hhi_and_entropy_of_counts() -> None:
    assert hhi([7, 4, 1]) == pytest.approx(66 / 144)
    assert shannon([7, 4, 1]) == pytest.approx(0.887694, abs=1e-6)
    assert hhi([5, 0, 0]) == 1.0 and shannon([5, 0, 0]) == 0.0
    assert hhi([2, 2]) == 0.5 and shannon([2, 2]) == pytest.approx(math.log(2))
    assert math.isnan(hhi([0, 0])) and math.isnan(shannon([]))


def test_diversity_by_year() -> None:
    out = attention_diversity(tiny.meetings(), tiny.themes(), "year", theme_names=tiny.THEMES).set_index("year")
    y20, y21 = out.loc["2020"], out.loc["2021"]
    assert (y20["total_hits"], y20["n_themes"], y20["themes_used"]) == (12, 3, 3)  # m1, m2, m4: 7, 4, 1
    assert y20["hhi"] == pytest.approx(66 / 144) and y20["effective_themes"] == pytest.approx(144 / 66)
    assert y20["entropy_norm"] == pytest.approx(0.887694 / math.log(3), abs=1e-6)
    assert (y21["total_hits"], y21["hhi"], y21["entropy"]) == (5, 1.0, 0.0)  # m3 only: m5 is not a report


def test_diversity_by_speaker_and_region() -> None:
    m, t = tiny.meetings(), tiny.themes()
    speakers = attention_diversity(m, t, "speaker", speeches=tiny.speeches(), theme_names=tiny.THEMES)
    assert speakers["speaker"].tolist() == ["李四", "张三", "周八"]  # by total hits: 10, 5, 2
    by = speakers.set_index("speaker")
    assert by.loc["李四", "hhi"] == pytest.approx(0.82) and by.loc["张三", "hhi"] == 1.0
    assert by.loc["周八", "entropy"] == pytest.approx(math.log(2))
    regions = attention_diversity(m, t, "region", theme_names=tiny.THEMES).set_index("region")
    assert regions.loc["B县", "total_hits"] == 4  # m4 and the undated m6: dates do not matter here
    organs = attention_diversity(m, t, "organ", theme_names=tiny.THEMES).set_index("organ")
    assert organs.loc["人大常委会", "hhi"] == 0.5


def test_a_group_without_hits_has_no_measure() -> None:
    m, t = tiny.meetings(), tiny.themes()
    out = attention_diversity(m, t[t["meeting_id"] != "m3"], "year", theme_names=tiny.THEMES).set_index("year")
    assert out.loc["2021", "total_hits"] == 0 and np.isnan(out.loc["2021", "hhi"])


def test_diversity_by_tenure() -> None:
    m = tiny.meetings()
    spec = Period("tenure", tenures=tenures(m, tiny.people()), post="书记")
    out = attention_diversity(m, tiny.themes(), spec, theme_names=tiny.THEMES)
    assert out["period"].tolist() == ["2020-01-10 张三", "2020-02-01 周八", "2021-03-15 李四"]
    assert out["total_hits"].tolist() == [10, 2, 5]


def test_unknown_grouping_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot group by 'colour'"):
        attention_diversity(tiny.meetings(), tiny.themes(), "colour")
    with pytest.raises(ValueError, match="needs the speeches"):
        attention_diversity(tiny.meetings(), tiny.themes(), "speaker")
