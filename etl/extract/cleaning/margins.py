"""Site furniture known by where it stands: the page's head, before the report's first sentence,
and its footer, past the last one.

Before the body, a short line without a sentence mark whose characters are half page words
(``resources/page_words.tsv``) and which ends with one is a column label or a menu entry
(某某要闻, 信息正文, 内容导航:, 市政府网站): a title ends with the meeting's words (…常委会会议,
…工作会议), and a sub-headline has less than half page words.

A careful reader knows a footer line without knowing the site: it comes after the last line
that ends a sentence and sits next to other furniture (a removed line, or that last sentence
itself). There a weaker shape suffices than anywhere else on the page, because no report
sentence is left to cut; ``etl.extract.cleaning.clean`` asks these rules only there:

- names alone, one to four of them, bare or in brackets (某某 ⏎ 王某 李某某, (王某 李某): the
  editor or reporters whose label the site put on the line before, or left out);
- a short credit in brackets without a sentence mark or a digit, ending as a desk, a paper or a
  body does ((某某市纪委监委), (某某报), (宣传科); (会议纪要) is the report's own note);
- a menu bar of three or more short labels separated by spaces (政务公开 政务服务 互动交流);
- the site owner's name alone (某某市人民政府, 某县融媒体中心), as a footer prints it above the ICP line;
- an article's code alone, capitals and digits (QHRB0012);
- a widget half of whose characters are page words (``resources/page_words.tsv``: 最热评论,
  请输入验证码, 24小时新闻排行), where elsewhere every character must be one.

A line whose date stands below it as a list item (某某会议召开 ⏎ - 2025-04-25) is a link to
another article there, and the page's last line naming the kind of meeting its headline reports, in the
headline's order (县政府召开第七次常务会议 … ⏎ 县政府常务会议), is the column the site files the page under.

And once the report has begun, a recommendations header (新闻推荐, 相关阅读, 猜你喜欢), alone or with
the first link after its colon (相关报道:某县召开…会议 (2023-01-18 17:37:48)), opens the teasers of
other articles: every line after it to the page's end goes with it, when what follows is shorter
than the report before it (a header in the middle of a report leaves the report). There, too,
another article's title with its stamp in brackets at the end (某镇召开党委会议 (2022-12-02 09:10))
is a link of such a list, with or without its header; a speech's date line is written with 年月日.

Before the body, the menu bar's shape opened by the site's name (某某新闻网 新闻中心 某某城事) is the
page's breadcrumb spelled with spaces; without that name it may be a slogan sub-headline, and stays, unless it is
the page's first line and the breadcrumb follows it (打造某某平台 致力于某某事业 ⏎ 您现在的位置:首页 > …: the
site's slogan, as its name would stand there).

Report lines of the same shapes stay: names under a title or a speech's dash are a byline the
people reader needs (they stand before the last sentence), and a list of names after 名单如下:
follows a kept line, not furniture.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from etl.extract.cleaning.page_words import ends_with_page_word, is_page_words_line, page_words_share
from etl.extract.text.patterns import SURNAMES, compile_tc

__all__ = [
    "head_rule",
    "headline_keyword",
    "is_dated_link",
    "is_dated_title",
    "is_headline_column",
    "is_page_masthead",
    "is_recommendations_header",
    "margin_rule",
    "tag_cloud_length",
]

_MARGIN_MAX = 30  # a footer's line is short
# One to four names, each a surname and one or two characters, separated by spaces or 、; a
# two-character name may be padded with a space to the width of three (顾 某).
_FOOTER_NAME = rf"[{SURNAMES}](?:[\u4e00-\u9fff]{{1,2}}|[ \u3000][\u4e00-\u9fff](?![\u4e00-\u9fff]))"
_NAMES_ONLY = compile_tc(rf"^[（(]?{_FOOTER_NAME}(?:[ \u3000、]+{_FOOTER_NAME}){{0,3}}[）)]?$")
# A short credit in brackets, no sentence mark and no digit, ending as a desk, a paper or a body
# does ((某某市纪委监委), (某某报), (宣传科)); (会议纪要) is the report's own note.
_BRACKET_CREDIT = compile_tc(
    r"^[（(][^（()）。，,；;！？!?:：\d]{1,14}(?:委|办|局|报|中心|网|台|社|部|科|处|室|组|站|所|院|队|团|供稿|供图)[）)]$"
)
# A site owner's name alone, as a footer prints it above the ICP line (某某市人民政府, 某县人民政府办公室, 某区融媒体中心):
# past the last sentence nothing of the report is left to sign, and a meeting report is signed by no organ.
_SITE_OWNER = compile_tc(
    r"^(?:中共)?[\u4e00-\u9fff]{2,16}?(?:人民政府(?:办公室|办公厅|网|门户网站)?|政府(?:网|网站|门户网站)|门户网站|融媒体中心|新闻中心)$"
)
# A menu bar: three or more labels of two to eight characters separated by spaces.
_MENU_BAR = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:[ \u3000]+[\u4e00-\u9fff]{2,8}){2,}$")
# An e-paper's or a site's article code alone: capitals and digits (QHRB0012).
_ARTICLE_CODE = re.compile(r"^[A-Z]{2,8}\d{2,8}$")
# A footer widget half made of page words (最热评论, 请输入验证码, 24小时新闻排行): where the page words
# rule needs every character covered, past the report half of them suffice; a full stop, a
# semicolon or an enumeration comma makes the line a sentence.
_WIDGET_MAX, _WIDGET_SHARE = 20, 0.5
_WIDGET_STOP = re.compile(r"[。；;、]")
# Before the body: a column label or a menu entry half made of page words and ending with one
# (企业要闻, 信息正文, 内容导航:, 市政府网站); a title ends with the meeting's words, not a page's.
_HEAD_LABEL_MAX = 12  # a run of Latin words counts as one character (Latest News Center: an English caption)
_LATIN_WORD = re.compile(r"[A-Za-z]+(?:\s+[A-Za-z]+)*")
_SENTENCE_MARK = re.compile(r"[。，,；;！？!?、]")
_TAG_MAX = 4
_TAG = re.compile(r"^[\u4e00-\u9fff]+$")
_HEADLINE_MEETING = compile_tc(r"召开|举行|会议|[^社机]会$")
_LIST_BULLETS = ("-", "•", "·", "●", "*")
# A column named for a kind of meeting: its organ and the meeting's name (县政府常务会议, 区委常委会议).
_COLUMN_LABEL = compile_tc(r"^[\u4e00-\u9fff]{2,10}(?:会议|例会|办公会)$")
_COLUMN_LENGTHS = (5, 12)
# A header over the teasers of other articles.
_RECOMMENDATIONS = compile_tc(
    r"^[【\[]?\s*(?:新闻推荐|推荐新闻|相关新闻|相关阅读|推荐阅读|延伸阅读|相关推荐|热点新闻|热门推荐|精彩推荐|智能推荐|"
    r"为你推荐|猜你喜欢|往期回顾|往期推荐|相关文章|相关报道|相关稿件|更多新闻|热门文章|热点文章|"
    # any kind of pick a site offers under a report (视频推荐, 图片推荐, 专题推荐): a short word and 推荐
    r"[\u4e00-\u9fff]{1,4}推荐)\s*[】\]]?\s*[:：]?$"
)
_HEADER_MAX = 12
# The same header with the first teaser after its colon (相关报道:某县召开…会议 (2023-01-18 17:37)).
_RECOMMENDATIONS_LEAD = compile_tc(
    r"^[【\[]?\s*(?:相关新闻|相关阅读|相关文章|相关报道|相关稿件|相关链接|延伸阅读|推荐阅读|往期回顾|往期推荐)\s*[】\]]?\s*[:：]\s*\S"
)
# Once the report has begun, another article's title with its stamp in brackets at the end (某县召开…会议
# (2023-01-18 17:37:48), [2024-05-06]): a speech's date line is written with 年月日 and stands alone.
_DATED_TITLE = re.compile(
    r"^[^。；;！？!?]{4,70}?\s*[（(\[【]\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[）)\]】]$"
)
_DATED_TITLE_MAX = 90
# Before the body, a breadcrumb spelled with spaces that the site's name opens (某某新闻网 新闻中心 某某城事):
# the menu bar's shape, which a slogan sub-headline has too, with the site's name in front.
_SITE_CRUMB_HEAD = compile_tc(r"^[\u4e00-\u9fff]{2,8}(?:网|网站|门户)$")
# The page's first line as the site's name or brand (某某中心, 今日某某): short, no sentence, no meeting.
_MASTHEAD_MAX = 12
_SLOGAN_PARTS = 3  # a site's slogan above its breadcrumb: at most three short phrases
_CRUMB_WORDS = ("首页", "位置", "所在", "当前")  # 当前页面:… >> 某栏目, 当前栏目:…
# A keyword a spun page puts before its headline with an underscore, and again on a line of its own.
_KEYWORD_PREFIX = re.compile(r"^([\u4e00-\u9fff]{2,12})_(?=\S)")
# A keyword tag cloud at a post's end: five or more lines of one word each, every one a word of the post.
_CLOUD_WORD = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
_CLOUD_MIN = 5


def margin_rule(line: str) -> str | None:
    """The rule that makes ``line`` furniture when it stands past the report's last sentence,
    next to other furniture (see the module doc), or None."""
    if len(line) > _MARGIN_MAX:
        return None
    if _NAMES_ONLY.match(line) or _BRACKET_CREDIT.match(line):
        return "byline"
    if _MENU_BAR.match(line) or _SITE_OWNER.match(line):
        return "navigation"
    if line[:1].isascii() and _ARTICLE_CODE.match(line):
        return "navigation"
    if len(line) <= _WIDGET_MAX and not _WIDGET_STOP.search(line) and page_words_share(line) >= _WIDGET_SHARE:
        return "page_words"
    return None


def head_rule(line: str) -> str | None:
    """The rule that makes ``line`` furniture when it stands before the report's first sentence
    (see the module doc), or None."""
    if (
        len(_LATIN_WORD.sub("A", line)) <= _HEAD_LABEL_MAX
        and not _SENTENCE_MARK.search(line)
        and page_words_share(line) >= _WIDGET_SHARE
        and ends_with_page_word(line)
    ):
        return "page_words"
    if _MENU_BAR.match(line) and _SITE_CRUMB_HEAD.match(line.split()[0]):
        return "navigation"
    return None


def is_tag_of_headline(line: str, next_line: str) -> bool:
    """Before the report, a place or column tag of two to four characters alone on its line, which
    the headline below begins with (某州 ⏎ 某州市某县政协召开…会议): the section the page files it in."""
    return (
        2 <= len(line) <= _TAG_MAX
        and _TAG.match(line) is not None
        and len(next_line) > len(line) + _TAG_MAX
        and next_line.startswith(line)
        and _HEADLINE_MEETING.search(next_line) is not None
    )


def is_headline_column(line: str, headline: str) -> bool:
    """Past the report, the page's last line naming the kind of meeting its headline reports, its characters in
    the headline's order (县政府召开第七次常务会议 … ⏎ 县政府常务会议): the column the site files the page under. A
    section of a page cut off (会议要求, 二、组成人员) is no part of its headline."""
    if not _COLUMN_LENGTHS[0] <= len(line) <= _COLUMN_LENGTHS[1] or line == headline:
        return False
    if _COLUMN_LABEL.match(line) is None or _SENTENCE_MARK.search(headline):
        return False
    return _in_order(line, headline)


def _in_order(line: str, text: str) -> bool:
    """Every character of ``line`` stands in ``text``, in ``line``'s order (县政府常务会议 in 县政府召开第七次常务会议)."""
    rest = iter(text)
    return all(ch in rest for ch in line)


