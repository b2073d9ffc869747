"""How much of the demo corpus's ground truth an ETL run recovered (used by tests and docs)."""

from __future__ import annotations

import collections
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from etl.extract.organs.organs import normal_type
from etl.io.warehouse import Warehouse


@dataclass
class Recovery:
    meetings: int = 0
    unmatched: int = 0
    counts: collections.Counter[str] = field(default_factory=collections.Counter)
    misses: dict[str, list[Any]] = field(default_factory=lambda: collections.defaultdict(list))

    def share(self, key: str, of: str = "meetings") -> float:
        total = self.meetings if of == "meetings" else self.counts[of]
        return self.counts[key] / total if total else 0.0

    @property
    def speaker_recall(self) -> float:
        c = self.counts
        return c["speaker_tp"] / ((c["speaker_tp"] + c["speaker_fn"]) or 1)

    @property
    def speaker_precision(self) -> float:
        c = self.counts
        return c["speaker_tp"] / ((c["speaker_tp"] + c["speaker_fp"]) or 1)

    def lines(self) -> list[str]:
        return [
            f"meetings matched: {self.meetings} (unmatched {self.unmatched})",
            f"dates exact: {self.share('date'):.1%}; organ: {self.share('organ'):.1%}; "
            f"meeting type: {self.share('meeting_type'):.1%}; region: {self.share('region'):.1%}",
            f"presider right: {self.share('presider'):.1%}; speakers precision {self.speaker_precision:.1%}, "
            f"recall {self.speaker_recall:.1%}; byline names found as people: {self.counts['byline_leak']}",
            f"theme counts at least as inserted: {self.share('theme', of='theme_checks'):.1%}",
        ]


def _meeting_of_sources(wh: Warehouse, raw: Path) -> dict[str, str]:
    prefix = str(raw) + "/"
    out = {}
    for r in wh.read("sources", ["meeting_id", "source"]).to_pylist():
        s = r["source"]
        out[s[len(prefix) :] if s.startswith(prefix) else s] = r["meeting_id"]
    return out


def recovery(demo: Path, warehouse: Path) -> Recovery:
    """Compare a warehouse built from ``demo/raw`` with ``demo/ground_truth.jsonl``."""
    wh = Warehouse.open(warehouse)
    by_source = _meeting_of_sources(wh, demo / "raw")
    meetings = {r["meeting_id"]: r for r in wh.read("meetings").to_pylist()}
    people: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for p in wh.read("people").to_pylist():
        people[p["meeting_id"]].append(p)
    themes: collections.Counter[tuple[str, str]] = collections.Counter()
    for t in wh.read("themes", ["meeting_id", "theme", "count"]).to_pylist():
        themes[(t["meeting_id"], t["theme"])] += t["count"]
    rec = Recovery()
    for line in (demo / "ground_truth.jsonl").read_text(encoding="utf-8").splitlines():
        truth = json.loads(line)
        found = {by_source.get(s) or by_source.get(truth.get("url", "")) for s in truth["sources"]}
        ids = {i for i in found if i is not None}
        if len(ids) != 1:
            rec.unmatched += 1
            rec.misses["match"].append(truth["sources"])
            continue
        mid = ids.pop()
        _compare(rec, truth, meetings[mid], people[mid], {t: n for (m, t), n in themes.items() if m == mid})
    return rec


def _compare(
    rec: Recovery, truth: dict[str, Any], m: dict[str, Any], ps: list[dict[str, Any]], themes: dict[str, int]
) -> None:
    rec.meetings += 1
    c, where = rec.counts, truth["sources"][0]
    checks = {
        "date": (str(m["date"]) if m["date"] else None) == truth["date"],
        "organ": m["organ"] == truth["organ"],
        "meeting_type": m["meeting_type"] == normal_type(truth["meeting_type"]),
        "region": m["region"] == truth["region"],
    }
    presiders = {p["name"] for p in ps if p["role"] == "presider"}
    wanted = (truth.get("presider") or {}).get("name")
    checks["presider"] = wanted in presiders if wanted else not presiders
    for key, ok in checks.items():
        c[key] += ok
        if not ok:
            rec.misses[key].append(where)
    found = {p["name"] for p in ps if p["role"] == "speaker"}
    true = {s["name"] for s in truth["speakers"]}
    c["speaker_tp"] += len(found & true)
    c["speaker_fp"] += len(found - true)
    c["speaker_fn"] += len(true - found)
    if found != true:
        rec.misses["speakers"].append((where, sorted(true - found), sorted(found - true)))
    c["byline_leak"] += len({p["name"] for p in ps} & set(truth.get("byline_names", [])))
    for theme, n in truth["theme_phrases"].items():
        c["theme_checks"] += 1
        c["theme"] += themes.get(theme, 0) >= n
