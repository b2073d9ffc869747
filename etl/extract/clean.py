"""Remove site and WeChat boilerplate and bylines, keeping the report's own text.

Every removal is recorded with the rule that made it (``Cleaned.removals``), so a user can
audit what was taken out. The rules, in order:

- ``pinyin_tag``: conversion tags after characters (區(qū), 發(fā)) are cut first;
- ``evidence``: paragraphs or lines that repeat across many documents of one input, site or
  folder (counted over the corpus by ``etl.extract.evidence``; passed in as ``boilerplate``);
- ``rights``: licence and rights statements (本作品…公有领域, 版权均属…, 转载请注明…);
- line shapes, each a rule of its own: ``navigation``, ``meta_strip`` (publish, source, author,
  editor and view-count fields in any order and with any prefix), ``date_banner``, ``widget``
  (share, comment, font and print tools), ``image`` (file names, photo captions), ``byline``,
  and the furniture families of ``etl.extract.furniture`` (e-paper strips, sponsor and contact
  footers, breadcrumbs and the column labels they name, the site's lines about itself); a forum's
  jammer runs go first, as ``spam``;
- ``page_words``: a short line made only of the words web pages use about themselves
  (``etl/extract/resources/page_words.tsv``: 热门推荐, 还没有账号?, 点阅率:35), after every other
  line rule, so their names stay;
- ``byline_fragment``: a dateline or byline at the start of a line (本报讯(记者 X),
  X融媒体中心2月29日讯(记者:…)) or at its end ((A B), （编辑 X）);
- ``spam``: brand strings that hijacked mirrors inject into sentences.

A line is dropped only when it is boilerplate as a whole; a sentence that merely mentions 编辑
or 来源 stays, because it is not built like a byline. The publication date is taken from a
removed publish strip or date banner.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from etl.contract.model import Cleaned
from etl.extract.brands import LATIN_BRAND, betting_brands, without_brands
from etl.extract.furniture import (
    DATED_CREDIT,
    DEPARTMENT_CREDIT,
    PAGE_COUNTER_TAIL,
    PAGE_MARK,
    SITE_TITLE_TAIL,
    breadcrumb_labels,
    furniture_rule,
    glued_jammer_tokens,
    headline_tag,
    headline_tags,
    is_breadcrumb_label,
    is_page_words_line,
    is_script,
    lines_without_glued_jammers,
    lines_without_injected_symbols,
    lines_without_jammers,
    may_have_injected_symbols,
)
from etl.extract.margins import head_rule, is_dated_link, is_recommendations_header, is_tag_of_headline, margin_rule
from etl.extract.paragraphs import (
    HTML_TAG,
    PINYIN_TAG,
    Keyed,
    has_pinyin_tags,
    keyed_spans,
    normalised,
    paragraph_spans,
    toneless_tags,
)
from etl.extract.patterns import SURNAMES, compile_tc

__all__ = ["clean"]

# Byline fields: 文稿:李娜, 编辑 方新月, 责任编辑：某某 ...
_FIELD = (
    r"(?:文稿|撰稿人|审稿人|审核人|单位审核|审核领导|摄影记者|转载|撰稿|来稿|编辑|责任编辑|责编|主编|值班编辑|编审|记者|通讯员|审核|审校|审签|审定|校对|摄影|摄像|"
    r"图片|图文|视频|制作|监制|出品|签发|策划|统筹|设计|排版|作者|来源|稿源|供稿|信息来源|文字|一审|二审|三审|初审|"
    r"复审|终审|值班主任|总编|责任校对|执行主编|美编|摄制|配音|剪辑|航拍|部门审核|发布|文[、和]图|图[、和]文|文|图)"
)
_FIELD_PREFIX = r"(?:全媒体|融媒体|融媒|本报|本台|本网|特约|首席|见习|实习)?"
_SEP = r"\s*[:：|丨/]\s*|\s+"
_NAME = rf"[{SURNAMES}][\u4e00-\u9fff]{{1,3}}"
# A two-character name a newspaper pads with a space to the width of three: 曾 静.
_PADDED_NAME = rf"(?:{_NAME}|[{SURNAMES}][ \u3000]+[\u4e00-\u9fff])"
# A whole byline line: one or more "field sep names" pairs and nothing else.
_BYLINE_LINE = compile_tc(
    rf"^[□■◆●▲]?\s*[（(【\[]?(?:{_NAME}\s+(?={_FIELD_PREFIX}{_FIELD}\s*[:：]))?(?:{_FIELD_PREFIX}{_FIELD}(?:{_SEP})[^\s:：|丨。，,！？]{{1,30}}(?:\s+[^\s:：|丨。，,！？]{{1,12}})*"
    rf"\s*[|丨/]?\s*)+[）)】\]]?(?:\s*报道)?$"
)
# A reporters' group credited without names: ■某县融媒体中心记者组.
_DESK_LINE = compile_tc(r"^[□■◆●▲]?\s*[^\s，,。；;：:！？]{0,16}(?:记者组|报道组|采访组)$")
# What a credited name did, after it: 某某/文, 某某 文/图.
_PART = r"(?:\s*[/／]\s*|\s+)(?:文|图|摄|文图|图文)(?:\s*[/／]\s*(?:文|图|摄))?\s*"
# A line that is only names in brackets, (施某 田某), （王某）: the reporters of the story.
_NAMES_LINE = compile_tc(
    # (甲某 乙乙): a reporter may sign with a two-character pen name that starts with no surname
    rf"^[（(]\s*{_PADDED_NAME}(?:[\s、，,]+{_NAME}|\s+[\u4e00-\u9fff]{{2}}){{0,4}}\s*(?:{_PART})?[）)]$"
    rf"|^(?:记者|通讯员)\s*[:：]\s*{_PADDED_NAME}\s*[/／]\s*[^\s，,。]{{1,10}}?报[导道]。?$"  # 记者: 某某/县府报导。
    rf"|^[（(](?=[\u4e00-\u9fff]{{5,12}}[）)]$)(?:[{SURNAMES}][\u4e00-\u9fff]{{1,2}}){{2,4}}[）)]$"  # (甲某乙某某): run together
    # (党委办 某 某), （县委宣传部 王某 李某）: the office that wrote the story, then its writers
    rf"|^[（(]\s*[\u4e00-\u9fff]{{1,8}}?(?:办|委|部|局|室|科|处|中心)\s+{_PADDED_NAME}(?:[\s、]+{_NAME}){{0,3}}\s*[）)]$"
)
# A bracketed byline fragment at either end of a content line: （记者 王某 通讯员 李某）.
_FRAGMENT_TAIL = compile_tc(
    rf"[（(【\[]\s*{_FIELD}(?:{_SEP})[^）)】\]\n]{{1,40}}[）)】\]]\s*$"
    # （全媒体记者某某）, （专刊记者 某某）, （某某新闻记者 甲 通讯员 乙）: any short desk before 记者
    rf"|[（(]\s*(?:[^\s（()）。，,]{{0,16}}?\s)?[^\s（()）。，,]{{0,8}}?(?:记者|通讯员)(?:{_SEP})?{_NAME}[^）)\n。]{{0,30}}[）)]\s*$"
    rf"|(?<=[。！？!?])\s*(?:{_FIELD_PREFIX}{_FIELD}\s*[:：]\s*[^\s:：。，,！？]{{1,12}}(?:\s+[^\s:：。，,！？|]{{1,6}}){{0,3}}\s*)+$"
    rf"|(?<=[。！？!?”])\s*[（(]\s*{_PADDED_NAME}(?:[\s、]+{_NAME}){{0,4}}\s*(?:{_PART})?[）)]\s*$"
    rf"|(?<=[。！？!?”])\s*[（(]\s*[\u4e00-\u9fff]{{1,8}}?(?:镇|乡|街道|社区|村|局|办|委|中心)\s+{_NAME}\s*[）)]\s*$"
    rf"|(?<=[。！？!?”])\s*[■□◆●▲]\s*{_NAME}(?:[\s、]+{_NAME}){{0,3}}\s*$"  # 。■王某: a trailing reporter mark
    rf"|(?<=[。！？!?”])\s*[^\s，,。]{{0,10}}记者\s*{_NAME}(?:[\s、]+{_NAME}){{0,3}}\s*摄\s*$"  # a photo credit
    r"|(?<=[。！？!?”])\s*[（(]完[）)]\s*$"
    # a source credit after the last full stop: (县政府办供稿), (某某日报), （某某新闻网）
    r"|(?<=[。！？!?”])\s*[（(][^（()）。，,\s]{1,16}(?:供稿|供图|日报|晚报|报|新闻网|融媒体中心|电视台|纪委监委)[）)]\s*$"
    r"|(?<=[。！？!?”])\s*(?:展开详细|展开全文|阅读全文|查看全文|展开阅读全文)\s*$"
)
# A dateline (本报讯, 又讯, 某某融媒体中心2月29日讯) and/or a bracketed byline at a line's start.
_DATELINE = r"[^\s，,。；：:（()）“”]{0,24}?[讯訊](?![员員])"
_BRACKET_BYLINE = rf"[（(【\[]\s*{_FIELD_PREFIX}(?:{_FIELD}(?:{_SEP})|记者|通讯员)[^）)】\]\n]{{1,40}}[）)】\]]"
_FRAGMENT_HEAD = compile_tc(
    rf"^(?![据據]){_DATELINE}\s*{_BRACKET_BYLINE}\s*|^(?:{_DATELINE}\s*(?:{_BRACKET_BYLINE}|[（(][^）)\n，,。；]{{1,16}}[）)])?|[^\s，,。；（(]{{0,12}}{_BRACKET_BYLINE}"
    rf"|(?![据據])[^\s，,。；：:（()）“”]{{0,16}}?\d{{1,2}}\s*月\s*\d{{1,2}}\s*日(?:[电電]|消息)(?:[?？\ufffd](?=\s))?(?:\s*{_BRACKET_BYLINE})?)"
    rf"(?=\s|[\d一二三四五六七八九十今昨近日前,，:：]|$)\s*"
    r"|^【[^】\n]{0,12}[讯訊]】\s*"  # a bracketed dateline: 【本报讯】
    r"|^[^\s，,。；：:（()）“”]{2,12}(?:网|網|社|台|报|報)消息(?=\s)\s*"  # a site's dateline without its date: 某某新闻网消息
)
# A page title's site part after a spaced dash: 某街道召开…推进会 —— 某某党媒云| 社区融 (a path of sites).
_TITLE_TAIL = re.compile(r"\s+(?:——|—|--|-|_)\s*[^。，,；;！？!?\n]{0,30}?[|丨_][^。，,；;！？!?\n]{0,30}$")
_SITE_ENDS = ("网", "網", "站", "户", "戶")
_PAGE_MARK_STARTS = ("[", "【", "(", "（", "第")
_TAIL_CHARS = 70  # fragments are only looked for this close to a line's ends
_TAIL_GATE = re.compile(r"[:：■□◆●▲]")  # a tail fragment that does not end in a bracket has one
_SYMBOLS_ONLY = re.compile(r"^[\W_]+$")  # no letter, digit or character: emoji, rules, dots
# Page furniture glued to a line: a CNKI <正> at its start, a column separator at its end.
_HEAD_MARK = re.compile(r"^(?:<正>|【(?:视频|視頻|图文|圖文|组图|組圖|图片|圖片|音频|音頻|直播|H5|h5)】)\s*")
_TAIL_MARK = re.compile(r"(?<=\S)\s+[|丨]$")
_BULLETS = "•·●■◆□▲*-— \t"
# Lines that are boilerplate when they start like this (and are short).
_LEADING = compile_tc(
    r"^(?:当前位置|[您你](?:当前|现在)(?:所在)?位置|您的位置|你的位置|您现在的位置|您当前的位置|你当前的位置|您当前所在的位置|您现在所在的位置|您所在的位置|现在位置|位置[:：]|"
    r"首页\s*[>》＞/]|网站首页\s*[>》＞/]|【?\s*字体|字号[:：]|"
    r"【?\s*打印|打印本页|列印|【?\s*关闭|关闭窗口|扫一扫|用手机扫|手机扫|微信扫一扫|点击上方|点击蓝字|"
    r"点蓝字|长按识别|长按二维码|识别二维码|阅读原文|轻触阅读原文|预览时标签不可点|继续滑动看下一个|"
    r"向上滑动看下一个|发布时间|发布日期|发稿时间|(?:内容|信息|页面|文章)?更新时间|时间[:：]|日期[:：]|浏览次数|阅读次数|"
    r"点击数|访问量|浏览量|阅读量|上一篇|下一篇|上一版|下一版|上一条|下一条|相关链接|相关新闻|相关阅读|相关文章|分享到|分享至|"
    r"版权所有|copyright|©|主办单位|主办[:：]|承办单位|承办[:：]|技术支持|网站标识码|网站地图|"
    r"联系我们|备案号|来源[:：]|作者[:：]|责任编辑|原标题[:：]|信息来源|【?\s*收藏|【?\s*纠错|"
    r"微信号[:：]|公众号|关注我们|关注公众号|喜欢此内容的人还喜欢|写留言|留言|精选留言|"
    r"视频\s*小程序|轻点两下取消|人划线|往期推荐|往期回顾|推荐阅读|END$|-\s*END\s*-|现在时间|"
    r"举报电话|举报邮箱|用户举报|[^。，]{0,12}违法和不良信息举报|本篇文章\s*\d+\s*字|全文\s*\d+\s*字|"
    r"(?:文章|稿件|新闻|本文)来源|投稿邮箱|投稿信箱|联系电话[:：]|联系方式[:：]|传真[:：]|邮编[:：]|"
    r"【?\s*我要纠错|网站纠错|网站声明|隐私政策|使用帮助|相关稿件|相关报道|[-—\s]*END[-—\s]*$|"
    r"视频加载中|您的浏览器不支持|点击播放|使用小程序|写下你的留言|合作单位$|友情链接|"
    r"(?:浏览|阅读|点击|访问|点阅|人气)(?:量|次数|数|率)?\s*[:：]?\s*\d*\s*次?$|字型大小|字体大小|"
    r"首页(?:\s+[^\s，。,；;]{2,8}){1,6}$|【[^】\n]{0,10}(?:推荐|热点)[^】\n]{0,6}】$|当前页面|[^。，,]{0,8}站群(?:导航)?$|(?:Produced|Powered)\s+by|第[一二三四五六七八九十\d]{1,3}版\s*[:：]|总第\s*\d+\s*期|按\s*Enter|跳[到转]?主要?内容|"
    r"智能推荐|为你推荐|猜你喜欢|热门推荐|相关推荐|新闻推荐|推荐新闻|热点新闻|延伸阅读|标签[:：]|[\u4e00-\u9fff]{0,4}解读[:：]|"
    r"热门搜索|热搜|关联信息$|相关信息$|最新消息$|最新动态$|欢迎(?:访问|光临|来到|来访)[^。，,]{0,24}$|(?:\s*[>＞»]\s*[^>＞»\s]{1,10}){2,}$)",
    re.IGNORECASE,
)
# A short line with a breadcrumb in it: 当前所在:首页 > 某栏目 > 正文, 某栏目 首页 首页>某栏目.
_BREADCRUMB = compile_tc(r"^[^。，,；;！？!?]{0,20}首页\s*[>》＞»][^。，,；;！？!?]{0,40}$")
# A related link in a list, with its date: - 某县召开…会议2025-11-13.
_RELATED_LINK = re.compile(r"^[-•·]\s*[^。！？!?]{4,60}?\s*\d{4}-\d{1,2}-\d{1,2}$")
# A teaser of another story, its link mark last: 某某公园对外开放受到市民关注。[详细]
_TEASER = compile_tc(r"[\[【［]\s*(?:详细|详情|全文|更多|阅读全文)\s*[\]】］]\s*$")
_TEASER_MAX = 80
_ANYWHERE = compile_tc(
    r"ICP[备証证]|公网安备|主办\s*[|丨｜]|京公网|网安备|版权所有|Copyright|扫一扫在手机|预览时标签不可点|"
    r"(?:联系|服务|咨询|举报|投诉|新闻|报料|爆料)热线\s*[:：]?\s*[\d-]{7,}|"
    r"【\s*字体\s*[:：]|【\s*打印\s*】|【\s*关闭\s*】",
    re.IGNORECASE,
)
# Lines made only of share/like buttons, font-size switches, version links or separators.
_BUTTONS = compile_tc(
    r"^(?:[\s|丨/·•\-—_=*【】\[\]▼▲↓↑→←]|分享|收藏|点赞|在看|赞|转发|推荐|打印|关闭|返回顶部|返回|"
    r"字号|字体|[大中小]|政务|微信|微博|QQ空间|QQ|朋友圈|复制链接|繁体版|简体版|繁體|简体|无障碍|长辈版|关怀版|"
    r"适老版|手机版|电脑版|PC版|WAP版|无障碍版|English|登录|注册|知道了|取消|允许|赞赏|评论|写评论|打印此页|打印本页|关闭本页|关闭窗口|[:：]|[（(]?完[）)]?)+$",
    re.IGNORECASE,
)
# Comment and reading widgets.
_WIDGET = compile_tc(
    r"^(?:\d+\s*条评论|网友评论|暂无(?:网友)?评论|发表评论|我要评论|评论列表|查看评论|验证码|\*?正文[:：]?$|"
    r"<正>$|今天是\s*[:：]?$|摘要$|文章不错|点个赞|转载是一种动力|分享是一种美德|读完约\s*\d+\s*分钟|"
    r"评论一下|(?:评论\s*|已有\s*)?\d+\s*人参与|还没有评论|快来抢沙发|(?:最热|最新|热门|全部|精彩)评论$|"
    r"参与讨论$|查看更多(?:精彩)?评论|幻灯播放$|查看原图$|提示\s*[:：]\s*支持键盘翻页|loading\.*$|欢迎您\s*[,，]?\s*请\s*\[\s*登录\s*\]|请?输入验证码|账号\s*[+＋]\s*密码|还没有账号|立即注册$|忘记密码|登录\s*/\s*注册|附件\s*[:：]?$|"
    r"查看隐藏内容|[^。，,]{0,10}(?:需|请)先?登录(?:后?(?:查看|浏览|阅读))?$)",
    re.IGNORECASE,
)
# A forum poster's profile field, its value on the next line: - 注册时间 ⏎ - 2012-3-5.
_FORUM_PROFILE = compile_tc(
    r"^(?:[注註]册时间|最后登录|阅读权限|在线时间|积分|精华|帖子|主题|金钱|威望|贡献|文章|UID)$"
)
_PROFILE_VALUE_MAX = 20
_DIGITS = tuple("0123456789")
# Image file names and photo captions: w_DSC06035.JPG, ![](/pic/1.png), 会议现场, (资料图).
_IMAGE = compile_tc(
    r"^(?:!\[[^\]]*\]\([^)]*\)?|\S{0,80}\.(?:jpe?g|png|gif|bmp|webp|mts|mp4)|[（(]?\s*资料图片?\s*[）)]?|"
    r"图为.{0,30}|.{0,12}(?:图片|海报|照片|视频|配图)来源[:：].*|[^，。]{0,8}(?:会议?现场|会场(?:场景|一角)?|现场图|活动现场)|图片|图像|组图|视频|音频)$",
    re.IGNORECASE,
)
# A short column tag written with spaces between its characters: 工 作 动 态.
_SPACED_TAG = re.compile(
    r"^(?:[\u4e00-\u9fff][ \u3000]+){2,6}[\u4e00-\u9fff]$|^[A-Za-z]{2,12}$"
    r"|^(?:[^\s|丨，。,.]{1,8}\s*[|丨]\s*){2,}[^\s|丨，。,.]{1,8}$"  # a menu bar: 首页 | 新闻 | 政务公开
)
# Publish, source, author, editor and view-count fields; a line made of two or more is a strip.
_META_LABEL = compile_tc(
    r"(?:^|[\s|丨/•·\[【(（])(?:作者|编辑|责任编辑|责编|(?:文章|稿件|新闻|信息|本文)?来源|稿源|发布时间|发布日期|发表时间|发表日期|发布者|发布机构|发稿时间|"
    r"更新时间|内容更新时间|时间|日期|浏览|浏览次数|浏览量|阅读|阅读量|阅读数|点击|点击数|点击量|字数|评论|"
    r"访问量|访问次数|点击率|阅读次数|人气|点阅率|点阅|信息索引号|索引号|文号|主题词|主题分类|体裁|分类|所属机构|生成日期|成文日期|公开方式|字号)"
    r"\s*(?=[:：|丨]|\s|\d|$)"
)
_META_MAX = 160
_BRACKETED = re.compile(r"^[（(]([^（()）]{2,60})[）)]$")  # a line wholly in brackets
_META_SEPARATOR = re.compile(r"[:：|丨]|\s")
_DATE_TEXT = r"(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}/\d{1,2}/\d{4})"
_TIMESTAMP_HEAD = re.compile(rf"^[\[【(（]?\s*{_DATE_TEXT}(?:\s+\d{{1,2}}[:：]\d{{2}}(?:[:：]\d{{2}})?)?")
# A bare publication stamp or banner: 2022-09-02 18:30, 2023年09月15日, 2023年03月29日 星期三; also with
# the page's view count after it (2024-01-08 318, 2024-03-05 10:21 浏览：1032).
_DATETIME_ONLY = re.compile(
    rf"^(?:今天是\s*[:：]?\s*)?(?:{_DATE_TEXT}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}})(?:\s*\d{{1,2}}[:：]\d{{2}}(?:[:：]\d{{2}})?)?(?:\s*(?:星期|周|週)[一二三四五六日天])?"
    r"(?:\s+(?:(?:浏览|阅读|点击|访问)(?:量|次数|数)?\s*[:：]?\s*)?\d{1,7}\s*次?)?$"
)
# A site's or paper's name before the publication stamp, alone on a line: 某某日报 2020年03月12日,
# 某某新闻 2026-01-07 19:50:06.
_NAMED_STAMP = re.compile(
    rf"^[^\s，,。；;：:！？!?（()）]{{2,12}}\s+{_DATE_TEXT}(?:\s*\d{{1,2}}[:：]\d{{2}}(?:[:：]\d{{2}})?)?"
    r"(?:\s*(?:星期|周|週)[一二三四五六日天])?$"
)
_PUBLISH = compile_tc(
    r"(?:发布时间|发布日期|发表时间|发表日期|发稿时间|时间|日期)\s*[:：|丨]?\s*"
    r"(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}/\d{1,2}/\d{4})"
)
_ANY_DATE = re.compile(_DATE_TEXT)
# A stamp written day first with dots (23.03.2018 09:33): given as year-month-day when its first number
# can only be a day (above 12); 12.04.2023 may be 12 April or 4 December, so it gives none.
_DAY_FIRST = re.compile(r"^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?!\d)")
# A labelled publication date after a title on its line: 某县召开…会议 发布日期:2015-06-18.
_PUBLISH_TAIL = compile_tc(
    rf"\s+(?:发布时间|发布日期|发表时间|发表日期|发稿时间)\s*[:：]\s*({_DATE_TEXT})(?:\s*\d{{1,2}}[:：]\d{{2}}(?:[:：]\d{{2}})?)?$"
)
_MONTH_DAY = re.compile(r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日")  # a dateline's date, with its year
# Licence and rights statements (a paragraph or line up to _RIGHTS_MAX characters).
_RIGHTS = compile_tc(
    r"公有领域|public\s*domain|版权均属|版权归|版权所有|版权声明|未经授权|未经许可.{0,6}(?:转载|使用)|转载请|"
    r"不得转载|侵犯了您的合法权益|(?:站|网)\s*(?:对此)?不承担任何[^。，,]{0,6}责任|著作权法.{0,20}(?:本作品|保护)|本作品|这部作品|本模板",
    re.IGNORECASE,
)
_RIGHTS_MAX = 400
# Every rights statement has one of these: a cheap test before the pattern.
_RIGHTS_WORDS = (
    "公有",
    "domain",
    "Domain",
    "DOMAIN",
    "版权",
    "版權",
    "未经",
    "未經",
    "转载",
    "轉載",
    "侵犯",
    "著作",
    "不承担",
)
_RIGHTS_START = compile_tc(r"^(?:本作品|这部作品|本模板|版权|凡本|声明|public\s*domain)", re.IGNORECASE)
# Brand strings injected by hijacked mirrors: 某某娱乐官方网站¥某某娱乐注册入口.
_SPAM = compile_tc(
    # also a Latin brand (xq体育官网, bet9娱乐平台) in place of a place name
    r"(?:[\u4e00-\u9fff]{2}|(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]{0,7})(?:体育|娱乐|彩票|棋牌|博彩|电竞)(?:[\u4e00-\u9fff]{2}(?:体育|娱乐|彩票|棋牌|博彩|电竞)|"
    r"官网|官方网站|在线|注册|平台|app下载|APP下载|下载|入口|网址|网|[_¥|·])+",
    re.IGNORECASE,
)
# A brand's site entrance in place of a place name: 某某手机官网入口·(中国)官方网站.
_SPAM_ENTRANCE = compile_tc(
    r"[\u4e00-\u9fff]{2,4}(?:手机|APP|app)?(?:官网入口|官方入口|注册入口|下载入口|登录入口)"
    r"(?:\s*[·_]?\s*[（(]中国[）)]\s*(?:官方网站|官网)?)?",
    re.IGNORECASE,
)
# A brand joined to its slogans with underscores (某某365体育_365投注_365电子游戏, 某某公司_官方网站:),
# in place of a place name: report text never joins words with "_".
_SPAM_JOINED = compile_tc(
    r"(?:[A-Za-z][A-Za-z0-9]*[\u4e00-\u9fff]{0,6}|(?<=[《“\"\s:：,，。、(（])[\u4e00-\u9fff]{2,10}|^[\u4e00-\u9fff]{2,10})"
    r"(?:\s?_\s?[A-Za-z0-9\u4e00-\u9fff ]{1,12}?)*\s?_\s?[A-Za-z0-9 \u4e00-\u9fff]{0,10}?"
    r"(?:官方网站|官网|体育|投注|娱乐|彩票|棋牌|游戏)[:：]?"
)
# A line of adult-site keywords that a hijacked mirror appends (…无码…毛片…在线观看…): two are enough.
_ADULT = compile_tc(r"无码|毛片|成人|AV|在线观看|高清视频|国产精品|亚洲|日韩")
_ADULT_GATE = ("无码", "無碼", "毛片", "AV")
_SPAM_WORDS = ("体育", "體育", "娱乐", "娛樂", "彩票", "棋牌", "博彩", "电竞", "電競")


def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern found in a line wherever one of ``words`` is: one scan, not one per word."""
    return re.compile("|".join(map(re.escape, words)))


