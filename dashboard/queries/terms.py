"""Typed terms and words: term trends, keyness (G²), emerging words and 提法, word frequencies.

No streamlit here. Typed words are found in the persisted counting texts
(``dashboard.indexes.texts``: ``etl.extract.text.textnorm.for_counting``, the same length as the display
text); token counts come from the speech x word index (``dashboard.indexes.words``); only the
first appearances of 提法 ask DuckDB, over the ``formulas`` parts with the selection joined.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.indexes.corpus import Corpus, speech_keys
from dashboard.indexes.memo import Slot
from dashboard.indexes.texts import open_texts
from dashboard.indexes.words import open_index
from dashboard.queries.calendars import labeller, periods_between, previous_period
from dashboard.queries.filters import Filters
from dashboard.queries.selection import meeting_ids, meeting_units, selected_speeches, speech_mask
from dashboard.queries.themes import metric_value, smoothed
from dashboard.storage.tables import sql
from etl.extract.text.textnorm import for_counting
from etl.io.warehouse import Warehouse

__all__ = [
    "G2_CRITICAL",
    "TermQuery",
    "emerging",
    "first_appearances",
    "keyness",
    "log_likelihood",
    "parse_terms",
    "period_groups",
    "term_counts",
    "term_frequencies",
    "term_series",
]

_SPLIT = re.compile(r"[,，、;；\n]+")
G2_CRITICAL = 3.84  # G² at p = 0.05 with one degree of freedom: a word at or above it is significant


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


def term_counts(wh: Warehouse, c: Corpus, f: Filters, terms: Sequence[str]) -> pd.DataFrame:
    """Occurrences per (meeting_id, term label) in the selected speeches' counting text.

    Non-overlapping occurrences within each speech (``str.count``), found in the persisted
    counting texts (``dashboard.indexes.texts``). Each word's per-speech counts are kept (a few
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


WORD_COUNTS: Slot[tuple[np.ndarray, np.ndarray]] = Slot("word_counts", keep=64)  # per word: (speech rows, counts)


def _word_counts(wh: Warehouse, c: Corpus, word: str) -> tuple[np.ndarray, np.ndarray]:
    """(speech rows, counts) of ``word`` in the whole corpus, memoised per corpus."""
    return c.agg.memo.get(WORD_COUNTS, word, lambda: open_texts(wh).speech_counts(word))


def term_series(
    c: Corpus, f: Filters, counts: pd.DataFrame, terms: Sequence[str], metric: str, window: int = 1
) -> pd.DataFrame:
    """Like ``themes.theme_series`` for typed terms (metrics per10k, share_meetings, count).

    Sums are ``np.bincount`` over (period, term) codes: no merge or groupby, which cost tens of
    ms per rerun at 100,000 meetings (more the first time in a process).
    """
    labels = [q.label for t in terms for q in parse_terms(t)]
    units = meeting_units(c, f).dropna(subset=["date"])
    cols = ["period", "label", "term", "value", "count", "meetings_with", "n_meetings", "chars"]
    if units.empty or not labels:
        return pd.DataFrame(columns=cols)
    periods = periods_between(c, units["period"].min(), units["period"].max(), f.granularity, f.post)
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
    out["value"] = smoothed(out, "term", window)
    label = labeller(c, f.granularity, f.post)
    out["label"] = [label(p) for p in out["period"]]
    return out[cols]


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
    wh: Warehouse,
    groups: pd.DataFrame,
    table: str = "terms",
    top: int = 30,
    min_count: int = 2,
    *,
    exclude: Collection[str] = frozenset(),
    significant_only: bool = False,
) -> pd.DataFrame:
    """Distinctive words of each group vs the rest of the selection.

    ``groups``: (meeting_id, seq, group) with one row per selected speech, and best also
    ``speech`` (its row position in ``Corpus.speeches``, as ``selected_speeches`` gives);
    speeches whose group is null are the reference only. Returns group, word, count, ref_count,
    per10k, ref_per10k, g2, significant (g2 >= ``G2_CRITICAL``), sorted by g2 within group;
    per10k is per 10,000 tokens of the group's (or rest's) tokens. ``exclude``: words never
    listed (``proper_nouns.proper_words``: names and places); they still count in the totals.
    ``significant_only`` lists only significant words. Totals come from the persisted speech x
    word index (``dashboard.indexes.words``).
    """
    cols = ["group", "word", "count", "ref_count", "per10k", "ref_per10k", "g2", "significant"]
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
    listed = np.fromiter((w not in exclude for w in words), dtype=bool, count=len(words)) if exclude else True
    out = []
    for k, g in enumerate(names):
        a = index.sums(np.unique(in_group[codes == k]))[present]
        b = everything[present] - a
        ta, tb = float(a.sum()), float(b.sum())
        if not ta:  # no word at all: not a column of the comparison
            continue
        g2 = log_likelihood(a, b, ta, tb)
        keep = (a >= min_count) & (g2 > 0) & listed
        if significant_only:
            keep &= g2 >= G2_CRITICAL
        frame = pd.DataFrame({"group": g, "word": words[keep], "count": a[keep], "ref_count": b[keep]})
        frame["per10k"] = frame["count"] * 10_000 / ta if ta else 0.0
        frame["ref_per10k"] = frame["ref_count"] * 10_000 / tb if tb else 0.0
        frame["g2"] = g2[keep]
        frame["significant"] = frame["g2"] >= G2_CRITICAL
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
    previous = previous_period(c, pd.Timestamp(period), f.granularity, f.post)
    sp = sp[(sp["period"] == pd.Timestamp(period)) | (sp["period"] == previous)]
    group = np.where(sp["period"] == pd.Timestamp(period), "target", None)  # type: ignore[call-overload]
    return sp.assign(group=group)[["meeting_id", "seq", "speech", "group"]]


