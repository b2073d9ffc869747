"""The year a report's own text gives its meeting, when its date has none.

Each reader returns a year (or a full date, for a meeting the text says is to come) from the
words around the opening: the meeting's own numbered name (县政府2024年第2次常务会议,
``own_year``), a year it says it is held in (``held_year``), the present year it states, the
date of a meeting to come, the year of the work a January-October meeting plans or reviews, the
latest year of the work it names in any words, the year of a meeting at the turn of the year that
reviews one year and plans the next (``text_year_contexts``, in that order), and a year
in the title (``title_year``). ``etl.extract.dates.dates`` asks them last, after the text's own full dates and the contexts (publish line, URL, file name).
The two tests both modules need live here too: ``is_valid_date`` and ``is_cited`` (a date the
opening cites rather than meets on: 传达…4月30日…会议精神).
"""

from __future__ import annotations

import datetime as dt
import re

from etl.extract.text.patterns import tc

CN_NUMERALS = "〇零○一二两三四五六七八九十"


# A date the opening cites rather than meets on: 传达…4月30日…会议精神, 自从一九七六年十月.
_CITED_BEFORE = re.compile(
    # 学习 in an organ's name (理论学习中心组2023年第二次集体学习) does not cite what follows
    r"(?:传达|傳達|(?:学习|學習)(?!中心组|中心組)|贯彻|貫徹|落实|落實|领会|領會|听取|聽取|研究|审议|審議)[^，,。；\n]{0,12}\Z"
    r"|(?:自从|自從|自|从|從|截至|截止|直到|早在|以来)\s*\Z"
    r"|(?:决定|決定|定于|定於|将于|將於|拟于|擬於|计划于|計劃於)[^，,。；\n]{0,6}\Z"  # a meeting to come
    r"|(?:决定|決定)[，,][^，,。；\n]{0,30}(?:于|於)\s*\Z"  # 会议决定，某会议于2月25日举行: the one decided on
    r"|\d\s*[日号號]\s*(?:至|到|~|～|—|－|-)\s*\Z"  # the end of a range (10月30日至11月1日)
)
# A deadline (于5月30日前完成, 6月底之前, 10日以前) is a day the meeting sets, never its own (not 前往, 前进, 前来).
_CITED_AFTER = re.compile(
    r"^[^，,。；\n]{0,30}(?:精神|讲话|講話|指示|批示|文件|通知|意见|意見)|^\s*(?:以来|以來)"
    r"|^\s*(?:之前|以前|前)(?![往进進来來去])"
)