_RIGHTS_WORD, _ADULT_WORD, _SPAM_WORD = _any_of(_RIGHTS_WORDS), _any_of(_ADULT_GATE), _any_of(_SPAM_WORDS)
_SPAM_MARK = re.compile(r"[_¥]|官网|app下载|注册", re.IGNORECASE)
# A source or photo credit on a line of its own: 区政府办 供稿, 区委新闻办供图, (某某 摄).
_CREDIT = compile_tc(r"^[（(]?[^，,。；;：:！？]{2,24}?\s*(?:供稿|供图|摄)[）)]?$")
# A field label written with spaces between its characters (作 者：…, 摄 影：).
_CREDIT_ENDS = ("稿", "图", "圖", "摄", "攝", ")", "）")
_EMPTY_ENDS = (":", "：", ")", "）", "】", "]")
_SPACED_LABEL = re.compile(r"^((?:[\u4e00-\u9fff][ \u3000]+){1,3}[\u4e00-\u9fff])(?=\s*[:：])")
_EMPTY_FIELD = compile_tc(rf"^[（(【\[]?\s*{_FIELD_PREFIX}{_FIELD}\s*[:：]\s*[）)】\]]?$")
# A newspaper's or station's name on a line of its own above the date or byline: 某某日报.
_MASTHEAD = compile_tc(
    r"^[\u4e00-\u9fff]{2,10}(?:日报|晚报|时报|商报|新闻网|融媒体中心|广播电视台|电视台|"
    r"(?<![汇通简情预申上呈快举捷公电警画周月年季])报)$"
)
# A site's name on a line of its own (某某党建网, 某某政务网), above the page's breadcrumb.
_SITE_NAME = compile_tc(r"^[\u4e00-\u9fff]{2,10}网$")
# A photo caption inside the body: a name (and a post) with the verb of the picture, 王某讲话.
_NAME_CAPTION = compile_tc(
    rf"^{_NAME}[\u4e00-\u9fff]{{0,6}}?(?:主持会议|主持并讲话|主持|讲话|发言|致辞|作报告|作辅导报告)$"
)
_CAPTION_MAX = 16
# A site's platform or service name on a line of its own after the report's last sentence (a
# footer: 某某融媒体平台, 某某舆情中心, 某某客户端): before it, such a line may be a sub-headline.
_PLATFORM = compile_tc(r"^[^\s，。,；;：:！？!?、（()）]{2,14}(?:平台|中心|服务|客户端|APP)$", re.IGNORECASE)
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
_CAPTION_STOP = re.compile(r"[。，,；;！？!?:：]")  # a line after ▲ with one of these is a sentence or a question
# A photo credit left between two sentences of a paragraph: 。 某社记者 某某 摄 会议听取了…
_PHOTO_CREDIT_INSIDE = compile_tc(
    rf"(?<=[。！？!?])\s*[^\s，,。]{{0,10}}记者\s+{_NAME}(?:\s+{_NAME}){{0,3}}\s+摄(?=\s)"
)
_VALUE_MAX = 20  # the value of a field whose label stood alone on the line before
_SENTENCE_MARK = re.compile(r"[。，,；;！？!?]")
_REPEATS = 3  # a short line that a page repeats this often is an injected link or tag
_REPEAT_MIN, _REPEAT_MAX = 6, 60
_MAX_LEADING_LINE = 80  # a long line that starts with 来源 is a sentence, not a meta strip
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


