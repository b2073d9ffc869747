"""An upload goes through the CLI's readers and ends in the same four outcomes.

Saved with the page's own names, an archive is read as a folder (its members named
``upload-NNN.zip!/inner``), and every uploaded file is read, unchanged, failed or skipped.
"""

from __future__ import annotations

from pathlib import Path

from dashboard.edits import uploads as upload_edits
from dashboard.edits.uploads import upload_outcomes
from etl.io.readers import SUPPORTED_SUFFIXES
from etl.io.warehouse import Warehouse
from etl.run.pipeline import run_etl
from tests.conftest import settings_for
from tests.fuzz import samples

ONE = "区委常委会召开会议\n2021年3月2日，区委书记王建国主持会议。会议研究了安全生产工作。\n"
TWO = "区政府常务会议\n2021年4月8日，区长李明主持召开区政府常务会议。会议研究了乡村振兴工作。\n"
THREE = "区政协主席会议\n2021年5月9日，区政协主席张华主持会议。会议研究了民生实事工作。\n"


def test_an_upload_batch_ends_read_unchanged_failed_or_skipped(tmp_path: Path) -> None:
    uploads = [
        ("报告.txt", ONE.encode()),
        (
            "合集.zip",
            samples.zip_of({"a/two.txt": TWO.encode(), "inner.tar": samples.tar_of({"t.txt": THREE.encode()})}),
        ),
        ("broken.docx", b"PK\x03\x04 not really"),
        ("photo.png", b"\x89PNG\r\n\x1a\n"),
    ]
    folder, wh = tmp_path / "uploads", tmp_path / "wh"
    folder.mkdir()
    saved, refused = upload_edits.save_uploads(uploads, folder, SUPPORTED_SUFFIXES, max_bytes=10_000_000)
    summary = run_etl(sorted(saved), settings_for(wh))
    assert upload_outcomes(summary, len(refused)) == {"read": 2, "unchanged": 0, "failed": 1, "skipped": 1}
    sources = Warehouse.open(wh).read("sources", ["source"])["source"].to_pylist()
    archive = next(p for p, name in saved.items() if name == "合集.zip")
    assert f"{archive}!/inner.tar!/t.txt" in sources and len(sources) == 3
    table = upload_edits.upload_outcome(set(), Warehouse.open(wh), {str(p): n for p, n in saved.items()}, refused)
    assert dict(zip(table["file"], table["status"], strict=True)) == {
        "报告.txt": "added",
        "合集.zip": "added",
        "broken.docx": "refused",
        "photo.png": "refused",
    }
    again = run_etl(sorted(saved), settings_for(wh))
    assert upload_outcomes(again)["unchanged"] == 3


def test_a_compound_archive_suffix_is_kept_whole() -> None:
    allowed = SUPPORTED_SUFFIXES
    assert upload_edits.safe_upload_name(3, "报告合集.tar.gz", allowed) == "upload-003.tar.gz"
    assert upload_edits.safe_upload_name(4, "a.gz", allowed) is None
