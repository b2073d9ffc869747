"""Score the whole ETL on a folder of reports a user annotated by hand (``annotations.jsonl``).

The folder holds the reports as ``NNN.txt`` (any names) and ``annotations.jsonl``, one object
per report (the format is in docs/reading.md): the meeting date, presider, speakers with
phrases each said, the meeting's own voice, attendees, boilerplate, themes, and whether the
page is a meeting report at all. The reports are copied to a scratch folder with a sidecar of
their URLs, run through the real pipeline into a scratch warehouse, and every field is compared
with the annotation. The figures are those of ``../shared/tools/score_reports.py``.
"""

from __future__ import annotations

import csv
import json
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from etl.extract.text.patterns import simplified

__all__ = ["ANNOTATIONS_FILE", "AnnotatedScores", "load_annotations", "run_and_score", "score_tables"]

ANNOTATIONS_FILE = "annotations.jsonl"
_RATES = ("found", "negatives", "date", "presider", "organ")
_AFTER_SPEAKERS = ("said", "voice", "attendees", "boilerplate", "themes")


def _t2s(s: str) -> str:
    return simplified(s) if s else s


def load_annotations(folder: Path) -> list[dict[str, Any]]:
    """Every annotation of ``folder``; a line that is not a JSON object names the file and line."""
    path = folder / ANNOTATIONS_FILE
    out = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}: line {i} is not JSON ({exc.msg})") from exc
        if not isinstance(row, dict) or not row.get("file"):
            raise ValueError(f"{path}: line {i} has no 'file'")
        if not (folder / row["file"]).is_file():
            raise ValueError(f"{path}: line {i} names {row['file']}, which is not in the folder")
        out.append(row)
    return out


@dataclass
class AnnotatedScores:
    ok: dict[str, int] = field(default_factory=dict)
    n: dict[str, int] = field(default_factory=dict)
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, name: str, ok: bool, miss: str | None = None) -> None:
        self.n[name] = self.n.get(name, 0) + 1
        self.ok[name] = self.ok.get(name, 0) + int(ok)
        if not ok and miss:
            self.misses.append(miss)

    def rate(self, name: str) -> float | None:
        return self.ok.get(name, 0) / self.n[name] if self.n.get(name) else None

    def speakers(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def figures(self) -> dict[str, float | None]:
        """Every field's figure: rates, and speakers precision, recall and F1."""
        p, r, f1 = self.speakers()
        rates = {name: self.rate(name) for name in (*_RATES, *_AFTER_SPEAKERS)}
        return {**rates, "speakers_precision": p, "speakers_recall": r, "speakers_f1": f1}

    def summary(self) -> str:
        """One line, in the form of score_reports.py's summary."""

        def r(name: str) -> str:
            n = self.n.get(name, 0)
            return f"{self.ok.get(name, 0)}/{n}={self.ok.get(name, 0) / n:.2f}" if n else "n/a"

        p, rec, f1 = self.speakers()
        head = "; ".join(f"{name} {r(name)}" for name in _RATES)
        tail = "; ".join(f"{name} {r(name)}" for name in _AFTER_SPEAKERS)
        return f"{head}; speakers P={p:.2f} R={rec:.2f} F1={f1:.2f}; {tail}"


def _organ(s: str) -> str:
    s = _t2s(s.strip())
    return "人大" if s in ("人民代表大会", "人代会") else s


def _by_meeting(rows: Iterable[Mapping[str, Any]]) -> dict[str, list[Mapping[str, Any]]]:
    out: dict[str, list[Mapping[str, Any]]] = {}
    for row in rows:
        out.setdefault(row["meeting_id"], []).append(row)
    return out


def _file_name(source: str) -> str:
    return Path(str(source).split("#")[0]).name


def score_tables(gold: list[dict[str, Any]], tables: Mapping[str, list[Mapping[str, Any]]]) -> AnnotatedScores:
    """Compare the warehouse's rows (meetings, people, speeches, themes, sources) with ``gold``."""
    by_file: dict[str, str] = {}
    for row in [*tables["sources"], *tables["meetings"]]:
        by_file.setdefault(_file_name(row["source"]), row["meeting_id"])
    meetings = {m["meeting_id"]: m for m in tables["meetings"]}
    people, speeches = _by_meeting(tables["people"]), _by_meeting(tables["speeches"])
    themes = _theme_hits(tables["themes"])
    scores = AnnotatedScores()
    for g in gold:
        mid = by_file.get(g["file"])
        m = meetings.get(mid) if mid else None
        if g.get("is_report", True) is False:
            scores.add("negatives", m is None or m.get("is_report") is False, f"{g['file']}: not a report, read as one")
            continue
        scores.add("found", m is not None, f"{g['file']}: no meeting")
        if m is not None:
            _score_report(scores, g, m, people.get(m["meeting_id"], []), speeches.get(m["meeting_id"], []))
            _score_themes(scores, g, themes.get(m["meeting_id"], {}))
    return scores


def _theme_hits(rows: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, dict[str, int]]]:
    """Per meeting, each theme with hits and how often each of its keywords matched."""
    out: dict[str, dict[str, dict[str, int]]] = {}
    for h in rows:
        if h["count"] > 0:
            keywords = out.setdefault(h["meeting_id"], {}).setdefault(h["theme"], {})
            keywords[h["keyword"]] = keywords.get(h["keyword"], 0) + h["count"]
    return out


def _theme_found(annotated: str, got: Iterable[str]) -> bool:
    """An annotated theme (``乡村振兴/农业农村``: either part) is found when a theme with hits names it."""
    parts = annotated.split("/")
    return any(p in x or x in p for p in parts for x in got)


