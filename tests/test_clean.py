"""clean(): whole boilerplate lines and byline fragments go, report sentences stay."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.count.codebook import load_folder
from etl.extract.cleaning.clean import clean
from etl.extract.cleaning.line_rules import line_rule
from etl.extract.cleaning.line_shapes import judged_by
from etl.extract.cleaning.page_words import MODIFIER_FAMILY, PAGE_WORDS, is_page_words_line, page_words
from tests.conftest import CODEBOOK

BOILERPLATE = [
    "当前位置:首页 > 新闻中心 > 工作动态",
    "【字体：大 中 小】",
    "打印本页 关闭窗口",
    "扫一扫在手机打开当前页",
    "发布时间：2020-05-07 来源：区政府办公室",
    "来源：某某发布",
    "作者：办公室",
    "责任编辑：某某",
    "点击上方蓝字关注我们",
    "长按识别二维码关注",
    "阅读原文",
    "预览时标签不可点",
    "分享 收藏 点赞 在看",
    "文稿:李某 编辑:方某",
    "编辑：某某",
    "审核：某某",
    "记者 某某 通讯员 某某",
    "版权所有：某某区人民政府 备案号：某ICP备12345号",
    "上一篇：某区召开会议",
    "下一篇：某区开展活动",
    "當前位置：首頁 > 新聞",
    "【字體：大 中 小】",
    "發佈時間：2020-11-20",
    "2022-09-02 18:30",
]
KEEP = [
    "会上，编辑部主任汇报了工作。",
    "编辑记者要深入基层，写出有温度的报道。",
    "来源于群众的新闻线索要及时核实。",
    "区委书记某某主持会议并讲话。",
    "要增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
    "审核通过了三项议题，会议决定提交区委全会审议。",
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate_lines_are_removed(line: str) -> None:
    out = clean(f"会议召开。\n{line}\n会议结束。")
    assert out.text == "会议召开。\n会议结束。"
    assert line.strip() in out.removed


@pytest.mark.parametrize("line", KEEP)
def test_report_sentences_stay(line: str) -> None:
    out = clean(f"当前位置：首页\n{line}\n")
    assert out.text == line
    assert out.removed == ("当前位置：首页",)


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    [
        (
            "本报讯（记者 王某 通讯员 李某）5月6日，区委召开会议。",
            "5月6日，区委召开会议。",
            "（记者 王某 通讯员 李某）",
        ),
        ("区级领导参加会议。（编辑 余某）", "区级领导参加会议。", "（编辑 余某）"),
        ("参加会议。文稿:李某 编辑:方某", "参加会议。", "文稿:李某 编辑:方某"),
    ],
)
def test_inline_byline_fragments_are_cut(text: str, kept: str, removed: str) -> None:
    out = clean(text)
    assert out.text == kept
    assert any(removed in r for r in out.removed)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("发布时间：2020-05-07 来源：区政府", "2020-05-07"),
        ("发布日期：2023年04月12日", "2023年04月12日"),
        ("时间：2021-09-24", "2021-09-24"),
        ("發佈時間：2020-11-20　來源：區委辦", "2020-11-20"),
        ("2022-09-02 18:30", "2022-09-02"),
    ],
)
def test_publish_date_comes_from_the_publish_line(line: str, date: str) -> None:
    assert clean(f"{line}\n正文。").publish_date == date


def test_line_breaks_are_normalised_and_lines_stripped() -> None:
    out = clean("  第一段。 \r\n\r\n\u3000\u3000第二段。\r第三段。\n\n")
    assert out.text == "第一段。\n第二段。\n第三段。"
    assert out.publish_date is None


def test_original_characters_are_kept() -> None:
    text = "會議傳達學習了黨的十九屆五中全會精神，ＡＢＣ全角。"
    assert clean(text).text == text


def test_a_long_sentence_starting_like_a_meta_line_stays() -> None:
    line = "来源：" + "各部门要把群众反映的问题逐条梳理，" * 6 + "确保件件有回音。"
    assert clean(line).text == line


TEXT = st.text(
    alphabet=st.sampled_from(list("当前位置首页>【】字体大中小来源编辑记者：: 发布时间2020-05-0712年月日\n\r。，会议"))
    | st.characters(),
    max_size=300,
)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_clean_never_raises_and_keeps_no_empty_lines(text: str) -> None:
    out = clean(text)
    assert all(line and line == line.strip() for line in out.text.split("\n")) or out.text == ""
    assert isinstance(out.removed, tuple)


# Shapes seen on real pages, written here with invented names and places.
RULED = [
    ("2018-04-02 09:15:11  作者:  编辑:周某  来源:   点击:", "meta_strip"),
    ("【 作者：本网 丨 发布时间：2019-03-08 丨 浏览：512次 】", "meta_strip"),
    ("编辑:赵某 时间:4/7/2022 3:05:41 PM 浏览:86", "meta_strip"),
    ("2019-08-24 02:34 字数 1782 阅读 692评论 0", "meta_strip"),
    ("信息索引号 | 0123/2021-001 | 发布时间 | 2021-02-03 | |", "meta_strip"),
    ("内容更新时间:2020-06-01 来源:某县政府办", "meta_strip"),
    ("2023年03月29日 星期三", "date_banner"),
    ("2022年11月08日", "date_banner"),
    # a stamp with the page's view count after it
    ("2024-01-08 318", "date_banner"),
    ("2023年05月16日 阅读 1204", "date_banner"),
    ("• 您的位置：", "navigation"),
    ("您当前所在的位置:首页 > 要闻 > 本地", "navigation"),
    ("工 作 动 态", "navigation"),
    ("• 关怀版", "widget"),
    ("分享至:", "navigation"),
    ("3条评论", "widget"),
    ("暂无评论", "widget"),
    ("本篇文章860字，读完约2分钟", "navigation"),
    ("w_DSC01234.JPG", "image"),
    ("00714.MTS_000002.112_副本.jpg", "image"),
    ("![](/upload/img/2019-7/3/0703.png)", "image"),
    ("会议现场", "image"),
    ("(资料图)", "image"),
    ("全媒体记者:钱某 孙某", "byline"),
    ("□记者 吴某 报道", "byline"),
    ("(郑某 冯某)", "byline"),
    ("（陈某）", "byline"),
    ("凡注明来源本网的作品，版权均属本网所有，未经授权不得转载", "rights"),
    ("本网原创稿件，转载请注明出处", "rights"),
    ("举报电话:0000-1234567", "navigation"),
    ("文章来源：某某日报", "meta_strip"),
    ("发布时间：2021-01-01 10:00 访问次数：123 文章来源：某某县政府办", "meta_strip"),
    ("【我要纠错】", "navigation"),
    ("—— END ——", "navigation"),
    ("▼", "widget"),
    ("视频加载中...", "navigation"),
    ("投稿邮箱：abc@example.com", "navigation"),
    ("一审：某甲 二审：某乙 三审：某丙", "byline"),
    ("责任校对：某某", "byline"),
    ("浏览：1234次", "meta_strip"),
    ("首页 | 新闻 | 政务公开 | 办事服务", "navigation"),
    ("（完）", "widget"),
    ("知道了", "widget"),
    # shapes from pages of sites the development set does not have (held-out check)
    ("今天是:", "widget"),
    ("[打印此页] [关闭本页]", "widget"),
    ("✨📌🔔", "widget"),
    ("智能推荐", "navigation"),
    ("政策解读:某县召开常务会议研究近期工作", "navigation"),
    ("县政府办 供稿", "byline"),
    ("区委宣传部供图", "byline"),
    ("作 者:钟某某", "byline"),
    ("摄 影:", "byline"),
    ("图文:某某街道 黎某 审核领导:何某 编辑:邱某 编审:范某", "byline"),
    ("祁某 审核:冉某 签发:房某", "byline"),
    ("(万 芳)", "byline"),
    ("评 论", "widget"),
    ("2019年3月2日| 服务热线:0000-7654321", "navigation"),
    ("合作单位", "navigation"),
    ("祁某 審核:冉某 審簽:房某", "byline"),
    ("标签:两会", "navigation"),
    ("新闻推荐", "navigation"),
    ("- 某县召开安全生产工作会议2025-11-13", "navigation"),
    ("您当前的位置:首页 > 政协要闻 > 工作动态", "navigation"),
]


@pytest.mark.parametrize(("line", "rule"), RULED)
def test_page_furniture_is_removed_with_its_rule(line: str, rule: str) -> None:
    out = clean(f"会议召开。\n{line}\n会议结束。")
    assert out.text == "会议召开。\n会议结束。"
    assert (rule, line) in out.removals


@pytest.mark.parametrize(
    ("line", "kept", "cut"),
    [
        ("本网讯(记者王某 李某)3月2日，区委召开常委会。", "3月2日，区委召开常委会。", "本网讯(记者王某 李某)"),
        (
            "某某县融媒体中心2月29日讯(记者:钱某)近日，县委召开会议。",
            "近日，县委召开会议。",
            "某某县融媒体中心2月29日讯(记者:钱某)",
        ),
        ("又讯 8月3日，镇党委举行专题学习会。", "8月3日，镇党委举行专题学习会。", "又讯"),
        (
            "某某融媒(记者 陈某/文 朱某/图)4月1日，县委召开会议。",
            "4月1日，县委召开会议。",
            "某某融媒(记者 陈某/文 朱某/图)",
        ),
        ("会议要求抓好落实。(施某 田某)", "会议要求抓好落实。", "(施某 田某)"),
        ("会议要求抓好落实。（完）", "会议要求抓好落实。", "（完）"),
        ("本报讯(岚山)6月3日，某街道召开专题会议。", "6月3日，某街道召开专题会议。", "本报讯(岚山)"),
        ("某某社南城5月9日电 8日上午，某市政协举行主席会议。", "8日上午，某市政协举行主席会议。", "某某社南城5月9日电"),
        ("会议还研究了其他事项。■柯某", "会议还研究了其他事项。", "■柯某"),
        ("会议在某地举行，某某主持会议。本社记者 池某 摄", "会议在某地举行，某某主持会议。", "本社记者 池某 摄"),
        ("会议强调，要把工作抓实。 (卞 凯)", "会议强调，要把工作抓实。", "(卞 凯)"),
        ("市领导某某参加会议。 展开详细", "市领导某某参加会议。", "展开详细"),
        ("会议对培训进行了安排。(东岭镇 柯某)", "会议对培训进行了安排。", "(东岭镇 柯某)"),
    ],
)
def test_datelines_and_bylines_are_cut_from_lines(line: str, kept: str, cut: str) -> None:
    out = clean(line)
    assert out.text == kept
    assert ("byline_fragment", cut) in out.removals


@pytest.mark.parametrize(
    "line",
    [
        "会议在视讯会议室召开，各乡镇设分会场。",
        "通讯员队伍建设要加强。",
        "区委书记某某主持会议并讲话。",
        "会议审议了《某县体育产业发展规划》，推动全民健身在线服务平台建设。",
        "同志们：",
        "（一）加强和改善宏观调控。",
        "会议现场办公解决了企业的难题，要求各部门现场会后一周内反馈。",
        "会议听取了关于某县门户网站建设的汇报，要求开设政务服务入口。",
        "会议听取了关于财政收支情况的汇报。",
        "——摘自某某书记在全县大会上的讲话",
    ],
)
def test_report_lines_that_look_a_little_like_furniture_stay(line: str) -> None:
    assert clean(line).text == line


def test_pinyin_tags_of_converted_pages_are_removed() -> None:
    out = clean("5月2日，某某縣(xiàn)委書記主持召開縣(xiàn)委常委會(huì)。")
    assert out.text == "5月2日，某某縣委書記主持召開縣委常委會。"
    assert out.removals == (("pinyin_tag", "(xiàn) (huì)"),)


def test_injected_spam_is_cut_from_a_sentence() -> None:
    out = clean("会议指出，新城片区是某某娱乐官方网站¥某某娱乐注册入口的产业发展主阵地。")
    assert out.text == "会议指出，新城片区是的产业发展主阵地。"
    assert out.removals[0][0] == "spam"


def test_a_licence_box_broken_over_lines_is_one_removal() -> None:
    box = "本作品是某国的\n法律\n、\n法规\n，根据《\n某著作权法\n》属于\n公有领域\n。"
    out = clean(f"各位代表！我们一定能够胜利。\n\n{box}\n\nPublic domain\nfalse")
    assert out.text == "各位代表！我们一定能够胜利。"
    assert out.removals == (("rights", " ".join(box.split())), ("rights", "Public domain false"))


def test_the_publish_date_comes_from_a_meta_strip_or_banner() -> None:
    assert clean("【作者：本网 | 发布时间：2020-04-17 | 浏览：26次】\n正文。").publish_date == "2020-04-17"
    assert clean("编辑:某某 时间:11/3/2021 9:02:17 AM\n正文。").publish_date == "11/3/2021"
    assert clean("2023年09月15日\n正文。").publish_date == "2023年09月15日"


def test_a_removed_dateline_keeps_its_date() -> None:
    out = clean("本报9月14日讯 今天上午，区政府召开党组会议。")
    assert out.text == "今天上午，区政府召开党组会议。" and out.dateline == "9月14日"
    assert clean("本报讯 区委召开会议。").dateline is None


def test_a_brand_entrance_in_place_of_a_place_name_is_spam() -> None:
    out = clean("6月2日，某某手机官网入口·(中国)官方网站召开第三次常务会议。")
    assert out.text == "6月2日，召开第三次常务会议。"
    assert out.removals == (("spam", "某某手机官网入口·(中国)官方网站"),)
    assert clean("某某彩票网\n县政府召开常务会议。").text == "县政府召开常务会议。"


def test_html_tags_left_by_a_scraper_are_removed() -> None:
    out = clean("<p> 本报讯(通讯员某某)3月1日，县委召开中心组学习会。</p>\n<p>会议强调，要学以致用。</p>")
    assert out.text == "3月1日，县委召开中心组学习会。\n会议强调，要学以致用。"
    assert out.removals[0] == ("html_tag", "<p> </p>")  # each distinct tag once
    assert clean("会议审议了<某某条例>草案。").text == "会议审议了<某某条例>草案。"


def test_a_line_the_page_repeats_is_an_injected_link() -> None:
    link = "重磅！某区多了一个新地标"
    page = f"会议召开。\n{link}\n会议指出，要抓好落实。\n{link}\n会议强调，要守牢底线。\n{link}\n会议结束。"
    out = clean(page)
    assert link not in out.text and out.removals.count(("repeated", link)) == 3
    twice = "春耕一线见闻\n会议召开。\n春耕一线见闻\n会议结束。"
    assert clean(twice).text == twice  # a title repeated once is not a link
    headline = "县政府召开常务会议\n会议召开。\n县政府召开常务会议\n会议结束。"
    # ...but a meeting's headline printed again inside the body is the page's title, not a link
    assert clean(headline).removals == (("navigation", "县政府召开常务会议"),)


def test_a_masthead_above_the_date_and_byline_is_removed() -> None:
    out = clean("区政府召开党组会议\n某某新区报\n2024年05月06日\n□记者 甘某 报道\n5月5日，区政府召开党组会议。")
    assert out.text == "区政府召开党组会议\n5月5日，区政府召开党组会议。"
    assert ("navigation", "某某新区报") in out.removals
    assert clean("一、听取工作汇报\n会议听取了汇报。").text == "一、听取工作汇报\n会议听取了汇报。"


def test_a_name_and_verb_caption_goes_in_the_body_and_stays_as_a_sub_headline() -> None:
    top = "区政协召开主席会议\n龚某主持并讲话\n3月2日，区政协主席龚某主持召开主席会议。"
    assert clean(top).text == top  # before the body: a sub-headline the people reader uses
    body = "3月2日，区政协主席龚某主持召开主席会议。\n会议现场\n龚某主席主持会议\n会议指出，要做好提案工作。"
    out = clean(body)
    assert out.text == "3月2日，区政协主席龚某主持召开主席会议。\n会议指出，要做好提案工作。"
    assert ("image", "龚某主席主持会议") in out.removals


def test_every_rule_clean_records_is_in_the_contract() -> None:
    from etl.contract.schema import REMOVAL_RULES

    page = (
        "<p>本报讯(某某)当前位置：首页</p>\n今天是:\n某某新区报\n2024年05月06日\n□记者 甘某 报道\n"
        "5月5日，区政府召开会议。\n重磅链接在此\n会议现场\n甘某讲话\n重磅链接在此\n某某手机官网入口召开会议。\n"
        "重磅链接在此\n区政府办 供稿\n本网原创稿件，转载请注明出处\n區(qū)政府"
    )
    rules = {rule for rule, _ in clean(page).removals}
    assert {"html_tag", "repeated", "pinyin_tag", "spam", "image", "navigation", "byline"} <= rules
    assert rules <= set(REMOVAL_RULES)


def test_toneless_pinyin_tags_go_only_on_a_page_with_several() -> None:
    out = clean("3月(yue)4日(ri)，某某学习大会(hui)(hui)召开。")
    assert out.text == "3月4日，某某学习大会召开。"
    assert out.removals == (("pinyin_tag", "(yue) (ri) (hui)"),)
    assert clean("会议审议了方案(a)和方案(b)。").text == "会议审议了方案(a)和方案(b)。"


def test_a_field_whose_value_is_on_the_next_line_goes_with_its_label() -> None:
    page = "某乡召开推进会\n发布时间:\n2019-09-17\n来源:\n某某乡党政办\n9月17日下午，某乡召开推进会。"
    out = clean(page)
    assert out.text == "某乡召开推进会\n9月17日下午，某乡召开推进会。"
    assert out.publish_date == "2019-09-17"


def test_an_indent_of_mangled_spaces_is_not_text() -> None:
    out = clean("??? □记者 赵某 报道\n??? 某某新闻网讯 5月6日，县政府召开常务会议。")
    assert out.text == "5月6日，县政府召开常务会议。"
    assert ("byline", "□记者 赵某 报道") in out.removals


@pytest.mark.parametrize(
    "page",
    [
        # invented: non-breaking spaces a wrong encoding turned into question marks, each with a space
        "? ? ? ?5月6日，县政府召开常务会议。",
        "? ? ?5月6日，县政府召开常务会议。 ? ? ? ?",
        "??5月6日，县政府召开常务会议。? ? ? ? ? ?",
    ],
)
def test_spaced_runs_of_mangled_spaces_are_not_text(page: str) -> None:
    assert clean(page).text == "5月6日，县政府召开常务会议。"


def test_a_lone_question_mark_of_a_sentence_stays() -> None:
    assert clean("会上，他问：怎么办? 大家都说要干。").text == "会上，他问：怎么办? 大家都说要干。"


@pytest.mark.parametrize(
    "credit", ["(党委办 商 某)", "（县委宣传部 王某 李某某）", "(院办 张 某)", "（县委办公室 李某）"]
)
def test_an_offices_credit_on_its_own_line_is_a_byline(credit: str) -> None:
    out = clean(f"5月6日，某院召开党委会议。会议要求抓好落实。\n{credit}")
    assert out.text == "5月6日，某院召开党委会议。会议要求抓好落实。"
    assert ("byline", credit) in out.removals


def test_a_publish_strip_beats_a_stale_banner_for_the_publication_date() -> None:
    page = "2018年1月5日| 联系热线:0000-1234567\n2020-02-28 15:55:22 来源:某某新闻网\n近日，县委召开会议。"
    assert clean(page).publish_date == "2020-02-28"


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("会议强调，要推动全会精神深入人心。(全媒体记者郭珊珊)", "会议强调，要推动全会精神深入人心。"),
        ("会议还研究了其他事项。（专刊记者 韩志勇）", "会议还研究了其他事项。"),
        ("会议还研究了其他事项。（某某新闻记者 刘某 通讯员 郑某）", "会议还研究了其他事项。"),
    ],
)
def test_a_trailing_byline_with_any_desk_before_its_reporter_is_removed(line: str, kept: str) -> None:
    assert clean(line).text == kept


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("评论一下", "widget"),
        ("评论 3人参与，1条评论", "widget"),
        ("已有5人参与，点击查看更多评论", "widget"),
        ("还没有评论，快来抢沙发！", "widget"),
        ("最热评论", "widget"),
        ("最新评论", "widget"),
        ("请输入验证码", "widget"),
        ("账号+密码登录", "widget"),
        ("还没有账号？", "widget"),
        ("立即注册", "widget"),
        # invented: a forum's prompts to sign up
        ("马上注册，结交更多好友，享用更多功能，让你轻松玩转青禾论坛", "widget"),
        ("您需要 登录 才可以下载或查看，没有账号？立即注册", "widget"),
        ("您需要登录才能回复帖子", "widget"),
        ("登录/注册 个人中心", "widget"),
        ("附件:", "widget"),
        ("热门搜索:", "navigation"),
        ("关联信息", "navigation"),
        ("最新消息", "navigation"),
        ("欢迎访问青禾县人民政府!", "navigation"),
        (">机关 >县直 >乡镇 >工作动态", "navigation"),
        ("青禾日报 2021年04月09日", "meta_strip"),
        ("青禾新闻 2024-01-07 19:50:06", "meta_strip"),
        # invented: the writer's name between the paper's and the stamp
        ("青禾新闻·青禾日报 王某某   2026-01-10 06:49:27", "meta_strip"),
        ("青禾日报 李某 2021年04月09日", "meta_strip"),
        ("(甲乙镇宣传办供稿)", "byline"),
        ("(周乐文郑敏韩立平)", "byline"),
    ],
)
def test_widgets_menus_and_stamps_of_new_sites_are_removed(line: str, rule: str) -> None:
    out = clean(f"3月2日，县委召开会议。\n{line}\n会议还研究了其他事项。")
    assert out.text == "3月2日，县委召开会议。\n会议还研究了其他事项。"
    assert (rule, line) in out.removals


def test_a_site_name_before_the_publish_stamp_gives_the_publication_date() -> None:
    out = clean("青禾日报 2021年04月09日\n本报讯 8日上午，县委召开常委会议。")
    assert out.publish_date == "2021年04月09日"
    assert out.text == "8日上午，县委召开常委会议。"


def test_a_paper_and_its_writer_before_the_publish_stamp_give_the_publication_date() -> None:
    out = clean("青禾新闻·青禾日报 王某某   2026-01-10 06:49:27\n9日上午，县委召开常委会议。")
    assert out.publish_date == "2026-01-10"
    assert out.text == "9日上午，县委召开常委会议。"


def test_a_label_and_its_value_a_blank_line_apart_go_together() -> None:
    out = clean("信息来源:\n\n青禾发布\n\n5月21日，全县推进会召开。")
    assert out.text == "5月21日，全县推进会召开。"
    assert ("meta_strip", "青禾发布") in out.removals


@pytest.mark.parametrize(
    ("line", "kept", "cut"),
    [
        ("会议强调，要压实责任。(县政府办供稿)", "会议强调，要压实责任。", "(县政府办供稿)"),
        ("会议学习了有关文件。(青禾日报)", "会议学习了有关文件。", "(青禾日报)"),
        ("【视频】青禾县召开领导小组会议", "青禾县召开领导小组会议", "【视频】"),
        # invented: a page cut inside its closing credit, the bracket never closed
        ("会议还研究了其他事项。(撰稿人:王某某 审稿人:李某", "会议还研究了其他事项。", "(撰稿人:王某某 审稿人:李某"),
        ("会议要求抓好落实。（来源：县委办", "会议要求抓好落实。", "（来源：县委办"),
        # invented: a column tag naming the site's body before the headline
        ("【青禾政协】县政协召开第二次全体会议", "县政协召开第二次全体会议", "【青禾政协】"),
        ("【白沙区人大】区人大常委会召开主任会议", "区人大常委会召开主任会议", "【白沙区人大】"),
    ],
)
def test_source_credits_and_media_tags_are_cut_from_lines(line: str, kept: str, cut: str) -> None:
    out = clean(line)
    assert out.text == kept
    assert cut in out.removed


def test_a_brand_joined_with_underscores_is_spam_wherever_it_sits() -> None:
    out = clean("会上，张某指出，ab88体育官网_88真人投注_88电子游戏作为文化发源地，要保护好遗产。")
    assert out.text == "会上，张某指出，作为文化发源地，要保护好遗产。"
    out = clean("会上宣读了《某某国际公司_官方网站:组织代表走访的方案》。")
    assert out.text == "会上宣读了《组织代表走访的方案》。"
    assert clean("会议审议了文件_2023版。").text == "会议审议了文件_2023版。"


def test_pinyin_tags_with_a_space_inside_the_bracket_are_removed() -> None:
    out = clean("州指挥部召开第5次會(huì )議，傳(chuán)達精神。")
    assert out.text == "州指挥部召开第5次會議，傳達精神。"


def test_pinyin_tags_whose_bracket_the_encoding_lost_are_removed() -> None:
    # invented: a newsroom prefix whose character and the bracket after it became one ?, its dateline then goes
    out = clean("青川晚?wǎn)?bào)訊 3月8日，某鎮召開(kāi)黨委會(huì)議。")
    assert out.text == "3月8日，某鎮召開黨委會議。"
    assert clean("他問：去哪？(笑)").text == "他問：去哪？(笑)"  # a real question and a bracket are no tag


@pytest.mark.parametrize(
    "line",
    [
        "青禾县委 2021年4月9日印发",  # a date with words after it is not a bare stamp
        "会议时间：2021年4月9日上午9时",
        "(会议纪要)",
        "欢迎各位代表提出意见建议。",
    ],
)
def test_lines_near_the_new_furniture_shapes_stay(line: str) -> None:
    # The rules' boundary; the judge of shapes may still take an issuing stamp after the last
    # sentence (青禾县委 2021年4月9日印发), a margin line of furniture's shape (tests/test_line_shapes.py).
    with judged_by(None):
        assert clean(f"3月2日，县委召开会议。\n{line}").text.endswith(line)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("2019-05-06 10:12:30 人气:", "meta_strip"),
        ("点阅率:318", "meta_strip"),
        ("字型大小:", "navigation"),
        ("首页 新闻中心 工作动态", "navigation"),
        ("第二版:要闻总第512期 >2022-05-06编印", "navigation"),
        ("按 Enter 键跳至主内容", "navigation"),
        ("记者: 林某某/县府报导。", "byline"),
        ("(周某 文/图)", "byline"),
        ("座谈会现场 |", "image"),
        ("会场一角", "image"),
    ],
)
def test_counters_menus_credits_and_scene_labels_of_more_sites_are_removed(line: str, rule: str) -> None:
    out = clean(f"3月2日，县委召开会议。\n{line}\n会议还研究了其他事项。")
    assert out.text == "3月2日，县委召开会议。\n会议还研究了其他事项。"
    assert (rule, line) in out.removals


def test_a_scene_caption_goes_in_the_body_but_not_before_it() -> None:
    page = "某县政协召开分组讨论会\n1月6日，县政协委员分组讨论报告。\n县政协副主席林某在第一组参加讨论\n委员们一致表示拥护。"
    out = clean(page)
    assert "县政协副主席林某在第一组参加讨论" not in out.text
    assert ("image", "县政协副主席林某在第一组参加讨论") in out.removals
    assert clean("林某在第一组参加讨论\n1月6日，委员分组讨论。").text.startswith("林某在第一组参加讨论")


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("会议强调，要抓好落实。(林某某/文)", "会议强调，要抓好落实。"),
        ("某某网杭州5月9日消息 市政协常委会议今天上午举行。", "市政协常委会议今天上午举行。"),
        ("【本报讯】县政府召开第11次周报会，县长某某主持。", "县政府召开第11次周报会，县长某某主持。"),
        (
            "会议在北京举行，某某主持。 新华社记者 林某某 摄 会议听取了汇报。",
            "会议在北京举行，某某主持。 会议听取了汇报。",
        ),
        # a source the report cites (据…消息) is the report's own sentence
        (
            "据《某某晚报》8月3日消息，2日，市长某某主持召开会议。",
            "据《某某晚报》8月3日消息，2日，市长某某主持召开会议。",
        ),
    ],
)
def test_datelines_and_credits_of_more_sites_are_cut(line: str, kept: str) -> None:
    assert clean(line).text == kept


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("当前页面：首页 > 动态", "navigation"),
        ("乡镇部门站群", "navigation"),
        ("Produced By 某某网络 某某发布系统", "navigation"),
        ("手机版", "widget"),
        ("手机版 无障碍版", "widget"),
        ("亚洲无码高清视频,在线观看AV", "spam"),
    ],
)
def test_site_groups_versions_and_adult_spam_lines_are_removed(line: str, rule: str) -> None:
    out = clean(f"3月2日，县委召开会议。\n{line}\n会议还研究了其他事项。")
    assert out.text == "3月2日，县委召开会议。\n会议还研究了其他事项。"
    assert (rule, line) in out.removals


def test_a_report_that_speaks_of_an_av_room_stays() -> None:
    line = "会议要求，要加快建设成人教育中心。"
    assert clean(line).text == line


def test_platform_names_after_the_last_sentence_are_a_footer() -> None:
    page = "青禾融媒服务平台\n5月6日，县委召开常委会。会议研究了有关事项。\n青禾融媒服务平台\n县网络舆情中心\n参与讨论\n政务\n微博"
    out = clean(page)
    assert out.text == "青禾融媒服务平台\n5月6日，县委召开常委会。会议研究了有关事项。"  # before the body: a headline
    assert ("navigation", "县网络舆情中心") in out.removals
    assert ("widget", "参与讨论") in out.removals


def test_a_bracketed_recommendation_header_is_navigation() -> None:
    out = clean("会议还研究了其他事项。\n【今日热点推荐】\n某县召开推进会")
    assert ("navigation", "【今日热点推荐】") in out.removals


def test_a_sites_dateline_without_its_date_is_cut() -> None:
    assert clean("某某新闻网消息 3月5日，某镇召开述职评议会。").text == "3月5日，某镇召开述职评议会。"


@pytest.mark.parametrize("site", ["青川在线", "云溪在線"])
def test_an_online_sites_dateline_without_its_date_is_cut(site: str) -> None:
    assert clean(f"{site}消息 6月2日，某镇召开考核工作会议。").text == "6月2日，某镇召开考核工作会议。"


def test_a_sentence_about_online_news_stays() -> None:
    text = "6月2日，某镇召开会议，要求及时发布在线消息和办事指南。"
    assert clean(text).text == text


def test_a_betting_brand_repeated_in_place_of_a_place_name_is_cut_whole() -> None:
    page = (
        "8月28日晚，某委主任王某主持召开会议，安排某某新版体育投注平台后汛期防汛工作。\n"
        "王某肯定了前期某某新版体育投注平台防汛工作取得的成效，并就某某新版体育投注平台下一阶段工作提出要求。"
    )
    cleaned = clean(page)
    assert "投注" not in cleaned.text and "某某新版" not in cleaned.text
    assert ("spam", "某某新版体育投注平台") in cleaned.removals
    assert "安排后汛期防汛工作" in cleaned.text


@pytest.mark.parametrize(
    "page, kept, cut",
    [
        # a page title's site part after a spaced dash, with a path of sites
        (
            "某街道召开推进会 —— 某某党媒云| 社区融-某某官网首页\n9月10日，某街道召开推进会。",
            "某街道召开推进会",
            "党媒云",
        ),
        # column labels after the last sentence
        ("9月10日，某街道召开推进会。会议强调，要抓好落实。\n24小时新闻排行\n原创视频\n推荐文章", "要抓好落实", "排行"),
        # a forum's image viewer
        (
            "• 幻灯播放\n• 查看原图\n• 提示:支持键盘翻页 ←左 右→\nloading...\n欢迎您,请 [登录][注册] 发言!\n2月28日，某社区召开会议。",
            "召开会议",
            "幻灯",
        ),
        # a poster's source credit, cut short
        ("9月21日，市委书记王某主持召开会议。\n(倒计时海报来源:某某管理办公室旅游部,倒计", "主持召开会议", "海报来源"),
    ],
)
def test_title_tails_column_labels_viewers_and_poster_credits_go(page: str, kept: str, cut: str) -> None:
    cleaned = clean(page)
    assert kept in cleaned.text and cut not in cleaned.text


def test_a_sub_headline_before_the_body_is_not_a_column_label() -> None:
    page = "党史学习教育专题\n9月10日，某街道召开推进会。会议强调，要抓好落实。"
    assert "党史学习教育专题" in clean(page).text  # before the last sentence: a headline, kept
    # a label made only of page words is furniture wherever it stands
    assert clean(page.replace("党史学习教育专题", "专题新闻")).removals == (("page_words", "专题新闻"),)


def test_a_forum_profile_is_cut_and_its_dates_are_not_the_posts() -> None:
    page = (
        "- 註冊時間\n- 2012-3-5\n- 最後登錄\n- 2019-8-1\n- 閱讀權限\n- 150\n- 積分\n- 4321\n"
        "某縣召開第12次縣務會議 發布日期:2015-06-18\n縣長李某18日上午主持縣務會議。會議強調要抓好落實。"
    )
    cleaned = clean(page)
    assert cleaned.publish_date == "2015-06-18"  # the title's labelled date, not the registration date
    assert cleaned.text.startswith("某縣召開第12次縣務會議\n縣長李某")
    assert "註冊" not in cleaned.text and "2012" not in cleaned.text and "4321" not in cleaned.text


def test_a_publish_label_inside_a_sentence_stays() -> None:
    page = "10月9日，县政府召开会议，会议明确信息发布时间:2015-06-18前完成。"
    assert "2015-06-18" in clean(page).text


@pytest.mark.parametrize(
    "page, kept, cut",
    [
        # a breadcrumb in a short line, after a label or a column name
        ("当前所在:首页 > 某某栏目 > 正文\n3月2日，某县召开常务会议。", "召开常务会议", "正文"),
        ("某某动态 首页 首页>某某动态\n3月2日，某县召开常务会议。", "召开常务会议", "首页"),
        # an update stamp run into its source
        ("内容更新时间:2024-03-04 08:10:11来源:某某新闻报\n3月2日，某县召开常务会议。", "召开常务会议", "更新时间"),
        # a reporters' group without names
        ("■某县融媒体中心记者组\n本报讯 3月2日，某县召开常务会议。", "召开常务会议", "记者组"),
        # a login gate over hidden fields
        ("查看隐藏内容(*)需先登录\n3月2日，某县召开常务会议。", "召开常务会议", "隐藏"),
        # a strip of fields in brackets under the report
        (
            "3月2日，某县召开常务会议。会议强调要抓落实。\n(新闻来源:某某县融媒体中心 转载:李某某) |",
            "抓落实",
            "新闻来源",
        ),
        # a photo credit in traditional characters at a caption's end
        ("3月2日，某縣召開常務會議。\n3月2日，縣長王某主持會議。某某社記者 趙某 攝", "主持會議", "攝"),
        # a caption after the photo marker, once the body has begun
        (
            "3月2日，某市政协召开座谈会。会议强调要抓落实。\n▲某市政协副主席陈某某\n陈某某强调，要抓好落实。",
            "要抓好落实",
            "▲",
        ),
    ],
)
def test_breadcrumbs_update_stamps_desks_login_gates_and_captions_go(page: str, kept: str, cut: str) -> None:
    cleaned = clean(page)
    assert kept in cleaned.text and cut not in cleaned.text


def test_a_marked_question_or_a_marked_line_before_the_body_stays() -> None:
    question = "3月2日，某市政协召开记者会。会议回答了提问。\n▲某某日报记者:今年是否有能力保持增长?"
    assert "是否有能力" in clean(question).text  # a question after ▲, not a caption
    heading = "▲某市政协召开座谈会\n3月2日，某市政协召开座谈会。"
    assert "▲某市政协召开座谈会" in clean(heading).text  # before the body: a headline


@pytest.mark.parametrize(
    ("page", "kept", "cut"),
    [
        # an e-paper's page navigation above the headline
        ("下一版»本期共4版(1-2-4)\n某县召开县长办公会\n3月2日，某县召开县长办公会议。", "县长办公会议", "下一版"),
        # reporters who sign the last line, one with a two-character pen name
        ("3月2日，某县召开县长办公会议。会议强调要抓落实。\n(王某某 晓风)", "抓落实", "晓风"),
        # the discipline commission credited after the last full stop
        ("3月2日，某市纪委召开常委会议。会议强调要抓落实。(某某市纪委监委)", "抓落实", "纪委监委)"),
        # a portal's disclaimer and its sponsor line under the report
        (
            "3月2日，某市纪委召开常委会议。会议强调要抓落实。\n"
            "本站部分信息由相关主体自行提供,其真实性由该主体负责。某某网 对此不承担任何保证责任。\n"
            "某某研究院主办 | 某某办公室 主管",
            "抓落实",
            "主办",
        ),
    ],
)
def test_page_navigation_pen_names_commission_credits_and_portal_footers_go(page: str, kept: str, cut: str) -> None:
    cleaned = clean(page)
    assert kept in cleaned.text and cut not in cleaned.text and "不承担" not in cleaned.text


def test_a_sentence_about_responsibility_or_a_sponsor_stays() -> None:
    text = "3月2日，某县召开会议。会议强调，对失职者不承担任何责任的说法要坚决纠正。"
    assert "不承担任何责任" in clean(text).text
    sponsor = "3月2日，某县召开会议。会议由县文联主办，县作协承办。"
    assert "县文联主办" in clean(sponsor).text


@pytest.mark.parametrize(
    ("page", "cut"),
    [
        # an e-paper's page strip above the headline, with the date
        ("第B2版:综合总第1024期 >2021-05-06编印\n某区召开会议\n5月5日，某区召开常务会议。", "编印"),
        ("A3版：要闻\n某区召开会议\n5月5日，某区召开常务会议。", "A3版"),
        ("第05版 时政\n某区召开会议\n5月5日，某区召开常务会议。", "第05版"),
        # a portal's sponsor footer, also after the site's name, and a line of contact fields
        (
            "5月5日，某区召开常务会议。会议强调要抓落实。\n某某区政务网 网站主办单位:某某区政府办公室",
            "主办单位",
        ),
        ("5月5日，某区召开常务会议。会议强调要抓落实。\n主管单位：某某区政府办公室", "主管单位"),
        ("5月5日，某区召开常务会议。会议强调要抓落实。\n地址:某某区人民路1号 联系电话:0123-4567890", "人民路1号"),
        ("5月5日，某区召开常务会议。会议强调要抓落实。\n邮编：100000 传真：010-1234567", "传真"),
        # invented: one contact field and a counter field
        ("5月5日，某区召开常务会议。会议强调要抓落实。\n电话:0123-4567890 访问量:3601234", "访问量"),
        ("5月5日，某区召开常务会议。会议强调要抓落实。\n联系电话：0123-4567890 浏览次数：88", "浏览次数"),
        # breadcrumbs with doubled or angled separators
        ("某某网>>某某频道\n某区召开会议\n5月5日，某区召开常务会议。", "频道"),
        ("首页 » 新闻中心 » 正文\n某区召开会议\n5月5日，某区召开常务会议。", "新闻中心"),
        ("政务公开 › 工作动态\n某区召开会议\n5月5日，某区召开常务会议。", "工作动态"),
        # column labels the page's own breadcrumb names, above it
        ("旧版网站存档\n要闻动态\n您的位置: 首页 > 旧版网站存档 > 要闻动态 > 正文\n5月5日，某区召开常务会议。", "存档"),
        ("工作动态\n当前位置：首页 > 工作动态\n某区召开会议\n5月5日，某区召开常务会议。", "动态"),
    ],
)
def test_epaper_strips_sponsor_and_contact_footers_breadcrumbs_and_their_labels_go(page: str, cut: str) -> None:
    cleaned = clean(page)
    assert cut not in cleaned.text and "某区召开常务会议" in cleaned.text


def test_sentences_with_a_page_an_address_or_a_column_name_stay() -> None:
    kept = [
        "5月5日，某区召开常务会议，研究第3版规划修编工作。",
        "5月5日，某区召开常务会议。会议要求，地址、电话等信息要及时公开。",
        "5月5日，某区工作动态调度会召开。",
    ]
    for text in kept:
        assert clean(text).text == text
    # a label that is not one of the page's breadcrumb segments stays (a sub-headline)
    page = "当前位置：首页 > 工作动态\n抓好春耕生产\n5月5日，某区召开常务会议。"
    assert "抓好春耕生产" in clean(page).text


@pytest.mark.parametrize(
    ("page", "kept"),
    [
        # a forum's jammer after a sentence, on a line of its own, and before a sentence
        ('5月5日，某区召开常务会议。会议强调要抓落实。3 k, ~7 E+ p1 b2 x- q4 d" W: t', "要抓落实。"),
        ("5月5日，某区召开常务会议。\n2 Q! k1 Y; F- G\n会议强调要抓落实。", "会议强调要抓落实。"),
        ("' =) k6 m* d8 q2 G. w3 C 会议强调要抓落实。", "会议强调要抓落实。"),
    ],
)
def test_a_forums_jammer_runs_go(page: str, kept: str) -> None:
    cleaned = clean(page)
    assert kept in cleaned.text
    assert not any(junk in cleaned.text for junk in ("E+", "Q!", "k6", "Y;"))
    assert any(rule == "spam" for rule, _ in cleaned.removals)


def test_ascii_in_a_report_is_not_a_jammer() -> None:
    for text in ("5月5日，某区召开常务会议，GDP 增长 5 . 2 % 左右。", "会议学习了 A B C D E 五类指标。"):
        assert clean(text).text == text


@pytest.mark.parametrize(
    "line",
    [
        # a WeChat article's account strip
        "原创 某某发布 2022-06-01 09:15 河南",
        "某某融媒 2022-06-01 09:15 发表于江西",
        "收录于合集 #党建动态 36个",
        # the site's own lines about itself
        "某某区人民政府办公室 主办 某某区数据中心 承办",
        "本网站由某某公司提供技术支持",
        "以上内容来自某某区人民政府网站",
        "本文转自某某日报",
        "访问人数:204518",
        "您是第88123位访客",
        "最后更新:2022-06-02",
        "扫码关注我们",
        "返回列表",
        "查看更多>>",
        "2022-06-02 14 14 某某日报 content_1234.html 1 3 某区召开会议 /enpproperty-->",
        # a desk before 记者 in a bracketed byline
        "(某某区融媒体中心 记者 王某)",
    ],
)
def test_wechat_strips_the_sites_own_lines_and_a_desks_byline_go(line: str) -> None:
    text = "6月1日，某区召开常务会议。会议强调要抓落实。"
    assert clean(f"{text}\n{line}").text == text


def test_sentences_about_support_sources_and_more_stay() -> None:
    for text in (
        "6月1日，某区召开常务会议。会议要求，各部门要为企业提供技术支持。",
        "6月1日，某区召开常务会议。会议指出，数据来自统计部门。",
        "来自基层的代表在小组发言",  # a photo's scene, not a provenance line
    ):
        assert clean(text).text == text
    wechat = clean("原创 某某发布 2022-06-01 09:15 河南\n5月31日，某区召开常务会议。会议强调要抓落实。")
    assert wechat.publish_date == "2022-06-01"


@pytest.mark.parametrize(
    "line",
    [
        # invented members of the family, one or more per kind of page word: search, pagination,
        # media players, attachments, comments (a widget's comma), counters, font size and
        # printing in a Taiwanese site's words, reading modes, tags, messages (an empty field label
        # such as - 上传者: is the byline rule's)
        "站内搜索：请输入关键字",
        "上一页 1 2 3 下一页 尾页",
        "共12页 跳转到 第 页 确定",
        "播放器加载中…",
        "附件下载：",
        "评论区 (0)",
        "文明上网，理性发言",
        "加载中，请稍候…",
        "点赞数:12 评论数:3",
        "字级：小 中 大",
        "友善列印 回上頁",
        "夜间模式 护眼",
        "热门标签：",
        "网友留言 在线咨询",
        "註冊 | 登入",
    ],
)
def test_a_line_made_only_of_page_words_is_furniture(line: str) -> None:
    text = "6月1日，某区召开常务会议。会议强调要抓落实。"
    out = clean(f"{text}\n{line}\n会议要求，各部门要按时完成。")
    assert out.text == f"{text}\n会议要求，各部门要按时完成。"
    assert out.removals == (("page_words", line),)


@pytest.mark.parametrize(
    "line",
    [
        # a page's field labels left without values, as list items, spaced or not
        "- 签发人:",
        "- 上 传:",
        "- 来 源:",
        "· 录入：",
        "- 发布人:",
        # a byline with a slash before the desk's word, traditional or simplified
        "記者林某某/綜合報導",
        "记者王某、李某某／台北报道",
        "本報記者 陳某某/編譯",
        # a page's script printed as text, at any length
        "(function(){try{if(document.getElementById&&document.getElementById('bar'))return;var t=1;}catch(e){}})();"
        + "var k='abcdefghijklmnopqrstuvwxyz';" * 8,
        "!function(e,t){var n=t.createElement('script');n.src='x.js';}(window,document);",
        "var _hmt = _hmt || []; (function() { var hm = document.createElement('script'); })();",
    ],
)
def test_empty_labels_slash_bylines_and_scripts_at_a_pages_end_go(line: str) -> None:
    text = "6月1日，某区召开常务会议。会议强调要抓落实。"
    out = clean(f"{text}\n{line}")
    assert out.text == text
    assert line.strip("-· ") in out.removed or line in out.removed


@pytest.mark.parametrize(
    "line",
    [
        "推荐人选",  # 推荐 with a word of the report
        "评论员文章",
        "热点难点问题",
        "搜索救援演练",
        "（一）信息公开",  # a heading's numeral is not a page word
        "政务公开工作要点",
        "附件：某区会议纪要",  # a field with its value
        "信息公开。",  # a sentence
        "下载、打印、分享",  # an enumeration is a sentence
        "更新日期：2024-01-12",  # a dated stamp is left to the rules that read its date
    ],
)
def test_a_line_with_a_word_of_the_report_a_sentence_mark_or_a_date_is_not_page_words(line: str) -> None:
    assert not is_page_words_line(line)
    page = f"6月1日，某区召开常务会议。\n{line}\n会议要求，各部门要按时完成。"
    assert clean(page).text == page


def _listed_page_words() -> dict[str, str]:
    """Each word of the shipped page-words file -> its family, as written."""
    rows = [row for row in PAGE_WORDS.read_text(encoding="utf-8").splitlines() if row and not row.startswith("#")]
    return {word: row.split("\t")[0] for row in rows for word in row.split("\t")[1].split()}


# Report vocabulary no page word may be on its own: what meetings are written in.
_REPORT_WORDS = frozenset(
    [
        "会议",
        "工作",
        "发展",
        "建设",
        "讲话",
        "学习",
        "主持",
        "强调",
        "要求",
        "指出",
        "领导",
        "政府",
        "精神",
        "部署",
        "落实",
        "推进",
        "经济",
        "社会",
        "服务",
        "群众",
        "干部",
        "改革",
        "项目",
        "研究",
        "审议",
        "通过",
        "决定",
        "汇报",
        "传达",
        "党建",
        "政务",
        "信息",
        "公开",
        "交流",
        "参加",
        "出席",
        "调研",
        "组织",
        "活动",
        "同志",
        "书记",
        "委员",
        "代表",
        "人民",
        "国家",
        "政策",
        "文件",
        "通知",
        "动态",
        "发言",
        "安全",
        "民生",
        "会",
        "议",
        "党",
        "政",
        "县",
        "区",
        "市",
        "省",
        "镇",
    ]
)
# The families whose widgets need a word of one character (字号 大 中 小, 3条评论, 第2页, ←左 右→).
_SINGLE_CHARACTER_FAMILIES = {"font", "counter", "pagination", "comment", "media", "version", "time"}


def test_the_page_words_file_loads_and_holds_only_page_words() -> None:
    # modifiers (学校, 信息) are words a report uses by design: they count only before a page word
    listed = {word: family for word, family in _listed_page_words().items() if family != MODIFIER_FAMILY}
    words = page_words().words
    assert len(listed) >= 300
    assert {"點閱率", "註冊", "app", "查看原图"} <= words  # traditional spellings, Latin in lower case
    files = load_folder(CODEBOOK)
    counted = {k for t in files.codebook.themes for k in t.keywords} | set(files.dictionary) | set(files.formulas)
    assert not set(listed) & counted, "a page word is a counted term of the codebook"
    assert not set(listed) & _REPORT_WORDS, "a page word is report vocabulary"
    singles = {word: family for word, family in listed.items() if len(word) == 1}
    assert set(singles.values()) <= _SINGLE_CHARACTER_FAMILIES, singles


@pytest.mark.parametrize(
    "line",
    [
        # invented: a site's owner or a page's kind before its page words (a school's, a
        # company's, a hospital's bar; a search box's modes; a pager's total; a content label)
        "学院首页 | 学院简介",
        "公司简介 集团要闻",
        "医院首页 本院新闻",
        "简单检索 高级检索",
        "模糊搜索:",
        "总共 3 页 当前第 1 页",
        "共计 25 条记录",
        "稿件正文",
        "页面导航:",
        "校园新闻 > 正文",
        "研究院首页 | 单位简介",
        "图书馆概览",
    ],
)
def test_a_modifier_before_a_page_word_is_page_words(line: str) -> None:
    assert is_page_words_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "学校",  # a modifier alone
        "学校 医院",
        "首页 学校",  # a modifier last
        "学校大",  # before a page word of one character
        "信息化建设",  # before a word of the report
        "企业服务",
    ],
)
def test_a_modifier_alone_last_or_before_report_words_is_not_page_words(line: str) -> None:
    assert not is_page_words_line(line)


def test_a_modifier_of_the_file_counts_only_before_a_page_word(tmp_path: Path) -> None:
    path = tmp_path / "page_words.tsv"
    path.write_text(f"navigation\t首页\n{MODIFIER_FAMILY}\t本馆\n", encoding="utf-8")
    vocabulary = page_words(path)
    assert is_page_words_line("本馆首页", vocabulary)
    assert not is_page_words_line("首页本馆", vocabulary)
    assert "本馆" not in vocabulary.words


def test_a_malformed_page_words_file_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "page_words.tsv"
    path.write_text("# page words\nnavigation\t首页 返回\nwidget 分享\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"page_words.tsv:3: expected a family, a tab and its words"):
        page_words(path)
    path.write_text("navigation\t首页 返回\n", encoding="utf-8")
    assert is_page_words_line("返回首页", page_words(path))
    path.write_text("navigation\t首页\n", encoding="utf-8")
    assert not is_page_words_line("返回首页", page_words(path))


@pytest.mark.parametrize(
    "line",
    [
        "会议要求:",  # a report's own colon before its list
        "来源于基层的意见要认真研究:",
        "记者从会上了解到，全县已建成站点12个/个别站点仍在建设。",
        "var 是变量的缩写，某某老师在培训会上讲解了编程基础。",
        "会议指出，function一词在文件中译作职能。",
    ],
)
def test_report_lines_near_labels_bylines_and_scripts_stay(line: str) -> None:
    text = "6月1日，某区召开常务会议。"
    assert clean(f"{text}\n{line}").text == f"{text}\n{line}"


def test_symbols_a_mirror_injects_inside_words_go_and_others_stay() -> None:
    out = clean("会𝕬上，某某传达了🎃上级会议精神，要求不♋断增强责任感⭐。")
    assert out.text == "会上，某某传达了上级会议精神，要求不断增强责任感⭐。"
    assert {("spam", "𝕬"), ("spam", "🎃"), ("spam", "♋")} <= set(out.removals)
    # a symbol beside a digit, a mark or a line's end is the page's own: 5℃, ①, 🎉
    kept = "🎉热烈祝贺！气温降至5℃，要求①加强值守。"
    assert clean(kept).text == kept


@pytest.mark.parametrize(
    ("line", "kept", "cut"),
    [
        (
            "(2023年5月8日某某街道某某报道)5月8日，某街道召开会议。",
            "5月8日，某街道召开会议。",
            "(2023年5月8日某某街道某某报道)",
        ),
        ("（5月8日 某某镇 某某供稿）5月8日，某镇召开会议。", "5月8日，某镇召开会议。", "（5月8日 某某镇 某某供稿）"),
        ("【2023-05-08 某某社区报道】某社区召开会议。", "某社区召开会议。", "【2023-05-08 某某社区报道】"),
        ("会议要求各部门抓好落实。(办公室)", "会议要求各部门抓好落实。", "(办公室)"),
        ("会议要求各部门抓好落实。（党政办）", "会议要求各部门抓好落实。", "（党政办）"),
        ("会议要求各部门抓好落实。(公司宣传部)", "会议要求各部门抓好落实。", "(公司宣传部)"),
    ],
)
def test_dated_and_department_credits_in_brackets_are_cut(line: str, kept: str, cut: str) -> None:
    out = clean(line)
    assert out.text == kept
    assert cut in out.removed


@pytest.mark.parametrize(
    "line",
    [
        "会议审议了《关于调整办公室的方案》(第二稿)。",
        "会议听取了关于第一季度工作的汇报(第三工作部)",
        "(2023年5月8日)会上，某某作了讲话。",  # a speech's date, not a credit
        "会议传达了上级精神。(详见附件)",
        "会议由某某主持(县委办公室主任)。",
    ],
)
def test_brackets_near_the_credit_shapes_stay(line: str) -> None:
    assert clean(f"6月1日，某区召开常务会议。\n{line}").text.endswith(line)


@pytest.mark.parametrize(
    ("page", "cut"),
    [
        # invented: a betting site's advertisement on a line of its own, on a hijacked mirror
        ("abcd体育全站app手机下载\n县委常委会召开会议\n3月2日，会议强调，要抓落实。", "abcd体育全站app手机下载"),
        ("xyz娱乐官网入口\n3月2日，会议强调，要抓落实。", "xyz娱乐官网入口"),
        ("3月2日，会议强调，要抓落实。\nqwe电竞注册送彩金", "qwe电竞注册送彩金"),
        # a wire-service dateline with a stray mark after 电
        ("新华社北京3月5日电? 会议强调，要抓落实。", "新华社北京3月5日电?"),
        ("新華社北京3月5日電？ 會議強調，要抓落實。", "新華社北京3月5日電？"),
        # a publish strip whose source is empty
        ("发表时间:2020-04-22    来源:\n3月2日，会议强调，要抓落实。", "发表时间:2020-04-22    来源:"),
        ("发表日期：2021-06-01 作者：\n3月2日，会议强调，要抓落实。", "发表日期：2021-06-01 作者："),
        # an editor's or reporters' bare names after the last sentence
        ("3月2日，会议强调，要抓落实。\n【纠错】\n责任编辑:\n刘某宁", "刘某宁"),
        ("3月2日，会议强调，要抓落实。\n会议要求，要奋力谱写新篇章。李某瑶 赵某东", "李某瑶 赵某东"),
        ("3月2日，会議強調，要抓落實。\n會議要求，要奮力譜寫新篇章。張某瑤", "張某瑤"),
        ("3月2日，会议强调，要抓落实。\n会议要求：“要奋力谱写新篇章。”李某瑶", "李某瑶"),
    ],
)
def test_furniture_of_batch_sixteen_shapes_is_cut(page: str, cut: str) -> None:
    out = clean(page)
    assert cut in out.removed
    assert cut not in out.text


def test_a_publish_strip_without_a_source_gives_its_date() -> None:
    assert clean("发表时间:2020-04-22    来源:\n3月2日，会议强调，要抓落实。").publish_date == "2020-04-22"


@pytest.mark.parametrize(
    "page",
    [
        # a name in the body's last sentence, a sports game, and a name before the last full stop stay
        "3月2日，会议强调，要抓落实。\n会议由县长李某瑶主持",
        "3月2日，会议强调，要抓落实。\n县体育中心要做好全民健身运动会筹备工作",
        "3月2日，会议强调，要抓落实。\n会议要求，李某瑶同志要抓好落实。",
        # an excerpt cut after a quoted word: the word after the quote is the report's (方 is a surname)
        "3月2日，会议强调，要抓落实。\n会议要求，要盯紧“民需”方向",
        "3月2日，会议强调，要抓落实。\n会议要求，要落实“三农”任务",
    ],
)
def test_lines_near_batch_sixteens_furniture_shapes_stay(page: str) -> None:
    out = clean(page)
    assert out.text == page


@pytest.mark.parametrize(
    ("page", "cut"),
    [
        # invented: a public-information catalogue's fields, one to a line, alone or with a value
        (
            "  • 索引号 1234567890C/2021-00012\n  • 发文字号\n3月2日，会议强调，要抓落实。",
            "• 索引号 1234567890C/2021-00012",
        ),
        ("  • 发文字号\n  • 主题分类 综合政务\n3月2日，会议强调，要抓落实。", "• 发文字号"),
        ("体裁分类：工作动态\n发布机构 某某县人民政府\n3月2日，会议强调，要抓落实。", "发布机构 某某县人民政府"),
        ("  • 有效性\n3月2日，会议强调，要抓落实。", "• 有效性"),
        # a location line spelled 您当前位置, and breadcrumbs opened by >> or joined by ->
        ("您当前位置: 首页/信息公开/工作动态\n3月2日，会议强调，要抓落实。", "您当前位置: 首页/信息公开/工作动态"),
        (">> 您当前的位置 >> 首页 -> 工作动态\n3月2日，会议强调，要抓落实。", ">> 您当前的位置 >> 首页 -> 工作动态"),
        ("» 首页 » 新闻中心 » 正文\n3月2日，会议强调，要抓落实。", "» 首页 » 新闻中心 » 正文"),
        # the site's name above its breadcrumb
        ("某某党建网\n>> 您当前的位置 >> 首页 -> 工作动态\n3月2日，会议强调，要抓落实。", "某某党建网"),
        ("某某县政务网\n当前位置：首页 > 工作动态\n3月2日，会议强调，要抓落实。", "某某县政务网"),
        # a column tag before the headline, and the tag alone on a line
        ("两会快讯|某区人大常委会召开第九次主任会议\n两会快讯\n3月2日，会议强调，要抓落实。", "两会快讯"),
        ("学习进行时丨某县召开理论学习中心组学习会\n3月2日，会议强调，要抓落实。", "学习进行时丨"),
        # a Latin betting brand in place of a place name, inside a sentence
        ("3月2日，市人大代表、xq体育官网院长某某传达了会议精神。", "xq体育官网"),
        ("3月2日，bet9娱乐平台注册党委召开会议。", "bet9娱乐平台注册"),
    ],
)
def test_catalogue_fields_location_lines_site_names_column_tags_and_latin_brands_are_cut(page: str, cut: str) -> None:
    out = clean(page)
    assert cut in out.removed
    assert cut not in out.text
    assert "会议" in out.text


@pytest.mark.parametrize(
    "page",
    [
        # invented: report lines that begin with a catalogue word, a slogan ending in 网, a list of items
        "有效性评估工作要加强\n3月2日，会议强调，要抓落实。",
        "3月2日，会议强调，要抓落实。\n织密基层防护网\n会议要求，要压实责任。",
        "3月2日，会议强调，要抓落实。\n姓名|职务\n会议要求，要压实责任。",
        "3月2日，会议强调，要用好NBA等体育资源。",
    ],
)
def test_report_lines_near_the_catalogue_site_name_and_tag_shapes_stay(page: str) -> None:
    assert clean(page).text == page


def test_a_stamp_with_a_view_count_gives_the_publish_date() -> None:
    out = clean("某院召开党委会议\n2024-01-08 318\n0105日，某院召开党委会议，书记某某主持。会议强调，要抓好落实。")
    assert out.publish_date == "2024-01-08"
    assert "318" not in out.text


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        # invented: a publication stamp written day first with dots, its first number above 12
        ("23.03.2018  09:33", "2018-03-23"),
        ("15.11.2021", "2021-11-15"),
        ("31.01.2020 18:00", "2020-01-31"),
    ],
)
def test_a_day_first_stamp_gives_the_publication_date(stamp: str, date: str) -> None:
    page = f"县委召开常委会会议\n{stamp}\n5月6日，县委书记某某主持召开县委常委会会议。会议强调，要抓好落实。"
    cleaned = clean(page)
    assert cleaned.publish_date == date and stamp not in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        # invented: a paper's hotline, its digital editions and its mobile entry
        "新闻热线 0898-1234567",
        "报料热线：0731-7654321",
        "数字报系",
        "电子版 移动端",
        # invented: a closing mark of a self-media copy
        "—THE END —",
        "- END -",
        # invented: a teaser of another story, its link mark last
        "某某湿地公园对外开放受到了市民的广泛关注。[详细]",
        "全市春耕生产有序推进。【详情】",
        # invented: a credit line in brackets with the offices that checked the story
        "(文、图/张某某 部门审核/李某 终审/王某某 发布/赵某)",
        "（图文/陈某 审核/林某 发布/周某某）",
    ],
)
def test_the_twentieth_batchs_furniture_is_removed(line: str) -> None:
    page = f"{line}\n5月6日，县委书记某某主持召开县委常委会会议。会议强调，要抓好落实。"
    cleaned = clean(page)
    assert line not in cleaned.text and cleaned.text.startswith("5月6日")


def test_a_report_sentence_that_names_details_stays() -> None:
    # invented: 详细 inside a report's sentence, not a link mark at the line's end
    page = "5月6日，县委召开常委会会议。\n会议听取了详细汇报[附后]，研究了下步工作。"
    assert "详细汇报" in clean(page).text


@pytest.mark.parametrize(
    "line",
    [
        # invented: the site's notice about its own revamp or trial run
        "关于某某县人民政府网站(新版)内测的公告",
        "关于某某区融媒体客户端试运行的通知",
        "某某区政府门户网站目前正在改版升级，试运行期间个别栏目暂不更新，欢迎网友提出意见",
        "本网站将于近期进行系统维护，维护期间部分功能暂停使用，敬请谅解",
        # invented: an empty tag field and a classifieds portal's posting button
        "关键词:",
        "标签：",
        "免费发布信息",
        "我要发布",
    ],
)
def test_a_sites_notice_about_itself_empty_tags_and_posting_buttons_are_removed(line: str) -> None:
    page = f"5月6日，县委书记某某主持召开县委常委会会议。会议强调，要抓好落实。\n{line}"
    cleaned = clean(page)
    assert line not in cleaned.text and "要抓好落实" in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        # invented: a report's sentences about a site's revamp or about key words stay
        "会议要求，县政府网站要在年底前完成改版升级，提升政务公开水平。",
        "会议强调，要抓住关键词：稳增长、促改革、惠民生。",
    ],
)
def test_report_sentences_about_a_site_or_key_words_stay(line: str) -> None:
    page = f"5月6日，县委书记某某主持召开县委常委会会议。\n{line}"
    assert line in clean(page).text


REPORT_BODY = "5月6日，县委书记某某主持召开县委常委会会议。会议强调，要抓好落实。"


@pytest.mark.parametrize(
    "line",
    [
        # invented: a portal's disclaimer under a self-media post
        "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“某某号”用户上传并发布，本平台仅提供信息存储服务。",
        "免责声明：本文来自某某客户端创作者，不代表本平台的观点和立场。",
        # invented: a desk or a programme before 记者, and an editor's field with its qualifier
        "联播记者/张某某",
        "晚间新闻记者：李某 王某某",
        "文字编辑/刘某某 审核/魏某",
        "图片编辑：陈某",
        # invented: a recommendations widget's label
        "大家都在看",
    ],
)
def test_the_twenty_third_batchs_furniture_lines_are_removed(line: str) -> None:
    cleaned = clean(f"{REPORT_BODY}\n{line}")
    assert line not in cleaned.text and cleaned.text == REPORT_BODY


@pytest.mark.parametrize(
    "brand",
    ["1929cc威尼斯", "3983金沙", "8828葡京", "hg0088皇冠"],
)
def test_a_casino_brand_in_place_of_a_name_is_cut_wherever_it_stands(brand: str) -> None:
    # invented: a hijacked mirror's brand in place of a college's name, in the headline, the text and the credit
    page = (
        f"校长某某出席指导{brand}党政联席会\n5月23日上午，校长某某出席了{brand}党政联席会议。"
        f"会上，{brand}领导班子成员研讨通过了6个议题。({brand}/陈某某)"
    )
    cleaned = clean(page)
    assert brand not in cleaned.text and "陈某某" not in cleaned.text
    assert cleaned.text.startswith("校长某某出席指导党政联席会")


def test_a_river_and_a_year_before_a_casino_word_stay() -> None:
    # invented: 金沙江 after a year, 银河 after a count of years
    page = "5月6日，县委召开常委会会议。会议听取了2024金沙江流域治理情况汇报，研究了银河路改造。"
    assert clean(page).text == page


@pytest.mark.parametrize(
    ("masthead", "second"),
    [
        # invented: a site's name above its breadcrumb, and a brand above a headline and its publish strip
        ("某某通中心", "当前所在:首页 > 焦点访谈 > 正文"),
        ("今日某县", "县委召开常委会会议\n来源: 某县网    发布时间:2022-08-22"),
        ("某某之窗", "您当前的位置：首页 >> 要闻"),
        # invented: a government site's name, a page label, the headline twice, then its publish strip
        (
            "某某市某某区人民政府",
            "信息详情\n某某街道召开项目推进会\n\n某某街道召开项目推进会\n\n发布时间:2025-03-02 10:15",
        ),
        ("某某县人民政府", "正文\n县政府召开常务会议\n发布日期：2024-06-11"),
        (
            "某某镇人民政府",
            "镇党委召开理论学习中心组学习会\n镇党委召开理论学习中心组学习会\n来源：党政办 时间：2023-09-01",
        ),
        # invented: a column label above the crumb that ends with it (当前页面, 当前栏目)
        ("机关动态", "当前页面:工作信息 >> 机关动态"),
        ("工作交流", "当前栏目：首页 > 工作交流"),
    ],
)
def test_a_pages_masthead_above_its_breadcrumb_or_headline_strip_is_removed(masthead: str, second: str) -> None:
    cleaned = clean(f"{masthead}\n\n{second}\n\n{REPORT_BODY}")
    assert masthead not in cleaned.text and cleaned.text.endswith(REPORT_BODY)


def test_a_short_headline_above_its_publish_strip_stays() -> None:
    # invented: the first line names the meeting: the headline itself, not a brand
    page = f"县委召开常委会\n来源: 某县网    发布时间:2022-08-22\n{REPORT_BODY}"
    assert clean(page).text.startswith("县委召开常委会\n")


def test_a_spun_pages_keyword_before_its_headline_and_alone_is_removed() -> None:
    # invented: a search keyword joined to the headline with an underscore, then printed alone
    page = f"指挥谁来指挥_某市成立重大项目建设指挥部\n{REPORT_BODY}\n指挥谁来指挥\n会议还研究了其他事项。"
    cleaned = clean(page)
    assert "指挥谁来指挥" not in cleaned.text and cleaned.text.startswith("某市成立重大项目建设指挥部\n")


def test_a_headline_part_before_an_underscore_that_is_not_repeated_stays() -> None:
    page = f"县委常委会_某县召开常委会会议\n{REPORT_BODY}"
    assert clean(page).text.startswith("县委常委会_某县")


def test_a_posts_keyword_tag_cloud_at_its_end_is_removed() -> None:
    # invented: a WeChat-style post's tags, each a word of the post, one a line
    tags = ["党支部", "院长", "党委", "领学", "各支部"]
    body = (
        "11月1日下午，某医院院长某某主持召开各党支部全体党员会议。院长领学了文件，要求各支部抓好落实，党委要做好统筹。"
    )
    cleaned = clean(body + "\n" + "\n".join(tags))
    assert cleaned.text == body


def test_a_list_of_names_at_a_reports_end_is_no_tag_cloud() -> None:
    # invented: names listed one a line at the end are the report's, not words found before them
    names = ["张某某", "李某某", "王某某", "赵某某", "陈某某"]
    body = "5月6日，县委召开常委会会议。会议增补以下同志为委员："
    assert clean(body + "\n" + "\n".join(names)).text.endswith("陈某某")


@pytest.mark.parametrize(
    "line",
    [
        # invented: a photo caption in brackets on its own line
        "(会议现场)",
        "（活动现场）",
        "【座谈会现场】",
        # invented: font-size buttons under a title
        "• A+",
        "A- A+",
        # invented: a nav bar whose 首页 is spaced
        "首 页 招商引资 产业园区 政策法规 新闻中心",
        # invented: a footer's phone lines with a bracketed qualifier, and an address alone
        "咨询电话(工作日):0123-7654321",
        "值班电话（夜间）：0123-1234567（含节假日）",
        "某某省某某市某某镇人民大道88号",
        "某省某市某区解放路12号院",
    ],
)
def test_captions_buttons_footers_and_addresses_alone_are_removed(line: str) -> None:
    page = f"5月6日，院党委召开党建工作会议。会议强调，要抓好落实。\n{line}"
    cleaned = clean(page)
    assert line not in cleaned.text and cleaned.text.endswith("要抓好落实。")


@pytest.mark.parametrize(
    ("page", "kept"),
    [
        # invented: a report that names an address or a 现场 inside its sentences
        ("5月6日，县委召开常委会会议。\n会议在县政府大楼(人民路88号)召开，研究了现场办公事项。", "人民路88号"),
        ("5月6日，县委召开常委会会议。\n与会人员来到某某镇人民大道88号项目现场察看进度。", "人民大道88号"),
        ("5月6日，县委召开常委会会议。\n会议公布了服务电话，方便群众反映问题。", "服务电话"),
    ],
)
def test_addresses_and_phones_inside_sentences_stay(page: str, kept: str) -> None:
    assert kept in clean(page).text


@pytest.mark.parametrize(
    ("page", "site"),
    [
        # invented: a public body's site name glued after a space to a text cut short
        ("3月2日，县政府召开常务会议。县长某某指出，全县财政收入增长了9. 某某县人民政府网站", "人民政府网站"),
        ("3月5日，县委召开常委会会议。会议要求各部门抓好 某某县政协网", "政协网"),
    ],
)
def test_a_sites_name_after_a_cut_end_is_removed(page: str, site: str) -> None:
    cleaned = clean(page)
    assert site not in cleaned.text
    assert any(rule == "navigation" and site in text for rule, text in cleaned.removals)


@pytest.mark.parametrize(
    "line",
    [
        # invented: a news app's prompt and a picture's caption a site prints on a line of its own
        "打开网易新闻 查看更多视频",
        "打开搜狐新闻客户端 看更多精彩",
        "(资料图片仅供参考)",
        "（图片来源于网络）",
    ],
)
def test_a_news_apps_prompt_or_a_pictures_caption_is_furniture(line: str) -> None:
    page = f"5月6日，县委召开常委会会议。\n{line}\n会议强调，要打开工作新局面，抓好落实。"
    text = clean(page).text
    assert line not in text
    assert "会议强调，要打开工作新局面，抓好落实。" in text


@pytest.mark.parametrize("stamp", ["09-10 14:55", "9月10日 14:55", "12/08 09:30:12"])
def test_a_stamp_without_its_year_but_with_its_clock_is_a_date_banner(stamp: str) -> None:
    page = f"县委召开常委会会议\n{stamp}\n5月6日，县委召开常委会会议。会议强调，要抓好落实。"
    text = clean(page).text
    assert stamp not in text
    assert "5月6日，县委召开常委会会议。" in text


def test_a_month_and_day_alone_on_a_line_stays() -> None:
    page = "县委召开常委会会议\n5月6日上午\n县委召开常委会会议。会议强调，要抓好落实。"
    assert "5月6日上午" in clean(page).text


@pytest.mark.parametrize(
    "line", ["640 (1).jpg", "IMG_2031 (2).JPG", "微信图片_20230404 (12).png", "会场照片（3）.jpeg"]
)
def test_an_image_file_name_with_a_copys_counter_is_removed(line: str) -> None:
    # invented: file names a converter left between paragraphs, a copy's counter after a space
    out = clean(f"4月3日，州委召开专题会议。\n{line}\n会议听取了有关汇报。")
    assert out.text == "4月3日，州委召开专题会议。\n会议听取了有关汇报。"
    assert ("image", line) in out.removals


@pytest.mark.parametrize(
    "line", ["归档时间:2021-09-07 已归档", "归档日期：2020年3月2日", "存档时间: 2019-11-05 10:22:31"]
)
def test_an_archives_stamp_is_page_words_and_dates_nothing(line: str) -> None:
    # invented: an archive's banner above the page's own publish line
    out = clean(
        f"{line}\n\n县人大常委会召开第五次会议\n\n发布时间:2016-11-28 09:38:33\n\n11月24日，县人大常委会召开会议。"
    )
    assert ("page_words", line) in out.removals
    assert out.publish_date == "2016-11-28"
    assert out.text == "县人大常委会召开第五次会议\n11月24日，县人大常委会召开会议。"


def test_an_archived_document_in_a_sentence_stays() -> None:
    line = "会议要求，归档时间为2021年9月7日前的文件要全部整理到位。"
    assert clean(line).text == line


@pytest.mark.parametrize("account", ["某南某和发布", "平安某县发布", "某某区委宣传部发布"])
def test_a_government_accounts_sign_off_after_the_last_sentence_is_a_footer(account: str) -> None:
    # invented: a WeChat account's name (某地发布) on its own line after the report; before the body a headline
    page = f"5月27日，某县召开脱贫攻坚领导小组会议。会议还印发了工作安排意见。\n{account}"
    out = clean(page)
    assert out.text == "5月27日，某县召开脱贫攻坚领导小组会议。会议还印发了工作安排意见。"
    assert ("navigation", account) in out.removals
    headline = f"{account}\n5月27日，某县召开会议。会议研究了有关事项。"
    assert clean(headline).text == headline


@pytest.mark.parametrize(
    "labels",
    [
        # invented: a party-work column of an institution's site, one label a line above the headline
        "党群工作\n党建动态",
        "党建园地",
        "群团工作\n党群动态",
    ],
)
def test_a_party_work_columns_labels_above_the_headline_go(labels: str) -> None:
    page = f"{labels}\n某某医院召开党委理论学习中心组学习会议\n3月2日，某某医院召开党委理论学习中心组学习会议。书记某某主持会议。"
    cleaned = clean(page)
    assert all(label not in cleaned.text for label in labels.split("\n"))
    assert cleaned.text.startswith("某某医院召开党委理论学习中心组学习会议")


@pytest.mark.parametrize(
    ("page", "headline", "published"),
    [
        # invented: a headline with its publish strip glued on after a space
        (
            "某区政协举行常委会会议 2025-03-18 来源:某某区人民政府\n3月15日，区政协举行常委会会议。",
            "某区政协举行常委会会议",
            "2025-03-18",
        ),
        (
            "某县召开县委常委会会议 2023年06月02日 | 作者：某某\n5月31日，县委召开常委会会议。",
            "某县召开县委常委会会议",
            "2023年06月02日",
        ),
        ("某鎮召開黨委會議 2022-09-09 10:21 來源:某某網\n9月8日，某鎮召開黨委會議。", "某鎮召開黨委會議", "2022-09-09"),
    ],
)
def test_a_publish_strip_glued_after_the_headline_goes_and_dates_the_page(
    page: str, headline: str, published: str
) -> None:
    cleaned = clean(page)
    assert cleaned.text.split("\n")[0] == headline
    assert cleaned.publish_date == published


def test_a_sentence_naming_a_source_after_a_date_stays() -> None:
    # invented: a report's sentence, not a strip: it has a full stop
    page = "3月5日，某县召开会议，通报了2024-03-01来源:群众来信反映的问题。县长某某主持会议。"
    assert clean(page).text == page


@pytest.mark.parametrize(
    "line",
    [
        # invented: the state lotteries' outlets and the words against illegal betting are a report's
        "会议要求，要规范体育彩票投注站管理，严厉打击私彩。",
        "要加强福利彩票投注点的日常监管。",
        "会议强调，严厉打击网络赌博和非法体育投注行为。",
    ],
)
def test_a_lottery_outlet_or_illegal_betting_in_a_sentence_stays(line: str) -> None:
    cleaned = clean(line)
    assert cleaned.text == line
    assert not cleaned.removals


@pytest.mark.parametrize(
    "widgets",
    [
        # invented: an e-paper's page widgets above the report (whole-spread view, the current page)
        ["通版阅读请点击:", "展开通版", "收缩通版", "当前版:01版"],
        ["展开通版", "当前版面:第03版"],
        ["收缩通版", "当前版:03版"],
    ],
)
def test_an_e_papers_page_widgets_are_removed(widgets: list[str]) -> None:
    cleaned = clean("\n".join([*widgets, REPORT_BODY]))
    assert cleaned.text == REPORT_BODY and [text for _, text in cleaned.removals] == widgets


@pytest.mark.parametrize(
    "tail",
    [
        # invented: the tail of an image link whose start the page cut, its closing bracket kept
        "5f3e2a10-77b1-4c2d-9e0a-1b2c3d4e5f60copy.jpg)",
        "20240312_094501.png）",
        "img_0412(1).jpeg)",
    ],
)
def test_the_tail_of_a_cut_image_link_is_removed(tail: str) -> None:
    cleaned = clean(f"{tail}\n{REPORT_BODY}")
    assert cleaned.text == REPORT_BODY and ("image", tail) in cleaned.removals


@pytest.mark.parametrize(
    "sentence",
    [
        # invented: a report's sentence that ends in an inline image's link is kept, the link cut
        "2023年6月1日，区委召开常委会会议。会议强调，要推进乡村振兴。",
        "会议要求，要抓好安全生产！",
        "会上，与会同志围绕主题作交流发言",
    ],
)
def test_a_sentence_ending_in_an_inline_image_is_no_image_name(sentence: str) -> None:
    assert line_rule(f"{sentence}![img](http://example.org/pic/x.png)") != "image"
    assert line_rule("会议现场照片_副本.jpg)") == "image"  # a name, not a sentence, still is


@pytest.mark.parametrize(
    "credit",
    [
        # invented: writers in brackets, each with a part after a slash, one part of two joined by 、
        "(张某某/文、摄 刘某/审)",
        "(王某/文 李某某/图 赵某/编辑)",
        "（陈某某/摄影、文 周某/审核）",
    ],
)
def test_writers_credited_with_their_parts_after_slashes_are_removed(credit: str) -> None:
    cleaned = clean(f"{REPORT_BODY}\n会议现场\n{credit}")
    assert cleaned.text == REPORT_BODY and ("byline", credit) in cleaned.removals


@pytest.mark.parametrize(
    ("line", "jumps"),
    [
        # invented: a paper's jumps between its pages inside the story
        ("会议强调，要掀起学习热潮，(下转2版)(上接1版)提升履职水平。", ["(下转2版)", "(上接1版)"]),
        ("会议要求，各部门要（下转第3版）压实责任。", ["（下转第3版）"]),
        ("（上接A1版）会议指出，要抓好落实。", ["（上接A1版）"]),
    ],
)
def test_a_papers_jumps_between_its_pages_are_cut_from_the_story(line: str, jumps: list[str]) -> None:
    cleaned = clean(f"5月6日，县委书记某某主持召开县委常委会会议。\n{line}")
    assert all(jump not in cleaned.text for jump in jumps)
    assert all(any(jump in text for _, text in cleaned.removals) for jump in jumps)
    assert "版" not in cleaned.text


@pytest.mark.parametrize(
    "line",
    ["青川县人民代表大会常务委员会 主办", "青川县人大常委会办公室 制作", "云溪区融媒体中心 维护"],
)
def test_the_sites_owner_and_its_part_alone_on_a_line_is_furniture(line: str) -> None:
    out = clean(f"3月5日，某镇召开述职评议会。\n{line}")
    assert out.text == "3月5日，某镇召开述职评议会。"


def test_a_sentence_saying_who_hosted_an_event_stays() -> None:
    text = "3月5日，某镇召开述职评议会。\n本次活动由青川县文联主办。"
    assert clean(text).text == text


@pytest.mark.parametrize("menu", ["首页 机构概况 工作动态 代表风采", "网站首页 人大概况 规章制度 代表建议 人事任免"])
def test_a_menu_bar_of_spaced_columns_opened_by_the_homepage_is_navigation(menu: str) -> None:
    out = clean(f"{menu}\n3月5日，某镇召开述职评议会。")
    assert out.text == "3月5日，某镇召开述职评议会。"


@pytest.mark.parametrize("label", ["关键字", "关键词"])
def test_a_search_boxs_label_alone_is_furniture(label: str) -> None:
    assert clean(f"{label}\n3月5日，某镇召开述职评议会。").text == "3月5日，某镇召开述职评议会。"


@pytest.mark.parametrize(
    "markup",
    [
        # invented: an <image> element a scraper kept as a line of its own, its link short or long
        "<IMAGE>/uploads/2024/06/meeting_01.jpg</IMAGE>",
        '<image>data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk" alt=""</image>',
        "<image>https://cdn.example.org/" + "a" * 150 + ".jpeg</image>",
    ],
)
def test_a_line_of_image_markup_is_removed(markup: str) -> None:
    cleaned = clean(f"{REPORT_BODY}\n{markup}\n{REPORT_BODY}")
    assert markup not in cleaned.text and ("image", markup) in cleaned.removals


@pytest.mark.parametrize(
    "line",
    [
        # invented near misses: a sentence beside the element, or markup that is not an image
        '会议强调，要抓好安全生产。<img src="/p/1.jpg">',
        '<img src="/p/1.jpg">会议强调，要抓好安全生产。',
        "<imagery>会议强调，要抓好安全生产</imagery>",
        "<image>会议强调，要抓好安全生产。</image>后续报道",
        "<b>会议强调，要抓好安全生产。</b>",
    ],
)
def test_a_sentence_beside_image_markup_is_no_image_line(line: str) -> None:
    assert line_rule(line) != "image"


@pytest.mark.parametrize(
    "credit",
    [
        # invented: a closing credit whose 记者 or 通讯员 label is spelled with a space
        "（记 者：林某某 周某 见习记者 陈某）",
        "(记 者 王某某)",
        "（通 讯 员：李某 记 者：赵某）",
    ],
)
def test_a_closing_credit_with_a_spaced_label_is_removed(credit: str) -> None:
    cleaned = clean(f"{REPORT_BODY}{credit}")
    assert cleaned.text == REPORT_BODY and ("byline_fragment", credit) in cleaned.removals


def test_a_bracket_of_other_spaced_words_after_a_sentence_stays() -> None:
    # invented near miss: 记 录 is no credit's label
    assert clean(f"{REPORT_BODY}(记 录:另附)").text.endswith("(记 录:另附)")