_TOP_COLUMN_MAX = 8
_NARRATES = compile_tc(r"召开|举行|开幕|闭幕")


def is_column_above_body(line: str, below: list[str]) -> bool:
    """The page's first line naming only the kind of meeting that the body's first sentence, right below, reports,
    its characters in that sentence's order (政府会议 ⏎ 某日，县长某某主持召开县人民政府第6次常务会议。): the column the
    site files the page under, with no headline (``below``: the line under it, if any). A headline narrates
    (某县召开常务会议) and stays."""
    if not 4 <= len(line) <= _TOP_COLUMN_MAX or _COLUMN_LABEL.match(line) is None or _NARRATES.search(line):
        return False
    first_sentence = below[0] if below else ""
    if "。" not in first_sentence:
        return False
    return _in_order(line, first_sentence[: first_sentence.index("。")])


def is_dated_link(next_line: str, next_rule: str | None) -> bool:
    """Past the report, a line whose date stands below it as a list item (某某会议召开 ⏎ - 2025-04-25)
    is a link to another article: a signature's date (某某办公室 ⏎ 2025年4月25日) has no bullet."""
    return next_rule == "date_banner" and next_line.startswith(_LIST_BULLETS)


def is_recommendations_header(line: str) -> bool:
    """``line`` heads a list of other articles' teasers (新闻推荐, 相关阅读:), alone or with the
    first teaser after its colon (相关报道:某县召开…会议 (2023-01-18))."""
    if len(line) <= _HEADER_MAX and _RECOMMENDATIONS.match(line) is not None:
        return True
    return _RECOMMENDATIONS_LEAD.match(line) is not None


