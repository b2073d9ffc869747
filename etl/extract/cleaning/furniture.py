"""Site furniture that ``etl.extract.cleaning.clean`` recognises by shape, beside its own line rules.

Each shape is a family of lines that site templates print around a report and no report
sentence is built like:

- an e-paper's page strip: 第B2版:综合, C3版：要闻, 总第1024期, …编印 (the issue's date, not the
  meeting's);
- a portal's sponsor and contact footer: 网站主办单位:…, 主管单位：…, and a line of two or more
  contact fields (地址:… 联系电话:…, 邮编：… 传真：…);
- a breadcrumb whose separators are doubled or angled (某某网>>某某频道, 首页 » 新闻 » 正文);
- a column tag before a headline (两会快讯|某区召开…会议), and that tag alone on a line;
- the column labels a page prints above its breadcrumb (旧版网站存档 / 要闻动态 / 您的位置: 首页 >
  旧版网站存档 > 要闻动态 > 正文): a short line that is a segment of the page's own breadcrumb;
- a WeChat article's account strip (原创 某某发布 2023-03-04 15:46 山东, 某某网 2023-03-04 15:46
  发表于山东, 收录于合集 #某某 12个);
- the site's notice about itself: a revamp, a trial run or maintenance (关于某某网站(新版)内测的公告, 某某网站正在
  进行全面改版升级,内测期间,…欢迎…);
- the site's own lines about itself: a sponsor line without colons (某某办公室 主办 某某中心 承办),
  a technical supporter (本页面由某某提供技术支持), a provenance line (以上内容来自某某网站, 本文转自…),
  visitor counters (访问人数:123456, 您是第123456位访客), a last-update stamp (最后更新:…), a
  follow or list button (扫码关注我们, 返回列表, 查看更多>>), an e-paper's page properties left in
  the text (… content_265474.html 1 3 … /enpproperty-->);
- a forum's anti-copy jammer: runs of one- or two-character ASCII tokens spliced between and
  after sentences (* R/ n$ K4 Q8 y1 T$ c% f/ J), by line or at a line's end; and a mirror's
  four-character tokens glued inside words (决策机7Qz2，…人Vdkm发扬…), on a page with three or more
  distinct ones (not all capitals, APEC, nor all digits, 2023);
- (a line made only of the words web pages use about themselves is ``etl.extract.cleaning.page_words``'s);
- a page's field labels left without their values, as list items (- 签发人: / - 上 传: / - 录入:, 关键词:);
- a byline with a slash before the desk's word, on its own line (記者某某/綜合報導, 记者某某、某某／台北报道);
- a script the page printed as text (``(function(){try{…``, ``!function(…``, ``var _hmt = …``), at any length;
- a betting site's advertisement on a line of its own (某某体育全站app手机下载, 某某娱乐官网入口);
- symbols a mirror injects inside words: emoji, astrological and dingbat signs, mathematical
  letters between two Han characters (传达了🎃总局, 不♋断, 会𝕴上);
- credits in brackets at a line's ends: a dated reporter's credit opening it
  ((2023年3月22日某某街道某某报道)) and a department's after its last full stop ((办公室), (党政办));
- glued site-field strips (类别:… 作者:…字数:…), spaced single-``>`` breadcrumbs, web addresses,
  part bylines (某某|文), slideshow counters ((2 / 6)), page marks ([接上页], 第1页共6页, (第1/3页))
  and a title's site part (…_某某县人民政府门户网站);
- a column's list entry, its label glued to a date and a view count (某某要闻2021-09-154733), and an
  ad slot's or a template's identifier alone (ad9_210*60: ASCII with an underscore and a digit);
- a run of editorial credits whose roles are named by their editing verb, listed or not
  (撰稿:某某 编辑:某某 审阅:某某), a language switch (中文 EN RU AR), and picture tokens a converter
  left after a report's sentence with their captions (…。 ![]() 会议现场 ![]() 某某讲话).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from etl.extract.text.patterns import SURNAMES, compile_tc, simplified, spaced_alternation

__all__ = [
    "DATED_CREDIT",
    "DEPARTMENT_CREDIT",
    "INLINE_IMAGES",
    "PAGE_COUNTER_TAIL",
    "PAGE_MARK",
    "SITE_TITLE_TAIL",
    "breadcrumb_labels",
    "furniture_rule",
    "glued_jammer_tokens",
    "headline_tag",
    "headline_tags",
    "is_breadcrumb_label",
    "is_catalogue_label",
    "is_catalogue_value",
    "is_script",
    "lines_without_glued_jammers",
    "lines_without_injected_symbols",
    "may_have_injected_symbols",
    "without_jammer",
]

_SHORT = 80  # furniture lines are short: a longer line is the report's
# An e-paper's page strip: 第B2版:综合, C3版：要闻, 第05版 时政, 总第1024期, 2021-05-06编印.
_EPAPER = compile_tc(
    r"^(?:第\s*)?[A-Za-z]?\s*\d{1,3}\s*版\s*[:：]|^第\s*[A-Za-z]?\s*\d{1,3}\s*版(?:\s|$)|总第\s*\d+\s*期|"
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*编印$"
)
# A portal's sponsor line: 网站主办单位:某某人民政府, 主管单位：某某, 承办：某某 (also after the site's name).
_SPONSOR = compile_tc(r"(?:^|\s)(?:网站)?(?:主办|承办|主管|协办|运维|维护)(?:单位)?\s*[:：]")
# Contact fields of a footer: two on one line are a footer (地址:某某路8号 联系电话:0123-…), or one and a
# counter field (电话:0123-… 访问量:36079).
_CONTACT = compile_tc(
    r"(?:^|\s)(?:(?:单位|通讯|联系)?地址|(?:联系|值班|办公|咨询)?电话|邮编|邮政编码|传真|邮箱|电子邮箱|E-?mail)\s*[:：]",
    re.IGNORECASE,
)
# A counter field of a footer (访问量:3607953, 浏览次数：12): with a contact field, a footer too.
_COUNTER_FIELD = compile_tc(r"(?:^|\s)(?:访问量|访问人数|浏览量|浏览次数|点击量|点击数|阅读量)\s*[:：]\s*\d+")
# Breadcrumb separators that a sentence never uses: >>, », ›, → between labels.
_CRUMB_SEP = r"\s*(?:>>|＞＞|»|›|→|->)\s*"
_CRUMB_LABEL = r"[^\s。，,；;！？!?:：>＞»›→][^。，,；;！？!?:：>＞»›→]{0,14}"
_CRUMB_MARKS = (">", "＞", "»", "›", "→")
_CRUMB = re.compile(rf"^(?:(?:>>|＞＞|»)\s*)?{_CRUMB_LABEL}(?:{_CRUMB_SEP}{_CRUMB_LABEL})+\s*(?:>>|»|›)?$")
# Any breadcrumb's separators, to split one into its labels (首页 > 某栏目 > 正文).
_ANY_SEP = re.compile(r"\s*(?:>>|＞＞|[>＞»›→/])\s*")
_CRUMB_HEAD = compile_tc(r"^[^。，,；;！？!?]{0,12}?(?:位置|所在)\s*[:：]\s*|^")
_LABEL_MAX = 12
_LABEL_BREAK = re.compile(r"[。，,；;！？!?、:：]")  # a column label has none of these
_BREADCRUMB_LINE_MAX = 120
# A column tag before a headline and its separator: 两会快讯|某区召开…会议 (the headline has no sentence mark).
_HEADLINE_TAG = re.compile(r"^(?P<tag>[\u4e00-\u9fff]{2,8})\s*[|丨｜]\s*(?=[^|丨｜。，,；;！？!?]{8,60}$)")
# A forum's jammer: five or more tokens of one or two printable ASCII characters, separated by
# single spaces, with letters and punctuation among them (* R/ n$ K4 Q8 y1 T$ c% f/ J).
_JAMMER = re.compile(r"(?<![\x21-\x7e])[\x21-\x7e]{1,2}(?: [\x21-\x7e]{1,2}){4,}(?= ?(?:$|[^\x00-\x7f]))")
_JAMMER_PUNCT = re.compile(r"[!-/:-@\[-`{-~]")
_JAMMER_LETTER = re.compile(r"[A-Za-z]")
_JAMMER_MIN = 2  # letters and punctuation marks each, at least: a list of numbers is not a jammer


# A WeChat article's account strip: (原创) account, date and time, (发表于) province.
_WECHAT_STRIP = re.compile(
    r"^(?:原创\s+)?[^\s，,。；;：:！？!?]{2,20}\s+\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}"
    r"(?:\s+(?:发表于|發表於)?[\u4e00-\u9fff]{2,4})?$"
)
_SENTENCE_MARKS = re.compile(r"[。，,；;！？!?]")
# The site's own lines about itself (see the module doc); only on a line without sentence marks.
_SITE_LINE = compile_tc(
    r"^收录于合集|(?:主办|主管)\s+[^\s]{2,24}\s*(?:承办|协办|主管|技术支持)$|提供技术支持$|^技术支持\s*[:：]?|"
    # the owner's name, a space and its part, alone on a line: 某某区人大常委会 主办, 某某办公室 制作
    r"^[^\s]{4,30}\s+(?:主办|承办|协办|制作|维护)$|"
    r"^(?:以上|本文|文章|本篇)(?:内容|信息|文章)?(?:来自|转自|转载自|摘自|摘编自)[^\s]{2,30}$|"
    r"^(?:转自|转载自|转发自|摘自|摘编自)[^\s]{2,24}(?:网站|网|报|平台|公众号|客户端|发布)$|"
    # a paper's serial numbers on its masthead: 国内统一刊号:CN00-0000, 国际标准连续出版物号
    r"^(?:国内统一(?:连续出版物)?刊号|国际标准连续出版物号)|(?<![A-Za-z0-9])CN\s?\d{2}\s?[-－]\s?\d{4}(?![0-9])|"
    # the site's name with what it is in brackets: 某某中心(某某报创办的新闻网站)
    r"^[^\s（()）]{2,20}[（(][^（()）]{0,20}(?:创办|主办|运营|旗下)的[^（()）]{0,20}(?:网站|网|平台|客户端|门户)[）)]$|"
    r"^(?:访问人数|访客人数|总访问量|今日访问量?|累计访问)\s*[:：]?\s*\d+|^您是第\s*\d+\s*位访(?:客|问者)|"
    r"^最后更新(?:时间|日期)?\s*[:：]|^扫码(?:关注|阅读|下载|订阅|进入)|^(?:返回列表|返回首页|返回上一页|查看更多|更多)\s*(?:>>|»|>)?$|"
    r"enpproperty|-->$|"
    # a row of links to the governments above (中央人民政府 某某省人民政府 某某市人民政府)
    r"^(?:中央人民政府|中国政府网|国务院)(?:门户网站)?(?:\s+[^\s]{2,12}?(?:人民政府|政府)(?:门户网站|网)?){1,4}$"
)
# The site's notice about itself (关于某某县人民政府网站(新版)内测的公告 / 某某网站正在改版升级，试运行期间…欢迎…):
# a revamp, a trial run or maintenance of the site, never a meeting's business.
_SITE_NOTICE = compile_tc(
    r"^关于[^。，,]{0,30}?(?:网站|门户|客户端|平台)[^。，,]{0,12}?(?:改版|内测|试运行|上线|升级|维护|迁移)[^。，,]{0,8}?"
    r"的(?:公告|通知|说明|启事)$"
    r"|^(?:本网站|本站|本网|[^\s，,。]{2,24}?(?:网站|门户网站))(?:正在|目前正在|现正|将于|已于)[^。]{0,24}?"
    r"(?:改版|升级|内测|试运行|维护)(?=[^。]*(?:期间|欢迎|敬请|谅解|不便))"
)
_NOTICE_ENDS = ("公告", "通知", "说明", "說明", "启事", "啟事")
# A page's field label left without its value (签发人:, 上 传:, 来 源:); clean.py knows the
# byline fields (编辑:, 来源:) when unspaced, these are the page's own and any label spaced out;
# a widget's label (附件下载:, 分享到:, 打印:) is the page-words rule's.
_EMPTY_LABEL = compile_tc(
    r"^(?:签发人|签发|上传|上传者|上传人|发布人|发布者|录入|录入者|录入人|信息录入|审核人|核稿|"
    r"来源|作者|编辑|责任编辑|初审编辑|复审编辑|终审编辑|值班编辑|摄影|供稿|发布|发布时间|发布日期|浏览|浏览次数|点击|点击数|"
    r"阅读|阅读次数|关键词|关键字|标签|Tags|TAG|Tag)[:：]$"
)
_LABEL_SPACES = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
_EMPTY_LABEL_MAX = 12
# A public-information catalogue's field, one to a line, alone or with its value (索引号 0012…/2021-00012,
# 主题分类 综合政务, 发文字号, 有效性): the table a government portal prints above a document.
# Its label may be spaced to fill the cell (索 引 号 0012…  公开方式 主动公开  公开日期 …: the row of fields on one line).
_CATALOGUE_LABELS = (
    "索引号|发文字号|文件编号|主题分类|体裁分类|组配分类|服务对象分类|信息分类|所属主题|文件标题|发布机构|发文机关|"
    "成文日期|生效日期|废止日期|有效性|公开方式|公开范围|公开时限|公开形式|责任部门|是否有效"
)
_CATALOGUE_FIELD = compile_tc("^(?:" + spaced_alternation(_CATALOGUE_LABELS.split("|")) + r")(?:\s*[:：]\s*|\s+|$)")
_CATALOGUE_LABEL_MAX = 16
_CATALOGUE_VALUE_MAX = 24
_VALUE_STOP = re.compile(r"[。，,；;！？!?]")
# A catalogue printed one cell to a line: a label alone (索引号 ⏎ 0012…/2021-00012 ⏎ 发布机构 ⏎ 某某办), so the
# line after it is the label's value (clean.py reads it so, before the body). The labels other rules cut alone
# (文号, 关键词, 生成日期) open a value too.
_CATALOGUE_LABEL_ALONE = compile_tc(
    "^(?:"
    + spaced_alternation([*_CATALOGUE_LABELS.split("|"), "文号", "关键词", "关键字", "主题词", "生成日期", "发布日期"])
    + r")\s*[:：]?$"
)
# …or in brackets, its label spaced to fill the cell ([索引号] 0012…, [ 发布机构 ] 某某办, [ 名 称 ] 某某会议):
# every bracketed field of such a table, the document's name too (the headline stands again below it).
_BRACKETED_FIELD = re.compile(r"^[\[【]\s*([^\]】\n]{2,12}?)\s*[\]】]")
_BRACKETED_LABELS = frozenset(
    [
        "索引号",
        "发文字号",
        "文号",
        "文件编号",
        "主题分类",
        "体裁分类",
        "组配分类",
        "信息分类",
        "发布机构",
        "发文机关",
        "发文日期",
        "成文日期",
        "生效日期",
        "废止日期",
        "效力状态",
        "有效性",
        "公开方式",
        "公开范围",
        "名称",
        "文件名称",
        "标题",
    ]
)
# A run of two or more editorial credits, each a role and a name (撰稿:某某 编辑:某某 审阅:某某): a role is
# named by its editing verb (…审, …稿, …编, …发, …校, …阅, …核, …签, …辑, 摄影, 图片, 文字), so roles no list
# holds are known too; the meeting's own fields (主持:, 记录:, 时间:) have no such verb and stay.
_CREDIT_ROLE = r"[\u4e00-\u9fff]{0,3}(?:审|稿|编|发|校|阅|核|签|辑|摄|图|文)(?:影|像|片|字|对|核|稿|定)?(?:人|者)?"
_CREDIT_RUN = compile_tc(
    rf"^(?:{_CREDIT_ROLE}\s*[:：]\s*[{SURNAMES}][\u4e00-\u9fff]{{1,3}}(?:[、，, ][{SURNAMES}][\u4e00-\u9fff]{{1,3}}){{0,3}}\s*){{2,6}}$"
)
_CREDIT_RUN_MAX = 60
# A site's language switch: 中文 EN RU AR, 简体中文 | English, 繁體 English.
_LANGUAGE = (
    r"(?:简体中文|繁体中文|简体|繁体|中文|English|EN|RU|AR|JP|KR|FR|DE|ES|PT|日本語|한국어|Русский|Français|Español)"
)
_LANGUAGE_SWITCH = compile_tc(rf"^{_LANGUAGE}(?:\s*[|/丨]?\s*{_LANGUAGE}){{1,8}}$")
# Picture tokens a converter left inline after a report's sentence, each with its caption
# (…要始终把握正确导向。 ![]() 会议现场 ![]() 某某讲话): a caption has no sentence mark.
INLINE_IMAGES = re.compile(r"(?<=[。！？!?”])(?:\s*!\[[^\]\n]*\]\([^)\n]*\)\s*[^\s!。，,；;！？?]{0,20})+\s*$")
# A byline with a slash before the desk's word: 記者某某/綜合報導, 本报记者 某某、某某／台北报道.
_SLASH_BYLINE = compile_tc(
    r"^[^\s，,。；;：:！？!?/／]{0,8}?(?:记者|通讯员|特派员|特约记者)\s*[:：]?\s*[\u4e00-\u9fff]{2,4}"
    r"(?:[、\s]+[\u4e00-\u9fff]{2,4}){0,3}\s*[/／]\s*[\u4e00-\u9fff]{0,8}?(?:报道|报导|综合|编译|整理)$"
)


# A betting site's advertisement a hijacked mirror puts on a line of its own: a Latin brand, a game
# word and an app, site or sign-up word (某某体育全站app手机下载, 某某娱乐官网入口, 某某电竞注册).
_BETTING_LINE = compile_tc(
    r"^[A-Za-z][A-Za-z0-9]{1,11}\s*(?:体育|娱乐|电竞|彩票|棋牌|真人|电子)[\u4e00-\u9fffA-Za-z0-9]{0,6}?"
    r"(?:app|APP|App|官网|官方网站|网址|入口|下载|登录|注册|平台)[\u4e00-\u9fffA-Za-z0-9]{0,8}$"
)

# A strip of the page's own fields glued without spaces, in any order (类别:某某 作者:某某字数:9246
# 更新时间:…, 上传者:某某 格式:doc): two distinct labels, each with its colon. The meeting's own
# fields (时间:, 地点:, 主持:) are not among them.
_GLUED_FIELD = compile_tc(
    r"(作者|编辑|责编|责任编辑|来源|稿源|字数|更新时间|发布时间|发表时间|发布日期|发表于|类别|浏览|浏览次数|点击|点击数|"
    r"阅读|阅读数|阅读量|上传者|上传时间|格式|页数|大小|评论数?)\s*[:：]"
)
_GLUED_MIN = 2
# A breadcrumb of single > marks with spaces around them: 某某网 > 某频道 > 某栏目 > 正文.
_SPACED_CRUMB_SEP = re.compile(r"\s+[>＞]\s+")
_SPACED_CRUMB_MIN, _SPACED_CRUMB_LABEL = 3, 16
# A web address: a line holding one is the site's (a source link, a paywall note), not a sentence.
_URL = re.compile(r"https?://|www\.[A-Za-z0-9-]+\.|\b[A-Za-z0-9-]+\.(?:com|cn|net|org|gov)(?:\.cn)?\b", re.IGNORECASE)
# A name with its part after a bar or slash, alone: 某某|文, 某某 / 摄.
_PART_BYLINE = compile_tc(rf"^[{SURNAMES}][\u4e00-\u9fff]{{1,2}}\s*[|丨/／]\s*(?:文|图|摄|文图|图文|摄影)$")
# A slideshow's or a gallery's counter: (1 / 4), 3/12 (the first no more than the second).
_SLIDE_COUNTER = re.compile(r"^[（(]?\s*(\d{1,3})\s*/\s*(\d{1,3})\s*[）)]?$")
# A column's list entry: its label glued to a date and a view count (某某要闻2021-09-154733); the
# site before a stamp with a space (某某发布 2024-04-24) is a publish strip of its own.
_LABEL_STAMP = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:19|20)\d{2}-\d{1,2}-\d{1,2}\d{0,8}$")
# An ad slot's or a template's identifier alone: ASCII with an underscore and a digit (ad9_210*60, banner_03).
_SLOT_ID = re.compile(r"^[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*\d[A-Za-z0-9_]*(?:[*xX]\d+)?$")
_SLOT_ID_MAX = 30
# Pagination and continuation marks at a line's start: [接上页], (上接第2版), 【下转A3版】, 第1页共6页.
PAGE_MARK = compile_tc(
    r"^[\[【(（]\s*(?:接上页|(?:上接|下转|转|接)第?\s*[A-Za-z]?\d{1,2}\s*[版页])\s*[\]】)）]\s*"
    r"|^第\s*\d{1,4}\s*页\s*[,，/]?\s*共\s*\d{1,4}\s*页\s*"
)
# A page counter after a title: … (第1/2页).
PAGE_COUNTER_TAIL = compile_tc(r"\s*[(（]\s*第\s*\d{1,3}\s*/\s*\d{1,3}\s*页\s*[)）]$")
# A page title's site part after an underscore or a bar: …_某某县人民政府门户网站, …|某某小说阅读网.
SITE_TITLE_TAIL = compile_tc(r"\s*[_|丨]\s*[^_|丨。，,；;！？!?\s]{0,24}(?:网|网站|门户网站|门户|官网|官方网站)$")


def furniture_rule(line: str) -> str | None:
    """The rule that makes a whole short line site furniture (see the module doc), or None."""
    if len(line) > _SHORT or "。" in line:
        return None
    if len(line) <= _EMPTY_LABEL_MAX and line.endswith((":", "：")) and _EMPTY_LABEL.match(_LABEL_SPACES.sub("", line)):
        return "byline"
    if ("/" in line or "／" in line) and _SLASH_BYLINE.match(line):
        return "byline"
    if len(line) <= _CREDIT_RUN_MAX and ("：" in line or ":" in line) and _CREDIT_RUN.match(line):
        return "byline"
    if _LANGUAGE_SWITCH.match(line):
        return "widget"
    if ("网" in line or "網" in line or "站" in line or line.endswith(_NOTICE_ENDS)) and _SITE_NOTICE.match(line):
        return "navigation"
    if not _SENTENCE_MARKS.search(line):
        if line[:1].isascii() and _BETTING_LINE.match(line):
            return "spam"
        if _WECHAT_STRIP.match(line):
            return "meta_strip"  # its date is the publication's
        if _SITE_LINE.search(line):
            return "navigation"
    if _CATALOGUE_FIELD.match(line) or _bracketed_field(line):
        return "meta_strip"
    if ("版" in line or "期" in line or "编印" in line) and _EPAPER.search(line):
        return "navigation"
    colon = ":" in line or "：" in line
    if colon and (_SPONSOR.search(line) or len(_CONTACT.findall(line)) + len(_COUNTER_FIELD.findall(line)) >= 2):
        return "navigation"
    if any(sep in line for sep in _CRUMB_MARKS) and _CRUMB.match(line):
        return "navigation"
    return _shape_rule(line, colon)


def is_catalogue_label(line: str) -> bool:
    """A public-information catalogue's label alone on its line (索引号, 发 布 机 构, 是否有效:): its value follows."""
    return len(line) <= _CATALOGUE_LABEL_MAX and _CATALOGUE_LABEL_ALONE.match(line) is not None


