"""Credits and the site's own lines, told by principle: what a page prints about its source,
its site and its crawl, in shapes a reader knows without knowing the site.

Whole lines (``credit_line_rule``, asked by ``etl.extract.cleaning.line_rules.line_rule`` after the
families of ``etl.extract.cleaning.furniture``), none with a sentence mark:

- a site's own name: bracketed (【某某网】), two or more site names joined (某某网・某某网), a
  public body's site name alone (某某区人民政府网站), or the site's name with its technical
  credit (某某网 网络支持:某某公司, 技术支持：某某科技) (``navigation``);
- a column field: 栏目:…, 频道:…, 所属栏目：… with a short value (``navigation``);
- a contact strip: a phone number with a contact label and nothing else but short labels
  (服务热线 0000-1234567, 值班电话(夜间):…) (``navigation``);
- a paper's stamp with its writers after the date (某某日报 2024年09月04日 王某某) (``meta_strip``,
  which gives the publication date);
- bracketed fields run together with an empty one ([编辑:王某]关键词:), and writers in brackets each
  with a part after a slash (某某/文、摄 某某/审) (``byline``);
- a photo's note in brackets (配图与本文无关), a news app's prompt (打开某某客户端 查看更多精彩内容)
  (``image``, ``widget``);
- a crawl banner: 北京时间 or 今天是, a date, a lunar date in brackets and the weekday
  (``date_banner``; no publication date: it is the crawl's).

A short line cut off with an ellipsis whose words open another line of the page is a summary's
or a teaser's excerpt of the page's own text (``truncated_lines``, ``navigation``).

Pieces of a line (``cut_credit_marks``, asked by ``etl.extract.cleaning.clean`` on the lines it keeps):

- a crawl banner at a line's start, before the report's first words (北京时间…,星期一,…);
- a paper's credit at a line's start, before the date (据某某报 7月19日…; 据…报道 and 据…消息,
  which the report cites, stay);
- a credit in brackets after the last sentence mark of a line: a body's name, with its writers
  or not ((某区政协机关), (某某网·某某视频 王某)) (``byline_fragment``);
- a writer's credit with its label after the last sentence mark (。融媒记者:某某, 。记者：某某 某某)
  (``byline_fragment``);
- a jammer's ASCII junk after the line's last sentence mark (。 q{ /3V) (``spam``);
- a mojibake run: a text decoded in the wrong encoding, question marks and accented Latin
  letters in a row inside a sentence (``spam``);
- a paper's jump between its pages inside the story ((下转2版), (上接第1版)) (``navigation``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from etl.extract.text.patterns import SURNAMES, compile_tc

__all__ = ["credit_line_rule", "cut_credit_marks", "head_credit_lines", "truncated_lines"]

_DATE = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
_CLOCK = r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
_NAME = rf"[{SURNAMES}][\u4e00-\u9fff]{{1,2}}"
_NAMES = rf"{_NAME}(?:[ \u3000、]+{_NAME}){{0,3}}"
_PAPER = r"(?<![汇通简情预申上呈快举捷公电警画周月年季])报"  # a paper's name, not a bulletin's (通报, 简报)
_STOPS = re.compile(r"[。，,；;！？!?、]")
_LINE_MAX = 40
_SHARE_MAX = 80  # a sharing instruction or a keyword list may be longer than a credit

# A site's name: a few characters and the word a site calls itself by.
_SITE = r"[\u4e00-\u9fffA-Za-z]{1,12}?(?:网站|网|门户|客户端|融媒)"
_SITE_WORK_VERBS = "加强|规范|建设|推进|优化|完善|做好|抓好|管好|办好|用好|整改|清理|关停"
_SITE_JOIN = r"\s*[・·•|｜/／]\s*"
_TECH_CREDIT = r"(?:网络支持|技术支持|技术服务|运营维护|网站维护|建设维护|网站建设)\s*[:：]\s*\S{2,24}"
_SITE_LINE = compile_tc(
    rf"^(?:[【\[]\s*{_SITE}\s*[】\]]"  # 【某某网】
    rf"|{_SITE}(?:{_SITE_JOIN}{_SITE})+"  # 某某网・某某网
    rf"|(?:{_SITE}(?:{_SITE_JOIN}{_SITE})*\s*)?{_TECH_CREDIT}"  # 某某网 网络支持:某某公司
    rf"|(?!{_SITE_WORK_VERBS})[\u4e00-\u9fff]{{1,13}}[省市县区州盟旗镇乡]"  # 某某区人民政府网站, not 加强县政府网站
    r"(?:人民政府|政府|人大|政协|党建|政务|新闻|融媒体)(?:门户网站|网站|门户网|官网|官方网站)"
    # the site's Chinese domain name: 中文域名:某某区人民政府.政务, 某某协会.公益
    r"|(?:中文域名\s*[:：]\s*)?[\u4e00-\u9fff]{2,24}\.(?:政务|公益|中国|网络|公司))$"
)
_SITE_GATE = re.compile(r"[网網户戶端媒]|支持|维护|維護|服务|服務|建设|建設|\.")
_COLUMN_FIELD = compile_tc(r"^(?:所属)?(?:栏目|频道|版块|栏目分类)\s*[:：]\s*[^\s:：]{2,16}$")

# A contact strip: a phone number and short contact labels around it.
_PHONE = re.compile(r"(?<!\d)(?:0\d{2,3}\s*[-－—]\s*\d{7,8}|400\s*[-－]?\s*\d{3}\s*[-－]?\s*\d{4}|1[3-9]\d{9})(?!\d)")
_CONTACT_WORD = compile_tc(r"电话|热线|传真|手机|客服|咨询|值班|联系|投诉|举报")
_SEVEN_DIGITS = re.compile(r"\d{7}")  # every phone number has seven digits in a row
_CONTACT_REST_MAX = 16  # CJK characters of labels beside the numbers
# A directory's entry: words with a space in them or after them, then the phone number that ends the line.
_DIRECTORY_ENTRY = re.compile(rf"^[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{{1,20}}[ \u3000]+{_PHONE.pattern}\s*$")

# A paper's or site's name, its stamp and its writers after it.
_STAMP_WRITERS = compile_tc(
    rf"^[\u4e00-\u9fff·・]{{2,12}}(?:{_PAPER}|网|台|社|新闻|客户端)\s+{_DATE}(?:\s*{_CLOCK})?\s+{_NAMES}$"
)
# Bracketed fields run together, the last one maybe left empty: [编辑:王某]关键词:.
_FIELD_LABEL = r"(?:编辑|责编|责任编辑|作者|记者|来源|审核|校对|关键词|标签|摄影)"
_BRACKET_FIELDS = compile_tc(
    rf"^(?:[\[【(（]\s*{_FIELD_LABEL}\s*[:：][^\]】)）:：]{{0,16}}[\]】)）]\s*)+(?:{_FIELD_LABEL}\s*[:：]\s*)?$"
)

# A page's keywords or tags after their label, plain or bracketed: 关键词:…, [关键词]…;…, 标签：….
_KEYWORDS = compile_tc(r"^[\[【]?\s*(?:关键词|关键字|标签|Tags?|TAG)\s*(?:[\]】]\s*[:：]?|[:：])\s*[^。！？!?]{1,60}$")
_KEYWORD_GATE = ("关", "關", "标", "標", "Tag", "TAG", "tag", "[", "【")
# A journal's or paper's issue: 某某研究 2021年7期, 《某某日报》( 2023年04月15日 02版).
_ISSUE = compile_tc(
    rf"^《?[\u4e00-\u9fff]{{2,12}}》?\s*(?:\d{{4}}\s*年\s*(?:第\s*)?\d{{1,2}}\s*期"
    rf"|[(（]\s*{_DATE}\s*(?:第\s*)?[A-Z]?\d{{1,3}}\s*版\s*[)）])$"
)
# A stamp with the writer's name glued or spaced after it: 2021-07-21某某, 2021-07-21 09:10 王某.
_STAMP_NAME = compile_tc(rf"^{_DATE}(?:\s*{_CLOCK})?\s*{_NAMES}$")
# A stamp glued to its column's label and view count: 2020-07-22新闻5.
_STAMP_COLUMN = compile_tc(rf"^{_DATE}\s*[\u4e00-\u9fff]{{1,6}}\s*\d{{1,7}}$")
# A site's Latin name alone on the page's first line, above the headline: Some Site's LAB.
_LATIN_BRAND = re.compile(r"^[A-Za-z][A-Za-z'’&.\- ]{1,28}[A-Za-z.]$")
# The editor's signature under an editor's note: ——编者, —— 编 者.
_EDITOR_SIGNATURE = compile_tc(r"^(?:[—-]{1,2}\s*)?编\s*者$")
# A sharing instruction: 点击右上角…分享…, 点击浏览器下方…分享给好友.
_SHARE_HINT = compile_tc(r"^点击[^。！？!?]{0,30}分享[^。！？!?]{0,40}$")
# A photo's note in brackets alone: (配图与本文无关), (视频截图), 【资料图片】 (a meeting named in it is the
# report's own note: (视频会议)).
_PHOTO_NOTE = compile_tc(
    r"^[(（【\[][^()（）【】\[\]。，,；;！？!?会]{0,12}(?:图片|照片|视频|截图|配图|资料图|图源)"
    r"[^()（）【】\[\]。，,；;！？!?会]{0,10}[)）】\]]$"
)
# A news app's prompt: 打开某某客户端 查看更多精彩内容, 下载某某APP 阅读全文.
_APP_PROMPT = compile_tc(
    r"^(?:打开|下载)\s*\S{1,12}?(?:客户端|APP|新闻)\s*(?:查看|阅读|观看|看)\S{0,12}$", re.IGNORECASE
)
# A crawl banner: the clock's name, the date, the lunar date and the weekday.
_BANNER = (
    rf"(?:摘要\s*[:：]\s*)?(?:北京时间|今天是|今日)\s*[:：]?\s*{_DATE}\s*"
    r"(?:[(（]\s*(?:农历|阴历)[^)）]{1,16}[)）]\s*)?[,，\s]?\s*(?:星期|周|礼拜)[一二三四五六日天]"
)
_BANNER_LINE = compile_tc(rf"^{_BANNER}$")
_BANNER_HEAD = compile_tc(rf"^{_BANNER}\s*[,，]\s*(?=\S)")
_BANNER_GATE = ("北京", "今天", "今日", "摘要")

# A paper's credit before the date at a line's start: 据某某报 7月19日下午，….
_SOURCE_HEAD = compile_tc(r"^据[\u4e00-\u9fff]{2,10}(?:报|网|台|社)\s+(?=\d{1,2}\s*月)")
# A body's name in brackets, with its writers or not, after the line's last sentence mark.
# (a town's or a street's name alone is its office's credit: (某某县某某镇), (某某街道))
_BODY_WORDS = r"(?:办|机关|委员会|政协|人大|党委|纪委|网|视频|频道|新闻|报|台|社|中心|融媒|镇|乡|街道)"
# (…列席会议。(本报记者): the desk's word after the body's, its names left out; (区政协办 撰稿:某某 审核:某某): the
# body's writers, each after its part and a colon, whose names need no known surname)
_WRITER_PART = r"(?:撰稿|供稿|编辑|责编|审核|审稿|审签|校对|摄影|初审|复审|终审|文|图)"
_WRITER_NAMES = r"[\u4e00-\u9fff]{2,3}(?:[ \u3000、]+[\u4e00-\u9fff]{2,3}){0,2}"
_TAIL_CREDIT = compile_tc(
    rf"(?<=[。！？!?”])\s*[（(][\u4e00-\u9fff·・]{{1,12}}?{_BODY_WORDS}(?:记者|通讯员)?"
    rf"(?:\s+{_NAMES}|(?:\s+{_WRITER_PART}\s*[:：]\s*{_WRITER_NAMES}){{1,4}})?[）)]\s*$"
)
# A writer's credit after the line's last sentence mark: 。融媒记者:某某, 。记者：某某 某某, 。（通讯员：某某）.
_TAIL_BYLINE = compile_tc(
    r"(?<=[。！？!?”])\s*[（(]?[\u4e00-\u9fff]{0,4}(?:记者|通讯员|撰稿|供稿|摄影|编辑)\s*[:：][^。！？，,；;]{1,24}$"
)
# A photo's caption glued on as the line's last sentence: …专项小组。图为发布会现场。 (图为 opens no report's sentence).
_TAIL_CAPTION = compile_tc(r"(?<=[。！？])\s*图为[^。！？，,；;\n]{1,30}。?$")
_TAIL_BYLINE_GATE = ("记者", "記者", "通讯", "通訊", "撰稿", "供稿", "摄影", "攝影", "编辑", "編輯")
# The same words as one alternation of literals: one scan of the line that skips to their first characters.
_TAIL_BYLINE_WORD = re.compile("|".join(map(re.escape, _TAIL_BYLINE_GATE)))
# A site's name and its stamp after a headline on the same line: 某县召开…会议 某某新闻  2022-05-31 21:10.
_TITLE_STAMP_TAIL = compile_tc(
    rf"(?<=\S)\s+[\u4e00-\u9fff]{{2,8}}(?:新闻|日报|晚报|{_PAPER}|网|客户端|发布|融媒)\s+{_DATE}(?:\s*{_CLOCK})?\s*$"
)
# A photo's caption glued by a space before the paragraph under it: 某某会议现场 某某在讲话中指出，…
# (the caption names a scene and makes no sentence; the text after it does).
_HEAD_CAPTION = compile_tc(
    r"^[^\s，,。；;：:！？!?“”（()）]{2,30}?(?:会议?现场|活动现场|会场|现场图)[ \u3000\u00a0]+(?=\S[^\n]{0,60}?[，,。])"
)
_HEAD_CAPTION_REACH = 36  # where the space after such a caption may stand
# A read-more link after a cut excerpt: ……(详情), …… [全文].
_READ_MORE = compile_tc(r"(?<=[…。！？!?”])\s*[(（\[【]\s*(?:详情|详细|全文|更多)\s*[)）\]】]\s*$")
# A jammer's junk after the line's last sentence mark: ASCII letters with a brace, a caret or the like
# (。 q{ /3V; a footnote's [1] has no letter).
_ASCII_JUNK_TAIL = re.compile(r"(?<=[。！？!?”])\s*(?=[!-~ ]*[{}\[\]^~`|\\$#@])(?=[!-~ ]*[A-Za-z])[!-~ ]{3,12}$")
_JUNK_MARKS = frozenset("{}[]^~`|\\$#@")
# Mojibake: question marks and Latin-1 letters in a row (a text decoded in the wrong encoding).
_MOJIBAKE = re.compile(r"[?\ufffd\u00a0-\u00ffA-Za-z0-9]{6,}")
_LATIN1_LETTER = re.compile(r"[\u00a0-\u00ff]")
_LOST_GLYPHS = "?\ufffd"  # what a conversion leaves for a character it lost; no Chinese line opens with one
_MOJIBAKE_MIN = 2  # accented letters and question marks each


# Writers credited in brackets, each name with its part after a slash, a part perhaps of two joined by 、
# (某某/文、摄 某某/审, 某某/文 某某/图 某某/编辑): the story's credits, their 、 no sentence's.
_CREDIT_PART = r"(?:文|图|摄|摄影|摄像|文图|图文|视频|制图|审|审核|审签|审校|编辑|责编|校对|初审|复审|终审)"
_SLASH_CREDIT = rf"{_NAME}\s*[/／]\s*{_CREDIT_PART}(?:\s*、\s*{_CREDIT_PART})*"
_SLASH_CREDITS = compile_tc(rf"^[（(]\s*{_SLASH_CREDIT}(?:[\s、，,]+{_SLASH_CREDIT}){{0,4}}\s*[）)]$")


def credit_line_rule(line: str) -> str | None:
    """The rule that makes a whole short line a credit or the site's own line, or None."""
    if len(line) > _SHARE_MAX:
        return None
    if line.startswith(_KEYWORD_GATE) and _KEYWORDS.match(line):
        return "navigation"  # a page's keywords may be listed with commas or semicolons
    if line.startswith("点击") and _SHARE_HINT.match(line):
        return "widget"
    if line.startswith(_BANNER_GATE) and _BANNER_LINE.match(line):
        return "date_banner"  # its commas are the banner's
    if line.startswith(("(", "（")) and ("/" in line or "／" in line) and _SLASH_CREDITS.match(line):
        return "byline"
    if len(line) > _LINE_MAX or _STOPS.search(line):
        return None
    if line.startswith(("(", "（", "【", "[")) and _PHOTO_NOTE.match(line):
        return "image"
    if line.startswith(("打开", "打開", "下载", "下載")) and _APP_PROMPT.match(line):
        return "widget"
    if line[:1].isdigit() and (_STAMP_NAME.match(line) or _STAMP_COLUMN.match(line)):
        return "meta_strip"
    if (line.endswith("期") or line.endswith(("版)", "版）"))) and _ISSUE.match(line):
        return "navigation"
    if line.endswith("者") and _EDITOR_SIGNATURE.match(line):
        return "byline"
    if _SITE_GATE.search(line) and _SITE_LINE.match(line):
        return "navigation"
    if ("栏" in line or "欄" in line or "频" in line or "頻" in line or "版" in line) and _COLUMN_FIELD.match(line):
        return "navigation"
    if _SEVEN_DIGITS.search(line) and _is_contact_strip(line):
        return "navigation"
    if line[-1:] > "\u4e00" and _STAMP_WRITERS.match(line):
        return "meta_strip"
    if line.endswith(("]", "】", ")", "）", ":", "：")) and _BRACKET_FIELDS.match(line):
        return "byline"
    return None


