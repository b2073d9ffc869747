r"""Similarity of attention: cosine of theme profiles and of term vectors.

For two units with count vectors :math:`a` and :math:`b` over the same features (themes, or
terms), :math:`\cos(a, b) = a \cdot b / (\lVert a \rVert \lVert b \rVert)`, from 0 (no shared
feature) to 1 (the same proportions). Units are regions, speakers or meetings; a unit without any
count has no direction and is left out, so every matrix is symmetric with 1 on the diagonal.
Against a reference text (a central document), the text is counted like the warehouse was: themes
with the codebook's counter, terms with the ETL's tokenizer on the counting form of the text.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
from scipy import sparse

from dashboard.measures.frames import regions, reports
from etl.count.codebook import Codebook
from etl.count.matching import ThemeCounter
from etl.count.tokenize import Tokenizer
from etl.extract.text.textnorm import for_counting

UNITS = ("region", "speaker", "meeting")


def unit_counts(
    meetings: pd.DataFrame, counts: pd.DataFrame, feature: str, unit: str, speeches: pd.DataFrame | None = None
) -> pd.DataFrame:
    """unit, feature, count summed over the reports of each unit (``counts``: themes or terms)."""
    kept = reports(meetings)
    rows = counts[counts["meeting_id"].isin(kept["meeting_id"])]
    if unit == "meeting":
        keyed = rows.assign(unit=rows["meeting_id"])
    elif unit == "region":
        keyed = rows.merge(pd.DataFrame({"meeting_id": kept["meeting_id"], "unit": regions(kept)}), on="meeting_id")
    elif unit == "speaker":
        if speeches is None:
            raise ValueError("similarity between speakers needs the speeches table")
        spoken = speeches[speeches["speaker"].notna()][["meeting_id", "seq", "speaker"]]
        keyed = rows.merge(spoken, on=["meeting_id", "seq"]).rename(columns={"speaker": "unit"})
    else:
        raise ValueError(f"unknown unit {unit!r}: use one of {', '.join(UNITS)}")
    return keyed.groupby(["unit", feature], as_index=False, observed=True)["count"].sum()


def count_matrix(long: pd.DataFrame, feature: str) -> tuple[list[str], list[str], sparse.csr_matrix]:
    """(units, features, sparse units x features counts) of a unit, feature, count frame, sorted."""
    units = sorted(long["unit"].astype(str).unique())
    features = sorted(long[feature].astype(str).unique())
    row = pd.Categorical(long["unit"].astype(str), categories=units).codes
    col = pd.Categorical(long[feature].astype(str), categories=features).codes
    values = long["count"].to_numpy(dtype="float64")
    return units, features, sparse.csr_matrix((values, (row, col)), shape=(len(units), len(features)))


def _unit_rows(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    return sparse.diags(1.0 / np.where(norms > 0, norms, 1.0)) @ matrix


def cosine_matrix(long: pd.DataFrame, feature: str) -> pd.DataFrame:
    """Square frame of cosines between the units of ``unit_counts`` (symmetric, 1 on the diagonal)."""
    units, _, matrix = count_matrix(long[long["count"] > 0], feature)
    normed = _unit_rows(matrix)
    values = (normed @ normed.T).toarray()
    values = np.clip((values + values.T) / 2.0, 0.0, 1.0)  # exact symmetry despite rounding
    np.fill_diagonal(values, 1.0)
    return pd.DataFrame(values, index=pd.Index(units, name="unit"), columns=units)


def ranked_pairs(matrix: pd.DataFrame) -> pd.DataFrame:
    """a, b, cosine for every pair a < b, most similar first."""
    values = matrix.to_numpy()
    i, j = np.triu_indices(len(matrix), k=1)
    names = matrix.index.to_numpy()
    out = pd.DataFrame({"a": names[i], "b": names[j], "cosine": values[i, j]})
    return out.sort_values(["cosine", "a", "b"], ascending=[False, True, True], ignore_index=True)


def reference_terms(text: str, tokenizer: Tokenizer) -> dict[str, int]:
    """Term counts of a reference text, tokenised as the ETL counts meetings."""
    return dict(tokenizer.count_terms(for_counting(text)))


def reference_themes(text: str, codebook: Codebook) -> dict[str, int]:
    """Theme hits of a reference text, counted as the ETL counts meetings."""
    out: dict[str, int] = {}
    for (theme, _keyword), n in ThemeCounter(codebook).count(for_counting(text)).items():
        out[theme] = out.get(theme, 0) + n
    return out


def similarity_to_reference(long: pd.DataFrame, feature: str, reference: Mapping[str, int]) -> pd.DataFrame:
    """unit, cosine to the reference counts, most similar first (units with no count left out)."""
    long = long[long["count"] > 0]
    if not reference or long.empty:
        return pd.DataFrame({"unit": pd.Series(dtype=object), "cosine": pd.Series(dtype="float64")})
    units, features, matrix = count_matrix(long, feature)
    ref = np.array([float(reference.get(f, 0)) for f in features])
    norm = float(np.sqrt(sum(float(v) ** 2 for v in reference.values())))
    values = _unit_rows(matrix) @ ref / norm  # terms only in the reference still count in its norm
    out = pd.DataFrame({"unit": units, "cosine": np.clip(values, 0.0, 1.0)})
    return out.sort_values(["cosine", "unit"], ascending=[False, True], ignore_index=True)
