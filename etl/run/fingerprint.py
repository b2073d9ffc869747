"""The first pass of boilerplate from evidence: fingerprint the paragraphs of a chunk of inputs.

Kept apart from ``etl.extract.evidence`` (the reduction, run in the main process) so that the process
handing out work never compiles the cleaning patterns; workers import this module.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pyarrow as pa

from etl.contract import schema
from etl.contract.model import InputTask, RawDoc
from etl.contract.settings import Limits
from etl.extract.clean import paragraph_keys
from etl.extract.evidence import DOCS_KEY, host_of
from etl.io.readers import read_input

__all__ = ["fingerprint_chunk"]


def fingerprint_chunk(tasks: Sequence[InputTask], limits: Limits) -> pa.Table:
    """The evidence rows (input, host, key, docs) of a chunk of inputs: the first pass.

    Unreadable inputs and rows give no rows here; the processing pass reports them.
    """
    counts: Counter[tuple[str, str, str]] = Counter()
    for task in tasks:
        try:
            for item in read_input(
                Path(task.path), limits, task.hints, task.rows, task.columns, byte_range=task.byte_range
            ):
                if not isinstance(item, RawDoc) or len(item.text) > limits.max_doc_chars:
                    continue
                host = host_of(item.hints)
                for key in (*paragraph_keys(item.text), DOCS_KEY):
                    counts[(task.path, host, key)] += 1
        except Exception:  # noqa: S112 - the processing pass reads it again and says why
            continue
    keys = list(counts)
    return pa.table(
        {
            "input": [k[0] for k in keys],
            "host": [k[1] for k in keys],
            "key": [k[2] for k in keys],
            "docs": [counts[k] for k in keys],
        },
        schema=schema.EVIDENCE.schema,
    )