def _is_contact_strip(line: str) -> bool:
    """A phone number with a contact label beside it and no more than a few labels' words, or a
    directory's entry: a post or a desk, a name maybe, and the number last (区委书记 某某 13900000000)."""
    if not _PHONE.search(line):
        return False
    rest = _PHONE.sub("", line)
    cjk = sum("\u4e00" <= ch <= "\u9fff" for ch in rest)
    return cjk <= _CONTACT_REST_MAX and (bool(_CONTACT_WORD.search(rest)) or _DIRECTORY_ENTRY.match(line) is not None)


def head_credit_lines(lines: list[str], rule_of: Callable[[str], str | None]) -> dict[str, str]:
    """Lines of the page's head (before the body) that the lines below them show to be furniture,
    with their rule: the site's Latin name on the first line above a Chinese headline, a bare name right above the publish strip (the writer's byline: 某某 ⏎
    2020年02月24日07:56 来源:某某日报) and a breadcrumb whose last segment is the headline printed
    below it (新闻中心- 医院新闻- 某某会议召开 ⏎ 某某会议召开). ``rule_of`` gives a line's rule (asked
    only of the line below a bare name)."""
    found: dict[str, str] = {}
    if len(lines) > 1 and _LATIN_BRAND.match(lines[0]) and _has_cjk(lines[1]):
        found[lines[0]] = "navigation"  # the site's Latin name above a Chinese headline
    for i, line in enumerate(lines[:-1]):
        if "。" in line:
            break  # the body has begun
        below = lines[i + 1]
        above = lines[i - 1] if i else ""
        if 2 <= len(line) <= 4 and _BARE_NAME.match(line) and not _SPEECH_TITLE.search(above):
            if rule_of(below) == "meta_strip":
                found[line] = "byline"  # under a speech's title the name is its speaker's, and stays
        elif (
            len(line) <= _CRUMB_LINE_MAX and _CRUMB_MARK.search(line) and _is_crumb_to_title(line, lines[i + 1 : i + 3])
        ):
            found[line] = "navigation"
    return found