def is_catalogue_value(line: str) -> bool:
    """What may stand under a catalogue's label: short, no sentence mark, and not a meeting's headline (a label
    left empty above the title: 是否有效 ⏎ 某县召开…会议)."""
    return len(line) <= _CATALOGUE_VALUE_MAX and "会" not in line and not _VALUE_STOP.search(line)


def _bracketed_field(line: str) -> bool:
    """A catalogue's field in brackets at the line's start ([ 发布机构 ] 某某办, [ 名 称 ] …)."""
    m = _BRACKETED_FIELD.match(line) if line[:1] in "[【" else None
    return m is not None and simplified(_LABEL_SPACES.sub("", m[1])) in _BRACKETED_LABELS


def _shape_rule(line: str, colon: bool) -> str | None:
    """Glued field strips, spaced breadcrumbs, web addresses, part bylines and slide counters."""
    if colon and not _SENTENCE_MARKS.search(line) and len(set(_GLUED_FIELD.findall(line))) >= _GLUED_MIN:
        return "meta_strip"
    if (">" in line or "＞" in line) and not _SENTENCE_MARKS.search(line):
        parts = _SPACED_CRUMB_SEP.split(line)
        if len(parts) >= _SPACED_CRUMB_MIN and all(0 < len(part) <= _SPACED_CRUMB_LABEL for part in parts):
            return "navigation"
    if ("/" in line or "." in line) and _URL.search(line):
        return "navigation"
    if ("|" in line or "丨" in line or "/" in line or "／" in line) and _PART_BYLINE.match(line):
        return "byline"
    if "/" in line and (m := _SLIDE_COUNTER.match(line)) and 0 < int(m[1]) <= int(m[2]):
        return "widget"
    if "-" in line and _LABEL_STAMP.match(line):
        return "navigation"
    if "_" in line and len(line) <= _SLOT_ID_MAX and line[:1].isascii() and _SLOT_ID.match(line):
        return "widget"
    return None