def _line_rule(line: str) -> str | None:
    """The rule that makes a whole line boilerplate, or None."""
    if is_script(line):
        return "widget"  # a page's script printed as text, at any length
    if len(line) > _META_MAX:
        return None  # furniture is short: a long line is the report's
    bare = line.lstrip(_BULLETS) or line
    if bare.endswith(("|", "丨")) and len(bare) > 2:
        bare = bare[:-1].rstrip()  # a column separator after a caption or a label: 某某现场 |
    short = len(line) <= _MAX_LEADING_LINE
    if _BUTTONS.match(line) or _SYMBOLS_ONLY.match(line):
        return "widget"  # buttons, or only symbols and emoji (⏳🔡, ——)
    if len(line) <= 12 and " " in line and _BUTTONS.match("".join(line.split())):
        return "widget"  # buttons spelled with spaces: 评 论, 分 享
    if _DATETIME_ONLY.match(bare):
        return "date_banner"
    if short and (" " in line or "\u3000" in line) and (m := _SPACED_LABEL.match(line)):
        line = "".join(m.group(1).split()) + line[m.end() :]  # 作 者：某某 reads as 作者：某某
    if _BYLINE_LINE.match(line) or _NAMES_LINE.match(line) or _DESK_LINE.match(line):
        return "byline"
    if short and line.endswith(_EMPTY_ENDS) and _EMPTY_FIELD.match(line):
        return "byline"
    if len(line) <= 30 and line.endswith(_CREDIT_ENDS) and _CREDIT.match(line):
        return "byline"
    if _NAMED_STAMP.match(bare):
        return "meta_strip"
    if (
        len(line) <= _META_MAX
        and _META_SEPARATOR.search(line)
        and (len(_META_LABEL.findall(line)) >= 2 or (_TIMESTAMP_HEAD.match(bare) and _META_LABEL.search(line)))
    ):
        return "meta_strip"
    if short and (_WIDGET.match(bare) or _FORUM_PROFILE.match(bare)):
        return "widget"
    if short and (m := _BRACKETED.match(bare)) and _META_LABEL.match(m.group(1)) and _META_SEPARATOR.search(m.group(1)):
        return "meta_strip"  # a strip of fields in brackets: (新闻来源:某某中心 转载:某某)
    if short and (_IMAGE.match(bare) or _SPACED_TAG.match(bare)):
        return "image" if _IMAGE.match(bare) else "navigation"
    if short and (
        _LEADING.match(bare) or _ANYWHERE.search(line) or _RELATED_LINK.match(line) or _BREADCRUMB.match(bare)
    ):
        return "meta_strip" if _META_LABEL.match(bare) else "navigation"
    if len(line) <= _TEASER_MAX and _TEASER.search(line):
        return "navigation"
    if short and (rule := furniture_rule(bare)):
        return rule
    if _RIGHTS_START.match(line) or (_may_be_rights(line) and _RIGHTS.search(line)):
        return "rights"
    if _ADULT_WORD.search(line) and len(set(_ADULT.findall(line))) >= 2:
        return "spam"
    return None


