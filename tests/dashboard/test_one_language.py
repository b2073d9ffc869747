"""One language at a time: every page in Chinese and in English shows its table headers in that
language only, and no raw empty value (None, nan, NaT) or time of day (00:00:00) anywhere.

The forbidden strings are derived, not listed: the other language's column labels in
``strings.toml`` (``col_*``) and the raw column names those labels stand for.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.app import PAGES
from dashboard.rendering.i18n import STRINGS
from dashboard.rendering.tables import LABEL_PREFIX, display_frame
from etl.io.warehouse import Warehouse
from tests.conftest import CODEBOOK

COLUMN_KEYS = {k: v for k, v in STRINGS.items() if k.startswith(LABEL_PREFIX)}
RAW_NAMES = {k.removeprefix(LABEL_PREFIX) for k in COLUMN_KEYS}
ZH_LABELS = {zh for zh, _ in COLUMN_KEYS.values()}
EN_LABELS = {en for _, en in COLUMN_KEYS.values()}
FORBIDDEN_HEADERS = {
    "zh": (EN_LABELS - ZH_LABELS) | (RAW_NAMES - ZH_LABELS),
    "en": (ZH_LABELS - EN_LABELS) | (RAW_NAMES - EN_LABELS),
}
RAW_EMPTY = re.compile(r"\b(?:None|nan|NaN|NaT)\b|00:00:00")


@pytest.fixture
def env(monkeypatch, tiny_root):
    monkeypatch.setenv("POLICY_THEMES_WAREHOUSE", str(tiny_root / "wh"))
    monkeypatch.setenv("POLICY_THEMES_CODEBOOK", str(tiny_root / "codebook"))


def _params(page: str, tiny_wh) -> dict[str, str]:
    """URL parameters that make the page draw as many of its tables as it can."""
    if page == "meetings":  # the list and the reader of an undated meeting (empty values)
        meetings = Warehouse.open(tiny_wh).read("meetings", ["meeting_id", "date"]).to_pandas()
        return {"meeting": str(meetings.loc[meetings["date"].isna(), "meeting_id"].iloc[0])}
    if page in ("emerging", "speakers"):
        return {"gran": "year"}
    if page == "topics":  # a copied URL of a fitted view fits again: its tables
        return {"fit": "1", "k": "2"}
    return {}


def _run(page: str, lang: str, tiny_wh) -> AppTest:
    at = AppTest.from_string(f"from dashboard.app import main\nmain(only={page!r})", default_timeout=60)
    for key, value in {**_params(page, tiny_wh), **({"lang": "en"} if lang == "en" else {})}.items():
        at.query_params[key] = value
    if page == "codebook":  # a keyword tried out: its KWIC table too
        at.session_state["cb-try-keyword"] = "乡村振兴"
    if page == "meetings":
        at.session_state["mt_removed"] = True
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _headers(element) -> list[str]:
    """The headers a table shows: a column's configured label, else its name; hidden ones left out."""
    config = json.loads(element.proto.columns or "{}")
    out = []
    for name in element.value.columns:
        conf = config.get(str(name), {})
        if not conf.get("hidden"):
            out.append(conf.get("label", str(name)))
    return out


def _texts(at: AppTest) -> Iterator[str]:
    for kind in ("title", "subheader", "header", "caption", "markdown", "info", "warning", "error", "success"):
        for element in getattr(at, kind):
            yield str(element.value)
    for metric in at.metric:
        yield str(metric.label)
        yield str(metric.value)
    for widget in (*at.radio, *at.selectbox, *at.multiselect):
        yield str(widget.label)
        yield from (str(o) for o in widget.options)
    for html in at.get("html"):
        yield html.proto.body


