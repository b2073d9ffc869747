"""Meetings: headline numbers, the sidebar's options, the meeting list, search, the reader's text,
what the corpus is made of, and the pages that are not reports. No streamlit here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from dashboard.indexes.aggregates import NARRATION
from dashboard.indexes.corpus import SPEAKERS_BY_MEETING, Corpus, meeting_texts, named_speakers, small_table
from dashboard.indexes.memo import Slot
from dashboard.indexes.texts import open_texts
from dashboard.queries.calendars import posts_held
from dashboard.queries.filters import Choice, Exclude, Filters, Pick, filter_meetings, specs
from dashboard.queries.selection import meeting_ids, meeting_totals, selected_speeches, speech_mask
from dashboard.storage.tables import inputs_table, readme_near, sql
from etl.contract import schema
from etl.extract.text.textnorm import for_counting
from etl.io.warehouse import Warehouse

__all__ = [
    "corpus_info",
    "date_span",
    "meeting_list",
    "meeting_row",
    "meeting_text",
    "non_reports",
    "options",
    "overview",
    "removed_text",
    "search_meetings",
]

OPTIONS: Slot[dict[str, tuple[str, ...]]] = Slot("options")
MEETING_LISTS: Slot[pd.DataFrame] = Slot("meeting_lists", keep=2)


def overview(c: Corpus, f: Filters) -> dict[str, Any]:
    """Headline numbers of the filtered corpus."""
    m = filter_meetings(c.meetings, f)
    idx, chars, mat = meeting_totals(c, f)
    m = c.meetings.iloc[idx] if f.speakers else m
    codes = np.unique(c.agg.speech_speaker[speech_mask(c, f)])
    named = pd.Index(c.agg.speakers[codes]).difference([NARRATION, schema.COLLECTIVE_SPEAKER])
    dated = m["date"].dropna()
    return {
        "meetings": len(m),
        "dated": len(dated),
        "undated": int(m["date"].isna().sum()),
        "first": dated.min() if len(dated) else None,
        "last": dated.max() if len(dated) else None,
        "organs": int(m["organ"].nunique()),
        "speakers": len(named),
        "chars": int(chars.sum()),
        "mentions": int(mat.sum()),
    }


def options(c: Corpus) -> dict[str, list[str]]:
    """Values the sidebar offers per filter field: each meetings-column filter's values, the
    speakers (most speeches first) and the posts the tenures hold (书记 first)."""

    def distinct(col: str) -> list[str]:
        return sorted(str(v) for v in c.meetings[col].dropna().unique())

    def compute() -> dict[str, tuple[str, ...]]:
        found: dict[str, tuple[str, ...]] = {"speakers": tuple(str(s) for s in c.agg.speaker_counts.index)}
        for name, spec in specs():
            if isinstance(spec, Choice | Exclude) and spec.column:
                found[name] = tuple(distinct(spec.column))
            elif isinstance(spec, Pick):
                found[name] = posts_held(c)
        return found

    return {k: list(v) for k, v in c.agg.memo.once(OPTIONS, compute).items()}  # asked on every rerun


def date_span(c: Corpus) -> tuple[dt.date, dt.date] | None:
    dated = c.meetings["date"].dropna()
    if dated.empty:
        return None
    return dated.min().date(), dated.max().date()


def search_meetings(wh: Warehouse, text: str) -> set[str]:
    """Meeting ids whose counting-normalised text contains ``text``."""
    needle = for_counting(text.strip())
    if not needle:
        return set()
    ids = small_table(wh, "meetings").column("meeting_id")
    return set(ids.take(pa.array(open_texts(wh).meetings_containing(needle))).to_pylist())


def meeting_list(c: Corpus, f: Filters, ids: set[str] | None = None) -> pd.DataFrame:
    """Filtered meetings with speeches, speakers, mentions and the top theme; newest first.

    The last two lists are kept: every rerun of the meetings page (opening a meeting) asks again.
    """
    key = (f, None if ids is None else frozenset(ids))
    return c.agg.memo.get(MEETING_LISTS, key, lambda: _meeting_list(c, f, ids)).copy(deep=False)


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
    out = m[["meeting_id", "date", "date_precision", "title", "organ", "meeting_type", "region", "n_chars"]].copy()
    out["speakers"] = out["meeting_id"].map(named).fillna("")
    out["mentions"] = mentions.astype("int64")
    out["top_theme"] = top_theme
    return out.sort_values(["date", "meeting_id"], ascending=[False, True], na_position="last").reset_index(drop=True)


def _speakers_by_meeting(c: Corpus, f: Filters) -> pd.Series:
    """meeting_id -> its selected speeches' named speakers joined by 、 (memoised without filters)."""
    if not f.speakers:
        return c.agg.memo.once(SPEAKERS_BY_MEETING, lambda: named_speakers(c.speeches))
    return named_speakers(selected_speeches(c, f))


def meeting_text(wh: Warehouse, c: Corpus, meeting_id: str) -> tuple[str, pd.DataFrame] | None:
    """The display text of one meeting and its speeches (seq, speaker, start, n_chars)."""
    texts = meeting_texts(wh, c, [meeting_id])
    if meeting_id not in texts:
        return None
    sp = c.speeches.iloc[_speeches_of(c, meeting_id)].sort_values("seq")
    return texts[meeting_id], sp[["seq", "speaker", "start", "n_chars"]].reset_index(drop=True)


def corpus_info(wh: Warehouse) -> dict[str, object]:
    """Inputs, codebook hashes and a README near the inputs: what this warehouse was made from."""
    inputs = inputs_table(wh)
    readme = readme_near(list(inputs["input"]))
    demo = "synthetic" in readme.lower() or "虚构" in readme or "demo" in wh.manifest.get("corpus", "")
    hashes = wh.manifest.get("codebook", {}).get("hashes", {})
    codebook = pd.DataFrame({"file": list(hashes), "sha256[:16]": list(hashes.values())})
    return {"inputs": inputs.head(200), "n_inputs": len(inputs), "readme": readme, "demo": demo, "codebook": codebook}


def non_reports(c: Corpus) -> pd.DataFrame:
    """The pages read that are not meeting reports, with the reason (left out of every count)."""
    m = c.meetings[~c.meetings["is_report"].to_numpy(bool)]
    columns = ["meeting_id", "date", "title", "source", "not_report_reason"]
    return m[columns].sort_values(["date", "meeting_id"], na_position="last").reset_index(drop=True)


def _speeches_of(c: Corpus, meeting_id: str) -> np.ndarray:
    """Row positions of one meeting's speeches in ``c.speeches``."""
    m = c.agg.meeting_index.get_indexer([meeting_id])[0]
    return np.flatnonzero(c.agg.speech_meeting == m) if m >= 0 else np.zeros(0, np.int64)


def removed_text(wh: Warehouse, meeting_id: str) -> pd.DataFrame:
    """rule, text: what cleaning removed from one meeting's page (the ``removed`` table), in the
    order of the rules (``etl.contract.schema.REMOVAL_RULES``), then of the text. Empty for a warehouse
    written before the table existed."""
    found = sql(wh, "SELECT rule, text FROM r WHERE meeting_id = $m", {"r": schema.REMOVED.name}, {"m": meeting_id})
    order = {rule: i for i, rule in enumerate(schema.REMOVAL_RULES)}
    found = found.assign(_order=found["rule"].map(order).fillna(len(order)))
    return found.sort_values(["_order", "text"], kind="stable").drop(columns="_order").reset_index(drop=True)
