"""Write the synthetic demo corpus: raw inputs in mixed forms, a sidecar, and the ground truth.

Meetings are generated one at a time from a per-meeting random generator and streamed to disk,
so the corpus is deterministic for a seed and its cost is linear in ``n_meetings``.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
import shutil
from collections import Counter
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from etl.count.codebook import THEMES_FILE, content_hash, parse_themes
from etl.count.matching import ThemeCounter
from etl.demo import forms
from etl.demo.readme import readme_text
from etl.demo.report import Report, compose
from etl.demo.sink import Writer, encode, letters
from etl.demo.summary import DemoSummary
from etl.demo.world import FIRST_YEAR, LAST_YEAR, Roster, build_world

SIDECAR_COLUMNS = ("file", "url", "publish_date", "organ", "region", "meeting_type")
# Phrases counted verbatim in every report, whatever the codebook says.
MARKERS = ("脱贫攻坚", "乡村振兴", "疫情防控", "新质生产力", "高质量发展", "营商环境")
LARGE = 5000  # above this many meetings, write mostly the cheap forms (CSV rows, plain text)

_DAYS = (dt.date(LAST_YEAR, 12, 31) - dt.date(FIRST_YEAR, 1, 1)).days + 1
_SHORT_TYPE = {
    "standing": "常委会",
    "government": "常务会议",
    "study": "中心组学习",
    "npc": "人大党组会",
    "cppcc": "政协党组会",
    "discipline": "纪委常委会",
}
# Date modes: where the year of a year-less "5月6日" can be found.
_MODES = {"text": 0.12, "filename": 0.32, "sidecar": 0.2, "publish_line": 0.34, "none": 0.02}
_FORMS_FOR_MODE = {
    "publish_line": ("gov_txt", "gov_html"),
    "none": ("wechat_txt", "plain_txt", "wechat_html"),
}
_FORM_WEIGHTS = {"wechat_txt": 0.25, "gov_txt": 0.2, "plain_txt": 0.15, "gov_html": 0.25, "wechat_html": 0.15}
_LARGE_FORM_WEIGHTS = {"wechat_txt": 0.05, "gov_txt": 0.05, "plain_txt": 0.8, "gov_html": 0.05, "wechat_html": 0.05}


def _pick(rng: random.Random, weights: dict[str, float], allowed: tuple[str, ...] | None = None) -> str:
    names = [n for n in weights if allowed is None or n in allowed]
    return rng.choices(names, [weights[n] for n in names])[0]


def _render(
    form: str, report: Report, w: Writer, roster: Roster, rng: random.Random, publish: dt.date | None
) -> tuple[forms.Rendered, str, str]:
    """(rendered, extension, encoding) of ``report`` in ``form``."""
    region = roster.region
    if form == "wechat_txt":
        rendered = forms.wechat_text(report, region, rng, w.staff)
    elif form == "gov_txt":
        rendered = forms.gov_text(report, region, rng, publish)
    elif form == "plain_txt":
        rendered = forms.plain_text(report)
    elif form == "wechat_html":
        return forms.wechat_html(report, region, rng, w.staff), ".html", "utf-8"
    else:
        charset = "gbk" if rng.random() < 0.15 else "utf-8"
        return forms.gov_html(report, region, rng, publish, charset), ".html", charset
    encoding = rng.choices(("utf-8", "utf-8-sig", "gbk"), (0.55, 0.25, 0.2))[0]
    return rendered, ".txt", encoding


def _write_copy(
    form: str, report: Report, w: Writer, roster: Roster, rng: random.Random, publish: dt.date | None, stem: str
) -> tuple[str, tuple[str, ...]]:
    rendered, ext, encoding = _render(form, report, w, roster, rng, publish)
    data = encode(rendered.text, encoding)
    label = f"{form}_{encoding}" if ext == ".txt" else f"{form}" + ("_gbk" if encoding == "gbk" else "")
    name = w.file(roster.region.slug, stem, ext, data, label)
    return name, rendered.byline_names


def _stem(mode: str, kind: str, publish: dt.date, i: int, rng: random.Random) -> str:
    short = _SHORT_TYPE[kind]
    if mode == "filename":
        if rng.random() < 0.7:
            return f"{publish.isoformat()}_{short}"
        return f"{publish.year}_{short}_{letters(i)}"
    return f"{rng.choice(('wx', 'art', 'doc', 'page'))}_{letters(i)}"


def _dates(i: int, rng: random.Random) -> tuple[dt.date, dt.date, bool]:
    """(meeting day, publish day, forced year rollback)."""
    if i % 60 == 7:  # a December meeting published in January
        day = dt.date(rng.randrange(FIRST_YEAR, LAST_YEAR), 12, rng.randint(27, 31))
        return day, dt.date(day.year + 1, 1, rng.randint(1, 4)), True
    day = dt.date(FIRST_YEAR, 1, 1) + dt.timedelta(days=rng.randrange(_DAYS))
    lag = rng.choices((0, 1, 2, 3), (0.3, 0.4, 0.2, 0.1))[0]
    return day, min(day + dt.timedelta(days=lag), dt.date(LAST_YEAR, 12, 31)), False


def _date_text(mode: str, day: dt.date, rng: random.Random) -> str:
    if mode == "none":
        return rng.choice(("近日", "日前"))
    if mode == "text":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.month}月{day.day}日"


def _meeting(i: int, seed: int, w: Writer) -> dict[str, Any]:
    rng = random.Random(f"demo-meeting:{seed}:{i}")
    roster = w.rosters[rng.randrange(len(w.rosters))]
    day, publish, rollback = _dates(i, rng)
    dump_here = roster is w.rosters[0] or w.large
    to_csv = dump_here and not rollback and rng.random() < (0.9 if w.large else 0.55)
    if to_csv:
        mode = "column"
    elif rollback:
        mode = rng.choice(("filename", "sidecar", "publish_line"))
    else:
        mode = _pick(rng, _MODES)
    text_mode = ("text" if rng.random() < 0.3 else "column") if to_csv else mode
    report = compose(rng, roster, day, _date_text(text_mode, day, rng))
    sources: list[str] = []
    bylines: list[str] = []
    slug = roster.region.slug
    url = f"https://www.{slug}.gov.example/news/{letters(i)}.html"
    if to_csv:
        sources.append(w.dump_row(slug, (report.title, url, day.isoformat(), report.organ, report.body)))
    else:
        form = _pick(rng, _LARGE_FORM_WEIGHTS if w.large else _FORM_WEIGHTS, _FORMS_FOR_MODE.get(mode))
        shown = publish if mode in ("publish_line", "text") else None
        stem = _stem(mode, report.kind, publish, i, rng)
        name, names = _write_copy(form, report, w, roster, rng, shown, stem)
        sources.append(name)
        bylines.extend(names)
        _sidecar_row(w, rng, mode, name, url, publish, report)
        if form.endswith("_txt") and rng.random() < 0.04:
            sources.append(_repost(w, rng, mode, form, report, roster, publish, i, bylines))
        trad = _traditional(w, report, roster, i) if form.endswith("_txt") and i % 150 == 11 else None
        if trad:
            sources.append(trad)
    if mode == "none":
        w.n_undated += 1
    w.n_sources += len(sources)
    w.n_reposts += len(sources) > 1
    return {**_truth(i, report, sources, bylines, mode, w.counter), "url": url}


def _sidecar_row(
    w: Writer, rng: random.Random, mode: str, name: str, url: str, publish: dt.date, report: Report
) -> None:
    if mode == "sidecar" or (mode != "none" and rng.random() < 0.25):
        row = (name, url, publish.isoformat(), report.organ, report.region, report.meeting_type)
    elif mode == "none" and rng.random() < 0.5:
        row = (name, "", "", report.organ, report.region, report.meeting_type)
    else:
        return
    w.sidecar.writerow(row)


def _repost(
    w: Writer,
    rng: random.Random,
    mode: str,
    form: str,
    report: Report,
    roster: Roster,
    publish: dt.date,
    i: int,
    bylines: list[str],
) -> str:
    """The same report saved a second time from the other channel (WeChat <-> gov site)."""
    if mode == "none":
        other = "plain_txt" if form == "wechat_txt" else "wechat_txt"
    else:
        other = "wechat_txt" if form == "gov_txt" else "gov_txt"
    shown = publish if other == "gov_txt" and mode in ("publish_line", "text") else None
    name, names = _write_copy(other, report, w, roster, rng, shown, _stem("sidecar", report.kind, publish, i, rng))
    bylines.extend(names)
    return name


def _traditional(w: Writer, report: Report, roster: Roster, i: int) -> str | None:
    """A traditional-character copy, only when converting back gives exactly the same text."""
    from etl.demo.convert import to_traditional

    text = "\n".join((report.title, *report.paragraphs)) + "\n"
    trad = to_traditional(text)
    if trad is None:
        return None
    return w.file(roster.region.slug, f"doc_{letters(i)}", ".txt", trad.encode("utf-8"), "traditional_txt")


def _truth(
    i: int, report: Report, sources: list[str], bylines: list[str], mode: str, counter: ThemeCounter
) -> dict[str, Any]:
    themes: Counter[str] = Counter()
    for (theme, _kw), n in counter.count(report.body).items():
        themes[theme] += n
    return {
        "meeting_key": f"m{i:06d}",
        "sources": sources,
        "date": None if mode == "none" else report.date.isoformat(),
        "date_precision": None if mode == "none" else "day",
        "date_hint": mode,
        "organ": report.organ,
        "meeting_type": report.meeting_type,
        "region": report.region,
        "title": report.title,
        "presider": report.presider,
        "speakers": list(report.speakers),
        "attendee_names": list(report.attendee_names),
        "byline_names": sorted(set(bylines)),
        "theme_phrases": dict(sorted(themes.items())),
        "marker_phrases": {m: c for m in MARKERS if (c := report.body.count(m))},
    }


def _prepare(out: Path) -> Path:
    """Empty a previous demo in ``out``; refuse to write into a folder that holds anything else."""
    if out.exists() and any(out.iterdir()) and not (out / "ground_truth.jsonl").exists():
        raise FileExistsError(f"{out} is not empty and does not hold a demo corpus; choose another folder")
    raw = out / "raw"
    if raw.exists():
        shutil.rmtree(raw)
    raw.mkdir(parents=True)
    return raw


def _codebook(folder: Path | None) -> tuple[ThemeCounter, str]:
    if folder is None:
        from etl.contract.settings import Settings

        folder = Settings().codebook
    path = folder / THEMES_FILE
    data = path.read_bytes()
    return ThemeCounter(parse_themes(data.decode("utf-8"), path)), content_hash(data)


def write_demo(
    out: Path,
    *,
    seed: int = 20240501,
    n_meetings: int = 720,
    codebook: Path | None = None,
    progress: Callable[[int], None] | None = None,
) -> DemoSummary:
    """Write the synthetic corpus under ``out``; the same seed gives byte-identical files.

    ``codebook`` is the codebook folder whose themes.csv counts ``theme_phrases`` in the ground
    truth (default: the project's). ``progress`` is called with the number of meetings written.
    """
    out = Path(out)
    raw = _prepare(out)
    counter, book_hash = _codebook(codebook)
    rosters, staff = build_world(seed)
    with ExitStack() as stack:
        side = stack.enter_context((out / "sidecar.csv").open("w", encoding="utf-8", newline=""))
        sidecar = csv.writer(side)
        sidecar.writerow(SIDECAR_COLUMNS)
        truth = stack.enter_context((out / "ground_truth.jsonl").open("w", encoding="utf-8"))
        w = Writer(raw, rosters, staff, counter, n_meetings > LARGE, sidecar, truth, stack)
        for i in range(n_meetings):
            truth.write(json.dumps(_meeting(i, seed, w), ensure_ascii=False) + "\n")
            if progress and (i + 1) % 1000 == 0:
                progress(i + 1)
    summary = DemoSummary(
        out=out,
        raw=raw,
        sidecar=out / "sidecar.csv",
        ground_truth=out / "ground_truth.jsonl",
        readme=out / "README.md",
        seed=seed,
        n_meetings=n_meetings,
        n_sources=w.n_sources,
        n_files=len(w.used) + len(w.dumps),
        n_reposts=w.n_reposts,
        n_undated=w.n_undated,
        regions=tuple(r.region.name for r in rosters),
        forms=tuple(sorted(w.forms.items())),
        dumps=tuple(f"dump_{slug}.csv" for slug in w.dumps),
        codebook_hash=book_hash,
    )
    (out / "README.md").write_text(readme_text(summary), encoding="utf-8")
    return summary