def breadcrumb_labels(lines: Iterable[str]) -> frozenset[str]:
    """The labels of the page's breadcrumbs (您的位置: 首页 > 某栏目 > 正文 -> 首页, 某栏目, 正文)."""
    labels: set[str] = set()
    for line in lines:
        if len(line) > _BREADCRUMB_LINE_MAX:
            continue
        head = _CRUMB_HEAD.match(line)
        body = line[head.end() :] if head else line
        if "首页" not in line and not (head and head.end()) and not _CRUMB.match(line):
            continue  # (当前位置:某某网>某栏目 has no 首页: its head says what its labels are)
        parts = [part.strip() for part in _ANY_SEP.split(body)]
        if len(parts) >= 2 and all(0 < len(part) <= _LABEL_MAX for part in parts):
            labels.update(parts)
    return frozenset(labels)


def headline_tag(line: str) -> re.Match[str] | None:
    """A column tag before a headline (两会快讯|某区人大常委会召开第九次主任会议), with its separator."""
    if not ("|" in line or "丨" in line or "｜" in line):
        return None
    return _HEADLINE_TAG.match(line)


def headline_tags(lines: Iterable[str]) -> frozenset[str]:
    """The column tags the page's headlines carry (两会快讯 of 两会快讯|…): a line of one is a label."""
    return frozenset(m["tag"] for line in lines if (m := headline_tag(line)))


