"""Byte-level mutations of good files: what a flaky download or a confused scraper does."""

from __future__ import annotations

import random

_INSERTS = [b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xe4\xbd", b"\x81", b"\xa1", b"\r", b"\n" * 50, b"<", b"</div>",
            b"<script>", b'"', b",", b"\t", b"{", b"]", b"\\u0000", b"\\ud800", b"%PDF", b"PK\x03\x04",
            "二〇二〇年十三月".encode(), "2月30日".encode("gb18030"), "國".encode("big5")]  # fmt: skip


def bit_flips(rng: random.Random, data: bytes, n: int) -> bytes:
    if not data:
        return data
    out = bytearray(data)
    for _ in range(n):
        i = rng.randrange(len(out))
        out[i] ^= 1 << rng.randrange(8)
    return bytes(out)


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def _insert(rng: random.Random, data: bytes) -> bytes:
    i = rng.randrange(len(data) + 1)
    return data[:i] + rng.choice(_INSERTS) * rng.randint(1, 4) + data[i:]


def _delete(rng: random.Random, data: bytes) -> bytes:
    i = rng.randrange(len(data) + 1)
    return data[:i] + data[i + rng.randint(1, 64) :]


def _duplicate(rng: random.Random, data: bytes) -> bytes:
    i = rng.randrange(len(data) + 1)
    j = min(len(data), i + rng.randint(1, 2000))
    return data[:j] + data[i:j] * rng.randint(1, 20) + data[j:]


def _splice_encoding(rng: random.Random, data: bytes) -> bytes:
    """Re-encode a slice as GB18030 or Big5: half a file in another encoding."""
    i = rng.randrange(len(data) + 1)
    try:
        tail = data[i:].decode("utf-8").encode(rng.choice(["gb18030", "big5"]), errors="replace")
    except UnicodeDecodeError:
        return data
    return data[:i] + tail


def _random_block(rng: random.Random, data: bytes) -> bytes:
    i = rng.randrange(len(data) + 1)
    return data[:i] + rng.randbytes(rng.randint(1, 256)) + data[i:]


MUTATIONS = [_truncate, _insert, _delete, _duplicate, _splice_encoding, _random_block,
             lambda rng, d: bit_flips(rng, d, rng.randint(1, 8))]  # fmt: skip


def mutate(rng: random.Random, data: bytes) -> bytes:
    """One to four random mutations."""
    for _ in range(rng.randint(1, 4)):
        data = rng.choice(MUTATIONS)(rng, data)
    return data


def html_mutation(rng: random.Random, page: bytes) -> bytes:
    """Unclosed tags, stray closing tags, comments that never end, bad entities, CDATA."""
    junk = [b"<div", b"</p></p></div>", b"<!--", b"<![CDATA[", b"&#xFFFFFFFF;", b"&#0;", b"&nbsp", b"<p <p>",
            b"<table><tr><td>", b"<meta charset='x-unknown'>", b"<meta charset=utf-16>", b"<base href=//x>",
            b"<html><body>" * 10, b"<textarea>", b"<plaintext>", b"<select><option>", b"\x00"]  # fmt: skip
    for _ in range(rng.randint(1, 6)):
        i = rng.randrange(len(page) + 1)
        page = page[:i] + rng.choice(junk) + page[i:]
    return page
