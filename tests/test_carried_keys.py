"""Paragraph fingerprints computed once a run: the evidence pass keeps them, cleaning cuts with them."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.contract.model import InputTask, RawDoc
from etl.contract.settings import Limits
from etl.extract.cleaning.clean import clean
from etl.extract.text.paragraphs import keyed_paragraphs, keys_of, paragraph_keys, unit_key
from etl.io.readers import read_input
from etl.run.fingerprint import carried_keys, fingerprint_chunk, keys_for
from etl.run.pipeline import run_etl
from tests.conftest import settings_for
from tests.test_evidence import FOOTER, report
from tests.warehouse_utils import snapshot

BOILERPLATE = frozenset(k for unit in [FOOTER, *FOOTER.split("\n")] if (k := unit_key(unit)) is not None)


def test_cleaning_with_kept_fingerprints_equals_cleaning_without() -> None:
    for i in range(6):
        text = report(i)
        assert keys_of(keyed_paragraphs(text)) == paragraph_keys(text)
        assert clean(text, BOILERPLATE, keyed_paragraphs(text)) == clean(text, BOILERPLATE)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["正文第一段。", FOOTER, "\n", "\n\n", "  ", "各位代表：", "（完）"]), max_size=12))
def test_any_layout_cuts_the_same(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert clean(text, BOILERPLATE, keyed_paragraphs(text)) == clean(text, BOILERPLATE)


def test_fingerprints_of_another_text_are_not_used() -> None:
    text, other = report(1), report(1) + "\n\n补充一段文字。"
    stale = keyed_paragraphs(other)
    assert clean(text, BOILERPLATE, stale) == clean(text, BOILERPLATE)  # another paragraph count: recomputed
    assert keys_for([(len(other), stale)], 0, text) is None  # another length: not handed out
    assert keys_for([(len(text), keyed_paragraphs(text))], 1, text) is None  # no such document


def test_the_evidence_pass_keeps_every_documents_fingerprints(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    texts = [report(i) for i in range(5)]
    rows.write_text("".join(json.dumps({"content": t}, ensure_ascii=False) + "\n" for t in texts), encoding="utf-8")
    task = InputTask(str(rows), {}, None, rows.stat().st_size, ())
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    fingerprint_chunk([task], Limits(), str(scratch))
    kept = carried_keys(str(scratch), task)
    read = [d.text for d in read_input(rows, Limits()) if isinstance(d, RawDoc)]
    assert len(read) == len(kept) == 5
    assert [keys_for(kept, i, t) for i, t in enumerate(read)] == [keyed_paragraphs(t) for t in read]
    assert carried_keys(str(tmp_path / "none"), task) == [] and carried_keys(None, task) == []


def test_a_run_cuts_boilerplate_and_leaves_no_scratch(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for i in range(8):
        (raw / f"r{i}.txt").write_text(report(i), encoding="utf-8")
    (tmp_path / "wh" / ".scratch-0123456789").mkdir(parents=True)  # left by a run that crashed
    run_etl([raw], settings_for(tmp_path / "wh", workers=2, chunk_chars=400))
    assert not list((tmp_path / "wh").glob(".scratch-*"))
    removed = snapshot(tmp_path / "wh")["removed"]
    assert any(r[1] == "evidence" for r in removed)  # the footer went, cut with the kept fingerprints
