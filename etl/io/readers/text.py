"""Decode bytes as UTF-8, UTF-16 or UTF-32 (with or without BOM), GB18030/GBK or Big5.

GB18030 decodes almost any byte string, so "does it decode" cannot choose between it and Big5.
Both decodings are scored by the share of very common characters they produce; a wrong
decoding gives rare characters, the right one gives 的, 是, 在, 国/國 ...
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from etl.contract.model import InputError, RawDoc
from etl.contract.settings import Limits
from etl.io.readers.common import check_doc_size

NOT_TEXT = "not text in UTF-8, GB18030/GBK or Big5"

# Frequent characters of Chinese prose, simplified and traditional forms both included.
_COMMON = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说"
    "产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使"
    "点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看"
    "原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料"
    "象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农"
    "指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争"
    "济阶思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积"
    "示议声报斗完类八离华名确才科张信马节话米整空元况今集传土许步群广石记需段研界拉林律且究观越织装"
    "影算低持音众书布复容际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往历市克何除"
    "消构府称太准精值号率族维划选标写存候亲快效院查江型眼王按格养易置派层片始却专状育厂京识适属圆包"
    "火住调满县局照参红细引听该价严龙飞"
    "這為個國來們時會說發過對學動後經於現種麼實當從業還進與關開將們點則機員問題議報導區縣黨"
    "長級統總計組華務聯強決場農產議認爲歲義顯質體視頭廣兩區與當錢運際職"
    "，。、；：？！“”《》（）"
)
_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
)
# Without a BOM, UTF-16 and UTF-32 text still shows NUL bytes (the high bytes of ASCII).
_WIDE = (("utf-32-le", 4), ("utf-32-be", 4), ("utf-16-le", 2), ("utf-16-be", 2))
_MAGIC = {
    b"PK\x03\x04": "a zip archive or Office file",
    b"%PDF": "a PDF",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PAR1": "a parquet file",
    b"\xd0\xcf\x11\xe0": "an old Office (.doc/.xls) file",
}
_MAX_CONTROL_SHARE = 0.01
# A file may lose this share of its bytes to damage and still be read (with a warning).
MAX_BAD_BYTE_SHARE = 0.05
_MIN_COMMON_SHARE = 0.2  # decoded with damage, real Chinese prose is mostly common characters
_MAX_RARE_SHARE = 0.05  # ... or the text is mostly ASCII
_ENCODING_NAMES = {"utf-8": "UTF-8", "gb18030": "GB18030", "big5": "Big5"}


@dataclass(frozen=True)
class Decoded:
    """Decoded text, and a warning when some bytes could not be decoded and were replaced."""

    text: str
    warning: str | None = None


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    return None


def common_share(text: str) -> float:
    """Share of the non-ASCII characters of ``text`` that are common Chinese characters."""
    sample = [c for c in text[:20_000] if ord(c) > 0x7F and not c.isspace()]
    if not sample:
        return 0.0
    return sum(c in _COMMON for c in sample) / len(sample)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


# Control characters but the whitespace ones (\t \n \v \f \r): counted in one compiled scan,
# as the share of characters beyond ASCII is (each was a Python step per character of every file).
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _too_many_controls(text: str) -> bool:
    sample = text[:20_000]
    controls = len(_CONTROLS.findall(sample))
    return controls > len(sample) * _MAX_CONTROL_SHARE


def _beyond_ascii(sample: str) -> int:
    """How many characters of ``sample`` are beyond ASCII (``ord(c) > 0x7F``)."""
    return len(sample) - len(sample.encode("ascii", "ignore"))


def _plausible(text: str) -> bool:
    """Text a person wrote: few control characters, and common Chinese characters or mostly ASCII."""
    if not text or _too_many_controls(text):
        return False
    sample = text[:20_000]
    rare = _beyond_ascii(sample) / len(sample)
    return rare <= _MAX_RARE_SHARE or common_share(text) >= _MIN_COMMON_SHARE


def _wide_score(text: str) -> float:
    sample = text[:20_000]
    good = sum(1 for c in sample if (" " <= c < "\x7f") or c in "\n\r\t" or c in _COMMON)
    return good / max(len(sample), 1)


def _wide(data: bytes) -> str | None:
    """UTF-32 or UTF-16 without a BOM: the strict decoding that reads most like text."""
    candidates = [
        t for enc, unit in _WIDE if len(data) % unit == 0 and (t := _strict(data, enc)) is not None and _plausible(t)
    ]
    return max(candidates, key=_wide_score) if candidates else None


def _chinese(data: bytes) -> str | None:
    """The better of the strict GB18030 and Big5 decodings (ties go to GB18030: mainland sources)."""
    candidates = [t for enc in ("gb18030", "big5") if (t := _strict(data, enc)) is not None]
    return max(candidates, key=common_share) if candidates else None


def _bad_bytes(text: str) -> int:
    """Undecodable bytes left as lone surrogates by ``errors="surrogateescape"``."""
    return sum(1 for c in text if "\udc80" <= c <= "\udcff")


def _loose(data: bytes, encoding: str) -> tuple[str, int]:
    """The text with undecodable bytes replaced by U+FFFD, and how many bytes that was."""
    try:
        loose = data.decode(encoding, errors="surrogateescape")
    except UnicodeDecodeError:  # UTF-16/32 errors on ASCII-range bytes cannot be escaped
        text = data.decode(encoding, errors="replace")
        return text, text.count("\ufffd")
    bad = _bad_bytes(loose)
    return ("".join("\ufffd" if "\udc80" <= c <= "\udcff" else c for c in loose) if bad else loose), bad


def _first_bad_byte(data: bytes, encoding: str) -> int:
    try:
        data.decode(encoding)
    except UnicodeDecodeError as exc:
        return exc.start
    return 0


def _damaged(data: bytes, encodings: tuple[str, ...], source: str) -> Decoded | None:
    """The decoding that reads best with its few bad bytes replaced, and a warning saying so."""
    best: tuple[float, str, str, int] | None = None
    for encoding in encodings:
        try:
            text, bad = _loose(data, encoding)
        except LookupError:
            continue
        if bad > len(data) * MAX_BAD_BYTE_SHARE:
            continue
        if _plausible(text) and (best is None or common_share(text) > best[0]):
            best = (common_share(text), text, encoding, bad)
    if best is None:
        return None
    _, text, encoding, bad = best
    first = _first_bad_byte(data, encoding)
    line = data[:first].count(b"\n") + 1
    name = _ENCODING_NAMES.get(encoding, encoding)
    warning = (
        f"{bad:,} byte{'s' if bad != 1 else ''} could not be decoded as {name} and "
        f"{'were' if bad != 1 else 'was'} replaced with \ufffd; the first at byte {first:,} (line {line:,})"
    )
    return Decoded(text, warning)


def _with_bom(data: bytes, source: str) -> Decoded | None:
    for bom, encoding, name in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            text = _strict(body, encoding)
            if text is not None:
                return Decoded(text)
            damaged = _damaged(body, (encoding,), source)
            if damaged is None:
                raise InputError(source, "read", f"the file starts as {name} but is not valid {name}")
            return damaged
    return None


def decode_text(data: bytes, source: str, declared: str | None = None) -> Decoded:
    """Decode ``data``; ``declared`` is an encoding named by the file itself (HTML meta).

    A file that decodes but for a few bytes (at most ``MAX_BAD_BYTE_SHARE``) is read with
    them replaced and a warning; only a file that mostly does not decode is refused.
    """
    if (bommed := _with_bom(data, source)) is not None:
        return bommed
    if kind := _binary_kind(data):
        raise InputError(source, "read", f"this is {kind}, not a text file")
    if b"\x00" in data[:8192]:
        wide = _wide(data)
        if wide is None:
            raise InputError(source, "read", "this is binary data (NUL bytes), not a text file")
        return Decoded(wide)
    text = _strict(data, "utf-8")
    if text is None and declared:
        text = _strict(data, declared)
    if text is None:
        text = _chinese(data)
        if text is not None and common_share(text) < _MIN_COMMON_SHARE:
            # UTF-8 with a broken sequence can still be valid GB18030: mojibake, few common characters
            repaired = _damaged(data, ("utf-8", *((declared,) if declared else ())), source)
            if repaired is not None and common_share(repaired.text) > common_share(text):
                return repaired
    if text is not None and not _too_many_controls(text):
        return Decoded(text)
    encodings = ("utf-8", *((declared,) if declared else ()), "gb18030", "big5")
    damaged = _damaged(data, encodings, source) if text is None else None
    if damaged is None:
        raise InputError(source, "read", NOT_TEXT)
    return damaged


def decode(data: bytes, source: str, declared: str | None = None) -> str:
    """``decode_text`` without the warning (for files whose damage is an error of its own)."""
    return decode_text(data, source, declared).text


def read_text_file(path: Path, limits: Limits, hints: Mapping[str, str]) -> RawDoc:
    decoded = decode_text(path.read_bytes(), str(path))
    text = decoded.text
    check_doc_size(str(path), text, limits)
    if not text.strip():
        raise InputError(str(path), "read", "the file is empty")
    warnings = (decoded.warning,) if decoded.warning else ()
    return RawDoc(
        source=str(path), input=str(path), text=text, hints={"filename": path.name, **hints}, warnings=warnings
    )