def _is_rights_box(para: str) -> bool:
    """A rights statement that a site broke over several short lines."""
    if len(para) > 2 * _RIGHTS_MAX or "\n" not in para.strip() or not _may_be_rights(para):
        return False
    flat = " ".join(para.split())
    return bool(_RIGHTS_START.match(flat) and _RIGHTS.search(flat))


def _may_be_rights(text: str) -> bool:
    return _RIGHTS_WORD.search(text) is not None


def _repeated(paragraphs: list[str]) -> set[str]:
    """Short lines the page itself repeats (a recommended-article link between paragraphs)."""
    counts: dict[str, int] = {}
    for para in paragraphs:
        for raw in para.split("\n"):
            line = raw.strip()
            if _REPEAT_MIN <= len(line) <= _REPEAT_MAX:
                counts[line] = counts.get(line, 0) + 1
    return {line for line, n in counts.items() if n >= _REPEATS}


def _context_rule(
    line: str, next_rule: str | None, in_body: bool, after_label: bool = False, after_body: bool = False
) -> str | None:
    """Rules that need the lines around: a masthead above a date or byline, a caption of a
    name and a verb once the body has begun (before it, such a line is a sub-headline), the
    value of a field whose label stands alone on the line before (来源： / 某某乡党政办, and past
    the last sentence 责任编辑： / 某某), a platform's name after the report's last sentence."""
    if after_body and len(line) <= _PLATFORM_MAX and _PLATFORM.match(line):
        return "navigation"
    if after_body and len(line) <= _COLUMN_MAX and _COLUMN_LABEL.match(line):
        return "navigation"
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
    return None


