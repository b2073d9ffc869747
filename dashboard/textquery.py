"""Queries that read the large tables or the texts: term trends, KWIC, keyness, 提法, search.

No streamlit here. Texts are streamed from parquet for the selected meetings only; the terms
and formulas tables are aggregated by DuckDB with the selected speeches joined in, so they are
never loaded whole into pandas. Substrings are searched in the *counting* text
(``etl.textnorm.for_counting``: same length as the display text) and shown from the display
text at the same offsets, so the evidence matches the counts exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd
import pyarrow as pa

from dashboard import corpusstore
from dashboard.aggregates import recent
from dashboard.corpusstore import speech_keys
from dashboard.counting import open_texts
from dashboard.query import (
    Corpus,
    Filters,
    meeting_ids,
    meeting_totals,
    metric_value,
    named_speakers,
    period_label,
    period_range,
    selected_speeches,
    speech_mask,
    sql,
)
from dashboard.wordindex import open_index
from etl.codebook import Codebook, ThemeCounter
from etl.textnorm import for_counting
from etl.warehouse import Warehouse

KWIC_COLUMNS = ["meeting_id", "date", "title", "speaker", "left", "keyword", "right", "theme"]
_SPLIT = re.compile(r"[,，、;；\n]+")


@dataclass(frozen=True)
class TermQuery:
    """One line of a term chart: ``label`` as typed, ``parts`` summed (脱贫攻坚+乡村振兴)."""

    label: str
    parts: tuple[str, ...]


def parse_terms(text: str) -> tuple[TermQuery, ...]:
    """Comma-separated terms (Ngram-viewer style); ``a+b`` is one composite line."""
    out: dict[str, TermQuery] = {}
    for raw in _SPLIT.split(text or ""):
        parts = tuple(dict.fromkeys(for_counting(p.strip()) for p in raw.split("+") if p.strip()))
        if parts:
            label = "+".join(parts)
            out.setdefault(label, TermQuery(label, parts))
    return tuple(out.values())


def theme_keywords(wh: Warehouse) -> dict[str, list[str]]:
    """theme -> keywords that matched at least once (to rebuild a codebook when its file is gone)."""
    df = sql(
        wh,
        "SELECT theme, keyword, SUM(count)::BIGINT AS n FROM {t} GROUP BY ALL ORDER BY theme, n DESC",
        {"t": "themes"},
    )
    return {str(t): [str(k) for k in g["keyword"]] for t, g in df.groupby("theme", sort=False)}


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


def term_counts(wh: Warehouse, c: Corpus, f: Filters, terms: Sequence[str]) -> pd.DataFrame:
    """Occurrences per (meeting_id, term label) in the selected speeches' counting text.

    Non-overlapping occurrences within each speech (``str.count``), found in the persisted
    counting texts (``dashboard.counting``). Each word's per-speech counts are kept (a few
    dozen words per corpus), so a filter change or a second word does not search again.
    """
    queries = [q for t in terms for q in parse_terms(t)]
    cols = ["meeting_id", "term", "count", "row"]  # row: the meeting's position in ``Corpus.meetings``
    keep = speech_mask(c, f)
    if not keep.any() or not queries:
        return pd.DataFrame(columns=cols).astype({"count": "int64", "row": "int64"})
    ids = meeting_ids(c)
    out = []
    for q in queries:
        per_meeting = np.zeros(len(c.meetings), dtype=np.int64)
        for part in q.parts:
            speech, count = _word_counts(wh, c, part)
            chosen = keep[speech]
            meeting = c.agg.speech_meeting[speech[chosen]]
            per_meeting += np.bincount(meeting, weights=count[chosen], minlength=len(per_meeting)).astype(np.int64)
        rows = np.flatnonzero(per_meeting)
        frame = pd.DataFrame({"meeting_id": ids[rows], "count": per_meeting[rows], "row": rows}).assign(term=q.label)
        out.append(frame.sort_values("meeting_id"))
    return pd.concat(out, ignore_index=True)[cols].astype({"meeting_id": object, "count": "int64", "row": "int64"})


WORD_MEMO = 64  # words whose per-speech counts a corpus keeps


def _word_counts(wh: Warehouse, c: Corpus, word: str) -> tuple[np.ndarray, np.ndarray]:
    """(speech rows, counts) of ``word`` in the whole corpus, memoised per corpus."""
    return recent(c.agg, "word_counts", word, lambda: open_texts(wh).speech_counts(word), WORD_MEMO)


def term_series(
    c: Corpus, f: Filters, counts: pd.DataFrame, terms: Sequence[str], metric: str, window: int = 1
) -> pd.DataFrame:
    """Like ``query.theme_series`` for typed terms (metrics per10k, share_meetings, count).

    Sums are ``np.bincount`` over (period, term) codes: no merge or groupby, which cost tens of
    ms per rerun at 100,000 meetings (more the first time in a process).
    """
    from dashboard.query import meeting_units

    labels = [q.label for t in terms for q in parse_terms(t)]
    units = meeting_units(c, f).dropna(subset=["date"])
    cols = ["period", "label", "term", "value", "count", "meetings_with", "n_meetings", "chars"]
    if units.empty or not labels:
        return pd.DataFrame(columns=cols)
    periods = period_range(units["period"].min(), units["period"].max(), f.granularity)
    unit_period = periods.get_indexer(pd.DatetimeIndex(units["period"]))
    n_p = len(periods)
    unique = pd.Index(list(dict.fromkeys(labels)))  # a label typed twice is one column, shown twice
    unit_of = np.full(len(c.meetings), -1, dtype=np.int64)  # meeting position -> unit row (no string keys)
    unit_of[units["row"].to_numpy()] = np.arange(len(units))
    row = unit_of[counts["row"].to_numpy(np.int64)]
    code = unique.get_indexer(counts["term"])
    n_t = len(unique)
    ok = (row >= 0) & (code >= 0)
    ok[ok] = unit_period[row[ok]] >= 0  # a period off the grid is not shown (as the grid's reindex did)
    key = unit_period[row[ok]] * n_t + code[ok]
    count = np.bincount(key, weights=counts["count"].to_numpy()[ok], minlength=n_p * n_t)
    pairs = np.unique(row[ok] * n_t + code[ok], return_index=True)[1]  # meetings with the term, once each
    meetings_with = np.bincount(key[pairs], minlength=n_p * n_t)
    on_grid = unit_period >= 0
    n_meetings = np.bincount(unit_period[on_grid], minlength=n_p)
    chars = np.bincount(unit_period[on_grid], weights=units["chars"].to_numpy()[on_grid], minlength=n_p)
    grid = (np.arange(n_p)[:, None] * n_t + unique.get_indexer(labels)[None, :]).ravel()  # in the order typed
    out = pd.DataFrame(
        {
            "period": np.repeat(periods.to_numpy(), len(labels)),
            "term": np.tile(np.array(labels, dtype=object), n_p),
            "count": count[grid].astype(np.int64),
            "meetings_with": meetings_with[grid].astype(np.int64),
            "n_meetings": np.repeat(n_meetings, len(labels)).astype(np.int64),
            "chars": np.repeat(chars, len(labels)).astype(np.int64),
        }
    )
    out["value"] = metric_value(out.assign(all_mentions=0), metric)
    if window > 1:
        out["value"] = out.groupby("term")["value"].transform(lambda s: s.rolling(window, min_periods=1).mean())
    out["label"] = [period_label(p, f.granularity) for p in out["period"]]
    return out[cols]


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
    width: int = 25,
    limit: int = 200,
) -> pd.DataFrame:
    """Keyword-in-context lines behind a number: a theme's hits (with ``codebook``) or a term's.

    ``period`` narrows to one period of ``f.granularity``; ``speakers`` to some speakers.
    """
    sp = _in_period(selected_speeches(c, f), period)
    if speakers:
        sp = sp[sp["speaker"].isin(speakers)]
    if theme is not None:
        with_hits = c.hits[(c.hits["theme"] == theme) & (c.hits["count"] > 0)][["meeting_id", "seq"]]
        sp = sp.merge(with_hits, on=["meeting_id", "seq"])
        counter = theme_counter(codebook) if codebook is not None else None
    queries = parse_terms(term) if term else ()
    meetings = c.meetings.set_index("meeting_id")
    spans = _spans_by_meeting(sp.sort_values(["date", "meeting_id", "seq"]))
    rows: list[tuple[object, ...]] = []
    texts = corpusstore.meeting_texts(wh, c, set(spans))
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


def _find(
    counting: str, lo: int, hi: int, theme: str | None, counter: ThemeCounter | None, queries: Sequence[TermQuery]
) -> list[tuple[int, int, str]]:
    if counter is not None and theme is not None:
        return [(lo + s, lo + e, t) for s, e, t, _kw in counter.spans(counting[lo:hi], theme)]
    found = [(i, i + len(p), q.label) for q in queries for p in q.parts for i in _occurrences(counting, p, lo, hi)]
    return sorted(found)


# --- keyness -------------------------------------------------------------------------------


def log_likelihood(a: np.ndarray, b: np.ndarray, total_a: float, total_b: float) -> np.ndarray:
    """Signed G2 (Dunning's log-likelihood): positive when a term is relatively more frequent in A.

    E1 = total_a * (a+b) / (total_a+total_b), E2 = total_b * (a+b) / (total_a+total_b),
    G2 = 2 * (a ln(a/E1) + b ln(b/E2)), with 0 ln 0 = 0.
    """
    a = np.asarray(a, dtype="float64")
    b = np.asarray(b, dtype="float64")
    n = total_a + total_b
    if n <= 0 or total_a <= 0 or total_b <= 0:
        return np.zeros_like(a)
    e1 = total_a * (a + b) / n
    e2 = total_b * (a + b) / n
    with np.errstate(divide="ignore", invalid="ignore"):
        t1 = np.where(a > 0, a * np.log(a / e1), 0.0)
        t2 = np.where(b > 0, b * np.log(b / e2), 0.0)
    g2 = 2 * (t1 + t2)
    sign = np.where(a / total_a >= b / total_b, 1.0, -1.0)
    return np.asarray(sign * g2)


def keyness(
    wh: Warehouse, groups: pd.DataFrame, table: str = "terms", top: int = 30, min_count: int = 2
) -> pd.DataFrame:
    """Distinctive words of each group vs the rest of the selection.

    ``groups``: (meeting_id, seq, group) with one row per selected speech, and best also
    ``speech`` (its row position in ``Corpus.speeches``, as ``query.selected_speeches`` gives);
    speeches whose group is null are the reference only. Returns group, word, count, ref_count,
    per10k, ref_per10k, g2, sorted by g2 within group; per10k is per 10,000 tokens of the group's
    (or rest's) tokens. Totals come from the persisted speech x word index (``wordindex``).
    """
    cols = ["group", "word", "count", "ref_count", "per10k", "ref_per10k", "g2"]
    if groups.empty:
        return pd.DataFrame(columns=cols)
    index = open_index(wh, table)
    speech = _speech_positions(wh, groups)
    known = speech >= 0
    speech, label = speech[known], groups["group"].to_numpy(object)[known]
    selected = np.zeros(index.n_speeches, dtype=bool)
    selected[speech] = True
    everything = index.selected_sums(selected)
    present = np.flatnonzero(everything)
    named = pd.notna(label)
    codes, names = pd.factorize(label[named], sort=True)
    in_group, words = speech[named], index.words[present]
    out = []
    for k, g in enumerate(names):
        a = index.sums(np.unique(in_group[codes == k]))[present]
        b = everything[present] - a
        ta, tb = float(a.sum()), float(b.sum())
        if not ta:  # no word at all: not a column of the comparison
            continue
        g2 = log_likelihood(a, b, ta, tb)
        keep = (a >= min_count) & (g2 > 0)
        frame = pd.DataFrame({"group": g, "word": words[keep], "count": a[keep], "ref_count": b[keep]})
        frame["per10k"] = frame["count"] * 10_000 / ta if ta else 0.0
        frame["ref_per10k"] = frame["ref_count"] * 10_000 / tb if tb else 0.0
        frame["g2"] = g2[keep]
        out.append(frame.sort_values(["g2", "word"], ascending=[False, True]).head(top))
    if not out:
        return pd.DataFrame(columns=cols)
    return pd.concat(out, ignore_index=True)[cols]


def _speech_positions(wh: Warehouse, groups: pd.DataFrame) -> np.ndarray:
    """Row positions in ``Corpus.speeches`` of the (meeting_id, seq) rows of ``groups``."""
    if "speech" in groups.columns:
        return np.asarray(groups["speech"].to_numpy(np.int64))
    keys = speech_keys(wh).to_pandas()
    keys = keys.assign(speech=np.arange(len(keys), dtype=np.int64), seq=keys["seq"].astype("int64"))
    found = groups[["meeting_id", "seq"]].astype({"seq": "int64"}).merge(keys, on=["meeting_id", "seq"], how="left")
    return np.asarray(found["speech"].fillna(-1).to_numpy(np.int64))


def period_groups(c: Corpus, f: Filters, period: pd.Timestamp) -> pd.DataFrame:
    """Selected speeches of ``period`` (group 'target') and of the period before ('previous')."""
    sp = selected_speeches(c, f).dropna(subset=["date"])
    rng = period_range(pd.Timestamp(period) - pd.DateOffset(years=1), pd.Timestamp(period), f.granularity)
    previous = rng[-2] if len(rng) >= 2 else None
    sp = sp[(sp["period"] == pd.Timestamp(period)) | (sp["period"] == previous)]
    group = np.where(sp["period"] == pd.Timestamp(period), "target", None)  # type: ignore[call-overload]
    return sp.assign(group=group)[["meeting_id", "seq", "speech", "group"]]


def emerging(
    wh: Warehouse, c: Corpus, f: Filters, period: pd.Timestamp, table: str = "terms", top: int = 30
) -> pd.DataFrame:
    """Words (or 提法) rising in ``period`` vs the period before: keyness of target vs previous."""
    out = keyness(wh, period_groups(c, f, period), table=table, top=top, min_count=2)
    return out.drop(columns=["group"])


def first_appearances(wh: Warehouse, c: Corpus, f: Filters) -> pd.DataFrame:
    """Each 提法's first dated meeting (over all dates of the other filters), first ones first.

    Columns: formula, first_date, meeting_id, title, meetings, count. The caller keeps the rows
    whose first_date falls in the selected date range ("new 提法").
    """
    sp = selected_speeches(c, f.without_dates()).dropna(subset=["date"])
    cols = ["formula", "first_date", "meeting_id", "title", "meetings", "count"]
    if sp.empty:
        return pd.DataFrame(columns=cols)
    sel = sp[["meeting_id", "seq", "date"]].astype({"seq": "int32"})
    df = sql(
        wh,
        """WITH hits AS (
               SELECT t.formula, t.count, s.date, s.meeting_id
               FROM {t} t JOIN sel s ON t.meeting_id = s.meeting_id AND t.seq = s.seq)
           SELECT formula, MIN(date) AS first_date, arg_min(meeting_id, date) AS meeting_id,
                  COUNT(DISTINCT meeting_id)::BIGINT AS meetings, SUM(count)::BIGINT AS count
           FROM hits GROUP BY formula ORDER BY first_date DESC, formula""",
        {"t": "formulas"},
        sel=sel,
    )
    titles = c.meetings.set_index("meeting_id")["title"]
    df["title"] = df["meeting_id"].map(titles)
    df["first_date"] = pd.to_datetime(df["first_date"])
    return df[cols]


# --- meetings ------------------------------------------------------------------------------


def search_meetings(wh: Warehouse, text: str) -> set[str]:
    """Meeting ids whose counting-normalised text contains ``text``."""
    needle = for_counting(text.strip())
    if not needle:
        return set()
    ids = corpusstore.small_table(wh, "meetings").column("meeting_id")
    return set(ids.take(pa.array(open_texts(wh).meetings_containing(needle))).to_pylist())


def meeting_list(c: Corpus, f: Filters, ids: set[str] | None = None) -> pd.DataFrame:
    """Filtered meetings with speeches, speakers, mentions and the top theme; newest first.

    The last two lists are kept: every rerun of the meetings page (opening a meeting) asks again.
    """
    key = (f, None if ids is None else frozenset(ids))
    return recent(c.agg, "meeting_lists", key, lambda: _meeting_list(c, f, ids), 2).copy(deep=False)


def meeting_row(c: Corpus, meeting_id: str) -> pd.Series | None:
    """One meeting's row of ``c.meetings`` (None when it is not there)."""
    pos = c.agg.meeting_index.get_indexer([meeting_id])[0]
    return None if pos < 0 else c.meetings.iloc[pos]


def _meeting_list(c: Corpus, f: Filters, ids: set[str] | None) -> pd.DataFrame:
    idx, _, mat = meeting_totals(c, f)
    if ids is not None:
        chosen = pd.Index(meeting_ids(c)[idx]).isin(list(ids))
        idx, mat = idx[chosen], mat[chosen]
    m = c.meetings.iloc[idx]
    named = _speakers_by_meeting(c, f)
    themes = np.array(c.agg.themes, dtype=object)
    mentions = mat.sum(axis=1) if mat.size else np.zeros(len(idx), dtype=np.int64)
    top_theme = np.where(mentions > 0, themes[mat.argmax(axis=1)] if mat.size else "", "")
    out = m[["meeting_id", "date", "title", "organ", "meeting_type", "region", "n_chars"]].copy()
    out["speakers"] = out["meeting_id"].map(named).fillna("")
    out["mentions"] = mentions.astype("int64")
    out["top_theme"] = top_theme
    return out.sort_values(["date", "meeting_id"], ascending=[False, True], na_position="last").reset_index(drop=True)


def _speakers_by_meeting(c: Corpus, f: Filters) -> pd.Series:
    """meeting_id -> its selected speeches' named speakers joined by 、 (memoised without filters)."""
    if not f.speakers and "speakers_by_meeting" in c.agg.memo:
        return c.agg.memo["speakers_by_meeting"]
    named = named_speakers(c.speeches if not f.speakers else selected_speeches(c, f))
    if not f.speakers:
        c.agg.memo["speakers_by_meeting"] = named
    return named


def meeting_text(wh: Warehouse, c: Corpus, meeting_id: str) -> tuple[str, pd.DataFrame] | None:
    """The display text of one meeting and its speeches (seq, speaker, start, n_chars)."""
    texts = corpusstore.meeting_texts(wh, c, [meeting_id])
    if meeting_id not in texts:
        return None
    sp = c.speeches.iloc[_speeches_of(c, meeting_id)].sort_values("seq")
    return texts[meeting_id], sp[["seq", "speaker", "start", "n_chars"]].reset_index(drop=True)


@lru_cache(maxsize=4)
def theme_counter(codebook: Codebook) -> ThemeCounter:
    """The keyword automaton of a codebook, built once per process (about 30 ms each)."""
    return ThemeCounter(codebook)


def highlight_spans(text: str, codebook: Codebook, themes: Sequence[str] = ()) -> list[tuple[int, int, str, str]]:
    """(start, end, theme, keyword) of counted theme hits in ``text`` (all themes when none given)."""
    counting = for_counting(text)
    spans = theme_counter(codebook).spans(counting)
    return [s for s in spans if not themes or s[2] in themes]


# --- what the corpus is --------------------------------------------------------------------


def _readme_near(inputs: Sequence[str]) -> str:
    """The first README beside the inputs (or a folder or two up), for the corpus description."""
    from pathlib import Path

    seen: set[Path] = set()
    for name in inputs[:50]:
        folder = Path(name).parent
        for candidate in (folder, folder.parent, folder.parent.parent):
            if candidate in seen:
                continue
            seen.add(candidate)
            for readme in ("README.md", "README.txt", "README"):
                path = candidate / readme
                if path.is_file():
                    return path.read_text(encoding="utf-8", errors="replace")[:4000]
    return ""


def corpus_info(wh: Warehouse) -> dict[str, object]:
    """Inputs, codebook hashes and a README near the inputs: what this warehouse was made from."""
    from etl import schema

    paths = [str(p) for p in wh.files(schema.INPUTS.name) if p.exists()]
    inputs = (
        pd.concat([pd.read_parquet(p, columns=["input", "n_meetings", "n_errors"]) for p in paths])
        if paths
        else pd.DataFrame(columns=["input", "n_meetings", "n_errors"])
    )
    readme = _readme_near(list(inputs["input"]))
    demo = "synthetic" in readme.lower() or "虚构" in readme or "demo" in wh.manifest.get("corpus", "")
    hashes = wh.manifest.get("codebook", {}).get("hashes", {})
    codebook = pd.DataFrame({"file": list(hashes), "sha256[:16]": list(hashes.values())})
    return {"inputs": inputs.head(200), "n_inputs": len(inputs), "readme": readme, "demo": demo, "codebook": codebook}


def _speeches_of(c: Corpus, meeting_id: str) -> np.ndarray:
    """Row positions of one meeting's speeches in ``c.speeches``."""
    m = c.agg.meeting_index.get_indexer([meeting_id])[0]
    return np.flatnonzero(c.agg.speech_meeting == m) if m >= 0 else np.zeros(0, np.int64)
