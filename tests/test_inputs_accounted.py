"""Every file a user points the ETL at ends read, unchanged, failed (with why) or skipped.

The folder a new user would bring: one report in each supported form, an archive holding two
reports and a nested archive, an old .doc, a file with a bad byte, a UTF-16 file without a BOM,
and things that are not reports. Every report becomes a meeting; everything else is named,
with its reason, in the summary and in the warehouse.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from etl.io.validate import validate
from etl.io.warehouse import Warehouse
from etl.run.cli import main
from etl.run.pipeline import run_etl
from tests.conftest import settings_for
from tests.fuzz import samples

# catdoc reads the minimal Word file tests/fuzz/ole.py writes every time; antiword only sometimes
# (it wants tables real Word files carry), and the reader falls back to catdoc when it gives nothing.
HAS_CONVERTER = bool(shutil.which("catdoc"))
# Distinct reports in the shapes of real ones (own text): organ, date, presider, a policy phrase.
TOPICS = ("安全生产", "生态环境保护", "乡村振兴", "营商环境", "招商引资", "民生实事", "防汛救灾", "基层治理")


def report(n: int) -> str:
    topic = TOPICS[n % len(TOPICS)]
    return (
        f"区委常委会召开第{n + 1}次会议\n"
        f"2021年{1 + n % 12}月{1 + n % 27}日，区委书记王建国主持召开区委常委会会议。\n"
        f"会议研究了{topic}工作（编号{n}）。会议强调，要抓好{topic}，确保各项任务落到实处。\n"
    )


def new_user_folder(root: Path) -> tuple[Path, int]:
    """The folder, and how many reports it holds."""
    root.mkdir()
    n = 0

    def next_report() -> str:
        nonlocal n
        n += 1
        return report(n)

    for name, (suffix, build) in samples.SINGLE.items():
        if name != "doc":
            (root / f"single-{name}{suffix}").write_bytes(build(next_report()))
    for name, (suffix, build) in samples.TABLES.items():
        (root / f"table-{name}{suffix}").write_bytes(build([next_report()]))
    nested = samples.tar_of({"n.txt": next_report().encode()}, "w:gz")
    bundle = {"a/one.txt": next_report().encode(), "b/two.html": samples.html(next_report()), "nested.tgz": nested}
    (root / "bundle.zip").write_bytes(samples.zip_of({**bundle, "readme.exe": b"MZ"}))
    (root / "old.doc").write_bytes(samples.doc(next_report()))
    damaged = next_report().encode()
    at = damaged.index("会议研究".encode())
    (root / "bad-byte.txt").write_bytes(damaged[:at] + b"\xff" + damaged[at + 1 :])
    (root / "wide.txt").write_bytes(next_report().encode("utf-16-le"))
    # not reports: a type that is not one, hidden files, a broken file of a supported type
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "notes.exe").write_bytes(b"MZ")
    (root / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    (root / ".cache").mkdir()
    (root / ".cache" / "page.html").write_bytes(samples.html(report(99)))
    (root / "broken.pdf").write_bytes(b"%PDF-1.4 cut here")
    return root, n


@pytest.mark.skipif(not HAS_CONVERTER and not os.environ.get("CI"), reason="catdoc is not installed")
def test_a_new_users_folder_gives_every_report_and_a_reason_for_everything_else(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, n_reports = new_user_folder(tmp_path / "in")
    wh = tmp_path / "wh"
    code = main(["etl", str(folder), "--out", str(wh), "--workers", "1", "--no-progress"])
    out = capsys.readouterr().out
    assert code == 1  # the broken PDF is an error
    w = Warehouse.open(wh)
    assert w.read("meetings").num_rows == n_reports
    sources = w.read("sources", ["source"])["source"].to_pylist()
    assert f"{folder}/bundle.zip!/a/one.txt" in sources
    assert f"{folder}/bundle.zip!/nested.tgz!/n.txt" in sources
    files = len(samples.SINGLE) - 1 + len(samples.TABLES) + 4  # singles but .doc; + bundle, doc, bad byte, wide
    assert f"inputs: {files + 5} (read {files}, unchanged 0, failed 1, skipped 4)" in out
    assert f"skipped: .exe 1 (e.g. {folder}/notes.exe), .png 1 (e.g. {folder}/photo.png), hidden 2 (e.g." in out
    errors = w.read("errors").to_pylist()
    assert [(e["source"], e["stage"]) for e in errors] == [(str(folder / "broken.pdf"), "read")]
    assert f"error: {folder}/broken.pdf: the PDF is damaged" in out
    warned = {(r["source"], r["stage"]): r["message"] for r in w.read("warnings").to_pylist()}
    assert "could not be decoded as UTF-8" in warned[(str(folder / "bad-byte.txt"), "read")]
    assert ".exe 1 (e.g. readme.exe)" in warned[(str(folder / "bundle.zip"), "archive")]
    assert f"warning: {folder}/bad-byte.txt: 3 bytes could not be decoded as UTF-8" in out
    last_run = w.manifest["last_run"]
    assert last_run["skipped_types"][".png"] == {"count": 1, "example": str(folder / "photo.png")}
    assert last_run["skipped"] == 4 and last_run["warnings"] == 2
    assert validate(wh) == []


def test_an_unchanged_archive_is_not_read_again_and_a_changed_one_is(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    archive = folder / "reports.tar.gz"
    archive.write_bytes(samples.tar_of({"a.txt": report(1).encode(), "b.txt": report(2).encode()}, "w:gz"))
    wh = tmp_path / "wh"
    first = run_etl([folder], settings_for(wh))
    assert (first.read, first.meetings_total) == (1, 2)
    again = run_etl([folder], settings_for(wh))
    assert (again.read, again.unchanged, again.meetings_added, again.meetings_total) == (0, 1, 0, 2)
    assert again.ok
    archive.write_bytes(samples.tar_of({"a.txt": report(1).encode()}, "w:gz"))
    changed = run_etl([folder], settings_for(wh))
    assert (changed.read, changed.meetings_total) == (1, 1)
    assert Warehouse.open(wh).read("sources", ["source"])["source"].to_pylist() == [f"{archive}!/a.txt"]


def test_a_run_that_reads_no_report_exits_non_zero_and_says_what_it_saw(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "scan.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / "dump.sql").write_text("select 1;", encoding="utf-8")
    code = main(["etl", str(folder), "--out", str(tmp_path / "wh"), "--no-progress"])
    captured = capsys.readouterr()
    assert code == 1
    assert "inputs: 2 (read 0, unchanged 0, failed 0, skipped 2)" in captured.out
    assert "error: no report was read: 2 files seen, 0 failed, 2 skipped" in captured.out
    assert "no report was read from" in captured.err


def test_warnings_go_with_their_input_when_it_is_fixed(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "r.txt"
    data = report(3).encode()
    path.write_bytes(data[:20] + b"\xfe" + data[21:])
    wh = tmp_path / "wh"
    assert run_etl([folder], settings_for(wh)).warnings
    assert Warehouse.open(wh).read("warnings").num_rows == 1
    path.write_bytes(data)
    fixed = run_etl([folder], settings_for(wh))
    assert fixed.ok and not fixed.warnings
    assert Warehouse.open(wh).read("warnings").num_rows == 0


# --- table columns -------------------------------------------------------------------------------


def test_columns_mapping_type_author_and_other_columns_reach_the_warehouse(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    rows = [
        {"正文": report(4).replace("2021年5月5日，", ""), "pub_time": "2021-05-06", "dept": "区政府", "doc_type": "常务会议", "author": "李明",
         "栏目": "政务要闻", "阅读量": 1024},
    ]  # fmt: skip
    (folder / "dump.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    wh = tmp_path / "wh"
    settings = settings_for(wh, columns=(("date", "pub_time"), ("organ", "dept")))
    assert run_etl([folder], settings).ok
    (meeting,) = Warehouse.open(wh).read("meetings").to_pylist()
    assert str(meeting["date"]) == "2021-05-06" and meeting["date_source"] == "column"
    assert meeting["organ"] == "区政府" and meeting["meeting_type"] is not None
    assert json.loads(meeting["other_columns"]) == {"栏目": "政务要闻", "阅读量": "1024"}
    assert validate(wh) == []


@pytest.mark.parametrize("form", ["csv", "xlsx", "parquet"])
def test_columns_mapping_works_for_every_table_form(tmp_path: Path, form: str) -> None:
    from etl.contract.settings import Limits
    from etl.io.readers import read_input

    suffix, build = samples.TABLES[form]
    path = tmp_path / f"t{suffix}"
    path.write_bytes(build([report(5)]))
    found = list(read_input(path, Limits(), None, None, (("region", "organ"), ("speaker", "title"))))
    (doc,) = [d for d in found if hasattr(d, "text")]
    assert doc.hints["region"] == "区政府" and doc.hints["speaker"] == doc.title


def test_columns_naming_a_missing_column_is_a_warning(tmp_path: Path) -> None:
    from etl.contract.model import InputWarning
    from etl.contract.settings import Limits
    from etl.io.readers import read_input

    path = tmp_path / "t.csv"
    path.write_bytes(samples.csv_table([report(6)]))
    found = list(read_input(path, Limits(), None, None, (("date", "pub_time"),)))
    assert [w.message for w in found if isinstance(w, InputWarning)] == [
        "--columns names columns this table lacks: date=pub_time"
    ]


@pytest.mark.parametrize(
    ("value", "words"),
    [("weather=col", "unknown field 'weather'"), ("date", "FIELD=COLUMN"), ("date=", "FIELD=COLUMN")],
)
def test_a_bad_columns_option_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, words: str
) -> None:
    code = main(["etl", str(tmp_path), "--out", str(tmp_path / "wh"), "--columns", value])
    assert code == 2 and words in capsys.readouterr().err
