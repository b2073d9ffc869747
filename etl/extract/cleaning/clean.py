"""Remove site and WeChat boilerplate and bylines, keeping the report's own text.

Every removal is recorded with the rule that made it (``Cleaned.removals``), so a user can
audit what was taken out. The rules, in order:

- ``pinyin_tag``: conversion tags after characters (區(qū), 發(fā)) are cut first;
- ``evidence``: paragraphs or lines that repeat across many documents of one input, site or
  folder (counted over the corpus by ``etl.extract.cleaning.evidence``; passed in as ``boilerplate``);
- ``rights``: licence and rights statements (本作品…公有领域, 版权均属…, 转载请注明…);
- line shapes, each a rule of its own: ``navigation``, ``meta_strip`` (publish, source, author,
  editor and view-count fields in any order and with any prefix), ``date_banner``, ``widget``
  (share, comment, font and print tools), ``image`` (file names, photo captions), ``byline``,
  and the furniture families of ``etl.extract.cleaning.furniture`` (e-paper strips, sponsor and contact
  footers, breadcrumbs and the column labels they name, the site's lines about itself); a forum's
  jammer runs go first, as ``spam``;
- ``page_words``: a short line made only of the words web pages use about themselves
  (``etl/extract/cleaning/resources/page_words.tsv``: 热门推荐, 还没有账号?, 点阅率:35), after every other
  line rule, so their names stay;
- ``byline_fragment``: a dateline or byline at the start of a line (本报讯(记者 X),
  X融媒体中心2月29日讯(记者:…)) or at its end ((A B), （编辑 X）);
- ``spam``: brand strings that hijacked mirrors inject into sentences.
- ``line_shape``: last, a margin line of furniture's shape, as a small model learned from the
  annotated sets judges it (``etl.extract.cleaning.line_shapes``, one call at the end).

A line is dropped only when it is boilerplate as a whole; a sentence that merely mentions 编辑
or 来源 stays, because it is not built like a byline. The publication date is taken from a
removed publish strip or date banner.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from etl.contract.model import Cleaned
from etl.extract.cleaning.brands import betting_brands, without_brands
from etl.extract.cleaning.captions import speaker_captions
from etl.extract.cleaning.credit_lines import cut_credit_marks, head_credit_lines, truncated_lines
from etl.extract.cleaning.fragment_cuts import cut_fragments
from etl.extract.cleaning.furniture import (
    breadcrumb_labels,
    glued_jammer_tokens,
    headline_tag,
    headline_tags,
    is_breadcrumb_label,
    is_catalogue_label,
    is_catalogue_value,
    lines_without_glued_jammers,
    lines_without_injected_symbols,
    lines_without_jammers,
    may_have_injected_symbols,
)
from etl.extract.cleaning.line_rules import (
    BULLETS,
    CLOCK_TEXT,
    DATE_TEXT,
    FORUM_PROFILE,
    PERSON_NAME,
    is_account_card,
    is_rights_box,
    line_rule,
    publish_date,
)
from etl.extract.cleaning.line_shapes import without_shaped_furniture
from etl.extract.cleaning.margins import (
    head_rule,
    headline_keyword,
    is_column_above_body,
    is_dated_link,
    is_dated_title,
    is_headline_column,
    is_page_masthead,
    is_recommendations_header,
    is_tag_of_headline,
    margin_rule,
    tag_cloud_length,
)
from etl.extract.cleaning.page_words import is_page_words_line
from etl.extract.text.paragraphs import (
    HTML_TAG,
    PINYIN_TAG,
    Keyed,
    has_pinyin_tags,
    keyed_spans,
    normalised,
    paragraph_spans,
    toneless_tags,
)
from etl.extract.text.patterns import SURNAMES, compile_tc

__all__ = ["clean"]

_PROFILE_VALUE_MAX = 20  # a forum profile field's value, on the line after its label (FORUM_PROFILE)
# A forum profile's count printed before its label (4798 ⏎ 主题, 1万 ⏎ 积分).
_PROFILE_COUNT = re.compile(r"^\d{1,7}(?:\.\d{1,2})?\s*[万千kKwW]?$")
_DIGITS = tuple("0123456789")  # a line ending in one may end in a labelled publication date
# A labelled publication date after a title on its line: 某县召开…会议 发布日期:2015-06-18.
_PUBLISH_TAIL = compile_tc(
    rf"\s+(?:发布时间|发布日期|发表时间|发表日期|发稿时间)\s*[:：]\s*({DATE_TEXT})(?:\s*{CLOCK_TEXT})?$"
)
# A headline with its strip glued on: a full date, then a source or an author after its colon
# (某某会议 2025-03-18 来源:某某区人民政府, … 2023年06月02日 | 作者:某某).
_SOURCED_TAIL = compile_tc(
    rf"\s+({DATE_TEXT})(?:\s*{CLOCK_TEXT})?\s*[|丨]?\s*(?:信息|文章)?(?:来源|作者)\s*[:：]\s*[^\s。，,；;！？!?]{{1,30}}$"
)
_MONTH_DAY = re.compile(r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日")  # a dateline's date, with its year


# A newspaper's or station's name on a line of its own above the date or byline: 某某日报.
_MASTHEAD = compile_tc(
    r"^[\u4e00-\u9fff]{2,10}(?:日报|晚报|时报|商报|新闻网|融媒体中心|广播电视台|电视台|"
    r"(?<![汇通简情预申上呈快举捷公电警画周月年季])报)$"
)
# A site's name on a line of its own (某某党建网, 某某政务网), above the page's breadcrumb.
_SITE_NAME = compile_tc(r"^[\u4e00-\u9fff]{2,10}网$")
# A photo caption inside the body: a name (and a post) with the verb of the picture, 王某讲话.
_NAME_CAPTION = compile_tc(
    rf"^{PERSON_NAME}[\u4e00-\u9fff]{{0,6}}?(?:主持会议|主持并讲话|主持|讲话|发言|致辞|作报告|作辅导报告)$"
)
_CAPTION_MAX = 16
# A site's platform or service name on a line of its own after the report's last sentence (a
# footer: 某某融媒体平台, 某某舆情中心, 某某客户端, a government account's sign-off 某某发布): before it, such a
# line may be a sub-headline.
_PLATFORM = compile_tc(r"^[^\s，。,；;：:！？!?、（()）]{2,14}(?:平台|中心|服务|客户端|APP|发布)$", re.IGNORECASE)
_PLATFORM_MAX = 16
# A site's column label after the report's last sentence: 24小时新闻排行, 推荐文章, 原创视频, 专题推荐.
_COLUMN_LABEL = compile_tc(
    r"^[^\s，。,；;：:！？!?、（()）]{0,8}(?:排行|排行榜|推荐|文章|视频|专题|热点|热门|图片|图集|新闻)$"
)
_COLUMN_MAX = 12
# A photo's scene inside the body: who is where doing what, with no punctuation (某某在小组参加讨论).
_SCENE_CAPTION = compile_tc(
    r"^[^，。；：:！？、,;!?]{2,20}在[^，。；：:！？、,;!?]{1,10}?(?:讨论|发言|讲话|审议|座谈|交流|调研|察看|参观)$"
)
_SCENE_MAX = 30
# A meeting's headline inside the body, no mark in it (某委员会召开全体会议): the page's title printed again where
# an image stood or under the report, not a sentence of it.
_MEETING_HEADLINE = compile_tc(
    r"^[^\s，,。；;：:！？!?“”、]{2,30}?(?:召开|举行)(?:[^\s，,。；;：:！？!?“”、]{0,24}?会议?)?$"
)
_HEADLINE_MAX = 40
# A photo's caption with its credit in brackets, no sentence mark before it (某某会议召开(某某电视台 供图)): a
# sentence of the report ends before its credit.
_CREDITED_CAPTION = compile_tc(r"^[^。，,；;！？!?]{4,60}[（(][^（()）。，,]{0,16}?\s*(?:供图|摄|摄影)[）)]$")
# A caption opened by 图为 and closed by its credit (图为…揭牌。某某网发, 图为…。某某 摄), at any length.
_CREDITED_SCENE = compile_tc(
    r"^图为[^\n]{4,150}?[。\s](?:[^\s。，,]{2,10}(?:网|社|报|台)发|[^\s。，,]{0,12}\s?摄|供图)$"
)
# A reporter's or editor's label past the report's last sentence whose names the page lost: 某某融媒全媒体特派记者.
_EMPTY_CREDIT = compile_tc(r"^[^\s，。,；;：:！？!?、]{0,14}(?:记者|通讯员|摄影|责任编辑)$")
_EMPTY_CREDIT_MAX = 20
# A caption under a picture's file name: one short sentence, no comma, no verb of the people readers, not the
# meeting's own voice (会议听取了…, 会上…, 与会人员…) and not the report's last sentence.
_FILE_CAPTION = compile_tc(r"^(?!会|与会|大家|全体)[^，,；;：:！？!?。]{6,40}。$")
_PEOPLE_VERBS = compile_tc(r"主持|讲话|指出|强调|要求|表示|发言|出席|参加|召开|举行|通过")
_FILE_NAME = re.compile(r"\.(?:jpe?g|png|gif|bmp|webp)[)）]?$", re.IGNORECASE)  # a picture's file name ends so
_CAPTION_STOP = re.compile(r"[。，,；;！？!?:：]")  # a line after ▲ with one of these is a sentence or a question
_VALUE_MAX = 20  # the value of a field whose label stood alone on the line before
_SENTENCE_MARK = re.compile(r"[。，,；;！？!?]")
# A dateline a flattened page kept after a sentence's end and spaces (…专项小组。 某某网3月3日讯 (记者 某某)今天…, …。
# 某社北京3月5日电 …): the page's paragraph break, so the dateline starts a line of its own, where it is cut.
# The space first and the stop behind it (not (?<=[。！？]) first): a class to skip to, the same matches.
_FLATTENED_DATELINE = compile_tc(
    r"[ \u3000\u00a0](?<=[。！？][ \u3000\u00a0])[ \u3000\u00a0]*"
    r"(?=[^\s，,。；：:（()）“”]{0,24}?(?:[讯訊](?![员員])\s*[（(]|\d{1,2}\s*月\s*\d{1,2}\s*日[电電]))"
)
_REPEATS = 3  # a short line that a page repeats this often is an injected link or tag
_REPEAT_MIN, _REPEAT_MAX = 6, 60
# A line that makes no sentence, printed twice once the report has begun (某区召开…会议 under two photos):
# the second copy of a caption; before the body, the first copy is the headline and stays.
_CAPTION_REPEATS, _CAPTION_REPEAT_MIN = 2, 10
_ACCOUNT_NAME_MAX = 16  # a WeChat account's name, above the card that describes it
_LONE_NUMBER_MAX = 3  # a number alone on its line, no longer than a page's or a picture's number
_EXCERPT_MARKS = ("…", "”\n", "摘要", "导读", "導讀")  # what a page with an excerpt of its own text has
# Reporters' or photographers' bare names glued after the report's last full stop (…篇章。甲某 乙某某), also
# after a quote that closes a sentence (…。”甲某); not a word after a quoted word (…“民需”方向: a cut excerpt).
_CLOSING_NAMES = compile_tc(
    rf"(?:(?<=[。！？!?])|(?<=[。！？!?]”))\s*[{SURNAMES}][\u4e00-\u9fff]{{1,2}}(?:[ \u3000]+[{SURNAMES}][\u4e00-\u9fff]{{1,2}}){{0,3}}$"
)
# The name line of a delivered speech, spaced to a width (习　近　平), under its dash or date line.
_SPACED_NAME = compile_tc(rf"^[{SURNAMES}](?:[ \u3000]+[\u4e00-\u9fff]){{1,3}}$")
_SPEECH_HEAD = re.compile(r"^(?:[—-]{1,2}.+|[（(]\s*\d{4}\s*年[^）)]{1,12}日\s*[）)])$")
_CONTINUES = "。，、；：,;:！？!?）)”’》"
_SENTENCE_ENDS = ("。", "！", "？", "!", "?", "”", "。）", "。)")  # a line followed by one of these ends mid-sentence
_OPEN_CLAUSE = "的和与及、，,（(“《"  # a line after one of these starts mid-sentence
_CRUMB_PARAGRAPHS = 12  # a page's breadcrumb is near its top
_MASTHEAD_HEAD = 5  # the lines a masthead is judged by: itself, a page label, a headline twice, a strip


def _repeated(paragraphs: list[str]) -> tuple[set[str], set[str]]:
    """Short lines the page itself repeats: three times (a recommended-article link between paragraphs), and
    twice when the line makes no sentence (a photo's caption under two pictures, the headline's words)."""
    counts: dict[str, int] = {}
    for para in paragraphs:
        for raw in para.split("\n"):
            line = raw.strip()
            if _REPEAT_MIN <= len(line) <= _REPEAT_MAX:
                counts[line] = counts.get(line, 0) + 1
    links = {line for line, n in counts.items() if n >= _REPEATS}
    captions = {
        line
        for line, n in counts.items()
        if n == _CAPTION_REPEATS and len(line) >= _CAPTION_REPEAT_MIN and not _SENTENCE_MARK.search(line)
    }
    return links, captions


def _context_rule(
    line: str, next_rule: str | None, in_body: bool, after_label: bool = False, after_body: bool = False
) -> str | None:
    """Rules that need the lines around: a masthead above a date or byline, a caption of a
    name and a verb once the body has begun (before it, such a line is a sub-headline), the
    value of a field whose label stands alone on the line before (来源： / 某某乡党政办, and past
    the last sentence 责任编辑： / 某某), a platform's name after the report's last sentence, a meeting's
    headline printed again inside the body."""
    if after_body and len(line) <= _PLATFORM_MAX and _PLATFORM.match(line):
        return "navigation"
    if after_body and len(line) <= _COLUMN_MAX and _COLUMN_LABEL.match(line):
        return "navigation"
    if after_body and len(line) <= _EMPTY_CREDIT_MAX and _EMPTY_CREDIT.match(line):
        return "byline"
    if in_body and line.endswith((")", "）")) and _CREDITED_CAPTION.match(line):
        return "image"
    if line.startswith(("图为", "圖為")) and _CREDITED_SCENE.match(line):
        return "image"
    if after_label and (after_body or not in_body) and len(line) <= _VALUE_MAX and not _SENTENCE_MARK.search(line):
        return "meta_strip"
    if next_rule in ("date_banner", "byline", "meta_strip") and _MASTHEAD.match(line):
        return "navigation"
    if not in_body and next_rule == "navigation" and _SITE_NAME.match(line):
        return "navigation"  # the site's name above its breadcrumb: 某某党建网 ⏎ 您当前的位置 >> 首页
    if in_body and len(line) <= _CAPTION_MAX and _NAME_CAPTION.match(line):
        return "image"
    if in_body and len(line) <= _SCENE_MAX and "在" in line and _SCENE_CAPTION.match(line):
        return "image"
    if in_body and line.startswith(("▲", "△")) and len(line) <= _SCENE_MAX and not _CAPTION_STOP.search(line):
        return "image"  # ▲ points at the photo above: ▲某市政协副主席某某
    if in_body and len(line) <= _HEADLINE_MAX and _MEETING_HEADLINE.match(line):
        return "navigation"  # the page's headline again, between or after the report's paragraphs
    if in_body and is_dated_title(line):
        return "navigation"  # another article's title with its stamp: 某县召开…会议 (2023-01-18 17:37:48)
    return None


def _last_sentence(paragraphs: list[str]) -> tuple[int, int]:
    """(paragraph, line) of the last non-blank line that ends a sentence: what follows is a footer."""
    for p in range(len(paragraphs) - 1, -1, -1):
        lines = [raw.strip() for raw in paragraphs[p].split("\n") if raw.strip()]
        for i in range(len(lines) - 1, -1, -1):
            if lines[i].endswith(_SENTENCE_ENDS):
                return p, i
    return len(paragraphs), 0  # no sentence: no footer is known


def _is_account_name(line: str, lines: list[str], i: int) -> bool:
    """Line ``i`` is a short name without a sentence mark and the next line is an account's card."""
    return (
        len(line) <= _ACCOUNT_NAME_MAX
        and not _SENTENCE_MARK.search(line)
        and i + 1 < len(lines)
        and is_account_card(lines[i + 1])
    )


