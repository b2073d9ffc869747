"""The evidence behind a number: keyword-in-context lines, the reader's marks, keyword try-outs
and samples of a theme's counted hits to judge. No streamlit here.

Keywords are found in the *counting* text (``etl.extract.text.textnorm.for_counting``: same length as the
display text) with the ETL's own counter, and shown from the display text at the same offsets,
so the evidence is exactly the hits that were counted. Texts are read only for the meetings
shown (``dashboard.indexes.corpus.meeting_texts``).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from dashboard.indexes.corpus import Corpus, meeting_texts
from dashboard.indexes.texts import open_texts
from dashboard.queries.filters import Filters
from dashboard.queries.selection import selected_speeches, speech_mask, theme_hits_in
from dashboard.queries.terms import TermQuery, parse_terms
from etl.count.codebook import Codebook, merge_keywords
from etl.count.matching import ThemeCounter, speech_theme_hits
from etl.extract.text.textnorm import for_counting
from etl.io.warehouse import Warehouse

__all__ = [
    "KWIC_COLUMNS",
    "cooccurrence_evidence",
    "cooccurrence_units",
    "evidence",
    "group_evidence",
    "highlight_spans",
    "keyword_gain",
    "keyword_summary",
    "kwic",
    "sample_theme_hits",
    "speeches_for",
    "theme_counter",
]

KWIC_COLUMNS = ["meeting_id", "date", "title", "speaker", "left", "keyword", "right", "theme"]


# --- texts of selected speeches --------------------------------------------------------------


def _spans_by_meeting(sp: pd.DataFrame) -> dict[str, list[tuple[int, int, object]]]:
    out: dict[str, list[tuple[int, int, object]]] = {}
    for mid, start, n, speaker in zip(sp["meeting_id"], sp["start"], sp["n_chars"], sp["speaker"], strict=True):
        out.setdefault(mid, []).append((int(start), int(start) + int(n), speaker))
    return out


def _occurrences(counting: str, part: str, lo: int, hi: int) -> Iterable[int]:
    """Non-overlapping occurrences of ``part`` inside counting[lo:hi] (like str.count)."""
    i = counting.find(part, lo, hi)
    while i != -1:
        yield i
        i = counting.find(part, i + len(part), hi)


# --- KWIC ----------------------------------------------------------------------------------


def _in_period(sp: pd.DataFrame, period: pd.Timestamp | None) -> pd.DataFrame:
    return sp if period is None else sp[sp["period"] == pd.Timestamp(period)]


def kwic(
    wh: Warehouse,
    c: Corpus,
    f: Filters,
    *,
    theme: str | None = None,
    codebook: Codebook | None = None,
    term: str | None = None,
    period: pd.Timestamp | None = None,
    speakers: Sequence[str] = (),
    units: pd.DataFrame | None = None,
    width: int = 25,
    limit: int = 200,
) -> pd.DataFrame:
    """Keyword-in-context lines behind a number: a theme's hits (with ``codebook``) or a term's.

    ``period`` narrows to one period of ``f.granularity``; ``speakers`` to some speakers;
    ``units`` (meeting_id, seq) to some speeches (a co-occurrence cell's, a speaker group's).
    """
    sp = _in_period(selected_speeches(c, f), period)
    if speakers:
        sp = sp[sp["speaker"].isin(speakers)]
    if units is not None:
        sp = sp.merge(units[["meeting_id", "seq"]].drop_duplicates(), on=["meeting_id", "seq"])
    if theme is not None:
        with_hits = c.hits[(c.hits["theme"] == theme) & (c.hits["count"] > 0)][["meeting_id", "seq"]]
        sp = sp.merge(with_hits, on=["meeting_id", "seq"])
        counter = theme_counter(codebook) if codebook is not None else None
    queries = parse_terms(term) if term else ()
    meetings = c.meetings.set_index("meeting_id")
    spans = _spans_by_meeting(sp.sort_values(["date", "meeting_id", "seq"]))
    rows: list[tuple[object, ...]] = []
    texts = meeting_texts(wh, c, set(spans))
    for mid in spans:  # chronological
        text = texts.get(mid)
        if text is None:
            continue
        counting = for_counting(text)
        for lo, hi, speaker in spans[mid]:
            for s, e, label in _find(counting, lo, hi, theme, counter if theme else None, queries):
                left = text[max(lo, s - width) : s].replace("\n", " ")
                right = text[e : min(hi, e + width)].replace("\n", " ")
                m = meetings.loc[mid]
                rows.append((mid, m["date"], m["title"], speaker, left, text[s:e], right, label))
                if len(rows) >= limit:
                    return pd.DataFrame(rows, columns=KWIC_COLUMNS)
    return pd.DataFrame(rows, columns=KWIC_COLUMNS)


# --- the evidence behind a clicked cell, bar or point ---------------------------------------


def evidence(
    wh: Warehouse,
    c: Corpus,
    f: Filters,
    *,
    themes: Sequence[str] = (),
    term: str | None = None,
    codebook: Codebook | None = None,
    period: pd.Timestamp | None = None,
    units: pd.DataFrame | None = None,
    limit: int = 200,
) -> pd.DataFrame:
    """The KWIC lines of a term, or of one or more themes' hits (chronological, at most ``limit``)."""
    if term is not None:
        return kwic(wh, c, f, term=term, period=period, units=units, limit=limit)
    found = [kwic(wh, c, f, theme=th, codebook=codebook, period=period, units=units, limit=limit) for th in themes]
    found = [lines for lines in found if not lines.empty]
    if not found:
        return pd.DataFrame(columns=KWIC_COLUMNS)
    lines = pd.concat(found, ignore_index=True).sort_values(["date", "meeting_id"], kind="stable")
    return lines.head(limit).reset_index(drop=True)


