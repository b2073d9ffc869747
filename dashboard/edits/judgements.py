"""Judgements of sampled theme hits (right or wrong) and the precision they give.

Kept in ``judgements.csv`` beside the codebook; a hit judged again keeps its latest verdict.
No streamlit here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from dashboard.edits.codebook import replace_atomically

__all__ = [
    "JUDGEMENTS_FILE",
    "JUDGEMENT_COLUMNS",
    "load_judgements",
    "precision",
    "record_judgements",
    "save_judgements",
]

JUDGEMENTS_FILE = "judgements.csv"
JUDGEMENT_COLUMNS = ["theme", "keyword", "meeting_id", "start", "correct", "context", "judged_at"]


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


def save_judgements(path: Path, judgements: pd.DataFrame) -> None:
    replace_atomically(path, judgements.reindex(columns=JUDGEMENT_COLUMNS).to_csv(index=False).encode("utf-8"))
