"""``policy-themes export``: the dashboard's figures and tables drawn without a browser.

``python -m dashboard.exporting VIEW [options]`` (``policy-themes export`` runs it) opens the
warehouse, turns the filter flags into the same frozen ``Filters`` the sidebar makes, calls the
same query and chart functions as the page and writes SVG, PNG, HTML, CSV or XLSX through
``dashboard.rendering.publication``, with the provenance every export carries.

Each view is one module of this package with ``HELP``, ``add_arguments(parser)`` and either
``build(session, args) -> Export`` (a figure or table over the filters) or ``table(warehouse,
args) -> Export`` with the ``SUFFIXES`` it writes (a research table of the whole warehouse:
``panel``, ``tenures``), see :mod:`dashboard.exporting.base`; adding one is that module and its
name in :data:`VIEWS`.
"""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["VIEWS", "view"]

VIEWS = ("themes", "terms", "speakers", "heatmap", "panel", "tenures")


def view(name: str) -> ModuleType:
    """The module that builds the view ``name`` (one of :data:`VIEWS`)."""
    if name not in VIEWS:
        raise KeyError(name)
    return importlib.import_module(f"dashboard.exporting.{name}")
