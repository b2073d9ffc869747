"""The ETL on the real reports in ../shared/corpora (skipped with a message where absent)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from etl.io.validate import validate
from etl.io.warehouse import Warehouse
from etl.run.pipeline import run_etl
from tests.conftest import settings_for
from tests.warehouse_utils import snapshot

pytestmark = pytest.mark.corpora


@pytest.fixture(scope="module")
def gov(corpora: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    wh = tmp_path_factory.mktemp("gov") / "wh"
    inputs = [corpora / "government_work_reports.jsonl", corpora / "seed_changqing_2020-05-06.txt"]
    summary = run_etl(inputs, settings_for(wh, workers=2))
    assert summary.ok, summary.errors
    return wh


def q(wh: Path, sql: str) -> list[tuple]:
    w = Warehouse.open(wh)
    con = duckdb.connect()
    for table in ("meetings", "themes", "terms", "people"):
        con.register(table, con.read_parquet([str(f) for f in w.files(table)]))
    return con.execute(sql).fetchall()


def test_real_reports_make_a_valid_warehouse(gov: Path) -> None:
    assert validate(gov) == []
    assert q(gov, "select count(*) from meetings") == [(73,)]


def test_reports_are_dated_and_resolutions_are_marked(gov: Path) -> None:
    rows = q(gov, "select meeting_type, count(*), count(date) from meetings group by 1")
    by_type = {t: (n, dated) for t, n, dated in rows}
    assert by_type["政府工作报告"][0] == by_type["政府工作报告"][1] >= 50  # every report has its year
    assert by_type["决议"][0] >= 15
    precisions = dict(
        q(gov, "select date_precision, count(*) from meetings where meeting_type = '政府工作报告' group by 1")
    )
    assert set(precisions) <= {"year", "day"}


def test_the_1954_report_counts_in_simplified_characters(gov: Path) -> None:
    terms = {t for (t,) in q(gov, "select term from terms join meetings using (meeting_id) where year(date) = 1954")}
    assert "国家" in terms and "國家" not in terms
    assert "經濟" not in terms


def test_theme_trends_are_plausible(gov: Path) -> None:
    per10k = dict(
        (((decade, theme), rate))
        for decade, theme, rate in q(
            gov,
            """
            with m as (select meeting_id, year(date) // 10 * 10 as decade, n_chars from meetings
                       where meeting_type = '政府工作报告'),
                 c as (select decade, sum(n_chars) as chars from m group by 1)
            select m.decade, t.theme, sum(t.count) * 1e4 / any_value(c.chars)
            from themes t join m using (meeting_id) join c using (decade) group by 1, 2
            """,
        )
    )
    assert per10k.get((2020, "疫情防控"), 0) > 5 * per10k.get((1980, "疫情防控"), 0.01)
    assert per10k.get((2010, "生态环保"), 0) > 2 * per10k.get((1950, "生态环保"), 0.01)
    assert per10k.get((2010, "脱贫攻坚"), 0) > per10k.get((1990, "脱贫攻坚"), 0)
    assert per10k.get((2020, "科技创新"), 0) > per10k.get((1970, "科技创新"), 0)


def test_the_seed_report_is_read(gov: Path) -> None:
    (row,) = q(gov, "select date, date_precision, organ from meetings where source like '%seed_changqing%'")
    assert str(row[0]) == "2020-05-06" and row[1] == "day" and row[2] == "区委"
    presiders = q(gov, "select name, p.title from people p join meetings using (meeting_id) "
                       "where source like '%seed%' and role = 'presider'")  # fmt: skip
    assert presiders == [("王勤光", "区委书记")]


def test_a_second_identical_run_changes_nothing(gov: Path, corpora: Path) -> None:
    before = snapshot(gov)
    inputs = [corpora / "government_work_reports.jsonl", corpora / "seed_changqing_2020-05-06.txt"]
    summary = run_etl(inputs, settings_for(gov))
    assert (summary.read, summary.unchanged) == (0, 2)
    assert snapshot(gov) == before
