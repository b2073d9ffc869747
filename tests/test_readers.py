"""Each input format and encoding, written to tmp_path by the test itself."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from etl.model import InputError, RawDoc
from etl.readers import SUPPORTED_SUFFIXES, read_input
from etl.settings import Limits

SIMPLIFIED = "各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n过去一年，我国发展历程很不平凡。"
TRADITIONAL = "各位代表：\n現在，我代表國務院，向大會報告政府工作，請予審議。\n過去一年，我國發展歷程很不平凡。"
LIMITS = Limits()


def read_all(path: Path, limits: Limits = LIMITS, hints: dict[str, str] | None = None) -> list:
    return list(read_input(path, limits, hints))


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- plain text -------------------------------------------------------------------------------

TEXT_CASES = [
    ("utf8.txt", SIMPLIFIED.encode("utf-8"), SIMPLIFIED),
    ("utf8_bom.txt", b"\xef\xbb\xbf" + SIMPLIFIED.encode("utf-8"), SIMPLIFIED),
    ("gbk.txt", SIMPLIFIED.encode("gbk"), SIMPLIFIED),
    ("gb18030.md", SIMPLIFIED.encode("gb18030"), SIMPLIFIED),
    ("big5.txt", TRADITIONAL.encode("big5"), TRADITIONAL),
    ("utf16le.txt", SIMPLIFIED.encode("utf-16"), SIMPLIFIED),
    ("utf16be.txt", b"\xfe\xff" + SIMPLIFIED.encode("utf-16-be"), SIMPLIFIED),
    ("short_gbk.txt", "人民政府".encode("gbk"), "人民政府"),
    ("short_big5.txt", "國務院".encode("big5"), "國務院"),
]


@pytest.mark.parametrize(("name", "data", "expected"), TEXT_CASES, ids=[c[0] for c in TEXT_CASES])
def test_text_encodings(tmp_path: Path, name: str, data: bytes, expected: str) -> None:
    [doc] = read_all(write(tmp_path, name, data), hints={"url": "http://x"})
    assert isinstance(doc, RawDoc)
    assert doc.text == expected
    assert doc.hints["filename"] == name
    assert doc.hints["url"] == "http://x"


BAD_TEXT = [
    ("nul.txt", b"abc\x00\x01\x02" * 10, "not a text file"),
    ("zip.txt", b"PK\x03\x04rest", "zip archive"),
    ("pdf.md", b"%PDF-1.4 ...", "a PDF"),
    ("controls.txt", bytes(range(1, 9)) * 50, "not text in UTF-8, GB18030/GBK or Big5"),
    ("empty.txt", b"", "empty"),
    ("bad_utf16.txt", b"\xff\xfe\x00\xd8", "not valid UTF-16"),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD_TEXT, ids=[c[0] for c in BAD_TEXT])
def test_text_errors(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = write(tmp_path, name, data)
    with pytest.raises(InputError) as err:
        read_all(path)
    assert message in err.value.message
    assert err.value.source == str(path)


def test_file_and_doc_limits(tmp_path: Path) -> None:
    path = write(tmp_path, "long.txt", SIMPLIFIED.encode())
    with pytest.raises(InputError, match="over the limit"):
        read_all(path, Limits(max_file_bytes=10))
    with pytest.raises(InputError, match="characters, over the limit"):
        read_all(path, Limits(max_doc_chars=10))


def test_unsupported_and_missing(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"unsupported file type \.exe"):
        read_all(write(tmp_path, "a.exe", b"MZ"))
    with pytest.raises(InputError, match="cannot open"):
        read_all(tmp_path / "missing.txt")


# --- tables -----------------------------------------------------------------------------------


def docs_and_errors(items: list) -> tuple[list[RawDoc], list[InputError]]:
    return [i for i in items if isinstance(i, RawDoc)], [i for i in items if isinstance(i, InputError)]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_encodings_and_delimiters(tmp_path: Path, encoding: str, delimiter: str) -> None:
    header = delimiter.join(["标题", "Content", "Year", "URL", "extra"])
    row = delimiter.join(["政府工作报告", '"' + SIMPLIFIED + '"', "2020", "http://a/1", "x"])
    path = write(tmp_path, "t.csv", f"{header}\n{row}\n".encode(encoding))
    [doc] = read_all(path)
    assert doc.text == SIMPLIFIED
    assert doc.title == "政府工作报告"
    assert doc.hints["year"] == "2020"
    assert doc.source == "http://a/1"


def test_csv_big5(tmp_path: Path) -> None:
    data = f"title,內容\n報告,{TRADITIONAL.replace(chr(10), ' ')}\n".encode("big5")
    # 內容 is not a text column name; the traditional 正文 neither: the row has no text column
    [err] = read_all(write(tmp_path, "t.csv", data))
    assert isinstance(err, InputError)
    assert "no text" in err.message
    data = f"title,text\n報告,{TRADITIONAL.replace(chr(10), ' ')}\n".encode("big5")
    [doc] = read_all(write(tmp_path, "t.csv", data))
    assert doc.title == "報告"


def test_csv_long_field_and_ragged_rows(tmp_path: Path) -> None:
    long_text = "政府" * 100_000
    rows = f"text,date\n{long_text},2020-05-06\nshort\n,2020\n"
    docs, errors = docs_and_errors(read_all(write(tmp_path, "t.csv", rows.encode())))
    assert [len(d.text) for d in docs] == [200_000, 5]
    assert docs[0].hints["date"] == "2020-05-06"
    assert docs[0].hints["date_field"] == "column"
    assert [e.source for e in errors] == [f"{tmp_path / 't.csv'}#row=2"]


def test_jsonl_with_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"TITLE": "a", "content": "正文一", "year": 2020}),
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"content": 5}),
        json.dumps({"content": ["x"]}),
        json.dumps({"text": "正文二", "year": 2021.0, "organ": None, "url": "None"}),
        "[" * 100_000,
    ]
    path = write(tmp_path, "t.jsonl", "\n".join(lines).encode())
    items = read_all(path)
    docs, errors = docs_and_errors(items)
    assert [d.text for d in docs] == ["正文一", "5", "正文二"]
    assert [d.hints.get("year") for d in docs] == ["2020", None, "2021"]
    assert docs[0].title == "a"
    assert [e.source.rsplit("#", 1)[1] for e in errors] == ["row=1", "row=2", "row=4", "row=6"]
    assert "invalid JSON" in errors[0].message
    assert "not an object" in errors[1].message
    assert "holds a list" in errors[2].message


@pytest.mark.parametrize(
    ("payload", "n_docs"),
    [
        ([{"content": "一"}, {"content": "二"}], 2),
        ({"data": [{"content": "一"}]}, 1),
        ({"content": "一", "title": "t"}, 1),
    ],
)
def test_json_shapes(tmp_path: Path, payload: object, n_docs: int) -> None:
    docs, errors = docs_and_errors(read_all(write(tmp_path, "t.json", json.dumps(payload).encode())))
    assert len(docs) == n_docs
    assert not errors


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"[{", "invalid JSON"), (b'"text"', "not a list of objects"), (b"[" * 100_000, "nested too deeply")],
)
def test_json_errors(tmp_path: Path, data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_all(write(tmp_path, "t.json", data))


def test_parquet(tmp_path: Path) -> None:
    table = pa.table(
        {
            "Text": ["正文一", None, "正文三"],
            "year": [2020, 2021, None],
            "tags": [["a"], [], None],
            "url": ["http://a", None, ""],
        }
    )
    path = tmp_path / "t.parquet"
    pq.write_table(table, path)
    docs, errors = docs_and_errors(read_all(path))
    assert [d.text for d in docs] == ["正文一", "正文三"]
    assert docs[0].source == "http://a"
    assert docs[1].source == f"{path}#row=2"
    assert docs[0].hints["year"] == "2020"
    assert len(errors) == 1


def test_damaged_parquet(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a readable parquet file"):
        read_all(write(tmp_path, "t.parquet", b"PAR1garbagePAR1"))


def test_table_row_limit(tmp_path: Path) -> None:
    rows = "\n".join(json.dumps({"text": f"第{i}篇"}) for i in range(10))
    items = read_all(write(tmp_path, "t.jsonl", rows.encode()), Limits(max_table_rows=3))
    docs, errors = docs_and_errors(items)
    assert len(docs) == 3
    assert "more than 3 rows" in errors[0].message


def test_row_doc_limit(tmp_path: Path) -> None:
    rows = json.dumps({"text": "短"}) + "\n" + json.dumps({"text": "长" * 50})
    docs, errors = docs_and_errors(read_all(write(tmp_path, "t.jsonl", rows.encode()), Limits(max_doc_chars=10)))
    assert len(docs) == 1
    assert errors[0].stage == "limits"


def test_supported_suffixes() -> None:
    assert {".txt", ".md", ".csv", ".jsonl", ".json", ".parquet"} <= SUPPORTED_SUFFIXES
