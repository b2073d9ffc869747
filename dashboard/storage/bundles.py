"""Per-version files the dashboard builds once next to the warehouse and reads memory-mapped.

A *bundle* is a folder ``<warehouse>/cache/v<version>/<name>/`` of numpy arrays (``.npy``,
opened with ``mmap_mode="r"``), Arrow tables (``.arrow`` IPC files, opened memory-mapped) and
raw byte files (``.bin``, opened with ``mmap``), plus ``ready.json``: the bundle format and
every file with its size. A bundle is written into a temporary folder that is renamed into
place once complete, so a reader never sees half of one. A bundle whose ``ready.json`` is
missing, unreadable, of another format or does not match its files (a crash, a full disk, a
hand edit) is deleted and built again. Writing a bundle deletes other versions' folders.

Names carry what a bundle depends on besides the version: ``themes-stored`` holds the counts
the ETL stored; ``themes-<codebook key>`` the counts of an edited codebook. When the warehouse
folder is read-only, bundles go to the system's temporary folder (``cache_folder``); when
nothing can be written the bundle is kept in memory only. No streamlit here.
"""

from __future__ import annotations

import hashlib
import json
import mmap
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from etl.io.warehouse import Warehouse

__all__ = ["FORMAT", "Bundle", "cache_folder", "drop_other_versions", "load", "read", "scratch_file", "write"]

CACHE_DIR = "cache"
READY = "ready.json"
FORMAT = 4  # bump when the layout of any bundle changes: older bundles are then rebuilt

# values: np.ndarray | pa.Table | bytes | mmap.mmap (read) | Path (a streamed file, when written)
Bundle = dict[str, Any]


def cache_folder(wh: Warehouse) -> Path:
    """``<warehouse>/cache/v<version>``, or a temporary folder when the warehouse is read-only."""
    base = wh.root / CACHE_DIR
    if not os.access(wh.root, os.W_OK):
        digest = hashlib.blake2b(str(wh.root.resolve()).encode(), digest_size=6).hexdigest()
        base = Path(tempfile.gettempdir()) / "policy-themes-cache" / digest
    return base / f"v{wh.version}"


def load(wh: Warehouse, name: str, build: Callable[[], Bundle]) -> Bundle:
    """The bundle ``name`` of this warehouse version: read it, or build, write and read it."""
    folder = cache_folder(wh) / name
    found = read(folder)
    if found is not None:
        return found
    built = build()
    try:
        write(folder, built)
    except OSError:  # read-only or full: serve from memory this time
        return {k: _open(v) if isinstance(v, Path) else v for k, v in built.items()}
    finally:
        for value in built.values():
            if isinstance(value, Path):
                value.unlink(missing_ok=True)
    drop_other_versions(folder.parent)
    found = read(folder)
    if found is None:
        raise OSError(f"{folder}: written but cannot be read back")
    return found


def scratch_file(wh: Warehouse, name: str) -> Path:
    """A new file path beside this version's bundles, for a builder to stream a large file into."""
    folder = cache_folder(wh)
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f".{name}.{uuid.uuid4().hex[:8]}.tmp"


def _suffix(value: object) -> str:
    if isinstance(value, np.ndarray):
        return ".npy"
    if isinstance(value, pa.Table):
        return ".arrow"
    return ".bin"


def write(folder: Path, bundle: Bundle) -> None:
    """Write ``bundle`` to ``folder`` atomically (temporary folder, then one rename)."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = folder.with_name(f".{folder.name}.{uuid.uuid4().hex[:8]}.tmp")
    tmp.mkdir()
    try:
        files = {}
        for key, value in bundle.items():
            path = tmp / f"{key}{_suffix(value)}"
            if isinstance(value, np.ndarray):
                np.save(path, np.ascontiguousarray(value), allow_pickle=False)
            elif isinstance(value, pa.Table):
                with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, value.schema) as writer:
                    writer.write_table(value)
            elif isinstance(value, Path):
                os.replace(value, path)
            else:
                path.write_bytes(value)
            files[path.name] = path.stat().st_size
        (tmp / READY).write_text(json.dumps({"format": FORMAT, "files": files}), encoding="utf-8")
        _fsync_folder(tmp)
        _rename_into_place(tmp, folder)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _fsync_folder(folder: Path) -> None:
    for path in folder.iterdir():
        with open(path, "rb") as fh:
            os.fsync(fh.fileno())


def _rename_into_place(tmp: Path, folder: Path) -> None:
    try:
        os.rename(tmp, folder)
    except OSError:  # another process wrote it first, or a broken one is in the way
        if read(folder) is None:
            shutil.rmtree(folder, ignore_errors=True)
            os.rename(tmp, folder)


def read(folder: Path) -> Bundle | None:
    """The bundle in ``folder``, or None (and the folder deleted) when it is absent or broken."""
    try:
        ready = json.loads((folder / READY).read_text(encoding="utf-8"))
        if ready.get("format") != FORMAT:
            raise ValueError("another format")
        out: Bundle = {}
        for name, size in ready["files"].items():
            path = folder / name
            if path.stat().st_size != size:
                raise ValueError(f"{name}: {path.stat().st_size} bytes, expected {size}")
            out[path.stem] = _open(path)
        return out
    except FileNotFoundError:
        if folder.exists():
            shutil.rmtree(folder, ignore_errors=True)
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError, pa.ArrowException):
        shutil.rmtree(folder, ignore_errors=True)
        return None


def _open(path: Path) -> Any:
    if path.suffix == ".npy":
        return np.load(path, mmap_mode="r", allow_pickle=False)
    if path.suffix == ".arrow":
        return pa.ipc.open_file(pa.memory_map(str(path))).read_all()
    if path.stat().st_size == 0:
        return b""
    with open(path, "rb") as fh:
        return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)


def drop_other_versions(folder: Path) -> None:
    """Delete the bundles of other warehouse versions (``folder`` is ``cache/v<version>``)."""
    for other in folder.parent.glob("v*"):
        if other != folder and other.is_dir():
            shutil.rmtree(other, ignore_errors=True)
