"""The rules a line alone calls for.

``line_rule`` names the rule that makes a whole line furniture (navigation, meta strips, date
banners, widgets, images, bylines, rights, spam and the families of ``etl.extract.cleaning.furniture``),
or None; ``publish_date`` reads the publication date from a strip or banner it removes;
``is_rights_box`` tells a rights statement broken over short lines. The fragments cut from the
ends of a line it keeps are ``etl.extract.cleaning.fragment_cuts``'s. ``etl.extract.cleaning.clean`` runs them over
a page, with the rules that need the page around a line.
"""

from __future__ import annotations

import re

from etl.extract.cleaning.credit_lines import credit_line_rule
from etl.extract.cleaning.furniture import (
    furniture_rule,
    is_script,
)
from etl.extract.text.first_chars import FirstChars, first_chars_ahead
from etl.extract.text.patterns import SURNAMES, compile_tc

# Byline fields: 文稿:李娜, 编辑 方新月, 责任编辑：某某 ...
_FIELD = (
    r"(?:文字编辑|图片编辑|视频编辑|新媒体编辑|文稿|撰稿人|审稿人|审核人|单位审核|审核领导|摄影记者|转载|撰稿|来稿|编辑|责任编辑|责编|主编|值班编辑|编审|记者|通讯员|审核|审校|审签|审定|校对|摄影|摄像|"
    r"图片|图文|视频|制作|监制|出品|签发|策划|统筹|设计|排版|作者|来源|泉源|稿源|供稿|信息来源|文字|一审|二审|三审|初审|"
    r"复审|终审|值班主任|总编|责任校对|执行主编|美编|摄制|配音|剪辑|航拍|部门审核|发布|文[、和]图|图[、和]文|文|图)"
)
_FIELD_PREFIX = r"(?:全媒体|融媒体|融媒|本报|本台|本网|特约|首席|见习|实习)?"
_SEP = r"\s*[:：|丨/]\s*|\s+"
PERSON_NAME = rf"[{SURNAMES}][\u4e00-\u9fff]{{1,3}}"
# A two-character name a newspaper pads with a space to the width of three: 曾 静.
_PADDED_NAME = rf"(?:{PERSON_NAME}|[{SURNAMES}][ \u3000]+[\u4e00-\u9fff])"
# How the name of the body that wrote a story ends: an office, a committee, a court, a hospital, a school.
_BODY_END = (
    r"(?:办|委|部|局|室|科|处|中心|法院|检察院|医院|学院|研究院|院|所|学校|中学|小学|大学|校|公司|集团|站|馆|队)"
)
# A whole byline line: one or more "field sep names" pairs and nothing else.
_BYLINE_LINE = compile_tc(
    rf"^[□■◆●▲]?\s*[（(【\[]?(?:{PERSON_NAME}\s+(?={_FIELD_PREFIX}{_FIELD}\s*[:：]))?(?:{_FIELD_PREFIX}{_FIELD}(?:{_SEP})[^\s:：|丨。，,！？]{{1,30}}(?:\s+[^\s:：|丨。，,！？]{{1,12}})*"
    rf"\s*[|丨/]?\s*)+[）)】\]]?(?:\s*报道)?$"
)
_BYLINE_LINE = first_chars_ahead(_BYLINE_LINE)  # same matches, found sooner (etl/extract/text/first_chars.py)
# A desk or a programme before 记者 and the reporters' names after a slash or a colon: 联播记者/某某, 晚间新闻记者：某某 某某.
_DESK_REPORTER_LINE = compile_tc(
    rf"^[\u4e00-\u9fff]{{1,8}}?(?:记者|通讯员|摄像|摄影)\s*[:：/／]\s*{_PADDED_NAME}(?:[\s、]+{PERSON_NAME}){{0,3}}$"
)
# A reporters' group credited without names: ■某县融媒体中心记者组.
_DESK_LINE = compile_tc(r"^[□■◆●▲]?\s*[^\s，,。；;：:！？]{0,16}(?:记者组|报道组|采访组)$")
# What a credited name did, after it: 某某/文, 某某 文/图.
_PART = r"(?:\s*[/／]\s*|\s+)(?:文|图|摄|文图|图文)(?:\s*[/／]\s*(?:文|图|摄))?\s*"
# A line that is only names in brackets, (施某 田某), （王某）: the reporters of the story.
_NAMES_LINE = compile_tc(
    # (甲某 乙乙): a reporter may sign with a two-character pen name that starts with no surname
    rf"^[（(]\s*{_PADDED_NAME}(?:[\s、，,]+{PERSON_NAME}|\s+[\u4e00-\u9fff]{{2}}){{0,4}}\s*(?:{_PART})?[）)]$"
    # an e-paper's byline, its mark and the names of two or three characters: ■某某 (■安全生产 is a heading)
    rf"|^[■□◆]\s*(?:[{SURNAMES}][\u4e00-\u9fff]{{1,2}}|[{SURNAMES}][ \u3000]+[\u4e00-\u9fff])(?:[\s、]+[{SURNAMES}][\u4e00-\u9fff]{{1,2}}){{0,3}}$"
    rf"|^(?:记者|通讯员)\s*[:：]\s*{_PADDED_NAME}\s*[/／]\s*[^\s，,。]{{1,10}}?报[导道]。?$"  # 记者: 某某/县府报导。
    rf"|^[（(](?=[\u4e00-\u9fff]{{5,12}}[）)]$)(?:[{SURNAMES}][\u4e00-\u9fff]{{1,2}}){{2,4}}[）)]$"  # (甲某乙某某): run together
    # (党委办 某 某), （县委宣传部 王某 李某）: the office that wrote the story, then its writers
    # (某某法院 王某), (某某医院 李某): any body's name ends as a body does (院, 所, 校, 公司 …)
    rf"|^[（(]\s*[\u4e00-\u9fff]{{1,8}}?{_BODY_END}\s+{_PADDED_NAME}(?:[\s、]+{PERSON_NAME}){{0,3}}\s*[）)]$"
)
_SYMBOLS_ONLY = re.compile(r"^[\W_]+$")  # no letter, digit or character: emoji, rules, dots
BULLETS = "•·●■◆□▲*-— \t"
# Lines that are boilerplate when they start like this (and are short).
_LEADING = compile_tc(
    r"^(?:当前位置|[您你](?:当前|现在)(?:所在)?位置|您的位置|你的位置|您现在的位置|您当前的位置|你当前的位置|您当前所在的位置|您现在所在的位置|您所在的位置|现在位置|位置[:：]|"
    r"首页\s*[>》＞/]|网站首页\s*[>》＞/]|【?\s*字体|字号[:：]|"
    r"【?\s*打印|打印本页|列印|【?\s*关闭|关闭窗口|扫一扫|用手机扫|手机扫|微信扫一扫|点击上方|点击蓝字|"
    r"点蓝字|长按识别|长按二维码|识别二维码|阅读原文|轻触阅读原文|预览时标签不可点|继续滑动看下一个|"
    r"向上滑动看下一个|发布时间|发布日期|发表时间|发表日期|发稿时间|(?:内容|信息|页面|文章)?更新时间|时间[:：]|日期[:：]|浏览次数|阅读次数|"
    r"点击数|访问量|浏览量|阅读量|上一篇|下一篇|上一版|下一版|上一条|下一条|相关链接|相关新闻|相关阅读|相关文章|分享到|分享至|"
    r"版权所有|copyright|©|主办单位|主办[:：]|承办单位|承办[:：]|技术支持|网站标识码|网站地图|"
    r"联系我们|与我们联系$|(?:本文|全文|文章)字数\s*[:：]?\s*\d+\s*字?$|备案号|来源[:：]|作者[:：]|责任编辑|原标题[:：]|信息来源|【?\s*收藏|【?\s*纠错|"
    r"微信号[:：]|公众号|关注我们|关注公众号|(?:扫码|点击|欢迎)?关注[^。，,；;！？!?\s]{1,10}?(?:网|网站|公众号|微信|微博|客户端|抖音号?|视频号|头条号)[!！]?$|喜欢此内容的人还喜欢|写留言|留言|精选留言|"
    r"视频\s*小程序|轻点两下取消|人划线|往期推荐|往期回顾|推荐阅读|END$|-\s*END\s*-|现在时间|"
    r"举报电话|举报邮箱|用户举报|[^。，]{0,12}违法和不良信息举报|本篇文章\s*\d+\s*字|全文\s*\d+\s*字|"
    r"(?:文章|稿件|新闻|本文)来源|投稿邮箱|投稿信箱|联系电话[:：]|联系方式[:：]|传真[:：]|邮编[:：]|"
    r"【?\s*我要纠错|网站纠错|网站声明|隐私政策|使用帮助|相关稿件|相关报道|[-—\s]*END[-—\s]*$|"
    r"视频加载中|您的浏览器不支持|点击播放|使用小程序|写下你的留言|合作单位$|友情链接|"
    r"(?:浏览|阅读|点击|访问|点阅|人气)(?:量|次数|数|率)?\s*[:：]?\s*\d*\s*次?$|字型大小|字体大小|"
    r"首\s?页(?:\s+[^\s，。,；;]{2,8}){1,6}$|"
    # a footer's phone line, its label qualified in brackets (咨询电话(工作日):…, 值班电话（夜间）：…)
    r"(?:服务|值班|咨询|办公|急诊|急救|预约|挂号|投诉|监督|客服|联系)?电话\s*[(（][^)）\n]{1,10}[)）]\s*[:：]\s*[\d(（+]|"
    # a footer's address alone: regions, then a road and its number (某省某市某镇某某大道88号)
    r"(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|区|县|旗|镇|乡|街道)){2,5}[\u4e00-\u9fff\d]{1,12}?(?:路|大道|大街|街|巷)"
    r"\s*\d{1,5}\s*号(?:院|楼|大楼)?$|【[^】\n]{0,10}(?:推荐|热点)[^】\n]{0,6}】$|当前页面|[^。，,]{0,8}站群(?:导航)?$|(?:Produced|Powered)\s+by|第[一二三四五六七八九十\d]{1,3}版\s*[:：]|总第\s*\d+\s*期|按\s*Enter|跳[到转]?主要?内容|"
    r"智能推荐|为你推荐|猜你喜欢|热门推荐|相关推荐|新闻推荐|推荐新闻|热点新闻|延伸阅读|标签[:：]|[\u4e00-\u9fff]{0,4}解读[:：]|"
    r"热门搜索|热搜|关联信息$|相关信息$|最新消息$|最新动态$|欢迎(?:访问|光临|来到|来访)[^。，,]{0,24}$|欢迎(?:进入|登录|莅临)[^。，,]{0,20}(?:网|网站|平台|门户)[!！。]?$|(?:\s*[>＞»]\s*[^>＞»\s]{1,10}){2,}$)",
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
_ANYWHERE = first_chars_ahead(_ANYWHERE)  # same matches, found sooner (etl/extract/text/first_chars.py)
# Lines made only of share/like buttons, font-size switches, version links or separators.
_BUTTONS = compile_tc(
    r"^(?:[\s|丨/·•\-—_=*【】\[\]▼▲↓↑→←]|分享|收藏|点赞|在看|赞|转发|推荐|打印|关闭|返回顶部|返回|"
    r"字号|字体|[大中小]|A\s*[+＋\-－]|政务|微信|微博|QQ空间|QQ|朋友圈|复制链接|繁体版|简体版|繁體|简体|无障碍|长辈版|关怀版|"
    r"适老版|手机版|电脑版|PC版|WAP版|无障碍版|English|登录|注册|知道了|取消|允许|赞赏|评论|写评论|打印此页|打印本页|关闭本页|关闭窗口|[:：]|[（(]?完[）)]?)+$",
    re.IGNORECASE,
)
_BUTTONS = first_chars_ahead(_BUTTONS)  # same matches, found sooner (etl/extract/text/first_chars.py)
# Comment and reading widgets.
_WIDGET = compile_tc(
    r"^(?:\d+\s*条评论|网友评论|暂无(?:网友)?评论|发表评论|我要评论|评论列表|查看评论|验证码|\*?正文[:：]?$|"
    r"<正>$|今天是\s*[:：]?$|摘要$|文章不错|点个赞|转载是一种动力|分享是一种美德|读完约\s*\d+\s*分钟|"
    r"评论一下|(?:评论\s*|已有\s*)?\d+\s*人参与|还没有评论|快来抢沙发|(?:最热|最新|热门|全部|精彩)评论$|"
    r"参与讨论$|查看更多(?:精彩)?评论|幻灯播放$|查看原图$|提示\s*[:：]\s*支持键盘翻页|loading\.*$|欢迎您\s*[,，]?\s*请\s*\[\s*登录\s*\]|请?输入验证码|账号\s*[+＋]\s*密码|还没有账号|立即注册$|忘记密码|登录\s*/\s*注册|附件\s*[:：]?$|"
    r"查看隐藏内容|(?:没有|暂无|还没有)留言[。！!]?$|"
    # a WeChat post's ask to tap its 在看 button (来都来了，点个在看再走吧~, 觉得有用就点个“在看”)
    r"[^。]{0,16}?点(?:(?:个|一下|亮)\s*[“\"「]?|\s*[“\"「])在看[”\"」]?[^。]{0,10}$|"
    # a notice that the reader's browser is too old (请更新您的浏览器, 您使用的浏览器版本较旧，…)
    r"(?:请|建议您?)(?:更新|升级)(?:您的)?浏览器|您?(?:当前|正在)?(?:使用)?的?浏览器(?:版本)?(?:较旧|过旧|过低|太低|太旧)|[^。，,]{0,10}(?:需|请)先?登录(?:后?(?:查看|浏览|阅读))?$|"
    # a forum's prompts to sign up (马上注册，结交更多好友…, 您需要 登录 才可以下载或查看，没有账号？…)
    r"(?:马上|立即)注册\s*[，,]\s*结交更多|您需要\s*登录\s*才(?:可以|能)(?:下载|查看|回复|浏览))",
    re.IGNORECASE,
)
# A forum poster's profile field, its value on the next line: - 注册时间 ⏎ - 2012-3-5.
FORUM_PROFILE = compile_tc(
    r"^(?:[注註]册时间|最后登录|阅读权限|在线时间|积分|精华|帖子|主题|金钱|威望|贡献|文章|UID)$"
    r"|^(?:Rank\s*[:：]\s*\d{1,3}\s*)+$",  # a poster's rank stars (Rank: 10Rank: 10)
    re.IGNORECASE,
)


# Image file names and photo captions: w_DSC06035.JPG, ![](/pic/1.png), 640 (1).jpg (a copy's counter after a
# space), 某某copy.jpg) (the tail of an image link whose start the page cut), a caption saved as the name
# (11月30日 召开某某会_副本.jpg), 会议现场, (资料图); a name holds no sentence's marks (。，！？), so a sentence
# that ends in an inline image's link (…推进乡村振兴。![img](…/x.png)) is not one.
_IMAGE = compile_tc(
    r"^(?:!\[[^\]]*\]\([^)]*\)?|(?:[^\s。，,；;！？!?]|[ \u3000](?=[^\s。，,；;！？!?])){0,80}(?:\s?[(（]\d{1,3}[)）])?\.(?:jpe?g|png|gif|bmp|webp|mts|mp4)[)）]?|[（(]?\s*资料图片?\s*[）)]?|"
    r"图为.{0,30}|.{0,12}(?:图片|海报|照片|视频|配图)来源[:：].*|[^，。]{0,8}(?:会议?现场|会场(?:场景|一角)?|现场图|活动现场)|图片|图像|组图|视频|音频|"
    # a caption naming its scene or drawing, closed by a full stop: 某某街道某某会议现场。, 某某中心效果图。
    r"[^\s，,。；;！？!?：:]{2,30}(?:会议?现场|效果图|鸟瞰图|规划图|示意图|全景图)。?|"
    # a caption in brackets on its own line: (会议现场), （活动现场）, 【座谈会现场】
    r"[（(【]\s*[^，。()（）【】]{0,8}(?:会议?现场|会场(?:场景|一角)?|现场图|活动现场)\s*[）)】])$",
    re.IGNORECASE,
)
# A line that is only one <image>…</image> element, as a scraper that writes images as markup leaves it (its
# link, however long, holds no angle bracket; <img …> is HTML's, which clean's html_tag stage removes first); a
# line with a sentence before or after the element is not one.
_IMAGE_MARKUP = re.compile(r"^<image\b[^<>]*>[^<>]*</image>$", re.IGNORECASE)
# A short column tag written with spaces between its characters: 工 作 动 态.
_SPACED_TAG = re.compile(
    r"^(?:[\u4e00-\u9fff][ \u3000]+){2,6}[\u4e00-\u9fff]$|^[A-Za-z]{2,12}$"
    r"|^(?:[^\s|丨，。,.]{1,8}\s*[|丨]\s*){2,}[^\s|丨，。,.]{1,8}$"  # a menu bar: 首页 | 新闻 | 政务公开
    r"|^(?:网站)?首页(?:[ \u3000]+[^\s|丨，。,.、；;：:]{2,10}){3,}$"  # a menu bar by spaces: 首页 概况 动态 专题
)
# Publish, source, author, editor and view-count fields; a line made of two or more is a strip.
_META_LABEL = compile_tc(
    # (a forum's post line too: 楼主| 发表于 2021-5-23 17:19 | 显示全部楼层)
    r"(?:^|[\s|丨/•·\[【(（])(?:作者|编辑|责任编辑|责编|(?:文章|稿件|新闻|信息|本文)?来源|稿源|发布时间|发布日期|发表时间|发表日期|发布者|发布机构|发稿时间|"
    r"楼主|发表于|發表於|更新于|发布于|信息名称|"  # (a portal's strip: 更新于 08月02日06:16 • 发布于 07月31日14:10 • 某台)
    r"更新时间|内容更新时间|时间|日期|浏览|浏览次数|浏览量|阅读|阅读量|阅读数|点击|点击数|点击量|字数|评论|"
    r"访问量|访问次数|点击率|阅读次数|人气|点阅率|点阅|信息索引号|索引号|文号|主题词|主题分类|体裁|分类|所属机构|生成日期|成文日期|公开方式|字号)"
    r"\s*(?=[:：|丨]|\s|\d|$)"
)
# same matches, found sooner: the engine cannot skip to an alternation of a class and ^ (etl/extract/text/first_chars.py)
_META_LABEL = first_chars_ahead(_META_LABEL)
_META_MAX = 160
_BRACKETED = re.compile(r"^[（(]([^（()）]{2,60})[）)]$")  # a line wholly in brackets
# A desk's credit in brackets whose names the page left out: (本报记者), （通讯员）.
_BARE_CREDIT_MAX = 12
_BARE_CREDIT = compile_tc(r"^[（(]\s*(?:本报|本台|本网|特约|首席|见习|实习|融媒)?(?:记者|通讯员|特约记者)\s*[）)]$")
_META_SEPARATOR = re.compile(r"[:：|丨]|\s")
DATE_TEXT = r"(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}/\d{1,2}/\d{4})"
# A clock time after a date: 18:30, 10:21:05.
CLOCK_TEXT = r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
_TIMESTAMP_HEAD = re.compile(rf"^[\[【(（]?\s*{DATE_TEXT}(?:\s+{CLOCK_TEXT})?")
# A bare publication stamp or banner: 2022-09-02 18:30, 2023年09月15日, 2023年03月29日 星期三; also with
# the page's view count after it (2024-01-08 318, 2024-03-05 10:21 浏览：1032).
_DATETIME_ONLY = re.compile(
    rf"^(?:今天是\s*[:：]?\s*)?(?:{DATE_TEXT}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}})(?:\s*{CLOCK_TEXT})?(?:\s*(?:星期|周|週)[一二三四五六日天])?"
    r"(?:\s+(?:(?:浏览|阅读|点击|访问)(?:量|次数|数)?\s*[:：]?\s*)?\d{1,7}\s*次?)?"
    # …or the site or paper that published it after the clock (2021-02-25 09:49  某某网, 10:21 某某日报)
    rf"(?:(?<=[:：]\d\d)\s+[^\s，。,；;：:]{{1,12}}?(?:网|网站|新闻网|日报|晚报|报|客户端|电视台|融媒))?$"
)
_DATETIME_ONLY = first_chars_ahead(_DATETIME_ONLY)  # same matches, found sooner (etl/extract/text/first_chars.py)
# A forum's footer clock, its time zone first (GMT+8, 2025-3-28 20:36): the hour the page was served, not its
# publication, so it is no date banner.
_SERVED_CLOCK = re.compile(
    rf"^(?:GMT|UTC)\s*[+\-]\s*\d{{1,2}}(?::?\d{{2}})?\s*[,，]\s*{DATE_TEXT}(?:\s*{CLOCK_TEXT})?$"
)
# A stamp without its year but with its clock time, alone on a line: 09-10 14:55, 9月10日 14:55, 12/08 09:30:12
# (a month and day alone stays: 5月6日上午 on a line of its own is the meeting's).
_CLOCKED_DAY_ONLY = re.compile(rf"^\d{{1,2}}\s*[-/月]\s*\d{{1,2}}\s*日?\s+{CLOCK_TEXT}$")
# The site's line about its launch (本网站于2002年12月30日开通): a date, never the page's.
# A WeChat account's card under a post (某某新闻 ⏎ 某某台新闻发布官方账号。提供时政、社会…等服务信息。): the account
# describing itself, never the report.
_ACCOUNT_CARD = compile_tc(
    r"^(?![^，,。]{0,8}?(?:要|应|须|用好|办好|管好|运营))[^。！？!?，,；;：:“”]{2,30}?(?:官方(?:账号|帐号|微信号?|公众号|平台)|公众号|公众平台)[。，,；;]\s*"
    r"(?:提供|发布|传递|传播|聚焦|致力于|权威发布|为您|服务|关注)"
)
_ACCOUNT_CARD_MAX = 160
_SITE_OPENED = compile_tc(r"^本(?:网站|站)(?:于|自)?[^。，,]{0,16}?(?:开通|上线|建站|开始运行|正式运行)。?$")
# An archive's stamp: the day a page was archived, not published (归档时间:2021-09-07 已归档, 存档日期：…,
# 归档于2019年3月2日): never the publication's date, so it is read as page words, not as a stamp.
_ARCHIVE_STAMP = compile_tc(
    rf"^(?:(?:归档|存档)(?:时间|日期)\s*[:：]?|归档于)\s*{DATE_TEXT}(?:\s*{CLOCK_TEXT})?(?:\s*已(?:归档|存档))?$"
)
# A site's or paper's name before the publication stamp, alone on a line: 某某日报 2020年03月12日,
# 某某新闻 2026-01-07 19:50:06; the writer's name may follow the paper's (某某新闻·某某日报 王某某 2026-01-10 06:49).
_NAMED_STAMP = re.compile(
    # (or a middle dot between the paper and its stamp: 某某日报·2026-02-07 10:13)
    # (or glued to a paper's or site's name: 某某日报2021-01-26 10:48:29)
    rf"^[^\s，,。；;：:！？!?（()）]{{2,12}}(?:\s+[\u4e00-\u9fff·]{{2,4}})?(?:\s+|\s*·\s*|(?<=[报网台]))"
    rf"{DATE_TEXT}(?:\s*{CLOCK_TEXT})?"
    r"(?:\s*(?:星期|周|週)[一二三四五六日天])?$"
)
# A column's tag and the publication stamp between bars, alone on a line: | 招商动态 |2016-07-21, 2021-03-02 丨 政务要闻.
# Every cell is short and no sentence; one is the stamp (a menu bar has none, a report's line has a sentence).
_BAR_CELL = r"[^\s|丨，,。；;：:！？!?“”\"]{1,12}"
_BARRED_STAMP = re.compile(
    rf"^[|丨]?\s*(?:(?:{_BAR_CELL}\s*[|丨]\s*)+{DATE_TEXT}(?:\s*{CLOCK_TEXT})?"
    rf"|{DATE_TEXT}(?:\s*{CLOCK_TEXT})?(?:\s*[|丨]\s*{_BAR_CELL})+)\s*[|丨]?$"
)
_PUBLISH = compile_tc(
    r"(?:发布时间|发布日期|发表时间|发表日期|发稿时间|时间|日期)\s*[:：|丨]?\s*"
    r"(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}/\d{1,2}/\d{4})"
)
_ANY_DATE = re.compile(DATE_TEXT)
# A stamp written day first with dots (23.03.2018 09:33): given as year-month-day when its first number
# can only be a day (above 12); 12.04.2023 may be 12 April or 4 December, so it gives none.
_DAY_FIRST = re.compile(r"^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?!\d)")


# Licence and rights statements (a paragraph or line up to _RIGHTS_MAX characters).
_RIGHTS = compile_tc(
    r"公有领域|public\s*domain|版权均属|版权归|版权所有|版权声明|未经授权|未经许可.{0,6}(?:转载|使用)|转载请|"
    r"不得转载|侵犯了您的合法权益|(?:站|网)\s*(?:对此)?不承担任何[^。，,]{0,6}责任|著作权法.{0,20}(?:本作品|保护)|本作品|这部作品|本模板|"
    r"(?:网|站|平台|号|社|报)\S{0,4}不代表[^。，,]{0,10}(?:观点|立场)|不代表(?:本|该)(?:网|站|网站|平台|号|公众号|报|刊|社)\S{0,4}(?:观点|立场)|"
    r"(?:刊用|转载|使用|引用|复制)[^。；;]{0,12}书面(?:授权|许可)|"
    # a reprint's disclaimer: 以上文章仅代表作者个人观点，本网只是转载，如涉及…请及时联系我们
    r"仅代表作者(?:本人|个人)?的?(?:观点|立场|看法)|(?:本网|本站|本平台|本号)(?:只是|仅是|仅为|仅作|系)转载|"
    # a reprint's call to its rights holders: …无法联系到权利人，请相关权利人与本网站联系 (the site's own call: a report
    # may speak of works whose holders cannot be reached)
    r"请(?:相关)?(?:原?作者|权利人|著作权人|版权(?:所有)?(?:人|者|方))(?:及时)?(?:与|和)本(?:网站?|站|平台|号)联系",
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
    "不代表",
    "代表作者",
    "书面",
    "書面",
    "权利人",
    "權利人",
    "原作者",
)
# A portal's disclaimer under a self-media post opens with its label: 特别声明：以上内容…为自媒体平台用户上传并发布.
_RIGHTS_START = compile_tc(
    r"^(?:本作品|这部作品|本模板|版权|凡本|(?:特别|免责|郑重|法律)?声明|public\s*domain)", re.IGNORECASE
)
# A line of adult-site keywords that a hijacked mirror appends (…无码…毛片…在线观看…): two are enough.
_ADULT = compile_tc(r"无码|毛片|成人|AV|在线观看|高清视频|国产精品|亚洲|日韩")
_ADULT_GATE = ("无码", "無碼", "毛片", "AV")
# A betting or casino site's name on a line of its own, as a hijacked mirror prints it above or below the
# report (某某杯投注官网_…-滚球平台, 澳门某某城中心:, 365某某官网): no sentence, a betting word or a casino's place.
_SPAM_LINE = compile_tc(
    r"^[^。，,；;！？!?]{0,30}(?:投注|滚球|博彩|澳门(?:金沙|威尼斯|新葡京|葡京|银河|永利)|(?<![A-Za-z0-9])\d{3,4}[\u4e00-\u9fff]{1,6}官网)"
    r"[^。，,；;！？!?]{0,30}$"
)
_SPAM_WORDS = ("体育", "體育", "娱乐", "娛樂", "彩票", "棋牌", "博彩", "电竞", "電競")


def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern found in a line wherever one of ``words`` is: one scan, not one per word."""
    return re.compile("|".join(map(re.escape, words)))


_RIGHTS_WORD, _ADULT_WORD, _SPAM_WORD = _any_of(_RIGHTS_WORDS), _any_of(_ADULT_GATE), _any_of(_SPAM_WORDS)
# A source or photo credit on a line of its own: 区政府办 供稿, 区委新闻办供图, (某某 摄).
_CREDIT = compile_tc(r"^[（(]?[^，,。；;：:！？]{2,24}?\s*(?:供稿|供图|摄)[）)]?$")
# A field label written with spaces between its characters (作 者：…, 摄 影：).
_CREDIT_ENDS = ("稿", "图", "圖", "摄", "攝", ")", "）")
_EMPTY_ENDS = (":", "：", ")", "）", "】", "]")
# (a reporter's label spaced before the names, no colon: ■通 讯 员 某某, 记 者 某某)
_SPACED_LABEL = re.compile(
    r"^((?:[\u4e00-\u9fff][ \u3000]+){1,3}[\u4e00-\u9fff])(?=\s*[:：])"
    r"|^([■□◆]?\s*(?:记[ \u3000]+者|通[ \u3000]*讯[ \u3000]+员|通[ \u3000]+讯[ \u3000]*员))(?=[ \u3000]+[\u4e00-\u9fff])"
)
_EMPTY_FIELD = compile_tc(rf"^[（(【\[]?\s*{_FIELD_PREFIX}{_FIELD}\s*[:：]\s*[）)】\]]?$")


_MAX_LEADING_LINE = 80  # a long line that starts with 来源 is a sentence, not a meta strip
# A site's weather box: its label alone (天气预报:) or a weather office's issue of the day's forecast
# (某区气象台2024年3月9日07时发布:今天白天晴…), dated the crawl's day, never the report's. A report's sentence
# that tells of a warning (市气象台发布暴雨预警后，…) has no colon after 发布 and stays.
_WEATHER_BOX = compile_tc(
    r"^(?:天气预报|今日天气|天气)\s*[:：]?$"
    rf"|^[^\s，,。；;：:]{{0,12}}?气象(?:台|局)\s*(?:{DATE_TEXT})?\s*(?:\d{{1,2}}\s*[时点](?:\d{{1,2}}分)?)?\s*发布\s*[:：]"
    r"\s*(?:今天|今日|今晚|今夜|明天|白天|夜间)"
)


# The anchored patterns line_rule matches at a line's start (``line``) or past its bullets (``bare``) whose
# first characters can be told and are not every character: one look-up tells which of them a line can
# match, so the others are not called. (Those that open with a negated class or any character, and
# _DESK_REPORTER_LINE, which opens with any Chinese character, are always tried: reading their first
# characters would cost each process more than it saves.)
_LINE_PATTERNS = (_BUTTONS, _SYMBOLS_ONLY, _BYLINE_LINE, _NAMES_LINE, _RELATED_LINK, _RIGHTS_START)
_BARE_PATTERNS = (_DATETIME_ONLY, _CLOCKED_DAY_ONLY, _TIMESTAMP_HEAD, FORUM_PROFILE, _BRACKETED)
_LINE_STARTS = FirstChars(list(_LINE_PATTERNS))
_BARE_STARTS = FirstChars(list(_BARE_PATTERNS))


def is_account_card(line: str) -> bool:
    """``line`` is a WeChat account's card describing the account (see ``_ACCOUNT_CARD``)."""
    return len(line) <= _ACCOUNT_CARD_MAX and _ACCOUNT_CARD.match(line) is not None


def line_rule(line: str) -> str | None:
    """The rule that makes a whole line boilerplate, or None."""
    if is_script(line):
        return "widget"  # a page's script printed as text, at any length
    if line.startswith("-->") or line.endswith("<!--"):
        return "widget"  # what an HTML comment left of a page's properties: --> 2026-01-16 1 1 某
    if line.startswith("<") and _IMAGE_MARKUP.match(line):
        return "image"  # an image's markup the scraper left as a line, at any length (a data: link is long)
    if "气" in line[:16] and _WEATHER_BOX.match(line):
        return "widget"  # a weather box may run past _META_MAX
    if len(line) > _META_MAX:
        return None  # furniture is short: a long line is the report's
    bare = line.lstrip(BULLETS) or line
    if bare.endswith(("|", "丨")) and len(bare) > 2:
        bare = bare[:-1].rstrip()  # a column separator after a caption or a label: 某某现场 |
    short = len(line) <= _MAX_LEADING_LINE
    buttons, symbols, byline, names, related, rights_start = _LINE_STARTS.can_start(line)
    datetime_only, clocked, timestamp, profile, bracketed = _BARE_STARTS.can_start(bare)
    if (buttons and _BUTTONS.match(line)) or (symbols and _SYMBOLS_ONLY.match(line)):
        return "widget"  # buttons, or only symbols and emoji (⏳🔡, ——)
    if len(line) <= 12 and " " in line and _BUTTONS.match("".join(line.split())):
        return "widget"  # buttons spelled with spaces: 评 论, 分 享
    if (datetime_only and _DATETIME_ONLY.match(bare)) or (clocked and _CLOCKED_DAY_ONLY.match(bare)):
        return "date_banner"
    if bare.startswith(("GMT", "UTC")) and _SERVED_CLOCK.match(bare):
        return "widget"
    if "档" in bare and _ARCHIVE_STAMP.match(bare):
        return "page_words"
    if ("号" in bare or "公众" in bare or "微信" in bare) and is_account_card(bare):
        return "navigation"
    if bare.startswith("本") and _SITE_OPENED.match(bare):
        return "page_words"  # the site's own launch day: no publication's date
    if short and (" " in line or "\u3000" in line) and (m := _SPACED_LABEL.match(line)):
        line = "".join((m.group(1) or m.group(2)).split()) + line[m.end() :]  # 作 者：某某 reads as 作者：某某
        buttons, symbols, byline, names, related, rights_start = _LINE_STARTS.can_start(line)
    if bare is not line and bare[:1] != line[:1]:
        byline = byline or _LINE_STARTS.can_start(bare)[2]  # a credit as a list's item: • 审核:某某
    if (
        (byline and (_BYLINE_LINE.match(line) or _BYLINE_LINE.match(bare)))
        or (names and _NAMES_LINE.match(line))
        or _DESK_LINE.match(line)
        or _DESK_REPORTER_LINE.match(line)
    ):
        return "byline"
    if short and line.endswith(_EMPTY_ENDS) and _EMPTY_FIELD.match(line):
        return "byline"
    if len(line) <= 30 and line.endswith(_CREDIT_ENDS) and _CREDIT.match(line):
        return "byline"
    if _NAMED_STAMP.match(bare) or (("|" in line or "丨" in line) and _BARRED_STAMP.match(line)):
        return "meta_strip"
    if (
        len(line) <= _META_MAX
        and _META_SEPARATOR.search(line)
        and (
            len(_META_LABEL.findall(line)) >= 2
            or (
                timestamp
                and (head := _TIMESTAMP_HEAD.match(bare))
                # the label glued to the stamp counts too: 2021年06月24日来源:某某
                and (_META_LABEL.search(line) or _META_LABEL.match(" " + bare[head.end() :]))
            )
        )
    ):
        return "meta_strip"
    if short and (_WIDGET.match(bare) or (profile and FORUM_PROFILE.match(bare))):
        return "widget"
    if (
        short
        and bracketed
        and (m := _BRACKETED.match(bare))
        and _META_LABEL.match(m.group(1))
        and _META_SEPARATOR.search(m.group(1))
    ):
        return "meta_strip"  # a strip of fields in brackets: (新闻来源:某某中心 转载:某某)
    if len(bare) <= _BARE_CREDIT_MAX and _BARE_CREDIT.match(bare):
        return "byline"
    if short and (_IMAGE.match(bare) or _SPACED_TAG.match(bare)):
        return "image" if _IMAGE.match(bare) else "navigation"
    if short and (
        _LEADING.match(bare)
        or _ANYWHERE.search(line)
        or (related and _RELATED_LINK.match(line))
        or _BREADCRUMB.match(bare)
    ):
        return "meta_strip" if _META_LABEL.match(bare) else "navigation"
    if len(line) <= _TEASER_MAX and _TEASER.search(line):
        return "navigation"
    if short and (rule := furniture_rule(bare)):
        return rule
    if short and (rule := credit_line_rule(bare)):
        return rule
    if (rights_start and _RIGHTS_START.match(line)) or (_may_be_rights(line) and _RIGHTS.search(line)):
        return "rights"
    if _ADULT_WORD.search(line) and len(set(_ADULT.findall(line))) >= 2:
        return "spam"
    if short and _SPAM_LINE.search(line):
        return "spam"
    return None


def is_rights_box(para: str) -> bool:
    """A rights statement that a site broke over several short lines."""
    if len(para) > 2 * _RIGHTS_MAX or "\n" not in para.strip() or not _may_be_rights(para):
        return False
    flat = " ".join(para.split())
    # a page's header that opens with its rights line holds the publish strip and the headline too
    return bool(_RIGHTS_START.match(flat) and _RIGHTS.search(flat)) and not _PUBLISH.search(flat)


def _may_be_rights(text: str) -> bool:
    return _RIGHTS_WORD.search(text) is not None


def publish_date(line: str, strip: bool = False) -> str | None:
    """The date a publish line gives; in a strip of fields (``strip``), any full date in it
    (来源: 某某 2021-09-15 09:10:51 责编: 某某)."""
    if m := _PUBLISH.search(line):
        return re.sub(r"\s+", "", m.group(1))
    if strip and (m := _ANY_DATE.search(line)):
        return re.sub(r"\s+", "", m.group(0))
    bare = line.lstrip(BULLETS)
    if _DATETIME_ONLY.match(bare) and (m := _DAY_FIRST.match(bare)) and int(m[1]) > 12 >= int(m[2]):
        return f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
    if (_DATETIME_ONLY.match(bare) or _TIMESTAMP_HEAD.match(bare) or _NAMED_STAMP.match(bare)) and (
        m := _ANY_DATE.search(bare)
    ):
        return re.sub(r"\s+", "", m.group(0))
    return None


__all__ = [
    "BULLETS",
    "CLOCK_TEXT",
    "DATE_TEXT",
    "FORUM_PROFILE",
    "PERSON_NAME",
    "is_account_card",
    "is_rights_box",
    "line_rule",
    "publish_date",
]
