"""The first pass of boilerplate from evidence: fingerprint the paragraphs of a chunk of inputs.

Kept apart from ``etl.extract.cleaning.evidence`` (the reduction, run in the main process) so that the process
handing out work never compiles the cleaning patterns; workers import this module.

The fingerprints of each input's documents, in order, are kept in the run's scratch folder
(``carried``): the processing pass cuts boilerplate with them instead of computing them again.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pyarrow as pa

from etl.contract import arrow_values, schema
from etl.contract.model import InputTask, RawDoc
from etl.contract.settings import Limits
from etl.extract.cleaning.evidence import DOCS_KEY, host_of
from etl.extract.text.paragraphs import Keyed, keyed_paragraphs, keys_of
from etl.io.readers import read_input
from etl.io.warehouse import read_scratch, write_scratch

__all__ = ["carried_keys", "fingerprint_chunk", "keys_for"]

# Per document of an input task, in reading order: (its length, its fingerprints), None when over the limit.
CarriedKeys = list[tuple[int, Keyed] | None]


def _carry_file(folder: str, task: InputTask) -> Path:
    name = hashlib.sha256(repr((task.path, task.rows, task.byte_range)).encode()).hexdigest()[:24]
    return Path(folder) / f"{name}.keys"


def carried_keys(folder: str | None, task: InputTask) -> CarriedKeys:
    """The fingerprints the evidence pass kept for ``task``'s documents; empty when it kept none."""
    kept = read_scratch(_carry_file(folder, task)) if folder else None
    return kept if isinstance(kept, list) else []


def keys_for(carried: CarriedKeys, index: int, text: str) -> Keyed | None:
    """The kept fingerprints of the ``index``-th document, if it is the text they were made of."""
    entry = carried[index] if index < len(carried) else None
    if entry is None or entry[0] != len(text):
        return None
    return tuple((key, [(a, b, k) for a, b, k in lines]) for key, lines in entry[1])  # JSON kept tuples as lists


def fingerprint_chunk(tasks: Sequence[InputTask], limits: Limits, carry: str | None = None) -> pa.Table:
    """The evidence rows (input, host, key, docs) of a chunk of inputs: the first pass.

    Unreadable inputs and rows give no rows here; the processing pass reports them. With
    ``carry`` (the run's scratch folder), each input's fingerprints are kept there.
    """
    counts: Counter[tuple[str, str, str]] = Counter()
    for task in tasks:
        docs: CarriedKeys = []
        try:
            for item in read_input(
                Path(task.path), limits, task.hints, task.rows, task.columns, byte_range=task.byte_range
            ):
                if not isinstance(item, RawDoc):
                    continue
                if len(item.text) > limits.max_doc_chars:
                    docs.append(None)
                    continue
                host = host_of(item.hints)
                keyed = keyed_paragraphs(item.text)
                docs.append((len(item.text), keyed))
                for key in (*keys_of(keyed), DOCS_KEY):
                    counts[(task.path, host, key)] += 1
        except Exception:  # noqa: S112 - the processing pass reads it again and says why
            continue
        if carry:
            write_scratch(_carry_file(carry, task), docs)
    keys = list(counts)
    return arrow_values.table(
        {
            "input": [k[0] for k in keys],
            "host": [k[1] for k in keys],
            "key": [k[2] for k in keys],
            "docs": [counts[k] for k in keys],
        },
        schema.EVIDENCE.schema,
    )