def is_dated_title(line: str) -> bool:
    """Inside or after the report, another article's title with its stamp in brackets at the end
    (某县召开…会议 (2023-01-18 17:37:48)): a link of a related-articles list."""
    return (
        len(line) <= _DATED_TITLE_MAX and line.endswith((")", "）", "]", "】")) and _DATED_TITLE.match(line) is not None
    )


_CRUMB_REACH = 3  # the breadcrumb under a site's name, after two lines of furniture at most


def is_page_masthead(lines: list[str], rule_of: Callable[[str], str | None]) -> bool:
    """The page's first line (``lines[0]``) is the site's name or brand when it is short, makes no
    sentence and names no meeting, and the page's breadcrumb follows it (政讯通中心 ⏎ 当前所在:首页 > …; also
    its slogan, two or three short phrases between spaces: 打造某某平台 致力于某某事业 ⏎ 您现在的位置:首页 > …),
    or a headline and its publish strip (今日某某 ⏎ 某县召开…会议 ⏎ 来源:… 时间:…), perhaps after a page label and
    with the headline twice. ``rule_of``: the line
    rule, asked only of the lines after a first line of that shape."""
    if len(lines) < 2:
        return False
    first = lines[0]
    if _SENTENCE_MARK.search(first) or _HEADLINE_MEETING.search(first):
        return False
    if not _is_brand_or_slogan(first):
        return False
    if _crumb_below(lines[1 : 1 + _CRUMB_REACH], rule_of):
        return True
    return len(first) <= _MASTHEAD_MAX and _headline_and_strip(lines[1:], rule_of)