_BARE_NAME = compile_tc(rf"^{_NAME}$")
_SPEECH_TITLE = compile_tc(r"^[—-]|(?:讲话|报告|发言|致辞|讲稿)[）)》]?$")


def _has_cjk(line: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in line)


_CRUMB_SEP = re.compile(r"\s*(?:[-－>＞»›/|]\s*)+")
_CRUMB_LABEL_MAX = 8
_CRUMB_LINE_MAX = 80
_CRUMB_MARK = re.compile(r"[-－>＞»›/|]")


def _is_crumb_to_title(line: str, below: list[str]) -> bool:
    parts = [part for part in _CRUMB_SEP.split(line) if part]
    if len(parts) < 3 or not all(0 < len(part) <= _CRUMB_LABEL_MAX for part in parts[:-1]):
        return False
    return len(parts[-1]) >= 2 * _CRUMB_LABEL_MAX // 2 and parts[-1] in below


def truncated_lines(lines: list[str]) -> frozenset[str]:
    """Short lines cut off with an ellipsis, a teaser in quotes or a labelled summary (摘要 某月某日,…), whose words
    open another line of the page: a summary's or a teaser's excerpt of the page's own text (某某副书记、代… above
    某某副书记、代区长某某作…)."""
    stems = {line: line.rstrip(".…").rstrip() for line in lines if _is_truncated(line)}
    stems |= {line: m[1] for line in lines if line[:1] in '“"' and (m := _QUOTED_TEASER.match(line))}
    stems |= {
        line: m[1].rstrip(".…").rstrip()
        for line in lines
        if line.startswith(_SUMMARY_LABELS) and (m := _SUMMARY.match(line))
    }
    if not stems:
        return frozenset()
    folded = {line: line.translate(_FULL_WIDTH_MARKS) for line in lines}
    return frozenset(
        line
        for line, stem in stems.items()
        if len(stem) >= _STEM_MIN
        and any(other != line and fold.startswith(stem.translate(_FULL_WIDTH_MARKS)) for other, fold in folded.items())
    )