def _between_sentences(kept: list[str], lines: list[str], i: int) -> bool:
    """Line ``i`` of ``lines`` stands after a finished sentence (or at the page's top) and the next line, if the
    paragraph has one, does not go on from it (12 ⏎ % would be a number broken out of its sentence)."""
    after_sentence = not kept or kept[-1].endswith(_SENTENCE_ENDS)
    return after_sentence and (i + 1 == len(lines) or lines[i + 1][:1] not in _CONTINUES + "%％、.．")


def _shorter_than(paragraphs: list[str], p: int, i: int, kept: list[str]) -> bool:
    """What follows line ``i`` of paragraph ``p`` is shorter than the report ``kept`` so far."""
    rest = sum(len(line) for line in paragraphs[p].split("\n")[i + 1 :]) + sum(map(len, paragraphs[p + 1 :]))
    return rest < sum(map(len, kept))


def _inside_sentence(norm: str, a: int, b: int) -> bool:
    """norm[a:b] is a piece of a sentence broken over lines (所作的⏎政府工作报告⏎。), not a line
    of its own: the text goes on with a punctuation mark or comes to it mid-clause."""
    after = norm[b:].lstrip()[:1]
    before = norm[:a].rstrip()[-1:]
    return (bool(after) and after in _CONTINUES) or (bool(before) and before in _OPEN_CLAUSE)


