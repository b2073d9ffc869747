"""Recount after a codebook edit: same tables as a fresh run, no re-segmentation."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from etl.count.codebook import load_folder
from etl.io.validate import validate
from etl.io.warehouse import Warehouse
from etl.run.cli import main
from etl.run.engines import make_engine
from etl.run.pipeline import run_etl
from etl.run.recount import NeedsFullRun, RecountPlan, plan_recount, recount
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


def test_a_recount_on_a_process_pool_equals_a_fresh_run(built: tuple[Path, Path, Path], tmp_path: Path) -> None:
    """The pool's workers write the recounted part folders themselves; the commit lists them."""
    raw, wh, book = built
    edit(book)
    before = Warehouse.open(wh)
    settings = settings_for(wh, codebook=book, workers=2)
    parts, _ = recount(settings, make_engine(settings))
    after = Warehouse.open(wh)
    assert parts == len(before.parts) and not set(after.parts) & set(before.parts)
    for part in after.parts:  # the tables the recount did not touch are the old files, linked
        old = before.parts[after.parts.index(part)]
        assert after.part_file(part, "speeches").stat().st_ino == before.part_file(old, "speeches").stat().st_ino
    fresh = tmp_path / "fresh"
    run_etl([raw], settings_for(fresh, codebook=book, chunk_chars=300))
    assert snapshot(wh) == snapshot(fresh)
    assert validate(wh) == []


def test_a_recount_that_fails_in_a_part_leaves_the_warehouse_as_it_was(built: tuple[Path, Path, Path]) -> None:
    """Folders the workers wrote before the failure are listed by no version, and go at the next commit."""
    _, wh, book = built
    base = Warehouse.open(wh)
    before = snapshot(wh)
    edit(book)
    speeches = base.part_file(base.parts[-1], "speeches")
    kept = speeches.with_name("kept")
    speeches.rename(kept)
    settings = settings_for(wh, codebook=book, workers=2)
    with pytest.raises(Exception, match=r"speeches\.parquet"):
        recount(settings, make_engine(settings))
    kept.rename(speeches)
    assert Warehouse.open(wh).manifest == base.manifest
    assert snapshot(wh) == before
    assert recount(settings)[0] == len(base.parts)
    on_disk = {f.name for f in (wh / "parts").iterdir()}
    assert on_disk == set(Warehouse.open(wh).parts) | set(base.parts)  # this version's and the previous one's


def test_a_theme_no_part_holds_rewrites_no_part(built: tuple[Path, Path, Path], tmp_path: Path) -> None:
    raw, wh, book = built
    before = Warehouse.open(wh)
    with open(book / "themes.csv", "a", encoding="utf-8") as fh:
        fh.write("量子主题,Quantum,量子纠缠|量子通信\n")
    assert recount(settings_for(wh, codebook=book))[0] == 0
    after = Warehouse.open(wh)
    assert after.parts == before.parts and after.version == before.version + 1
    assert "量子主题" in after.manifest["codebook"]["themes"]  # recorded: the next recount starts from it
    fresh = tmp_path / "fresh"
    run_etl([raw], settings_for(fresh, codebook=book, chunk_chars=300))
    assert snapshot(wh) == snapshot(fresh)
    shutil.copyfile(CODEBOOK / "themes.csv", book / "themes.csv")  # and removed again: no row to drop
    assert recount(settings_for(wh, codebook=book))[0] == 0
    assert Warehouse.open(wh).parts == before.parts


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


# A themes-only edit reads only texts that hold a new keyword or a traditional character.
TRADITIONAL = {
    "c/2024_trad.txt": (
        "2024年5月6日，青禾區委召開常委會會議。區委書記林海濤主持會議。\n"
        "會議強調，要發展新質生產力，推動營商環境持續優化。\n"
    ),
    "c/2024_plain.txt": "2024年6月1日，青禾区政府召开常务会议。区长周明远主持会议。\n会议研究了防汛工作。\n",
    "c/2024_simplified.txt": "2024年7月2日，云岭县委召开常委会会议。会议强调，要因地制宜发展新质生产力。\n",
}


def test_a_themes_only_recount_equals_a_fresh_run(tmp_path: Path) -> None:
    raw, wh, book, fresh = tmp_path / "raw", tmp_path / "wh", tmp_path / "book", tmp_path / "fresh"
    write_reports(raw, TRADITIONAL)
    shutil.copytree(CODEBOOK, book)
    run_etl([raw], settings_for(wh, codebook=book))
    with open(book / "themes.csv", "a", encoding="utf-8") as fh:
        fh.write("新动能,New drivers,新质生产力|防汛抗旱\n")
    plan = plan_recount(Warehouse.open(wh).manifest["codebook"], load_folder(book))
    assert plan.text_filter()  # CJK-only keywords, formulas unchanged: texts are filtered
    recount(settings_for(wh, codebook=book, workers=2))
    run_etl([raw], settings_for(fresh, codebook=book))
    assert snapshot(wh) == snapshot(fresh)
    counted = {r[0] for r in snapshot(wh)["themes"] if r[2] == "新动能"}
    assert len(counted) == 2  # the traditional report and the simplified one


HEADER = "theme,label_en,keywords\n"


def test_text_filter() -> None:
    plain = "会议研究了防汛工作。"
    assert RecountPlan(HEADER + "新动能,New,新质生产力|A+B\n", ("新动能",), None).text_filter() is None  # not CJK-only
    assert RecountPlan(HEADER + "新动能,New,新质生产力\n", ("新动能",), ("四个意识",)).text_filter() is None  # formulas
    assert RecountPlan("", ("旧主题",), None).text_filter() == ""  # a theme removed: no text needed
    pattern = RecountPlan(HEADER + "新动能,New,新质生产力|防汛\n", ("新动能",), None).text_filter()
    assert pattern is not None
    texts = pa.array([plain, "要发展新质生产力。", "會議研究。", "会议研究了工作。"])
    assert pc.match_substring_regex(texts, pattern=pattern).to_pylist() == [True, True, True, False]
