"""A synthetic corpus of meeting reports with known answers, for demos, tests and benchmarks.

``write_demo(out)`` writes raw inputs in the forms users really have (WeChat and gov-site text
in UTF-8 or GBK, HTML pages, a CSV dump, a sidecar) plus ``ground_truth.jsonl``: the meetings,
dates, people and theme counts the ETL should recover. All places and people are fictional.
"""

from etl.demo.generate import write_demo
from etl.demo.summary import DemoSummary

__all__ = ["DemoSummary", "write_demo"]
