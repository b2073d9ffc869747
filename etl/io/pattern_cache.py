"""The reading modules' regular expressions, compiled once per machine rather than once per process.

Compiling the patterns of the modules that read reports takes about 0.4 CPU s in every process
that imports them (``re``'s parser and compiler are Python), a third of an addition's fixed
cost. Within ``served_patterns``, ``re.compile`` of a pattern compiled before on this Python
build hands the stored program of the regular-expression engine to ``_sre.compile``, which
checks it and builds the same ``re.Pattern`` that ``re.compile`` builds; a pattern not stored
yet is compiled by ``re.compile`` and stored when the window closes.

What is stored is the engine's program for one exact pattern text and flags, and an entry is
stored only after the pattern built from it was found equal to ``re.compile``'s (its program,
flags, groups and group names): an entry cannot change what a pattern matches. The file is
JSON (never code or pickled objects), in a folder of the user's own under the temporary
directory, named for the Python build and the engine's version. A file that cannot be read or
an entry the engine refuses is compiled as usual and written again. The window is only opened
round the imports of the reading modules: patterns made from a meeting's data (its names) are
never stored.
"""

from __future__ import annotations

import _sre
import array
import base64
import binascii
import contextlib
import json
import os
import re
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from etl.io.atomic import write_json_atomic

OFF_SWITCH = "POLICY_THEMES_PATTERN_CACHE"  # "off": every pattern compiled by Python, nothing stored
MAX_ENTRIES = 4096  # more than every worktree's reading patterns; past it the file keeps one window's
_CODE_TYPE = next((t for t in "IL" if array.array(t).itemsize == _sre.CODESIZE), None)

Entry = list[Any]  # [flags, program (base64 of the code words), groups, {name: group}]


def default_path() -> Path:
    """The cache of this Python build, in a folder of the user's own under the temporary directory."""
    tag = f"{sys.implementation.cache_tag}-{sys.version_info.releaselevel}-{_sre.MAGIC}-{_sre.CODESIZE}"
    return Path(tempfile.gettempdir()) / f"policy-themes-{os.getuid()}" / f"patterns-{tag}.json"


def _own_folder(folder: Path) -> bool:
    """Create ``folder`` for this user only; False when it is another user's or open to others."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = folder.stat()
    except OSError:
        return False
    return st.st_uid == os.getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


# The file as last read by this process, by (path, size, mtime): a second window (the command's
# pipeline, then its in-process worker) does not parse 1.7 MB of JSON again.
_last_read: dict[tuple[Path, int, int], dict[str, Entry]] = {}


def _read(path: Path) -> dict[str, Entry]:
    try:
        st = path.stat()
        key = (path, st.st_size, st.st_mtime_ns)
        if key not in _last_read:
            data = json.loads(path.read_text(encoding="utf-8"))
            _last_read.clear()
            _last_read[key] = data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}
    return _last_read[key]


def _key(pattern: str, flags: int) -> str:
    return f"{flags}:{pattern}"


def _built(pattern: str, entry: Entry) -> re.Pattern[str]:
    """The pattern of a stored entry (``_sre.compile`` checks the program; a bad one raises)."""
    flags, program, groups, groupindex = entry
    code = array.array(_CODE_TYPE or "I", base64.b64decode(program)).tolist()
    indexgroup: list[str | None] = [None] * (groups + 1)
    for name, i in groupindex.items():
        indexgroup[i] = name
    built: re.Pattern[str] = _sre.compile(pattern, flags, code, groups, groupindex, tuple(indexgroup))
    return built


def _entry(pattern: str, flags: int, compiled: re.Pattern[str]) -> Entry | None:
    """What to store for ``pattern``, or None when its rebuilt pattern would not equal ``compiled``."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    entry: Entry = [
        flags | parsed.state.flags,
        base64.b64encode(array.array(_CODE_TYPE or "I", code).tobytes()).decode("ascii"),
        parsed.state.groups - 1,
        dict(parsed.state.groupdict),
    ]
    rebuilt = _built(pattern, entry)
    same = (rebuilt.flags, rebuilt.groups, rebuilt.groupindex) == (compiled.flags, compiled.groups, compiled.groupindex)
    return entry if same and rebuilt == compiled else None


class _Window:
    """``re.compile`` served from the stored entries, new patterns noted to be stored."""

    def __init__(self, path: Path, compile_: Callable[..., re.Pattern[str]]) -> None:
        self.path = path
        self._compile = compile_
        self._stored: dict[str, Entry] | None = None  # read on the first compile
        self.used: dict[str, Entry] = {}
        self.new = 0

    def compile(self, pattern: Any, flags: int = 0) -> re.Pattern[str]:
        flags = int(flags)
        if not isinstance(pattern, str) or flags & re.DEBUG:
            return self._compile(pattern, flags)
        if self._stored is None:  # never read from a folder another user could write to
            self._stored = _read(self.path) if _own_folder(self.path.parent) else {}
        key = _key(pattern, flags)
        entry = self._stored.get(key)
        if entry is not None:
            try:
                built = _built(pattern, entry)
            except (TypeError, ValueError, RuntimeError, binascii.Error, KeyError, IndexError):
                pass  # an entry of another build or a damaged file: compiled and stored again
            else:
                self.used[key] = entry
                return built
        compiled = self._compile(pattern, flags)
        try:
            stored = _entry(pattern, flags, compiled)
        except Exception:  # an engine whose internals differ: the pattern is simply not stored
            stored = None
        if stored is not None:
            self.used[key] = stored
            self.new += 1
        return compiled

    def store(self) -> None:
        """Write the entries back when this window compiled any pattern (merged with the file's)."""
        if not self.new or not _own_folder(self.path.parent):
            return
        merged = {**_read(self.path), **self.used}
        with contextlib.suppress(OSError):
            # In ASCII (the patterns' Chinese as escapes): every process that imports the reading
            # modules reads the file, and one character beyond ASCII makes decoding it build a str of
            # two bytes a character, which took longer than parsing it (docs/benchmarks.md).
            write_json_atomic(merged if len(merged) <= MAX_ENTRIES else self.used, self.path, ensure_ascii=True)


_active: list[_Window] = []


@contextlib.contextmanager
def served_patterns(path: Path | None = None) -> Iterator[None]:
    """Within the block, ``re.compile`` serves the patterns stored in ``path`` (``default_path()``).

    Nested blocks are one window; outside any, ``re.compile`` is Python's own again. With
    ``POLICY_THEMES_PATTERN_CACHE=off`` in the environment nothing is read or stored."""
    if _active or _CODE_TYPE is None or os.environ.get(OFF_SWITCH, "").lower() == "off":
        yield
        return
    window = _Window(path or default_path(), re.compile)
    _active.append(window)
    re.compile = window.compile  # type: ignore[assignment]
    try:
        yield
    finally:
        re.compile = window._compile  # type: ignore[assignment]
        _active.clear()
        window.store()


__all__ = ["MAX_ENTRIES", "OFF_SWITCH", "default_path", "served_patterns"]
