"""The people a report names, in order of first appearance, one entry per (name, role), with the
title each was first named with.
"""

from __future__ import annotations

from etl.contract.model import Person
from etl.extract.text.patterns import simplified


class PeopleRoll:
    """People in order of first appearance, one entry per (name, role)."""

    def __init__(self) -> None:
        self._order: dict[tuple[str, str], Person] = {}
        self._titles: dict[str, str] = {}

    def add(self, name: str, title: str | None, role: str) -> None:
        if title:
            self._titles.setdefault(name, title)
        key = (name, role)
        if key not in self._order:
            self._order[key] = Person(name, title or self._titles.get(name), role)

    def holding(self, post: str) -> list[tuple[str, str]]:
        """(name, title) of the people whose title ends with ``post`` (in simplified script)."""
        return [(n, t) for n, t in self._titles.items() if post_key(t).endswith(post_key(post))]

    def named(self, name: str) -> bool:
        return any(n == name for n, _ in self._order)

    def holds(self, name: str, role: str) -> bool:
        return (name, role) in self._order

    def result(self) -> tuple[Person, ...]:
        return tuple(
            p if p.title or p.name not in self._titles else Person(p.name, self._titles[p.name], p.role)
            for p in self._order.values()
        )


def post_key(title: str) -> str:
    """A title in simplified script with a branch's 党 dropped: 村党支部书记 and 某村支部书记 name one post."""
    return simplified(title).replace("党支部", "支部").replace("党总支", "总支")
