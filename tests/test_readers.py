"""Each input format and encoding, written to tmp_path by the test itself."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from etl.contract.model import InputError, RawDoc
from etl.contract.settings import Limits
from etl.io.readers import SUPPORTED_SUFFIXES, read_input
from tests.fuzz.samples import one_page_pdf

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


# --- HTML -------------------------------------------------------------------------------------

GOV_PAGE = """<!DOCTYPE html><html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>区政府召开常务会议_长清区人民政府</title>
<meta name="PubDate" content="2020-05-07 10:30">
<link rel="canonical" href="http://www.jnchangqing.gov.cn/art/2020/5/7/art_1.html">
<style>p { color: red }</style><script>var x = "<p>脚本</p>";</script>
</head><body>
<div class="top-nav"><a href="/">首页</a><a href="/zw">政务公开</a></div>
<div class="breadcrumb">当前位置：首页 &gt; 政务要闻</div>
<div class="main"><div class="sidebar"><ul><li>相关链接一</li><li>相关链接二</li></ul></div>
<div class="article">
<h1>区政府召开常务会议</h1>
<div class="TRS_Editor">
<p>5月6日，区长主持召开区政府常务会议，研究部署<span>近期</span>重点工作。</p>
<p>会议指出，要扎实做好
  六稳工作，全面落实六保任务。</p>
