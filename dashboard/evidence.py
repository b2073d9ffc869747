"""The evidence behind the numbers, for the word-cloud and codebook pages (no streamlit here).

- term frequencies of a set of speeches (DuckDB over the live ``terms`` parts);
- what a keyword would add to a theme (KWIC lines come from ``dashboard.textquery.kwic``);
- samples of a theme's counted hits, to judge right or wrong, and the precision those give;
- safe writes of the codebook and of the judgements (read back before they replace anything);
- uploads saved under names the server chooses, and what an ETL run made of each.

Reuses ``dashboard.query`` for reading; never edits the warehouse.
"""

from __future__ import annotations

import bisect
import datetime as dt
import os
import random
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from dashboard import corpusstore, query
from etl.codebook import Codebook, ThemeCounter, merge_keywords, parse_themes
from etl.readers.suffixes import input_suffix
from etl.textnorm import for_counting
from etl.warehouse import Warehouse

__all__ = [
    "JUDGEMENT_COLUMNS",
    "keyword_gain",
    "keyword_summary",
    "load_judgements",
    "precision",
    "record_judgements",
    "safe_upload_name",
    "sample_theme_hits",
    "save_judgements",
    "save_themes",
    "save_uploads",
    "speeches_for",
    "term_frequencies",
    "upload_folder",
    "upload_outcome",
]

JUDGEMENT_COLUMNS = ["theme", "keyword", "meeting_id", "start", "correct", "context", "judged_at"]


# --- term frequencies ----------------------------------------------------------------------


def term_frequencies(
    wh: Warehouse, speeches: pd.DataFrame, limit: int = 400, stopwords: Iterable[str] = ()
) -> pd.DataFrame:
    """term, count over the given speeches (columns meeting_id, seq), most frequent first."""
    stop = sorted(set(stopwords))
    keys = speeches[["meeting_id", "seq"]].drop_duplicates().astype({"seq": "int32"})
    if keys.empty:
        return pd.DataFrame({"term": pd.Series(dtype=object), "count": pd.Series(dtype="int64")})
    frames = {"sel": keys, "stop": pd.DataFrame({"term": pd.Series(stop, dtype=object)})}
    out = query.sql(
        wh,
        "SELECT t.term, SUM(t.count)::BIGINT AS count FROM {t} t "
        "JOIN sel USING (meeting_id, seq) "
        "WHERE t.term NOT IN (SELECT term FROM stop) "
        "GROUP BY t.term ORDER BY count DESC, t.term",
        {"t": "terms"},
        **frames,
    ).head(limit)
    return out.astype({"term": object, "count": "int64"})


# --- keyword in context --------------------------------------------------------------------


def _speaker_at(speeches: pd.DataFrame) -> dict[str, tuple[list[int], list[object]]]:
    out: dict[str, tuple[list[int], list[object]]] = {}
    ordered = speeches.sort_values(["meeting_id", "start"])
    for mid, group in ordered.groupby("meeting_id", sort=False):
        out[str(mid)] = (group["start"].astype(int).tolist(), group["speaker"].tolist())
    return out


def _lookup(index: dict[str, tuple[list[int], list[object]]], mid: str, offset: int) -> object:
    starts, speakers = index.get(mid, ([], []))
    i = bisect.bisect_right(starts, offset) - 1
    return speakers[i] if i >= 0 else None


def keyword_summary(hits: pd.DataFrame) -> dict[str, Any]:
    """Counts a user weighs before adding a keyword: hits, meetings, speakers, years (of KWIC lines)."""
    years = pd.to_datetime(hits["date"]).dt.year.dropna().astype(int)
    return {
        "hits": len(hits),
        "meetings": int(hits["meeting_id"].nunique()),
        "speakers": int(hits["speaker"].dropna().nunique()),
        "by_year": years.value_counts().sort_index().rename_axis("year").reset_index(name="hits"),
    }


def keyword_gain(wh: Warehouse, codebook: Codebook, theme: str, keyword: str) -> dict[str, int]:
    """Hits the theme counts now and with ``keyword`` added (longest match, no overlap, as the ETL)."""
    before, after = ThemeCounter(codebook), ThemeCounter(merge_keywords(codebook, theme, [keyword]))
    totals = {"before": 0, "after": 0}
    for _mid, text in query.iter_texts(wh):
        counting = for_counting(text)
        totals["before"] += sum(c for (t, _kw), c in before.count(counting).items() if t == theme)
        totals["after"] += sum(c for (t, _kw), c in after.count(counting).items() if t == theme)
    return totals


# --- samples to judge ----------------------------------------------------------------------


