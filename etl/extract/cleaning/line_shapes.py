"""Furniture lines told by their SHAPE: a small logistic model over features of a line's form.

The rules of ``clean`` are strings and shapes written by hand; a new site's furniture is often a
shape none of them has read. This module describes each line by its form only (length, shares of
CJK, digits, Latin and marks, the class of its first and last character, brackets, colons,
separators, date and time shapes, whether it ends a sentence, its place on the page and its
neighbours' shapes, whether the page repeats it, and how much of it the page words of
``resources/page_words.tsv`` cover), never by strings of any annotated set, and weighs those
features with weights learned from the annotated sets (``scripts/train_furniture.py``), kept in
``resources/furniture_shapes.tsv``.

The judge runs last in ``clean``, on the lines the rules kept, and only in the page's margins:
above the headline and after the body's last line with 。！？ (``margin_indices``, which also spares
what the other readers need). A line it removes is recorded as ``line_shape``, after the rules'
removals. docs/reading.md ("Furniture told by shape") gives the leave-one-batch-out figures
and why the threshold is where it is.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from etl.extract.cleaning.page_words import page_words_share
from etl.extract.text.patterns import SURNAMES

__all__ = [
    "FEATURES",
    "SHAPES",
    "ShapeJudge",
    "furniture_scores",
    "judged_by",
    "line_features",
    "load_judge",
    "margin_indices",
    "page_features",
    "without_shaped_furniture",
]

SHAPES = Path(__file__).resolve().parent / "resources" / "furniture_shapes.tsv"
RULE = "line_shape"

_OPEN = "（([【《<「『“‘〔［"
_CLOSE = "）)]】》>」』”’〕］"
_SENTENCE_END = "。！？!?；;"
_SEPARATORS = "|丨/>»›·•_—-=~"
_CLASSES = ("cjk", "digit", "latin", "open", "close", "end", "other")
_DATE = re.compile(r"\d{2,4}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2})?")
_TIME = re.compile(r"\d{1,2}\s*[:：]\s*\d{2}")
_ID = re.compile(r"[0-9A-Za-z]{6,}")
_ENUMERATOR = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])"
)
_MONTH_DAY = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日")
_NAMES = re.compile(rf"^[{SURNAMES}][\u4e00-\u9fff]{{1,2}}(?:[ \u3000]+[{SURNAMES}][\u4e00-\u9fff]{{1,2}})*$")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_BODY_MIN = 2  # a line this long with 。！？ is the report's body (a page cut mid-list ends in a short one)
_LENGTHS = (4, 8, 15, 30, 60)
# The words of a meeting that the people rules read (召开, 主持, 讲话): a headline's, rarely furniture's.
_MEETING_WORDS = ("会", "會", "召开", "召開", "主持", "讲话", "講話", "发言", "發言", "强调", "強調")


def _char_class(ch: str) -> str:
    if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
        return "cjk"
    if ch.isdigit():
        return "digit"
    if (ch.isascii() and ch.isalpha()) or "Ａ" <= ch <= "ｚ":
        return "latin"
    if ch in _OPEN:
        return "open"
    if ch in _CLOSE:
        return "close"
    if ch in _SENTENCE_END:
        return "end"
    return "other"


def _own_features(line: str) -> list[float]:
    """Features of the line alone."""
    n = max(len(line), 1)
    classes = Counter(_char_class(ch) for ch in line if not ch.isspace())
    first = _char_class(line[0]) if line else "other"
    last = _char_class(line[-1]) if line else "other"
    return [
        math.log1p(len(line)) / 5,
        *(float(len(line) <= k) for k in _LENGTHS),
        classes["cjk"] / n,
        classes["digit"] / n,
        classes["latin"] / n,
        (classes["open"] + classes["close"] + classes["end"] + classes["other"]) / n,
        sum(ch.isspace() for ch in line) / n,
        *(float(first == c) for c in _CLASSES),
        *(float(last == c) for c in _CLASSES),
        float(any(ch in _OPEN for ch in line)),
        float(":" in line or "：" in line),
        float(any(ch in _SEPARATORS for ch in line)),
        float(_DATE.search(line) is not None),
        float(_TIME.search(line) is not None),
        float(_ID.search(line) is not None),
        float(line.endswith(tuple(_SENTENCE_END)) or line.endswith(("。”", "！”", "？”"))),
        float("。" in line),
        float("，" in line or "," in line),
        float(len(line.split()) >= 3),
        page_words_share(line),
        float(any(w in line for w in _MEETING_WORDS)),
        float(_ENUMERATOR.match(line) is not None),
    ]


_OWN = (
    "log_length",
    *(f"length_le_{k}" for k in _LENGTHS),
    "share_cjk",
    "share_digit",
    "share_latin",
    "share_marks",
    "share_space",
    *(f"first_{c}" for c in _CLASSES),
    *(f"last_{c}" for c in _CLASSES),
    "bracket",
    "colon",
    "separator",
    "date_shape",
    "time_shape",
    "id_shape",
    "ends_sentence",
    "full_stop",
    "comma",
    "three_fields",
    "page_words_share",
    "meeting_word",
    "enumerator",
)
_NEIGHBOUR = ("log_length", "ends_sentence", "date_shape", "colon", "page_words_share", "meeting_word")
_PLACE = ("rank_top", "rank_bottom", "first_three", "last_three", "before_body", "after_body", "repeats")
FEATURES: tuple[str, ...] = (
    *_OWN,
    *_PLACE,
    *(f"prev_{f}" for f in _NEIGHBOUR),
    *(f"next_{f}" for f in _NEIGHBOUR),
    "prev_none",
    "next_none",
)
_NEIGHBOUR_AT = tuple(_OWN.index(f) for f in _NEIGHBOUR)


def _is_body(line: str) -> bool:
    return len(line) >= _BODY_MIN and ("。" in line or "！" in line or "？" in line)


def _body_bounds(lines: Sequence[str]) -> tuple[int, int]:
    """Indexes of the first and last line of the body (len(lines), -1 when none)."""
    body = [i for i, line in enumerate(lines) if _is_body(line)]
    return (body[0], body[-1]) if body else (len(lines), -1)


def page_features(lines: Sequence[str], at: Sequence[int] | None = None) -> list[list[float]]:
    """The feature vectors (``FEATURES``) of the lines ``at`` of a page (every line when None), in
    that order. Only those lines and their neighbours are measured: a long page's margins are cheap."""
    n = len(lines)
    wanted = range(n) if at is None else at
    own: dict[int, list[float]] = {}

    def measured(i: int) -> list[float]:
        if i not in own:
            own[i] = _own_features(lines[i])
        return own[i]

    counts = Counter(lines)
    first, last = _body_bounds(lines)
    rows = []
    for i in wanted:
        place = [
            i / max(n - 1, 1),
            (n - 1 - i) / max(n - 1, 1),
            float(i < 3),
            float(n - 1 - i < 3),
            float(i < first),
            float(i > last),
            float(counts[lines[i]] > 1),
        ]
        prev = [measured(i - 1)[k] for k in _NEIGHBOUR_AT] if i else [0.0] * len(_NEIGHBOUR)
        after = [measured(i + 1)[k] for k in _NEIGHBOUR_AT] if i + 1 < n else [0.0] * len(_NEIGHBOUR)
        rows.append([*measured(i), *place, *prev, *after, float(i == 0), float(i + 1 == n)])
    return rows


