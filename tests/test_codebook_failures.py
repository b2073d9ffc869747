"""A codebook or stopword file that fails to parse: the run is refused, the last one stays in force.

``policy-themes etl`` with a broken codebook exits 2 with ``file:line: why`` and writes nothing:
the warehouse keeps its manifest version, its codebook hashes and every byte of its files.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from etl.contract.model import CodebookError
from etl.count.codebook import load_folder
from etl.io.warehouse import Warehouse
from etl.run.cli import main
from tests.conftest import CODEBOOK
from tests.reports import write_reports
from tests.warehouse_utils import snapshot


def _append(name: str, text: bytes, bad_line: int = 1) -> Callable[[Path], tuple[str, int | None]]:
    """Append ``text`` to ``name``; the error must point at its ``bad_line``-th line."""

    def breaks(folder: Path) -> tuple[str, int | None]:
        path = folder / name
        data = path.read_bytes()
        if not data.endswith(b"\n"):
            data += b"\n"
        path.write_bytes(data + text)
        return name, data.count(b"\n") + bad_line

    return breaks


def _missing(folder: Path) -> tuple[str, int | None]:
    (folder / "stopwords.txt").unlink()
    return "stopwords.txt", None


BREAKS: dict[str, Callable[[Path], tuple[str, int | None]]] = {
    "theme row with two columns": _append("themes.csv", "新主题,New theme\n".encode()),
    "theme defined twice": _append("themes.csv", "新主题,New,词一\n新主题,New,词二\n".encode(), bad_line=2),
    "theme without keywords": _append("themes.csv", "空主题,Empty,\n".encode()),
    "stopword that is not a word": _append("stopwords.txt", ("的" * 60 + "\n").encode()),
    "stopwords not UTF-8": _append("stopwords.txt", "停用词\n".encode("gb18030")),
    "dictionary word with a NUL": _append("policy_dictionary.txt", b"bad\x00word\n"),
    "stopwords missing": _missing,
}


def _files(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != ".lock"
    }


@pytest.fixture(scope="module")
def committed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("codebook-failures")
    raw, wh = tmp / "raw", tmp / "wh"
    write_reports(raw)
    assert (
        main(["etl", str(raw), "--warehouse", str(wh), "--codebook", str(CODEBOOK), "--workers", "1", "--no-progress"])
        == 0
    )
    return raw, wh


@pytest.mark.parametrize("name", sorted(BREAKS))
def test_a_broken_codebook_refuses_the_run_and_keeps_the_warehouse(
    tmp_path: Path, committed: tuple[Path, Path], name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    raw, wh = committed
    before = Warehouse.open(wh)
    version, hashes, tables, files = before.version, before.manifest["codebook"]["hashes"], snapshot(wh), _files(wh)
    broken = tmp_path / "codebook"
    shutil.copytree(CODEBOOK, broken)
    (raw / "a" / "new.txt").write_text("2024年1月5日，青禾区政府召开常务会议。会议研究了新质生产力。", encoding="utf-8")
    try:
        file, line = BREAKS[name](broken)
        with pytest.raises(CodebookError):
            load_folder(broken)
        code = main(["etl", str(raw), "--warehouse", str(wh), "--codebook", str(broken), "--no-progress"])
    finally:
        (raw / "a" / "new.txt").unlink()
    err = capsys.readouterr().err
    assert code == 2
    where = f"{broken / file}:{line}:" if line else f"{broken / file}:"
    assert where in err, err
    assert "Traceback" not in err
    after = Warehouse.open(wh)
    assert after.version == version
    assert after.manifest["codebook"]["hashes"] == hashes  # the previous codebook stays in force
    assert snapshot(wh) == tables
    assert _files(wh) == files


def test_the_run_goes_ahead_once_the_codebook_is_fixed(committed: tuple[Path, Path]) -> None:
    raw, wh = committed
    version = Warehouse.open(wh).version
    assert main(["etl", str(raw), "--warehouse", str(wh), "--codebook", str(CODEBOOK), "--no-progress"]) == 0
    assert Warehouse.open(wh).version >= version