# The text's own year: 2024年第18次区委常委会会议, 2020年中心组(扩大)第七次学习会议, 2023年度第2次.
_OWN_YEAR = re.compile(
    rf"(?<!\d)((?:19|20)\d{{2}})\s*年度?[^，,。；\n\d]{{0,12}}第\s*(?:\d{{1,3}}|[{CN_NUMERALS}]{{1,4}})\s*次"
)
# The year of the meeting the opening says was held: 召开了2016年党建工作会议, 召开2016年度党委工作会.
# Used only when no context gives a year (a 年度 meeting in January may review the year before).
# Also the year of a joint meeting's second name (举行庆祝…活动暨2025年度党建联席会议, 召开…大会暨2024年…会议).
_HELD_YEAR = re.compile(
    r"(?:召开|举行|召開|舉行)了?(?:[^，,。；\n]{1,40}?暨)?\s*((?:19|20)\d{2})\s*年度?[^，,。；\n\d]{0,16}?(?:会议|會議|会|會)(?![^，,。；\n]{0,4}精神)"
)
# The year a report says the present is (2020年是…收官之年), a last context: a year-end meeting may speak
# so of the next year, so only for a meeting in February-October or one that calls it 今年 after.
# Also with an adverb between (2015年仍然是…艰难的一年, 2016年依然是…, 2017年将是…关键之年).
_STATED_YEAR = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*年(?:仍然|仍旧|依然|依旧|仍|同样|也|还|将会|将|又)?(?:是|为)"
    r"(?=[^。；\n]{0,40}(?:之年|一年))"
)
# The year of this year's work a report plans or reviews in part: 2017年纪检工作安排, 2024年工作要点,
# 2024年第一季度履职情况, 2023年上半年. A meeting from February to October plans and reviews its own year
# (a December one plans the next, a January one reviews the last), so only then; a last context.
_WORK_YEAR = re.compile(
    r"(?<![\d到至])((?:19|20)\d{2})\s*年度?(?:[^，,。；;\n\d]{0,12}?(?:工作|任务)(?:安排|要点|计划|任务)"
    r"|第[一二三]季度|[一二三]季度|上半年|前[三四五六七八九]个月|1\s*[-—~至到]\s*[2-9]\s*月)"
)
# A verb of the meeting's own decision right before the year: what it decides on (审定了2025年上半年…安排意见,
# 审议通过了2024年第一季度…实施方案) is this year's document, not one cited.
_DECIDED_BEFORE = re.compile(tc(r"(?:审定|审议|审核|研究|讨论|通过|审议通过|研究审议)了?\s*[《“]?\s*\Z"))
STATED_MAX = 600
_STATED_MONTHS = range(2, 11)
_THIS_YEAR_AFTER = 120
# The year of the work the meeting plans (研究部署2021年组织工作, 提出2022年学习计划, 安排2019年度重点任务): a
# last context, for a meeting in January-October only (from November a meeting plans the next year). Not a
# year whose work is reviewed or assessed (做好2019年…成效考核工作 in 2020: the year before).
_PLANNED_YEAR = re.compile(
    tc(r"(?:部署|布署|安排|谋划|规划|提出|做好)了?\s*")
    + r"((?:19|20)\d{2})\s*"
    + tc(
        r"年度?(?=[^，,。；;\n]{0,16}(?:工作|任务|要求|计划|要点|打算))(?![^，,。；;\n]{0,16}(?:考核|总结|回顾|成效|评估|述职))"
    )
)
_PLANNED_MAX = 1200
_PLANNED_MONTHS = range(1, 11)
# The national sessions of a year the report relays (传达学习2026年全国两会精神, 2025年全国“两会”期间): they meet in
# March, so a meeting from March to June that relays them is in their year. A last context.
_TWO_SESSIONS = re.compile(tc(r"((?:19|20)\d{2})\s*年\s*(?:全国)?[“\"「]?两会"))
_TWO_SESSIONS_MONTHS = range(3, 7)  # June too: the sessions' spirit is relayed for weeks (2020's met in late May)
# A year-start meeting that reviews one year and sets the next one's goals (总结了2014年…成绩，明确了2015…奋斗目标;
# 回顾2023年工作，部署2024年任务): from January to April it meets in the planned year, in November or December in
# the reviewed one. Read before the publication's contexts: a page re-uploaded years later keeps its text.
_REVIEWED = re.compile(tc(r"(?:总结|回顾)了?\s*((?:19|20)\d{2})\s*年"))
_PLANNED_NEXT = re.compile(
    tc(
        r"(?:明确|部署|安排|提出|谋划)了?\s*((?:19|20)\d{2})(?!\d)\s*年?度?(?=[^。；;\n]{0,24}(?:目标|任务|工作|计划|思路))"
    )
)
_REVIEW_REACH = 200  # from the reviewed year to the planned one
_REVIEW_MONTHS = {1: 1, 2: 1, 3: 1, 4: 1, 11: 0, 12: 0}  # the planned year's offset from the reviewed one
# A meeting to come the text dates in full (…将于2024年1月9日召开), or by its month when the meeting decides it
# (全会决定，某某代表大会于2021年12月在…召开): the meeting preparing it is in the weeks or months before (a
# December one before a January session, the year before). A last context. A meeting the text says was held
# (…全会于2021年11月在北京召开, relayed) has no verb of decision before it and is not one to come.
_COMING = re.compile(
    r"(?:(?:[将將]|定|[拟擬]|[计計][划劃]|[决決]定)[于於]|[决決]定[，,][^。；;\n]{1,40}?[于於])"
    r"\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号號])?"
)
# A month-only date to come must be a meeting's, convened after it (…于2021年12月在某地召开), not a deadline
# (将于2022年6月底前完成).
_CONVENED_AFTER = re.compile(r"[^，,。；;\n]{0,24}?(?:召开|举行|召開|舉行)")