def _page_shapes(paragraphs: list[str]) -> tuple[str | None, str | None, tuple[int, int]]:
    """The page's masthead line, its headline's keyword and where a trailing tag cloud starts
    (paragraph, line), from the shapes ``etl.extract.cleaning.margins`` knows (a line past the page when none)."""
    places = [(p, i, line) for p, para in enumerate(paragraphs) for i, line in enumerate(_nonblank(para))]
    lines = [line for _, _, line in places]
    head = lines[:_MASTHEAD_HEAD]
    masthead = head[0] if head and is_page_masthead(head, line_rule) else None
    keyword = headline_keyword(lines[0], set(lines[1:])) if lines and "_" in lines[0] else None
    cloud = tag_cloud_length(lines)
    start = places[len(places) - cloud][:2] if cloud else (len(paragraphs), 0)
    return masthead, keyword, start


def _head_credits(paragraphs: list[str]) -> dict[str, str]:
    """Lines of the page's first lines that the lines below them show to be furniture, with their
    rule (``etl.extract.cleaning.credit_lines.head_credit_lines``)."""
    head: list[str] = []
    for para in paragraphs:
        head += _nonblank(para)
        if len(head) >= _CRUMB_PARAGRAPHS or "。" in para:
            break  # the page's first lines, up to the body
    return head_credit_lines(head[:_CRUMB_PARAGRAPHS], line_rule)


