"""The real reports in ../shared/corpora load as they are (skipped where the folder is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.contract.model import RawDoc
from etl.contract.settings import Limits
from etl.io.readers import read_input

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"

pytestmark = [
    pytest.mark.corpora,
    pytest.mark.skipif(not CORPORA.is_dir(), reason=f"real corpora not found at {CORPORA}"),
]


def test_government_work_reports_load_as_72_docs() -> None:
    items = list(read_input(CORPORA / "government_work_reports.jsonl", Limits(), None))
    assert all(isinstance(i, RawDoc) for i in items)
    assert len(items) == 72
    for doc in items:
        assert doc.title and doc.text
        assert doc.hints["url"].startswith("http")
        assert doc.source == doc.hints["url"]
        # the scraper wrote the string "None" where it found no year: that is no year
        assert doc.hints.get("year", "2000").isdigit()
    assert sum("year" in doc.hints for doc in items) >= 50


@pytest.mark.parametrize("name", ["cpc_congress_reports.jsonl", "seed_changqing_2020-05-06.txt"])
def test_other_corpora_read_without_errors(name: str) -> None:
    path = CORPORA / name
    if not path.exists():
        pytest.skip(f"{name} not in {CORPORA}")
    items = list(read_input(path, Limits(), None))
    assert items
    assert all(isinstance(i, RawDoc) for i in items)