def is_breadcrumb_label(line: str, labels: frozenset[str]) -> bool:
    """A short label line that the page's own breadcrumb names: a column heading."""
    return len(line) <= _LABEL_MAX and line in labels and not _LABEL_BREAK.search(line)


def without_jammer(line: str) -> tuple[str, tuple[str, ...]]:
    """``line`` without the forum jammer runs in it (the empty string when it is all jammer),
    and the runs removed."""
    if " " not in line:
        return line, ()
    runs = [
        m
        for m in _JAMMER.finditer(line)
        if len(_JAMMER_PUNCT.findall(m.group(0))) >= _JAMMER_MIN
        and len(_JAMMER_LETTER.findall(m.group(0))) >= _JAMMER_MIN
    ]
    cuts = [(m.start() + _closing_bracket(m.group(0)), m.end()) for m in runs]
    for start, end in reversed(cuts):
        line = (line[:start].rstrip() + " " + line[end:].lstrip()).strip()
    return line, tuple(m.group(0)[_closing_bracket(m.group(0)) :].strip() for m in runs)


def _closing_bracket(run: str) -> int:
    """1 when the run's first token starts with the bracket that closes the text before it: ``)+``."""
    return 1 if run[0] in ")]}" and run[1:2] not in ("", " ") else 0


