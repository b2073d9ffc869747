"""Decode bytes as UTF-8 (with or without BOM), UTF-16 (with BOM), GB18030/GBK or Big5.

GB18030 decodes almost any byte string, so "does it decode" cannot choose between it and Big5.
Both decodings are scored by the share of very common characters they produce; a wrong
decoding gives rare characters, the right one gives 的, 是, 在, 国/國 ...
"""

from __future__ import annotations

import codecs
from collections.abc import Mapping
from pathlib import Path

from etl.model import InputError, RawDoc
from etl.readers.common import check_doc_size
from etl.settings import Limits

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
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
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
_MAX_REPLACED_SHARE = 0.001


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    return "binary data (NUL bytes)" if b"\x00" in data[:8192] else None


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


def _chinese(data: bytes) -> str | None:
    """The better of the GB18030 and Big5 decodings, or a lenient one with a few bad bytes."""
    candidates = [t for enc in ("gb18030", "big5") if (t := _strict(data, enc)) is not None]
    if candidates:
        return max(candidates, key=common_share)  # ties go to GB18030: mainland sources
    lenient = [data.decode(enc, errors="replace") for enc in ("gb18030", "big5")]
    lenient = [t for t in lenient if t.count("\ufffd") <= max(1, len(t) * _MAX_REPLACED_SHARE)]
    return max(lenient, key=common_share) if lenient else None


def _too_many_controls(text: str) -> bool:
    sample = text[:20_000]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f\v")
    return controls > len(sample) * _MAX_CONTROL_SHARE


def decode(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode ``data``; ``declared`` is an encoding named by the file itself (HTML meta)."""
    for bom in _UTF16_BOMS:
        if data.startswith(bom):
            text = _strict(data, "utf-16")
            if text is None:
                raise InputError(source, "read", "the file starts as UTF-16 but is not valid UTF-16")
            return text.lstrip("\ufeff")
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[3:], "utf-8")
        if text is None:
            raise InputError(source, "read", "the file starts as UTF-8 but is not valid UTF-8")
        return text
    if kind := _binary_kind(data):
        raise InputError(source, "read", f"this is {kind}, not a text file")
    text = _strict(data, "utf-8")
    if text is None and declared:
        text = _strict(data, declared)
    if text is None:
        text = _chinese(data)
    if text is None or _too_many_controls(text):
        raise InputError(source, "read", NOT_TEXT)
    return text


def read_text_file(path: Path, limits: Limits, hints: Mapping[str, str]) -> RawDoc:
    text = decode(path.read_bytes(), str(path))
    check_doc_size(str(path), text, limits)
    if not text.strip():
        raise InputError(str(path), "read", "the file is empty")
    return RawDoc(source=str(path), input=str(path), text=text, hints={"filename": path.name, **hints})
