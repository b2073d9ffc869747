"""What the research tables of a whole warehouse (``export panel``, ``export tenures``) share:
its meetings, its post holders, the codebook's theme order and their provenance."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from dashboard import measures
from dashboard.exporting.base import DataError
from dashboard.queries.filters import DEFAULTS, specs
from dashboard.rendering import publication
from dashboard.rendering.i18n import t
from etl.contract.model import CodebookError
from etl.count.codebook import load_folder
from etl.io.warehouse import Warehouse

__all__ = ["held_posts", "meetings", "out_path", "provenance", "theme_names"]

MEETING_COLUMNS = ["meeting_id", "date", "region", "organ", "meeting_type", "title", "source", "n_chars", "is_report"]


def out_path(suffixes: Sequence[str]) -> type:
    """An argparse ``type`` taking a file name that ends in one of ``suffixes``."""

    def parse(text: str) -> Path:
        path = Path(text)
        if path.suffix.lower() not in suffixes:
            raise argparse.ArgumentTypeError(f"{text}: the file name must end in {', '.join(suffixes)}")
        return path

    return parse  # type: ignore[return-value]  # argparse calls it as a type


def meetings(wh: Warehouse) -> pd.DataFrame:
    return wh.read("meetings", MEETING_COLUMNS).to_pandas(date_as_object=False)


def held_posts(wh: Warehouse, overrides: Path | None = None) -> pd.DataFrame:
    """The warehouse's tenures, the overrides file applied when given."""
    found = measures.tenures(meetings(wh), wh.read("people").to_pandas())
    if overrides is None:
        return found
    return measures.apply_overrides(found, measures.load_overrides(overrides))


def theme_names(wh: Warehouse, codebook: Path | None, themes: pd.DataFrame) -> list[str]:
    """The codebook's order (the given folder, else the one the warehouse recorded), then any
    theme of the table the codebook lacks."""
    recorded = wh.manifest.get("codebook", {}).get("folder")
    folder = codebook or (Path(recorded) if recorded else None)
    names: list[str] = []
    if folder is not None:
        try:
            names = [th.theme for th in load_folder(folder).codebook.themes]
        except (OSError, CodebookError) as exc:
            if codebook is not None:  # asked for: say why it cannot be used
                raise DataError(f"{codebook}: {exc}") from None
    seen = sorted(set(themes["theme"].astype(str)) - set(names))
    return names + seen


def provenance(
    wh: Warehouse, title: str, lang: str, notes: Sequence[tuple[str, str]] = (), *, dated_only: bool = False
) -> publication.Provenance:
    """The provenance of a table of the warehouse's reports (non-reports left out, as the
    sidebar's default leaves them out; with ``dated_only`` the undated too, as a panel's periods
    do); ``notes`` are more (label, value) pairs, e.g. the period."""
    rows = meetings(wh)
    reports = rows[rows["is_report"].fillna(True).astype(bool)]
    if dated_only:
        reports = reports[reports["date"].notna()]
    label = dict(specs())["include_non_reports"].label
    left_out = (t(label, lang), t("yes" if DEFAULTS.include_non_reports else "no", lang))
    return publication.describe_warehouse(wh, reports["date"], title=title, lang=lang, filters=(left_out, *notes))
