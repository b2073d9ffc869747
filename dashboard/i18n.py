"""UI strings in Chinese (default) and English. ``t(key)`` picks the session's language."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "app_title": ("政策主题", "Policy Themes"),
    "english": ("English", "English"),
    "bundle": ("⬇ 本页打包下载（{n} 个图表、数据、筛选与词表，ZIP）", "⬇ This view as a ZIP ({n} charts, data, filters, codebook)"),
    "filters": ("筛选", "Filters"),
    "date_range": ("日期范围", "Date range"),
    "include_undated": ("包含无日期会议", "Include undated meetings"),
    "granularity": ("时间粒度", "Granularity"),
    "themes": ("主题", "Themes"),
    "speakers": ("发言人", "Speakers"),
    "organs": ("机构", "Organs"),
    "meeting_types": ("会议类型", "Meeting types"),
    "regions": ("地区", "Regions"),
    "all_hint": ("留空表示全部", "empty = all"),
    "month": ("月", "Month"),
    "quarter": ("季度", "Quarter"),
    "half": ("半年", "Half-year"),
    "year": ("年", "Year"),
    # pages
    "page_overview": ("概览", "Overview"),
    "page_themes": ("主题趋势", "Theme trends"),
    "page_terms": ("词语趋势", "Term trends"),
    "page_speakers": ("发言人", "Speakers"),
    "page_emerging": ("新词与提法", "Emerging terms & 提法"),
    "page_meetings": ("会议", "Meetings"),
    "page_cooccurrence": ("主题共现", "Theme co-occurrence"),
    "page_wordclouds": ("词云", "Word clouds"),
    "page_codebook": ("主题词表", "Codebook"),
    "page_data": ("数据", "Data"),
    # messages
    "no_warehouse": (
        "还没有数据仓库：{path}。请先运行 `policy-themes etl 报告文件夹 --out {path}`，"
        "或 `policy-themes demo` 生成演示语料。",
        "No warehouse yet at {path}. Run `policy-themes etl REPORTS --out {path}` first, "
        "or `policy-themes demo` for a demo corpus.",
    ),
    "bad_warehouse": ("无法读取数据仓库：{error}", "Cannot read the warehouse: {error}"),
    "no_meetings": ("当前筛选条件下没有会议，请放宽筛选。", "No meetings match the filters; widen them."),
    "no_dated": (
        "当前筛选下的会议都没有日期，无法画时间轴（{n} 次会议无日期）。",
        "None of the selected meetings has a date, so there is no time axis ({n} undated).",
    ),
    "undated_note": ("{n} 次无日期会议不在时间轴上。", "{n} undated meetings are not on the time axis."),
    "no_hits": ("所选主题在当前筛选下没有命中：{themes}", "No hits for these themes under the filters: {themes}"),
    "nothing": ("当前筛选下没有结果。", "Nothing to show under these filters."),
    "one_period": ("只有一个时间点；可改用更细的时间粒度。", "Only one point in time; try a finer granularity."),
    "pick_themes": ("请选择至少一个主题。", "Choose at least one theme."),
    "recount_note": (
        "正在使用本次会话修改过的主题词表，主题数已按文本重新计算。",
        "The session's edited codebook is in force: themes were recounted from the texts.",
    ),
    "file_note": (
        "主题词表文件在 ETL 之后改动过，主题数已按当前文件重新计算。",
        "The codebook file changed since the ETL run: themes were recounted with the current file.",
    ),
    # overview
    "meetings": ("会议", "Meetings"),
    "date_span": ("日期跨度", "Date span"),
    "n_organs": ("机构", "Organs"),
    "n_speakers": ("发言人", "Speakers"),
    "undated": ("无日期", "Undated"),
    "heatmap_title": ("主题 × 时间（每万字提及次数）", "Theme x period (mentions per 10k characters)"),
    "corpus": ("语料", "Corpus"),
    "codebook_version": ("主题词表版本", "Codebook version"),
    "warehouse_version": ("数据仓库版本", "Warehouse version"),
    "inputs": ("输入文件", "Input files"),
    "demo_corpus": ("演示语料（虚构）", "Synthetic demo corpus"),
    "user_corpus": ("用户语料", "User corpus"),
    # metrics
    "metric": ("指标", "Metric"),
    "per10k": ("每万字提及次数", "Mentions per 10k characters"),
    "share_meetings": ("提及该主题的会议占比", "Share of meetings mentioning"),
    "share_mentions": ("占全部主题提及的比例", "Share of all theme mentions"),
    "count": ("提及次数", "Raw count"),
    "f_per10k": (
        "= 该期内主题关键词命中数 ÷ 该期所选文本字数 × 10,000",
        "= keyword hits in the period ÷ characters of the selected text × 10,000",
    ),
    "f_share_meetings": (
        "= 至少提及一次的会议数 ÷ 该期会议数",
        "= meetings with at least one hit ÷ meetings in the period",
    ),
    "f_share_mentions": (
        "= 该主题命中数 ÷ 全部主题命中数（同期）",
        "= hits of the theme ÷ hits of all themes in the period",
    ),
    "f_count": ("= 该期内关键词命中次数", "= keyword hits in the period"),
    "moving_average": ("移动平均（期数）", "Moving average (periods)"),
    "stacked": ("堆叠占比视图", "Stacked share view"),
    "n_meetings": ("会议数", "Meetings"),
    "evidence": ("依据（上下文）", "Evidence (keyword in context)"),
    "evidence_hint": ("点击图中的点或格子查看原文依据。", "Click a point or cell to see the text behind it."),
    "open_reader": ("阅读", "read"),
    "terms_input": (
        "输入词语，逗号分隔；用 + 合并（如 脱贫攻坚+乡村振兴）",
        "Words, comma-separated; + combines (脱贫攻坚+乡村振兴)",
    ),
    "terms_note": (
        "在规范化文本中按子串计数（不依赖分词）。",
        "Counted as substrings of the counting text (no segmentation).",
    ),
    "compare_by": ("比较", "Compare"),
    "by_speaker": ("发言人", "Speakers"),
    "by_role": ("职务（按头衔匹配）", "Roles (title patterns)"),
    "role_patterns": (
        "职务规则（名称=正则，匹配头衔的最后一个职务）",
        "Role rules (name=regex on the title's last post)",
    ),
    "profile": ("主题侧重（每万字）", "Theme profile (per 10k characters)"),
    "distinctive": ("特色词（对数似然 G²，对比其余发言）", "Distinctive words (log-likelihood G² vs the rest)"),
    "attention": ("随时间的关注度（所选主题每万字）", "Attention over time (selected themes per 10k characters)"),
    "titles": ("职务变化", "Posts over time"),
    "pick_speakers": ("请选择发言人。", "Choose speakers."),
    "no_speakers": ("该语料没有识别出发言人。", "No speakers were identified in this corpus."),
    "period": ("时期", "Period"),
    "rising_terms": ("上升词语（对比上一期，G²）", "Rising terms (vs the previous period, G²)"),
    "rising_formulas": ("上升提法（对比上一期，G²）", "Rising 提法 (vs the previous period, G²)"),
    "new_formulas": ("首次出现的提法（在所选日期内）", "提法 first seen in the date range"),
    "search": ("搜索标题或全文", "Search titles and text"),
    "first_rows": (
        "显示最新的 {n:,} 场（共 {total:,} 场）；搜索或筛选可缩小范围，下载包含全部。",
        "Showing the newest {n:,} of {total:,} meetings; search or filter to narrow, the download has all.",
    ),
    "reader": ("阅读", "Reader"),
    "choose_meeting": ("选择会议", "Choose a meeting"),
    "narration": ("（叙述）", "(narration)"),
    "unit": ("单位", "Unit"),
    "unit_meeting": ("会议", "Meetings"),
    "unit_speech": ("发言", "Speeches"),
    "measure": ("度量", "Measure"),
    "both_count": ("同时出现的数量", "Count of both"),
    "jaccard": ("Jaccard（同时 ÷ 任一）", "Jaccard (both ÷ either)"),
    "cooc_title": ("主题共现矩阵", "Theme co-occurrence matrix"),
    "no_periods": ("没有可比较的时期。", "No period to compare."),
}


def t(key: str, lang: str = "zh", **kwargs: object) -> str:
    zh, en = STRINGS.get(key, (key, key))
    text = en if lang == "en" else zh
    return text.format(**kwargs) if kwargs else text
