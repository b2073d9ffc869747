"""Per-version aggregates every theme page uses, built once when a corpus is loaded.

At 100,000 meetings the speeches table has ~0.7 M rows and the theme hits ~1 M: joining them
with a selection on every rerun costs seconds. Instead each speech and each meeting gets a row
position, and theme hits become dense count matrices (speech x theme and meeting x theme;
int32, about 70 MB and 10 MB at 100k meetings with 25 themes). A filter is then a boolean mask over
meetings (and speeches when speakers are chosen) and every total is a masked sum of a matrix.
The arrays are persisted per warehouse version (``base_bundle`` / ``theme_bundle`` /
``from_bundles``, written by ``dashboard.indexes.corpus`` through ``dashboard.storage.bundles``),
so a server opens them memory-mapped instead of building them. No streamlit here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from dashboard.indexes.memo import Memo, Slot

NARRATION = "(旁白)"  # the speaker label of speeches with no speaker (declared here only)
PERIODS: Slot[pd.Series] = Slot("periods", keep=4)  # each meeting's period start, per granularity


@dataclass(frozen=True)
class Aggregates:
    """Row positions and count matrices of one corpus (never mutate these arrays)."""

    meeting_index: pd.Index  # meeting_id -> row position in Corpus.meetings
    speech_meeting: np.ndarray  # meeting position of each speech (-1: meeting not in the table)
    speech_label: np.ndarray  # speaker of each speech, NARRATION when none (object)
    speech_speaker: np.ndarray  # int64 code of speech_label in ``speakers``
    speakers: pd.Index  # distinct speaker labels
    hit_speech: np.ndarray | None  # speech of each row of the hits it was built from (-1: none); None when opened
    themes: tuple[str, ...]  # columns of the matrices (themes with at least one stored hit row)
    speech_themes: np.ndarray  # int32 [n_speeches, n_themes]: hits of each theme in each speech
    meeting_themes: np.ndarray  # int32 [n_meetings, n_themes]: the same summed per meeting
    meeting_chars: np.ndarray  # int64: characters of each meeting's speeches
    meeting_speeches: np.ndarray  # int64: speeches of each meeting
    speaker_counts: pd.Series  # speeches per speaker label, most first
    # filter-free results and the last few results of costly queries, shared by all sessions
    memo: Memo = field(default_factory=Memo, compare=False, repr=False)

    def theme_columns(self, themes: list[str] | tuple[str, ...]) -> np.ndarray:
        """Column positions of ``themes`` (-1 for a theme without any hit)."""
        pos = {t: i for i, t in enumerate(self.themes)}
        return np.array([pos.get(t, -1) for t in themes], dtype=np.int64)


def build(meetings: pd.DataFrame, speeches: pd.DataFrame, hits: pd.DataFrame) -> Aggregates:
    """The aggregates of the corpus frames (meetings, speeches, hits as ``corpus.load_corpus`` reads)."""
    meeting_index = pd.Index(meetings["meeting_id"])
    speech_meeting = meeting_index.get_indexer(speeches["meeting_id"]).astype(np.int64)
    speech_index = pd.MultiIndex.from_arrays([speeches["meeting_id"], speeches["seq"].astype("int64")])
    hit_speech = speech_index.get_indexer(pd.MultiIndex.from_arrays([hits["meeting_id"], hits["seq"].astype("int64")]))
    themes, theme_codes = _themes(hits)
    speech_themes = np.zeros((len(speeches), len(themes)), dtype=np.int32)
    known = hit_speech >= 0
    np.add.at(speech_themes, (hit_speech[known], theme_codes[known]), hits["count"].to_numpy(np.int32)[known])
    in_table = speech_meeting >= 0
    n = len(meetings)
    meeting_themes = (
        pd.DataFrame(speech_themes[in_table])
        .groupby(speech_meeting[in_table])
        .sum()
        .reindex(range(n), fill_value=0)
        .to_numpy(np.int32)
    )
    chars = speeches["n_chars"].to_numpy(np.int64)
    label = speeches["speaker"].astype(object).where(speeches["speaker"].notna(), NARRATION).to_numpy(object)
    codes, names = pd.factorize(label)
    return Aggregates(
        meeting_index=meeting_index,
        speech_meeting=speech_meeting,
        speech_label=label,
        speech_speaker=codes.astype(np.int64),
        speakers=pd.Index(names),
        hit_speech=hit_speech.astype(np.int64),
        themes=themes,
        speech_themes=speech_themes,
        meeting_themes=meeting_themes,
        meeting_chars=np.bincount(speech_meeting[in_table], weights=chars[in_table], minlength=n).astype(np.int64),
        meeting_speeches=np.bincount(speech_meeting[in_table], minlength=n).astype(np.int64),
        speaker_counts=pd.Series(label).value_counts(),
    )


def _themes(hits: pd.DataFrame) -> tuple[tuple[str, ...], np.ndarray]:
    codes, uniques = pd.factorize(hits["theme"].astype(object), sort=True)
    return tuple(str(t) for t in uniques), codes.astype(np.int64)


def periods(
    agg: Aggregates, dates: pd.Series, granularity: str, period_start: Callable[[pd.Series, str], pd.Series]
) -> pd.Series:
    """Each meeting's period start at ``granularity`` (computed once per granularity)."""
    return agg.memo.get(PERIODS, granularity, lambda: period_start(dates, granularity).reset_index(drop=True))