def _last_sentence(paragraphs: list[str]) -> tuple[int, int]:
    """(paragraph, line) of the last non-blank line that ends a sentence: what follows is a footer."""
    for p in range(len(paragraphs) - 1, -1, -1):
        lines = [raw.strip() for raw in paragraphs[p].split("\n") if raw.strip()]
        for i in range(len(lines) - 1, -1, -1):
            if lines[i].endswith(_SENTENCE_ENDS):
                return p, i
    return len(paragraphs), 0  # no sentence: no footer is known


def _shorter_than(paragraphs: list[str], p: int, i: int, kept: list[str]) -> bool:
    """What follows line ``i`` of paragraph ``p`` is shorter than the report ``kept`` so far."""
    rest = sum(len(line) for line in paragraphs[p].split("\n")[i + 1 :]) + sum(map(len, paragraphs[p + 1 :]))
    return rest < sum(map(len, kept))


def _publish_date(line: str, strip: bool = False) -> str | None:
    """The date a publish line gives; in a strip of fields (``strip``), any full date in it
    (来源: 某某 2021-09-15 09:10:51 责编: 某某)."""
    if m := _PUBLISH.search(line):
        return re.sub(r"\s+", "", m.group(1))
    if strip and (m := _ANY_DATE.search(line)):
        return re.sub(r"\s+", "", m.group(0))
    bare = line.lstrip(_BULLETS)
    if _DATETIME_ONLY.match(bare) and (m := _DAY_FIRST.match(bare)) and int(m[1]) > 12 >= int(m[2]):
        return f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
    if (_DATETIME_ONLY.match(bare) or _TIMESTAMP_HEAD.match(bare) or _NAMED_STAMP.match(bare)) and (
        m := _ANY_DATE.search(bare)
    ):
        return re.sub(r"\s+", "", m.group(0))
    return None


