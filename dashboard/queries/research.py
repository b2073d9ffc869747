"""The research measures over the selection: panels, tenures, diversity, diffusion, similarity.

Each function takes the corpus (or the warehouse for the large tables) and the sidebar's
:class:`Filters`, hands ``dashboard.measures`` the selected frames in the warehouse contract's
shape, and returns its frame. Non-reports are left out by the measures whatever the filters say.
The meeting filters select the meetings; the speakers filter narrows the speech units (diversity
and similarity between speakers), never a panel, whose rates need whole meetings' characters.
Topics are in ``dashboard.queries.topics``. No streamlit here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import pandas as pd

from dashboard import measures
from dashboard.indexes.corpus import Corpus
from dashboard.measures.diffusion import DIFFUSION_COLUMNS
from dashboard.measures.frames import per10k, regions, reports
from dashboard.measures.similarity import UNITS
from dashboard.queries.calendars import held_posts, labeller, period_spec
from dashboard.queries.filters import Filters, filter_meetings
from dashboard.queries.selection import meeting_periods, theme_hits_in
from dashboard.queries.terms import term_counts
from dashboard.storage import tables
from etl.count.codebook import Codebook
from etl.count.tokenize import Tokenizer
from etl.io.warehouse import Warehouse

__all__ = [
    "DIFFUSION_ITEMS",
    "DIVERSITY_BY",
    "PANEL_BY",
    "SIMILARITY_FEATURES",
    "SIMILARITY_UNITS",
    "alignment_lines",
    "alignment_meetings",
    "attention_diversity",
    "diffusion_table",
    "meeting_matrix",
    "panel",
    "panel_coverage",
    "reference_profile",
    "research_meetings",
    "similarity_matrix",
    "similarity_to_text",
    "tenure_table",
    "unit_profiles",
]

PANEL_BY = ("year", "quarter", "month", "tenure", "periods")
DIVERSITY_BY = ("period", "speaker", "region", "organ")
DIFFUSION_ITEMS = ("formula", "keyword", "term", "word")
SIMILARITY_FEATURES = ("theme", "term")
SIMILARITY_UNITS = UNITS


def research_meetings(c: Corpus, f: Filters) -> pd.DataFrame:
    """The meetings the filters select (the measures leave the non-reports out)."""
    return filter_meetings(c.meetings, f)


def _meeting_hits(c: Corpus, f: Filters) -> pd.DataFrame:
    """meeting_id, seq, theme, count of the selected meetings' speeches (all speakers)."""
    return theme_hits_in(c, f.without_speakers())[["meeting_id", "seq", "theme", "count"]]


# --- panels ---------------------------------------------------------------------------------


def panel(c: Corpus, f: Filters, by: str, theme_names: Sequence[str]) -> pd.DataFrame:
    """The region x period panel (``<theme>_hits``, ``<theme>_per10k``) by year ... tenure, periods."""
    return measures.region_period_panel(
        research_meetings(c, f), _meeting_hits(c, f), period_spec(c, by, f.post), theme_names=theme_names
    )


def panel_coverage(c: Corpus, f: Filters, by: str) -> dict[str, int]:
    """Reports in the panel, reports without a period, non-reports of the selection."""
    return measures.panel_coverage(research_meetings(c, f), period_spec(c, by, f.post))


def meeting_matrix(c: Corpus, f: Filters, measure: str, theme_names: Sequence[str]) -> pd.DataFrame:
    """The meeting x theme matrix (hits, per10k or share) with each meeting's metadata."""
    return measures.meeting_theme_matrix(research_meetings(c, f), _meeting_hits(c, f), measure, theme_names)


# --- tenures --------------------------------------------------------------------------------


def tenure_table(c: Corpus, f: Filters) -> pd.DataFrame:
    """Holders (region, post, name, first, last, n_meetings, source) of the selected regions."""
    held = held_posts(c)
    return held[held["region"].isin(f.regions)].reset_index(drop=True) if f.regions else held