def _is_truncated(line: str) -> bool:
    return len(line) <= _LINE_MAX and line.endswith(("…", "...")) and not line.endswith(("……", "…...", "......"))


_STEM_MIN = 4
# An excerpt may print the text's commas and colons in their ASCII forms (5月6日,某某主持…): compared folded.
_FULL_WIDTH_MARKS = str.maketrans({",": "，", ":": "：", ";": "；"})
# A site's summary field above the report, its label and the lede's first words (摘要 7月9日,某某主持召开…会):
# the summary repeats the page's own text, which the line that opens with those words prints whole.
_SUMMARY_LABELS = ("摘要", "内容摘要", "导读", "內容摘要", "導讀")
_SUMMARY = re.compile(r"^(?:内容摘要|內容摘要|摘要|导读|導讀)\s*[:：]?\s*(\S.{9,})$")
# A teaser in quotes of the lede's first words, cut off anywhere (“ 为深化…，昨天，某区 ”): one clause at least.
_QUOTED_TEASER = re.compile(r"^[“\"]\s*([^“”\"\n]{20,120}?[，,][^“”\"\n]*?)\s*[”\"]$")


# A paper's jump between its pages, in brackets inside the story (…掀起学习热潮，(下转2版)(上接1版)提升…):
# where the printed story breaks off and goes on, never its words.
_PAGE_JUMP = compile_tc(r"[（(]\s*(?:下转|上接|紧接|转|接|续)\s*第?\s*[A-Za-z]?\d{1,2}\s*版\s*[）)]")