# A mirror's jammer glued inside words: four letters and digits between Han characters or at a
# line's end (决策机9L3K，…人Sejl发扬…力hK33), not all capitals (APEC) nor all digits (2023年).
# The letters come first and the Han character before them is a lookbehind after them: a pattern led
# by the lookbehind is tried at every position of a page, one led by the letters only where they are.
# Matches cannot overlap (each follows a Han character), so refusing all digits or all capitals in the
# pattern finds the same tokens as refusing them after.
# The first character stands alone ([…][…]{3}, not […]{4}): a pattern that opens with a class lets the
# engine skip to where a match may start; one that opens with a repeat is tried at every position.
_GLUED_JAMMER = re.compile(
    r"[A-Za-z0-9][A-Za-z0-9]{3}(?<=[\u4e00-\u9fff][A-Za-z0-9]{4})(?<![0-9]{4})(?<![A-Z]{4})(?=[\u4e00-\u9fff，,。；;、]|$)",
    re.MULTILINE,
)
_GLUED_JAMMER_MIN = 3  # distinct tokens on the page: one is a word, three a jammer


def glued_jammer_tokens(text: str) -> frozenset[str]:
    """The jammer tokens glued inside words on the page, when it has at least three distinct ones."""
    tokens = set(_GLUED_JAMMER.findall(text))
    return frozenset(tokens) if len(tokens) >= _GLUED_JAMMER_MIN else frozenset()


