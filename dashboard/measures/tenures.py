"""Leadership tenures: who held each post in each region, from the first to the last dated meeting.

The posts are a small data file (``posts.csv`` beside this module, or the user's own); a person
holds a post at a meeting when a part of the title written before their name matches the post's
pattern. A tenure is one (region, post, name): ``first`` and ``last`` are the dates of the first
and last dated report where the person appears with that title, ``n_meetings`` how many reports.
A user CSV (``region,post,name,start,end``) overrides those dates with real appointment dates or
adds terms the reports do not show.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from dashboard.measures.frames import regions, reports, with_dates
from dashboard.measures.periods import parse_bound
from etl.contract.schema import ROLES
from etl.extract.text.textnorm import to_simplified

POSTS_FILE = Path(__file__).with_name("posts.csv")
TENURE_COLUMNS = ("region", "post", "name", "first", "last", "n_meetings", "source")
_LEVELS = "区县市州旗盟"
_PLACE = r"(?:[^副、，,\s]{1,12}?)?"
_SPLIT = re.compile(r"[、，,；;\s]+")
_BARE = frozenset({"书记", "副书记", "党组书记", "主任", "副主任", "主席", "副主席"})
_ORGAN_STEM = re.compile(r"^(.*?(?:人大常委会|政协|纪委|监委|政府|委))")


class TenureError(ValueError):
    """A posts or overrides file that cannot be used; the message names the file and line."""


@dataclass(frozen=True)
class Post:
    name: str
    pattern: str  # with {k} and {place}


def parse_posts(text: str, path: str | Path = POSTS_FILE) -> tuple[Post, ...]:
    """The posts of a ``post,pattern`` CSV; a bad pattern is reported with file and line."""
    posts: list[Post] = []
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    seen_header = False
    for number, cells in enumerate(rows, start=1):
        if not cells or not "".join(cells).strip() or cells[0].lstrip().startswith("#"):
            continue
        if not seen_header:
            if [c.strip() for c in cells[:2]] != ["post", "pattern"]:
                raise TenureError(f"{path}:{number}: the header must be post,pattern")
            seen_header = True
            continue
        if len(cells) != 2 or not cells[0].strip() or not cells[1].strip():
            raise TenureError(f"{path}:{number}: want two cells, a post and a pattern")
        post = Post(cells[0].strip(), cells[1].strip())
        try:
            _compiled(post.pattern, _LEVELS)
        except (re.error, KeyError, IndexError, ValueError) as e:
            raise TenureError(f"{path}:{number}: the pattern of {post.name!r} is not a valid expression: {e}") from None
        posts.append(post)
    if not posts:
        raise TenureError(f"{path}: no posts (want a header post,pattern and one post per line)")
    return tuple(posts)


def load_posts(path: Path | None = None) -> tuple[Post, ...]:
    """The posts of ``path`` (default: the shipped ``posts.csv``)."""
    path = path or POSTS_FILE
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise TenureError(f"{path}: cannot read the posts file: {e}") from None
    return parse_posts(text, path)


@functools.lru_cache(maxsize=256)
def _compiled(pattern: str, levels: str) -> re.Pattern[str]:
    return re.compile(pattern.format(k=f"[{levels}]", place=_PLACE))


def _level(region: str | None) -> str:
    return region[-1] if region and region[-1] in _LEVELS else _LEVELS


def title_parts(title: str) -> list[str]:
    """The parts of a title, a bare 主任/主席/书记 completed with the organ of the part before it."""
    parts: list[str] = []
    for part in (p for p in _SPLIT.split(to_simplified(title)) if p):
        if part in _BARE and parts and (stem := _ORGAN_STEM.match(parts[-1])):
            part = stem[1] + part
        parts.append(part)
    return parts


def posts_of(title: str | None, region: str | None, posts: Sequence[Post]) -> list[str]:
    """The posts a title holds in a region (several for 区委副书记、区长 only if both are posts)."""
    if not title:
        return []
    levels = _level(region)
    parts = title_parts(title)
    return [p.name for p in posts if any(_compiled(p.pattern, levels).fullmatch(part) for part in parts)]


def post_holdings(
    meetings: pd.DataFrame, people: pd.DataFrame, posts: Sequence[Post], roles: Sequence[str] = ROLES
) -> pd.DataFrame:
    """One row per (meeting, region, date, post, name) where a dated report shows a post holder;
    a meeting without region is in ``(unknown)``, where a title of any level holds its post."""
    dated = with_dates(reports(meetings))
    dated = dated.assign(region=regions(dated))
    dated = dated[dated["date"].notna()][["meeting_id", "region", "date"]]
    found = people[people["role"].isin(list(roles)) & people["title"].notna()][["meeting_id", "name", "title"]]
    found = found.merge(dated, on="meeting_id")
    pairs = found[["title", "region"]].drop_duplicates()
    pairs = pairs.assign(post=[posts_of(t, r, posts) for t, r in zip(pairs["title"], pairs["region"], strict=True)])
    held = found.merge(pairs, on=["title", "region"]).explode("post").dropna(subset=["post"])
    out = held[["meeting_id", "region", "date", "post", "name"]]
    return out.drop_duplicates(ignore_index=True)


def tenures(
    meetings: pd.DataFrame,
    people: pd.DataFrame,
    posts: Sequence[Post] | None = None,
    roles: Sequence[str] = ROLES,
) -> pd.DataFrame:
    """region, post, name, first, last, n_meetings, source ("meetings") per holder, by start."""
    held = post_holdings(meetings, people, load_posts() if posts is None else posts, roles)
    grouped = held.groupby(["region", "post", "name"], sort=False)
    out = grouped.agg(first=("date", "min"), last=("date", "max"), n_meetings=("meeting_id", "nunique"))
    out = out.reset_index().assign(source="meetings")
    return _ordered(out)


def _ordered(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.astype({"n_meetings": "int64"})
    return frame.sort_values(["region", "post", "first", "name"], ignore_index=True)[list(TENURE_COLUMNS)]


def parse_overrides(text: str, path: str | Path = "tenures.csv") -> pd.DataFrame:
    """Rows region, post, name, start, end (end may be empty: still in office) of an overrides CSV."""
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    header: list[str] | None = None
    out = []
    for number, cells in enumerate(rows, start=1):
        if not cells or not "".join(cells).strip() or cells[0].lstrip().startswith("#"):
            continue
        if header is None:
            header = [c.strip().lower() for c in cells]
            if missing := [c for c in ("region", "post", "name", "start") if c not in header]:
                raise TenureError(
                    f"{path}:{number}: the header lacks {', '.join(missing)} (want region,post,name,start,end)"
                )
            continue
        row = {k: (v or "").strip() for k, v in zip(header, cells, strict=False)}
        if not row.get("region") or not row.get("post") or not row.get("name"):
            raise TenureError(f"{path}:{number}: region, post and name are required")
        try:
            start = parse_bound(row.get("start", ""), end=False)
            end = parse_bound(row["end"], end=True) if row.get("end") else None
        except ValueError as e:
            raise TenureError(f"{path}:{number}: {e}") from None
        if end is not None and end < start:
            raise TenureError(f"{path}:{number}: the term ends ({end}) before it starts ({start})")
        out.append((row["region"], row["post"], row["name"], pd.Timestamp(start), pd.Timestamp(end) if end else pd.NaT))
    return pd.DataFrame(out, columns=["region", "post", "name", "start", "end"])


def load_overrides(path: Path) -> pd.DataFrame:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise TenureError(f"{path}: cannot read the tenures file: {e}") from None
    return parse_overrides(text, path)


def apply_overrides(found: pd.DataFrame, overrides: pd.DataFrame) -> pd.DataFrame:
    """Tenures with the user's dates: a listed (region, post, name) takes its start (and end, if
    given) and the source "override"; an unlisted one is added with n_meetings 0."""
    key = ["region", "post", "name"]
    merged = found.merge(overrides, on=key, how="outer", indicator=True)
    listed = merged["_merge"] != "left_only"
    merged["first"] = merged["start"].where(listed, merged["first"])
    merged["last"] = merged["end"].where(listed & merged["end"].notna(), merged["last"])
    merged["n_meetings"] = merged["n_meetings"].fillna(0)
    merged["source"] = merged["source"].where(~listed, "override")
    return _ordered(merged.drop(columns=["start", "end", "_merge"]))
