"""docs/research.md's Python example runs on a real (small) warehouse and writes a Stata panel."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from etl.contract.settings import PROJECT_ROOT
from etl.run.pipeline import run_etl
from tests.conftest import settings_for
from tests.reports import write_reports


def test_research_doc_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_reports(tmp_path / "raw")
    assert run_etl([tmp_path / "raw"], settings_for(tmp_path / "data" / "warehouse")).ok
    monkeypatch.chdir(tmp_path)
    text = (PROJECT_ROOT / "docs" / "research.md").read_text(encoding="utf-8")
    (block,) = re.findall(r"```python\n(.*?)```", text, re.S)
    scope: dict[str, object] = {}
    exec(compile(block, "docs/research.md", "exec"), scope)  # the doc's own example, not data
    panel = scope["panel"]
    assert isinstance(panel, pd.DataFrame) and len(panel) > 0
    assert pd.read_stata(tmp_path / "panel.dta")["n_meetings"].sum() == panel["n_meetings"].sum()