def _cells(frame: pd.DataFrame) -> Iterator[object]:
    for column in frame.columns:
        yield from frame[column].tolist()


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_a_page_speaks_one_language(env, tiny_wh, page, lang, request, monkeypatch):
    if page == "topics":  # topics need more speeches than the tiny warehouse has
        root = request.getfixturevalue("topics_root")
        monkeypatch.setenv("POLICY_THEMES_WAREHOUSE", str(root / "wh"))
        monkeypatch.setenv("POLICY_THEMES_CODEBOOK", str(CODEBOOK))
    at = _run(page, lang, tiny_wh)
    tables = list(at.dataframe)
    assert tables or page in ("themes", "terms", "cooccurrence", "wordclouds"), "a page with tables shows them"
    for element in tables:
        headers = _headers(element)
        assert not set(headers) & FORBIDDEN_HEADERS[lang], (page, lang, headers)
        for cell in _cells(element.value):
            if isinstance(cell, str):
                assert not RAW_EMPTY.search(cell), (page, lang, cell)
            else:
                assert not pd.isna(cell), (page, lang, headers)  # an empty cell shows the empty mark
    for text in _texts(at):
        assert not RAW_EMPTY.search(text), (page, lang, text)


def test_the_table_frame_marks_empty_values_and_writes_dates_as_known():
    frame = pd.DataFrame(
        {
            "date": pd.to_datetime(["2020-07-10", None, "2021-01-01"]),
            "date_precision": ["day", None, "year"],
            "speaker": ["张三", None, ""],
            "n_chars": [1.0, float("nan"), 3.0],
        }
    )
    zh = display_frame(frame, "zh")
    assert list(zh.columns) == [STRINGS[f"col_{c}"][0] for c in ("date", "speaker", "n_chars")]
    assert zh.iloc[:, 0].tolist() == ["2020-07-10", "—", "2021"]
    assert zh.iloc[:, 1].tolist() == ["张三", "—", "—"]
    assert zh.iloc[:, 2].tolist() == ["1", "—", "3"]
    en = display_frame(frame, "en", labels={"speaker": "post"})
    assert list(en.columns) == ["Date", STRINGS["col_post"][1], "Characters"]
    assert frame["speaker"].isna().tolist() == [False, True, False]  # the input is not changed


def test_coded_values_show_in_the_page_language():
    from etl.contract import schema

    stages = [
        s.strip()
        for table in (schema.ERRORS, schema.WARNINGS)
        for s in next(c for c in table.columns if c.name == "stage").description.split("|")
    ]
    frame = pd.DataFrame(
        {"stage": [*stages, "unknown"], "status": ["added", "refused", "skipped", *[None] * (len(stages) - 2)]}
    )
    for lang, index in (("zh", 0), ("en", 1)):
        shown = display_frame(frame, lang, coded=("stage", "status"))
        assert shown.iloc[:, 0].tolist() == [STRINGS[f"stage_{s}"][index] for s in stages] + ["unknown"]
        assert shown.iloc[:3, 1].tolist() == [STRINGS[f"status_{s}"][index] for s in ("added", "refused", "skipped")]
        assert set(shown.iloc[3:, 1]) == {"—"}


def test_the_meeting_list_names_themes_in_the_page_language(env, tiny_wh):
    from tests.dashboard.conftest import THEMES_CSV

    english = dict(line.split(",")[:2] for line in THEMES_CSV.strip().splitlines()[1:])
    for lang, names in (("zh", set(english)), ("en", set(english.values()))):
        at = _run("meetings", lang, tiny_wh)
        listing = next(d.value for d in at.dataframe if STRINGS["col_top_theme"][lang == "en"] in d.value.columns)
        shown = set(listing[STRINGS["col_top_theme"][lang == "en"]]) - {"—"}
        assert shown and shown <= names, (lang, shown)


def test_the_panel_heads_its_theme_columns_in_the_page_language(env, tiny_wh):
    from tests.dashboard.conftest import THEMES_CSV

    english = dict(line.split(",")[:2] for line in THEMES_CSV.strip().splitlines()[1:])
    per10k = {lang: STRINGS["col_per10k"][lang == "en"] for lang in ("zh", "en")}
    for lang, names in (("zh", set(english)), ("en", set(english.values()))):
        at = _run("panel", lang, tiny_wh)
        headers = {h for d in at.dataframe for h in d.value.columns if str(h).endswith(f" · {per10k[lang]}")}
        themes = {h.removesuffix(f" · {per10k[lang]}") for h in headers}
        assert themes and themes <= names, (lang, themes)
