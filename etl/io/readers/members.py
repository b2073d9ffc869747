"""An archive read as a folder: each member through the readers, named ``archive.zip!/inner/path``.

The archive is unpacked under a temporary folder (``etl.io.readers.unpack``, with the upload
limits) that is gone when the last member has been read. An archive inside it is read too, one
level deep; one nested deeper is an error naming it. Members that are not reports, or hidden,
are listed in one warning per archive (by type, with a count and one example each).
"""

from __future__ import annotations

import collections
import tempfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path, PurePosixPath

from etl.contract.model import InputError, InputWarning, RawDoc
from etl.contract.settings import Limits
from etl.io.readers.suffixes import ARCHIVE_SUFFIXES, input_suffix
from etl.io.readers.unpack import unpack

MAX_NESTING = 1
Item = RawDoc | InputError | InputWarning
MemberReader = Callable[[Path, Limits, Mapping[str, str], tuple[tuple[str, str], ...], int], Iterator[Item]]


def member_name(archive: str, member: str) -> str:
    """``a.zip!/inner/b.txt``: how a member is named in sources, errors and warnings."""
    return f"{archive}!/{member}"


def skipped_summary(names: list[str]) -> str:
    """``.exe 2 (e.g. bin/a.exe), hidden 1 (e.g. .DS_Store)``: what an archive held besides reports."""
    groups: dict[str, list[str]] = collections.defaultdict(list)
    for name in names:
        parts = PurePosixPath(name).parts
        kind = "hidden" if any(p.startswith(".") for p in parts) else (input_suffix(parts[-1]) or "(no type)")
        groups[kind].append(name)
    return ", ".join(f"{kind} {len(found)} (e.g. {found[0]})" for kind, found in sorted(groups.items()))


def _renamed(item: Item, inner: str, shown: str, archive: str) -> Item:
    def fix(text: str) -> str:
        return text.replace(inner, shown)

    if isinstance(item, RawDoc):
        hints = {**item.hints, "filename": PurePosixPath(shown).name}
        return replace(item, source=fix(item.source), input=archive, hints=hints)
    if isinstance(item, InputWarning):
        return InputWarning(fix(item.source), item.stage, fix(item.message))
    return InputError(fix(item.source), item.stage, fix(item.message))


def read_archive(
    path: Path,
    limits: Limits,
    hints: Mapping[str, str],
    columns: tuple[tuple[str, str], ...],
    depth: int,
    read_member: MemberReader,
) -> Iterator[Item]:
    """Every report in the archive ``path``; raises ``InputError`` when the archive is refused."""
    with tempfile.TemporaryDirectory(prefix="policy-themes-archive-") as tmp:
        folder = Path(tmp)
        unpacked = unpack(path, folder, limits)
        if unpacked.skipped:
            yield InputWarning(str(path), "archive", f"members that are not reports were left out: "
                               f"{skipped_summary(unpacked.skipped)}")  # fmt: skip
        if not unpacked.files and not unpacked.skipped:
            raise InputError(str(path), "archive", "the archive holds no files")
        for file in unpacked.files:
            member = file.relative_to(folder).as_posix()
            shown = member_name(str(path), member)
            if input_suffix(file.name) in ARCHIVE_SUFFIXES and depth >= MAX_NESTING:
                yield InputError(
                    shown, "archive", "an archive nested more than one level deep is not read; unpack it first"
                )
                continue
            try:
                for item in read_member(file, limits, hints, columns, depth + 1):
                    yield _renamed(item, str(file), shown, str(path))
            except InputError as err:
                yield _renamed(err, str(file), shown, str(path))
