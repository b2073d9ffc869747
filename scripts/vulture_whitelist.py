"""Names vulture (the unused-code check in scripts/check) cannot see used; each says where it is.

A name here is used by something vulture does not follow: getattr over dataclass fields,
an engine calling a function by its name, a test or a tool, or a public name kept on purpose.
"""

# ruff: noqa: F821, B018
include_non_reports  # a Filters field: read through getattr by the filter specs (dashboard/queries/filters.py)
meeting_types  # a Filters field: read through getattr by the filter specs
excluded_types  # a Filters field: read through getattr by the filter specs
_.flavor  # a fontTools table attribute set for the SVG font subset (dashboard/rendering/wordclouds.py)
empty_figure  # a chart for an empty selection, tested in tests/dashboard/test_charts.py
recovery  # etl/demo/recovery.py: the demo's ground-truth check, called by tests/test_demo_recovery.py
HINT_KEYS  # etl/model.py: not used by code today (the inputs work decides its fate)
process_chunk_into  # etl/process.py: run by the engines by name (etl.engines.ByName)
recount_part  # etl/recount.py: run by the engines by name (etl.engines.ByName)
Row  # etl/readers/tables.py: a type alias
CJK  # etl/reading/patterns.py: shared regex pieces
STOP  # etl/reading/patterns.py
COMMA  # etl/reading/patterns.py
SENTENCE  # etl/reading/patterns.py
fingerprint  # etl/textnorm.py: used by the demo's tests and tools
discover  # etl/pipeline.py: the supported files under folders, kept as the public face of survey (tests/test_pipeline.py)
HOLDER_COLUMNS  # dashboard/measures/alignment.py: the documented columns of a holder frame
DIVERSITY_COLUMNS  # dashboard/measures/diversity.py: the documented columns of a diversity frame
