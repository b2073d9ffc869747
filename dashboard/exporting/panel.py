"""``export panel``: the region × period panel of the whole warehouse (the Panels page's table).

One row per region and year, quarter, month, tenure or user period with n_meetings, n_chars and,
in the codebook's order, ``<theme>_hits`` and ``<theme>_per10k``
(``dashboard.measures.region_period_panel``); non-reports are left out. Written as .csv, .xlsx,
.parquet or .dta (``dashboard.rendering.table_files``: with the provenance each can hold).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from dashboard import measures
from dashboard.exporting.base import DataError, Export
from dashboard.exporting.research_tables import held_posts, meetings, out_path, provenance, theme_names
from dashboard.measures.panels import PANEL_KINDS
from dashboard.measures.writers import FORMATS
from dashboard.rendering.i18n import t
from etl.io.warehouse import Warehouse

__all__ = ["HELP", "SUFFIXES", "add_arguments", "panel_frame", "table"]

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
    p.add_argument("--periods", type=Path, help="user periods CSV (name,start,end[,region]) for --by region,periods")
    p.add_argument("--overrides", type=Path, help="tenure overrides CSV (region,post,name,start,end)")
    p.add_argument("--post", default="书记", help="whose tenures make --by region,tenure (default 书记)")
    p.add_argument("--codebook", type=Path, help="codebook folder for the theme order (default: the recorded one)")


def _period(wh: Warehouse, kind: str, periods: Path | None, overrides: Path | None, post: str) -> measures.Period:
    if kind == "periods":
        if periods is None:
            raise DataError("--by region,periods needs --periods FILE.csv (name,start,end[,region])")
        return measures.Period("periods", periods=measures.load_periods(periods))
    if kind == "tenure":
        return measures.Period("tenure", tenures=held_posts(wh, overrides), post=post)
    return measures.Period(kind)


def panel_frame(
    wh: Warehouse,
    by: str,
    *,
    periods: Path | None = None,
    overrides: Path | None = None,
    post: str = "书记",
    codebook: Path | None = None,
) -> pd.DataFrame:
    """The region × period panel of the whole warehouse (``by``: year ... tenure, periods)."""
    themes = wh.read("themes", ["meeting_id", "seq", "theme", "count"]).to_pandas()
    period = _period(wh, by, periods, overrides, post)
    names = theme_names(wh, codebook, themes)
    return measures.region_period_panel(meetings(wh), themes, period, theme_names=names)


def table(wh: Warehouse, args: argparse.Namespace) -> Export:
    frame = panel_frame(
        wh, args.by, periods=args.periods, overrides=args.overrides, post=args.post, codebook=args.codebook
    )
    title = t("page_panel", args.lang)
    by = (t("panel_by", args.lang), f"region,{t(args.by, args.lang)}")
    about = provenance(wh, title, args.lang, [by], dated_only=True)  # a period needs a date
    return Export(f"panel_region_{args.by}", title, None, frame, about=about)