def sample_theme_hits(
    wh: Warehouse, corpus: query.Corpus, codebook: Codebook, theme: str, n: int = 20, seed: int = 0, width: int = 30
) -> pd.DataFrame:
    """A uniform random sample (without replacement) of the hits the ETL counts for ``theme``.

    The corpus's speech x theme counts say how many hits each speech holds, so the sample is
    drawn from those counts and only the meetings holding a sampled hit are read and searched.
    """
    columns = ["theme", "keyword", "meeting_id", "start", "title", "date", "speaker", "left", "hit", "right"]
    col = int(corpus.agg.theme_columns([theme])[0])
    per_speech = corpus.agg.speech_themes[:, col].astype(np.int64) if col >= 0 else np.zeros(0, np.int64)
    total = int(per_speech.sum())
    if total == 0:
        return pd.DataFrame(columns=columns)
    picks = sorted(random.Random(seed).sample(range(total), min(n, total)))
    ends = np.cumsum(per_speech)
    wanted: dict[int, list[int]] = {}  # speech position -> which of its hits (0-based)
    for pick, pos in zip(picks, np.searchsorted(ends, picks, side="right"), strict=True):
        wanted.setdefault(int(pos), []).append(pick - int(ends[pos] - per_speech[pos]))
    speeches = corpus.speeches.iloc[sorted(wanted)]
    texts = corpusstore.meeting_texts(wh, corpus, set(speeches["meeting_id"]))
    counting = {mid: for_counting(text) for mid, text in texts.items()}
    counter = ThemeCounter(codebook)
    meta = corpus.meetings.set_index("meeting_id")
    rows = []
    for pos, sp in zip(sorted(wanted), speeches.itertuples(index=False), strict=True):
        mid, a = str(sp.meeting_id), int(sp.start)
        if mid not in texts:
            continue
        text = texts[mid]
        found = counter.spans(counting[mid][a : a + int(sp.n_chars)], theme)
        for k in wanted[pos]:
            if k >= len(found):  # counts from another codebook than ``codebook``: nothing to show
                continue
            start, end, _theme, kw = found[k]
            start, end = start + a, end + a
            rows.append(
                {
                    "theme": theme,
                    "keyword": kw,
                    "meeting_id": mid,
                    "start": start,
                    "title": meta.at[mid, "title"] if mid in meta.index else None,
                    "date": meta.at[mid, "date"] if mid in meta.index else pd.NaT,
                    "speaker": sp.speaker,
                    "left": text[max(0, start - width) : start].replace("\n", " "),
                    "hit": text[start:end],
                    "right": text[end : end + width].replace("\n", " "),
                }
            )
    return pd.DataFrame(rows, columns=columns)


# --- judgements and precision --------------------------------------------------------------


def load_judgements(path: Path) -> pd.DataFrame:
    if not path.is_file():
        return pd.DataFrame(columns=JUDGEMENT_COLUMNS)
    frame = pd.read_csv(path, dtype={"meeting_id": str, "theme": str, "keyword": str}, encoding="utf-8-sig")
    return frame.reindex(columns=JUDGEMENT_COLUMNS)