def _profile_label_follows(paragraphs: list[str], lines: list[str], p: int, i: int) -> bool:
    """The next non-blank line of the page (in this paragraph or the next) is a forum profile's label."""
    if i + 1 < len(lines):
        following: str | None = lines[i + 1]
    else:
        following = next(iter(_nonblank(paragraphs[p + 1])), None) if p + 1 < len(paragraphs) else None
    return following is not None and FORUM_PROFILE.match(following.lstrip(BULLETS)) is not None


def _glued_strip(line: str) -> re.Match[str] | None:
    """A publish or source strip glued after a headline (``_PUBLISH_TAIL``, ``_SOURCED_TAIL``)."""
    if line.endswith(_DIGITS) and (m := _PUBLISH_TAIL.search(line)):
        return m
    if "源" in line or "作者" in line:
        return _SOURCED_TAIL.search(line)
    return None


def _nonblank(para: str) -> list[str]:
    return [raw.strip() for raw in para.split("\n") if raw.strip()]


def _evidence_cut(
    norm: str, boilerplate: Collection[str], removals: list[tuple[str, str]], keyed: Keyed | None = None
) -> list[str]:
    """The paragraphs, without the lines the corpus shows to be boilerplate (a paragraph whose
    fingerprint is boilerplate goes whole). A line a shape rule knows is left to that rule, so
    it is recorded under it and a publish line still gives the publication date. ``keyed``:
    the text's ``keyed_paragraphs`` when the evidence pass kept them."""
    spans = paragraph_spans(norm)
    if not boilerplate:
        return [norm[a:b] for a, b in spans]
    if keyed is None or len(keyed) != len(spans):
        keyed = keyed_spans(norm, spans)
    kept: list[str] = []
    cut: list[tuple[str, str]] = []
    for (a, b), (key, lines) in zip(spans, keyed, strict=True):
        whole = key is not None and key in boilerplate
        if not whole and not any(k in boilerplate for _, _, k in lines if k is not None):
            kept.append(norm[a:b])
            continue
        parts = lines or [(a, b, key)]
        kept_lines = []
        for start, end, k in parts:
            line = norm[start:end]
            shared = whole or (k is not None and k in boilerplate)
            if shared and not line_rule(line.strip()) and not _inside_sentence(norm, start, end):
                cut.append(("evidence", " ".join(line.split())))
            else:
                kept_lines.append(line)
        if kept_lines:
            kept.append("\n".join(kept_lines))
    if 2 * sum(len(text) for _, text in cut) > len(norm):
        return [norm[a:b] for a, b in spans]  # most of the page repeats elsewhere: a repost, not boilerplate
    removals.extend(cut)
    return kept


