"""Topics the codebook lacks, fitted once per warehouse version and settings and stored on disk.

``fitted_topics`` fits NMF (``dashboard.measures.topics``) on the selected reports' speech terms
and keeps the result as a bundle ``topics-<key>`` beside the version's other bundles
(``<warehouse>/cache/v<version>/``, never inside the parquet tables), where ``key`` hashes the
settings and the selection: the same version and settings give the same topics in every session
and after a restart, and a new version fits again. The other functions turn a fit into the
frames the Topics page shows. No streamlit here.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd
import pyarrow as pa

from dashboard.indexes.corpus import Corpus
from dashboard.measures import topics as tm
from dashboard.queries.calendars import labeller, period_spec
from dashboard.queries.filters import Filters
from dashboard.queries.research import PANEL_BY, research_meetings
from dashboard.queries.selection import meeting_periods, theme_hits_in
from dashboard.storage import bundles, tables
from etl.io.warehouse import Warehouse

__all__ = [
    "TopicSettings",
    "fitted_topics",
    "theme_row",
    "topic_bundle_name",
    "topic_examples",
    "topic_overview",
    "topic_trend",
]


@dataclass(frozen=True)
class TopicSettings:
    """What a fit depends on besides the warehouse version and the selected meetings."""

    n_topics: int = 8
    seed: int = 0
    exclude: tuple[str, ...] = ()  # the user's extra stopwords
    min_df: int = 2
    max_df: float = 0.5
    min_terms: int = 5


def topic_bundle_name(f: Filters, settings: TopicSettings) -> str:
    """``topics-<hash of the settings and the meeting filters>`` (speakers do not change a fit)."""
    what = {"settings": asdict(settings), "filters": repr(f.without_speakers())}
    digest = hashlib.sha256(json.dumps(what, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
    return f"topics-{digest[:16]}"


def _speech_terms(wh: Warehouse, c: Corpus, f: Filters, settings: TopicSettings) -> tm.SpeechTerms:
    meetings = research_meetings(c, f)
    sel = pd.DataFrame({"meeting_id": meetings["meeting_id"].astype(str).to_numpy()})
    terms = tables.sql(
        wh,
        "SELECT meeting_id, seq, term, count FROM t WHERE meeting_id IN (SELECT meeting_id FROM sel)",
        {"t": "terms"},
        sel=sel,
    )
    exclude = tm.excluded_words(meetings, c.people, c.speeches) | set(settings.exclude)
    return tm.speech_terms(
        meetings,
        terms,
        exclude,
        speeches=c.speeches,
        min_df=settings.min_df,
        max_df=settings.max_df,
        min_terms=settings.min_terms,
    )


def _to_bundle(fit: tm.Topics) -> bundles.Bundle:
    speeches = fit.speeches.astype({"meeting_id": str, "seq": "int32", "topic": "int64", "weight": "float64"})
    return {
        "words": pa.Table.from_pandas(fit.words, preserve_index=False),
        "speeches": pa.Table.from_pandas(speeches, preserve_index=False),
        "weights": np.asarray(fit.weights, dtype="float64"),
        "settings": json.dumps(dict(fit.settings)).encode("utf-8"),
    }


def _from_bundle(found: bundles.Bundle) -> tm.Topics:
    settings = json.loads(bytes(found["settings"]).decode("utf-8"))
    return tm.Topics(
        found["words"].to_pandas(),
        np.asarray(found["weights"]),
        found["speeches"].to_pandas(),
        settings,
    )


def fitted_topics(wh: Warehouse, c: Corpus, f: Filters, settings: TopicSettings) -> tm.Topics:
    """The topics of the selection: read from this version's stored fit, or fitted and stored.

    Raises ``ValueError`` (from the measure) when the selection has fewer speeches or terms
    than topics."""

    def build() -> bundles.Bundle:
        data = _speech_terms(wh, c, f, settings)
        return _to_bundle(tm.discover_topics(data, settings.n_topics, seed=settings.seed))

    return _from_bundle(bundles.load(wh, topic_bundle_name(f, settings), build))


def topic_overview(c: Corpus, f: Filters, fit: tm.Topics, n_words: int = 8) -> pd.DataFrame:
    """topic, words, n_speeches, uncovered, share_uncovered (speeches no codebook theme covers)."""
    hits = theme_hits_in(c, f.without_speakers())[["meeting_id", "seq", "theme", "count"]]
    return tm.topic_table(fit, hits, n=n_words)


def topic_trend(c: Corpus, f: Filters, fit: tm.Topics) -> pd.DataFrame:
    """period (start), label, topic, n_speeches, share, weight per period of the sidebar's
    granularity (by year for half-years, which the measures do not know)."""
    by = f.granularity if f.granularity in PANEL_BY else "year"
    meetings = research_meetings(c, f)
    trend = tm.topic_trend(fit, meetings, by=period_spec(c, by, f.post))
    starts = pd.Series(meeting_periods(c, by, f.post), index=c.meetings.index).loc[meetings.index].dropna().unique()
    label = labeller(c, by, f.post)
    when = {label(s): pd.Timestamp(s) for s in starts}
    trend = trend.rename(columns={"period": "label"}).assign(period=lambda t: pd.to_datetime(t["label"].map(when)))
    return trend.sort_values(["period", "topic"], ignore_index=True)[
        ["period", "label", "topic", "n_speeches", "share", "weight"]
    ]


TEXT_CHARS = 400  # of an example speech shown (the reader link opens it all)


def topic_examples(wh: Warehouse, c: Corpus, fit: tm.Topics, n: int = 3) -> pd.DataFrame:
    """topic, meeting_id, seq, speaker, weight, words (evidence found in it), text (its first
    :data:`TEXT_CHARS` characters), date, title."""
    top = fit.speeches[fit.speeches["topic"] >= 0]
    best = top.sort_values(["topic", "weight"], ascending=[True, False]).groupby("topic").head(n)
    sel = best[["meeting_id", "seq"]].astype({"meeting_id": str, "seq": "int64"})
    texts = tables.sql(
        wh, "SELECT meeting_id, seq, speaker, text FROM t JOIN sel USING (meeting_id, seq)", {"t": "speeches"}, sel=sel
    )
    out = tm.topic_examples(fit, texts, n=n)
    out["text"] = [t if len(t) <= TEXT_CHARS else t[:TEXT_CHARS] + "…" for t in out["text"].astype(str)]
    meta = c.meetings.set_index("meeting_id")
    return out.assign(date=out["meeting_id"].map(meta["date"]), title=out["meeting_id"].map(meta["title"]))


def theme_row(fit: tm.Topics, topic: int, n_words: int = 5) -> dict[str, str]:
    """A codebook row (theme, label_en, keywords) prefilled from a topic's top words."""
    words: Sequence[str] = fit.words[(fit.words["topic"] == topic) & (fit.words["rank"] < n_words)]["word"].tolist()
    return {"theme": "".join(words[:1]) or f"topic{topic}", "label_en": f"topic {topic}", "keywords": "|".join(words)}
