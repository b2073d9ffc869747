"""Whatever bytes a file holds, readers raise or yield only InputError, and finish quickly."""

from __future__ import annotations

import io
import tempfile
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.contract.model import InputError, InputWarning, RawDoc
from etl.contract.settings import Limits
from etl.io.readers import SUPPORTED_SUFFIXES, extract_archive, load_sidecar, read_input

LIMITS = Limits(max_doc_chars=200_000, max_table_rows=1_000)
MAX_SECONDS = 10.0
PROPERTY = settings(deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow])

# Arbitrary bytes, plus bytes that start like the real format so parsers get past the magic.
PREFIXES = [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"PK\x03\x04", b"%PDF-1.4\n", b"PAR1", b"<html><body>", b"[{", b"text,"]
contents = st.builds(lambda prefix, body: prefix + body, st.sampled_from(PREFIXES), st.binary(max_size=4_000))


def _read(suffix: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        start = time.monotonic()
        try:
            for item in read_input(path, LIMITS, {"url": "http://x"}):
                assert isinstance(item, RawDoc | InputError | InputWarning)
        except InputError as err:
            assert err.source.startswith(str(path))
            assert err.message
        assert time.monotonic() - start < MAX_SECONDS


@pytest.mark.parametrize("suffix", sorted(SUPPORTED_SUFFIXES))
@PROPERTY
@given(data=contents)
def test_arbitrary_bytes(suffix: str, data: bytes) -> None:
    _read(suffix, data)


def _zip_of(data: bytes, name: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize("suffix", [".docx", ".parquet"])
@PROPERTY
@given(data=st.binary(max_size=2_000), name=st.sampled_from(["word/document.xml", "[Content_Types].xml", "x"]))
def test_zip_shaped_inputs(suffix: str, data: bytes, name: str) -> None:
    _read(suffix, _zip_of(data, name))


_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=300)


@PROPERTY
@given(
    html=st.lists(st.sampled_from(["<div>", "</div>", "<p>", "<br>", "<script>", "正文", "<meta charset=gbk>", " "]))
    .map("".join)
    .flatmap(lambda s: st.just(s) | _text.map(lambda t: s + t))
)
def test_html_fragments(html: str) -> None:
    _read(".html", html.encode("utf-8"))


@PROPERTY
@given(
    rows=st.lists(
        st.dictionaries(st.sampled_from(["text", "TITLE", "year", "url", "x"]), _text | st.integers()), max_size=5
    )
)
def test_jsonl_objects(rows: list[dict[str, object]]) -> None:
    import json

    _read(".jsonl", "\n".join(json.dumps(r) for r in rows).encode())


@PROPERTY
@given(data=contents)
def test_sidecar_never_crashes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sidecar.csv"
        path.write_bytes(data)
        try:
            load_sidecar(path).hints_for(Path("a/b.txt"))
        except InputError as err:
            assert err.message


@PROPERTY
@given(
    data=contents,
    entries=st.dictionaries(
        st.text(st.characters(min_codepoint=1, codec="utf-8"), max_size=30), st.binary(max_size=200), max_size=5
    ),
)
def test_archive_never_escapes(data: bytes, entries: dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, body in entries.items():
                if name:
                    archive.writestr(name + ".txt", body)
        for blob in (buffer.getvalue(), data):
            zip_path = root / "in.zip"
            zip_path.write_bytes(blob)
            dest = root / "out"
            try:
                files = extract_archive(zip_path, dest, Limits())
            except InputError as err:
                assert err.message
                continue
            for f in files:
                assert f.resolve().is_relative_to(dest.resolve())
            assert {p for p in root.rglob("*") if p.is_file()} <= set(files) | {zip_path}


# Any characters, controls, surrogates and CJK included: the compiled counts of a decoded text's
# sample are the ones the per-character loops gave.
_ANY_TEXT = st.text(
    st.one_of(
        st.characters(max_codepoint=0x40), st.characters(), st.sampled_from("\t\n\r\f\v\x00\x1f\x7f\x80会議\udc80")
    ),
    max_size=300,
)


@given(_ANY_TEXT)
@settings(max_examples=300, deadline=None)
def test_control_and_beyond_ascii_counts_match_the_per_character_loops(text: str) -> None:
    from etl.io.readers import text as decoding

    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f\v")
    assert decoding._too_many_controls(text) == (controls > len(text) * decoding._MAX_CONTROL_SHARE)
    assert decoding._beyond_ascii(text) == sum(1 for c in text if ord(c) > 0x7F)
    assert len(decoding._CONTROLS.findall(text)) == controls
