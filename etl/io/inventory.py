"""Every file under the input folders, sorted into inputs and files skipped (with why).

A file is skipped when it is hidden (a name, or a folder on its way, starting with ``.``) or of
a type that is not a report; the run lists the skipped ones by kind, with a count and one
example path each, so nothing under an input folder vanishes without a word. The warehouse
folder and the sidecar are the run's own files: neither inputs nor skipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from etl.io.readers import SUPPORTED_SUFFIXES, input_suffix

HIDDEN = "hidden"
NO_TYPE = "(no type)"


@dataclass(frozen=True)
class Skipped:
    count: int
    example: str


@dataclass(frozen=True)
class Inventory:
    files: list[Path]  # inputs to read, sorted
    skipped: Mapping[str, Skipped] = field(default_factory=dict)  # by kind: ".exe", "hidden" ...

    @property
    def n_skipped(self) -> int:
        return sum(s.count for s in self.skipped.values())

    def skipped_line(self) -> str:
        """``.exe 2 (e.g. /in/a.exe), hidden 1 (e.g. /in/.DS_Store)``."""
        return ", ".join(f"{kind} {s.count} (e.g. {s.example})" for kind, s in sorted(self.skipped.items()))

    def figures(self) -> dict[str, dict[str, object]]:
        """The skipped kinds as the manifest records them."""
        return {kind: {"count": s.count, "example": s.example} for kind, s in sorted(self.skipped.items())}


def _kind(rel_parts: tuple[str, ...]) -> str | None:
    """None for an input; else why the file is skipped."""
    if any(p.startswith(".") for p in rel_parts):
        return HIDDEN
    suffix = input_suffix(rel_parts[-1])
    return None if suffix in SUPPORTED_SUFFIXES else (suffix or NO_TYPE)


def survey(paths: Iterable[Path], exclude: Iterable[Path] = ()) -> Inventory:
    """The inputs under ``paths`` (folders recursively) and what was skipped there.

    A file named explicitly is always an input: read, or reported as unreadable.
    """
    found: set[Path] = set()
    skipped: dict[str, list[str]] = {}
    skip = {p.resolve() for p in exclude}
    for path in (p.absolute() for p in paths):
        if not path.is_dir():
            found.add(path)
            continue
        for f in sorted(path.rglob("*")):
            if not f.is_file():
                continue
            resolved = f.resolve()
            if resolved in skip or skip.intersection(resolved.parents):
                continue
            kind = _kind(f.relative_to(path).parts)
            if kind is None:
                found.add(f)
            else:
                skipped.setdefault(kind, []).append(str(f))
    counted = {kind: Skipped(len(names), names[0]) for kind, names in skipped.items()}
    return Inventory(sorted(found, key=str), counted)
