"""Train the judge of furniture lines by shape (``etl/extract/cleaning/line_shapes.py``) on annotated sets.

Usage:
    python scripts/train_furniture.py FOLDER... [--out WEIGHTS] [--threshold T]
    python scripts/train_furniture.py FOLDER... --leave-one-out [--thresholds 0.8,0.9,0.95]

Each FOLDER holds NNN.txt pages and ``annotations.jsonl`` in the format of docs/reading.md
("Scoring on reports you annotated"). Every page is read as the ETL reads it and seen twice: its
raw lines (normalised, split as ``clean`` splits them) and the lines the rules keep (``clean``
with no judge). A line holding an annotated ``boilerplate_lines`` string is furniture; a line
holding a ``said`` or ``meeting_voice`` phrase, one between two such lines, and a line above them
naming the annotated ``meeting_type``, presider or a speaker (the headline and its deck) are report text; other lines are left out of training.

``--leave-one-out`` trains on every folder but one and reads the one left out, for each folder:
it prints, per threshold, the boilerplate strings still in the kept text without and with the
judge, the annotated phrases the judge would cut, and every line it cuts that no annotation names.
Without it, the judge is trained on every folder and written to WEIGHTS (default: the shipped
``etl/extract/cleaning/resources/furniture_shapes.tsv``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from etl.contract.model import InputError, RawDoc
from etl.contract.settings import Limits
from etl.extract.cleaning.clean import clean
from etl.extract.cleaning.line_shapes import (
    FEATURES,
    SHAPES,
    ShapeJudge,
    judged_by,
    margin_indices,
    page_features,
)
from etl.extract.text.paragraphs import normalised, paragraph_spans
from etl.io.readers import read_input

_L2 = 1.0  # ridge penalty of the logistic fit (on standardised features)
_ITERATIONS = 30
_DEFAULT_THRESHOLD = 0.9
_HEAD_LINES = 8  # where no phrase anchors the body, headlines are sought in the page's first lines


@dataclass(frozen=True)
class Page:
    """One annotated page as the ETL reads it."""

    folder: str
    file: str
    text: str
    boilerplate: tuple[str, ...]
    phrases: tuple[str, ...]  # said and meeting_voice phrases: report text
    is_report: bool
    headline_words: tuple[str, ...]  # the meeting's type and its people: a line above the body naming one is a headline


def _annotations(folder: Path) -> list[dict[str, object]]:
    path = folder / "annotations.jsonl"
    if not path.is_file():
        raise SystemExit(f"{folder}: no annotations.jsonl")
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}: line {n} is not JSON ({exc.msg})") from None
    return rows


def _page_text(path: Path) -> str:
    try:
        items = list(read_input(path, Limits()))
    except InputError as exc:
        raise SystemExit(f"{path}: {exc}") from None
    texts = [item.text for item in items if isinstance(item, RawDoc)]
    if not texts:
        raise SystemExit(f"{path}: no text could be read")
    return "\n\n".join(texts)


def read_pages(folder: Path) -> list[Page]:
    """The annotated pages of ``folder`` (a missing page file is an error naming it)."""
    pages = []
    for row in _annotations(folder):
        name = str(row.get("file") or "")
        path = folder / name
        if not name or not path.is_file():
            raise SystemExit(f"{folder}: annotation names a page that is not there: {name!r}")
        speakers = row.get("speakers") or []
        said = [p for s in speakers if isinstance(s, dict) for p in (s.get("said") or [])]
        voice = list(row.get("meeting_voice") or [])  # type: ignore[call-overload]
        people = [row.get("presider") or {}, *speakers]
        names = [str(p.get("name") or "") for p in people if isinstance(p, dict)]
        bp = [b.strip() for b in row.get("boilerplate_lines") or [] if b.strip()]  # type: ignore[attr-defined]
        pages.append(
            Page(
                folder.name or str(folder),
                name,
                _page_text(path),
                tuple(bp),
                tuple(p for p in said + voice if p),
                row.get("is_report", True) is not False,
                tuple(w for w in [str(row.get("meeting_type") or ""), *names] if len(w) >= 2),
            )
        )
    return pages


def raw_lines(text: str) -> list[str]:
    """The page's lines as ``clean`` splits them before any rule."""
    norm = normalised(text)
    return [line.strip() for a, b in paragraph_spans(norm) for line in norm[a:b].split("\n") if line.strip()]


def kept_lines(text: str) -> list[str]:
    """The lines the rules keep (``clean`` without a judge)."""
    with judged_by(None):
        return [line for line in clean(text).text.split("\n") if line.strip()]


def labels(lines: Sequence[str], page: Page) -> list[int | None]:
    """1 furniture, 0 report text, None left out (see the module doc)."""
    out: list[int | None] = [None] * len(lines)
    for i, line in enumerate(lines):
        if any(b in line or (len(line) >= 4 and line in b) for b in page.boilerplate):
            out[i] = 1
    anchors = [
        i
        for i, line in enumerate(lines)
        if out[i] is None and any(p in line or (len(line) >= 6 and line in p) for p in page.phrases)
    ]
    if anchors:
        for i in range(anchors[0], anchors[-1] + 1):
            out[i] = 0 if out[i] is None else out[i]
    for i in range(anchors[0] if anchors else min(len(lines), _HEAD_LINES)):
        if out[i] is None and any(w in lines[i] for w in page.headline_words):
            out[i] = 0  # the headline and its deck: report text above the body
    return out


