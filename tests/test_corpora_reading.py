"""Reading the whole of ../shared/corpora: no licence text counted, national reports dated,
pages that are not reports flagged, real reports never flagged (marker corpora)."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from etl.io.validate import validate
from etl.io.warehouse import Warehouse
from etl.run.pipeline import run_etl
from tests.conftest import settings_for

pytestmark = pytest.mark.corpora

NATIONAL = ("government_work_reports.jsonl", "cpc_congress_reports.jsonl")
LICENCE_TERMS = ("著作权法", "Public", "domain", "false", "公有领域", "维基文库", "模板")


@pytest.fixture(scope="module")
def everything(corpora: Path, tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    wh = tmp_path_factory.mktemp("all") / "wh"
    inputs = [*(corpora / n for n in NATIONAL), corpora / "real_reports", corpora / "seed_changqing_2020-05-06.txt"]
    run_etl(inputs, settings_for(wh, workers=2))  # the folder's annotations and README are inputs too
    assert validate(wh) == []
    w = Warehouse.open(wh)
    con = duckdb.connect()
    for table in ("meetings", "terms", "removed", "sources"):
        con.register(table, con.read_parquet([str(f) for f in w.files(table)]))
    return con


def national(con: duckdb.DuckDBPyConnection, where: str = "true") -> list[tuple]:
    return con.execute(
        "select m.title, m.date, m.date_source, m.is_report from meetings m join sources s using (meeting_id) "
        f"where (s.input like '%government_work_reports.jsonl' or s.input like '%cpc_congress_reports.jsonl') and {where}"
    ).fetchall()


def test_no_licence_text_is_counted(everything: duckdb.DuckDBPyConnection) -> None:
    terms = ", ".join(f"'{t}'" for t in LICENCE_TERMS)
    counted = everything.execute(
        "select t.term, sum(t.count) from terms t join sources s using (meeting_id) "
        f"where s.input like '%.jsonl' and s.input not like '%annotations.jsonl' and t.term in ({terms}) group by 1"
    ).fetchall()
    assert counted == []
    texts = [t for (t,) in everything.execute("select text from meetings").fetchall()]
    assert not any("公有领域" in t or "公有領域" in t or "Public domain" in t for t in texts)
    rules = dict(everything.execute("select rule, count(*) from removed group by 1").fetchall())
    assert rules.get("evidence", 0) > 50 and rules.get("rights", 0) >= 16


def test_every_national_report_is_dated(everything: duckdb.DuckDBPyConnection) -> None:
    rows = national(everything)
    assert len(rows) == 88
    assert [r for r in rows if r[1] is None] == []


def test_national_sessions_give_their_years(everything: duckdb.DuckDBPyConnection) -> None:
    years = {title: date.year for title, date, _, _ in national(everything)}
    (latest,) = [y for t, y in years.items() if "十四届" in t and "第三次会议" in t and t.endswith("决议")]
    assert latest == 2025
    twelfth = next(y for t, y in years.items() if "(十二大)" in t)
    assert twelfth == 1982  # not 1976, the year the report's opening recalls
    assert next(y for t, y in years.items() if "(十九大)" in t) == 2017
    resolutions = [r for r in national(everything, "m.title like '%决议'")]
    assert resolutions and all(r[2] in ("text", "session") for r in resolutions)


def test_pages_that_are_not_reports_are_flagged_and_reports_never(
    everything: duckdb.DuckDBPyConnection, corpora: Path
) -> None:
    gold = [
        json.loads(line) for line in (corpora / "real_reports" / "annotations.jsonl").read_text("utf-8").splitlines()
    ]
    flags = dict(
        everything.execute(
            "select regexp_extract(s.source, '[^/]+$'), m.is_report from meetings m join sources s using (meeting_id) "
            "where s.input like '%real_reports/%.txt'"
        ).fetchall()
    )
    for g in gold:
        assert flags[g["file"]] is g.get("is_report", True), g["file"]
    # a national page that only lists the versions of a work is not a report; the rest are
    flagged = national(everything, "not m.is_report")
    assert len(flagged) == 1 and len(national(everything, "m.is_report")) == 87
