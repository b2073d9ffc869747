"""Score report reading against hand-labelled reports.

Two folder formats:
- ``annotations.jsonl`` beside ``.txt`` reports that a user annotated (format in docs/reading.md):
  the whole ETL is run on them and scored field by field (``etl.run.score_annotated``), with the
  figures of ``../shared/tools/score_reports.py``;
- ``expected.jsonl`` beside the project's fixture reports: the readers are called exactly as the
  pipeline calls them and precision, recall and F1 are given per field.

Run with ``policy-themes score [FOLDER]`` (or ``python -m etl.run.score``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from etl.count.formulas import FormulaFinder
from etl.extract.cleaning import clean
from etl.extract.dates import dates
from etl.extract.organs import organs
from etl.extract.people import people
from etl.extract.text.textnorm import for_counting
from etl.run.score_annotated import ANNOTATIONS_FILE, run_and_score

__all__ = ["format_report", "main", "score_fixtures"]

DEFAULT_FOLDER = Path("tests/fixtures/reports")
EXPECTED_FILE = "expected.jsonl"
FORMULAS_FILE = "formulas.txt"  # listed formulas for the scorer, beside the fixtures
FIELDS = ("date", "presider", "speakers", "attendees", "boilerplate", "must_keep", "formulas", "organ", "meeting_type")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, expected: Iterable[str], found: Iterable[str]) -> list[str]:
        """Count one report's sets; returns what differed, for the report's notes."""
        exp, got = set(expected), set(found)
        self.tp += len(exp & got)
        self.fp += len(got - exp)
        self.fn += len(exp - got)
        return [f"-{x}" for x in sorted(exp - got)] + [f"+{x}" for x in sorted(got - exp)]

    def figures(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": p, "recall": r, "f1": f1}


def _listed(folder: Path) -> list[str]:
    path = folder / FORMULAS_FILE
    if not path.is_file():
        return []
    lines = (ln.strip() for ln in path.read_text(encoding="utf-8").splitlines())
    return [ln for ln in lines if ln and not ln.startswith("#")]


def _one(v: Any) -> list[str]:
    return [] if v in (None, "") else [str(v)]


def _boilerplate(tally: Tally, expected: list[str], removed: tuple[str, ...]) -> list[str]:
    """A removed line matches an expected one when either contains the other."""
    hits = {e for e in expected if any(e in r or r in e for r in removed)}
    extra = [r for r in removed if not any(e in r or r in e for e in expected)]
    tally.tp += len(hits)
    tally.fn += len(expected) - len(hits)
    tally.fp += len(extra)
    return [f"-{e}" for e in expected if e not in hits] + [f"+{r}" for r in extra]


def _score_one(case: dict[str, Any], text: str, finder: FormulaFinder, tallies: dict[str, Tally]) -> list[str]:
    cleaned = clean.clean(text)
    hints = case.get("hints") or {}
    found_date = dates.meeting_date(cleaned.text, hints, cleaned.publish_date)
    title = cleaned.text.split("\n", 1)[0] if cleaned.text else None
    reading = people.read_people(cleaned.text)
    convener = people.convener_title(reading)
    organ, kind = organs.organ_and_type(title if title and len(title) <= 60 else None, cleaned.text, convener)
    by_role: dict[str, list[str]] = {"presider": [], "speaker": [], "attendee": []}
    for p in reading.people:
        by_role[p.role].append(p.name)
    kept = [s for s in case.get("must_keep", []) if s in cleaned.text]
    got_date = found_date.date.isoformat() if found_date.date else None
    notes: list[str] = []
    pairs = {
        "date": (_one(case.get("date")), _one(got_date)),
        "presider": (_one(case.get("presider")), by_role["presider"]),
        "speakers": (case.get("speakers", []), by_role["speaker"]),
        "attendees": (case.get("attendees", []), by_role["attendee"]),
        "must_keep": (case.get("must_keep", []), kept),
        "formulas": (case.get("formulas", []), finder.count(for_counting(cleaned.text)).keys()),
        "organ": (_one(case.get("organ")), _one(organ)),
        "meeting_type": (_one(case.get("meeting_type")), _one(kind)),
    }
    for field, (exp, got) in pairs.items():
        if diff := tallies[field].add(exp, got):
            notes.append(f"{field}: {' '.join(diff)}")
    if diff := _boilerplate(tallies["boilerplate"], case.get("boilerplate", []), cleaned.removed):
        notes.append(f"boilerplate: {' '.join(diff)}")
    return notes


def score_fixtures(folder: Path) -> dict[str, Any]:
    """Precision/recall/F1 per field over every report listed in ``folder/expected.jsonl``."""
    folder = Path(folder)
    finder = FormulaFinder(_listed(folder))
    tallies = {f: Tally() for f in FIELDS}
    notes: dict[str, list[str]] = {}
    n = 0
    for line in (folder / EXPECTED_FILE).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        text = (folder / case["file"]).read_text(encoding="utf-8")
        if diff := _score_one(case, text, finder, tallies):
            notes[case["file"]] = diff
        n += 1
    return {"reports": n, "fields": {f: t.figures() for f, t in tallies.items()}, "notes": notes}


def format_report(scores: dict[str, Any]) -> str:
    """A plain table: one row per field, then the differences per report."""
    rows = [f"{'field':<13} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7} {'f1':>6}"]
    for field, f in scores["fields"].items():
        rows.append(
            f"{field:<13} {f['tp']:>4} {f['fp']:>4} {f['fn']:>4} "
            f"{f['precision']:>9.3f} {f['recall']:>7.3f} {f['f1']:>6.3f}"
        )
    rows.append(f"({scores['reports']} reports)")
    for file, diffs in scores.get("notes", {}).items():
        rows.append(f"{file}:")
        rows.extend(f"  {d}" for d in diffs)
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="policy-themes score",
        description=(
            "Score report reading against labelled reports: a folder with annotations.jsonl (reports you "
            "annotated; the whole ETL is run on them, see docs/reading.md) or with expected.jsonl (the "
            "readers on the project's fixtures)."
        ),
    )
    parser.add_argument(
        "folder",
        nargs="?",
        type=Path,
        default=DEFAULT_FOLDER,
        help=f"folder with .txt reports and {ANNOTATIONS_FILE} or {EXPECTED_FILE} (default: %(default)s)",
    )
    parser.add_argument("--codebook", type=Path, help="codebook folder for the themes (default: the project's)")
    parser.add_argument("--quiet", action="store_true", help="print the table without per-report notes")
    args = parser.parse_args(argv)
    if (args.folder / ANNOTATIONS_FILE).is_file():
        return _score_annotated(args.folder, args.codebook, args.quiet)
    if not (args.folder / EXPECTED_FILE).is_file():
        parser.error(f"{args.folder} has neither {ANNOTATIONS_FILE} nor {EXPECTED_FILE}")
    scores = score_fixtures(args.folder)
    if args.quiet:
        scores = {**scores, "notes": {}}
    print(format_report(scores))
    return 0


def _score_annotated(folder: Path, codebook: Path | None, quiet: bool) -> int:
    try:
        scores = run_and_score(folder, codebook)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not quiet:
        print("\n".join(scores.misses))
    print(scores.summary())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