def examples(pages: Sequence[Page]) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and labels of every labelled line of both views of every page."""
    rows: list[list[float]] = []
    ys: list[int] = []
    for page in pages:
        for lines in (raw_lines(page.text), kept_lines(page.text)):
            for row, y in zip(page_features(lines), labels(lines, page), strict=True):
                if y is not None:
                    rows.append(row)
                    ys.append(y)
    if not rows:
        raise SystemExit("no labelled line in the annotated folders")
    return np.array(rows, dtype=float), np.array(ys, dtype=float)


def fit(x: np.ndarray, y: np.ndarray, threshold: float) -> ShapeJudge:
    """Logistic regression by Newton's method on standardised features, with a ridge penalty."""
    means = x.mean(axis=0)
    scales = x.std(axis=0)
    scales[scales == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - means) / scales])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], _L2)
    penalty[0] = 0.0
    for _ in range(_ITERATIONS):
        p = 1 / (1 + np.exp(-np.clip(z @ w, -40, 40)))
        gradient = z.T @ (p - y) + penalty * w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return ShapeJudge(
        FEATURES,
        tuple(float(v) for v in means),
        tuple(float(v) for v in scales),
        tuple(float(v) for v in w[1:]),
        float(w[0]),
        threshold,
    )


def write_judge(judge: ShapeJudge, path: Path, sources: Sequence[str], n_lines: int) -> None:
    head = [
        "# The judge of furniture lines by shape (etl/extract/cleaning/line_shapes.py), written by",
        "# scripts/train_furniture.py: feature, mean, scale, weight (a logistic model over standardised",
        f"# features), learned from {n_lines} labelled lines of {len(sources)} annotated sets.",
        f"# bias\t{judge.bias:.6f}",
        f"# threshold\t{judge.threshold:.3f}",
    ]
    body = [
        f"{f}\t{m:.6f}\t{s:.6f}\t{w:.6f}"
        for f, m, s, w in zip(judge.features, judge.means, judge.scales, judge.weights, strict=True)
    ]
    path.write_text("\n".join(head + body) + "\n", encoding="utf-8")


@dataclass
class Reading:
    """What the judge does to one left-out set at one threshold."""

    boilerplate: int = 0
    kept_without: int = 0
    kept_with: int = 0
    phrases_cut: int = 0
    lines_cut: int = 0
    unlabelled_cut: list[str] | None = None


def read_left_out(pages: Sequence[Page], judge: ShapeJudge) -> Reading:
    """Boilerplate kept without and with the judge, phrases it cuts and lines it cuts, over ``pages``."""
    reading = Reading(unlabelled_cut=[])
    for page in pages:
        lines = kept_lines(page.text)
        before = "\n".join(lines)
        margins = set(margin_indices(lines))
        rows = page_features(lines)
        cut = {i for i in margins if judge.score(rows[i]) >= judge.threshold}
        after = "\n".join(line for i, line in enumerate(lines) if i not in cut)
        reading.boilerplate += len(page.boilerplate)
        reading.kept_without += sum(b in before for b in page.boilerplate)
        reading.kept_with += sum(b in after for b in page.boilerplate)
        reading.phrases_cut += sum(p in before and p not in after for p in page.phrases)
        reading.lines_cut += len(cut)
        for i in sorted(cut):
            if not any(b in lines[i] or lines[i] in b for b in page.boilerplate):
                assert reading.unlabelled_cut is not None
                kind = "report" if page.is_report else "not a report"
                reading.unlabelled_cut.append(f"{page.file} ({kind}): {lines[i]}")
    return reading


def leave_one_out(sets: dict[str, list[Page]], thresholds: Sequence[float], show: bool) -> None:
    cached = {name: examples(pages) for name, pages in sets.items()}
    totals = {t: Reading() for t in thresholds}
    print("set\tthreshold\tboilerplate\tkept_without\tkept_with\tphrases_cut\tlines_cut\tunannotated_cut")
    for name, pages in sets.items():
        x = np.vstack([cached[o][0] for o in sets if o != name])
        y = np.concatenate([cached[o][1] for o in sets if o != name])
        judge = fit(x, y, thresholds[0])
        for t in thresholds:
            r = read_left_out(pages, replace(judge, threshold=t))
            unlabelled = r.unlabelled_cut or []
            print(
                f"{name}\t{t:.2f}\t{r.boilerplate}\t{r.kept_without}\t{r.kept_with}\t{r.phrases_cut}\t"
                f"{r.lines_cut}\t{len(unlabelled)}"
            )
            if show:
                for line in unlabelled:
                    print(f"    unannotated cut: {line[:80]}")
            total = totals[t]
            total.boilerplate += r.boilerplate
            total.kept_without += r.kept_without
            total.kept_with += r.kept_with
            total.phrases_cut += r.phrases_cut
            total.lines_cut += r.lines_cut
    for t, r in totals.items():
        print(
            f"ALL\t{t:.2f}\t{r.boilerplate}\t{r.kept_without}\t{r.kept_with}\t{r.phrases_cut}\t{r.lines_cut}\t-",
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=SHAPES)
    parser.add_argument("--threshold", type=float, default=_DEFAULT_THRESHOLD)
    parser.add_argument("--leave-one-out", action="store_true")
    parser.add_argument("--thresholds", default="0.8,0.9,0.95,0.98")
    parser.add_argument("--show", action="store_true", help="print every unannotated line the judge cuts")
    args = parser.parse_args(argv)
    sets = {str(folder): read_pages(folder) for folder in args.folders}
    if args.leave_one_out:
        leave_one_out(sets, [float(t) for t in args.thresholds.split(",")], args.show)
        return 0
    x, y = examples([page for pages in sets.values() for page in pages])
    write_judge(fit(x, y, args.threshold), args.out, list(sets), len(y))
    print(f"wrote {args.out}: {len(y)} lines ({int(y.sum())} furniture) of {len(sets)} sets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
