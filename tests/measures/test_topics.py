"""Topic discovery on a generated corpus with two planted topics: found, seeded and order-free."""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd
import pytest

from dashboard.measures.topics import (
    SpeechTerms,
    Topics,
    discover_topics,
    excluded_words,
    speech_terms,
    topic_examples,
    topic_table,
    topic_trend,
    uncovered_share,
)

SCHOOL = ("学校", "教师", "课程", "学生", "课堂")
ROADS = ("道路", "桥梁", "施工", "交通", "工程")


def corpus(seed: int = 7) -> dict[str, pd.DataFrame]:
    """40 one-speech meetings: even ones about schools (2020), odd ones about roads (2021); and a
    two pages that are not reports."""
    rng = random.Random(seed)
    meetings, terms, speeches = [], [], []
    for i in range(40):
        words = SCHOOL if i % 2 == 0 else ROADS
        mid = f"m{i:02d}"
        meetings.append((mid, dt.date(2020 + i % 2, 1 + i % 12, 1), "A区" if i < 20 else "B县", 100, True))
        speaker = "张三" if i % 2 == 0 else "李四"
        speeches.append((mid, 0, speaker, f"{speaker}说：" + "、".join(words)))
        for w in [*rng.sample(words, 3), "工作", "张三", "A区"]:
            terms.append((mid, 0, w, rng.randint(1, 4)))
    for mid in ("m98", "m99"):  # pages that are not reports: their terms are left out
        meetings.append((mid, dt.date(2021, 1, 1), "A区", 100, False))
        speeches.append((mid, 0, "张三", "公告"))
        terms += [(mid, 0, w, 5) for w in ("公告", "通知", "链接", "学校", "道路")]
    return {
        "meetings": pd.DataFrame(meetings, columns=["meeting_id", "date", "region", "n_chars", "is_report"]),
        "terms": pd.DataFrame(terms, columns=["meeting_id", "seq", "term", "count"]),
        "speeches": pd.DataFrame(speeches, columns=["meeting_id", "seq", "speaker", "text"]),
        "people": pd.DataFrame({"name": ["张三", "李四"]}),
    }


def fit(c: dict[str, pd.DataFrame], seed: int = 0) -> tuple[SpeechTerms, Topics]:
    exclude = excluded_words(c["meetings"], c["people"], c["speeches"])
    data = speech_terms(c["meetings"], c["terms"], exclude, speeches=c["speeches"], max_df=0.9, min_terms=3)
    return data, discover_topics(data, 2, seed=seed, n_words=5)


def test_names_places_and_too_common_terms_are_not_topic_words() -> None:
    c = corpus()
    data, _ = fit(c)
    assert "张三" not in data.terms and "A区" not in data.terms
    assert "工作" not in data.terms  # in every speech: above max_df
    assert set(data.terms) == set(SCHOOL) | set(ROADS)


def test_ordinals_and_short_speeches_are_left_out() -> None:
    c = corpus()
    extra = pd.DataFrame(
        [("m00", 0, "第三次", 1), ("m02", 0, "第十四届", 1), ("m01", 1, "道路", 1), ("m01", 1, "桥梁", 1)],
        columns=["meeting_id", "seq", "term", "count"],
    )
    data = speech_terms(c["meetings"], pd.concat([c["terms"], extra]), max_df=1.0, min_terms=3)
    assert "第三次" not in data.terms and "第十四届" not in data.terms
    assert ("m01", 1) not in set(data.speeches.itertuples(index=False, name=None))  # two terms only
    assert len(data.speeches) == 40


def test_the_planted_topics_are_found() -> None:
    _, topics = fit(corpus())
    groups = [set(topics.words[topics.words["topic"] == t]["word"]) for t in (0, 1)]
    assert sorted(map(sorted, groups)) == sorted([sorted(SCHOOL), sorted(ROADS)])
    school = 0 if groups[0] == set(SCHOOL) else 1
    assert (topics.speeches["topic"] == school).tolist() == [i % 2 == 0 for i in range(40)]


def test_same_input_and_seed_give_the_same_topics_whatever_the_row_order() -> None:
    c = corpus()
    _, first = fit(c)
    _, again = fit(c)
    shuffled = dict(c, terms=c["terms"].sample(frac=1, random_state=3), meetings=c["meetings"].iloc[::-1])
    _, reordered = fit(shuffled)
    pd.testing.assert_frame_equal(first.words, again.words)
    pd.testing.assert_frame_equal(first.words, reordered.words)
    pd.testing.assert_frame_equal(first.speeches, reordered.speeches)


def test_trend_examples_and_uncovered_share() -> None:
    c = corpus()
    _, topics = fit(c)
    school = int(topics.speeches.loc[topics.speeches["meeting_id"] == "m00", "topic"].iloc[0])
    trend = topic_trend(topics, c["meetings"], "year").set_index(["period", "topic"])
    assert trend.loc[("2020", school), "n_speeches"] == 20 and trend.loc[("2020", school), "share"] == 1.0
    assert trend.loc[("2021", school), "n_speeches"] == 0
    examples = topic_examples(topics, c["speeches"], n=2)
    assert examples.groupby("topic").size().tolist() == [2, 2]
    for row in examples.itertuples():
        assert row.words and all(w in row.text for w in row.words.split())  # the evidence is in the speech
    themes = pd.DataFrame({"meeting_id": [f"m{i:02d}" for i in range(0, 40, 2)], "seq": 0, "theme": "教育", "count": 1})
    share = uncovered_share(topics, themes).set_index("topic")["share_uncovered"]
    assert share[school] == 0.0 and share[1 - school] == 1.0
    table = topic_table(topics, themes)
    assert table.loc[table["topic"] == school, "words"].iloc[0].split() != []


def test_too_many_topics_are_refused_with_the_reason() -> None:
    c = corpus()
    data = speech_terms(c["meetings"], c["terms"], max_df=0.9, min_terms=3)
    with pytest.raises(ValueError, match="need at least as many speeches and terms"):
        discover_topics(data, 50)
    with pytest.raises(ValueError, match="at least 1"):
        discover_topics(data, 0)
