"""A minimal OLE2 compound-file writer and a Word 97 (.doc) document built with it.

No library on the registries writes old Word files, so the tests make their own: a FIB (the
file information block) with fExtChar set and one piece of UTF-16 text. catdoc reads it every
time; antiword only some of the time (it wants tables that real Word files carry), and the
reader falls back to catdoc when antiword gives no text.
"""

from __future__ import annotations

import struct

SECTOR = 512
FREESECT, ENDOFCHAIN, FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
MINI_CUTOFF = 4096  # streams this long or longer live in ordinary sectors (no mini stream needed)


def _dir_entry(name: str, kind: int, right: int, child: int, start: int, size: int) -> bytes:
    raw = (name + "\0").encode("utf-16-le") if name else b""
    return (
        raw.ljust(64, b"\0")
        + struct.pack("<HBB", len(raw), kind, 1)
        + struct.pack("<III", FREESECT, right, child)
        + b"\0" * 36
        + struct.pack("<IIi", start, size, 0)
    )


def _sectors(data: bytes) -> list[bytes]:
    data = data.ljust(-(-len(data) // SECTOR) * SECTOR, b"\0")
    return [data[i : i + SECTOR] for i in range(0, len(data), SECTOR)]


def ole_file(streams: dict[str, bytes]) -> bytes:
    """An OLE2 file holding ``streams`` (each padded to ``MINI_CUTOFF`` bytes)."""
    names = list(streams)
    datas = [streams[n].ljust(MINI_CUTOFF, b"\0") for n in names]
    sectors: list[bytes] = []
    chains: list[tuple[int, int]] = []  # (first sector, sector count)
    for data in datas:
        chunk = _sectors(data)
        chains.append((len(sectors), len(chunk)))
        sectors += chunk
    entries = [_dir_entry("Root Entry", 5, FREESECT, 1, ENDOFCHAIN, 0)]
    for i, name in enumerate(names):  # the streams as a chain of right siblings
        right = i + 2 if i + 1 < len(names) else FREESECT
        entries.append(_dir_entry(name, 2, right, FREESECT, chains[i][0], len(datas[i])))
    entries += [_dir_entry("", 0, FREESECT, FREESECT, 0, 0)] * (-len(entries) % 4)
    directory = _sectors(b"".join(entries))
    chains.append((len(sectors), len(directory)))
    dir_start = len(sectors)
    sectors += directory
    n_fat = 1
    while len(sectors) + n_fat > n_fat * 128:
        n_fat += 1
    fat = [FREESECT] * (n_fat * 128)
    for first, count in chains:
        for k in range(count):
            fat[first + k] = first + k + 1 if k + 1 < count else ENDOFCHAIN
    fat_start = len(sectors)
    for k in range(n_fat):
        fat[fat_start + k] = FATSECT
    sectors += _sectors(struct.pack(f"<{len(fat)}I", *fat))
    difat = [fat_start + k for k in range(n_fat)] + [FREESECT] * (109 - n_fat)
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\0" * 6
        + struct.pack("<IIIIIIIII", 0, n_fat, dir_start, 0, MINI_CUTOFF, ENDOFCHAIN, 0, ENDOFCHAIN, 0)
        + struct.pack("<109I", *difat)
    )
    return header + b"".join(sectors)


def word97(text: str) -> bytes:
    """A Word 97 document whose text is ``text`` (one paragraph per line)."""
    body = text.replace("\n", "\r").encode("utf-16-le")
    n_chars = len(body) // 2
    fc = 0x800  # where the text starts in the WordDocument stream
    fib = bytearray(fc)
    struct.pack_into("<HH", fib, 0, 0xA5EC, 0x00C1)  # Word's signature, nFib of Word 97
    struct.pack_into("<H", fib, 0x0A, 0x1200)  # fExtChar (Unicode text), fWhichTblStm (table in 1Table)
    struct.pack_into("<II", fib, 0x18, fc, fc + len(body))  # fcMin, fcMac
    struct.pack_into("<H", fib, 0x20, 14)  # csw
    struct.pack_into("<H", fib, 0x3E, 22)  # cslw
    struct.pack_into("<I", fib, 0x40, fc + len(body))  # cbMac
    struct.pack_into("<I", fib, 0x4C, n_chars)  # ccpText
    struct.pack_into("<H", fib, 0x98, 93)  # cbRgFcLcb
    piece_table = struct.pack("<II", 0, n_chars) + struct.pack("<HIH", 0, fc, 0)
    clx = b"\x02" + struct.pack("<I", len(piece_table)) + piece_table
    struct.pack_into("<II", fib, 0x01A2, 0, len(clx))  # fcClx, lcbClx
    return ole_file({"WordDocument": bytes(fib) + body, "1Table": clx})


def excel_shell() -> bytes:
    """An OLE2 file with a Workbook stream and nothing Word in it (an .xls named .doc)."""
    return ole_file({"Workbook": b"\x09\x08" + b"\0" * 14})
