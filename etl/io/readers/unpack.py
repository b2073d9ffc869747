"""Unpack any supported archive (.zip, .tar, .tar.gz/.tgz, .7z) under the same limits.

Tar and 7z archives are held to the zip rules (``etl.io.readers.archive``): no links, devices or
names outside the archive, at most ``max_archive_files`` entries and ``max_archive_bytes``
unpacked, and a compressed archive that expands more than ``max_archive_ratio`` times (past
1 MiB) is refused as a bomb. Tar sizes are counted while the headers are read, so a bomb stops
at the budget rather than after it has been decompressed whole.
"""

from __future__ import annotations

import tarfile
from pathlib import Path, PurePosixPath

from etl.contract.model import InputError
from etl.contract.settings import Limits
from etl.io.readers.archive import _CHUNK, _MIN_RATIO_BYTES, Unpacked, _safe_parts, _target, extract_zip, is_wanted
from etl.io.readers.common import describe
from etl.io.readers.suffixes import input_suffix

__all__ = ["Unpacked", "unpack"]


def _refused(path: Path, reason: str) -> InputError:
    return InputError(str(path), "archive", f"the archive was refused: {reason}")


def _member_name(name: str) -> str:
    """Tar stores bytes; names from Chinese Windows tools are GBK, not UTF-8."""
    try:
        raw = name.encode("utf-8", errors="surrogateescape")
    except UnicodeEncodeError:
        return name
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return name


def _check_bomb(path: Path, total: int, limits: Limits) -> None:
    packed = max(path.stat().st_size, 1)
    if total > _MIN_RATIO_BYTES and total / packed > limits.max_archive_ratio:
        raise _refused(path, f"it expands {total / packed:,.0f} times (a bomb?)")


def _tar_members(path: Path, archive: tarfile.TarFile, limits: Limits) -> list[tarfile.TarInfo]:
    members: list[tarfile.TarInfo] = []
    total = 0
    while (member := archive.next()) is not None:
        members.append(member)
        total += member.size
        name = _member_name(member.name)
        if len(members) > limits.max_archive_files:
            raise _refused(path, f"over {limits.max_archive_files:,} entries")
        if total > limits.max_archive_bytes:
            raise _refused(path, f"it expands to over {limits.max_archive_bytes:,} bytes")
        if member.issym() or member.islnk():
            raise _refused(path, f"{name!r} is a link")
        if not (member.isfile() or member.isdir()):
            raise _refused(path, f"{name!r} is a device or pipe, not a file")
        if _safe_parts(name) is None:
            raise _refused(path, f"{name!r} points outside the archive")
    _check_bomb(path, total, limits)
    return members


def _copy_member(archive: tarfile.TarFile, member: tarfile.TarInfo, target: Path) -> None:
    source = archive.extractfile(member)
    if source is None:
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    with source, target.open("wb") as out:
        while chunk := source.read(_CHUNK):
            out.write(chunk)


def _extract_tar(path: Path, dest: Path, limits: Limits) -> Unpacked:
    taken: set[Path] = set()
    skipped: list[str] = []
    with tarfile.open(path, "r:*") as archive:
        for member in _tar_members(path, archive, limits):
            parts = _safe_parts(_member_name(member.name))
            wanted = None if member.isdir() or parts is None else is_wanted(parts)
            if wanted is False and parts:
                skipped.append(str(PurePosixPath(*parts)))
            if wanted and parts:
                _copy_member(archive, member, _target(dest, parts, taken))
    return Unpacked(sorted(taken), skipped)


def _extract_7z(path: Path, dest: Path, limits: Limits) -> Unpacked:
    import py7zr

    with py7zr.SevenZipFile(path, "r") as archive:
        if archive.needs_password():
            raise _refused(path, "it is encrypted")
        infos = archive.list()
        if len(infos) > limits.max_archive_files:
            raise _refused(path, f"{len(infos):,} entries, over the limit of {limits.max_archive_files:,}")
        total = sum(i.uncompressed or 0 for i in infos)
        if total > limits.max_archive_bytes:
            raise _refused(path, f"it expands to {total:,} bytes, over the limit of {limits.max_archive_bytes:,}")
        _check_bomb(path, total, limits)
        wanted: list[str] = []
        skipped: list[str] = []
        for info in infos:
            if info.is_symlink:
                raise _refused(path, f"{info.filename!r} is a link")
            parts = _safe_parts(info.filename)
            if parts is None:
                raise _refused(path, f"{info.filename!r} points outside the archive")
            keep = None if info.is_directory else is_wanted(parts)
            if keep:
                wanted.append(info.filename)
            elif keep is False:
                skipped.append(str(PurePosixPath(*parts)))
        if wanted:
            archive.extract(path=dest, targets=wanted)
    files = sorted(f for f in dest.rglob("*") if f.is_file())
    if sum(f.stat().st_size for f in files) > limits.max_archive_bytes:
        raise _refused(path, "it expanded past the size its headers declare")
    return Unpacked(files, skipped)


def unpack(path: Path, dest: Path, limits: Limits) -> Unpacked:
    """Extract the report files of the archive ``path`` under ``dest`` (which must be empty)."""
    suffix = input_suffix(path.name)
    if suffix == ".zip":
        return extract_zip(path, dest, limits)
    try:
        if suffix == ".7z":
            return _extract_7z(path, dest, limits)
        return _extract_tar(path, dest, limits)
    except InputError:
        raise
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise _refused(path, f"it is damaged or not a {suffix} archive ({describe(exc)})") from None
    except Exception as exc:  # py7zr raises many types on damaged files
        raise _refused(path, f"it could not be unpacked ({describe(exc)})") from None
