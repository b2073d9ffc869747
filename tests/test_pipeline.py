"""The ETL end to end on small corpora: contract, incremental runs, reposts, bad inputs."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.contract.model import InputTask
from etl.io.validate import validate
from etl.io.warehouse import Warehouse
from etl.run.pipeline import run_etl
from etl.run.planning import chunked, discover
from tests.conftest import CODEBOOK, settings_for
from tests.reports import REPORTS, write_reports
from tests.warehouse_utils import snapshot


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    write_reports(folder)
    return folder


def edited_codebook(tmp_path: Path, name: str, added_line: str) -> Path:
    """A copy of the shipped codebook with one line added to one of its files."""
    book = tmp_path / "codebook"
    shutil.copytree(CODEBOOK, book)
    with open(book / name, "a", encoding="utf-8") as fh:
        fh.write(added_line)
    return book


def run(folder: Path, wh: Path, **kw: object):
    return run_etl([folder], settings_for(wh, **kw))


def test_fresh_run_writes_a_valid_warehouse(corpus: Path, tmp_path: Path) -> None:
    wh = tmp_path / "wh"
    summary = run(corpus, wh)
    assert summary.ok and summary.read == len(REPORTS)
    assert validate(wh) == []
    meetings = Warehouse.open(wh).read("meetings").to_pylist()
    assert len(meetings) == len(REPORTS)
    themes = Warehouse.open(wh).read("themes").to_pylist()
    assert {"生态环保", "乡村振兴", "疫情防控", "安全生产"} <= {r["theme"] for r in themes}


def test_rerun_skips_everything_and_keeps_identical_tables(corpus: Path, tmp_path: Path) -> None:
    wh = tmp_path / "wh"
    run(corpus, wh)
    before = snapshot(wh)
    again = run(corpus, wh)
    assert (again.read, again.unchanged, again.meetings_added) == (0, len(REPORTS), 0)
    assert snapshot(wh) == before


def test_touched_but_unchanged_file_is_not_read_again(corpus: Path, tmp_path: Path) -> None:
    wh = tmp_path / "wh"
    run(corpus, wh)
    path = next(corpus.rglob("*.txt"))
    os.utime(path, ns=(1, 1))
    assert run(corpus, wh).read == 0


def test_changed_file_replaces_its_meeting(corpus: Path, tmp_path: Path) -> None:
    wh = tmp_path / "wh"
    run(corpus, wh)
    target = corpus / "a/2022-07-15_changwu.txt"
    target.write_text(target.read_text(encoding="utf-8").replace("安全生产", "科技创新"), encoding="utf-8")
    summary = run(corpus, wh)
    assert summary.read == 1
    assert validate(wh) == []
    fresh = tmp_path / "fresh"
    run(corpus, fresh)
    assert snapshot(wh) == snapshot(fresh)


def test_incremental_additions_equal_a_fresh_run(corpus: Path, tmp_path: Path) -> None:
    wh = tmp_path / "wh"
    extra = dict(list(REPORTS.items())[2:])
    first = {k: v for k, v in REPORTS.items() if k not in extra}
    staged = tmp_path / "staged"
    write_reports(staged, first)
    run(staged, wh)
    write_reports(staged, extra)
    summary = run(staged, wh)
    assert summary.read == len(extra) and summary.unchanged == len(first)
    fresh = tmp_path / "fresh"
    run(staged, fresh)
    assert snapshot(wh) == snapshot(fresh)


def test_reposts_are_one_meeting_with_every_source(corpus: Path, tmp_path: Path) -> None:
    text = REPORTS["a/2021-03-02_changwei.txt"]
    (corpus / "c").mkdir()
    (corpus / "c/repost.txt").write_text("当前位置：首页 > 工作动态\n" + text.replace("\n", "\n\n"), encoding="utf-8")
    wh = tmp_path / "wh"
    run(corpus, wh)
    w = Warehouse.open(wh)
    assert w.read("meetings").num_rows == len(REPORTS)
    sources = w.read("sources").to_pylist()
    assert len(sources) == len(REPORTS) + 1
    assert validate(wh) == []


def test_repost_that_sorts_first_takes_over_like_a_fresh_run(corpus: Path, tmp_path: Path) -> None:
    wh = tmp_path / "wh"
    run(corpus, wh)
    (corpus / "0_first").mkdir()
    shutil.copy(corpus / "a/2021-03-02_changwei.txt", corpus / "0_first/copy.txt")
    run(corpus, wh)
    fresh = tmp_path / "fresh"
    run(corpus, fresh)
    assert snapshot(wh) == snapshot(fresh)
    # and when the first source disappears the other one takes over again
    (corpus / "0_first/copy.txt").write_text("2020年1月1日，另一份报告。会议强调，要抓好安全生产。", encoding="utf-8")
    run(corpus, wh)
    fresh2 = tmp_path / "fresh2"
    run(corpus, fresh2)
    assert snapshot(wh) == snapshot(fresh2)
    assert validate(wh) == []


def test_bad_inputs_are_listed_and_never_stop_the_run(corpus: Path, tmp_path: Path) -> None:
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02binary" * 100)
    (corpus / "empty.txt").write_text("   \n", encoding="utf-8")
    (corpus / "rows.jsonl").write_text(
        '{"content": "2020年5月6日，区委召开常委会会议。"}\n{not json}\n', encoding="utf-8"
    )
    wh = tmp_path / "wh"
    summary = run(corpus, wh)
    # the JSONL gave a report besides its bad row: it was read, and its bad row is an error
    assert not summary.ok and summary.failed == 2 and len(summary.errors) == 3
    errors = Warehouse.open(wh).read("errors").to_pylist()
    by_source = {e["source"]: e["message"] for e in errors}
    assert str(corpus / "broken.txt") in by_source
    assert any("row=1" in s for s in by_source)
    assert all(m.strip() for m in by_source.values())
    assert Warehouse.open(wh).read("meetings").num_rows == len(REPORTS) + 1
    assert validate(wh) == []


def test_fixed_input_clears_its_error(corpus: Path, tmp_path: Path) -> None:
    bad = corpus / "broken.txt"
    bad.write_bytes(b"\x00\x01" * 50)
    wh = tmp_path / "wh"
    run(corpus, wh)
    bad.write_text("2020年5月6日，区委召开常委会会议。会议强调，要抓好安全生产。", encoding="utf-8")
    assert run(corpus, wh).ok
    assert Warehouse.open(wh).read("errors").num_rows == 0


def test_a_new_theme_is_recounted_without_reading_inputs_again(corpus: Path, tmp_path: Path) -> None:
    wh = tmp_path / "wh"
    run(corpus, wh)
    book = edited_codebook(tmp_path, "themes.csv", "测试主题,Test theme,污染防治|营商环境\n")
    summary = run(corpus, wh, codebook=book)
    assert summary.read == 0
    themes = {r["theme"] for r in Warehouse.open(wh).read("themes").to_pylist()}
    assert "测试主题" in themes
    fresh = tmp_path / "fresh"
    run(corpus, fresh, codebook=book)
    assert snapshot(wh) == snapshot(fresh)
    assert validate(wh) == []


def test_discover_recurses_and_skips_hidden_and_unsupported(tmp_path: Path) -> None:
    (tmp_path / "x/.git").mkdir(parents=True)
    (tmp_path / "x/.git/a.txt").write_text("x")
    (tmp_path / "x/b.txt").write_text("x")
    (tmp_path / "x/c.exe").write_text("x")
    assert discover([tmp_path]) == [tmp_path / "x/b.txt"]
    (tmp_path / "x/sidecar.csv").write_text("file,date\n")
    (tmp_path / "x/wh").mkdir()
    (tmp_path / "x/wh/out.jsonl").write_text("{}")
    assert discover([tmp_path], exclude=[tmp_path / "x/sidecar.csv", tmp_path / "x/wh"]) == [tmp_path / "x/b.txt"]


def test_every_theme_count_is_reproduced_from_the_text_and_codebook(corpus: Path, tmp_path: Path) -> None:
    from collections import Counter

    from etl.count.codebook import load_folder
    from etl.count.matching import ThemeCounter
    from etl.extract.text.textnorm import for_counting

    wh = tmp_path / "wh"
    run(corpus, wh)
    w = Warehouse.open(wh)
    counter = ThemeCounter(load_folder(settings_for(wh).codebook).codebook)
    texts = {r["meeting_id"]: r["text"] for r in w.read("meetings").to_pylist()}
    expected: Counter[tuple[str, int, str, str]] = Counter()
    for sp in w.read("speeches").to_pylist():
        span = for_counting(texts[sp["meeting_id"]])[sp["start"] : sp["start"] + sp["n_chars"]]
        for (theme, kw), n in counter.count(span).items():
            expected[(sp["meeting_id"], sp["seq"], theme, kw)] += n
    got = Counter(
        {(r["meeting_id"], r["seq"], r["theme"], r["keyword"]): r["count"] for r in w.read("themes").to_pylist()}
    )
    assert got == expected and got


def test_large_table_files_split_into_row_ranges_give_the_same_tables(tmp_path: Path) -> None:
    import json

    rows = [
        {"content": f"2020年{m}月{d}日，青禾区委召开常委会会议。会议强调，要抓好安全生产和乡村振兴，第{m * 31 + d}次。"}
        for m in range(1, 4)
        for d in range(1, 11)
    ]
    rows.insert(7, rows[2])  # a repost inside the same file
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "dump.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    whole, sliced = tmp_path / "whole", tmp_path / "sliced"
    run_etl([folder], settings_for(whole))
    run_etl([folder], settings_for(sliced, chunk_chars=300, workers=2))
    assert snapshot(whole) == snapshot(sliced)
    assert Warehouse.open(sliced).read("meetings").num_rows == 30
    assert Warehouse.open(sliced).read("inputs").to_pylist()[0]["n_meetings"] == 31
    # the workers wrote the parts; the one holding the repost was rewritten without it, once
    parts = Warehouse.open(sliced).parts
    assert len(parts) > 2 and sorted(p.name for p in (sliced / "parts").iterdir()) == sorted(parts)


def test_a_new_dictionary_segments_everything_again(corpus: Path, tmp_path: Path) -> None:
    wh = tmp_path / "wh"
    run(corpus, wh)
    book = edited_codebook(tmp_path, "stopwords.txt", "乡村振兴\n")
    summary = run(corpus, wh, codebook=book)
    assert summary.read == len(REPORTS)
    assert "乡村振兴" not in {r["term"] for r in Warehouse.open(wh).read("terms").to_pylist()}


def test_the_same_folder_given_relative_or_absolute_is_one_input(corpus: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    wh = tmp_path / "wh"
    run(corpus, wh)
    monkeypatch.chdir(corpus.parent)
    again = run_etl([Path(corpus.name)], settings_for(wh))
    assert again.read == 0 and again.unchanged == len(REPORTS)


def test_an_input_read_again_without_its_sidecar_keeps_the_sidecar_metadata(tmp_path: Path) -> None:
    from etl.io.readers.sidecar import load_sidecar

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("5月6日，区委召开常委会会议。会议强调，要抓好安全生产。", encoding="utf-8")
    sidecar = tmp_path / "sidecar.csv"
    sidecar.write_text("file,date,organ\na.txt,2021-05-06,区委\n", encoding="utf-8")
    wh = tmp_path / "wh"
    run_etl([raw], settings_for(wh), hints_for=load_sidecar(sidecar).hints_for)
    before = Warehouse.open(wh).read("meetings").to_pylist()[0]
    assert str(before["date"]) == "2021-05-06"
    book = edited_codebook(tmp_path, "stopwords.txt", "安全生产\n")
    again = run_etl([raw], settings_for(wh, codebook=book))  # a new stopword list reads every input again
    assert again.read == 1
    after = Warehouse.open(wh).read("meetings").to_pylist()[0]
    assert (str(after["date"]), after["date_source"]) == (str(before["date"]), before["date_source"])


def test_a_deleted_input_stays_unless_pruned_and_pruning_equals_a_fresh_run(corpus: Path, tmp_path: Path) -> None:
    (corpus / "c").mkdir()
    shutil.copy(corpus / "a/2021-03-02_changwei.txt", corpus / "c/repost.txt")  # second source of a meeting
    (corpus / "c/broken.pdf").write_bytes(b"not a pdf")  # an input with an error row
    wh = tmp_path / "wh"
    run(corpus, wh)
    (corpus / "a/2021-03-02_changwei.txt").unlink()  # the meeting's first source
    (corpus / "a/2022-07-15_changwu.txt").unlink()  # a meeting with one source
    (corpus / "c/broken.pdf").unlink()
    kept = run(corpus, wh)
    assert kept.pruned == 0 and Warehouse.open(wh).read("meetings").num_rows == len(REPORTS)
    pruned = run(corpus, wh, prune=True)
    assert pruned.pruned == 3 and "3 gone and forgotten" in pruned.lines()[0]
    fresh = tmp_path / "fresh"
    run(corpus, fresh)
    assert snapshot(wh) == snapshot(fresh)
    assert Warehouse.open(wh).read("meetings").num_rows == len(REPORTS) - 1  # the repost took over
    assert validate(wh) == []


def test_pruning_forgets_only_inputs_under_the_given_folders(corpus: Path, tmp_path: Path) -> None:
    wh = tmp_path / "wh"
    run_etl([corpus / "a"], settings_for(wh))
    run_etl([corpus / "b"], settings_for(wh, prune=True))  # a/ was not given: its inputs stay
    assert Warehouse.open(wh).read("meetings").num_rows == len(REPORTS)


@given(st.lists(st.integers(0, 5_000), max_size=60), st.integers(1, 4))
def test_chunks_keep_every_task_in_order_within_the_size_cap(sizes: list[int], workers: int) -> None:
    tasks = [InputTask(str(i), {}, None, size) for i, size in enumerate(sizes)]
    chunks = list(chunked(tasks, 6_000, workers))
    assert [t for c in chunks for t in c] == tasks
    for chunk in chunks:
        assert len(chunk) == 1 or sum(t.est_bytes for t in chunk) <= 6_000


def test_chunks_shrink_towards_the_end_so_workers_finish_together() -> None:
    tasks = [InputTask(str(i), {}, None, 1_000) for i in range(100)]
    sizes = [len(c) for c in chunked(tasks, 6_000, workers=2)]
    assert sizes[0] == 6 and sizes[-1] == 1 and sizes == sorted(sizes, reverse=True)
    assert {len(c) for c in chunked(tasks, 6_000, workers=1)} <= {6, 4}  # one worker: full chunks