def emerging(
    wh: Warehouse,
    c: Corpus,
    f: Filters,
    period: pd.Timestamp,
    table: str = "terms",
    top: int = 30,
    *,
    exclude: Collection[str] = frozenset(),
    significant_only: bool = False,
) -> pd.DataFrame:
    """Words (or 提法) rising in ``period`` vs the period before: keyness of target vs previous
    (``exclude`` and ``significant_only`` as in :func:`keyness`)."""
    groups = period_groups(c, f, period)
    out = keyness(wh, groups, table, top, 2, exclude=exclude, significant_only=significant_only)
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
               FROM t JOIN sel s ON t.meeting_id = s.meeting_id AND t.seq = s.seq)
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


def term_frequencies(
    wh: Warehouse,
    speeches: pd.DataFrame,
    limit: int = 400,
    stopwords: Iterable[str] = (),
    *,
    exclude: Collection[str] = frozenset(),
) -> pd.DataFrame:
    """term, count over some speeches (with their ``speech`` positions), most frequent first.

    Summed from the persisted speech x word index (``dashboard.indexes.words``), the same counts
    as the ``terms`` table; ties in the words' order. Only the words that can make the top
    ``limit`` (after the stopwords) are put in a frame. ``exclude``: words left out like the
    stopwords, but many (``proper_nouns.proper_words``: names and places).
    """
    index = open_index(wh, "terms")
    speech = _speech_positions(wh, speeches)
    selected = np.zeros(index.n_speeches, dtype=bool)
    selected[speech[speech >= 0]] = True
    totals = index.selected_sums(selected)  # sums the smaller side: the selection or the rest
    stop = set(stopwords)
    keep = np.flatnonzero(totals)
    if exclude:
        keep = keep[np.fromiter((w not in exclude for w in index.words[keep]), dtype=bool, count=len(keep))]
    if len(keep) > limit + len(stop):  # only words that can make the top: ties at the edge included
        edge = np.partition(totals[keep], len(keep) - limit - len(stop))[len(keep) - limit - len(stop)]
        keep = keep[totals[keep] >= edge]
    frame = pd.DataFrame({"term": index.words[keep], "count": totals[keep]})
    frame = frame[~frame["term"].isin(stop)]
    frame = frame.sort_values(["count", "term"], ascending=[False, True], kind="stable").head(limit)
    return frame.reset_index(drop=True).astype({"term": object, "count": "int64"})
