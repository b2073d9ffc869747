"""Boilerplate found from evidence: paragraphs and lines that repeat across many documents.

A licence footer on every row of a JSONL dump, a site banner on every page of one host, a
column tag on every file of a folder: each is a paragraph (or a line of one) that many
documents of one **group** share. The groups of a document are its input file, the folder
of that file and the host of its URL.

The ETL counts them in a first pass over the inputs it reads (``etl.run.fingerprint``, run by
the engine like every other per-chunk function): for every document, the fingerprints of its
paragraphs and lines (``etl.extract.text.paragraphs.paragraph_keys``), each once, and one ``*`` row counting the
document itself. The rows, per input, are small and are reduced in the main process:

    a fingerprint is boilerplate in a group when at least MIN_DOCS documents of the group
    and at least SHARE of them have it.

Paragraphs under 6 characters and those ending in a colon (各位代表：, 同志们：) are never
counted. The cleaning pass removes boilerplate paragraphs and lines (rule ``evidence``) unless
they would take more than half of a document, as they would for a report reposted in many
files of one folder.

Incremental runs: the rows are stored in the warehouse (table ``evidence``, one file per
version, like ``inputs``). A rerun fingerprints only the inputs it reads, replaces their
rows, and judges again the groups those rows (and those of inputs gone) belong to: their inputs,
their folders and every host (a group's verdict depends on its own rows alone, so the others
stand); inputs whose documents hold a fingerprint that became (or stopped being) boilerplate in
one of their groups are read again, so the warehouse is the one a fresh run would make. Adding
one file reads that file, plus the few files it tips over a threshold.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping
from urllib.parse import urlsplit

import pyarrow as pa
import pyarrow.compute as pc

from etl.contract import arrow_values

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


def folder_of(input_path: str) -> str:
    """The folder part of an input path, as the evidence groups name it."""
    return input_path.rsplit("/", 1)[0] if "/" in input_path else "."


def groups_of(input_path: str, host: str) -> tuple[str, ...]:
    """The groups a document of ``input_path`` with URL host ``host`` belongs to."""
    groups = (f"input:{input_path}", f"folder:{folder_of(input_path)}")
    return (*groups, f"host:{host}") if host else groups


def _group_columns(
    rows: pa.Table, inputs: Collection[str] | None = None
) -> list[tuple[str, pa.ChunkedArray | pa.Array, pa.Array | None]]:
    """(prefix, group column, rows to count or None for all) for the three kinds of group,
    vectorised like ``groups_of``.

    The folder of each distinct input is found once (a few hundred inputs in many rows). With
    ``inputs``, only the rows of those inputs' own groups and of their folders are counted."""
    encoded = pc.dictionary_encode(rows["input"].combine_chunks())
    names = encoded.dictionary.to_pylist()
    folder_names = [folder_of(n) for n in names]
    folders = arrow_values.array(folder_names, pa.string()).take(encoded.indices)
    of_inputs = of_folders = None
    if inputs is not None:
        wanted = set(inputs)
        wanted_folders = {folder_of(n) for n in wanted}
        of_inputs = _mask(encoded.indices, [n in wanted for n in names])
        of_folders = _mask(encoded.indices, [f in wanted_folders for f in folder_names])
    return [("input:", rows["input"], of_inputs), ("folder:", folders, of_folders), ("host:", rows["host"], None)]


def _mask(indices: pa.Array, per_value: list[bool]) -> pa.Array:
    """A row mask from one boolean per dictionary value."""
    return arrow_values.array(per_value, pa.bool_()).take(indices)


def boilerplate_by_group(rows: pa.Table, inputs: Collection[str] | None = None) -> dict[str, frozenset[str]]:
    """The boilerplate fingerprints of every group the rows show (see the module doc).

    With ``inputs``, only of the groups those inputs belong to by path (their own and their
    folders') and of every host: a group's verdict depends on its own rows alone, so these equal
    the verdicts of the whole table, and an addition judges the groups it touches, not every one."""
    found: dict[str, set[str]] = {}
    for prefix, groups, selected in _group_columns(rows, inputs):
        table = pa.table({"g": groups, "key": rows["key"], "docs": rows["docs"]})
        if selected is not None:
            table = table.filter(selected)
        if prefix == "host:":
            table = table.filter(pc.not_equal(table["g"], arrow_values.scalar("", pa.string())))
        if not table.num_rows:
            continue
        summed = arrow_values.sum_by(table, ["g", "key"], "docs")
        is_docs = pc.equal(summed["key"], arrow_values.scalar(DOCS_KEY, pa.string()))
        counted = summed.filter(is_docs)
        need = {
            g: max(MIN_DOCS, math.ceil(SHARE * n))
            for g, n in zip(counted["g"].to_pylist(), counted["docs_sum"].to_pylist(), strict=True)
        }
        keys = summed.filter(
            pc.and_(pc.invert(is_docs), pc.greater_equal(summed["docs_sum"], arrow_values.scalar(MIN_DOCS, pa.int64())))
        )
        for g, key, docs in zip(*(keys[c].to_pylist() for c in ("g", "key", "docs_sum")), strict=True):
            if docs >= need.get(g, MIN_DOCS):
                found.setdefault(prefix + g, set()).add(key)
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
    rows = rows.filter(pc.is_in(rows["key"], value_set=arrow_values.array(sorted(keys), pa.string())))
    cols = (rows[c].to_pylist() for c in ("input", "host", "key"))
    for inp, host, key in zip(*cols, strict=True):
        if key in keys and inp not in done and any((g, key) in changed for g in groups_of(inp, host)):
            out.add(inp)
    return out