def _theme_miss(file: str, annotated: str, hits: Mapping[str, Mapping[str, int]]) -> str:
    """The miss line: the annotated theme, then each theme with hits, its total and keywords, most first."""
    if not hits:
        return f"{file}: theme {annotated} missed; no theme has hits"

    def described(theme: str) -> str:
        keywords = sorted(hits[theme].items(), key=lambda kv: (-kv[1], kv[0]))
        return f"{theme} {sum(hits[theme].values())} (" + ", ".join(f"{k} {n}" for k, n in keywords) + ")"

    ranked = sorted(hits, key=lambda t: (-sum(hits[t].values()), t))
    return f"{file}: theme {annotated} missed; themes with hits: " + "; ".join(described(t) for t in ranked)


def _score_themes(scores: AnnotatedScores, g: Mapping[str, Any], hits: Mapping[str, Mapping[str, int]]) -> None:
    for theme in g.get("themes") or []:
        scores.add("themes", _theme_found(theme, hits), _theme_miss(g["file"], theme, hits))


def _score_report(
    scores: AnnotatedScores,
    g: Mapping[str, Any],
    m: Mapping[str, Any],
    pp: list[Mapping[str, Any]],
    ss: list[Mapping[str, Any]],
) -> None:
    f = g["file"]
    if g.get("date"):
        got = str(m.get("date") or "")[:10] or None
        scores.add("date", got == g["date"], f"{f}: date {got} != {g['date']}")
    gp = _t2s(g["presider"]["name"]) if g.get("presider") and g["presider"].get("name") else None
    pres = {_t2s(p["name"]) for p in pp if p["role"] == "presider"}
    scores.add("presider", (gp in pres) if gp else not pres, f"{f}: presider {sorted(pres)} != {gp}")
    if g.get("organ") and not str(g["organ"]).startswith("other"):
        got_organ = _organ(m.get("organ") or "")
        scores.add("organ", got_organ == _organ(g["organ"]), f"{f}: organ {got_organ or None} != {g['organ']}")
    gold_sp = {_t2s(s["name"]) for s in g.get("speakers") or [] if s.get("name")}
    pred_sp = {_t2s(p["name"]) for p in pp if p["role"] == "speaker"}
    pred_sp |= {_t2s(s["speaker"]) for s in ss if s.get("speaker") and s["speaker"] != "会议"}
    scores.tp += len(gold_sp & pred_sp)
    scores.fp += len(pred_sp - gold_sp)
    scores.fn += len(gold_sp - pred_sp)
    if gold_sp != pred_sp:
        scores.misses.append(f"{f}: speakers missing {sorted(gold_sp - pred_sp)} extra {sorted(pred_sp - gold_sp)}")
    for s in g.get("speakers") or []:
        for phrase in s.get("said") or []:
            holders = {_t2s(x["speaker"] or "") for x in ss if phrase in x["text"]}
            scores.add("said", _t2s(s["name"] or "") in holders, f"{f}: said by {s['name']}: {phrase}")
    for phrase in g.get("meeting_voice") or []:
        persons = {x["speaker"] for x in ss if phrase in x["text"] and x["speaker"] and x["speaker"] != "会议"}
        scores.add("voice", not persons, f"{f}: the meeting's words given to {sorted(persons)}: {phrase}")
    for name in g.get("attendees_sample") or []:
        scores.add("attendees", _t2s(name) not in pred_sp, f"{f}: attendee {name} taken as a speaker")
    counted = "\n".join(x["text"] for x in ss)
    for b in g.get("boilerplate_lines") or []:
        if b.strip():
            scores.add("boilerplate", b.strip() not in counted, f"{f}: boilerplate kept: {b.strip()[:40]}")


def _stage(folder: Path, gold: list[dict[str, Any]], work: Path) -> tuple[Path, Path]:
    """The reports copied to ``work/raw`` and a sidecar of their URLs, as a scraper leaves them."""
    raw = work / "raw"
    raw.mkdir(parents=True)
    sidecar = work / "sidecar.csv"
    with sidecar.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["file", "url"])
        for g in gold:
            shutil.copyfile(folder / g["file"], raw / g["file"])
            writer.writerow([g["file"], g.get("url") or ""])
    return raw, sidecar


def _read_tables(warehouse: Path) -> dict[str, list[Mapping[str, Any]]]:
    from etl.io.warehouse import Warehouse

    wh = Warehouse.open(warehouse)
    out: dict[str, list[Mapping[str, Any]]] = {}
    for table in ("meetings", "people", "speeches", "themes", "sources"):
        columns = None
        if table == "meetings":
            columns = [c for c in wh.read(table).column_names if c != "text"]
        out[table] = wh.read(table, columns).to_pylist()
    return out


def run_and_score(folder: Path, codebook: Path | None = None, keep: Path | None = None) -> AnnotatedScores:
    """Run the ETL on the annotated reports of ``folder`` and score its warehouse."""
    from etl.contract.settings import resolve
    from etl.io.readers.sidecar import load_sidecar
    from etl.run.pipeline import run_etl

    gold = load_annotations(folder)
    work = keep or Path(tempfile.mkdtemp(prefix="policy-themes-score-"))
    if keep and keep.exists():
        shutil.rmtree(keep)
    work.mkdir(parents=True, exist_ok=True)
    try:
        raw, sidecar = _stage(folder, gold, work)
        flags: dict[str, object] = {"warehouse": work / "warehouse", "workers": 1, "progress": False}
        flags.update({"sidecar": sidecar, **({"codebook": codebook} if codebook else {})})
        settings = resolve(flags, env={})
        hints_for: Callable[[Path], Mapping[str, str]] = load_sidecar(sidecar).hints_for
        run_etl([raw], settings, hints_for=hints_for)
        return score_tables(gold, _read_tables(settings.warehouse))
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)
