"""Publication figures and tables: provenance, the metric named, axes that show what they count,
and smoothing that never fills a period without meetings. Pure functions on the tiny warehouse."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import openpyxl
import pandas as pd
import pytest

from dashboard import queries
from dashboard.indexes import corpus as corpus_index
from dashboard.queries import Filters
from dashboard.rendering import axes, charts, exports, publication
from dashboard.storage.codebooks import codebook_in_force
from etl.io.warehouse import Warehouse

TODAY = dt.date(2026, 5, 4)


@pytest.fixture(scope="module")
def wh(tiny_wh):
    return Warehouse.open(tiny_wh)


@pytest.fixture(scope="module")
def corpus(wh):
    return corpus_index.load_corpus(wh)


def _about(wh, corpus, f: Filters, lang: str = "zh", metric: str | None = "per10k", window: int = 1):
    cb = codebook_in_force(wh)
    return publication.describe(
        wh, corpus, f, cb, title="主题趋势", metric=metric, lang=lang, window=window, today=TODAY
    )


def test_provenance_names_filters_meetings_version_codebook_and_date(wh, corpus) -> None:
    f = Filters(start=dt.date(2020, 1, 1), end=dt.date(2020, 12, 31), themes=("乡村振兴",))
    about = _about(wh, corpus, f, lang="en")
    assert about.n_meetings == 2  # r1 and r2; the undated r5 is out of a narrowed range
    assert about.version == wh.version
    assert about.codebook == wh.manifest["codebook"]["hashes"]["themes.csv"]
    assert dict(about.filters) == {
        "From": "2020-01-01",
        "To": "2020-12-31",
        "Granularity": "Year",
        "Themes": "Rural revitalisation",  # the English label, as the English page shows it
    }
    caption = "\n".join(about.caption())
    assert "Mentions per 10k characters = keyword hits" in caption
    assert "2 meetings" in caption and f"version {wh.version}" in caption and "2026-05-04" in caption
    fields = dict(about.fields())
    assert fields["meetings"] == "2" and fields["exported"] == "2026-05-04" and fields["title"] == "主题趋势"


def test_default_filters_are_said_as_such_and_a_window_joins_the_formula(wh, corpus) -> None:
    about = _about(wh, corpus, Filters(), window=3)
    assert about.filters == (("时间粒度", "年"),)
    assert "3 期移动平均" in about.formula and about.n_meetings == 5


def test_a_recounted_codebook_is_marked_in_the_provenance(wh, tiny_codebook) -> None:
    from etl.count.codebook import Codebook

    edited = codebook_in_force(wh, session=Codebook(tiny_codebook.themes[:2]))
    assert edited.recount
    assert publication.codebook_hash(wh, edited) == f"{edited.key} (session)"


def test_the_metric_names_its_column() -> None:
    frame = pd.DataFrame({"period": [1], "value": [0.5], "count": [3]})
    assert list(publication.named_metric(frame, "per10k").columns) == ["period", "per10k", "count"]
    assert list(publication.named_metric(frame, "per10k", 3).columns) == ["period", "per10k_ma3", "count"]
    assert list(publication.named_metric(frame, "count").columns) == ["period", "count"]  # value == count
    assert list(publication.named_metric(frame, "count", 2).columns) == ["period", "count_ma2", "count"]


def test_csv_and_xlsx_carry_the_provenance(wh, corpus) -> None:
    about = _about(wh, corpus, Filters(themes=("乡村振兴",)))
    frame = pd.DataFrame({"theme": ["乡村振兴"], "per10k": [1.5]})
    text = publication.table_csv(frame, about).decode("utf-8-sig")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert "# title: 主题趋势" in header and "# meetings: 5" in header
    assert f"# codebook_themes_sha256: {about.codebook}" in header
    back = pd.read_csv(io.StringIO(text), skiprows=len(header))
    assert list(back.columns) == ["theme", "per10k"] and back["per10k"].tolist() == [1.5]
    book = openpyxl.load_workbook(io.BytesIO(publication.table_xlsx(frame, about, "theme_trends")))
    assert book.sheetnames == ["theme_trends", "README"]
    readme = {row[0].value: row[1].value for row in book["README"].iter_rows(min_row=2)}
    assert readme["warehouse_version"] == str(wh.version) and readme["formula"].startswith("每万字提及次数 = ")


def test_a_view_zip_carries_the_provenance_too(wh, corpus) -> None:
    about = _about(wh, corpus, Filters())
    series = queries.theme_series(corpus, Filters(), ["乡村振兴"], "per10k")
    fig = charts.trend_chart(series, "theme", "per10k")
    chart = exports.ChartExport(
        "theme_trends", fig, series, tuple(about.fields()), lambda f: publication.figure(f, about)
    )
    with zipfile.ZipFile(io.BytesIO(exports.bundle_zip([chart], {}, "", images=False))) as archive:
        csv = archive.read("theme_trends.csv").decode("utf-8-sig")
        page = archive.read("theme_trends.html").decode("utf-8")
    assert csv.startswith("# title: 主题趋势")
    assert about.codebook in page  # the caption is in the figure written


def test_the_figure_gets_title_formula_and_provenance_with_room_for_them(wh, corpus) -> None:
    about = _about(wh, corpus, Filters())
    fig = charts.trend_chart(queries.theme_series(corpus, Filters(), ["乡村振兴"]), "theme", "per10k")
    out = publication.figure(fig, about)
    assert "主题趋势" in out.layout.title.text
    assert "该期所选文本字数" in out.layout.title.subtitle.text and about.codebook in out.layout.title.subtitle.text
    assert out.layout.title.automargin and out.layout.title.yref == "container"
    assert out.layout.xaxis.automargin and out.layout.yaxis.automargin
    assert fig.layout.title.text is None  # the chart given is not changed


def test_long_caption_lines_are_wrapped_to_the_width() -> None:
    text = "筛选：" + "、".join(["很长的一个主题名称"] * 30)
    lines = publication.wrap(text, 400)
    assert len(lines) > 1 and "".join(lines) == text
    assert all(axes.label_px(line) <= 400 for line in lines)


def test_smoothing_never_invents_a_value_for_a_period_without_meetings(corpus) -> None:
    f = Filters(granularity="month")
    series = queries.theme_series(corpus, f, ["乡村振兴"], "per10k", window=3)
    empty = series["n_meetings"] == 0
    assert empty.any() and series.loc[empty, "value"].isna().all()
    assert series.loc[~empty, "value"].notna().all()


def test_term_smoothing_leaves_empty_periods_empty_too(wh, corpus) -> None:
    f = Filters(granularity="month")
    counts = queries.term_counts(wh, corpus, f, ("乡村振兴",))
    series = queries.term_series(corpus, f, counts, ("乡村振兴",), "count", window=2)
    empty = series["n_meetings"] == 0
    assert empty.any() and series.loc[empty, "value"].isna().all()


@pytest.mark.parametrize(("top", "step"), [(0, 1), (2, 1), (7, 2), (30, 5), (95, 20), (1234, 500)])
def test_count_axes_tick_whole_numbers(top: float, step: int) -> None:
    axis = axes.count_axis(top)
    assert axis["dtick"] == step and axis["tickformat"] == ",d"


def test_trend_chart_counts_have_whole_number_ticks_and_named_axes(corpus) -> None:
    series = queries.theme_series(corpus, Filters(), ["乡村振兴", "安全生产"], "count")
    fig = charts.trend_chart(series, "theme", "count", axis_title="提及次数", n_label="会议数")
    assert fig.layout.yaxis.dtick == 1 and fig.layout.yaxis.tickformat == ",d"  # at most 4 hits a year
    assert fig.layout.yaxis2.dtick == 1 and fig.layout.yaxis2.tickformat == ",d"  # 2 meetings a year
    assert fig.layout.yaxis.title.text == "提及次数" and fig.layout.yaxis2.title.text == "会议数"
    stacked = charts.trend_chart(series, "theme", "count", stacked=True, axis_title="占全部主题提及的比例")
    assert stacked.layout.yaxis.tickformat == ".0%" and stacked.layout.yaxis.title.text == "占全部主题提及的比例"


def test_one_period_is_ticked_as_its_label_not_a_time_of_day(corpus) -> None:
    f = Filters(start=dt.date(2021, 1, 1), end=dt.date(2021, 12, 31))
    fig = charts.trend_chart(queries.theme_series(corpus, f, ["乡村振兴"]), "theme", "per10k")
    assert list(fig.layout.xaxis.ticktext) == ["2021"] and fig.layout.xaxis.tickmode == "array"


def test_many_periods_are_ticked_at_most_twelve_times() -> None:
    periods = list(pd.date_range("2016-01-01", periods=40, freq="QS"))
    labels = [f"{p.year}Q{(p.month - 1) // 3 + 1}" for p in periods]
    axis = axes.period_axis(periods, labels)
    assert 1 < len(axis["ticktext"]) <= 12 and axis["ticktext"][0] == "2016Q1"
    assert set(axis["ticktext"]) <= set(labels)


def test_long_names_turn_45_degrees_and_short_ones_only_if_needed() -> None:
    assert axes.category_axis(["Work style, discipline and anti-corruption"])["tickangle"] == 45
    assert "tickangle" not in axes.category_axis(["教育", "安全生产"])
    assert axes.category_axis(["教育"])["tickmode"] == "linear"  # every name shown


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2019-01-01", "2022-12-31", (None, None)),
        ("2020-03-05", "2021-09-15", (None, None)),
        ("2020-03-06", None, ("2020-03-06", None)),
        (None, "2021-09-14", (None, "2021-09-14")),
    ],
)
def test_a_bound_at_or_beyond_the_span_is_open(start, end, expected) -> None:
    from dashboard.queries.filters import open_edges

    def day(text):
        return dt.date.fromisoformat(text) if text else None

    span = (dt.date(2020, 3, 5), dt.date(2021, 9, 15))
    assert open_edges(day(start), day(end), span) == tuple(day(e) for e in expected)


def test_tenures_starting_on_any_day_are_ticked_across_the_axis() -> None:
    starts = [pd.Timestamp("2016-01-17") + pd.Timedelta(days=97 * i) for i in range(30)]
    labels = [f"{p:%Y-%m-%d} 某{i}" for i, p in enumerate(starts)]
    axis = axes.period_axis(starts, labels)
    shown = [pd.Timestamp(v) for v in axis["tickvals"]]
    assert 6 <= len(shown) <= 12 and set(axis["ticktext"]) <= set(labels)
    assert shown[0] == starts[0] and shown[-1] >= starts[-4]  # from the first tenure to the last ones


def test_long_spans_are_ticked_at_round_years() -> None:
    years = list(pd.date_range("1921-01-01", "2026-01-01", freq="YS"))
    axis = axes.period_axis(years, [str(p.year) for p in years])
    assert axis["ticktext"] == [str(y) for y in range(1930, 2030, 10)]  # decades, not 1921, 1930, 1939...
    months = list(pd.date_range("2016-01-01", periods=30, freq="MS"))
    axis = axes.period_axis(months, [f"{p:%Y-%m}" for p in months])
    assert axis["ticktext"][:3] == ["2016-01", "2016-04", "2016-07"]  # quarters of a year