# A picture's placeholder a forum or a converter left where an attachment stood, glued into the text
# (图片附件某月某日下午，… 。 图片附件某某委员会…, …[图片]…): never a word of a report.
_PICTURE_PLACEHOLDER = compile_tc(r"\s*(?:图片附件|[\[［]图片?[\]］])\s*")  # also [图], [圖]


def cut_credit_marks(line: str, removals: list[tuple[str, str]]) -> str:
    """``line`` without a crawl banner, a paper's credit or a photo's caption at its start, a body's credit in
    brackets or a photo's caption at its end, or a mojibake run inside it; each cut is recorded with its rule."""
    if "图" in line or "圖" in line:
        line = _without_placeholders(line, removals)
    if line.startswith(_BANNER_GATE) and (m := _BANNER_HEAD.match(line)):
        removals.append(("date_banner", m.group(0).strip()))
        line = line[m.end() :]
    if (" " in line[:_HEAD_CAPTION_REACH] or "\u3000" in line[:_HEAD_CAPTION_REACH]) and (
        m := _HEAD_CAPTION.match(line)
    ):
        removals.append(("image", m.group(0).strip()))
        line = line[m.end() :]
    if line.startswith(("据", "據")) and (m := _SOURCE_HEAD.match(line)):
        removals.append(("byline_fragment", m.group(0).strip()))
        line = line[m.end() :]
    if line.endswith((")", "）")) and (m := _TAIL_CREDIT.search(line, max(0, len(line) - 44))):
        removals.append(("byline_fragment", m.group(0).strip()))
        line = line[: m.start()]
    if _TAIL_BYLINE_WORD.search(line) and (m := _TAIL_BYLINE.search(line, max(0, len(line) - 36))):
        removals.append(("byline_fragment", m.group(0).strip()))
        line = line[: m.start()]
    if ("图为" in line or "圖為" in line) and (m := _TAIL_CAPTION.search(line, max(0, len(line) - 34))):
        removals.append(("image", m.group(0).strip()))
        line = line[: m.start()]
    if line[-1:].isdigit() and "。" not in line and (m := _TITLE_STAMP_TAIL.search(line)):
        removals.append(("meta_strip", m.group(0).strip()))
        line = line[: m.start()]
    if line.endswith((")", "）", "]", "】")) and (m := _READ_MORE.search(line, max(0, len(line) - 12))):
        removals.append(("widget", m.group(0).strip()))
        line = line[: m.start()]
    if line[-1:].isascii() and not _JUNK_MARKS.isdisjoint(line[-12:]) and (m := _ASCII_JUNK_TAIL.search(line)):
        removals.append(("spam", m.group(0).strip()))
        line = line[: m.start()]
    if ("?" in line or "\ufffd" in line) and _LATIN1_LETTER.search(line):
        line = _without_mojibake(line, removals)
    if line[:1] in _LOST_GLYPHS and (line[1:2].isdigit() or "\u4e00" <= line[1:2] <= "\u9fff"):
        removals.append(("spam", line[0]))  # a glyph lost in conversion before the lede: ?10月30日，…
        line = line[1:]
    if ("版" in line) and (jumps := _PAGE_JUMP.findall(line)):
        removals.extend(("navigation", jump) for jump in jumps)
        line = _PAGE_JUMP.sub("", line)
    return line


def _without_mojibake(line: str, removals: list[tuple[str, str]]) -> str:
    for m in reversed(list(_MOJIBAKE.finditer(line))):
        run = m.group(0)
        marks = run.count("?") + run.count("\ufffd")
        accented = sum("\u00a0" <= ch <= "\u00ff" for ch in run)
        if marks >= _MOJIBAKE_MIN and accented >= _MOJIBAKE_MIN:
            removals.append(("spam", run))
            line = line[: m.start()] + line[m.end() :]
    return line


def _without_placeholders(line: str, removals: list[tuple[str, str]]) -> str:
    """``line`` without the picture placeholders glued into it (``_PICTURE_PLACEHOLDER``), one removal each."""
    for m in _PICTURE_PLACEHOLDER.finditer(line):
        removals.append(("image", m.group(0).strip()))
    return _PICTURE_PLACEHOLDER.sub("", line).strip()
