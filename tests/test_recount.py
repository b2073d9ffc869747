"""Recount after a codebook edit: same tables as a fresh run, no re-segmentation."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from etl.io.validate import validate
from etl.run.cli import main
from etl.run.pipeline import run_etl
from etl.run.recount import NeedsFullRun, recount
from tests.conftest import CODEBOOK, settings_for
from tests.crash_corpus import many_reports
from tests.reports import write_reports
from tests.warehouse_utils import snapshot


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path, Path]:
    raw, wh, book = tmp_path / "raw", tmp_path / "wh", tmp_path / "book"
    write_reports(raw, many_reports(12))
    shutil.copytree(CODEBOOK, book)
    run_etl([raw], settings_for(wh, codebook=book, chunk_chars=300))
    return raw, wh, book


def edit(book: Path) -> None:
    themes = (book / "themes.csv").read_text(encoding="utf-8").splitlines()
    edited = [line for line in themes if not line.startswith("安全生产,")]  # a theme removed
    edited = [
        line.replace("生态环保,", "生态环保,") + "|生态优先" if line.startswith("生态环保,") else line
        for line in edited
    ]
    edited.append("新主题,New theme,常务会议|理论学习")
    (book / "themes.csv").write_text("\n".join(edited) + "\n", encoding="utf-8")
    with open(book / "formulas.txt", "a", encoding="utf-8") as fh:
        fh.write("污染防治攻坚战\n")


def test_recount_equals_a_fresh_run_with_the_new_codebook(built: tuple[Path, Path, Path], tmp_path: Path) -> None:
    raw, wh, book = built
    edit(book)
    parts, _ = recount(settings_for(wh, codebook=book))
    assert parts >= 1
    fresh = tmp_path / "fresh"
    run_etl([raw], settings_for(fresh, codebook=book, chunk_chars=300))
    assert snapshot(wh) == snapshot(fresh)
    assert validate(wh) == []
    themes = {r[2] for r in snapshot(wh)["themes"]}
    assert "新主题" in themes and "安全生产" not in themes
    assert any(r[2] == "污染防治攻坚战" for r in snapshot(wh)["formulas"])


def test_an_unchanged_codebook_recounts_nothing(built: tuple[Path, Path, Path]) -> None:
    _, wh, book = built
    before = snapshot(wh)
    assert recount(settings_for(wh, codebook=book))[0] == 0
    assert snapshot(wh) == before


def test_a_new_stopword_list_needs_a_full_run(built: tuple[Path, Path, Path], capsys) -> None:  # type: ignore[no-untyped-def]
    _, wh, book = built
    with open(book / "stopwords.txt", "a", encoding="utf-8") as fh:
        fh.write("乡村振兴\n")
    with pytest.raises(NeedsFullRun, match=r"stopwords\.txt changed"):
        recount(settings_for(wh, codebook=book))
    assert main(["recount", "--warehouse", str(wh), "--codebook", str(book)]) == 2
    assert "policy-themes etl" in capsys.readouterr().err
