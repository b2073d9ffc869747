"""``export panel``: the region × period panel (the Panels page's table) over the filters.

One row per region and year, quarter, month, tenure or user period with n_meetings, n_chars and,
in the codebook's order, ``<theme>_hits`` and ``<theme>_per10k``
(``dashboard.queries.research.panel``, as the page computes it); non-reports are left out. Written
as .csv, .xlsx, .parquet or .dta (``dashboard.rendering.table_files``: with the provenance each
can hold).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dashboard import queries
from dashboard.exporting.base import DataError, Export, Session
from dashboard.exporting.research_tables import out_path, provenance, theme_names
from dashboard.measures.panels import PANEL_KINDS
from dashboard.measures.writers import FORMATS

__all__ = ["HELP", "SUFFIXES", "add_arguments", "table"]

HELP = "the region × period panel of theme hits and rates (the Panels page); --by region,year|quarter|..."
SUFFIXES = FORMATS


def _by(text: str) -> str:
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if parts and parts[0] == "region":
        parts = parts[1:]
    if len(parts) != 1 or parts[0] not in PANEL_KINDS:
        raise argparse.ArgumentTypeError(f"want region,<{'|'.join(PANEL_KINDS)}>, got {text!r}")
    return parts[0]


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=out_path(SUFFIXES), required=True, help="FILE.csv, .xlsx, .parquet or .dta")
    p.add_argument("--by", type=_by, default="year", help=f"region,{'|'.join(PANEL_KINDS)} (default: region,year)")
    p.add_argument("--codebook", type=Path, help="codebook folder for the theme order (default: the recorded one)")


def table(s: Session, args: argparse.Namespace) -> Export:
    if args.by == "periods" and not queries.calendars.calendar_of(s.corpus).periods:
        raise DataError("--by region,periods needs --periods FILE.csv (name,start,end[,region])")
    f = s.filters
    names = list(f.themes) or theme_names(s.wh, args.codebook, queries.theme_totals(s.corpus, f)["theme"])
    frame = queries.research.panel(s.corpus, f, args.by, names)
    title = s.t("page_panel")
    notes = [(s.t("panel_by"), f"region,{s.t(args.by)}")]
    if args.by == "tenure":
        notes.append((s.t("tenure_post"), f.post))
    return Export(f"panel_region_{args.by}", title, None, frame, about=provenance(s, title, notes, dated_only=True))
