"""The synthetic demo corpus: deterministic, complete, consistent with its ground truth."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from etl.demo import write_demo
from etl.extract.cleaning.clean import clean
from etl.extract.text.textnorm import fingerprint
from etl.io.readers.text import decode

# A codebook of our own, so the theme-dynamics checks do not move when data/codebook is edited.
THEMES_CSV = """theme,label_en,keywords
脱贫攻坚,Poverty alleviation,脱贫攻坚|精准扶贫|产业扶贫|返贫
乡村振兴,Rural revitalisation,乡村振兴|和美乡村|高标准农田
疫情防控,Epidemic control,疫情防控|疫情|复工复产|疫苗接种
科技创新,Innovation,科技创新|新质生产力|研发投入
营商环境,Business environment,营商环境|放管服|一网通办
安全生产,Work safety,安全生产|隐患排查
"""


@pytest.fixture(scope="module")
def codebook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("codebook")
    (folder / "themes.csv").write_text(THEMES_CSV, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, codebook: Path) -> Path:
    out = tmp_path_factory.mktemp("demo") / "demo"
    write_demo(out, codebook=codebook)
    return out


@pytest.fixture(scope="module")
def truth(corpus: Path) -> list[dict[str, Any]]:
    lines = (corpus / "ground_truth.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _dump_rows(raw: Path) -> dict[str, list[dict[str, str]]]:
    return {p.name: list(csv.DictReader(io.StringIO(p.read_text(encoding="utf-8")))) for p in raw.glob("dump_*.csv")}


def _source_text(raw: Path, source: str, dumps: dict[str, list[dict[str, str]]]) -> str:
    if "#row=" in source:
        name, row = source.split("#row=")
        return dumps[name][int(row)]["content"]
    return decode((raw / source).read_bytes(), source)


def test_same_seed_gives_identical_files(tmp_path: Path, codebook: Path) -> None:
    a = write_demo(tmp_path / "a", seed=7, n_meetings=150, codebook=codebook)
    b = write_demo(tmp_path / "b", seed=7, n_meetings=150, codebook=codebook)
    c = write_demo(tmp_path / "c", seed=8, n_meetings=150, codebook=codebook)
    assert a.n_meetings == b.n_meetings == 150
    files_a = _files(tmp_path / "a")
    assert files_a == _files(tmp_path / "b")
    assert files_a != _files(tmp_path / "c")
    assert c.forms != () and a.codebook_hash == c.codebook_hash


def test_rerun_replaces_a_previous_demo(tmp_path: Path, codebook: Path) -> None:
    write_demo(tmp_path / "d", seed=1, n_meetings=60, codebook=codebook)
    write_demo(tmp_path / "d", seed=2, n_meetings=30, codebook=codebook)
    lines = (tmp_path / "d" / "ground_truth.jsonl").read_text(encoding="utf-8").splitlines()
    sources = {s for line in lines for s in json.loads(line)["sources"] if "#row=" not in s}
    on_disk = {
        str(p.relative_to(tmp_path / "d" / "raw"))
        for p in (tmp_path / "d" / "raw").rglob("*")
        if p.is_file() and p.suffix != ".csv"
    }
    assert on_disk == sources


def test_refuses_a_folder_that_is_not_a_demo(tmp_path: Path, codebook: Path) -> None:
    (tmp_path / "mine.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_demo(tmp_path, n_meetings=5, codebook=codebook)
    assert (tmp_path / "mine.txt").exists()


def test_counts_regions_years_and_forms(corpus: Path, truth: list[dict[str, Any]]) -> None:
    assert len(truth) >= 600
    assert len({m["region"] for m in truth}) >= 3
    years = {int(m["date"][:4]) for m in truth if m["date"]}
    assert years == set(range(2016, 2026))
    assert {m["organ"] for m in truth} >= {"区委", "县委", "区政府", "县政府", "人大常委会", "政协", "纪委"}
    assert {m["meeting_type"] for m in truth} >= {
        "常委会会议",
        "常委(扩大)会议",
        "常务会议",
        "理论学习中心组学习会",
        "党组会议",
    }
    raw = corpus / "raw"
    data = [p.read_bytes() for p in raw.rglob("*.txt")]
    assert any(d.startswith(b"\xef\xbb\xbf") for d in data)
    assert any(
        not d.startswith(b"\xef\xbb\xbf") and d.decode("utf-8", "replace") == d.decode("utf-8", "ignore") for d in data
    )
    gbk = [d for d in data if d.decode("utf-8", "replace") != d.decode("utf-8", "ignore")]
    assert gbk and all("会议" in d.decode("gbk") for d in gbk)
    pages = [p.read_text(encoding="utf-8", errors="replace") for p in raw.rglob("*.html")]
    assert any('class="TRS_Editor"' in p and 'name="PubDate"' in p for p in pages)
    assert any('id="js_content"' in p for p in pages)
    assert _dump_rows(raw)
    sidecar = list(csv.DictReader(io.StringIO((corpus / "sidecar.csv").read_text(encoding="utf-8"))))
    assert sidecar and all((raw / row["file"]).is_file() for row in sidecar)
    readme = (corpus / "README.md").read_text(encoding="utf-8")
    assert "SYNTHETIC" in readme and "policy-themes demo" in readme


def test_every_source_exists_and_belongs_to_one_meeting(corpus: Path, truth: list[dict[str, Any]]) -> None:
    raw = corpus / "raw"
    dumps = _dump_rows(raw)
    owners = Counter(s for m in truth for s in m["sources"])
    assert max(owners.values()) == 1
    for source in owners:
        if "#row=" in source:
            name, row = source.split("#row=")
            assert int(row) < len(dumps[name])
        else:
            assert (raw / source).is_file(), source
    n_rows = sum(len(rows) for rows in dumps.values())
    assert sum("#row=" in s for s in owners) == n_rows


def test_reposts_clean_to_the_same_report(corpus: Path, truth: list[dict[str, Any]]) -> None:
    raw = corpus / "raw"
    reposts = [m for m in truth if len(m["sources"]) > 1]
    assert len(reposts) >= 5
    for m in reposts:
        prints = {fingerprint(clean(_source_text(raw, s, {})).text) for s in m["sources"]}
        assert len(prints) == 1, m["sources"]


def test_people_are_in_the_text_and_titles_are_split(corpus: Path, truth: list[dict[str, Any]]) -> None:
    raw = corpus / "raw"
    dumps = _dump_rows(raw)
    participants: set[str] = set()
    for m in truth[:200]:
        text = _source_text(raw, m["sources"][0], dumps)
        presider = m["presider"]
        assert presider["title"] + presider["name"] in text
        for person in m["speakers"]:
            assert person["name"] in text
            if person["title"]:
                assert person["title"] + person["name"] in text or person["name"] == presider["name"]
                assert not person["title"].endswith(person["name"][0])
        assert all(name in text for name in m["attendee_names"])
        names = {presider["name"], *(p["name"] for p in m["speakers"]), *m["attendee_names"]}
        participants |= names
    bylines = {name for m in truth for name in m["byline_names"]}
    assert bylines and not bylines & participants
    titles = Counter((p["name"], p["title"]) for m in truth for p in [m["presider"], *m["speakers"]] if p["title"])
    by_name = Counter(name for name, _ in titles)
    assert max(by_name.values()) >= 3  # someone's post changes over the years
    assert any(not p["has_content"] for m in truth for p in m["speakers"])


def test_dates_need_hints_in_several_places(corpus: Path, truth: list[dict[str, Any]]) -> None:
    hints = Counter(m["date_hint"] for m in truth)
    assert set(hints) == {"text", "filename", "sidecar", "publish_line", "column", "none"}
    undated = [m for m in truth if m["date"] is None]
    assert 3 <= len(undated) <= 40 and all(m["date_precision"] is None for m in undated)
    raw = corpus / "raw"
    dumps = _dump_rows(raw)
    for m in undated:
        text = _source_text(raw, m["sources"][0], dumps)
        assert not re.search(r"\d{1,2}月\d{1,2}日|20\d\d", text + m["sources"][0])
    rollback = [
        m
        for m in truth
        if m["date"] and m["date"][5:7] == "12" and any(re.search(r"20\d\d-01-", s) for s in m["sources"])
    ]
    assert rollback


def _share(truth: list[dict[str, Any]], theme: str, years: range) -> float:
    hits = [m["theme_phrases"] for m in truth if m["date"] and int(m["date"][:4]) in years]
    total = sum(sum(t.values()) for t in hits)
    return sum(t.get(theme, 0) for t in hits) / total


def test_theme_dynamics_follow_the_national_agenda(truth: list[dict[str, Any]]) -> None:
    before, after = range(2016, 2021), range(2021, 2026)
    assert _share(truth, "脱贫攻坚", before) > 2 * _share(truth, "脱贫攻坚", after)
    assert _share(truth, "乡村振兴", after) > 2 * _share(truth, "乡村振兴", before)
    assert _share(truth, "疫情防控", range(2016, 2020)) == 0
    assert _share(truth, "疫情防控", range(2020, 2023)) > 0
    assert _share(truth, "营商环境", after) > _share(truth, "营商环境", range(2016, 2018))

    def markers(term: str, years: range) -> int:
        return sum(m["marker_phrases"].get(term, 0) for m in truth if m["date"] and int(m["date"][:4]) in years)

    assert markers("新质生产力", range(2016, 2024)) == 0 < markers("新质生产力", range(2024, 2026))
    assert markers("疫情防控", range(2016, 2020)) == 0


def test_theme_counts_match_the_text(corpus: Path, truth: list[dict[str, Any]], codebook: Path) -> None:
    from etl.count.codebook import parse_themes
    from etl.count.matching import ThemeCounter

    counter = ThemeCounter(parse_themes(THEMES_CSV))
    raw = corpus / "raw"
    dumps = _dump_rows(raw)
    for m in truth[:100]:
        text = clean(_source_text(raw, m["sources"][0], dumps)).text
        found = Counter[str]()
        for (theme, _), n in counter.count(text).items():
            found[theme] += n
        assert all(found[t] >= n for t, n in m["theme_phrases"].items()), m["meeting_key"]


def test_default_codebook_and_summary(tmp_path: Path) -> None:
    summary = write_demo(tmp_path / "demo", n_meetings=40)
    assert summary.n_meetings == 40 and summary.n_sources >= 40
    assert summary.ground_truth.is_file() and summary.sidecar.is_file() and summary.readme.is_file()
    lines = summary.ground_truth.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 40
    assert any(json.loads(line)["theme_phrases"] for line in lines)
