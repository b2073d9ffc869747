"""The per-document and per-chunk functions every engine runs: raw report -> contract rows.

``process_doc`` is pure (given the resources); ``process_chunk`` reads a list of input files
and returns Arrow tables in the contract's shape. Heavy resources (tokenizer with its
dictionary, keyword automata) are built lazily once per process from the codebook folder.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from etl import clean, dates, organs, people, schema
from etl.codebook import CodebookFiles, ThemeCounter, load_folder
from etl.formulas import FormulaFinder
from etl.model import Cleaned, InputError, MeetingMeta, RawDoc
from etl.readers import read_input
from etl.settings import Limits
from etl.textnorm import fingerprint, for_counting
from etl.tokenize import Tokenizer

_TITLE_MAX = 60


@dataclass(frozen=True)
class Resources:
    files: CodebookFiles
    tokenizer: Tokenizer
    themes: ThemeCounter
    formulas: FormulaFinder

    @classmethod
    def from_files(cls, files: CodebookFiles) -> Resources:
        return cls(
            files=files,
            tokenizer=Tokenizer(files.dictionary, files.stopwords),
            themes=ThemeCounter(files.codebook),
            formulas=FormulaFinder(files.formulas),
        )


@functools.lru_cache(maxsize=4)
def resources_for(folder: str) -> Resources:
    """Resources for a codebook folder, built once per process."""
    return Resources.from_files(load_folder(Path(folder)))


@dataclass
class Rows:
    """Column lists for each table, appended to document by document."""

    data: dict[str, dict[str, list[Any]]] = field(
        default_factory=lambda: {t.name: {c: [] for c in t.column_names} for t in schema.PART_TABLES}
    )

    def add(self, table: str, **values: Any) -> None:
        cols = self.data[table]
        for name, col in cols.items():
            col.append(values.get(name))

    def tables(self) -> dict[str, pa.Table]:
        return {
            t.name: pa.Table.from_pydict(self.data[t.name], schema=t.schema) for t in schema.PART_TABLES
        }


def title_of(doc: RawDoc, text: str) -> str | None:
    if doc.title and doc.title.strip():
        return doc.title.strip()
    first = text.split("\n", 1)[0].strip()
    return first if 0 < len(first) <= _TITLE_MAX else None


def read_meta(doc: RawDoc, text: str, publish_date: str | None) -> MeetingMeta:
    title = title_of(doc, text)
    organ, meeting_type = organs.organ_and_type(title, text)
    return MeetingMeta(
        title=title,
        date=dates.meeting_date(text, doc.hints, publish_date),
        organ=doc.hints.get("organ") or organ,
        meeting_type=doc.hints.get("meeting_type") or meeting_type,
        region=doc.hints.get("region") or organs.region(title, text),
    )


Row = tuple[str, dict[str, Any]]


def clean_doc(doc: RawDoc) -> tuple[Cleaned, str]:
    """The cleaned text and the meeting id it gives."""
    cleaned = clean.clean(doc.text)
    if not cleaned.text.strip():
        raise InputError(doc.source, "clean", "no report text left after removing boilerplate")
    return cleaned, fingerprint(cleaned.text)


def doc_rows(doc: RawDoc, cleaned: Cleaned, meeting_id: str, res: Resources) -> list[Row]:
    """Every contract row of one report (meetings, people, speeches, terms, themes, formulas)."""
    text = cleaned.text
    meta = read_meta(doc, text, cleaned.publish_date)
    reading = people.read_people(text)
    counting = for_counting(text)
    out: list[Row] = []

    def add(table: str, **values: Any) -> None:
        out.append((table, values))

    add(
        "meetings",
        meeting_id=meeting_id,
        source=doc.source,
        title=meta.title,
        date=meta.date.date,
        date_precision=meta.date.precision,
        date_source=meta.date.source,
        organ=meta.organ,
        meeting_type=meta.meeting_type,
        region=meta.region,
        n_chars=len(text),
        text=text,
    )
    for p in reading.people:
        add("people", meeting_id=meeting_id, name=p.name, title=p.title, role=p.role)
    for seq, sp in enumerate(reading.speeches):
        add(
            "speeches",
            meeting_id=meeting_id,
            seq=seq,
            speaker=sp.speaker,
            start=sp.start,
            text=sp.text,
            n_chars=len(sp.text),
        )
        part = counting[sp.start : sp.start + len(sp.text)]
        for term, n in res.tokenizer.count_terms(part).items():
            add("terms", meeting_id=meeting_id, seq=seq, term=term, count=n)
        for (theme, kw), n in res.themes.count(part).items():
            add("themes", meeting_id=meeting_id, seq=seq, theme=theme, keyword=kw, count=n)
        for formula, n in res.formulas.count(part).items():
            add("formulas", meeting_id=meeting_id, seq=seq, formula=formula, count=n)
    return out


@dataclass(frozen=True)
class InputTask:
    path: str
    hints: Mapping[str, str]


@dataclass(frozen=True)
class InputResult:
    input: str
    size: int
    mtime_ns: int
    sha256: str
    n_meetings: int
    n_errors: int


@dataclass(frozen=True)
class ChunkResult:
    tables: dict[str, pa.Table]
    inputs: tuple[InputResult, ...]
    n_chars: int


def _error(rows: Rows, err: InputError, input_path: str) -> None:
    rows.add("errors", source=err.source, stage=err.stage, message=err.message, input=input_path)


def process_input(task: InputTask, res: Resources, limits: Limits, rows: Rows, seen: set[str]) -> InputResult:
    """Read one input file and append its reports; duplicates within the chunk add a source only."""
    path = Path(task.path)
    n_meetings = n_errors = 0
    try:
        stat = path.stat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        _error(rows, InputError(task.path, "read", f"cannot read the file ({exc.strerror})"), task.path)
        return InputResult(task.path, 0, 0, "", 0, 1)
    try:
        for item in read_input(path, limits, task.hints):
            if isinstance(item, InputError):
                _error(rows, item, task.path)
                n_errors += 1
                continue
            try:
                if len(item.text) > limits.max_doc_chars:
                    raise InputError(
                        item.source,
                        "limits",
                        f"{len(item.text):,} characters, over the limit of {limits.max_doc_chars:,}",
                    )
                cleaned, mid = clean_doc(item)
                if mid not in seen:  # a repost within the chunk adds a source only
                    for table, values in doc_rows(item, cleaned, mid, res):
                        rows.add(table, **values)
                    seen.add(mid)
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
        _error(rows, err, task.path)
        n_errors += 1
    except Exception as exc:  # a reader bug must not stop the run: record it against the file
        _error(rows, InputError(task.path, "read", f"unexpected {type(exc).__name__}: {exc}"), task.path)
        n_errors += 1
    return InputResult(task.path, stat.st_size, stat.st_mtime_ns, digest, n_meetings, n_errors)


def process_chunk(tasks: Sequence[InputTask], codebook_folder: str, limits: Limits) -> ChunkResult:
    """Process a list of inputs in order: the function every engine runs."""
    res = resources_for(codebook_folder)
    rows = Rows()
    seen: set[str] = set()
    results = tuple(process_input(t, res, limits, rows, seen) for t in tasks)
    tables = rows.tables()
    n_chars = sum(tables["meetings"].column("n_chars").to_pylist())
    return ChunkResult(tables, results, n_chars)