def line_features(lines: Sequence[str], i: int) -> dict[str, float]:
    """The features of line ``i`` of a page, by name (for reading and tests)."""
    return dict(zip(FEATURES, page_features(lines)[i], strict=True))


@dataclass(frozen=True)
class ShapeJudge:
    """A logistic model over standardised features: P(furniture) = σ(bias + Σ w·(x − mean)/scale)."""

    features: tuple[str, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float

    def score(self, row: Sequence[float]) -> float:
        z = self.bias + sum(
            w * (x - m) / s for w, x, m, s in zip(self.weights, row, self.means, self.scales, strict=True)
        )
        return 1 / (1 + math.exp(-max(min(z, 40.0), -40.0)))


def load_judge(path: Path = SHAPES) -> ShapeJudge:
    """Read a weights file: ``# bias`` and ``# threshold`` lines, then feature, mean, scale, weight
    rows separated by tabs. Its features must be this module's ``FEATURES``, in order."""
    bias = threshold = None
    rows: list[tuple[str, float, float, float]] = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        parts = raw.split("\t")
        try:
            if raw.startswith("# bias\t"):
                bias = float(parts[1])
            elif raw.startswith("# threshold\t"):
                threshold = float(parts[1])
            elif raw.strip() and not raw.startswith("#"):
                rows.append((parts[0], float(parts[1]), float(parts[2]), float(parts[3])))
        except (IndexError, ValueError):
            raise ValueError(f"{path}: line {n} is not 'feature<TAB>mean<TAB>scale<TAB>weight'") from None
    names = tuple(r[0] for r in rows)
    if names != FEATURES:
        raise ValueError(f"{path}: its features are not this module's FEATURES (retrain the judge)")
    if bias is None or threshold is None:
        raise ValueError(f"{path}: a '# bias' or '# threshold' line is missing")
    return ShapeJudge(
        names, tuple(r[1] for r in rows), tuple(r[2] or 1.0 for r in rows), tuple(r[3] for r in rows), bias, threshold
    )


@lru_cache(maxsize=1)
def _shipped() -> ShapeJudge:
    return load_judge()


_SHIPPED = "shipped"
_JUDGE: ContextVar[ShapeJudge | str | None] = ContextVar("furniture_judge", default=_SHIPPED)


@contextmanager
def judged_by(judge: ShapeJudge | None) -> Iterator[None]:
    """Run ``clean`` with another judge (``None``: none) in this context: for training and the
    leave-one-batch-out check, which must read pages as the rules alone do."""
    token = _JUDGE.set(judge)
    try:
        yield
    finally:
        _JUDGE.reset(token)


def _active() -> ShapeJudge | None:
    judge = _JUDGE.get()
    return _shipped() if judge == _SHIPPED else judge  # type: ignore[return-value]


def _cjk(line: str) -> int:
    return sum("\u4e00" <= ch <= "\u9fff" for ch in line)


def margin_indices(lines: Sequence[str]) -> list[int]:
    """The lines the judge may cut: above the headline (the line above the body with the most CJK
    characters) and after the body's last line with a sentence mark. Never the headline and what
    stands between it and the body (byline, deck, the meeting's date: the readers of people, organs
    and dates need them), nor a list under a heading that ends in a colon, nor the lines
    ``_spared`` names."""
    first, last = _body_bounds(lines)
    if last < 0:
        return []  # no body: no margin is known
    headline = max(range(first), key=lambda i: _cjk(lines[i]), default=first)
    listed = False  # past a kept heading that opens a list (出席会议人员名单如下：)
    out = []
    for i in range(last + 1, len(lines)):
        listed = listed or lines[i - 1].endswith((":", "："))
        if not listed and not _spared(lines[i]):
            out.append(i)
    return [i for i in range(headline) if not _spared(lines[i])] + out


def _spared(line: str) -> bool:
    """A list item, a table's row, a line with a meeting's words, a year or a date of the month, or
    only names: what the readers of people, organs, dates and page kinds read (a caption 某某主持会议
    | 某某发言 names a speaker, 某市年鉴（2019） above the headline marks a yearbook)."""
    return (
        bool(_ENUMERATOR.match(line))
        or sum(line.count(bar) for bar in "|｜\t") >= 2
        or any(w in line for w in _MEETING_WORDS)
        or _MONTH_DAY.search(line) is not None
        or _YEAR.search(line) is not None
        or _NAMES.match(line) is not None
    )


def furniture_scores(lines: Sequence[str], judge: ShapeJudge) -> list[float]:
    """P(furniture) of every line of a page."""
    return [judge.score(row) for row in page_features(lines)]


def without_shaped_furniture(lines: list[str], removals: list[tuple[str, str]]) -> list[str]:
    """``lines`` without the margin lines the judge scores at or above its threshold; each one cut
    is appended to ``removals`` as ``line_shape``."""
    judge = _active()
    margins = margin_indices(lines) if judge is not None else []
    if not margins:
        return lines
    assert judge is not None
    rows = page_features(lines, margins)
    cut = {i for i, row in zip(margins, rows, strict=True) if judge.score(row) >= judge.threshold}
    removals.extend((RULE, lines[i]) for i in sorted(cut))
    return [line for i, line in enumerate(lines) if i not in cut] if cut else lines
