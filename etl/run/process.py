"""The per-document and per-chunk functions every engine runs: raw report -> contract rows.

``process_doc`` is pure (given the resources); ``process_chunk`` reads a list of input files
and returns Arrow tables in the contract's shape. Heavy resources (tokenizer with its
dictionary, keyword automata) are built lazily once per process from the codebook folder.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from etl.contract import arrow_values, schema
from etl.contract.model import (
    ChunkResult,
    Cleaned,
    CopyMeta,
    DateResult,
    InputError,
    InputResult,
    InputTask,
    InputWarning,
    MeetingMeta,
    PartResult,
    RawDoc,
    Reading,
)
from etl.contract.settings import Limits
from etl.count.codebook import CodebookFiles, CodebookSnapshot
from etl.count.formulas import FormulaFinder
from etl.count.matching import JointScan, ThemeCounter
from etl.count.tokenize import Tokenizer, name_pattern
from etl.extract.cleaning import clean
from etl.extract.cleaning.evidence import Boilerplate, boilerplate_for
from etl.extract.dates import dates
from etl.extract.dates.sessions import Sessions
from etl.extract.organs import organs
from etl.extract.organs.organ_vocabulary import organ_mentions
from etl.extract.pages.nonreport import not_report_reason
from etl.extract.people import people
from etl.extract.text.textnorm import fingerprint_counting, for_counting
from etl.io.readers import read_input
from etl.io.warehouse import write_part
from etl.run.fingerprint import carried_keys, keys_for

_TITLE_MAX = 60


def _compile_vocabulary_patterns() -> None:
    """Build the organ vocabulary (``etl/extract/organs/resources/organs.tsv``, about 70 patterns)
    now rather than at the first title read: a process imports this module with the compiled-pattern
    cache serving ``re.compile`` (``etl.run.engines.import_reading``), which then serves these too
    (0.022-0.028 -> 0.005 CPU s a process). They come from a data file of the project, as the
    modules' own patterns do, never from a meeting."""
    organ_mentions("")


_compile_vocabulary_patterns()


@dataclass(frozen=True)
class Resources:
    files: CodebookFiles
    tokenizer: Tokenizer
    themes: ThemeCounter
    formulas: FormulaFinder
    keywords: JointScan  # theme keywords and listed formulas, found in one scan of a speech

    @classmethod
    def from_files(cls, files: CodebookFiles) -> Resources:
        themes, formulas = ThemeCounter(files.codebook), FormulaFinder(files.formulas)
        return cls(
            files=files,
            tokenizer=Tokenizer(files.dictionary, files.stopwords),
            themes=themes,
            formulas=formulas,
            keywords=JointScan(themes.patterns, formulas.patterns),
        )


_RESOURCES: dict[tuple[str, ...], Resources] = {}


def resources_for(codebook: str | CodebookSnapshot) -> Resources:
    """Resources for a codebook, built once per process and per content of its files.

    A run passes the snapshot its main process read and hashed, so every chunk counts with the
    codebook the manifest records; a folder path (tools, benchmarks) is read here.
    """
    snapshot = codebook if isinstance(codebook, CodebookSnapshot) else CodebookSnapshot.read(Path(codebook))
    key = snapshot.key
    if key not in _RESOURCES:
        if len(_RESOURCES) >= 4:
            _RESOURCES.clear()
        _RESOURCES[key] = Resources.from_files(snapshot.parse())
    return _RESOURCES[key]


Columns = dict[str, list[Any]]


def _empty_columns() -> dict[str, Columns]:
    return {t.name: {c: [] for c in t.column_names} for t in schema.PART_TABLES}


@dataclass
class Rows:
    """Column lists for each table; a document's rows are added all at once or not at all."""

    data: dict[str, Columns] = field(default_factory=_empty_columns)
    copies: list[CopyMeta] = field(default_factory=list)  # every source's own metadata

    def add(self, table: str, **values: Any) -> None:
        for name, col in self.data[table].items():
            col.append(values.get(name))

    def extend(self, batch: Mapping[str, Columns]) -> None:
        for table, columns in batch.items():
            target = self.data[table]
            for name, values in columns.items():
                target[name].extend(values)

    def tables(self) -> dict[str, pa.Table]:
        return {t.name: arrow_values.table(self.data[t.name], t.schema) for t in schema.PART_TABLES}


def title_of(doc: RawDoc, text: str) -> str | None:
    if doc.title and doc.title.strip():
        return doc.title.strip()
    first = text.split("\n", 1)[0].strip()
    return first if 0 < len(first) <= _TITLE_MAX else None


def read_meta(doc: RawDoc, cleaned: Cleaned, reading: Reading, sessions: Sessions | None) -> MeetingMeta:
    """Title, date, organ, meeting type and region of one source (its hints before the text's)."""
    text = cleaned.text
    title = title_of(doc, text)
    organ, meeting_type = organs.organ_and_type(title, text, people.convener_title(reading))
    return MeetingMeta(
        title=title,
        date=dates.meeting_date(text, doc.hints, cleaned.publish_date, title, sessions, cleaned.dateline),
        organ=doc.hints.get("organ") or organ,
        meeting_type=organs.normal_type(doc.hints["meeting_type"]) if doc.hints.get("meeting_type") else meeting_type,
        region=doc.hints.get("region") or organs.region(title, text),
    )