def lines_without_glued_jammers(lines: list[str], tokens: frozenset[str], removals: list[tuple[str, str]]) -> list[str]:
    """The lines without the page's glued jammer tokens (``glued_jammer_tokens``), recorded as ``spam``."""
    kept = []
    for line in lines:
        found = [m for m in _GLUED_JAMMER.finditer(line) if m.group(0) in tokens]
        for m in reversed(found):
            line = line[: m.start()] + line[m.end() :]
        if found:
            removals.append(("spam", " ".join(m.group(0) for m in found)))
        if line.strip():
            kept.append(line)
    return kept


def lines_without_jammers(lines: list[str], removals: list[tuple[str, str]]) -> list[str]:
    """The lines without a forum's jammer runs (each recorded in ``removals`` as ``spam``); a
    line of jammer alone goes."""
    kept = []
    for line in lines:
        if " " in line:
            line, runs = without_jammer(line)
            removals.extend(("spam", run) for run in runs)
        if line:
            kept.append(line)
    return kept


# A script printed as text: how one opens, and the marks code is dense with.
_SCRIPT_HEAD = re.compile(
    r"^\s*(?:\(\s*function\s*\(|!\s*function\s*\(|\$\s*\(\s*(?:function|document)|jQuery\s*\(|"
    r"(?:var|let|const)\s+[\w$]+\s*=|function\s+[\w$]+\s*\(|(?:window|document)\.[\w$]+|try\s*\{|"
    r"<script|//\s*<!\[CDATA\[)"
)
_CODE_MARKS = re.compile(r"[{}();=]")
_CODE_MARKS_MIN = 4


