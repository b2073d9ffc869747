"""``export heatmap``: the overview's theme x period heatmap and its data."""

from __future__ import annotations

import argparse

from dashboard import queries
from dashboard.exporting.base import Export, ExportError, Session
from dashboard.rendering import charts, publication


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--metric", choices=queries.METRICS, default="per10k", help="the metric (default: per10k)")


HELP = "themes x periods, coloured by the metric (the Overview page)"


def build(s: Session, args: argparse.Namespace) -> Export:
    themes = list(s.filters.themes) or s.themes
    series = queries.theme_series(s.corpus, s.filters, themes, args.metric)
    if series.empty:
        raise ExportError("filters", "no dated meeting matches the filters: nothing to draw over time")
    fig = charts.heatmap(series, s.labels, zlabel=s.t(args.metric), integer=args.metric == "count")
    frame = publication.named_metric(series, args.metric)
    return Export("theme_heatmap", s.t("heatmap_export_title"), fig, frame, args.metric)
