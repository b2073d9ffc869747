"""The per-version bundles next to the warehouse: atomic, rebuilt when broken, keyed by version
and codebook, and the indexes built from them give the same answers as the warehouse."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from dashboard import queries
from dashboard.indexes import corpus as corpus_index
from dashboard.indexes import texts as text_index
from dashboard.indexes import words as word_index
from dashboard.queries import Filters
from dashboard.storage import bundles
from etl.extract.text.textnorm import for_counting
from etl.io.warehouse import Warehouse


@pytest.fixture
def wh(tiny_wh: Path, tmp_path: Path) -> Warehouse:
    """A private copy of the tiny warehouse (its cache folder starts empty)."""
    root = tmp_path / "wh"
    shutil.copytree(tiny_wh, root, ignore=shutil.ignore_patterns("cache"))
    return Warehouse.open(root)


def _bundle() -> bundles.Bundle:
    return {"a": np.arange(5, dtype=np.int64), "t": pa.table({"x": ["甲", "乙"]}), "b": b"bytes"}


class Builder:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> bundles.Bundle:
        self.calls += 1
        return _bundle()


def test_bundle_round_trip_memory_mapped(wh):
    build = Builder()
    first = bundles.load(wh, "demo", build)
    again = bundles.load(wh, "demo", build)
    assert build.calls == 1
    assert isinstance(again["a"], np.memmap) and again["a"].tolist() == [0, 1, 2, 3, 4]
    assert again["t"].column("x").to_pylist() == ["甲", "乙"] and again["b"][:] == b"bytes"
    assert first["a"].tolist() == again["a"].tolist()
    folder = bundles.cache_folder(wh) / "demo"
    assert folder == wh.root / "cache" / f"v{wh.version}" / "demo"
    assert json.loads((folder / bundles.READY).read_text())["format"] == bundles.FORMAT


@pytest.mark.parametrize(
    "damage",
    [
        lambda f: (f / "a.npy").write_bytes((f / "a.npy").read_bytes()[:-8]),  # truncated
        lambda f: (f / "a.npy").write_bytes(b"\x00" * (f / "a.npy").stat().st_size),  # garbage, same size
        lambda f: (f / bundles.READY).unlink(),  # never finished
        lambda f: (f / bundles.READY).write_text("{not json"),
        lambda f: (f / bundles.READY).write_text(json.dumps({"format": -1, "files": {}})),  # older layout
        lambda f: (f / "t.arrow").unlink(),
    ],
)
def test_a_broken_bundle_is_rebuilt_not_fatal(wh, damage):
    build = Builder()
    bundles.load(wh, "demo", build)
    damage(bundles.cache_folder(wh) / "demo")
    again = bundles.load(wh, "demo", build)
    assert build.calls == 2
    assert again["a"].tolist() == [0, 1, 2, 3, 4]


def test_write_is_atomic(wh, monkeypatch):
    folder = bundles.cache_folder(wh) / "demo"

    def fail(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(pa.ipc, "new_file", fail)  # fails after the .npy file was written
    with pytest.raises(OSError):
        bundles.write(folder, _bundle())
    assert not folder.exists()
    assert not list(folder.parent.iterdir())  # no temporary folder left behind either
    served = bundles.load(wh, "demo", Builder())  # cannot write: served from memory, not an error
    assert served["a"].tolist() == [0, 1, 2, 3, 4]


def test_a_new_version_drops_the_old_bundles(wh):
    corpus_index.open_corpus(wh)
    old = bundles.cache_folder(wh)
    assert (old / "corpus").is_dir() and (old / "themes-stored").is_dir()
    manifest = json.loads((wh.root / "manifest.json").read_text())
    manifest["version"] += 1
    (wh.root / "manifest.json").write_text(json.dumps(manifest))
    newer = Warehouse.open(wh.root)
    corpus_index.open_corpus(newer)
    assert bundles.cache_folder(newer) != old and (bundles.cache_folder(newer) / "corpus").is_dir()
    assert not old.exists()


def _assert_same_corpus(a: corpus_index.Corpus, b: corpus_index.Corpus) -> None:
    for frame in ("meetings", "speeches", "people"):
        pd.testing.assert_frame_equal(getattr(a, frame), getattr(b, frame))
    key = ["meeting_id", "seq", "theme"]
    pd.testing.assert_frame_equal(
        a.hits.sort_values(key).reset_index(drop=True), b.hits.sort_values(key).reset_index(drop=True)
    )
    for name in ("speech_meeting", "speech_speaker", "speech_themes", "meeting_themes", "meeting_chars"):
        assert np.array_equal(getattr(a.agg, name), getattr(b.agg, name)), name
    assert a.agg.themes == b.agg.themes and list(a.agg.speakers) == list(b.agg.speakers)
    pd.testing.assert_series_equal(a.agg.speaker_counts, b.agg.speaker_counts)
    for f in (Filters(), Filters(speakers=("张三",)), Filters(regions=("白石县",))):
        pd.testing.assert_frame_equal(queries.speaker_table(a, f), queries.speaker_table(b, f))
        pd.testing.assert_frame_equal(queries.meeting_list(a, f), queries.meeting_list(b, f))
        pd.testing.assert_frame_equal(
            queries.theme_series(a, f, list(a.agg.themes)), queries.theme_series(b, f, list(b.agg.themes))
        )


def test_persisted_corpus_equals_the_one_built_in_memory(wh):
    built = corpus_index.load_corpus(wh)
    _assert_same_corpus(built, corpus_index.open_corpus(wh))  # builds the bundles
    _assert_same_corpus(built, corpus_index.open_corpus(wh))  # reads them


def test_an_edited_codebook_has_its_own_theme_bundle(wh, tiny_codebook):
    from etl.count.codebook import merge_keywords

    edited = merge_keywords(tiny_codebook, "教育", ["金山银山"])
    stored = corpus_index.open_corpus(wh)
    recounted = corpus_index.open_corpus(wh, edited, "k1")
    folder = bundles.cache_folder(wh)
    assert (folder / "themes-stored").is_dir() and (folder / "themes-k1").is_dir()
    assert "教育" not in stored.agg.themes
    assert recounted.hits.loc[recounted.hits["theme"] == "教育", "count"].sum() == 1
    _assert_same_corpus(corpus_index.load_corpus(wh, edited), corpus_index.open_corpus(wh, edited, "k1"))
    assert "教育" not in corpus_index.open_corpus(wh).agg.themes  # the stored counts are untouched


def test_text_index_counts_like_str_count_in_every_speech(wh):
    c = corpus_index.open_corpus(wh)
    index = text_index.open_texts(wh)
    texts = corpus_index.meeting_texts(wh, c, set(c.meetings["meeting_id"]))
    needles = ["乡村振兴", "要", "。\n", "事。\n李四", "：", "青山", "<script>", "x"]
    for word in needles:
        speech, count = index.speech_counts(word)
        got = dict(zip(speech.tolist(), count.tolist(), strict=True))
        spans = zip(c.speeches["meeting_id"], c.speeches["start"], c.speeches["n_chars"], strict=True)
        for i, (mid, start, n) in enumerate(spans):
            expected = for_counting(texts[mid])[start : start + n].count(word)
            assert got.get(i, 0) == expected, (word, i)
        containing = set(c.meetings["meeting_id"].to_numpy()[index.meetings_containing(word)])
        assert containing == {m for m, t in texts.items() if word in for_counting(t)}


def test_a_hit_running_into_the_next_speech_does_not_hide_its_first_word():
    # speeches "xa" and "aab": one scan finds "aa" at 1 (across the boundary: not counted) and
    # would go on from 3, missing the "aa" at 2 that str.count finds in the second speech.
    bundle = {
        "counting": b"xaaab\x00",
        "meeting_start": np.array([0, 6], np.int64),
        "start": np.array([0, 2], np.int64),
        "end": np.array([2, 5], np.int64),
        "speech": np.array([0, 1], np.int64),
    }
    speech, count = text_index.TextIndex(bundle).speech_counts("aa")
    assert speech.tolist() == [1] and count.tolist() == [1]


def test_word_index_keyness_with_and_without_speech_positions(wh):
    c = corpus_index.open_corpus(wh)
    groups = queries.speaker_groups(c, Filters(), ["张三"])
    with_pos = queries.keyness(wh, groups[["meeting_id", "seq", "speech", "group"]], min_count=1)
    without = queries.keyness(wh, groups[["meeting_id", "seq", "group"]], min_count=1)
    pd.testing.assert_frame_equal(with_pos, without)
    index = word_index.open_index(wh, "terms")
    everything = dict(zip(index.words, index.total.tolist(), strict=True))
    terms = wh.read("terms", ["term", "count"]).to_pandas().groupby("term")["count"].sum()
    assert everything == terms.to_dict()


def test_prepare_builds_every_index_of_the_version_once(wh: Warehouse) -> None:
    from dashboard import prepare

    assert [name for name, _ in prepare.prepare(wh)] == [name for name, _ in prepare.STEPS]
    version = wh.root / bundles.CACHE_DIR / f"v{wh.version}"
    ready = sorted(version.glob(f"*/{bundles.READY}"))
    assert len(ready) >= len(prepare.STEPS)
    stamps = [p.stat().st_mtime_ns for p in ready]
    prepare.prepare(wh)  # built already: only opened
    assert [p.stat().st_mtime_ns for p in sorted(version.glob(f"*/{bundles.READY}"))] == stamps


def test_the_dashboard_command_prepares_the_indexes_before_serving(wh: Warehouse) -> None:
    import os
    import signal
    import socket
    import subprocess
    import sys

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, "-m", "etl", "dashboard", "--warehouse", str(wh.root), "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert f"dashboard indexes for version {wh.version} ready" in first, first
        assert (wh.root / bundles.CACHE_DIR / f"v{wh.version}").is_dir()
        assert "dashboard on http://127.0.0.1" in proc.stdout.readline()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)  # the command and the streamlit server it started
        proc.communicate(timeout=30)  # waits, and closes the pipe


def test_a_codebook_recorded_relative_to_the_project_is_found_from_anywhere(
    tiny_wh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dashboard.shell import state
    from etl.contract.settings import PROJECT_ROOT
    from etl.count.codebook import load_folder

    copy = tmp_path / "wh"
    shutil.copytree(tiny_wh, copy)
    manifest = json.loads((copy / "manifest.json").read_text(encoding="utf-8"))
    shipped = load_folder(PROJECT_ROOT / "data" / "codebook")
    manifest["codebook"] = {"folder": "data/codebook", "hashes": dict(shipped.hashes)}  # as `etl` run from the project
    (copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # a server started elsewhere
    monkeypatch.setenv("POLICY_THEMES_CODEBOOK", str(tmp_path / "no-codebook-here"))
    codebook, origin = state.warehouse_codebook(Warehouse.open(copy))
    assert (origin, codebook) == ("warehouse", shipped.codebook)