def alignment_lines(
    c: Corpus, f: Filters, themes: Sequence[str], post: str | None = None, months: int = 12
) -> pd.DataFrame:
    """Attention to ``themes`` together by months since each holder of ``post`` (the selection's
    by default) took office.

    One row per (holder, months_since): region, name, took_office, holder (the line's label),
    months_since, n_meetings, n_chars, hits, per10k.
    """
    lines = measures.alignment(
        research_meetings(c, f),
        _meeting_hits(c, f),
        held_posts(c),
        post or f.post,
        months,
        theme_names=list(themes),
    )
    keys = ["region", "name", "took_office", "months_since"]
    cols = [*keys, "holder", "n_meetings", "n_chars", "hits", "per10k"]
    if lines.empty:
        return pd.DataFrame(columns=cols)
    out = lines.groupby(keys, as_index=False).agg(
        n_meetings=("n_meetings", "first"), n_chars=("n_chars", "first"), hits=("hits", "sum")
    )
    out["per10k"] = per10k(out["hits"], out["n_chars"])
    took = pd.to_datetime(out["took_office"]).dt.strftime("%Y-%m-%d")
    out["holder"] = out["region"].astype(str) + " " + out["name"].astype(str) + " (" + took + ")"
    return out[cols]


# --- diversity ------------------------------------------------------------------------------


def attention_diversity(c: Corpus, f: Filters, by: str, theme_names: Sequence[str]) -> pd.DataFrame:
    """HHI and entropy over ``theme_names`` per period (the sidebar's granularity), speaker,
    region or organ. Periods are labelled and ordered as on every time chart."""
    if by not in DIVERSITY_BY:
        raise ValueError(f"diversity by {by!r}: use one of {', '.join(DIVERSITY_BY)}")
    meetings = research_meetings(c, f)
    if by == "speaker":
        hits = theme_hits_in(c, f)[["meeting_id", "seq", "theme", "count"]]
        return measures.attention_diversity(meetings, hits, "speaker", speeches=c.speeches, theme_names=theme_names)
    hits = _meeting_hits(c, f)
    if by != "period":
        return measures.attention_diversity(meetings, hits, by, theme_names=theme_names)
    starts = pd.Series(meeting_periods(c, f.granularity, f.post), index=c.meetings.index).loc[meetings.index]
    label = labeller(c, f.granularity, f.post)
    names = {s: label(s) for s in starts.dropna().unique()}
    keyed = meetings.assign(period=starts.map(names))
    out = measures.attention_diversity(keyed, hits, "period", theme_names=theme_names)
    order = {name: start for start, name in names.items()}
    out.insert(1, "start", out["period"].map(order))
    return out.sort_values("start", ignore_index=True)


# --- diffusion ------------------------------------------------------------------------------


def _item_query(table_column: str) -> str:
    return (
        f"SELECT meeting_id, {table_column}, SUM(count)::BIGINT AS count FROM t "  # noqa: S608 (a fixed column)
        "WHERE meeting_id IN (SELECT meeting_id FROM sel) "
        f"AND (NOT $narrow OR {table_column} IN (SELECT item FROM wanted)) GROUP BY ALL"
    )


_ITEM_TABLES = {"formula": "formulas", "keyword": "themes", "term": "terms"}
_ITEM_QUERIES = {item: _item_query(item) for item in _ITEM_TABLES}  # the item is the table's column


def _item_hits(wh: Warehouse, c: Corpus, f: Filters, item: str, items: Sequence[str]) -> pd.DataFrame:
    """meeting_id, <item>, count of the selected meetings, from the warehouse's table (or the text)."""
    if item == "word":
        counts = term_counts(wh, c, f.without_speakers(), list(items))
        return counts.rename(columns={"term": "word"})[["meeting_id", "word", "count"]]
    selected = pd.DataFrame({"meeting_id": research_meetings(c, f)["meeting_id"].astype(str).to_numpy()})
    wanted = pd.DataFrame({"item": pd.Series([str(i) for i in items], dtype=object)})
    return tables.sql(
        wh, _ITEM_QUERIES[item], {"t": _ITEM_TABLES[item]}, {"narrow": bool(items)}, sel=selected, wanted=wanted
    )


def diffusion_table(
    wh: Warehouse,
    c: Corpus,
    f: Filters,
    item: str,
    items: Sequence[str] = (),
    reference: dt.date | None = None,
) -> pd.DataFrame:
    """First appearance of each item per region (``measures.diffusion``) with the first meeting's
    title and date as evidence. ``items`` empty: every 提法 (or keyword); terms and typed words
    need a list."""
    if item not in DIFFUSION_ITEMS:
        raise ValueError(f"diffusion of {item!r}: use one of {', '.join(DIFFUSION_ITEMS)}")
    if item in ("term", "word") and not items:
        return pd.DataFrame(columns=[*DIFFUSION_COLUMNS, "title"])
    hits = _item_hits(wh, c, f, item, items)
    out = measures.diffusion(research_meetings(c, f), hits, item, items=list(items) or None, reference=reference)
    titles = c.meetings.set_index("meeting_id")["title"]
    return out.assign(title=out["first_meeting"].map(titles))