def _cut_fragments(line: str, removals: list[tuple[str, str]]) -> str:
    """``line`` without a byline fragment at its start or end, nor injected spam strings."""
    if line.startswith(("<", "【")) and (m := _HEAD_MARK.match(line)):
        removals.append(("widget", m.group(0).strip()))
        line = line[m.end() :]
    if line.endswith(("|", "丨")) and (m := _TAIL_MARK.search(line, max(0, len(line) - 8))):
        removals.append(("widget", m.group(0).strip()))
        line = line[: m.start()]
    if ("—" in line or "-" in line or "_" in line) and "。" not in line and (m := _TITLE_TAIL.search(line)):
        removals.append(("navigation", m.group(0).strip()))
        line = line[: m.start()]
    if line.endswith(_SITE_ENDS) and "。" not in line and (m := SITE_TITLE_TAIL.search(line)) and m.start() > 0:
        removals.append(("navigation", m.group(0).strip()))  # …_某某县人民政府门户网站
        line = line[: m.start()]
    if line.startswith(_PAGE_MARK_STARTS) and (m := PAGE_MARK.match(line)):
        removals.append(("widget", m.group(0).strip()))  # [接上页], 第1页共6页
        line = line[m.end() :]
    if line.endswith(("页)", "頁)", "页）", "頁）")) and (m := PAGE_COUNTER_TAIL.search(line)) and m.start() > 0:
        removals.append(("widget", m.group(0).strip()))  # 某某章 (第1/2页)
        line = line[: m.start()]
    if (m := _FRAGMENT_HEAD.match(line)) and m.group(0).strip():
        removals.append(("byline_fragment", m.group(0).strip()))
        line = line[m.end() :].strip()
    elif line.startswith(("(", "（", "【", "[")) and (m := DATED_CREDIT.match(line)):
        removals.append(("byline_fragment", m.group(0).strip()))  # (2023年3月22日某某街道某某报道)
        line = line[m.end() :].strip()
    if line.endswith((")", "）")) and (m := DEPARTMENT_CREDIT.search(line, max(0, len(line) - 20))):
        removals.append(("byline_fragment", m.group(0).strip()))  # (办公室) after the last full stop
        line = line[: m.start()].strip()
    tail = max(0, len(line) - _TAIL_CHARS)
    if (line.endswith(("）", ")", "】", "]", "摄", "攝", "文", "细")) or _TAIL_GATE.search(line, tail)) and (
        m := _FRAGMENT_TAIL.search(line, tail)
    ):
        removals.append(("byline_fragment", m.group(0).strip()))
        line = line[: m.start()].strip()
    if "摄" in line or "攝" in line:
        for m in reversed(list(_PHOTO_CREDIT_INSIDE.finditer(line))):
            removals.append(("byline_fragment", m.group(0).strip()))
            line = line[: m.start()] + line[m.end() :]
    if "入口" in line:
        for m in reversed(list(_SPAM_ENTRANCE.finditer(line))):
            removals.append(("spam", m.group(0)))
            line = line[: m.start()] + line[m.end() :]
    if "官" in line:
        for m in reversed(list(LATIN_BRAND.finditer(line))):
            removals.append(("spam", m.group(0)))  # 某某365官网 in place of a name
            line = line[: m.start()] + line[m.end() :]
    if "_" in line:
        for m in reversed(list(_SPAM_JOINED.finditer(line))):
            removals.append(("spam", m.group(0)))
            line = line[: m.start()] + line[m.end() :]
    spam = _SPAM_WORD.search(line) is not None
    for m in reversed(list(_SPAM.finditer(line)) if spam else []):
        if _SPAM_MARK.search(m.group(0)) or m.group(0) == line:
            removals.append(("spam", m.group(0)))
            line = line[: m.start()] + line[m.end() :]
    return line.strip()


