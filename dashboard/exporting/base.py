"""What every export view gets (:class:`Session`) and gives back (:class:`Export`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from dashboard.indexes.corpus import Corpus
from dashboard.queries import Filters
from dashboard.rendering import publication
from dashboard.rendering.i18n import InLanguage

__all__ = ["DataError", "Export", "ExportError", "Session", "known", "split_list"]

_LIST = re.compile(r"\s*[,，、]\s*")


class ExportError(Exception):
    """A usage error found once the warehouse is open: ``argument`` names the flag at fault."""

    def __init__(self, argument: str, message: str) -> None:
        super().__init__(f"{argument}: {message}")
        self.argument = argument


class DataError(Exception):
    """An input file that cannot be used (exit 1): the message names the file (and line) and why."""


@dataclass(frozen=True)
class Export:
    """One figure (None for a table only) and the frame behind it, metric named in its columns."""

    name: str  # the file stem the dashboard's download uses too
    title: str
    figure: go.Figure | None
    frame: pd.DataFrame
    metric: str | None = None  # a UI-strings key: its name and formula (``f_<metric>``) are shown
    window: int = 1
    about: publication.Provenance | None = None  # a table of the whole warehouse says what made it


@dataclass(frozen=True)
class Session(InLanguage):
    """The opened warehouse, the codebook in force, the corpus, the filters and the language."""

    corpus: Corpus
    filters: Filters

    def about(self, export: Export) -> publication.Provenance:
        return publication.describe(
            self.wh,
            self.corpus,
            self.filters,
            self.codebook,
            title=export.title,
            metric=export.metric,
            lang=self.lang,
            window=export.window,
        )

    def about_table(self, title: str) -> publication.Provenance:
        """What made a research table (no metric): the filters, the warehouse, the codebook."""
        return publication.describe(
            self.wh, self.corpus, self.filters, self.codebook, title=title, metric=None, lang=self.lang
        )


def split_list(text: str | None) -> tuple[str, ...]:
    """``a,b，c、d`` as a tuple, blanks dropped, order kept, duplicates once."""
    return tuple(dict.fromkeys(p for p in _LIST.split(text or "") if p.strip()))


def known(argument: str, values: Sequence[str], offered: Iterable[str], what: str) -> tuple[str, ...]:
    """``values`` when each is among ``offered``; else an :class:`ExportError` naming the first
    unknown one and a few of those there are."""
    have = list(dict.fromkeys(offered))
    missing = [v for v in values if v not in set(have)]
    if missing:
        listed = ", ".join(have[:12]) + (", ..." if len(have) > 12 else "")
        raise ExportError(argument, f"unknown {what} {missing[0]!r} (known: {listed or 'none'})")
    return tuple(values)
