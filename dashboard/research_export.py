"""``export panel`` and ``export tenures``: the research tables of a warehouse as files.

    python -m dashboard.research_export panel --warehouse W --by region,year --out panel.dta
    python -m dashboard.research_export tenures --warehouse W --out tenures.csv

``panel`` writes the region × period panel (``dashboard.measures.region_period_panel``: one row
per region and year, quarter, month, tenure or user period, ``<theme>_hits`` and
``<theme>_per10k`` in the codebook's order) as .csv, .xlsx, .parquet or .dta; ``tenures`` the
holders of each post (region, post, name, first, last, n_meetings). Non-reports are left out.
:func:`register` adds both subcommands to another parser (``policy-themes export``), :func:`main`
runs them alone. Exit codes: 0 written, 1 the warehouse or an input file cannot be used,
2 a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from dashboard import measures
from dashboard.measures.panels import PANEL_KINDS
from dashboard.measures.writers import FORMATS
from etl.contract.model import CodebookError
from etl.contract.settings import resolve
from etl.count.codebook import load_folder
from etl.io.warehouse import Warehouse, WarehouseError

__all__ = ["main", "panel_frame", "register", "tenure_frame"]

MEETING_COLUMNS = ["meeting_id", "date", "region", "organ", "meeting_type", "title", "source", "n_chars", "is_report"]
TENURE_EXPORT = ["region", "post", "name", "first", "last", "n_meetings"]


class ExportError(Exception):
    """An input that cannot be used; the message names it and says why."""


def _open(path: Path) -> Warehouse:
    try:
        wh = Warehouse.open(path)
    except WarehouseError as exc:
        raise ExportError(f"{path}: {exc}") from None
    if not wh.exists:
        raise ExportError(f"{path}: no warehouse there (run `policy-themes etl REPORTS --out {path}` first)")
    return wh


def _meetings(wh: Warehouse) -> pd.DataFrame:
    return wh.read("meetings", MEETING_COLUMNS).to_pandas(date_as_object=False)


def _theme_names(wh: Warehouse, codebook: Path | None, themes: pd.DataFrame) -> list[str]:
    """The codebook's order (the given folder, else the one the warehouse recorded), then any
    theme of the table the codebook lacks."""
    recorded = wh.manifest.get("codebook", {}).get("folder")
    folder = codebook or (Path(recorded) if recorded else None)
    names: list[str] = []
    if folder is not None:
        try:
            names = [t.theme for t in load_folder(folder).codebook.themes]
        except (OSError, CodebookError) as exc:
            if codebook is not None:  # asked for: say why it cannot be used
                raise ExportError(f"{codebook}: {exc}") from None
    seen = sorted(set(themes["theme"].astype(str)) - set(names))
    return names + seen


def held_posts(wh: Warehouse, overrides: Path | None = None) -> pd.DataFrame:
    """The warehouse's tenures, the overrides file applied when given."""
    found = measures.tenures(_meetings(wh), wh.read("people").to_pandas())
    if overrides is None:
        return found
    return measures.apply_overrides(found, measures.load_overrides(overrides))


def _period(wh: Warehouse, kind: str, periods: Path | None, overrides: Path | None, post: str) -> measures.Period:
    if kind == "periods":
        if periods is None:
            raise ExportError("--by region,periods needs --periods FILE.csv (name,start,end[,region])")
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
    names = _theme_names(wh, codebook, themes)
    return measures.region_period_panel(_meetings(wh), themes, period, theme_names=names)


def tenure_frame(wh: Warehouse, overrides: Path | None = None) -> pd.DataFrame:
    """region, post, name, first, last, n_meetings of every post holder."""
    return held_posts(wh, overrides)[TENURE_EXPORT]


def _by(text: str) -> str:
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if parts and parts[0] == "region":
        parts = parts[1:]
    if len(parts) != 1 or parts[0] not in PANEL_KINDS:
        raise argparse.ArgumentTypeError(f"want region,<{'|'.join(PANEL_KINDS)}>, got {text!r}")
    return parts[0]


def _out(text: str, suffixes: Sequence[str] = FORMATS) -> Path:
    path = Path(text)
    if path.suffix.lower() not in suffixes:
        raise argparse.ArgumentTypeError(f"{text}: the file name must end in {', '.join(suffixes)}")
    return path


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``panel`` and ``tenures`` to a parser's subcommands (each sets ``run``)."""
    default_wh = resolve().warehouse
    panel = subparsers.add_parser("panel", help="the region × period panel of theme hits and rates")
    panel.add_argument("--warehouse", type=Path, default=default_wh, help=f"warehouse folder (default {default_wh})")
    panel.add_argument("--by", type=_by, default="year", help="region,year|quarter|month|tenure|periods")
    panel.add_argument("--out", type=_out, required=True, help="FILE.csv, .xlsx, .parquet or .dta")
    panel.add_argument(
        "--periods", type=Path, help="user periods CSV (name,start,end[,region]) for --by region,periods"
    )
    panel.add_argument("--overrides", type=Path, help="tenure overrides CSV (region,post,name,start,end)")
    panel.add_argument("--post", default="书记", help="whose tenures make --by region,tenure (default 书记)")
    panel.add_argument("--codebook", type=Path, help="codebook folder for the theme order (default: the recorded one)")
    panel.set_defaults(run=_run_panel)
    tenures = subparsers.add_parser("tenures", help="who held each post in each region, first to last meeting")
    tenures.add_argument("--warehouse", type=Path, default=default_wh, help=f"warehouse folder (default {default_wh})")
    tenures.add_argument("--out", type=lambda s: _out(s, (".csv",)), required=True, help="FILE.csv")
    tenures.add_argument("--overrides", type=Path, help="tenure overrides CSV (region,post,name,start,end)")
    tenures.set_defaults(run=_run_tenures)


def _run_panel(args: argparse.Namespace) -> str:
    wh = _open(args.warehouse)
    frame = panel_frame(
        wh, args.by, periods=args.periods, overrides=args.overrides, post=args.post, codebook=args.codebook
    )
    written = measures.write_table(frame, args.out)
    return f"panel by region,{args.by}: {len(frame)} rows -> {', '.join(map(str, written))}"


def _run_tenures(args: argparse.Namespace) -> str:
    frame = tenure_frame(_open(args.warehouse), args.overrides)
    written = measures.write_table(frame, args.out)
    return f"tenures: {len(frame)} holders -> {', '.join(map(str, written))}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.research_export", description=__doc__.split("\n")[0])
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    try:
        print(args.run(args))
    except (ExportError, measures.PeriodsError, measures.TenureError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