def clean_doc(
    doc: RawDoc, boilerplate: Collection[str] = frozenset(), keyed: clean.Keyed | None = None
) -> tuple[Cleaned, str, str]:
    """The cleaned text, its counting form and the meeting id they give (``keyed``: the text's
    paragraph fingerprints, when the evidence pass kept them)."""
    cleaned = clean.clean(doc.text, boilerplate, keyed)
    if not cleaned.text.strip():
        raise InputError(doc.source, "clean", "no report text left after removing boilerplate")
    counting = for_counting(cleaned.text)
    return cleaned, counting, fingerprint_counting(counting)


def doc_rows(doc: RawDoc, cleaned: Cleaned, counting: str, meeting_id: str, res: Resources) -> dict[str, Columns]:
    """Every contract row of one report, as column lists per table."""
    text = cleaned.text
    reason = not_report_reason(doc.text, text, doc.title)
    reading = people.read_people(text)
    meta = read_meta(doc, cleaned, reading, res.files.sessions)
    out: dict[str, Columns] = {
        "meetings": {
            "meeting_id": [meeting_id],
            "source": [doc.source],
            "title": [meta.title],
            "date": [meta.date.date],
            "date_precision": [meta.date.precision],
            "date_source": [meta.date.source],
            "organ": [meta.organ],
            "meeting_type": [meta.meeting_type],
            "region": [meta.region],
            "n_chars": [len(text)],
            "text": [text],
            "is_report": [reason is None],
            "not_report_reason": [reason],
            "other_columns": [_other_columns_json(doc)],
        },
        "people": {
            "meeting_id": [meeting_id] * len(reading.people),
            "name": [p.name for p in reading.people],
            "title": [p.title for p in reading.people],
            "role": [p.role for p in reading.people],
        },
        "speeches": {
            "meeting_id": [meeting_id] * len(reading.speeches),
            "seq": list(range(len(reading.speeches))),
            "speaker": [sp.speaker for sp in reading.speeches],
            "start": [sp.start for sp in reading.speeches],
            "text": [sp.text for sp in reading.speeches],
            "n_chars": [len(sp.text) for sp in reading.speeches],
        },
    }
    terms: Columns = {"meeting_id": [], "seq": [], "term": [], "count": []}
    themes: Columns = {"meeting_id": [], "seq": [], "theme": [], "keyword": [], "count": []}
    formulas: Columns = {"meeting_id": [], "seq": [], "formula": [], "count": []}
    bounds = [(sp.start, sp.start + len(sp.text)) for sp in reading.speeches]
    names = name_pattern(p.name for p in reading.people)
    for seq, (start, end) in enumerate(bounds):
        part = counting[start:end]
        theme_found, listed = res.keywords.find_indexes(part)
        counted = res.tokenizer.count_terms(part, names)
        terms["term"] += counted.keys()
        terms["count"] += counted.values()
        terms["seq"] += [seq] * len(counted)
        hits = res.themes.count_found(theme_found)
        themes["theme"] += (t for t, _ in hits)
        themes["keyword"] += (k for _, k in hits)
        themes["count"] += hits.values()
        themes["seq"] += [seq] * len(hits)
        found = res.formulas.count(part, listed)
        formulas["formula"] += found.keys()
        formulas["count"] += found.values()
        formulas["seq"] += [seq] * len(found)
    for table in (terms, themes, formulas):
        table["meeting_id"] = [meeting_id] * len(table["seq"])
    removed: Columns = {
        "meeting_id": [meeting_id] * len(cleaned.removals),
        "rule": [rule for rule, _ in cleaned.removals],
        "text": [text for _, text in cleaned.removals],
    }
    out.update(terms=terms, themes=themes, formulas=formulas, removed=removed)
    return out


def copy_of(meeting_id: str, input_path: str, doc: RawDoc, meetings: Columns) -> CopyMeta:
    """The metadata of the source whose rows ``doc_rows`` made (its ``meetings`` columns)."""
    date = DateResult(meetings["date"][0], meetings["date_precision"][0], meetings["date_source"][0])
    return CopyMeta(
        meeting_id,
        input_path,
        doc.source,
        date,
        meetings["organ"][0],
        meetings["meeting_type"][0],
        meetings["region"][0],
    )


def repost_copy(meeting_id: str, input_path: str, doc: RawDoc, cleaned: Cleaned, res: Resources) -> CopyMeta:
    """The metadata a repost reads by itself (its other rows are the first source's)."""
    meta = read_meta(doc, cleaned, people.read_people(cleaned.text), res.files.sessions)
    return CopyMeta(meeting_id, input_path, doc.source, meta.date, meta.organ, meta.meeting_type, meta.region)


def _other_columns_json(doc: RawDoc) -> str | None:
    return json.dumps(dict(doc.other_columns), ensure_ascii=False) if doc.other_columns else None


def _error(rows: Rows, err: InputError, input_path: str) -> None:
    rows.add("errors", source=err.source, stage=err.stage, message=err.message, input=input_path)


