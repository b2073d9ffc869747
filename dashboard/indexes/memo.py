"""Answers kept per corpus and shared by every session of a server, safe under threads.

Streamlit runs each browser session in its own thread and they all share one
:class:`~dashboard.indexes.corpus.Corpus`. What a corpus remembers (filter-free answers, the
last few selections) lives in a :class:`Memo`: every read and write of its dictionaries holds
one lock, and each kind of answer is a typed :class:`Slot`, so a caller gets back the type it
stored without a cast. Answers are computed outside the lock (two sessions may compute the
same one at once; the first stored wins and both return it), so a slow answer never blocks
the others. No streamlit here.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Generic, TypeVar, cast

__all__ = ["Memo", "Slot"]

T = TypeVar("T")


@dataclass(frozen=True)
class Slot(Generic[T]):
    """One kind of remembered answer: its name and how many keys it keeps (most recent last)."""

    name: str
    keep: int = 1


class Memo:
    """Typed, bounded, thread-safe memo of one corpus (see the module docstring)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._slots: dict[str, OrderedDict[Hashable, object]] = {}

    def get(self, slot: Slot[T], key: Hashable, compute: Callable[[], T]) -> T:
        """The answer for ``key`` in ``slot``: remembered, or computed and remembered."""
        with self._lock:
            kept = self._slots.setdefault(slot.name, OrderedDict())
            if key in kept:
                kept.move_to_end(key)
                return cast(T, kept[key])
        value = compute()
        with self._lock:
            kept = self._slots.setdefault(slot.name, OrderedDict())
            if key in kept:  # another thread stored it meanwhile: everyone shares the first one
                kept.move_to_end(key)
                return cast(T, kept[key])
            kept[key] = value
            while len(kept) > slot.keep:
                kept.popitem(last=False)
            return value

    def once(self, slot: Slot[T], compute: Callable[[], T]) -> T:
        """A filter-free answer, computed at most once per corpus (but see the docstring)."""
        return self.get(slot, None, compute)

    def put(self, slot: Slot[T], value: T, key: Hashable = None) -> None:
        """Store an answer known ahead (e.g. read from a persisted bundle)."""
        self.get(slot, key, lambda: value)

    def replace(self, slot: Slot[T], value: T, key: Hashable = None) -> None:
        """Store ``value`` for ``key`` even when an answer is kept (the user's data files changed)."""
        with self._lock:
            kept = self._slots.setdefault(slot.name, OrderedDict())
            kept[key] = value
            kept.move_to_end(key)
            while len(kept) > slot.keep:
                kept.popitem(last=False)

    def sizes(self) -> dict[str, int]:
        """How many answers each slot holds (for the bounded-memory tests)."""
        with self._lock:
            return {name: len(kept) for name, kept in self._slots.items()}