def is_script(line: str) -> bool:
    """A line that is a page's script printed as text (see ``_SCRIPT_HEAD``), however long."""
    return bool(_SCRIPT_HEAD.match(line)) and len(_CODE_MARKS.findall(line, 0, 200)) >= _CODE_MARKS_MIN


# Symbols a mirror injects inside words (see the module doc): emoji, signs and dingbats, and
# mathematical letters, with their joiners, between two Han characters.
_INJECTED = re.compile(
    r"(?<=[\u4e00-\u9fff])[\u2600-\u27bf\u2b00-\u2bff\U0001d400-\U0001d7ff\U0001f000-\U0001faff\ufe0f\u200d]{1,4}"
    r"(?=[\u4e00-\u9fff])"
)

# Any of those symbols, as the complement of everything else: a faster scan of a whole text.
_ANY_INJECTED = re.compile(r"[^\x00-\u25ff\u27c0-\u2aff\u2c00-\U0001d3ff\U0001d800-\U0001efff\U0001fb00-\U0010ffff]")


def may_have_injected_symbols(text: str) -> bool:
    """Whether ``text`` has any symbol a mirror injects (one scan, before the lines are looked at)."""
    return _ANY_INJECTED.search(text) is not None


def lines_without_injected_symbols(lines: list[str], removals: list[tuple[str, str]]) -> list[str]:
    """The lines without symbols injected inside words (each recorded in ``removals`` as ``spam``)."""
    kept = []
    for line in lines:
        if line.isascii() or not (runs := _INJECTED.findall(line)):
            kept.append(line)
            continue
        removals.extend(("spam", run) for run in runs)
        kept.append(_INJECTED.sub("", line))
    return kept


# A dated reporter's credit in brackets opening a line: (2023年3月22日某某街道某某报道),
# （3月22日 某某镇 某某供稿）, 【2023-03-22 某某通讯员某某报道】. Its date is the dateline's.
DATED_CREDIT = compile_tc(
    r"^[（(【\[]\s*(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})"
    r"\s*[^（()）【】\[\]。，,；;！？!?\n]{2,30}?(?:报道|报导|供稿|撰稿|讯)\s*[）)】\]]\s*"
)
# A department's credit in brackets after a line's last full stop: (办公室), (党政办), (宣传部).
DEPARTMENT_CREDIT = compile_tc(
    r"(?<=[。！？!?”])\s*[（(](?![^（()）]*第)[\u4e00-\u9fff]{0,10}?"
    r"(?:办公室|党政办|综合办|党办|宣传部|政工部|组织部|工作部|政治部|委办|府办|工会|团委|妇联|党支部|党总支|综合科|办公厅|信息科)[）)]\s*$"
)
