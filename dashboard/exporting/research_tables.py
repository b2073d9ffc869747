"""What the research tables (``export panel``, ``export tenures``) share: the codebook's theme
order and their provenance over the session's filters."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Iterable, Sequence
from pathlib import Path

from dashboard import queries
from dashboard.exporting.base import DataError, Session
from dashboard.queries.filters import specs
from dashboard.rendering import publication
from etl.contract.model import CodebookError
from etl.count.codebook import load_folder
from etl.io.warehouse import Warehouse

__all__ = ["out_path", "provenance", "theme_names"]


def out_path(suffixes: Sequence[str]) -> type:
    """An argparse ``type`` taking a file name that ends in one of ``suffixes``."""

    def parse(text: str) -> Path:
        path = Path(text)
        if path.suffix.lower() not in suffixes:
            raise argparse.ArgumentTypeError(f"{text}: the file name must end in {', '.join(suffixes)}")
        return path

    return parse  # type: ignore[return-value]  # argparse calls it as a type


def theme_names(wh: Warehouse, codebook: Path | None, themes: Iterable[str]) -> list[str]:
    """The codebook's order (the given folder, else the one the warehouse recorded), then any of
    ``themes`` (those the selection has) the codebook lacks."""
    recorded = wh.manifest.get("codebook", {}).get("folder")
    folder = codebook or (Path(recorded) if recorded else None)
    names: list[str] = []
    if folder is not None:
        try:
            names = [th.theme for th in load_folder(folder).codebook.themes]
        except (OSError, CodebookError) as exc:
            if codebook is not None:  # asked for: say why it cannot be used
                raise DataError(f"{codebook}: {exc}") from None
    seen = sorted({str(th) for th in themes} - set(names))
    return names + seen


def provenance(
    s: Session, title: str, notes: Sequence[tuple[str, str]] = (), *, dated_only: bool = False
) -> publication.Provenance:
    """The provenance of a research table over the session's filters: the filters not at their
    default (the granularity and the post aside: a table names its period, and the post where it
    counts, in ``notes``), non-reports left out whatever the filters say, the reports it is made
    of (with ``dated_only`` only the dated, as a panel's periods need a date)."""
    about = s.about_table(title)
    labels = dict(specs())
    skipped = {s.t(labels[name].label) for name in ("granularity", "post", "include_non_reports")}
    left_out = (s.t(labels["include_non_reports"].label), s.t("no"))
    filters = (left_out, *(pair for pair in about.filters if pair[0] not in skipped), *notes)
    rows = queries.research.research_meetings(s.corpus, s.filters)
    reports = rows[rows["is_report"].fillna(True).astype(bool)]
    if dated_only:
        reports = reports[reports["date"].notna()]
    dated = reports["date"].dropna()
    dates = f"{dated.min():%Y-%m-%d} – {dated.max():%Y-%m-%d}" if len(dated) else ""
    return dataclasses.replace(about, filters=filters, n_meetings=len(reports), dates=dates)