# The year of the work a report names, in any words (2025年工作计划, 全县2024年重点工作任务, 审议2024年协商报告,
# 《2018年…工作要点》, 2020年…有关方案): the latest such year in the first 1,200 characters is the meeting's
# own, for a meeting from February to September (a year-end meeting plans the next year, a January one
# reviews the last). Not a year the clause reviews (总结/回顾…2024年…, 2019年…考核/成效), a target (到2025年,
# 2035年远景目标, 2027年前), the end of a period (2021-2025年), a cited document's (2018年工作会议精神), a 年度
# (a whole year, reviewed in the first months of the next: 2021年度…述职 in February 2022), nor a date's year
# (1996年8月参加工作 is a biography's).
# A last context, after all the others.
_NAMED_WORK_YEAR = re.compile(
    r"(?<![\d\-—–~～至到])((?:19|20)\d{2})\s*年(?![前底内以远度]|\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月)"
    + tc(r"(?=[^，,。；;\n]{0,16}(?:工作|任务|计划|要点|安排|方案|要求|报告|预算|项目|目标|重点|党务|打算))")
)
_REVIEWED_BEFORE = re.compile(tc(r"(?:总结|回顾|截至|截止|到|至|力争|确保|预计|争取)[^，,。；;\n\d]{0,8}\Z"))
_REVIEWED_AFTER = re.compile(tc(r"^[^，,。；;\n]{0,16}(?:考核|总结|回顾|成效|评估|述职|成绩|情况|点评)"))
_NAMED_WORK_MONTHS = range(2, 10)
# The year of a year-end activity the meeting names (《2019年区政协委员年终视察…方案》, 2024年度岁末…安排): an
# October-December meeting prepares its own year's year-end work (a January one would review the last), so
# only then; a last context.
_YEAR_END_WORK = re.compile(
    r"(?<![\d\-—–~～至到])((?:19|20)\d{2})\s*年度?" + tc(r"[^，,。；;\n\d]{0,16}?(?:年终|年底|岁末|年末)")
)
_YEAR_END_MONTHS = range(10, 13)


def named_work_year(text: str, month: int | None) -> int | None:
    """The latest year of the work the text names for a meeting in February-September (see
    ``_NAMED_WORK_YEAR``), or None: a last context for a month and day with no year anywhere else."""
    if month not in _NAMED_WORK_MONTHS or "年" not in text[:_PLANNED_MAX]:
        return None
    years = [
        int(m[1])
        for m in _NAMED_WORK_YEAR.finditer(text, 0, _PLANNED_MAX)
        if not _REVIEWED_BEFORE.search(text, max(0, m.start() - 10), m.start())
        and not _REVIEWED_AFTER.match(text[m.end() : m.end() + 24])
        and not _CITED_AFTER.match(text[m.end() : m.end() + 40])
    ]
    return max(years) if years else None


# The year of a plan the meeting calls to complete (确保完成2018年度计划, 圆满完成2021年度目标任务): a goal of the
# meeting's own year, for a meeting from March to October (in January or February the year before may still be
# closing). Not a year's plan assessed or reviewed (完成2018年度目标任务考核情况). A last context.
_COMPLETED_PLAN_YEAR = re.compile(
    tc(r"完成\s*") + r"((?:19|20)\d{2})\s*" + tc(r"年度?(?=[^，,。；;\n\d]{0,8}?(?:计划|目标|任务))")
)
_COMPLETED_PLAN_MONTHS = range(3, 11)


def completed_plan_year(text: str, month: int | None) -> int | None:
    """The year of the plan a March-October meeting calls to complete (see ``_COMPLETED_PLAN_YEAR``), or None
    when the text names none or more than one."""
    if month not in _COMPLETED_PLAN_MONTHS or "完成" not in text[:_PLANNED_MAX]:
        return None
    years = {
        int(m[1])
        for m in _COMPLETED_PLAN_YEAR.finditer(text, 0, _PLANNED_MAX)
        if not _REVIEWED_AFTER.match(text[m.end() : m.end() + 24])
    }
    return years.pop() if len(years) == 1 else None


