"""Docs that cannot rot: the README's contract table and CLI synopsis match the code."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from etl.run.cli import COMMANDS, _parser
from scripts.gen_docs import README, render

TEXT = README.read_text(encoding="utf-8")


def test_readme_contract_table_is_the_schema() -> None:
    assert render(TEXT) == TEXT, "run: python scripts/gen_docs.py"


def test_readme_cli_synopsis_lists_every_command_and_option() -> None:
    synopsis = re.search(r"<!-- cli:start -->(.*?)<!-- cli:end -->", TEXT, re.S)
    assert synopsis
    block = synopsis.group(1)
    sub = next(a for a in _parser()._actions if a.dest == "command")
    for name, parser in sub.choices.items():  # type: ignore[union-attr]
        assert f"policy-themes {name}" in block
        for action in parser._actions:
            longs = [o for o in action.option_strings if o.startswith("--") and o != "--help"]
            if longs:
                assert any(o in block for o in longs), f"{name} {longs} missing from the README synopsis"
    assert set(sub.choices) == set(COMMANDS)  # type: ignore[union-attr]


@pytest.mark.parametrize("args", [[], *[[c] for c in COMMANDS]])
def test_help_works_for_every_command(args: list[str]) -> None:
    out = subprocess.run([sys.executable, "-m", "etl", *args, "--help"], capture_output=True, text=True, check=True)
    assert "usage: policy-themes" in out.stdout


def test_readme_links_point_at_existing_files() -> None:
    root = README.parent
    for target in re.findall(r"\]\(((?:docs|etl)/[^)#]+)\)", TEXT):
        assert (root / target).exists(), target


def test_readme_python_example_runs(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from etl.run.pipeline import run_etl
    from tests.conftest import settings_for
    from tests.reports import write_reports

    write_reports(tmp_path / "raw")
    run_etl([tmp_path / "raw"], settings_for(tmp_path / "data" / "warehouse"))
    monkeypatch.chdir(tmp_path)
    (block,) = re.findall(r"```python\n(.*?)```", TEXT, re.S)
    scope: dict[str, object] = {}
    exec(compile(block, "README.md", "exec"), scope)  # the README's own example, not data
    assert "duckdb" in scope and "wh" in scope
