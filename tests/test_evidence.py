"""Boilerplate from evidence: paragraphs many documents of one group share are removed."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.contract import schema
from etl.contract.model import InputTask
from etl.contract.settings import Limits
from etl.extract.cleaning.clean import clean
from etl.extract.cleaning.evidence import (
    DOCS_KEY,
    affected_inputs,
    boilerplate_by_group,
    boilerplate_for,
    groups_of,
    host_of,
)
from etl.extract.text.paragraphs import paragraph_keys, unit_key
from etl.io.validate import validate
from etl.io.warehouse import Warehouse
from etl.run.engines import local_engine
from etl.run.fingerprint import fingerprint_chunk
from etl.run.pipeline import run_etl
from tests.conftest import settings_for
from tests.warehouse_utils import snapshot

FOOTER = "本页内容由某某县融媒体中心维护\n未经书面许可不得转载复制"
BANNER = "要闻动态 · 工作部署 · 专题专栏"
TOWNS = ("东川", "西岭", "南湖", "北塘", "中和", "青石", "白沙", "红旗", "金桥", "玉泉")


def report(i: int, footer: str = FOOTER) -> str:
    town = TOWNS[i % len(TOWNS)]
    return (
        f"{BANNER}\n\n{i % 28 + 1}日上午，{town}镇党委书记李{town}主持召开镇党委会议，研究第{i}项工作。\n"
        f"会议强调，要抓好{town}片区的项目建设和安全生产，确保第{i}批任务按期完成。\n\n{footer}\n"
    )


def write_folder(folder: Path, n: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        path = folder / f"r{i:03d}.txt"
        path.write_text(report(i), encoding="utf-8")
        paths.append(path)
    return paths


def rows(*entries: tuple[str, str, str, int]) -> pa.Table:
    cols = list(zip(*entries, strict=True))
    return pa.table({"input": cols[0], "host": cols[1], "key": cols[2], "docs": cols[3]}, schema=schema.EVIDENCE.schema)


def test_short_units_and_introductions_are_never_evidence() -> None:
    assert unit_key("各位代表！") is None
    assert unit_key("出席会议的有关同志名单如下：") is None
    assert unit_key("本页内容由某某县融媒体中心维护") is not None
    # a paragraph and each of its lines are counted; whitespace and script do not matter
    keys = paragraph_keys(FOOTER + "\n\n正文。")
    assert unit_key(FOOTER) in keys and unit_key("未经书面许可不得转载复制") in keys
    assert unit_key("本頁內容由某某縣融媒體中心維護") == unit_key("本页内容 由某某县融媒体中心维护")


def test_a_key_is_boilerplate_when_enough_documents_of_a_group_share_it() -> None:
    k = "k1"
    table = rows(
        *((f"/d/f{i}.txt", "", DOCS_KEY, 1) for i in range(10)),
        *((f"/d/f{i}.txt", "", k, 1) for i in range(2)),  # 2 of 10: under MIN_DOCS
        *((f"/d/f{i}.txt", "", "k2", 1) for i in range(3)),  # 3 of 10: boilerplate
    )
    found = boilerplate_by_group(table)
    assert found["folder:/d"] == frozenset({"k2"})
    # 3 of 40 documents is under 20 %
    many = pa.concat_tables([table, rows(*((f"/d/g{i}.txt", "", DOCS_KEY, 1) for i in range(30)))])
    assert "folder:/d" not in boilerplate_by_group(many)


def test_verdicts_of_some_inputs_are_those_of_the_whole_table_for_their_groups() -> None:
    table = rows(
        *((f"/d/f{i}.txt", "a.gov.cn", DOCS_KEY, 1) for i in range(4)),
        *((f"/d/f{i}.txt", "a.gov.cn", "k", 1) for i in range(3)),
        ("/d/f0.txt", "a.gov.cn", "own", 3),
        ("/d/f0.txt", "a.gov.cn", DOCS_KEY, 2),
        *((f"/e/g{i}.txt", "", DOCS_KEY, 1) for i in range(3)),
        *((f"/e/g{i}.txt", "", "j", 1) for i in range(3)),
        *((f"/e/g{i}.txt", "b.gov.cn", "h", 1) for i in range(3)),
        *((f"/e/g{i}.txt", "b.gov.cn", DOCS_KEY, 1) for i in range(3)),
    )
    whole = boilerplate_by_group(table)
    assert {"input:/d/f0.txt", "folder:/d", "folder:/e", "host:a.gov.cn", "host:b.gov.cn"} <= whole.keys()
    some = boilerplate_by_group(table, ["/d/f0.txt"])
    assert some == {g: v for g, v in whole.items() if g in {"input:/d/f0.txt", "folder:/d"} or g.startswith("host:")}
    assert boilerplate_by_group(table, []) == {g: v for g, v in whole.items() if g.startswith("host:")}
    assert boilerplate_by_group(table, ["/e/new.txt"])["folder:/e"] == whole["folder:/e"]  # a folder with no rows of it


def test_groups_are_input_folder_and_host() -> None:
    assert host_of({"url": "https://www.example.gov.cn/a/1.html"}) == "example.gov.cn"
    assert host_of({"url": "not a url"}) == ""
    assert groups_of("/d/x.jsonl", "example.gov.cn") == ("input:/d/x.jsonl", "folder:/d", "host:example.gov.cn")
    evidence = {"host:example.gov.cn": frozenset({"a"}), "folder:/d": frozenset({"b"})}
    assert boilerplate_for(evidence, "/d/x.jsonl", {"url": "http://example.gov.cn/1"}) == {"a", "b"}
    assert boilerplate_for(evidence, "/e/x.jsonl", {}) == frozenset()


def test_inputs_whose_verdict_changed_are_found() -> None:
    table = rows(("/d/a.txt", "", "k", 1), ("/d/b.txt", "", "k", 1), ("/d/c.txt", "", "j", 1))
    before = {"folder:/d": frozenset({"j"})}
    after = {"folder:/d": frozenset({"k"})}
    assert affected_inputs(table, before, after) == {"/d/a.txt", "/d/b.txt", "/d/c.txt"}
    assert affected_inputs(table, before, after, skip=["/d/a.txt"]) == {"/d/b.txt", "/d/c.txt"}
    assert affected_inputs(table, after, after) == set()


def test_fingerprint_chunk_counts_each_document_once(tmp_path: Path) -> None:
    paths = write_folder(tmp_path / "raw", 3)
    table = fingerprint_chunk([InputTask(str(p), {}) for p in paths], Limits())
    by_key: dict[str, int] = {}
    for key, docs in zip(table["key"].to_pylist(), table["docs"].to_pylist(), strict=True):
        by_key[key] = by_key.get(key, 0) + docs
    assert by_key[DOCS_KEY] == 3
    assert by_key[unit_key(FOOTER)] == 3 and by_key[unit_key(BANNER)] == 3


def test_clean_removes_evidence_but_not_most_of_a_page() -> None:
    text = report(1)
    out = clean(text, {unit_key(FOOTER), unit_key(BANNER)})
    assert "融媒体中心维护" not in out.text and BANNER not in out.text
    assert ("evidence", BANNER) in out.removals
    assert "镇党委会议" in out.text
    # a repost: nearly every paragraph is shared, so evidence is not applied
    assert clean(text, paragraph_keys(text)).text == clean(text).text


def test_the_etl_removes_a_footer_shared_across_a_folder(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    write_folder(raw, 6)
    wh = tmp_path / "wh"
    assert run_etl([raw], settings_for(wh)).ok
    assert validate(wh) == []
    w = Warehouse.open(wh)
    texts = w.read("meetings", ["text"])["text"].to_pylist()
    assert len(texts) == 6 and not any("融媒体中心维护" in t or "专题专栏" in t for t in texts)
    removed = w.read("removed").to_pylist()
    assert {r["rule"] for r in removed if "专题专栏" in r["text"]} == {"evidence"}
    assert not any("融媒体" in r["term"] for r in w.read("terms", ["term"]).to_pylist())


def test_adding_files_gives_the_warehouse_a_fresh_run_gives(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    write_folder(raw, 2)  # two documents: not enough evidence yet
    wh = tmp_path / "wh"
    run_etl([raw], settings_for(wh))
    assert all(BANNER in t for t in Warehouse.open(wh).read("meetings", ["text"])["text"].to_pylist())
    write_folder(raw, 2, start=2)  # now four share the banner: the first two are cleaned again
    summary = run_etl([raw], settings_for(wh))
    assert summary.read == 4
    fresh = tmp_path / "fresh"
    run_etl([raw], settings_for(fresh))
    assert snapshot(wh) == snapshot(fresh)
    again = run_etl([raw], settings_for(wh))
    assert again.read == 0 and snapshot(wh) == snapshot(fresh)


def write_pages(path: Path, pages: list[tuple[int, str, bool]]) -> None:
    """A JSONL file of pages (number, the lines it ends with, on the host's site or without a URL)."""
    rows = []
    for i, end, on_site in pages:
        url = {"url": f"https://news.example.gov.cn/{i}.html"} if on_site else {}
        rows.append(json.dumps({"title": f"会议{i}", **url, "content": report(i, end)}))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_an_addition_judges_the_groups_it_touches_as_a_fresh_run(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    write_folder(raw / "towns", 6)  # a folder whose verdicts no addition below touches
    # three pages share their file's line (boilerplate of the file and its folder, not of the host:
    # two pages of it are on the site), and those two a line of the host's
    host_line, file_line = "青山绿水共护家园主题征文活动进行中", "东风渠灌区二期工程建设情况通报"
    both = f"{file_line}\n{host_line}"
    write_pages(raw / "a" / "p1.jsonl", [(100, both, True), (101, both, True), (102, file_line, False)])
    wh = tmp_path / "wh"
    run_etl([raw], settings_for(wh))
    texts = Warehouse.open(wh).read("meetings", ["text"])["text"].to_pylist()
    assert sum(host_line in t for t in texts) == 2 and not any(file_line in t for t in texts)
    # pages of the same host in another folder: the host's line is boilerplate now, and p1 is read
    # again, with the verdicts of its own groups (which the addition does not touch)
    write_pages(raw / "b" / "p2.jsonl", [(103, host_line, True), (104, host_line, True)])
    summary = run_etl([raw], settings_for(wh))
    assert summary.read == 2 and summary.unchanged == 6
    fresh = tmp_path / "fresh"
    run_etl([raw], settings_for(fresh))
    assert snapshot(wh) == snapshot(fresh)
    texts = Warehouse.open(wh).read("meetings", ["text"])["text"].to_pylist()
    assert not any(host_line in t or file_line in t for t in texts)


def test_evidence_is_the_same_on_two_workers(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    write_folder(raw, 8)
    one, two = tmp_path / "one", tmp_path / "two"
    run_etl([raw], settings_for(one))
    two_workers = settings_for(two, workers=2, chunk_chars=200)
    run_etl([raw], two_workers, engine=local_engine(two_workers))  # both passes in a pool
    assert snapshot(one) == snapshot(two)


def test_a_shared_line_inside_a_sentence_stays() -> None:
    # a wiki page breaks a sentence at its link words: the title every resolution names is shared
    text = (
        "某县第十届人民代表大会第四次会议听取和审议了县长某某所作的\n\n政府工作报告\n\n。会议决定批准这个报告。\n\n"
        + FOOTER
    )
    out = clean(text, {unit_key("政府工作报告"), unit_key(FOOTER)})
    assert "所作的\n政府工作报告\n。会议决定" in out.text
    assert ("evidence", "政府工作报告") not in out.removals
    assert "融媒体中心维护" not in out.text  # a shared paragraph of its own still goes


def test_a_shared_line_a_shape_rule_knows_keeps_its_rule_and_its_date() -> None:
    publish = "发布时间：2021-06-01 来源：某某县政府办"
    text = f"{publish}\n5月31日，县委召开常委会会议。会议强调，要抓好安全生产。\n\n{FOOTER}"
    out = clean(text, {unit_key(publish), unit_key(FOOTER)})
    assert ("meta_strip", publish) in out.removals and out.publish_date == "2021-06-01"
    assert ("evidence", "本页内容由某某县融媒体中心维护") in out.removals


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from([FOOTER, BANNER, "会议强调，要抓好落实。", "各位代表：", "（完）", "", "\n"]), max_size=12)
)
def test_clean_with_evidence_only_removes(parts: list[str]) -> None:
    text = "\n\n".join(parts)
    plain = clean(text)
    keyed = clean(text, paragraph_keys(text) | {unit_key(FOOTER) or ""})
    kept = [line for line in keyed.text.split("\n") if line]
    assert all(line in plain.text.split("\n") for line in kept)