def _inside_sentence(norm: str, a: int, b: int) -> bool:
    """norm[a:b] is a piece of a sentence broken over lines (所作的⏎政府工作报告⏎。), not a line
    of its own: the text goes on with a punctuation mark or comes to it mid-clause."""
    after = norm[b:].lstrip()[:1]
    before = norm[:a].rstrip()[-1:]
    return (bool(after) and after in _CONTINUES) or (bool(before) and before in _OPEN_CLAUSE)


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
            if shared and not _line_rule(line.strip()) and not _inside_sentence(norm, start, end):
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
    paragraphs = _evidence_cut(norm, boilerplate, removals, keyed)
    brands = betting_brands(norm)
    kept: list[str] = []
    publish_dates: dict[bool, str] = {}  # a publish strip's date beats a banner's (a stale site header)
    repeated = _repeated(paragraphs)
    in_body = False
    profile_open = False  # the line before was a forum profile label (注册时间): this is its value, not a date
    label_open = False  # the line before was a field label left without its value (来源：), maybe a paragraph up
    last_sentence = _last_sentence(paragraphs)
    injected = may_have_injected_symbols(norm)  # emoji or math letters inside words (传达了🎃总局)
    glued = glued_jammer_tokens(norm)  # a mirror's jammer glued inside words (决策机9L3K，)
    head_lines = [line.strip() for para in paragraphs[:_CRUMB_PARAGRAPHS] for line in para.split("\n")]
    crumbs = breadcrumb_labels(head_lines) | headline_tags(head_lines)
    next_to_furniture = False  # the line before was removed, or was the report's last sentence
    teasers = False  # past a recommendations header that follows the report: other articles' teasers
    for p, para in enumerate(paragraphs):
        if _is_rights_box(para):
            removals.append(("rights", " ".join(para.split())))  # a statement broken over lines (wiki licence boxes)
            continue
        lines = lines_without_jammers([raw.strip() for raw in para.split("\n") if raw.strip()], removals)
        lines = lines_without_injected_symbols(lines, removals) if injected else lines
        lines = lines_without_glued_jammers(lines, glued, removals) if glued else lines
        rules = [_line_rule(line) for line in lines]
        for i, line in enumerate(lines):
            rule = rules[i] or ("repeated" if line in repeated else None)
            if profile_open and len(line) <= _PROFILE_VALUE_MAX and not _SENTENCE_MARK.search(line):
                rule = "widget"  # the profile's value: a registration date is not the post's
            profile_open = rule == "widget" and bool(_FORUM_PROFILE.match(line.lstrip(_BULLETS)))
            if rule is None:
                next_rule = rules[i + 1] if i + 1 < len(lines) else None
                rule = _context_rule(line, next_rule, in_body, label_open, (p, i) > last_sentence)
            if rule is None and not in_body and crumbs and is_breadcrumb_label(line, crumbs):
                rule = "navigation"  # a column heading the page's breadcrumb names (某栏目 above 首页 > 某栏目)
            if rule is None and is_page_words_line(line):
                rule = "page_words"  # only the words pages use about themselves (热门推荐, 立即注册, 点阅率:35)
            if rule is None and next_to_furniture and (p, i) > last_sentence:
                rule = margin_rule(line)  # a footer's names, credit or menu bar (etl/extract/margins.py)
                if rule is None and i + 1 < len(lines) and is_dated_link(lines[i + 1], rules[i + 1]):
                    rule = "navigation"  # a link to another article, its date below it
            if rule is None and not in_body:
                rule = head_rule(line)  # a column label above the report (企业要闻, 信息正文)
                if rule is None and i + 1 < len(lines) and is_tag_of_headline(line, lines[i + 1]):
                    rule = "navigation"  # 某州 above 某州市某县政协召开…会议: the page's section tag
            if rule is None and teasers:
                rule = "navigation"  # a teaser of another article, under the recommendations header
            if rule and in_body and not teasers and is_recommendations_header(line):
                teasers = _shorter_than(paragraphs, p, i, kept)
            next_to_furniture = bool(rule) or (p, i) == last_sentence
            label_open = rule in ("meta_strip", "byline") and line.endswith((":", "："))
            if rule == "navigation" and kept and _SPACED_NAME.match(line) and _SPEECH_HEAD.match(kept[-1]):
                rule = None  # 习　近　平 under （2017年10月18日）: the speaker's name, not a column tag
            if rule:
                removals.append((rule, line))
                if (
                    rule in ("meta_strip", "date_banner", "navigation")
                    and not teasers
                    and (date := _publish_date(line, rule == "meta_strip"))
                ):
                    publish_dates.setdefault(rule == "meta_strip", date)
                continue
            if (line.endswith(_DIGITS) and (m := _PUBLISH_TAIL.search(line))) and "。" not in line:
                removals.append(("meta_strip", m.group(0).strip()))
                publish_dates.setdefault(True, re.sub(r"\s+", "", m.group(1)))
                line = line[: m.start()]
            if not in_body and (m := headline_tag(line)):
                removals.append(("navigation", m.group(0).strip()))  # 两会快讯| before the headline
                line = line[m.end() :]
            if brands:
                line = without_brands(line, brands, removals)
            if (p, i) > last_sentence and (m := _CLOSING_NAMES.search(line)):
                removals.append(("byline_fragment", m.group(0).strip()))
                line = line[: m.start()]
            if line := _cut_fragments(line, removals):
                kept.append(line)
                in_body = in_body or "。" in line
    dateline = next(
        (m.group(0) for rule, cut in removals if rule == "byline_fragment" and (m := _MONTH_DAY.search(cut))), None
    )
    publish = publish_dates.get(True) or publish_dates.get(False)
    return Cleaned("\n".join(kept), tuple(removals), publish, dateline)
