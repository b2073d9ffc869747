r"""Attention diversity: how concentrated theme attention is, per period, speaker or region.

For a group with hits :math:`h_1..h_K` over the K themes considered (themes without hits
included) and :math:`p_i = h_i / \sum_j h_j`:

- Herfindahl index ``hhi`` = :math:`\sum_i p_i^2`, from 1/K (even attention) to 1 (one theme);
- Shannon entropy ``entropy`` = :math:`-\sum_{p_i > 0} p_i \ln p_i` (nats), from 0 to ln K;
- ``entropy_norm`` = entropy / ln K, from 0 to 1 (NaN when K = 1);
- ``effective_themes`` = 1 / hhi, the number of equally weighted themes with the same HHI.

A group without any hits has NaN measures.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from dashboard.measures.frames import hits_by, regions, reports, theme_order
from dashboard.measures.panels import PANEL_KINDS, Period, period_keys
from dashboard.measures.periods import CALENDAR_KINDS

DIVERSITY_COLUMNS = ("total_hits", "n_themes", "themes_used", "hhi", "entropy", "entropy_norm", "effective_themes")


def hhi(counts: Sequence[float] | np.ndarray) -> float:
    """Herfindahl index of a vector of counts (NaN when they sum to 0)."""
    c = np.asarray(counts, dtype="float64")
    total = c.sum()
    return float(((c / total) ** 2).sum()) if total > 0 else float("nan")


def shannon(counts: Sequence[float] | np.ndarray) -> float:
    """Shannon entropy in nats of a vector of counts (NaN when they sum to 0)."""
    c = np.asarray(counts, dtype="float64")
    total = c.sum()
    if total <= 0:
        return float("nan")
    p = c[c > 0] / total
    return float(-(p * np.log(p)).sum())


def diversity(wide: pd.DataFrame) -> pd.DataFrame:
    """The measures of every row of a group x theme frame of hits (columns are the K themes)."""
    k = wide.shape[1]
    values = wide.to_numpy(dtype="float64")
    rows = [(row.sum(), k, int((row > 0).sum()), hhi(row), shannon(row)) for row in values]
    out = pd.DataFrame(rows, index=wide.index, columns=["total_hits", "n_themes", "themes_used", "hhi", "entropy"])
    out["total_hits"] = out["total_hits"].astype("int64")
    out["entropy_norm"] = out["entropy"] / np.log(k) if k > 1 else np.nan
    out["effective_themes"] = 1.0 / out["hhi"]
    return out


def _speech_keys(kept: pd.DataFrame, themes: pd.DataFrame, speeches: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Hits and keys per speech (``meeting_id#seq``) grouped by speaker (narration left out)."""
    spoken = speeches[speeches["speaker"].notna() & speeches["meeting_id"].isin(kept["meeting_id"])]
    speech = spoken["meeting_id"] + "#" + spoken["seq"].astype(str)
    keys = pd.DataFrame({"meeting_id": speech.to_numpy(), "group": spoken["speaker"].to_numpy()})
    hits = themes.assign(meeting_id=themes["meeting_id"] + "#" + themes["seq"].astype(str))
    return hits, keys


def _group_keys(
    meetings: pd.DataFrame, themes: pd.DataFrame, by: str | Period, speeches: pd.DataFrame | None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(hits keyed by meeting_id, keys): the grouping of ``by`` as a column ``group``."""
    kept = reports(meetings)
    if by == "speaker":
        if speeches is None:
            raise ValueError("diversity by speaker needs the speeches table")
        return _speech_keys(kept, themes, speeches)
    if by == "region":
        group = regions(kept)
    elif isinstance(by, Period) or by in PANEL_KINDS:
        group = period_keys(kept, by)
    elif by in kept.columns:
        group = kept[by]
    else:
        raise ValueError(f"cannot group by {by!r}: use speaker, region, {', '.join(PANEL_KINDS)} or a meetings column")
    keys = pd.DataFrame({"meeting_id": kept["meeting_id"].to_numpy(), "group": group.to_numpy()}).dropna()
    return themes, keys


def attention_diversity(
    meetings: pd.DataFrame,
    themes: pd.DataFrame,
    by: str | Period = "year",
    *,
    speeches: pd.DataFrame | None = None,
    theme_names: Sequence[str] | None = None,
) -> pd.DataFrame:
    """HHI and entropy per ``by``: speaker, region, a period (year | quarter | month, or a
    ``Period`` for tenures and user periods) or a meetings column (organ ...).

    One row per group (column named after ``by``; ``period`` for a ``Period``) with the columns of
    ``DIVERSITY_COLUMNS``; a group whose reports have no theme hit has NaN measures. Periods and
    regions are sorted by name, other groups by total hits, largest first.
    """
    names = theme_order(themes, theme_names)
    hits, keys = _group_keys(meetings, themes, by, speeches)
    wide = hits_by(hits, keys, ["group"], names).reindex(pd.Index(keys["group"].unique()), fill_value=0)
    label = "period" if isinstance(by, Period) else by
    out = diversity(wide).rename_axis(label).reset_index()
    if isinstance(by, Period) or by in (*CALENDAR_KINDS, "region"):
        return out.sort_values(label, ignore_index=True)
    return out.sort_values(["total_hits", label], ascending=[False, True], ignore_index=True)
