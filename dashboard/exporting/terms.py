"""``export terms``: the term-trends page's chart and its data."""

from __future__ import annotations

import argparse

from dashboard import queries
from dashboard.exporting.base import Export, ExportError, Session
from dashboard.rendering import charts, publication

HELP = "typed words over time (the Term trends page); a+b sums two words in one line"
METRICS = ("per10k", "share_meetings", "count")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--terms", required=True, help="words, comma-separated; a+b is one line (脱贫攻坚+扶贫)")
    p.add_argument("--metric", choices=METRICS, default="per10k", help="the metric (default: per10k)")
    p.add_argument("--window", type=int, default=1, help="trailing moving average over N periods (default: 1)")


def build(s: Session, args: argparse.Namespace) -> Export:
    if args.window < 1:
        raise ExportError("--window", f"must be at least 1, not {args.window}")
    terms = tuple(q.label for q in queries.parse_terms(args.terms))
    if not terms:
        raise ExportError("--terms", "give at least one word")
    counts = queries.term_counts(s.wh, s.corpus, s.filters, terms)
    series = queries.term_series(s.corpus, s.filters, counts, terms, args.metric, args.window)
    if series.empty:
        raise ExportError("filters", "no dated meeting matches the filters: nothing to draw over time")
    fig = charts.trend_chart(series, "term", args.metric, n_label=s.t("n_meetings"), axis_title=s.t(args.metric))
    frame = publication.named_metric(series, args.metric, args.window)
    return Export("term_trends", s.t("page_terms"), fig, frame, args.metric, args.window)