# A paragraph led by a year and a comma that tells the organ's work going on (2019年，某镇党委认真贯彻落实…，继续深入
# 学习…): the background of a meeting from March to October, in its own year. Not a year whose results the
# sentence counts (2019年，全镇完成…, 实现…增长), nor work to come (2020年，要继续…, 将…). A last context.
_ONGOING_YEAR = re.compile(
    r"(?:^|\n)[ \t\u3000]*((?:19|20)\d{2})\s*年\s*[，,]"
    + tc(
        r"(?=(?:(?!要|将|力争|争取)[^。；;\n]){0,30}?(?:认真|继续|持续|坚持|深入|扎实|严格|全面)(?:贯彻|落实|推进|学习|开展))"
    )
)
_RESULTS = re.compile(tc(r"完成|实现|取得|累计|达到|共计|同比|增长|总结|回顾"))
_ONGOING_MONTHS = range(3, 11)


def ongoing_work_year(text: str, month: int | None) -> int | None:
    """The year a paragraph opens with while it tells the organ's ongoing work (see ``_ONGOING_YEAR``), for a
    meeting from March to October; None when the text has none or names more than one."""
    if month not in _ONGOING_MONTHS or "年" not in text[:_PLANNED_MAX]:
        return None
    years = set()
    for m in _ONGOING_YEAR.finditer(text, 0, _PLANNED_MAX):
        end = min((i for ch in "。；;\n" if (i := text.find(ch, m.end())) >= 0), default=len(text))
        if not _RESULTS.search(text, m.end(), end):
            years.add(int(m[1]))
    return years.pop() if len(years) == 1 else None


# A meeting at the turn of the year that reviews one year and plans the next (听取2015年…和2016年…的汇报,
# 总结2018年…，部署2019年…): its opening names just those two years, and the meeting is held in the later
# one in January-February, in the earlier one in November-December. A last context.
_ANY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")
_AFTER_THE_TURN = (1, 2)
_BEFORE_THE_TURN = (11, 12)

# A year in a title: 2019重点项目推进领导小组扩大会议, 2024年工作会议.
_TITLE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=\s*年|[\u4e00-\u9fff])")


def is_valid_date(y: int, m: int | None, d: int | None) -> bool:
    if not 1900 <= y <= 2100 or (m is not None and not 1 <= m <= 12):
        return False
    if d is None:
        return True
    try:
        dt.date(y, m or 1, d)
    except ValueError:
        return False
    return True


def is_cited(head: str, start: int, end: int) -> bool:
    return bool(_CITED_BEFORE.search(head[:start]) or _CITED_AFTER.match(head[end:]))


Context = tuple[int, int | None, int | None]


def own_year(title: str, head: str) -> int | None:
    """The year the text gives its own meeting: 2024年第18次…会议 (not a cited one)."""
    for text in (title, head):
        for m in _OWN_YEAR.finditer(text):
            if not is_cited(text, *m.span()):
                return int(m[1])
    return None


def held_year(head: str) -> int | None:
    """The year in the name of the meeting the opening says was held (召开了2016年党建工作会议)."""
    return int(m[1]) if "年" in head and (m := _HELD_YEAR.search(head)) else None


def text_year_contexts(text: str, month: int | None) -> list[tuple[str, Context]]:
    """The last contexts for a month and day, the first that gives one: the year the text says is
    the present, the full date of a meeting to come it names, the year of the work a January-October
    meeting plans (a verb of planning before the year, in the first 1,200 characters), and the
    latest year whose work a February-October meeting names by its parts (工作要点, 第一季度, 上半年,
    in the opening 600 characters), the year of the national sessions a March-May meeting
    relays (2026年全国两会), and last the latest year of the work a February-September meeting
    names in any words (``named_work_year``), the year of a meeting at the turn of the year
    (``_turn_of_year``), the year a paragraph opens with while it tells the organ's ongoing
    work (``ongoing_work_year``), the year of a plan a March-October meeting calls to complete
    (``completed_plan_year``), and last the year of a year-end activity an October-December meeting names
    (``_YEAR_END_WORK``)."""
    if (year := _stated_year(text, month)) is not None:
        return [("text_year", (year, None, None))]
    if coming := _coming_date(text):
        return [("text_year", coming)]
    if year := _planned_year(text, month):
        return [("text_year", (year, None, None))]
    if month in _STATED_MONTHS and (year := _work_year(text)) is not None:
        return [("text_year", (year, None, None))]
    if month in _TWO_SESSIONS_MONTHS and (m := _TWO_SESSIONS.search(text, 0, STATED_MAX)):
        return [("text_year", (int(m[1]), None, None))]
    if (year := named_work_year(text, month)) is not None:
        return [("text_year", (year, None, None))]
    if (year := _turn_of_year(text, month)) is not None:
        return [("text_year", (year, None, None))]
    if (year := ongoing_work_year(text, month)) is not None:
        return [("text_year", (year, None, None))]
    if (year := completed_plan_year(text, month)) is not None:
        return [("text_year", (year, None, None))]
    if month in _YEAR_END_MONTHS and (m := _YEAR_END_WORK.search(text, 0, _PLANNED_MAX)):
        return [("text_year", (int(m[1]), None, None))]
    return []


