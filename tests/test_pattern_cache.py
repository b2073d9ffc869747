"""The compiled-pattern cache (etl/io/pattern_cache.py): a served pattern is the one Python's
``re.compile`` builds, a damaged file is compiled again, and the reading modules of a process
that finds their patterns stored compile none of them."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from etl.extract.text.patterns import compile_tc
from etl.io import pattern_cache
from etl.io.pattern_cache import served_patterns

# shapes the reading modules use: named groups, lookarounds, flags, back references, classes
# with traditional variants (compile_tc), a counted repeat, an alternation of words
PATTERNS: list[tuple[str, int]] = [
    (r"(?P<organ>区委|市委)(?P<kind>常委会|全会)", 0),
    (r"^\s*(?:来源|编辑)[:：].*$", re.M),
    (r"(?<=[。！？])\s*(?=[\u4e00-\u9fff])", 0),
    (r"(\d{4})年(\d{1,2})月(\d{1,2})日.{0,20}?\1", re.S),
    (r"[A-Za-z]+(?:-[A-Za-z]+)*", re.I | re.A),
    (r"会议(?!纪要)|讲话(?:精神)?|强调", 0),
    (r"(?:^|\n)[一二三四五六七八九十]+、", 0),
    (compile_tc("主持会议并讲话").pattern, 0),
]
TEXTS = [
    "区委常委会召开。市委全会\n来源：本网\n编辑: 某某\n会议强调，讲话精神。",
    "2024年3月5日上午召开，2024年再次\n一、总体要求\n二、主要任务",
    "主持會議並講話。Policy-Themes ETL test, abc-def.",
]


def _same(served: re.Pattern[str], pattern: str, flags: int) -> None:
    fresh = re.compile(pattern, flags)
    assert served == fresh  # the same program, flags and text
    assert (served.groups, served.groupindex, served.flags) == (fresh.groups, fresh.groupindex, fresh.flags)
    for text in TEXTS:
        assert [m.span() + m.groups() for m in served.finditer(text)] == [
            m.span() + m.groups() for m in fresh.finditer(text)
        ]


def _compile_all(path: Path) -> list[re.Pattern[str]]:
    with served_patterns(path):
        return [re.compile(p, f) for p, f in PATTERNS]


def test_served_patterns_are_the_ones_re_compile_builds(tmp_path: Path) -> None:
    path = tmp_path / "own" / "patterns.json"
    python_compile = re.compile
    first = _compile_all(path)
    assert re.compile is python_compile  # Python's own again outside the window
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert len(stored) == len(PATTERNS)
    written = path.stat().st_mtime_ns
    second = _compile_all(path)
    assert path.stat().st_mtime_ns == written  # all served: nothing new to write
    for (pattern, flags), a, b in zip(PATTERNS, first, second, strict=True):
        _same(a, pattern, flags)
        _same(b, pattern, flags)


def test_the_file_is_ascii_and_one_written_in_utf8_serves_the_same(tmp_path: Path) -> None:
    path = tmp_path / "own" / "patterns.json"
    _compile_all(path)
    raw = path.read_bytes()
    assert raw.isascii()  # decoded at the ASCII fast path by every process that reads it
    stored = json.loads(raw)
    assert any(not key.isascii() for key in stored)  # the Chinese patterns, kept as escapes
    older = tmp_path / "older" / "patterns.json"  # the same entries as the file was written before
    older.parent.mkdir(mode=0o700)
    older.write_text(json.dumps(stored, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    written = older.stat().st_mtime_ns
    served = _compile_all(older)
    assert older.stat().st_mtime_ns == written  # all served from it: nothing compiled, nothing rewritten
    for (pattern, flags), pattern_served in zip(PATTERNS, served, strict=True):
        _same(pattern_served, pattern, flags)


def test_a_damaged_file_or_entry_is_compiled_again(tmp_path: Path) -> None:
    path = tmp_path / "own" / "patterns.json"
    path.parent.mkdir(mode=0o700)
    path.write_text("{not json", encoding="utf-8")
    for (pattern, flags), served in zip(PATTERNS, _compile_all(path), strict=True):
        _same(served, pattern, flags)
    stored = json.loads(path.read_text(encoding="utf-8"))
    for entry in stored.values():
        entry[1] = entry[1][: len(entry[1]) // 2]  # a program cut short: the engine refuses it
    path.write_text(json.dumps(stored), encoding="utf-8")
    for (pattern, flags), served in zip(PATTERNS, _compile_all(path), strict=True):
        _same(served, pattern, flags)
    for entry, again in zip(stored.values(), json.loads(path.read_text(encoding="utf-8")).values(), strict=True):
        assert len(again[1]) > len(entry[1])  # written again whole


def test_a_folder_others_can_write_to_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "shared" / "patterns.json"
    _compile_all(path)
    stored = json.loads(path.read_text(encoding="utf-8"))
    first_key = next(iter(stored))
    other_pattern = json.loads(json.dumps(stored[_key_of(stored, PATTERNS[5])]))
    stored[first_key] = other_pattern  # another pattern's program under the first pattern's text
    path.write_text(json.dumps(stored), encoding="utf-8")
    path.parent.chmod(0o777)
    for (pattern, flags), served in zip(PATTERNS, _compile_all(path), strict=True):
        _same(served, pattern, flags)


def _key_of(stored: dict[str, object], item: tuple[str, int]) -> str:
    pattern, flags = item
    return next(k for k in stored if k.endswith(":" + pattern) and k.startswith(f"{flags}:"))


def test_bytes_patterns_and_nested_windows_go_to_python(tmp_path: Path) -> None:
    path = tmp_path / "own" / "patterns.json"
    python_compile = re.compile
    with served_patterns(path):
        with served_patterns(tmp_path / "other.json"):  # one window: the outer one's file
            assert re.compile(rb"\d+", 0).findall(b"a12b3") == [b"12", b"3"]
            re.compile(r"\d+年")
        assert re.compile is not python_compile
    assert re.compile is python_compile
    assert not (tmp_path / "other.json").exists()
    assert list(json.loads(path.read_text(encoding="utf-8"))) == ["0:\\d+年"]


_PROBE = """
import json, re, sys
from etl.io.pattern_cache import default_path
from etl.run.engines import import_reading
import_reading("etl.run.process")
patterns = {
    (m.__name__, name): p for m in list(sys.modules.values()) if (m.__name__ or "").startswith("etl.")
    for name, p in vars(m).items() if isinstance(p, re.Pattern)
}
# the organ vocabulary's patterns, built from its data file while etl.run.process is imported
from etl.extract.organs import organ_vocabulary
loaded = organ_vocabulary._vocabulary.cache_info().currsize
patterns |= {("organs.tsv", f"row {f.row}: {f.pattern.pattern}"): f.pattern for f in organ_vocabulary._vocabulary()}
print(json.dumps({
    "path": str(default_path()),
    "patterns": len(patterns),
    "vocabulary_loaded": loaded,
    "differ": [f"{m}.{n}" for (m, n), p in patterns.items() if p != re.compile(p.pattern, p.flags)],
}))
"""


def test_the_reading_modules_served_from_the_cache_equal_a_fresh_compile(tmp_path: Path) -> None:
    env = {**os.environ, "TMPDIR": str(tmp_path)}

    def probe() -> dict[str, object]:
        done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, env=env)
        result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
        return result

    first = probe()
    path = Path(str(first["path"]))
    assert path.is_relative_to(tmp_path)
    written = path.stat().st_mtime_ns
    second = probe()
    assert path.stat().st_mtime_ns == written  # every pattern of the second process was served
    assert len(json.loads(path.read_text(encoding="utf-8"))) > 300
    assert isinstance(first["patterns"], int) and first["patterns"] > 300
    assert first["differ"] == second["differ"] == []
    assert first["vocabulary_loaded"] == second["vocabulary_loaded"] == 1  # in the window, served the second time


def test_the_off_switch_leaves_re_compile_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(pattern_cache.OFF_SWITCH, "off")
    path = tmp_path / "patterns.json"
    own = re.compile
    with pattern_cache.served_patterns(path):
        assert re.compile is own
        re.compile("a switched-off window stores nothing (?P<x>b)")
    assert not path.exists()
