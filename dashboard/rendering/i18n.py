"""UI strings in Chinese (default) and English, kept in ``strings.toml`` beside this module.

``t(key, lang)`` picks the language; a key that is not in the file is shown as itself (the test
of the pages checks that every key a page asks for is there).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from dashboard.storage.codebooks import CodebookInForce
from etl.io.warehouse import Warehouse

__all__ = ["STRINGS", "InLanguage", "t"]

STRINGS_FILE = Path(__file__).with_name("strings.toml")


def _load(path: Path) -> dict[str, tuple[str, str]]:
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    out: dict[str, tuple[str, str]] = {}
    for key, value in raw.items():
        if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, str) for v in value)):
            raise ValueError(f"{path}: {key} must be [Chinese, English], got {value!r}")
        out[key] = (value[0], value[1])
    return out


STRINGS: dict[str, tuple[str, str]] = _load(STRINGS_FILE)


def t(key: str, lang: str = "zh", **kwargs: object) -> str:
    zh, en = STRINGS.get(key, (key, key))
    text = en if lang == "en" else zh
    return text.format(**kwargs) if kwargs else text


@dataclass(frozen=True)
class InLanguage:
    """A warehouse, the codebook in force and a language: UI strings and theme labels in that
    language. A dashboard page (``shell.context.Page``) and an export (``exporting.Session``) are one."""

    wh: Warehouse
    codebook: CodebookInForce
    lang: str

    def t(self, key: str, **kwargs: object) -> str:
        return t(key, self.lang, **kwargs)

    def label(self, theme: str) -> str:
        return self.codebook.label(theme, self.lang)

    @property
    def labels(self) -> dict[str, str]:
        return {th.theme: self.label(th.theme) for th in self.codebook.codebook.themes}

    @property
    def themes(self) -> list[str]:
        return [th.theme for th in self.codebook.codebook.themes]
