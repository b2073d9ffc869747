"""Where the demo's outputs go: raw files with unique, digit-free names, CSV dumps, tallies."""

from __future__ import annotations

import csv
from collections import Counter
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from etl.count.matching import ThemeCounter
from etl.demo.world import Person, Roster

DUMP_COLUMNS = ("title", "url", "date", "organ", "content")


def letters(i: int) -> str:
    """A digit-free id for file names, so no number in a name can pass for a year."""
    out = ""
    i += 26 * 27  # at least three letters
    while i:
        i, r = divmod(i, 26)
        out = "abcdefghijklmnopqrstuvwxyz"[r] + out
    return out


@dataclass
class Writer:
    """All open outputs of one run, and the running tallies."""

    raw: Path
    rosters: tuple[Roster, ...]
    staff: tuple[Person, ...]
    counter: ThemeCounter
    large: bool
    sidecar: Any
    truth: IO[str]
    stack: ExitStack

    def __post_init__(self) -> None:
        self.dumps: dict[str, tuple[Any, list[int]]] = {}
        self.used: set[str] = set()
        self.folders: set[str] = set()
        self.forms: Counter[str] = Counter()
        self.n_sources = self.n_reposts = self.n_undated = 0

    def dump_row(self, slug: str, row: tuple[str, ...]) -> str:
        if slug not in self.dumps:
            f = self.stack.enter_context((self.raw / f"dump_{slug}.csv").open("w", encoding="utf-8", newline=""))
            writer = csv.writer(f)
            writer.writerow(DUMP_COLUMNS)
            self.dumps[slug] = (writer, [0])
        writer, count = self.dumps[slug]
        writer.writerow(row)
        count[0] += 1
        self.forms["csv_row"] += 1
        return f"dump_{slug}.csv#row={count[0] - 1}"

    def file(self, folder: str, stem: str, ext: str, data: bytes, form: str) -> str:
        name, n = f"{folder}/{stem}{ext}", 1
        while name in self.used:
            n += 1
            name = f"{folder}/{stem}_{letters(n)}{ext}"
        self.used.add(name)
        if folder not in self.folders:
            (self.raw / folder).mkdir(parents=True, exist_ok=True)
            self.folders.add(folder)
        (self.raw / name).write_bytes(data)
        self.forms[form] += 1
        return name


def encode(text: str, encoding: str) -> bytes:
    """Every template is GBK-safe, so a GBK copy is always really GBK (an error here is a bug)."""
    return text.encode(encoding)
