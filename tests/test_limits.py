"""Every limit in ``etl.contract.settings.Limits``: enforced where it belongs, with a message that says why.

One row per limit: the limit set small, an input just past it, the message a user sees. The
docs test at the bottom keeps docs/reliability.md's table of limits in step with ``Limits``.
"""

from __future__ import annotations

import dataclasses
import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from dashboard.edits.uploads import check_upload_batch
from etl.contract.model import InputError, RawDoc
from etl.contract.settings import PROJECT_ROOT, Limits
from etl.io.readers import extract_archive, read_input

REPORT = "2021年3月2日，青禾区政府召开常务会议。区长周明远主持会议。\n会议研究了安全生产工作。\n"


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def _read(path: Path, limits: Limits) -> list[RawDoc | InputError]:
    return list(read_input(path, limits))


def _write(tmp: Path, name: str, data: bytes) -> Path:
    path = tmp / name
    path.write_bytes(data)
    return path


def _docx(tmp: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph(REPORT)
    document.save(str(tmp / "big.docx"))
    return tmp / "big.docx"


Case = Callable[[Path], object]
CASES: dict[str, tuple[Limits, Case, str]] = {
    "max_file_bytes": (
        Limits(max_file_bytes=10),
        lambda tmp: _read(_write(tmp, "a.txt", REPORT.encode()), Limits(max_file_bytes=10)),
        r"file is \d+ bytes, over the limit of 10$",
    ),
    "max_doc_chars (file)": (
        Limits(max_doc_chars=20),
        lambda tmp: _read(_write(tmp, "a.txt", REPORT.encode()), Limits(max_doc_chars=20)),
        r"^\d+ characters, over the limit of 20$",
    ),
    "max_doc_chars (table row)": (
        Limits(max_doc_chars=20),
        lambda tmp: _raise_first_error(
            _read(_write(tmp, "a.jsonl", json.dumps({"content": REPORT}).encode()), Limits(max_doc_chars=20))
        ),
        r"^\d+ characters, over the limit of 20$",
    ),
    "max_table_rows": (
        Limits(max_table_rows=2),
        lambda tmp: _raise_first_error(
            _read(
                _write(tmp, "a.jsonl", (json.dumps({"content": REPORT}) + "\n").encode() * 3), Limits(max_table_rows=2)
            )
        ),
        r"^more than 2 rows; the rest were skipped$",
    ),
    "max_archive_files": (
        Limits(max_archive_files=2),
        lambda tmp: extract_archive(
            _zip(tmp / "u.zip", {f"{i}.txt": b"x" for i in range(3)}), tmp / "out", Limits(max_archive_files=2)
        ),
        r"^the archive was refused: 3 entries, over the limit of 2$",
    ),
    "max_archive_bytes": (
        Limits(max_archive_bytes=100),
        lambda tmp: extract_archive(
            _zip(tmp / "u.zip", {"a.txt": b"x" * 101}), tmp / "out", Limits(max_archive_bytes=100)
        ),
        r"^the archive was refused: it expands to 101 bytes, over the limit of 100$",
    ),
    "max_archive_ratio": (
        Limits(max_archive_ratio=10),
        lambda tmp: extract_archive(
            _zip(tmp / "u.zip", {"zeros.txt": b"\0" * 2_000_000}), tmp / "out", Limits(max_archive_ratio=10)
        ),
        r"^the archive was refused: 'zeros.txt' is compressed [\d,]+ to 1 \(a zip bomb\?\)$",
    ),
    "max_archive_ratio (.docx)": (
        Limits(max_archive_ratio=2),
        lambda tmp: _read(_docx(tmp), Limits(max_archive_ratio=2)),
        r"^the \.docx file expands to [\d,]+ bytes: too large$",
    ),
    "max_upload_files": (
        Limits(max_upload_files=3),
        lambda tmp: check_upload_batch([1, 1, 1, 1], Limits(max_upload_files=3)),
        r"^4 files in one upload, over the limit of 3; upload them in smaller batches or as a ZIP$",
    ),
    "max_upload_bytes": (
        Limits(max_upload_bytes=100),
        lambda tmp: check_upload_batch([60, 41], Limits(max_upload_bytes=100)),
        r"^the files add up to 101 bytes, over the limit of 100 for one upload",
    ),
}


def _raise_first_error(items: list[RawDoc | InputError]) -> None:
    errors = [i for i in items if isinstance(i, InputError)]
    if errors:
        raise errors[0]


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_limit_refuses_with_a_message_that_says_why(tmp_path: Path, name: str) -> None:
    _limits, case, message = CASES[name]
    with pytest.raises(InputError) as caught:
        case(tmp_path)
    assert re.search(message, caught.value.message), caught.value.message
    assert caught.value.stage in ("limits", "archive")


def test_every_limit_has_a_case() -> None:
    covered = {name.split(" ")[0] for name in CASES}
    assert covered == {f.name for f in dataclasses.fields(Limits)}


def test_upload_batches_at_the_limit_pass() -> None:
    limits = Limits(max_upload_files=3, max_upload_bytes=100)
    check_upload_batch([50, 50, 0], limits)
    check_upload_batch([], limits)


def test_the_data_page_checks_the_batch_before_saving_anything() -> None:
    source = (PROJECT_ROOT / "dashboard" / "views" / "data.py").read_text(encoding="utf-8")
    check = source.index("check_upload_batch(")
    assert check < source.index("_import(list(uploads)"), "the batch is checked before _import saves files"
    assert "max_file_bytes" in source  # each file against the per-file limit (evidence.save_uploads)


def test_the_reliability_doc_lists_every_limit_with_its_default() -> None:
    doc = (PROJECT_ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")
    for f in dataclasses.fields(Limits):
        row = next((line for line in doc.splitlines() if line.startswith(f"| `{f.name}`")), None)
        assert row is not None, f"docs/reliability.md has no row for {f.name}"
        assert f"{f.default:,}" in row or _human(f.default) in row, row


def _human(n: object) -> str:
    for unit, size in (("GiB", 1 << 30), ("MiB", 1 << 20)):
        if isinstance(n, int) and n >= size and n % size == 0:
            return f"{n // size} {unit}"
    return str(n)


def test_streamlit_upload_cap_is_not_above_the_file_limit() -> None:
    config = (PROJECT_ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8")
    mb = int(re.search(r"maxUploadSize\s*=\s*(\d+)", config).group(1))  # type: ignore[union-attr]
    assert mb * 1024 * 1024 <= Limits().max_file_bytes
