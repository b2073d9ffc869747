"""``export tenures``: who held each post in each region (the Tenures page's table): region,
post, name, first, last, n_meetings, from the first to the last dated meeting with the title,
an overrides file applied; the regions filter selects the rows, ``--post`` one post."""

from __future__ import annotations

import argparse

from dashboard import queries
from dashboard.exporting.base import Export, Session
from dashboard.exporting.research_tables import out_path, provenance

__all__ = ["COLUMNS", "HELP", "SUFFIXES", "add_arguments", "table"]

HELP = "who held each post in each region, first to last meeting (the Tenures page)"
SUFFIXES = (".csv",)
COLUMNS = ["region", "post", "name", "first", "last", "n_meetings"]


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=out_path(SUFFIXES), required=True, help="FILE.csv")


def table(s: Session, args: argparse.Namespace) -> Export:
    held = queries.research.tenure_table(s.corpus, s.filters)
    if args.post is not None:
        held = held[held["post"] == args.post]
    title = s.t("page_tenures")
    notes = [(s.t("tenure_post"), args.post)] if args.post is not None else []
    return Export("tenures", title, None, held[COLUMNS].reset_index(drop=True), about=provenance(s, title, notes))
