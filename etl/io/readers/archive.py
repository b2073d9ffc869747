"""Unpack a .zip of reports safely (tar and 7z archives: ``etl.io.readers.unpack``).

Entry names never decide a path outside ``dest``: names with ``..`` or an absolute path, and
symlinks, refuse the whole archive (they are never an honest scraper's output); other names are
sanitised. Sizes are checked from the headers first and counted again while writing, since
headers can lie. Only files of supported types are extracted; the names of the others are
returned so the caller can say what was left out.
"""

from __future__ import annotations

import re
import stat
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from etl.contract.model import InputError
from etl.contract.settings import Limits
from etl.io.readers.suffixes import ARCHIVE_SUFFIXES, SUPPORTED_SUFFIXES, input_suffix

_CHUNK = 1024 * 1024
_MIN_RATIO_BYTES = 1024 * 1024  # small files of repeated bytes compress well and are harmless
_UNSAFE_CHARS = re.compile(r'[\x00-\x1f\x7f<>:"|?*]')
_MAX_PART = 150
_UTF8_FLAG = 0x800


@dataclass(frozen=True)
class Unpacked:
    """What an archive gave: the extracted report files, and the member names left out."""

    files: list[Path]
    skipped: list[str] = field(default_factory=list)  # not a report type, or a hidden file


def is_wanted(parts: tuple[str, ...], suffixes: frozenset[str] = SUPPORTED_SUFFIXES) -> bool | None:
    """True for a member to extract, False for one to list as skipped, None for one to ignore."""
    if not parts or parts[0] == "__MACOSX" or parts[-1].startswith("._"):  # macOS resource forks
        return None
    if any(p.startswith(".") for p in parts):
        return False
    return input_suffix(parts[-1]) in suffixes


def _error(zip_path: Path, reason: str) -> InputError:
    return InputError(str(zip_path), "archive", f"the archive was refused: {reason}")


def _entry_name(info: zipfile.ZipInfo) -> str:
    """The name as the archiver meant it: Chinese Windows zips store GBK names without a flag."""
    if info.flag_bits & _UTF8_FLAG:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def _safe_parts(name: str) -> tuple[str, ...] | None:
    """Sanitised path parts, or None when the name points outside the archive."""
    name = unicodedata.normalize("NFC", name.replace("\\", "/"))
    if name.startswith("/") or re.match(r"^[A-Za-z]:/", name):
        return None
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if ".." in parts:
        return None
    return tuple(_UNSAFE_CHARS.sub("_", p).lstrip(" ").rstrip(" .")[:_MAX_PART] or "_" for p in parts)


def _check_headers(zip_path: Path, infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(infos) > limits.max_archive_files:
        raise _error(zip_path, f"{len(infos):,} entries, over the limit of {limits.max_archive_files:,}")
    total = sum(i.file_size for i in infos)
    if total > limits.max_archive_bytes:
        raise _error(zip_path, f"it expands to {total:,} bytes, over the limit of {limits.max_archive_bytes:,}")
    for info in infos:
        name = _entry_name(info)
        if _is_symlink(info):
            raise _error(zip_path, f"{name!r} is a symbolic link")
        if _safe_parts(name) is None:
            raise _error(zip_path, f"{name!r} points outside the archive")
        if info.flag_bits & 0x1:
            raise _error(zip_path, f"{name!r} is encrypted")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > _MIN_RATIO_BYTES and ratio > limits.max_archive_ratio:
            raise _error(zip_path, f"{name!r} is compressed {ratio:,.0f} to 1 (a zip bomb?)")


def _check_offsets(zip_path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """A damaged central directory can point an entry before the start of the file."""
    size = zip_path.stat().st_size
    for info in infos:
        if not 0 <= info.header_offset < size:
            raise _error(zip_path, "it is not a zip archive (damaged?)")


def _target(dest: Path, parts: tuple[str, ...], taken: set[Path]) -> Path:
    target = dest.joinpath(*parts)
    stem, suffix, n = target.stem, target.suffix, 1
    while target in taken:  # two names that sanitise alike must not overwrite each other
        target = target.with_name(f"{stem}_{n}{suffix}")
        n += 1
    if not target.resolve().is_relative_to(dest.resolve()):
        raise InputError(str(target), "archive", "an entry points outside the destination")
    taken.add(target)
    return target


def _copy(zip_path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, budget: int) -> int:
    """Write one entry, refusing it when it grows past its declared size or the budget."""
    written = 0
    target.parent.mkdir(parents=True, exist_ok=True)
    with archive.open(info) as src, target.open("wb") as out:
        while chunk := src.read(_CHUNK):
            written += len(chunk)
            if written > info.file_size or written > budget:
                raise _error(zip_path, f"{_entry_name(info)!r} is larger than its header says")
            out.write(chunk)
    return written


def extract_archive(zip_path: Path, dest: Path, limits: Limits) -> list[Path]:
    """Extract the report files of ``zip_path`` under ``dest`` (archives inside it are left out)."""
    return extract_zip(zip_path, dest, limits, SUPPORTED_SUFFIXES - frozenset(ARCHIVE_SUFFIXES)).files


def extract_zip(zip_path: Path, dest: Path, limits: Limits, suffixes: frozenset[str] = SUPPORTED_SUFFIXES) -> Unpacked:
    """Extract the members of ``zip_path`` of the types ``suffixes`` under ``dest``."""
    try:
        with zipfile.ZipFile(zip_path) as archive:
            infos = archive.infolist()
            _check_headers(zip_path, infos, limits)
            _check_offsets(zip_path, infos)
            return _extract(zip_path, archive, infos, dest, limits, suffixes)
    except InputError:
        raise
    except (zipfile.BadZipFile, EOFError):
        raise _error(zip_path, "it is not a zip archive (damaged?)") from None
    except zlib.error:
        raise _error(zip_path, "an entry is damaged (its data cannot be decompressed)") from None
    except NotImplementedError:
        raise _error(zip_path, "it uses a compression method that is not supported") from None
    except Exception as exc:  # zlib errors, lying headers, unsupported compression ...
        raise _error(zip_path, f"it could not be unpacked ({type(exc).__name__}: {exc})") from None


def _extract(
    zip_path: Path,
    archive: zipfile.ZipFile,
    infos: list[zipfile.ZipInfo],
    dest: Path,
    limits: Limits,
    suffixes: frozenset[str],
) -> Unpacked:
    dest.mkdir(parents=True, exist_ok=True)
    budget = limits.max_archive_bytes
    taken: set[Path] = set()
    skipped: list[str] = []
    try:
        for info in infos:
            parts = _safe_parts(_entry_name(info))
            wanted = None if info.is_dir() or parts is None else is_wanted(parts, suffixes)
            if wanted is False:
                skipped.append(str(PurePosixPath(*parts)) if parts else _entry_name(info))
            if not wanted or parts is None:
                continue
            budget -= _copy(zip_path, archive, info, _target(dest, parts, taken), budget)
    except BaseException:  # a refused archive leaves nothing behind to be read by mistake
        for path in taken:
            path.unlink(missing_ok=True)
        raise
    return Unpacked(sorted(taken), skipped)
