"""``export tenures``: who held each post in each region (the Tenures page's table): region,
post, name, first, last, n_meetings, from the first to the last dated meeting with the title,
an overrides file applied."""

from __future__ import annotations

import argparse
from pathlib import Path

from dashboard.exporting.base import Export
from dashboard.exporting.research_tables import held_posts, out_path, provenance
from dashboard.rendering.i18n import t
from etl.io.warehouse import Warehouse

__all__ = ["COLUMNS", "HELP", "SUFFIXES", "add_arguments", "table"]

HELP = "who held each post in each region, first to last meeting (the Tenures page)"
SUFFIXES = (".csv",)
COLUMNS = ["region", "post", "name", "first", "last", "n_meetings"]


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=out_path(SUFFIXES), required=True, help="FILE.csv")
    p.add_argument("--overrides", type=Path, help="tenure overrides CSV (region,post,name,start,end)")


def table(wh: Warehouse, args: argparse.Namespace) -> Export:
    frame = held_posts(wh, args.overrides)[COLUMNS]
    title = t("page_tenures", args.lang)
    return Export("tenures", title, None, frame, about=provenance(wh, title, args.lang))
