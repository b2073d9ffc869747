"""AppTest for the pages that draw or edit (word clouds, codebook, data) through the app, on the
shared tiny warehouse (conftest), and the edits they make."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from dashboard.edits import codebook as edits_codebook
from dashboard.edits import judgements, uploads
from etl.count.codebook import Codebook, Theme, parse_themes
from tests.dashboard.apps import run_page


@pytest.fixture
def env(tiny_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    codebook = tmp_path / "codebook"
    shutil.copytree(tiny_root / "codebook", codebook)  # pages may save into it
    monkeypatch.setenv("POLICY_THEMES_WAREHOUSE", str(tiny_root / "wh"))
    monkeypatch.setenv("POLICY_THEMES_CODEBOOK", str(codebook))
    return codebook


def test_wordclouds_page(env: Path) -> None:
    at = run_page("wordclouds")
    assert at.get("imgs") or at.get("image")
    assert {b.proto.label for b in at.get("download_button")} >= {"⬇ PNG", "⬇ SVG"}
    at.radio(key="wc-a-mode").set_value("theme").run()
    at.selectbox(key="wc-a-theme").set_value("乡村振兴").run()
    assert not at.exception
    at.radio(key="wc-cmp-a-mode").set_value("speaker").run()
    assert not at.exception


def test_codebook_try_add_and_save(env: Path) -> None:
    at = run_page("codebook")
    at.text_input(key="cb-try-keyword").set_value("安全生产").run()
    assert not at.exception
    assert at.metric[0].value == "2"  # r1 and r3 say 安全生产 once each
    at.selectbox(key="cb-try-theme").set_value("教育").run()
    at.button(key="cb-try-add").click().run()
    session = at.session_state["codebook"]
    assert isinstance(session, Codebook)
    assert "安全生产" in {kw for t in session.themes if t.theme == "教育" for kw in t.keywords}
    at.button(key="cb-save").click().run()
    assert not at.error and at.success
    saved = parse_themes((env / "themes.csv").read_text(encoding="utf-8"))
    assert saved == session


def test_data_page_renders(env: Path) -> None:
    at = run_page("data")
    assert at.metric[0].value == "5"


def test_save_themes_never_writes_what_cannot_be_read(tmp_path: Path) -> None:
    path = tmp_path / "themes.csv"
    path.write_text("theme,label_en,keywords\n甲,A,一|二\n", encoding="utf-8")
    bad = Codebook((Theme("乙", "B", ("a|b",)),))  # a keyword holding a separator splits on re-reading
    with pytest.raises(ValueError, match="read back"):
        edits_codebook.save_themes(path, bad)
    assert path.read_text(encoding="utf-8") == "theme,label_en,keywords\n甲,A,一|二\n"


def test_judgements_and_precision(tmp_path: Path) -> None:
    path = tmp_path / "judgements.csv"
    first = pd.DataFrame(
        {
            "theme": ["甲", "甲", "乙"],
            "keyword": ["一", "二", "三"],
            "meeting_id": ["m1", "m1", "m2"],
            "start": [1, 5, 9],
            "correct": [True, False, True],
            "context": ["…", "…", "…"],
        }
    )
    judgements.save_judgements(path, judgements.record_judgements(judgements.load_judgements(path), first))
    again = first.iloc[[1]].assign(correct=True)  # judged again: the latest verdict wins
    judgements.save_judgements(path, judgements.record_judgements(judgements.load_judgements(path), again))
    judged = judgements.load_judgements(path)
    assert len(judged) == 3
    by_theme = judgements.precision(judged).set_index("theme")
    assert by_theme.loc["甲", "precision"] == 1.0 and by_theme.loc["乙", "judged"] == 1


def test_uploads_get_server_names(tmp_path: Path) -> None:
    saved, refused = uploads.save_uploads(
        [("../../evil.txt", b"x"), ("a.exe", b"MZ"), ("big.txt", b"x" * 11)], tmp_path, {".txt"}, max_bytes=10
    )
    assert [p.name for p in saved] == ["upload-001.txt"] and all(p.parent == tmp_path for p in saved)
    assert [name for name, _ in refused] == ["a.exe", "big.txt"]
    assert not (tmp_path.parent / "evil.txt").exists()


@pytest.mark.parametrize(("page", "title"), [("wordclouds", "Word clouds"), ("codebook", "Codebook"), ("data", "Data")])
def test_the_english_toggle_works_on_these_pages_too(env: Path, page: str, title: str) -> None:
    at = run_page(page, lang="en")
    assert at.title[0].value == title
    shown = " ".join(str(e.value) for e in [*at.subheader, *at.caption, *at.info] if isinstance(e.value, str))
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in shown.replace("themes.csv", "")), shown[:200]