<div>会议强调<br>要压实责任。</div>
<div class="bdsharebuttonbox">分享到：微信 微博</div>
</div></div></div>
<div id="footer">版权所有：长清区人民政府 网站标识码 3701130001</div>
</body></html>"""

WECHAT_PAGE = """<html><head><meta charset="utf-8">
<meta property="og:title" content="县委常委会召开会议">
<meta property="og:url" content="https://mp.weixin.qq.com/s/abc">
</head><body>
<div id="js_article"><h1 class="rich_media_title" id="activity-name">县委常委会召开会议</h1>
<div id="meta_content"><em id="publish_time">2021-03-02 18:00</em></div>
<div class="rich_media_content" id="js_content" style="visibility: hidden;">
<section><span>3月2日，县委书记主持召开县委常委会会议。</span></section>
<section><p><span>会议传达学习了</span><strong>上级会议精神</strong>。</p></section>
<p><br></p>
</div>
<div id="js_share_area">分享 收藏 在看</div>
<div class="rich_media_area_extra">留言</div>
</div>
<script>var ct = "1614679200";</script>
</body></html>"""


def test_gov_page_gbk(tmp_path: Path) -> None:
    [doc] = read_all(write(tmp_path, "page.htm", GOV_PAGE.encode("gbk")))
    assert doc.text.split("\n") == [
        "5月6日，区长主持召开区政府常务会议，研究部署近期重点工作。",
        "会议指出，要扎实做好六稳工作，全面落实六保任务。",
        "会议强调",
        "要压实责任。",
    ]
    assert doc.title == "区政府召开常务会议"
    assert doc.hints["publish_date"] == "2020-05-07"
    assert doc.hints["url"] == "http://www.jnchangqing.gov.cn/art/2020/5/7/art_1.html"
    assert doc.hints["filename"] == "page.htm"


def test_wechat_article(tmp_path: Path) -> None:
    [doc] = read_all(write(tmp_path, "wx.html", WECHAT_PAGE.encode()), hints={"organ": "县委"})
    assert doc.text == "3月2日，县委书记主持召开县委常委会会议。\n会议传达学习了上级会议精神。"
    assert doc.title == "县委常委会召开会议"
    assert doc.hints["publish_date"] == "2021-03-02"
    assert doc.hints["url"] == "https://mp.weixin.qq.com/s/abc"
    assert doc.hints["organ"] == "县委"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # no known container: the block with the most paragraph text wins
        (
            "<body><div><p>导航</p></div><div id=x><p>第一段正文内容比较长，足够长的一段正文内容。</p>"
            "<p>第二段正文内容也比较长，这是第二段的正文内容。</p></div></body>",
            "第一段正文内容比较长，足够长的一段正文内容。\n第二段正文内容也比较长，这是第二段的正文内容。",
        ),
        # a 发布时间 line gives the publish date when meta does not
        ("<body><p>发布时间：2019年3月5日</p><p>正文。</p></body>", "发布时间：2019年3月5日\n正文。"),
        # a whole-page ASP.NET <form> is kept
        ("<body><form id=form1><p>表单里的正文。</p></form><form><input></form></body>", "表单里的正文。"),
    ],
)
def test_html_fallbacks(tmp_path: Path, html: str, expected: str) -> None:
    [doc] = read_all(write(tmp_path, "p.html", html.encode()))
    assert doc.text == expected


def test_html_publish_line_and_big5(tmp_path: Path) -> None:
    html = f"<html><head><meta charset=big5></head><body><p>發布時間：2019-03-05</p><p>{TRADITIONAL}</p></body>"
    [doc] = read_all(write(tmp_path, "p.html", html.encode("big5")))
    assert TRADITIONAL.split("\n")[1] in doc.text
    html = "<body><p>发布时间：2019年3月5日</p><p>正文。</p></body>"
    [doc] = read_all(write(tmp_path, "p.html", html.encode()))
    assert doc.hints["publish_date"] == "2019-03-05"


@pytest.mark.parametrize(
    ("html", "message"),
    [
        (b"<html><body><script>only()</script></body></html>", "no text"),
        (b"<div>" * 5_000, "nested too deeply"),
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
    ],
)
def test_html_errors(tmp_path: Path, html: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_all(write(tmp_path, "p.html", html))


# --- DOCX -------------------------------------------------------------------------------------


def make_docx(path: Path, title: str = "") -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.add_paragraph("区政府常务会议纪要")
    document.add_paragraph("")
    document.add_paragraph("会议研究了近期重点工作。")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "出席"
    table.cell(0, 1).text = "区长、副区长"
    document.add_paragraph("会议要求抓好落实。")
    document.save(str(path))
    return path


def test_docx(tmp_path: Path) -> None:
    [doc] = read_all(make_docx(tmp_path / "a.docx", title="区政府常务会议纪要"))
    assert doc.text.split("\n") == [
        "区政府常务会议纪要",
        "会议研究了近期重点工作。",
        "出席",
        "区长、副区长",
        "会议要求抓好落实。",
    ]
    assert doc.title == "区政府常务会议纪要"
    # a template's leftover title that the text does not show is not used
    [doc] = read_all(make_docx(tmp_path / "b.docx", title="Normal template"))
    assert doc.title is None


def test_docx_damaged(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"the \.docx file is damaged \(not a zip archive\)"):
        read_all(write(tmp_path, "a.docx", b"not a zip"))
    import zipfile

    with zipfile.ZipFile(tmp_path / "b.docx", "w") as z:
        z.writestr("word/other.xml", "<x/>")
    with pytest.raises(InputError, match=r"no word/document\.xml"):
        read_all(tmp_path / "b.docx")
    with zipfile.ZipFile(tmp_path / "c.docx", "w") as z:
        z.writestr("word/document.xml", "<not closed")
    with pytest.raises(InputError, match="damaged"):
        read_all(tmp_path / "c.docx")


# --- PDF --------------------------------------------------------------------------------------


def make_pdf(text: str) -> bytes:
    """A one-page PDF with ``text`` in its text layer, xref offsets computed."""
    return one_page_pdf(f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode())


def test_pdf_text_layer(tmp_path: Path) -> None:
    [doc] = read_all(write(tmp_path, "a.pdf", make_pdf("Government Work Report 2020")))
    assert doc.text == "Government Work Report 2020"
    assert doc.hints["filename"] == "a.pdf"


def blank_pdf(tmp_path: Path, password: str | None = None) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=100, height=100)
    if password:
        writer.encrypt(user_password=password, algorithm="RC4-128")
    path = tmp_path / "b.pdf"
    with path.open("wb") as f:
        writer.write(f)
    return path


def test_pdf_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no text layer \(scanned image\?\)"):
        read_all(blank_pdf(tmp_path))
    with pytest.raises(InputError, match="encrypted with a password"):
        read_all(blank_pdf(tmp_path, password="secret"))
    with pytest.raises(InputError, match="the PDF is damaged"):
        read_all(write(tmp_path, "c.pdf", b"%PDF-1.4\ngarbage"))


@pytest.mark.parametrize(("text", "encoding"), [(SIMPLIFIED * 20, "gbk"), (TRADITIONAL * 20, "big5")])
def test_a_stray_bad_byte_is_tolerated(tmp_path: Path, text: str, encoding: str) -> None:
    [doc] = read_all(write(tmp_path, "t.txt", text.encode(encoding) + b"\xff"))
    assert doc.text.startswith(text[:30])
