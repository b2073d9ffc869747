"""An unchanged rerun told apart before pyarrow loads: a stamp written by the last committed run.

The stamp holds a key made of everything a run's outcome depends on (the files under the inputs
with their sizes, times and inode numbers, found by one ``os.scandir`` walk; the codebook's,
corrections', tenures' and sidecar's bytes; the settings), the hash of the manifest that run
committed, and what a rerun would print. A rerun whose key and manifest match prints that and
stops: the warehouse is the output of exactly these inputs, so today's path would read nothing
and commit the same tables.

Crash safety: the stamp is removed before a run changes the warehouse (and by every commit,
``etl.io.warehouse.Writer.commit``) and written only after the commit, so it never says
"unchanged" for a warehouse that is not the output of its inputs; its manifest hash covers any
other writer. On any doubt (a symbolic link under the inputs, the warehouse among them, a file
that cannot be read, a stamp of another format) the run takes the ordinary path.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from etl.contract.model import MANIFEST, RERUN_STAMP
from etl.contract.settings import Settings
from etl.count.codebook import CODEBOOK_FILES, OPTIONAL_FILES
from etl.io.atomic import write_json_atomic
from etl.run.summary import RunSummary

FORMAT = 1
# Settings that change nothing a run writes or prints.
_NOT_IN_KEY = frozenset({"progress", "wait"})


@dataclass(frozen=True)
class Rerun:
    """What an unchanged rerun prints (RunSummary's fields that are not zero on one)."""

    inputs: int
    skipped: int
    skipped_line: str
    meetings_total: int
    undated: int
    corrections_line: str
    warnings: list[tuple[str, str]] = field(default_factory=list)

    def summary(self, seconds: float) -> RunSummary:
        return RunSummary(
            inputs=self.inputs,
            unchanged=self.inputs,
            skipped=self.skipped,
            skipped_line=self.skipped_line,
            meetings_total=self.meetings_total,
            undated=self.undated,
            corrections_line=self.corrections_line,
            warnings=list(self.warnings),
            seconds=seconds,
        )


def listing(paths: Iterable[Path], warehouse: Path) -> list[str] | None:
    """Every file at or under ``paths`` as ``path NUL size NUL mtime NUL ctime NUL inode``, sorted;
    None when a rerun cannot be judged from it (a link, an odd file, the warehouse under an input)."""
    ours = os.path.realpath(warehouse)
    out: list[str] = []
    try:
        for path in paths:
            root = str(path.absolute())  # as the inventory names the files (etl/io/inventory.py)
            if os.path.islink(root):
                return None
            if not os.path.isdir(root):
                out.append(_entry(root, os.stat(root)))
                continue
            real = os.path.realpath(root)
            if ours == real or ours.startswith(real.rstrip(os.sep) + os.sep):
                return None
            if not _walk(root, out):
                return None
    except OSError:
        return None
    return sorted(out)


def _walk(root: str, out: list[str]) -> bool:
    folders = [root]
    while folders:
        with os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.is_symlink():
                    return False
                if entry.is_dir(follow_symlinks=False):
                    folders.append(entry.path)
                elif entry.is_file(follow_symlinks=False):
                    out.append(_entry(entry.path, entry.stat(follow_symlinks=False)))
                else:
                    return False
    return True


def _entry(path: str, st: os.stat_result) -> str:
    return f"{path}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ctime_ns}\0{st.st_ino}"


def file_hash(path: Path | None) -> str | None:
    """The sha256 of a user's file, None when there is none; OSError when it cannot be read."""
    if path is None:
        return None
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


def stats(files: Sequence[str]) -> dict[str, tuple[int, int]]:
    """A listing's files as path -> (size, mtime_ns), what a run's inputs table records."""
    out = {}
    for line in files:
        path, size, mtime, *_ = line.split("\0")
        out[path] = (int(size), int(mtime))
    return out


def codebook_hashes(contents: Mapping[str, bytes]) -> dict[str, str]:
    return {name: hashlib.sha256(data).hexdigest() for name, data in sorted(contents.items())}


def _codebook_on_disk(folder: Path) -> dict[str, str] | None:
    contents: dict[str, bytes] = {}
    for name in (*CODEBOOK_FILES, *OPTIONAL_FILES):
        try:
            contents[name] = (folder / name).read_bytes()
        except FileNotFoundError:
            if name not in OPTIONAL_FILES:
                return None
        except OSError:
            return None
    return codebook_hashes(contents)


def _settings_record(settings: Settings) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name in _NOT_IN_KEY:
            continue
        value = getattr(settings, f.name)
        record[f.name] = str(value.absolute()) if isinstance(value, Path) else repr(value)
    record["corrections_file"] = str(settings.corrections_file.absolute())
    record["tenures_file"] = str(settings.tenures_file.absolute())
    return record


def key(
    paths: Sequence[Path],
    settings: Settings,
    files: Sequence[str],
    codebook: Mapping[str, str],
    corrections: str | None,
    tenures: str | None,
    sidecar: str | None,
) -> str:
    """One hash of everything a run's outcome depends on."""
    record = {
        "format": FORMAT,
        "paths": [str(p.absolute()) for p in paths],
        "settings": _settings_record(settings),
        "codebook": dict(codebook),
        "corrections": corrections,
        "tenures": tenures,
        "sidecar": sidecar,
    }
    h = hashlib.sha256(json.dumps(record, sort_keys=True, ensure_ascii=False).encode())
    for line in files:
        h.update(line.encode("utf-8", "surrogateescape") + b"\n")
    return h.hexdigest()


def key_now(paths: Sequence[Path], settings: Settings, files: Sequence[str]) -> str | None:
    """The key of the inputs and user files as they are on disk now; None when unsure."""
    codebook = _codebook_on_disk(Path(settings.codebook))
    if codebook is None:
        return None
    try:
        users = [file_hash(p) for p in (settings.corrections_file, settings.tenures_file, settings.sidecar)]
    except OSError:
        return None
    return key(paths, settings, files, codebook, *users)


def manifest_hash(warehouse: Path) -> str | None:
    try:
        return hashlib.sha256((warehouse / MANIFEST).read_bytes()).hexdigest()
    except OSError:
        return None


def remove(warehouse: Path) -> None:
    """Before a run changes the warehouse: from now on no stamp speaks for it."""
    (warehouse / RERUN_STAMP).unlink(missing_ok=True)


def write(warehouse: Path, run_key: str, rerun: Rerun) -> None:
    """After a commit: the key of what was read, the manifest committed, what a rerun prints."""
    manifest = manifest_hash(warehouse)
    if manifest is None:
        return
    stamp = {"format": FORMAT, "key": run_key, "manifest": manifest, "rerun": asdict(rerun)}
    write_json_atomic(stamp, warehouse / RERUN_STAMP)


def unchanged_rerun(paths: Sequence[Path], settings: Settings) -> RunSummary | None:
    """The summary of a rerun when nothing changed since the stamp was written, else None."""
    started = time.perf_counter()
    try:
        stamp = json.loads((settings.warehouse / RERUN_STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(stamp, dict) or stamp.get("format") != FORMAT:
        return None
    files = listing(paths, settings.warehouse)
    if files is None or stamp.get("key") != key_now(paths, settings, files):
        return None
    if stamp.get("manifest") != manifest_hash(settings.warehouse):
        return None
    try:
        data = dict(stamp["rerun"])
        data["warnings"] = [(str(s), str(m)) for s, m in data.get("warnings", [])]
        rerun = Rerun(**data)
    except (KeyError, TypeError, ValueError):
        return None
    return rerun.summary(time.perf_counter() - started)


__all__ = ["Rerun", "codebook_hashes", "file_hash", "key", "listing", "remove", "stats", "unchanged_rerun", "write"]
