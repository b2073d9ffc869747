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
HINT_KEYS  # etl/contract/model.py: not used by code today (the inputs work decides its fate)
process_chunk_into  # etl/run/process.py: run by the engines by name (etl.run.engines.ByName)
recount_part  # etl/run/recount.py: run by the engines by name (etl.run.engines.ByName)
Row  # etl/io/readers/tables.py: a type alias
CJK  # etl/extract/text/patterns.py: shared regex pieces
STOP  # etl/extract/text/patterns.py
COMMA  # etl/extract/text/patterns.py
SENTENCE  # etl/extract/text/patterns.py
fingerprint  # etl/extract/text/textnorm.py: used by the demo's tests and tools
discover  # etl/run/pipeline.py: the supported files under folders, kept as the public face of survey (tests/test_pipeline.py)
HOLDER_COLUMNS  # dashboard/measures/alignment.py: the documented columns of a holder frame
DIVERSITY_COLUMNS  # dashboard/measures/diversity.py: the documented columns of a diversity frame
__getattr__  # etl/__init__.py: the module's lazy __version__ (PEP 562), called by Python
_.log_errors  # etl/extract/pages/prefilter.py: RE2 options, read by google-re2
_.case_sensitive  # etl/extract/pages/prefilter.py
_.dot_nl  # etl/extract/pages/prefilter.py
_.max_mem  # etl/extract/pages/prefilter.py
read_text_file  # etl/io/readers/__init__.py: each format's reader, imported by name when a file of its format is read
read_html_file  # etl/io/readers/__init__.py
read_pdf_file  # etl/io/readers/__init__.py
read_doc_file  # etl/io/readers/__init__.py
read_wps_file  # etl/io/readers/__init__.py