def cooccurrence_units(c: Corpus, f: Filters, a: str, b: str, unit: str = "meeting") -> pd.DataFrame:
    """(meeting_id, seq) of the selected speeches in the units (meetings or speeches) that count
    both ``a`` and ``b``: the speeches behind one cell of ``queries.cooccurrence``."""
    if unit not in ("meeting", "speech"):
        raise ValueError(f"unit must be meeting or speech, got {unit!r}")
    hits = theme_hits_in(c, f)
    hits = hits[hits["count"] > 0]
    key = ["meeting_id"] if unit == "meeting" else ["meeting_id", "seq"]
    both = (
        hits.loc[hits["theme"] == a, key].drop_duplicates().merge(hits.loc[hits["theme"] == b, key].drop_duplicates())
    )
    return selected_speeches(c, f)[["meeting_id", "seq"]].merge(both, on=key)


def cooccurrence_evidence(
    wh: Warehouse, c: Corpus, f: Filters, a: str, b: str, codebook: Codebook, unit: str = "meeting"
) -> pd.DataFrame:
    """A co-occurrence cell's evidence: the hits of both themes in the units counting both."""
    units = cooccurrence_units(c, f, a, b, unit)
    return evidence(wh, c, f, themes=list(dict.fromkeys((a, b))), codebook=codebook, units=units)


def group_evidence(
    wh: Warehouse,
    c: Corpus,
    f: Filters,
    groups: pd.DataFrame,
    group: str,
    *,
    themes: Sequence[str] = (),
    term: str | None = None,
    codebook: Codebook | None = None,
    period: pd.Timestamp | None = None,
) -> pd.DataFrame:
    """A speakers-page bar or point: the evidence in one group's speeches (``queries.speaker_groups``,
    which picks speakers itself, so the sidebar's speakers do not narrow it again)."""
    units = groups.loc[groups["group"] == group, ["meeting_id", "seq"]]
    return evidence(
        wh, c, f.without_speakers(), themes=themes, term=term, codebook=codebook, period=period, units=units
    )


def _find(
    counting: str, lo: int, hi: int, theme: str | None, counter: ThemeCounter | None, queries: Sequence[TermQuery]
) -> list[tuple[int, int, str]]:
    if counter is not None and theme is not None:
        return [(lo + s, lo + e, t) for s, e, t, _kw in counter.spans(counting[lo:hi], theme)]
    found = [(i, i + len(p), q.label) for q in queries for p in q.parts for i in _occurrences(counting, p, lo, hi)]
    return sorted(found)


@lru_cache(maxsize=4)
def theme_counter(codebook: Codebook) -> ThemeCounter:
    """The keyword automaton of a codebook, built once per process (about 30 ms each)."""
    return ThemeCounter(codebook)


def highlight_spans(text: str, codebook: Codebook, themes: Sequence[str] = ()) -> list[tuple[int, int, str, str]]:
    """(start, end, theme, keyword) of counted theme hits in ``text`` (all themes when none given)."""
    counting = for_counting(text)
    spans = theme_counter(codebook).spans(counting)
    return [s for s in spans if not themes or s[2] in themes]