# --- persisted form ------------------------------------------------------------------------

BASE_ARRAYS = ("speech_meeting", "speech_speaker", "meeting_chars", "meeting_speeches")
THEME_ARRAYS = ("speech_themes", "meeting_themes")


def base_bundle(agg: Aggregates) -> dict[str, np.ndarray | pa.Table]:
    """The codebook-independent arrays (speech positions, speakers, sizes) as a store bundle."""
    order = agg.speakers.get_indexer(agg.speaker_counts.index)
    return {
        **{name: getattr(agg, name) for name in BASE_ARRAYS},
        "speakers": pa.table({"speaker": pa.array(list(agg.speakers), pa.string())}),
        "speaker_order": order.astype(np.int64),
        "speaker_order_counts": agg.speaker_counts.to_numpy(np.int64),
    }


def theme_bundle(agg: Aggregates) -> dict[str, np.ndarray | pa.Table]:
    """The codebook-dependent arrays (theme count matrices) as a store bundle."""
    return {
        **{name: getattr(agg, name) for name in THEME_ARRAYS},
        "themes": pa.table({"theme": pa.array(list(agg.themes), pa.string())}),
    }


def from_bundles(meetings: pd.DataFrame, base: dict[str, Any], themes: dict[str, Any]) -> Aggregates:
    """Aggregates from persisted bundles (the hits are derived on demand: ``hits_frame``)."""
    speakers = pd.Index(base["speakers"].column("speaker").to_pylist())
    codes = np.asarray(base["speech_speaker"])
    labels = np.asarray(speakers, dtype=object)[codes] if len(speakers) else np.array([], dtype=object)
    speech_themes = themes["speech_themes"]
    counts = pd.Series(np.asarray(base["speaker_order_counts"]), index=speakers[np.asarray(base["speaker_order"])])
    return Aggregates(
        meeting_index=pd.Index(meetings["meeting_id"]),
        speech_meeting=base["speech_meeting"],
        speech_label=labels,
        speech_speaker=codes,
        speakers=speakers,
        hit_speech=None,
        themes=tuple(str(t) for t in themes["themes"].column("theme").to_pylist()),
        speech_themes=speech_themes,
        meeting_themes=themes["meeting_themes"],
        meeting_chars=base["meeting_chars"],
        meeting_speeches=base["meeting_speeches"],
        speaker_counts=counts.rename("count").rename_axis(None),
    )


def hits_frame(agg: Aggregates, speeches: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
    """Theme hits (meeting_id, seq, theme, count) per speech from the speech x theme matrix,
    and the speech position of each row.

    The rows of ``corpus.load_corpus``'s hits that belong to a known speech, in speech order.
    """
    s, col = np.nonzero(agg.speech_themes)
    frame = pd.DataFrame(
        {
            "meeting_id": speeches["meeting_id"].array.take(s),
            "seq": speeches["seq"].to_numpy()[s],
            "theme": np.asarray(agg.themes, dtype=object)[col] if len(col) else np.array([], dtype=object),
            "count": np.asarray(agg.speech_themes)[s, col].astype(np.int64),
        }
    ).astype({"theme": object})
    return frame, s.astype(np.int64)