def _crumb_below(lines: list[str], rule_of: Callable[[str], str | None]) -> bool:
    """The page's breadcrumb opens ``lines``, or follows furniture of its own (a welcome banner, a menu bar:
    某某中心 ⏎ 欢迎来到某某网! ⏎ 当前所在:首页 > …)."""
    for line in lines:
        rule = rule_of(line)
        if rule == "navigation" and any(word in line for word in _CRUMB_WORDS):
            return True
        if rule is None:
            return False
    return False


def _is_brand_or_slogan(line: str) -> bool:
    """A site's name (short), or its slogan of two or three short phrases between spaces (打造某某平台 致力于某某事业),
    which only a breadcrumb below tells from a sub-headline."""
    if len(line) <= _MASTHEAD_MAX:
        return True
    parts = line.split()
    return 2 <= len(parts) <= _SLOGAN_PARTS and all(len(part) <= _MASTHEAD_MAX for part in parts)


def _headline_and_strip(lines: list[str], rule_of: Callable[[str], str | None]) -> bool:
    """A headline and its publish strip open ``lines``, perhaps after a page label (信息详情, 正文) and
    with the headline printed twice (某某政府 ⏎ 信息详情 ⏎ 某街道召开…会 ⏎ 某街道召开…会 ⏎ 发布时间:…)."""
    if lines and is_page_words_line(lines[0]):
        lines = lines[1:]
    if not lines or _HEADLINE_MEETING.search(lines[0]) is None:
        return False
    rest = lines[2:] if len(lines) > 1 and lines[1] == lines[0] else lines[1:]
    return bool(rest) and rule_of(rest[0]) == "meta_strip"


def headline_keyword(first_line: str, lines: set[str]) -> str | None:
    """A keyword joined before the headline by an underscore that the page also prints on a line of
    its own (某某词_某市成立…指挥部 ⏎ … ⏎ 某某词): a spun page's search bait, not the report's."""
    m = _KEYWORD_PREFIX.match(first_line)
    return m.group(1) if m and m.group(1) in lines else None


def tag_cloud_length(lines: list[str]) -> int:
    """How many of the page's last lines make a keyword tag cloud (0 when they do not): five or more
    lines of one word each (二十大 ⏎ 党支部 ⏎ 领学 …), every word found in the text before them."""
    n = 0
    while n < len(lines) and _CLOUD_WORD.match(lines[len(lines) - 1 - n]):
        n += 1
    if n < _CLOUD_MIN:
        return 0
    before = "\n".join(lines[: len(lines) - n])
    return n if all(word in before for word in lines[len(lines) - n :]) else 0