def keyword_summary(hits: pd.DataFrame) -> dict[str, Any]:
    """Counts a user weighs before adding a keyword: hits, meetings, speakers, years (of KWIC lines)."""
    years = pd.to_datetime(hits["date"]).dt.year.dropna().astype(int)
    return {
        "hits": len(hits),
        "meetings": int(hits["meeting_id"].nunique()),
        "speakers": int(hits["speaker"].dropna().nunique()),
        "by_year": years.value_counts().sort_index().rename_axis("year").reset_index(name="hits"),
    }


def keyword_gain(wh: Warehouse, corpus: Corpus, codebook: Codebook, theme: str, keyword: str) -> dict[str, int]:
    """Hits ``theme`` counts in the reports now, and with ``keyword`` added to it.

    Counted per speech, leftmost-longest and non-overlapping within the theme, as the ETL counts
    (``etl.count.matching.speech_theme_hits``). ``corpus`` must be counted with ``codebook`` (the
    codebook in force). Only a speech holding ``keyword`` can change: those are found in the
    text index and recounted with both codebooks; every other speech keeps the corpus's count,
    so no text is scanned whole.
    """
    reports = speech_mask(corpus, Filters())
    col = int(corpus.agg.theme_columns([theme])[0])
    before = int(np.asarray(corpus.agg.speech_themes[:, col])[reports].sum()) if col >= 0 else 0
    word = for_counting(keyword.strip())
    speech = open_texts(wh).speech_counts(word)[0] if word else np.zeros(0, np.int64)
    speech = speech[reports[speech]]
    if not len(speech):
        return {"before": before, "after": before}
    rows = corpus.speeches.iloc[speech]
    texts = meeting_texts(wh, corpus, set(rows["meeting_id"]))
    now, then = theme_counter(codebook), theme_counter(merge_keywords(codebook, theme, [keyword]))
    delta = 0
    for mid, group in rows.groupby("meeting_id", sort=False):
        counting = for_counting(texts[str(mid)])
        spans = list(zip(group["seq"], group["start"], group["start"] + group["n_chars"], strict=True))
        delta += sum(n for _, t, _, n in speech_theme_hits(then, counting, spans) if t == theme)
        delta -= sum(n for _, t, _, n in speech_theme_hits(now, counting, spans) if t == theme)
    return {"before": before, "after": before + delta}


# --- samples to judge ----------------------------------------------------------------------


def sample_theme_hits(
    wh: Warehouse, corpus: Corpus, codebook: Codebook, theme: str, n: int = 20, seed: int = 0, width: int = 30
) -> pd.DataFrame:
    """A uniform random sample (without replacement) of the hits the ETL counts for ``theme``.

    The corpus's speech x theme counts say how many hits each speech holds, so the sample is
    drawn from those counts and only the meetings holding a sampled hit are read and searched.
    """
    columns = ["theme", "keyword", "meeting_id", "start", "title", "date", "speaker", "left", "hit", "right"]
    col = int(corpus.agg.theme_columns([theme])[0])
    reports = speech_mask(corpus, Filters())  # non-reports are counted nowhere, so never sampled
    per_speech = (
        np.where(reports, corpus.agg.speech_themes[:, col], 0).astype(np.int64) if col >= 0 else np.zeros(0, np.int64)
    )
    total = int(per_speech.sum())
    if total == 0:
        return pd.DataFrame(columns=columns)
    picks = sorted(random.Random(seed).sample(range(total), min(n, total)))
    ends = np.cumsum(per_speech)
    wanted: dict[int, list[int]] = {}  # speech position -> which of its hits (0-based)
    for pick, pos in zip(picks, np.searchsorted(ends, picks, side="right"), strict=True):
        wanted.setdefault(int(pos), []).append(pick - int(ends[pos] - per_speech[pos]))
    speeches = corpus.speeches.iloc[sorted(wanted)]
    texts = meeting_texts(wh, corpus, set(speeches["meeting_id"]))
    counting = {mid: for_counting(text) for mid, text in texts.items()}
    counter = theme_counter(codebook)
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


# --- selections for clouds -----------------------------------------------------------------


def speeches_for(corpus: Corpus, filters: Filters, theme: str | None = None) -> pd.DataFrame:
    """The selected speeches (``selected_speeches``), kept to those mentioning ``theme``."""
    sp = selected_speeches(corpus, filters)
    if theme:
        with_theme = corpus.hits[(corpus.hits["theme"] == theme) & (corpus.hits["count"] > 0)]
        sp = sp.merge(with_theme[["meeting_id", "seq"]].drop_duplicates(), on=["meeting_id", "seq"])
    return sp