def _turn_of_year(text: str, month: int | None) -> int | None:
    """The year of a meeting at the turn of the year whose opening names two consecutive years only
    (see ``_ANY_YEAR``): the later in January-February, the earlier in November-December."""
    if month not in _AFTER_THE_TURN and month not in _BEFORE_THE_TURN:
        return None
    years = {int(m[1]) for m in _ANY_YEAR.finditer(text, 0, STATED_MAX)}
    if len(years) != 2 or max(years) - min(years) != 1:
        return None
    return max(years) if month in _AFTER_THE_TURN else min(years)


def _stated_year(text: str, month: int | None) -> int | None:
    """The year the text says the present is (see ``_STATED_YEAR``), for a meeting in ``month``."""
    head = text[:STATED_MAX]
    if "之年" not in head and "一年" not in head:
        return None
    for m in _STATED_YEAR.finditer(head):
        after = head[m.end() : m.end() + _THIS_YEAR_AFTER]
        this_year = "今年" in after and "明年" not in after.split("今年", 1)[0]
        if this_year or (month is not None and month in _STATED_MONTHS):
            return int(m[1])
    return None


def _planned_year(text: str, month: int | None) -> int | None:
    """The year of the work a meeting in January-October plans (see ``_PLANNED_YEAR``)."""
    if month not in _PLANNED_MONTHS or "年" not in text[:_PLANNED_MAX]:
        return None
    return int(m[1]) if (m := _PLANNED_YEAR.search(text, 0, _PLANNED_MAX)) else None


def _work_year(text: str) -> int | None:
    """The latest year of the year's work the opening plans or reviews in part (see ``_WORK_YEAR``)."""
    head = text[:STATED_MAX]
    if "年" not in head:
        return None
    # heard or reviewed (听取…2024年第一季度…的汇报) is still this year's work: only a cited document counts,
    # and a document the meeting decides on (审定了2025年上半年…意见) is not cited
    years = [
        int(m[1])
        for m in _WORK_YEAR.finditer(head)
        if not _CITED_AFTER.match(head[m.end() :]) or _DECIDED_BEFORE.search(head, 0, m.start())
    ]
    return max(years) if years else None


def _coming_date(text: str) -> Context | None:
    """The date of a meeting to come the text names (see ``_COMING``), in full or by its month, if valid."""
    head = text[:STATED_MAX]
    if "于" not in head and "於" not in head:
        return None
    for m in _COMING.finditer(head):
        y, mo, d = int(m[1]), int(m[2]), int(m[3]) if m[3] else None
        if d is None and not _CONVENED_AFTER.match(head, m.end()):
            continue
        if is_valid_date(y, mo, d):
            return y, mo, d
    return None


def reviewed_and_planned_year(text: str, month: int | None) -> int | None:
    """The year of a meeting that reviews one year and plans the next (see ``_REVIEWED``), by its month."""
    if month not in _REVIEW_MONTHS or "年" not in text[:STATED_MAX]:
        return None
    for m in _REVIEWED.finditer(text, 0, STATED_MAX):
        planned = _PLANNED_NEXT.search(text, m.end(), m.end() + _REVIEW_REACH)
        if planned is not None and int(planned[1]) == int(m[1]) + 1:
            return int(m[1]) + _REVIEW_MONTHS[month]
    return None


def title_year(title: str) -> int | None:
    """A year in the title (2015招商引资工作会议): used when no context gives one."""
    return int(m[1]) if (m := _TITLE_YEAR.search(title)) else None


__all__ = [
    "CN_NUMERALS",
    "STATED_MAX",
    "Context",
    "held_year",
    "is_cited",
    "is_valid_date",
    "named_work_year",
    "own_year",
    "reviewed_and_planned_year",
    "text_year_contexts",
    "title_year",
]