def clean(text: str, boilerplate: Collection[str] = frozenset(), keyed: Keyed | None = None) -> Cleaned:
    """The report text without boilerplate (see the module doc). ``boilerplate`` holds the
    fingerprints (``unit_key``) of paragraphs and lines the corpus shows to be boilerplate;
    ``keyed`` the text's ``keyed_paragraphs``, when the evidence pass kept them."""
    removals: list[tuple[str, str]] = []
    if has_pinyin_tags(text) and (tags := PINYIN_TAG.findall(text)):
        removals.append(("pinyin_tag", " ".join(dict.fromkeys(tags))))
    if toneless := toneless_tags(text):
        removals.append(("pinyin_tag", " ".join(dict.fromkeys(toneless))))
    if "<" in text and (tags := HTML_TAG.findall(text)):
        removals.append(("html_tag", " ".join(dict.fromkeys(t.lower() for t in tags))))
    norm = normalised(text)
    paragraphs = [_FLATTENED_DATELINE.sub("\n", para) for para in _evidence_cut(norm, boilerplate, removals, keyed)]
    brands = betting_brands(norm)
    kept: list[str] = []
    publish_dates: dict[bool, str] = {}  # a publish strip's date beats a banner's (a stale site header)
    repeated, repeated_captions = _repeated(paragraphs)
    in_body = False
    profile_open = False  # the line before was a forum profile label (注册时间): this is its value, not a date
    label_open = False  # the line before was a field label left without its value (来源：), maybe a paragraph up
    catalogue_open = False  # the line before was a catalogue's label alone (索引号), above the body
    last_sentence = _last_sentence(paragraphs)
    injected = may_have_injected_symbols(norm)  # emoji or math letters inside words (传达了🎃总局)
    glued = glued_jammer_tokens(norm)  # a mirror's jammer glued inside words (决策机9L3K，)
    head_lines = [line.strip() for para in paragraphs[:_CRUMB_PARAGRAPHS] for line in para.split("\n")]
    crumbs = breadcrumb_labels(head_lines) | headline_tags(head_lines)
    masthead, keyword, cloud = _page_shapes(paragraphs)
    head_lines_known = _head_credits(paragraphs)
    page_lines = [line for para in paragraphs for line in _nonblank(para)]
    excerpts = truncated_lines(page_lines) if any(mark in norm for mark in _EXCERPT_MARKS) else frozenset()
    captions = speaker_captions(page_lines)  # 校团委书记某某发言 above the turn the report tells
    next_to_furniture = False  # the line before was removed, or was the report's last sentence
    after_file = False  # the line before was a picture's file name
    teasers = False  # past a recommendations header that follows the report: other articles' teasers
    for p, para in enumerate(paragraphs):
        if is_rights_box(para):
            removals.append(("rights", " ".join(para.split())))  # a statement broken over lines (wiki licence boxes)
            continue
        lines = lines_without_jammers([raw.strip() for raw in para.split("\n") if raw.strip()], removals)
        lines = lines_without_injected_symbols(lines, removals) if injected else lines
        lines = lines_without_glued_jammers(lines, glued, removals) if glued else lines
        rules = [line_rule(line) for line in lines]
        for i, line in enumerate(lines):
            rule = rules[i] or ("repeated" if line in repeated else None)
            if profile_open and len(line) <= _PROFILE_VALUE_MAX and not _SENTENCE_MARK.search(line):
                rule = "widget"  # the profile's value: a registration date is not the post's
            profile_open = rule == "widget" and bool(FORUM_PROFILE.match(line.lstrip(BULLETS)))
            if rule is None and _PROFILE_COUNT.match(line) and _profile_label_follows(paragraphs, lines, p, i):
                rule = "widget"
            if rule is None and catalogue_open and is_catalogue_value(line):
                rule = "meta_strip"  # the value under a catalogue's label (索引号 ⏎ 0012…/2021-00012)
            if rule is None:
                next_rule = rules[i + 1] if i + 1 < len(lines) else None
                rule = _context_rule(line, next_rule, in_body, label_open, (p, i) > last_sentence)
            if rule is None and next_rule == "navigation" and _is_account_name(line, lines, i):
                rule = "navigation"  # the account's name above its card (某某新闻 ⏎ 某某官方账号。提供…)
            if (
                rule is None
                and after_file
                and (p, i) < last_sentence
                and _FILE_CAPTION.match(line)
                and not _PEOPLE_VERBS.search(line)
            ):
                rule = "image"  # the caption under a picture's file name (某某.png ⏎ 某街道部署某某工作。)
            if rule is None and not in_body and crumbs and is_breadcrumb_label(line, crumbs):
                rule = "navigation"  # a column heading the page's breadcrumb names (某栏目 above 首页 > 某栏目)
            if rule is None and is_page_words_line(line):
                rule = "page_words"  # only the words pages use about themselves (热门推荐, 立即注册, 点阅率:35)
            if rule is None and next_to_furniture and (p, i) > last_sentence:
                rule = margin_rule(line)  # a footer's names, credit or menu bar (etl/extract/cleaning/margins.py)
                if rule is None and i + 1 < len(lines) and is_dated_link(lines[i + 1], rules[i + 1]):
                    rule = "navigation"  # a link to another article, its date below it
                # 县政府常务会议 at the page's end: the column its headline's meeting is filed in
                if rule is None and line == page_lines[-1] and is_headline_column(line, page_lines[0]):
                    rule = "navigation"
            if rule is None and not in_body:
                rule = head_rule(line)  # a column label above the report (企业要闻, 信息正文)
                if rule is None and i + 1 < len(lines) and is_tag_of_headline(line, lines[i + 1]):
                    rule = "navigation"  # 某州 above 某州市某县政协召开…会议: the page's section tag
            if rule is None and not kept and line == page_lines[0] and is_column_above_body(line, page_lines[1:2]):
                rule = "navigation"  # 政府会议 above the body's 某某主持召开县人民政府…常务会议。
            if rule is None and ((not kept and line == masthead) or (p, i) >= cloud):
                rule = "navigation"  # the site's name above its breadcrumb; a post's keyword tags at its end
            if rule is None and not in_body and line in head_lines_known:
                rule = head_lines_known[line]  # a writer's name above the publish strip, a breadcrumb to the title
            if rule is None and line in excerpts:
                rule = "navigation"  # an excerpt cut off with an ellipsis, of a line the page prints whole
            if rule is None and line in captions:
                rule = "image"
            if rule is None and in_body and line in repeated_captions:
                rule = "image"  # a caption the page prints twice, here inside the report
            if rule is None and keyword and line == keyword:
                rule = "spam"  # a spun page's keyword on a line of its own, as before its headline
            if rule is None and line.isdigit() and len(line) <= _LONE_NUMBER_MAX and _between_sentences(kept, lines, i):
                rule = "navigation"  # a page's or a picture's number between two paragraphs (…。 ⏎ 1 ⏎ 某某指出…)
            if rule is None and teasers:
                rule = "navigation"  # a teaser of another article, under the recommendations header
            if rule and in_body and not teasers and is_recommendations_header(line):
                teasers = _shorter_than(paragraphs, p, i, kept)
            next_to_furniture = bool(rule) or (p, i) == last_sentence
            after_file = rule == "image" and _FILE_NAME.search(line) is not None
            label_open = rule in ("meta_strip", "byline") and line.endswith((":", "："))
            catalogue_open = rule == "meta_strip" and not in_body and is_catalogue_label(line)
            if rule == "navigation" and kept and _SPACED_NAME.match(line) and _SPEECH_HEAD.match(kept[-1]):
                rule = None  # 习　近　平 under （2017年10月18日）: the speaker's name, not a column tag
            if rule:
                removals.append((rule, line))
                if (
                    rule in ("meta_strip", "date_banner", "navigation")
                    and not teasers
                    and (date := publish_date(line, rule == "meta_strip"))
                ):
                    publish_dates.setdefault(rule == "meta_strip", date)
                continue
            if "。" not in line and (m := _glued_strip(line)):  # 某某会议 发布日期:…, 某某会议 2025-03-18 来源:某某
                removals.append(("meta_strip", m.group(0).strip()))
                publish_dates.setdefault(True, re.sub(r"\s+", "", m.group(1)))
                line = line[: m.start()]
            if keyword and not kept and line.startswith(keyword + "_"):
                removals.append(("spam", keyword + "_"))
                line = line[len(keyword) + 1 :]
            if not in_body and (m := headline_tag(line)):
                removals.append(("navigation", m.group(0).strip()))  # 两会快讯| before the headline
                line = line[m.end() :]
            if brands:
                line = without_brands(line, brands, removals)
            if (p, i) > last_sentence and (m := _CLOSING_NAMES.search(line)):
                removals.append(("byline_fragment", m.group(0).strip()))
                line = line[: m.start()]
            if (cut := cut_fragments(line, removals)) != line and cut and not any(ch.isalnum() for ch in cut):
                removals.append(("widget", cut.strip()))  # the bars left of (图片:某某) | | |
                cut = ""
            if cut:
                cut = cut_credit_marks(cut, removals)  # a crawl banner, a paper's credit, mojibake
            if line := cut:
                kept.append(line)
                in_body = in_body or "。" in line
    kept = without_shaped_furniture(
        kept, removals
    )  # margin lines of furniture's shape (etl/extract/cleaning/line_shapes.py)
    dateline = next(
        (m.group(0) for rule, cut in removals if rule == "byline_fragment" and (m := _MONTH_DAY.search(cut))), None
    )
    publish = publish_dates.get(True) or publish_dates.get(False)
    return Cleaned("\n".join(kept), tuple(removals), publish, dateline)
