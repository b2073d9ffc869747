"""Topics the codebook lacks: NMF on tf-idf weighted speech terms (scikit-learn).

Documents are the speeches of reports (``terms`` per (meeting_id, seq)); given the speeches
table, only spans with a speaker (narration such as attendee lists is left out). Before fitting,
the names of people (``people.name``, ``speeches.speaker``, and a three-character name without its first
or last character, as the segmenter often cuts 王志明 into 王 + 志明 or 王志 + 明), the places (``meetings.region`` and the region
without its last character: 青禾区 and 青禾), ordinals (第三次, 第十四届) and the caller's stopwords
are removed, terms in fewer than ``min_df`` speeches or in more than ``max_df`` of them are
dropped, and so are speeches left with fewer than ``min_terms`` distinct terms (a heading or a
list of attendees is not a topic).
Speeches and terms are sorted before fitting and the NMF starts from ``nndsvda`` with
``random_state=seed``, so the same input and settings always give the same topics, whatever the
order of the input rows. Topics are numbered from 0 by their total weight, largest first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import sparse

from dashboard.measures.frames import reports
from dashboard.measures.panels import Period, period_keys

_SEQ_SPAN = 1 << 24  # more speeches than this in one meeting are beyond any report
_ORDINAL = re.compile(r"^第[一二三四五六七八九十百千零两\d]+[届次个批条项]?$")


@dataclass(frozen=True)
class SpeechTerms:
    """Speeches (rows, sorted by meeting_id and seq) x terms (columns, sorted) counts."""

    speeches: pd.DataFrame  # meeting_id, seq
    terms: tuple[str, ...]
    counts: sparse.csr_matrix


@dataclass(frozen=True)
class Topics:
    words: pd.DataFrame  # topic, rank, word, weight
    weights: np.ndarray  # speeches x topics
    speeches: pd.DataFrame  # meeting_id, seq, topic (dominant; -1 when no weight), weight
    settings: Mapping[str, object]


def excluded_words(meetings: pd.DataFrame, people: pd.DataFrame | None, speeches: pd.DataFrame | None) -> set[str]:
    """Names and places that are never topic words."""
    out: set[str] = set()
    names: set[str] = set()
    if people is not None:
        names |= set(people["name"].dropna().astype(str))
    if speeches is not None:
        names |= set(speeches["speaker"].dropna().astype(str))
    out |= names | {n[1:] for n in names if len(n) == 3} | {n[:-1] for n in names if len(n) == 3}
    if "region" in meetings.columns:
        places = set(meetings["region"].dropna().astype(str))
        out |= places | {p[:-1] for p in places if len(p) >= 3}
    return out


def _speech_keys(meeting_ids: pd.Series, seqs: pd.Series, meetings: pd.Index) -> np.ndarray:
    """One int64 per (meeting, seq), ordered as (meeting_id, seq); -1 for meetings not listed."""
    codes = meetings.get_indexer(meeting_ids.astype(str)).astype("int64")
    return np.where(codes >= 0, codes * _SEQ_SPAN + seqs.to_numpy(dtype="int64"), -1)


def _kept_rows(
    terms: pd.DataFrame,
    kept: pd.Index,
    words: pd.Index,
    codes: np.ndarray,
    exclude: set[str],
    speeches: pd.DataFrame | None,
) -> tuple[np.ndarray, np.ndarray]:
    """(speech keys, mask) of the term rows of reports, spoken when ``speeches`` is given, not excluded."""
    text = words.astype(str)
    barred = text.isin(exclude) | text.str.match(_ORDINAL)
    keys = _speech_keys(terms["meeting_id"], terms["seq"], kept)
    mask = (keys >= 0) & ~np.asarray(barred)[codes]
    if speeches is not None:
        spoken = speeches[speeches["speaker"].notna()]
        mask &= np.isin(keys, _speech_keys(spoken["meeting_id"], spoken["seq"], kept))
    return keys, mask


def speech_terms(
    meetings: pd.DataFrame,
    terms: pd.DataFrame,
    exclude: Iterable[str] = (),
    *,
    speeches: pd.DataFrame | None = None,
    min_df: int = 2,
    max_df: float = 0.5,
    min_terms: int = 5,
) -> SpeechTerms:
    """The speech x term counts of the reports, without excluded words and too rare or common terms.

    Document frequencies (``min_df``, ``max_df``) are taken over the speeches before ``min_terms``.
    """
    kept = pd.Index(sorted(set(reports(meetings)["meeting_id"].astype(str))))
    codes, words = pd.factorize(terms["term"])
    keys, mask = _kept_rows(terms, kept, pd.Index(words), codes, set(exclude), speeches)
    keys, codes, counts = keys[mask], codes[mask], terms["count"].to_numpy(dtype="float64")[mask]
    df = np.bincount(codes, minlength=len(words))  # terms rows are unique per (meeting_id, seq, term)
    good = (df >= min_df) & (df <= max_df * len(np.unique(keys)))
    keep = good[codes]
    keys, codes, counts = keys[keep], codes[keep], counts[keep]
    docs, row = np.unique(keys, return_inverse=True)
    keep = np.bincount(row, minlength=len(docs))[row] >= min_terms
    docs, row = np.unique(keys[keep], return_inverse=True)
    good_codes = np.flatnonzero(good)
    vocab = np.asarray(words.astype(str))[good_codes]
    order = np.argsort(vocab, kind="stable")
    column = np.full(len(words), -1, dtype="int64")
    column[good_codes[order]] = np.arange(len(order))
    matrix = sparse.csr_matrix((counts[keep], (row, column[codes[keep]])), shape=(len(docs), len(order)))
    frame = pd.DataFrame({"meeting_id": kept[docs // _SEQ_SPAN].to_numpy(), "seq": (docs % _SEQ_SPAN).astype("int32")})
    return SpeechTerms(frame, tuple(str(w) for w in vocab[order]), matrix)


def discover_topics(data: SpeechTerms, n_topics: int, seed: int = 0, n_words: int = 12, max_iter: int = 400) -> Topics:
    """Fit NMF with ``n_topics`` topics on the tf-idf of ``data``; top ``n_words`` words per topic."""
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfTransformer

    if n_topics < 1:
        raise ValueError("the number of topics must be at least 1")
    if data.counts.shape[0] < n_topics or data.counts.shape[1] < n_topics:
        raise ValueError(
            f"{n_topics} topics need at least as many speeches and terms; "
            f"have {data.counts.shape[0]} speeches and {data.counts.shape[1]} terms"
        )
    tfidf = TfidfTransformer(sublinear_tf=True).fit_transform(data.counts)
    model = NMF(n_components=n_topics, init="nndsvda", random_state=seed, max_iter=max_iter)
    weights = model.fit_transform(tfidf)
    components = model.components_
    order = np.argsort(-weights.sum(axis=0), kind="stable")
    weights, components = weights[:, order], components[order]
    words = [
        (topic, rank, data.terms[j], float(components[topic, j]))
        for topic in range(n_topics)
        for rank, j in enumerate(np.argsort(-components[topic], kind="stable")[:n_words])
        if components[topic, j] > 0
    ]
    dominant = np.where(weights.max(axis=1) > 0, weights.argmax(axis=1), -1)
    speeches = data.speeches.assign(topic=dominant, weight=weights.max(axis=1))
    settings = {
        "n_topics": n_topics,
        "seed": seed,
        "n_words": n_words,
        "n_speeches": len(speeches),
        "n_terms": len(data.terms),
        "n_iter": int(model.n_iter_),
    }
    return Topics(pd.DataFrame(words, columns=["topic", "rank", "word", "weight"]), weights, speeches, settings)


def topic_labels(topics: Topics, n: int = 5) -> pd.Series:
    """``topic -> 'word1 word2 ...'`` with the first ``n`` words."""
    top = topics.words[topics.words["rank"] < n]
    return top.groupby("topic")["word"].apply(" ".join)


def topic_trend(topics: Topics, meetings: pd.DataFrame, by: str | Period = "year") -> pd.DataFrame:
    """period, topic, n_speeches (dominant topic), share of the period's speeches, weight (sum)."""
    keyed = pd.DataFrame({"meeting_id": meetings["meeting_id"], "period": period_keys(meetings, by).to_numpy()})
    rows = topics.speeches.assign(weight_all=list(topics.weights)).merge(keyed.dropna(), on="meeting_id")
    totals = rows.groupby("period").size().rename("period_speeches")
    dominant = rows[rows["topic"] >= 0].groupby(["period", "topic"]).size().rename("n_speeches")
    weight = pd.DataFrame(
        np.vstack(rows["weight_all"].to_numpy()) if len(rows) else np.zeros((0, topics.weights.shape[1]))
    )
    weight = weight.assign(period=rows["period"].to_numpy()).groupby("period").sum()
    weight = weight.stack().rename("weight").rename_axis(["period", "topic"])
    out = pd.concat([dominant, weight], axis=1).fillna({"n_speeches": 0}).reset_index()
    out = out.merge(totals.reset_index(), on="period")
    out["share"] = out["n_speeches"] / out["period_speeches"]
    return out.astype({"n_speeches": "int64", "topic": "int64"}).sort_values(["period", "topic"], ignore_index=True)[
        ["period", "topic", "n_speeches", "share", "weight"]
    ]


