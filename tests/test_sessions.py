"""sessions.csv: the year of a national session from its 届次; a bad file names the row."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from etl.contract.model import CodebookError
from etl.count.codebook import load_folder
from etl.extract.dates.sessions import cn_ordinal, parse_sessions
from etl.io.warehouse import Warehouse
from etl.run.pipeline import run_etl
from tests.conftest import CODEBOOK, settings_for

S = load_folder(CODEBOOK).sessions


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("第十四届全国人民代表大会第三次会议关于政府工作报告的决议", 2025),
        ("十四届全国人大一次会议", 2023),
        ("第二届全国人民代表大会第三次会议", 1962),  # an irregular session listed on its own row
        ("第一届全国人民代表大会第二次会议", 1955),
        ("中国人民政治协商会议第十三届全国委员会第一次会议", 2018),
        ("在中国共产党第十九次全国代表大会上的报告", 2017),
        ("党的第二十次全国代表大会", 2022),
        ("全面开创新局面 (十二大)", 1982),
        ("第九十九届全国人民代表大会第一次会议", None),  # not in the file
        ("区委召开常委会会议", None),
        # a term, or its standing committee's sittings, span five years: no year
        ("全国政协十二届常委会第二十三次会议", None),
        ("第十三届全国人民代表大会常务委员会第二十一次会议", None),
        ("第十二屆全國人民代表大會常務委員會第二十四次會議", None),  # the same in traditional script
        ("第十二届全国人民代表大会第二十四次会议", None),  # no term has a 24th yearly session
        ("第十四届全国人民代表大会代表", None),
    ],
)
def test_years_of_sessions(text: str, year: int | None) -> None:
    assert S.year_in(text) == year


@pytest.mark.parametrize(
    ("text", "n"), [("十四", 14), ("二十", 20), ("十", 10), ("一百零二", 102), ("7", 7), ("甲", None)]
)
def test_cn_ordinal(text: str, n: int | None) -> None:
    assert cn_ordinal(text) == n


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("body,term\nnpc,1\n", "header"),
        ("body,term,session,year\nnpc,1,,54\n", "4-digit"),
        ("body,term,session,year\nparty,1,,1954\n", "body must be"),
        ("body,term,session,year\nnpc,1\n", "expected 4 columns"),
    ],
)
def test_a_bad_sessions_file_says_why(text: str, message: str) -> None:
    with pytest.raises(CodebookError, match=message):
        parse_sessions(text, "sessions.csv")


def test_a_codebook_folder_without_sessions_still_loads(tmp_path: Path) -> None:
    for name in ("themes.csv", "policy_dictionary.txt", "stopwords.txt", "formulas.txt"):
        (tmp_path / name).write_bytes((CODEBOOK / name).read_bytes())
    files = load_folder(tmp_path)
    assert files.sessions.year_in("中国共产党第十九次全国代表大会") is None
    assert "sessions.csv" not in files.hashes and "sessions.csv" in load_folder(CODEBOOK).hashes


def test_editing_sessions_reads_every_input_again(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("第十四届全国人民代表大会第三次会议听取和审议了政府工作报告。", encoding="utf-8")
    book = tmp_path / "codebook"
    shutil.copytree(CODEBOOK, book)
    wh = tmp_path / "wh"
    run_etl([raw], settings_for(wh, codebook=book))
    with open(book / "sessions.csv", "a", encoding="utf-8") as fh:
        fh.write("npc,14,3,2030\n")
    summary = run_etl([raw], settings_for(wh, codebook=book))
    assert summary.read == 1
    assert Warehouse.open(wh).read("meetings", ["date"])["date"].to_pylist()[0].year == 2030