def record_judgements(previous: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """Previous judgements with ``new`` ones added; a hit judged again keeps its latest verdict."""
    new = new.assign(judged_at=dt.datetime.now().isoformat(timespec="seconds")).reindex(columns=JUDGEMENT_COLUMNS)
    both = pd.concat([previous, new], ignore_index=True) if len(previous) else new
    both["start"] = both["start"].astype(int)
    both["correct"] = both["correct"].astype(bool)
    return both.drop_duplicates(["theme", "keyword", "meeting_id", "start"], keep="last").reset_index(drop=True)


def precision(judgements: pd.DataFrame, by: str = "theme") -> pd.DataFrame:
    """Share judged right per theme (``by="theme"``) or per theme and keyword (``by="keyword"``)."""
    keys = ["theme"] if by == "theme" else ["theme", "keyword"]
    if judgements.empty:
        return pd.DataFrame(columns=[*keys, "judged", "right", "precision"])
    j = judgements.assign(correct=judgements["correct"].astype(bool))
    out = j.groupby(keys).agg(judged=("correct", "size"), right=("correct", "sum")).reset_index()
    out["precision"] = out["right"] / out["judged"]
    return out.sort_values([*keys]).reset_index(drop=True)


def _replace_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def save_judgements(path: Path, judgements: pd.DataFrame) -> None:
    _replace_atomically(path, judgements.reindex(columns=JUDGEMENT_COLUMNS).to_csv(index=False).encode("utf-8"))


def save_themes(path: Path, codebook: Codebook) -> Codebook:
    """Write ``codebook`` to ``path`` only if the written text parses back to the same themes.

    Raises ``CodebookError`` (or ValueError) and leaves the old file untouched otherwise.
    """
    text = codebook.to_csv()
    reread = parse_themes(text, path)  # never save what cannot be read back
    if reread != codebook:
        raise ValueError(f"{path}: the codebook does not read back the same (keyword separators inside a keyword?)")
    _replace_atomically(path, text.encode("utf-8"))
    return parse_themes(path.read_text(encoding="utf-8"), path)


# --- selections for clouds -----------------------------------------------------------------


def speeches_for(corpus: query.Corpus, filters: query.Filters, theme: str | None = None) -> pd.DataFrame:
    """The selected speeches (``query.selected_speeches``), kept to those mentioning ``theme``."""
    sp = query.selected_speeches(corpus, filters)
    if theme:
        with_theme = corpus.hits[(corpus.hits["theme"] == theme) & (corpus.hits["count"] > 0)]
        sp = sp.merge(with_theme[["meeting_id", "seq"]].drop_duplicates(), on=["meeting_id", "seq"])
    return sp


# --- uploads -------------------------------------------------------------------------------

ARCHIVE_SUFFIXES = frozenset({".zip"})
SIDECAR_NAME = "sidecar.csv"


def upload_folder(warehouse_root: Path) -> Path:
    """A new folder for one batch of uploads, next to the warehouse; its name is ours alone."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = warehouse_root.parent / "uploads" / f"{stamp}-{uuid.uuid4().hex[:8]}"
    folder.mkdir(parents=True)
    return folder


def safe_upload_name(index: int, original: str, allowed: Iterable[str]) -> str | None:
    """``upload-007.txt``: only the suffix of the uploaded name is kept (``.tar.gz`` whole), and only if allowed."""
    suffix = input_suffix(Path(original.replace("\\", "/")).name)  # .tar.gz stays whole
    if suffix not in set(allowed) or not suffix[1:].replace(".", "").isalnum():
        return None
    return f"upload-{index:03d}{suffix}"


def save_uploads(
    uploads: Iterable[tuple[str, bytes]], folder: Path, allowed: Iterable[str], max_bytes: int
) -> tuple[dict[Path, str], list[tuple[str, str]]]:
    """Write uploads under ``folder`` with our own names.

    Returns (saved path -> uploaded name, [(uploaded name, why refused)]).
    """
    allowed = frozenset(allowed)
    saved: dict[Path, str] = {}
    refused: list[tuple[str, str]] = []
    for i, (original, data) in enumerate(uploads, start=1):
        name = safe_upload_name(i, original, allowed)
        if name is None:
            refused.append((original, f"unsupported file type; accepted: {', '.join(sorted(allowed))}"))
        elif len(data) > max_bytes:
            refused.append((original, f"{len(data):,} bytes, over the limit of {max_bytes:,}"))
        else:
            path = folder / name
            path.write_bytes(data)
            saved[path] = original
    return saved, refused


def upload_outcome(
    before: set[str], wh: Warehouse, names: dict[str, str], refused: Iterable[tuple[str, str]] = ()
) -> pd.DataFrame:
    """Per uploaded file: status (added / skipped / refused), reports, new meetings and reasons.

    ``before`` are the meeting ids before the run; ``names`` maps input path -> name shown.
    """
    inputs = wh.read("inputs").to_pandas()
    sources = wh.read("sources", ["meeting_id", "input"]).to_pandas()
    errors = wh.read("errors", ["input", "source", "message"]).to_pandas()
    rows: list[dict[str, object]] = [
        {"file": name, "status": "refused", "reports": 0, "new_meetings": 0, "already_there": 0, "reason": why}
        for name, why in refused
    ]
    claimed = set(before)
    for path, name in sorted(names.items()):  # the ETL keeps a repost's first source in sorted order
        row = inputs[inputs["input"] == path]
        ids = set(sources.loc[sources["input"] == path, "meeting_id"])
        new = len(ids - claimed)
        claimed |= ids
        errs = errors[errors["input"] == path]
        reasons = "; ".join(
            f"{Path(s).name if '#' not in s else s.split('#', 1)[1]}: {m}"
            for s, m in zip(errs["source"], errs["message"], strict=True)
        )
        status = "added" if new else ("refused" if len(errs) and not ids else "skipped")
        reason = reasons or ("" if new else "same text as a report already read" if ids else "no report found")
        rows.append(
            {
                "file": name,
                "status": status,
                "reports": int(row["n_meetings"].sum()) if len(row) else 0,
                "new_meetings": new,
                "already_there": len(ids) - new,
                "reason": reason,
            }
        )
    return pd.DataFrame(rows, columns=["file", "status", "reports", "new_meetings", "already_there", "reason"])