def _warn(rows: Rows, warning: InputWarning, input_path: str) -> None:
    rows.add("warnings", source=warning.source, stage=warning.stage, message=warning.message, input=input_path)


def _file_sha256(path: Path) -> str:
    """Read in blocks: the slice of a large file holding row 0 must not hold all its bytes."""
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def process_input(
    task: InputTask,
    res: Resources,
    limits: Limits,
    rows: Rows,
    seen: set[str],
    evidence: Boilerplate | None = None,
    carry: str | None = None,
) -> InputResult:
    """Read one input file and append its reports; duplicates within the chunk add a source only.

    ``evidence`` is the corpus's boilerplate by group (``etl.extract.cleaning.evidence``), removed while
    cleaning, with the paragraph fingerprints the evidence pass kept in ``carry``."""
    path = Path(task.path)
    n_meetings = n_errors = 0
    carried = carried_keys(carry, task) if evidence else []
    n_docs = 0
    first_slice = task.rows is None or task.rows[0] == 0
    try:
        stat = path.stat()
        digest = _file_sha256(path) if first_slice else ""
    except OSError as exc:
        _error(rows, InputError(task.path, "read", f"cannot read the file ({exc.strerror})"), task.path)
        return InputResult(task.path, 0, 0, "", 0, 1)
    try:
        for item in read_input(path, limits, task.hints, task.rows, task.columns, byte_range=task.byte_range):
            if isinstance(item, InputError):
                _error(rows, item, task.path)
                n_errors += 1
                continue
            if isinstance(item, InputWarning):
                _warn(rows, item, task.path)
                continue
            for message in item.warnings:
                _warn(rows, InputWarning(item.source, "read", message), task.path)
            keyed = keys_for(carried, n_docs, item.text)
            n_docs += 1
            try:
                if len(item.text) > limits.max_doc_chars:
                    raise InputError(
                        item.source,
                        "limits",
                        f"{len(item.text):,} characters, over the limit of {limits.max_doc_chars:,}",
                    )
                boilerplate = boilerplate_for(evidence, task.path, item.hints) if evidence else frozenset()
                cleaned, counting, mid = clean_doc(item, boilerplate, keyed)
                if mid not in seen:  # a repost within the chunk adds a source and its metadata only
                    batch = doc_rows(item, cleaned, counting, mid, res)
                    rows.extend(batch)
                    seen.add(mid)
                    rows.copies.append(copy_of(mid, task.path, item, batch["meetings"]))
                else:
                    rows.copies.append(repost_copy(mid, task.path, item, cleaned, res))
                rows.add("sources", meeting_id=mid, source=item.source, input=task.path)
                n_meetings += 1
            except InputError as err:
                _error(rows, err, task.path)
                n_errors += 1
            except Exception as exc:  # a bug on one report must not lose the others
                msg = f"could not process this report ({type(exc).__name__}: {exc})"
                _error(rows, InputError(item.source, "process", msg), task.path)
                n_errors += 1
    except InputError as err:
        if first_slice:  # a file-level error is reported once, by the slice holding row 0
            _error(rows, err, task.path)
            n_errors += 1
    except Exception as exc:  # a reader bug must not stop the run: record it against the file
        _error(rows, InputError(task.path, "read", f"unexpected {type(exc).__name__}: {exc}"), task.path)
        n_errors += 1
    return InputResult(task.path, stat.st_size, stat.st_mtime_ns, digest, n_meetings, n_errors)


def process_chunk(
    tasks: Sequence[InputTask],
    codebook: str | CodebookSnapshot,
    limits: Limits,
    evidence: Boilerplate | None = None,
    carry: str | None = None,
) -> ChunkResult:
    """Process a list of inputs in order: the function every engine runs."""
    res = resources_for(codebook)
    rows = Rows()
    seen: set[str] = set()
    results = tuple(process_input(t, res, limits, rows, seen, evidence, carry) for t in tasks)
    tables = rows.tables()
    n_chars = sum(tables["meetings"].column("n_chars").to_pylist())
    return ChunkResult(tables, results, n_chars, tuple(rows.copies))


def process_chunk_into(
    tasks: Sequence[InputTask],
    codebook: str | CodebookSnapshot,
    limits: Limits,
    folder: str,
    evidence: Boilerplate | None = None,
    carry: str | None = None,
) -> PartResult:
    """``process_chunk``, then write the chunk as a part folder where the worker runs.

    Only what the run needs to decide on the part (meeting ids, sources, errors, per-input
    results) travels back, so the main process neither receives the text nor encodes parquet.
    """
    result = process_chunk(tasks, codebook, limits, evidence, carry)
    rows = write_part(Path(folder), result.tables)
    return PartResult(
        folder=folder if rows is not None else None,
        rows=rows or {},
        meeting_ids=tuple(result.tables["meetings"]["meeting_id"].to_pylist()),
        sources=result.tables["sources"],
        errors=result.tables["errors"],
        inputs=result.inputs,
        n_chars=result.n_chars,
        warnings=result.tables["warnings"],
        copies=result.copies,
    )
