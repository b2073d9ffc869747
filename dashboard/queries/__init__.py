"""Queries by subject, the one surface pages call: corpus + frozen Filters -> pandas frames.

``selection`` (the selected meetings and speeches), ``themes``, ``terms``, ``speakers``,
``meetings`` and ``evidence``; ``filters`` declares the filters. The research measures are
``research`` and ``topics`` (used as modules: ``queries.research.panel``), with ``calendars``
for the tenure and user-period granularities. No streamlit in this layer.
"""

from dashboard.queries import calendars, research, topics
from dashboard.queries.calendars import labeller
from dashboard.queries.evidence import (
    KWIC_COLUMNS,
    highlight_spans,
    keyword_gain,
    keyword_summary,
    kwic,
    sample_theme_hits,
    speeches_for,
    theme_counter,
)
from dashboard.queries.filters import GRANULARITIES, Filters, filter_meetings, period_label, period_range, period_start
from dashboard.queries.meetings import (
    corpus_info,
    date_span,
    meeting_list,
    meeting_row,
    meeting_text,
    non_reports,
    options,
    overview,
    search_meetings,
)
from dashboard.queries.selection import left_out, meeting_totals, meeting_units, selected_speeches, theme_hits_in
from dashboard.queries.speakers import (
    DEFAULT_ROLES,
    attention,
    main_post,
    profiles,
    speaker_groups,
    speaker_table,
    title_timeline,
)
from dashboard.queries.terms import (
    TermQuery,
    emerging,
    first_appearances,
    keyness,
    log_likelihood,
    parse_terms,
    period_groups,
    term_counts,
    term_frequencies,
    term_series,
)
from dashboard.queries.themes import (
    METRICS,
    cooccurrence,
    jaccard,
    metric_value,
    theme_hits,
    theme_series,
    theme_totals,
)

__all__ = [
    "DEFAULT_ROLES",
    "GRANULARITIES",
    "KWIC_COLUMNS",
    "METRICS",
    "Filters",
    "TermQuery",
    "attention",
    "calendars",
    "cooccurrence",
    "corpus_info",
    "date_span",
    "emerging",
    "filter_meetings",
    "first_appearances",
    "highlight_spans",
    "jaccard",
    "keyness",
    "keyword_gain",
    "keyword_summary",
    "kwic",
    "labeller",
    "left_out",
    "log_likelihood",
    "main_post",
    "meeting_list",
    "meeting_row",
    "meeting_text",
    "meeting_totals",
    "meeting_units",
    "metric_value",
    "non_reports",
    "options",
    "overview",
    "parse_terms",
    "period_groups",
    "period_label",
    "period_range",
    "period_start",
    "profiles",
    "research",
    "sample_theme_hits",
    "search_meetings",
    "selected_speeches",
    "speaker_groups",
    "speaker_table",
    "speeches_for",
    "term_counts",
    "term_frequencies",
    "term_series",
    "theme_counter",
    "theme_hits",
    "theme_hits_in",
    "theme_series",
    "theme_totals",
    "title_timeline",
    "topics",
]
