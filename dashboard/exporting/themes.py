"""``export themes``: the theme-trends page's chart and its data."""

from __future__ import annotations

import argparse

from dashboard import queries
from dashboard.exporting.base import Export, ExportError, Session
from dashboard.rendering import charts, publication

HELP = "theme trends over time (the Theme trends page)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--metric", choices=queries.METRICS, default="per10k", help="the metric (default: per10k)")
    p.add_argument("--window", type=int, default=1, help="trailing moving average over N periods (default: 1)")
    p.add_argument("--stacked", action="store_true", help="stacked shares of all theme mentions")


def build(s: Session, args: argparse.Namespace) -> Export:
    """As the page: the chosen themes (default: the six most mentioned) under the metric."""
    if args.window < 1:
        raise ExportError("--window", f"must be at least 1, not {args.window}")
    totals = queries.theme_totals(s.corpus, s.filters)
    themes = list(s.filters.themes) or list(totals["theme"].head(6)) or s.themes[:6]
    metric = "share_mentions" if args.stacked else args.metric
    series = queries.theme_series(s.corpus, s.filters, themes, metric, args.window)
    if series.empty:
        raise ExportError("filters", "no dated meeting matches the filters: nothing to draw over time")
    fig = charts.trend_chart(
        series,
        "theme",
        metric,
        s.labels,
        stacked=args.stacked,
        n_label=s.t("n_meetings"),
        axis_title=s.t(metric),
    )
    frame = publication.named_metric(series, metric, args.window)
    return Export("theme_trends", s.t("page_themes"), fig, frame, metric, args.window)
