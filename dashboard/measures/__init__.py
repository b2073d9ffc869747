"""Research measures over the warehouse's frames: pure functions, no Streamlit, no IO but the writers.

Every function takes pandas frames in the warehouse contract's shape (``etl.contract.schema``) and returns
a new frame; non-reports (``meetings.is_report`` false) are left out. See docs/research.md for
each measure's formula and a worked example.
"""

from __future__ import annotations

from dashboard.measures.alignment import alignment, holders_at, months_between, tenure_label
from dashboard.measures.diffusion import diffusion, typed_hits
from dashboard.measures.diversity import attention_diversity, diversity, hhi, shannon
from dashboard.measures.panels import Period, meeting_theme_matrix, panel_coverage, period_keys, region_period_panel
from dashboard.measures.periods import PeriodsError, UserPeriod, calendar_period, load_periods, parse_periods
from dashboard.measures.similarity import (
    cosine_matrix,
    ranked_pairs,
    reference_terms,
    reference_themes,
    similarity_to_reference,
    unit_counts,
)
from dashboard.measures.tenures import (
    TenureError,
    apply_overrides,
    load_overrides,
    load_posts,
    parse_overrides,
    parse_posts,
    posts_of,
    tenures,
)
from dashboard.measures.writers import stata_names, write_table

__all__ = [
    "Period",
    "PeriodsError",
    "TenureError",
    "UserPeriod",
    "alignment",
    "apply_overrides",
    "attention_diversity",
    "calendar_period",
    "cosine_matrix",
    "diffusion",
    "diversity",
    "hhi",
    "holders_at",
    "load_overrides",
    "load_periods",
    "load_posts",
    "meeting_theme_matrix",
    "months_between",
    "panel_coverage",
    "parse_overrides",
    "parse_periods",
    "parse_posts",
    "period_keys",
    "posts_of",
    "ranked_pairs",
    "reference_terms",
    "reference_themes",
    "region_period_panel",
    "shannon",
    "similarity_to_reference",
    "stata_names",
    "tenure_label",
    "tenures",
    "typed_hits",
    "unit_counts",
    "write_table",
]
