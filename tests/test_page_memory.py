"""A worker's memory stays flat in the number of pages it reads: no cache keeps a whole page.

``patterns.simplified`` caches short words (names, posts, places), which come back on every page; a
page handed to it stayed in its cache, so a worker held every page it read (the bench's 50 M
characters: a worker's largest resident set 288 -> 518 MiB). Pages go to ``simplified_page``.
"""

from __future__ import annotations

from etl.extract.people.people import read_people
from etl.extract.text import patterns

# Invented, in the shapes the two page-wide readers look at: a speech passed on (…的讲话精神) and a
# higher meeting followed at a branch venue (…我县在分会场收听收看…).
_PAGE = (
    "第{n}期。3月8日，全省安全生产电视电话会议召开，省长包青禾出席并讲话。我县在分会场收听收看了会议。"
    "会后，县委召开常委会会议，县委书记韦达明主持并讲话。会议传达学习了市委书记戚远山同志在全市干部大会上的讲话精神。"
    "韦达明强调，要压实责任，抓好落实。"
)


def test_reading_many_pages_adds_no_entry_per_page_to_the_word_cache() -> None:
    read_people(_PAGE.format(n=0))  # the names and posts of the shape, cached once
    before = patterns.simplified.cache_info().currsize
    readings = [read_people(_PAGE.format(n=n)) for n in range(1, 41)]
    grown = patterns.simplified.cache_info().currsize - before
    assert grown < 10, f"{grown} cache entries for 40 pages that differ only in their first words"
    assert {tuple(p.name for p in r.people if p.role == "speaker") for r in readings} == {("韦达明",)}


def test_a_page_is_simplified_as_its_words_are() -> None:
    page = "會議傳達學習了省委書記包青禾同志的講話精神。韋達明強調，要抓落實。"
    assert patterns.simplified_page(page) == "会议传达学习了省委书记包青禾同志的讲话精神。韦达明强调，要抓落实。"
    assert patterns.simplified_page(page) == patterns.simplified(page)
    assert patterns.simplified_page("") == ""