def topic_examples(topics: Topics, speeches: pd.DataFrame, n: int = 3, n_words: int = 8) -> pd.DataFrame:
    """topic, meeting_id, seq, speaker, weight, words (the topic's top words found in it), text."""
    top = topics.speeches[topics.speeches["topic"] >= 0].sort_values(
        ["topic", "weight", "meeting_id", "seq"], ascending=[True, False, True, True]
    )
    best = (
        top.groupby("topic").head(n).merge(speeches[["meeting_id", "seq", "speaker", "text"]], on=["meeting_id", "seq"])
    )
    words = topics.words[topics.words["rank"] < n_words].groupby("topic")["word"].apply(list)
    best["words"] = [
        " ".join(w for w in words.get(t, []) if w in text) for t, text in zip(best["topic"], best["text"], strict=True)
    ]
    return best[["topic", "meeting_id", "seq", "speaker", "weight", "words", "text"]].reset_index(drop=True)


def uncovered_share(topics: Topics, themes: pd.DataFrame) -> pd.DataFrame:
    """topic, n_speeches, uncovered (speeches with no codebook theme hit), share uncovered."""
    covered = themes.loc[themes["count"] > 0, ["meeting_id", "seq"]].drop_duplicates().assign(covered=True)
    rows = topics.speeches[topics.speeches["topic"] >= 0].merge(covered, on=["meeting_id", "seq"], how="left")
    rows["covered"] = rows["covered"].astype("boolean").fillna(False).astype(bool)
    out = rows.groupby("topic").agg(n_speeches=("seq", "size"), uncovered=("covered", lambda s: int((~s).sum())))
    out["share_uncovered"] = out["uncovered"] / out["n_speeches"]
    return out.reset_index()


def topic_table(topics: Topics, themes: pd.DataFrame, n: int = 8) -> pd.DataFrame:
    """One row per topic: its words, n_speeches and share of speeches no codebook theme covers."""
    labels = topic_labels(topics, n).rename("words")
    return uncovered_share(topics, themes).merge(labels.reset_index(), on="topic", how="left")[
        ["topic", "words", "n_speeches", "uncovered", "share_uncovered"]
    ]


__all__ = (
    "SpeechTerms",
    "Topics",
    "discover_topics",
    "excluded_words",
    "speech_terms",
    "topic_examples",
    "topic_labels",
    "topic_table",
    "topic_trend",
    "uncovered_share",
)
