"""Query layer on the tiny warehouse; expected numbers come from the table in conftest.py."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd
import pytest

from dashboard import queries
from dashboard.indexes import corpus as corpus_index
from dashboard.queries import Filters
from dashboard.storage import tables
from etl.io.warehouse import Warehouse
from tests.dashboard.conftest import report_text

R1, R2, R3, R4, R5 = (len(report_text(f"r{i}.txt")) for i in range(1, 6))


@pytest.fixture(scope="module")
def wh(tiny_wh):
    return Warehouse.open(tiny_wh)


@pytest.fixture(scope="module")
def corpus(wh):
    return corpus_index.load_corpus(wh)


def test_overview_counts(corpus):
    stats = queries.overview(corpus, Filters())
    assert stats["meetings"] == 5
    assert stats["undated"] == 1
    assert stats["speakers"] == 3  # 张三 李四 王五; 会议 is the collective voice
    assert stats["mentions"] == 13
    assert stats["chars"] == R1 + R2 + R3 + R4 + R5
    assert stats["first"] == pd.Timestamp("2020-03-05")


def test_filters_select_meetings(corpus):
    assert queries.overview(corpus, Filters(regions=("白石县",)))["meetings"] == 1
    assert queries.overview(corpus, Filters(include_undated=False))["meetings"] == 4
    f = Filters(start=dt.date(2020, 6, 1), end=dt.date(2021, 3, 1), include_undated=False)
    assert queries.overview(corpus, f)["meetings"] == 2


def test_per10k_by_year(corpus):
    s = queries.theme_series(corpus, Filters(), ["乡村振兴", "生态环保"], "per10k").set_index(["label", "theme"])
    assert s.loc[("2020", "乡村振兴"), "value"] == pytest.approx(4 * 10_000 / (R1 + R2))
    assert s.loc[("2021", "生态环保"), "value"] == pytest.approx(2 * 10_000 / (R3 + R4))
    assert s.loc[("2020", "乡村振兴"), "n_meetings"] == 2


def test_other_metrics(corpus):
    f = Filters()
    share = queries.theme_series(corpus, f, ["乡村振兴"], "share_meetings").set_index("label")["value"]
    assert share["2020"] == 1.0 and share["2021"] == 0.5
    mentions = queries.theme_series(corpus, f, ["安全生产"], "share_mentions").set_index("label")["value"]
    assert mentions["2020"] == pytest.approx(2 / 8) and mentions["2021"] == pytest.approx(1 / 4)
    raw = queries.theme_series(corpus, f, ["教育"], "count")
    assert raw["value"].tolist() == [0.0, 0.0]  # a theme with no hits: zeros, not missing


def test_half_year_gaps_and_moving_average(corpus):
    s = queries.theme_series(corpus, Filters(granularity="quarter"), ["乡村振兴"], "count")
    assert s["label"].tolist() == ["2020Q1", "2020Q2", "2020Q3", "2020Q4", "2021Q1", "2021Q2", "2021Q3"]
    assert math.isnan(s.set_index("label").loc["2020Q2", "value"])  # no meeting: a gap, not a zero
    ma = queries.theme_series(corpus, Filters(granularity="half"), ["乡村振兴"], "count", window=2)
    assert ma["value"].tolist() == [3.0, 2.0, 0.5, 0.5]


def test_speaker_filter_counts_only_their_speeches(corpus):
    f = Filters(speakers=("张三",))
    s = queries.theme_series(corpus, f, ["乡村振兴", "安全生产"], "count").set_index(["label", "theme"])
    assert s.loc[("2020", "乡村振兴"), "value"] == 4
    assert s.loc[("2020", "安全生产"), "value"] == 0  # 李四's words
    units = queries.meeting_units(corpus, f)
    zhang = corpus.speeches[corpus.speeches["speaker"] == "张三"]
    assert units["chars"].sum() == zhang["n_chars"].sum()


def test_cooccurrence(corpus):
    m = queries.cooccurrence(corpus, Filters(), ["乡村振兴", "生态环保", "安全生产", "教育"])
    assert m.loc["乡村振兴", "生态环保"] == 2  # r2, r4
    assert m.loc["生态环保", "生态环保"] == 4
    assert m.loc["教育"].sum() == 0
    by_speech = queries.cooccurrence(corpus, Filters(), ["乡村振兴", "安全生产"], unit="speech")
    assert by_speech.loc["乡村振兴", "安全生产"] == 0  # r1: different speakers
    assert queries.jaccard(m).loc["乡村振兴", "生态环保"] == pytest.approx(2 / (3 + 4 - 2))


def test_recount_equals_etl(wh, corpus, tiny_codebook):
    recounted = (
        corpus_index.recount(wh, tiny_codebook).sort_values(["meeting_id", "seq", "theme"]).reset_index(drop=True)
    )
    stored = corpus.hits.sort_values(["meeting_id", "seq", "theme"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(recounted, stored, check_dtype=False)


def test_theme_hits_with_an_edited_codebook(wh, tiny_codebook):
    from etl.count.codebook import merge_keywords

    edited = merge_keywords(tiny_codebook, "教育", ["金山银山"])
    hits = queries.theme_hits(wh, Filters(), codebook=edited)
    assert hits.loc[hits["theme"] == "教育", "count"].sum() == 1


def test_speakers_roles_and_titles(corpus):
    table = queries.speaker_table(corpus, Filters()).set_index("speaker")
    assert table.loc["张三", "meetings"] == 3
    groups = queries.speaker_groups(corpus, Filters(), roles=queries.load_roles())
    by = groups.dropna(subset=["group"]).groupby("group")["speaker"].agg(set)
    assert by["书记"] == {"张三", "王五"} and by["省市县区长"] == {"李四"}  # 区委副书记、区长 is a 区长
    timeline = queries.title_timeline(corpus, ["李四"])
    assert timeline["title"].tolist() == ["区委副书记、区长", "区长"]
    prof = queries.profiles(corpus, queries.speaker_groups(corpus, Filters(), ["李四"]), ["安全生产"])
    li = corpus.speeches.query("speaker == '李四'")["n_chars"].sum()
    assert prof.iloc[0]["per10k"] == pytest.approx(3 * 10_000 / li)


def test_term_counts_substrings_and_composites(wh, corpus):
    counts = queries.term_counts(wh, corpus, Filters(), ["生态", "乡村振兴+脱贫攻坚", "不存在的词"])
    total = counts.groupby("term")["count"].sum()
    assert total["生态"] == 2  # 生态环境 in r2 and r4; a substring, not a token
    assert total["乡村振兴+脱贫攻坚"] == 5  # r1 2+1, r2 1, r4 1
    assert "不存在的词" not in total
    s = queries.term_series(corpus, Filters(), counts, ["乡村振兴+脱贫攻坚"], "count")
    assert s.set_index("label")["value"].to_dict() == {"2020": 4.0, "2021": 1.0}


def test_parse_terms():
    parsed = queries.parse_terms("乡村振兴，脱贫攻坚 + 扶贫, ,乡村振兴")
    assert [q.parts for q in parsed] == [("乡村振兴",), ("脱贫攻坚", "扶贫")]


def test_kwic_matches_counts(wh, corpus, tiny_codebook):
    lines = queries.kwic(wh, corpus, Filters(), theme="乡村振兴", codebook=tiny_codebook)
    assert len(lines) == 5  # the theme's total
    first = lines.iloc[0]
    assert first["keyword"] == "乡村振兴" and first["speaker"] == "张三"
    assert first["left"].endswith("要推进")
    one = queries.kwic(wh, corpus, Filters(), term="隐患", period=pd.Timestamp("2020-01-01"))
    assert one["keyword"].tolist() == ["隐患"] and one["right"].iloc[0].startswith("。")


def test_keyness_log_likelihood():
    # a=10 of 100 vs b=10 of 1000: E1 = 100*20/1100, E2 = 1000*20/1100
    g2 = queries.log_likelihood(np.array([10]), np.array([10]), 100, 1000)[0]
    e1, e2 = 100 * 20 / 1100, 1000 * 20 / 1100
    assert g2 == pytest.approx(2 * (10 * math.log(10 / e1) + 10 * math.log(10 / e2)))
    assert queries.log_likelihood(np.array([1]), np.array([100]), 100, 1000)[0] < 0


def test_keyness_of_a_speaker(wh, corpus):
    groups = queries.speaker_groups(corpus, Filters(), ["张三"])
    key = queries.keyness(wh, groups[["meeting_id", "seq", "group"]], min_count=2)
    assert set(key["group"]) == {"张三"}
    assert "区委书记" in set(key["word"])  # in each of his 3 speeches, nowhere else


def test_emerging_and_first_appearances(wh, corpus):
    rising = queries.emerging(wh, corpus, Filters(), pd.Timestamp("2021-01-01"), table="terms")
    assert "环境保护" in set(rising["word"])  # 2 in 2021, 0 in 2020
    first = queries.first_appearances(wh, corpus, Filters()).set_index("formula")
    assert first.loc["两个维护", "first_date"] == pd.Timestamp("2021-09-15")
    assert first.loc["四个意识", "title"] == "青禾区委常委会会议"


def test_meeting_list_search_and_reader(wh, corpus, tiny_codebook):
    listing = queries.meeting_list(corpus, Filters())
    assert listing["mentions"].sum() == 13 and listing.iloc[0]["date"] == pd.Timestamp("2021-09-15")
    ids = queries.search_meetings(wh, "两个维护")
    assert len(ids) == 1 and len(queries.meeting_list(corpus, Filters(), ids)) == 1
    mid = next(iter(ids))
    text, speeches = queries.meeting_text(wh, corpus, mid)
    assert text == report_text("r4.txt") and speeches["speaker"].tolist()[1] == "王五"
    assert [s[3] for s in queries.highlight_spans(text, tiny_codebook)] == ["乡村振兴", "生态环境"]


def test_empty_warehouse(tmp_path):
    wh = Warehouse.open(tmp_path / "none")
    c = corpus_index.load_corpus(wh)
    assert c.empty and queries.overview(c, Filters())["meetings"] == 0
    assert queries.theme_series(c, Filters(), ["x"]).empty
    assert queries.meeting_list(c, Filters()).empty


# --- per-version aggregates (hand counts in conftest.py) -------------------------------------


def test_meeting_theme_matrix_matches_hand_counts(corpus):
    agg = corpus.agg
    by_title = dict(
        zip(corpus.meetings["date"].dt.strftime("%Y-%m-%d").fillna("undated"), range(len(corpus.meetings)), strict=True)
    )
    col = {t: i for i, t in enumerate(agg.themes)}
    assert "教育" not in col  # no stored hit: no column, zeros when asked
    hand = {
        "2020-03-05": (3, 0, 2),
        "2020-07-10": (1, 2, 0),
        "2021-02-01": (0, 1, 1),
        "2021-09-15": (1, 1, 0),
        "undated": (0, 1, 0),
    }
    for date, counts in hand.items():
        row = agg.meeting_themes[by_title[date]]
        assert (row[col["乡村振兴"]], row[col["生态环保"]], row[col["安全生产"]]) == counts
    assert agg.speech_themes.sum() == agg.meeting_themes.sum() == 13
    assert agg.meeting_chars.sum() == corpus.speeches["n_chars"].sum()


def test_meeting_totals_with_a_speaker(corpus):
    idx, chars, mat = queries.meeting_totals(corpus, Filters(speakers=("张三",)))
    assert len(idx) == 3  # r1, r2, r5
    col = corpus.agg.themes.index("乡村振兴")
    assert mat[:, col].sum() == 4 and mat.sum() == 7  # 3 + 1 乡村振兴, 2 + 1 生态环保
    assert chars.sum() == corpus.speeches.loc[corpus.speeches["speaker"] == "张三", "n_chars"].sum()


def test_theme_totals_and_meeting_list_from_aggregates(corpus):
    totals = queries.theme_totals(corpus, Filters()).set_index("theme")
    assert totals.loc["乡村振兴"].tolist() == [5, 3]
    assert totals.loc["生态环保"].tolist() == [5, 4]
    assert "教育" not in totals.index
    listing = queries.meeting_list(corpus, Filters())
    assert sorted(listing["mentions"]) == [1, 2, 2, 3, 5]
    r1 = listing[listing["date"] == "2020-03-05"].iloc[0]
    assert (r1["mentions"], r1["top_theme"], r1["speakers"]) == (5, "乡村振兴", "张三、李四、会议")


def test_term_counts_are_per_speech_like_str_count(wh, corpus):
    counts = queries.term_counts(wh, corpus, Filters(speakers=("张三",)), ["乡村振兴", "绿水青山"])
    assert counts.groupby("term")["count"].sum().to_dict() == {"乡村振兴": 3, "绿水青山": 2}


def test_a_theme_sample_is_drawn_from_the_counted_hits_without_scanning_everything(wh, corpus, tiny_codebook) -> None:
    from dashboard import queries
    from etl.count.matching import ThemeCounter
    from etl.extract.text.textnorm import for_counting

    theme = "乡村振兴"
    counter = ThemeCounter(tiny_codebook)
    every = set()  # (meeting, start, keyword) of each hit the ETL counts, by a full scan per speech
    texts = dict(tables.iter_texts(wh))
    for sp in corpus.speeches.itertuples(index=False):
        part = for_counting(texts[sp.meeting_id])[sp.start : sp.start + sp.n_chars]
        every |= {(sp.meeting_id, sp.start + s, kw) for s, _, _, kw in counter.spans(part, theme)}
    assert len(every) >= 3
    everything = queries.sample_theme_hits(wh, corpus, tiny_codebook, theme, n=len(every) + 5)
    assert set(zip(everything["meeting_id"], everything["start"], everything["keyword"], strict=True)) == every
    assert (everything["hit"] == everything["keyword"]).all()
    some = queries.sample_theme_hits(wh, corpus, tiny_codebook, theme, n=2, seed=7)
    assert len(some) == 2 and some.equals(queries.sample_theme_hits(wh, corpus, tiny_codebook, theme, n=2, seed=7))
    assert set(zip(some["meeting_id"], some["start"], some["keyword"], strict=True)) <= every
    assert queries.sample_theme_hits(wh, corpus, tiny_codebook, "教育", n=5).empty


def test_term_series_counts_meetings_and_keeps_a_label_typed_twice(wh, corpus):
    terms = ["乡村振兴", "生态", "乡村振兴"]
    f = Filters(granularity="year")
    counts = queries.term_counts(wh, corpus, f, terms)
    s = queries.term_series(corpus, f, counts, terms, "share_meetings")
    assert list(s["term"][:3]) == terms  # period-major, in the order typed
    first, again = (s[s["term"] == "乡村振兴"].iloc[i::2] for i in (0, 1))
    assert first["value"].tolist() == again["value"].tolist()
    by_year = s[s["term"] == "生态"].drop_duplicates("label").set_index("label")
    eco = counts[counts["term"] == "生态"]
    assert by_year["meetings_with"].sum() == eco["meeting_id"].nunique() == 2
    assert by_year["count"].sum() == eco["count"].sum()


@pytest.mark.parametrize(
    ("theme", "keyword"),
    [("教育", "安全生产"), ("生态环保", "绿水青山就是"), ("乡村振兴", "乡村"), ("安全生产", "没有的词")],
)
def test_keyword_gain_is_a_full_recount_per_speech(wh, corpus, tiny_codebook, theme, keyword):
    from etl.count.codebook import merge_keywords
    from etl.count.matching import ThemeCounter
    from etl.extract.text.textnorm import for_counting

    def total(codebook):  # the definition: every speech of every report counted again
        counter, texts, n = ThemeCounter(codebook), dict(tables.iter_texts(wh)), 0
        for sp in corpus.speeches.itertuples(index=False):
            part = for_counting(texts[sp.meeting_id])[sp.start : sp.start + sp.n_chars]
            n += sum(c for (t, _kw), c in counter.count(part).items() if t == theme)
        return n

    gain = queries.keyword_gain(wh, corpus, tiny_codebook, theme, keyword)
    assert gain == {"before": total(tiny_codebook), "after": total(merge_keywords(tiny_codebook, theme, [keyword]))}


@pytest.mark.parametrize("limit", [1, 3, 10, 1000])
@pytest.mark.parametrize("who", [(), ("张三",)])
def test_word_frequencies_are_the_terms_table_summed(wh, corpus, limit, who):
    speeches = queries.speeches_for(corpus, Filters(speakers=who))
    got = queries.term_frequencies(wh, speeches, limit=limit, stopwords=["乡村振兴"])
    terms = wh.read("terms").to_pandas().merge(speeches[["meeting_id", "seq"]], on=["meeting_id", "seq"])
    want = terms[terms["term"] != "乡村振兴"].groupby("term")["count"].sum().reset_index()
    want = want.sort_values(["count", "term"], ascending=[False, True]).head(limit).reset_index(drop=True)
    assert len(got) and got.to_dict("list") == want.astype({"count": "int64"}).to_dict("list")
    assert "乡村振兴" not in set(got["term"])