# --- similarity -----------------------------------------------------------------------------


_UNIT_TERMS = "SELECT unit, term, SUM(count)::BIGINT AS count FROM t JOIN sel USING (meeting_id, seq) GROUP BY ALL"


def _unit_terms(wh: Warehouse, c: Corpus, f: Filters, unit: str) -> pd.DataFrame:
    """unit, term, count summed in DuckDB over the selected reports' speeches (spoken ones for
    speakers): the terms table never comes to pandas whole."""
    meetings = reports(research_meetings(c, f))
    speeches = c.speeches[c.speeches["meeting_id"].isin(meetings["meeting_id"])]
    if unit == "speaker":
        speeches = speeches[speeches["speaker"].notna()]
        if f.speakers:
            speeches = speeches[speeches["speaker"].isin(list(f.speakers))]
        units = speeches["speaker"]
    elif unit == "region":
        units = speeches["meeting_id"].map(pd.Series(regions(meetings).to_numpy(), index=meetings["meeting_id"]))
    elif unit == "meeting":
        units = speeches["meeting_id"]
    else:
        raise ValueError(f"unknown unit {unit!r}: use one of {', '.join(UNITS)}")
    sel = pd.DataFrame(
        {
            "meeting_id": speeches["meeting_id"].astype(str).to_numpy(),
            "seq": speeches["seq"].to_numpy("int64"),
            "unit": units.astype(str).to_numpy(),
        }
    )
    return tables.sql(wh, _UNIT_TERMS, {"t": "terms"}, sel=sel)


def unit_profiles(wh: Warehouse, c: Corpus, f: Filters, feature: str, unit: str) -> pd.DataFrame:
    """unit, feature, count: each region's, speaker's or meeting's theme hits or term counts
    (``measures.unit_counts`` for themes; terms summed the same way, in DuckDB)."""
    if feature not in SIMILARITY_FEATURES:
        raise ValueError(f"similarity of {feature!r}: use one of {', '.join(SIMILARITY_FEATURES)}")
    if feature == "term":
        return _unit_terms(wh, c, f, unit)
    counts = theme_hits_in(c, f)[["meeting_id", "seq", "theme", "count"]]
    speeches = c.speeches[c.speeches["speaker"].isin(list(f.speakers))] if f.speakers else c.speeches
    return measures.unit_counts(research_meetings(c, f), counts, feature, unit, speeches=speeches)


def similarity_matrix(profiles: pd.DataFrame, feature: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(square cosine matrix, ranked pairs a < b) of the units' profiles."""
    matrix = measures.cosine_matrix(profiles, feature)
    return matrix, measures.ranked_pairs(matrix)


def reference_profile(text: str, feature: str, codebook: Codebook, tokenizer: Tokenizer | None) -> dict[str, int]:
    """Theme hits or term counts of a pasted or uploaded reference text, counted as the ETL counts
    (terms need the ETL's tokenizer)."""
    if feature == "theme":
        return measures.reference_themes(text, codebook)
    if tokenizer is None:
        raise ValueError("the term profile of a reference text needs the ETL's tokenizer")
    return measures.reference_terms(text, tokenizer)


def similarity_to_text(profiles: pd.DataFrame, feature: str, reference: Mapping[str, int]) -> pd.DataFrame:
    """unit, cosine to the reference, most similar first."""
    return measures.similarity_to_reference(profiles, feature, reference)


def alignment_meetings(c: Corpus, f: Filters, post: str, region: str, name: str, month: int) -> pd.DataFrame:
    """The evidence of one alignment point: meeting_id, date, title of the holder's reports in
    ``month`` of the tenure."""
    meetings = reports(research_meetings(c, f))
    held = measures.holders_at(meetings, held_posts(c), post)
    since = measures.months_between(held["took_office"], held["date"])
    keep = (held["region"] == region) & (held["name"] == name) & (since == month).fillna(False)
    ids = held.loc[keep.to_numpy(bool), "meeting_id"]
    out = meetings[meetings["meeting_id"].isin(ids)][["meeting_id", "date", "title"]]
    return out.sort_values(["date", "meeting_id"], ignore_index=True)
