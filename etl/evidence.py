"""Boilerplate found from evidence: paragraphs and lines that repeat across many documents.

A licence footer on every row of a JSONL dump, a site banner on every page of one host, a
column tag on every file of a folder: each is a paragraph (or a line of one) that many
documents of one **group** share. The groups of a document are its input file, the folder
of that file and the host of its URL.

The ETL counts them in a first pass over the inputs it reads (``etl.fingerprint``, run by
the engine like every other per-chunk function): for every document, the fingerprints of its
paragraphs and lines (``etl.clean.paragraph_keys``), each once, and one ``*`` row counting the
document itself. The rows, per input, are small and are reduced in the main process:

    a fingerprint is boilerplate in a group when at least MIN_DOCS documents of the group
    and at least SHARE of them have it.

Paragraphs under 6 characters and those ending in a colon (各位代表：, 同志们：) are never
counted. The cleaning pass removes boilerplate paragraphs and lines (rule ``evidence``) unless
they would take more than half of a document, as they would for a report reposted in many
files of one folder.

Incremental runs: the rows are stored in the warehouse (table ``evidence``, one file per
version, like ``inputs``). A rerun fingerprints only the inputs it reads, replaces their
rows, and recomputes the boilerplate; inputs whose documents hold a fingerprint that became
(or stopped being) boilerplate in one of their groups are read again, so the warehouse is the
one a fresh run would make. Adding one file reads that file, plus the few files it tips over
a threshold.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from urllib.parse import urlsplit

import pyarrow as pa

__all__ = [
    "DOCS_KEY",
    "MIN_DOCS",
    "SHARE",
    "Boilerplate",
    "affected_inputs",
    "boilerplate_by_group",
    "boilerplate_for",
    "groups_of",
    "host_of",
]

DOCS_KEY = "*"  # the row counting a group's documents
MIN_DOCS = 3
SHARE = 0.2

Boilerplate = Mapping[str, frozenset[str]]  # group -> boilerplate fingerprints


def host_of(hints: Mapping[str, str]) -> str:
    """The URL's host without a leading www., or "" when there is no URL."""
    url = hints.get("url") or ""
    try:
        host = urlsplit(url).hostname or "" if "//" in url else ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


def groups_of(input_path: str, host: str) -> tuple[str, ...]:
    """The groups a document of ``input_path`` with URL host ``host`` belongs to."""
    groups = (f"input:{input_path}", f"folder:{Path(input_path).parent}")
    return (*groups, f"host:{host}") if host else groups


def _group_counts(rows: pa.Table) -> tuple[Counter[tuple[str, str]], Counter[str]]:
    """(group, key) -> documents having it, and group -> documents."""
    by_key: Counter[tuple[str, str]] = Counter()
    n_docs: Counter[str] = Counter()
    cols = (rows[c].to_pylist() for c in ("input", "host", "key", "docs"))
    for inp, host, key, docs in zip(*cols, strict=True):
        for group in groups_of(inp, host):
            if key == DOCS_KEY:
                n_docs[group] += docs
            else:
                by_key[(group, key)] += docs
    return by_key, n_docs


def boilerplate_by_group(rows: pa.Table) -> dict[str, frozenset[str]]:
    """The boilerplate fingerprints of every group the rows show (see the module doc)."""
    by_key, n_docs = _group_counts(rows)
    found: dict[str, set[str]] = {}
    for (group, key), docs in by_key.items():
        if docs >= max(MIN_DOCS, math.ceil(SHARE * n_docs[group])):
            found.setdefault(group, set()).add(key)
    return {g: frozenset(keys) for g, keys in found.items()}


def boilerplate_for(evidence: Boilerplate, input_path: str, hints: Mapping[str, str]) -> frozenset[str]:
    """The boilerplate fingerprints that apply to one document."""
    sets = [evidence.get(g, frozenset()) for g in groups_of(input_path, host_of(hints))]
    return frozenset().union(*sets)


def affected_inputs(rows: pa.Table, before: Boilerplate, after: Boilerplate, skip: Iterable[str] = ()) -> set[str]:
    """Inputs (other than ``skip``) holding a fingerprint whose verdict changed in one of
    their groups: they must be cleaned again."""
    changed = {
        (g, k) for g in before.keys() | after.keys() for k in before.get(g, frozenset()) ^ after.get(g, frozenset())
    }
    if not changed:
        return set()
    keys = {k for _, k in changed}
    done = set(skip)
    out: set[str] = set()
    cols = (rows[c].to_pylist() for c in ("input", "host", "key"))
    for inp, host, key in zip(*cols, strict=True):
        if key in keys and inp not in done and any((g, key) in changed for g in groups_of(inp, host)):
            out.add(inp)
    return out
