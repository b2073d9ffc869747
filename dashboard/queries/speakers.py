"""Speakers: who spoke in the selection, groups by name or role, theme profiles, posts held.

No streamlit here.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd

from dashboard.indexes.aggregates import NARRATION
from dashboard.indexes.corpus import Corpus, speaker_titles
from dashboard.indexes.memo import Slot
from dashboard.queries.calendars import labeller
from dashboard.queries.filters import DEFAULT_POST, Filters
from dashboard.queries.selection import selected_speeches, theme_matrix
from etl.contract import schema

__all__ = [
    "FEW_NAMED_SHARE",
    "FEW_SPEAKERS",
    "ROLES_FILE",
    "Coverage",
    "RolesError",
    "attention",
    "load_roles",
    "parse_roles",
    "posts",
    "profiles",
    "role_of",
    "roles_text",
    "speaker_coverage",
    "speaker_groups",
    "speaker_table",
    "title_timeline",
]

TIMELINES: Slot[pd.DataFrame] = Slot("timelines", keep=64)  # one person's posts, per name
PEOPLE_ROWS: Slot[dict[str, np.ndarray]] = Slot("people_rows")  # name -> its rows in ``Corpus.people``

ROLES_FILE = Path(__file__).with_name("roles.csv")
FEW_SPEAKERS = 5  # a selection with fewer identified speakers than this gets a warning
FEW_NAMED_SHARE = 0.5  # ... and so does one where identified speakers hold less than this share of the text


class RolesError(ValueError):
    """A roles file or text that cannot be used, with where (source and line) and why."""


def _pattern(pattern: str, where: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise RolesError(f"{where}: {pattern!r} is not a regular expression ({exc})") from exc
    return pattern


def parse_roles(text: str, source: str) -> dict[str, str]:
    """``role=pattern`` lines (the page's text area; # comments) -> {role: pattern} in order; a
    clear error naming ``source`` and the line for a line without a role or a pattern, or a
    pattern that is not a regular expression."""
    out: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        role, _, pattern = (part.strip() for part in line.partition("="))
        if not role or not pattern:
            raise RolesError(f"{source}, line {number}: expected role=pattern, got {line!r}")
        out.setdefault(role, _pattern(pattern, f"{source}, line {number}"))
    return out


ROLE_COLUMNS = ["role", "role_en", "pattern"]


def load_roles(path: Path = ROLES_FILE, lang: str = "zh") -> dict[str, str]:
    """The roles of the data file (``queries/roles.csv``: ``role,role_en,pattern``, # comments),
    in order of precedence, named in ``lang`` (the Chinese name when ``role_en`` is empty)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise RolesError(f"{path}: cannot be read ({exc.strerror})") from exc
    out: dict[str, str] = {}
    header = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        row = [cell.strip() for cell in next(csv.reader(io.StringIO(line)))]
        if not header:
            if row != ROLE_COLUMNS:
                raise RolesError(f"{path}, line {number}: the header must be {','.join(ROLE_COLUMNS)}, got {line!r}")
            header = True
            continue
        if len(row) < 3 or not row[0] or not row[2]:
            raise RolesError(f"{path}, line {number}: expected role,role_en,pattern, got {line!r}")
        name = row[1] if lang == "en" and row[1] else row[0]
        out.setdefault(name, _pattern(",".join(row[2:]), f"{path}, line {number}"))
    return out


def roles_text(roles: Mapping[str, str]) -> str:
    """Roles as the page's text area shows them, one ``role=pattern`` per line."""
    return "\n".join(f"{k}={v}" for k, v in roles.items())


def posts(title: object) -> list[str]:
    """The posts of a title (区委副书记、区长 -> [区委副书记, 区长])."""
    if not isinstance(title, str) or not title.strip():
        return []
    return [p for p in re.split(r"[、，,\s]+", title.strip()) if p]


def role_of(title: object, roles: Mapping[str, str]) -> str | None:
    """The first role (in ``roles``' order) whose pattern is found in any post of ``title``."""
    held = posts(title)
    return next((role for role, pattern in roles.items() if any(re.search(pattern, p) for p in held)), None)


def speaker_table(c: Corpus, f: Filters) -> pd.DataFrame:
    """Named speakers of the selection: speaker, speeches, meetings, chars, titles (all seen)."""
    sp = selected_speeches(c, f.without_speakers())
    sp = sp[sp["speaker"].notna() & (sp["speaker"] != schema.COLLECTIVE_SPEAKER)]
    titles = speaker_titles(c)
    out = sp.groupby("speaker").agg(
        speeches=("seq", "size"), meetings=("meeting_id", "nunique"), chars=("n_chars", "sum")
    )
    out = out.reset_index().sort_values(["chars", "speaker"], ascending=[False, True])
    out["titles"] = out["speaker"].map(titles).fillna("")
    return out.reset_index(drop=True)


def speaker_groups(
    c: Corpus, f: Filters, speakers: Sequence[str] = (), roles: dict[str, str] | None = None
) -> pd.DataFrame:
    """(meeting_id, seq, speaker, n_chars, date, period, group) of the selected speeches.

    ``group`` is the speaker's name when ``speakers`` are given, else the speaker's role at that
    meeting (:func:`role_of` on the title; ``roles`` as :func:`load_roles` gives them); null for
    the rest.
    """
    sp = selected_speeches(c, f.without_speakers())
    if roles:
        titled = c.people[["meeting_id", "name", "title"]].drop_duplicates(["meeting_id", "name"])
        by_title = {t: role_of(t, roles) for t in titled["title"].dropna().unique()}
        titled = titled.assign(role=titled["title"].map(by_title))[["meeting_id", "name", "role"]]
        sp = sp.merge(titled, left_on=["meeting_id", "speaker"], right_on=["meeting_id", "name"], how="left")
        group = sp["role"].astype(object).where(sp["role"].notna(), None)
        sp = sp.drop(columns=["name", "role"]).assign(group=group)
    else:  # by speaker code: faster than comparing names over every speech
        codes = c.agg.speakers.get_indexer([s for s in speakers if s != NARRATION])  # narration: no speaker
        speech = sp["speech"].to_numpy()
        member = np.flatnonzero(np.isin(c.agg.speech_speaker[speech], codes[codes >= 0]))
        group = np.full(len(sp), np.nan, dtype=object)
        group[member] = c.agg.speech_label[speech[member]]
        sp["group"] = pd.Series(group, sp.index, object)
    return sp


@dataclass(frozen=True)
class Coverage:
    """How well a selection's speakers are known: ``speakers`` identified (named people, not
    the collective voice) and the ``share`` of the selected speech characters they hold."""

    speakers: int
    share: float

    @property
    def few(self) -> bool:
        """Fewer than ``FEW_SPEAKERS`` speakers, or under ``FEW_NAMED_SHARE`` of the text."""
        return self.speakers < FEW_SPEAKERS or self.share < FEW_NAMED_SHARE


def speaker_coverage(c: Corpus, f: Filters) -> Coverage:
    """The :class:`Coverage` of the selection (whatever speakers are chosen)."""
    sp = selected_speeches(c, f.without_speakers())
    named = (sp["speaker"].notna() & (sp["speaker"] != schema.COLLECTIVE_SPEAKER)).to_numpy()
    total = float(sp["n_chars"].sum())
    share = float(sp["n_chars"].to_numpy()[named].sum()) / total if total else 0.0
    return Coverage(int(sp["speaker"][named].nunique()), share)


def profiles(c: Corpus, groups: pd.DataFrame, themes: Sequence[str]) -> pd.DataFrame:
    """group, theme, count, chars, per10k: each group's theme attention (mentions per 10k chars)."""
    g = _grouped(groups, ["group"], ["group", "n_chars"])
    chars = g.groupby("group")["n_chars"].sum()
    counts = _speech_theme_frame(c, g, themes).groupby(g["group"].to_numpy()).sum().stack()
    counts = counts.rename_axis(["group", "theme"])
    grid = pd.MultiIndex.from_product([list(chars.index), list(themes)], names=["group", "theme"])
    out = counts.reindex(grid, fill_value=0).rename("count").reset_index().join(chars.rename("chars"), on="group")
    out["per10k"] = out["count"] * 10_000 / out["chars"].where(out["chars"] > 0)
    return out


def attention(
    c: Corpus, groups: pd.DataFrame, themes: Sequence[str], granularity: str, post: str = DEFAULT_POST
) -> pd.DataFrame:
    """group, period, label, count, chars, n_meetings, value (per10k of ``themes`` together)."""
    g = _grouped(groups, ["group", "date"], ["group", "date", "period", "n_chars", "meeting_id"])
    cols = ["group", "period", "label", "count", "chars", "n_meetings", "value"]
    if g.empty:
        return pd.DataFrame(columns=cols)
    base = g.groupby(["group", "period"]).agg(chars=("n_chars", "sum"), n_meetings=("meeting_id", "nunique"))
    total = _speech_theme_frame(c, g, themes).sum(axis=1)
    counts = total.groupby([g["group"].to_numpy(), g["period"].to_numpy()]).sum().rename_axis(["group", "period"])
    out = base.join(counts.rename("count")).fillna({"count": 0}).reset_index()
    out["count"] = out["count"].astype("int64")
    out["value"] = out["count"] * 10_000 / out["chars"].where(out["chars"] > 0)
    label = labeller(c, granularity, post)
    out["label"] = [label(p) for p in out["period"]]
    return out[cols].sort_values(["group", "period"]).reset_index(drop=True)


def _grouped(groups: pd.DataFrame, needed: list[str], columns: list[str]) -> pd.DataFrame:
    """The rows of ``groups`` where ``needed`` are all set, with ``columns`` and the speech keys
    only (cheaper than copying every column of every selected speech)."""
    keep = np.ones(len(groups), dtype=bool)
    for col in needed:
        keep &= pd.notna(groups[col].to_numpy())
    keys = [k for k in ("speech", "meeting_id", "seq") if k in groups.columns and k not in columns]
    return groups[[*columns, *keys]].iloc[np.flatnonzero(keep)]


def _speech_theme_frame(c: Corpus, g: pd.DataFrame, themes: Sequence[str]) -> pd.DataFrame:
    """Hits of ``themes`` in each row of ``g`` (speeches with a ``speech`` position column)."""
    if "speech" not in g.columns:  # speeches from elsewhere: find their positions
        index = pd.MultiIndex.from_arrays([c.speeches["meeting_id"], c.speeches["seq"].astype("int64")])
        pos = index.get_indexer(pd.MultiIndex.from_arrays([g["meeting_id"], g["seq"].astype("int64")]))
    else:
        pos = g["speech"].to_numpy()
    return pd.DataFrame(theme_matrix(c, c.agg.speech_themes[pos], themes), columns=list(themes))


def title_timeline(c: Corpus, names: Sequence[str]) -> pd.DataFrame:
    """name, title, first, last, meetings: one person, the posts they held over time.

    Computed per name and kept (64 names per corpus): adding a speaker computes one more.
    """
    parts = [c.agg.memo.get(TIMELINES, n, partial(_title_timeline, c, [n])) for n in sorted(set(names))]
    parts = [p for p in parts if len(p)]
    if not parts:
        return _title_timeline(c, names)
    out = pd.concat(parts, ignore_index=True)
    return out.sort_values(["name", "first"], na_position="last").reset_index(drop=True)


def _title_timeline(c: Corpus, names: Sequence[str]) -> pd.DataFrame:
    p = c.people.take(_people_rows(c, names))
    pos = c.agg.meeting_index.get_indexer(p["meeting_id"])
    p = p[pos >= 0].assign(date=c.meetings["date"].to_numpy()[pos[pos >= 0]])  # the meeting's date
    p = p.assign(title=p["title"].fillna("—"))
    out = p.groupby(["name", "title"]).agg(
        first=("date", "min"), last=("date", "max"), meetings=("meeting_id", "nunique")
    )
    return out.reset_index().sort_values(["name", "first"], na_position="last").reset_index(drop=True)


def _people_rows(c: Corpus, names: Sequence[str]) -> np.ndarray:
    """Row positions in ``c.people`` of these names, in table order (rows by name memoised)."""
    rows = c.agg.memo.once(PEOPLE_ROWS, lambda: dict(c.people.groupby("name", sort=False).indices))
    found = [rows[n] for n in dict.fromkeys(names) if n in rows]
    return np.sort(np.concatenate(found)) if found else np.zeros(0, np.int64)
