"""A run counts with exactly the codebook whose hashes its manifest records.

The main process reads the codebook folder once; its workers count with that snapshot, so a
codebook saved (from the dashboard) while a run is under way cannot mix into it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from etl.count.codebook import CodebookSnapshot, load_folder
from etl.io.warehouse import Warehouse
from etl.run.pipeline import run_etl
from tests.conftest import CODEBOOK, settings_for
from tests.reports import REPORTS, write_reports

NEW_THEME = "测试主题,Test theme,会议|工作\n"  # words every report holds


def _themes(wh: Path) -> list[tuple[object, ...]]:
    rows = Warehouse.open(wh).read("themes").to_pylist()
    return sorted((r["meeting_id"], r["seq"], r["theme"], r["keyword"], r["count"]) for r in rows)


def test_a_codebook_saved_during_a_run_does_not_mix_into_it(tmp_path: Path) -> None:
    folder = tmp_path / "raw"
    write_reports(folder)
    book = tmp_path / "codebook"
    shutil.copytree(CODEBOOK, book)
    original = load_folder(book)
    edits: list[int] = []

    def save_a_new_codebook(done: int, total: int) -> None:  # after each chunk, as a dashboard user might
        if not edits:
            with open(book / "themes.csv", "a", encoding="utf-8") as fh:
                fh.write(NEW_THEME)
        edits.append(done)

    # one input per chunk, chunks run one after the other: the later ones start after the edit
    settings = settings_for(tmp_path / "wh", codebook=book, chunk_chars=1)
    summary = run_etl([folder], settings, progress=save_a_new_codebook)
    assert summary.ok and len(edits) == len(REPORTS) > 1

    manifest = Warehouse.open(tmp_path / "wh").manifest["codebook"]
    assert manifest["hashes"] == dict(original.hashes)  # the codebook read at the start
    assert manifest["hashes"] != dict(load_folder(book).hashes)  # not the one on disk now
    assert "测试主题" not in {row[2] for row in _themes(tmp_path / "wh")}

    fresh = tmp_path / "fresh"
    run_etl([folder], settings_for(fresh, codebook=CODEBOOK, chunk_chars=1))
    assert _themes(tmp_path / "wh") == _themes(fresh)  # every chunk counted with the recorded codebook


def test_the_snapshot_is_the_folder_as_read(tmp_path: Path) -> None:
    book = tmp_path / "codebook"
    shutil.copytree(CODEBOOK, book)
    snapshot = CodebookSnapshot.read(book)
    (book / "themes.csv").write_text("theme,label_en,keywords\n", encoding="utf-8")
    assert snapshot.parse().hashes == load_folder(CODEBOOK).hashes
    assert snapshot.parse().codebook == load_folder(CODEBOOK).codebook
