"""genre_reason(): pages told by the genre of event or text they show (a press event, a personnel
change, narrated dialogue, a numbered document, a reflection or a plan), and reports of the same
shapes that stay reports. Every page here is invented."""

from __future__ import annotations

import pytest

from etl.extract.clean import clean
from etl.extract.nonreport import not_report_reason
from etl.extract.page_genre import genre_reason


def _flagged(page: str, title: str | None = None) -> str | None:
    return not_report_reason(page, clean(page).text, title)


def _genre(page: str, title: str | None = None) -> str | None:
    return genre_reason(clean(page).text.strip(), title)


@pytest.mark.parametrize(
    "page",
    [
        # a press conference releasing a plan, told as news
        "某省推出文旅消费新举措\n18日，某省政府新闻办公室在省城召开新闻发布会，发布《某省文旅消费提振行动方案》。"
        "发布会上，省文旅厅负责人介绍了方案的主要内容。\n方案提出，今年将新增旅游线路三十条。",
        # a press conference to come, on the eve of a session
        "某市两会首场新闻发布会今日举行\n今天上午，某市政协十五届三次会议将在市会议中心举行新闻发布会，"
        "大会新闻发言人将介绍会议议程并回答记者提问。\n会议将于明日开幕，会期三天。",
        # a premier's news conference, and the spokesmen who attended it
        "某网3月15日电 某国务院总理今天上午在人民大会堂会见中外记者，回答记者提问，"
        "20多个部委的新闻发言人列席记者会。\n这是部委发言人首次集体列席。",
        # the ministers' corridor of a session: interviews, not a sitting
        "第三场“部长通道”采访活动举行\n3月8日，十四届全国人大二次会议第三场“部长通道”采访活动在人民大会堂举行，"
        "五位部长先后接受采访。\n部长们就就业、教育等问题回应关切。",
    ],
)
def test_news_of_a_press_event_is_not_a_meeting_report(page: str) -> None:
    assert "press event" in (_genre(page) or "")
    assert _flagged(page) is not None


@pytest.mark.parametrize(
    "page",
    [
        # a standing committee's meeting that decides on a press conference
        "5月6日，市政府召开常务会议，市长某某主持。会议听取了新闻发布会筹备情况的汇报。\n"
        "会议强调，要做好政策解读，回应群众关切。",
        # a party group studies the spokesmen's system, presided
        "3月2日，市新闻办党组召开会议，研究新闻发布工作。党组书记某某主持召开会议并讲话。\n"
        "会议要求，要健全新闻发言人制度。",
    ],
)
def test_a_meeting_about_a_press_event_stays_a_report(page: str) -> None:
    assert _flagged(page) is None


@pytest.mark.parametrize(
    "page",
    [
        "近期多地省级党委班子调整\n近日，多个省份的省级党委常委班子调整，至少十名省委常委履新。"
        "其中三人为异地调任。\n从年龄看，多为“70后”。",
        "某某任某省委常委\n据某省委组织部网站消息，某某已出任某省委常委、秘书长，此前任某市委书记。\n"
        "某某出生于1972年，长期在基层工作。",
        "日前，中共中央批准，某某任某市委委员、常委，某某不再担任某市委常委、组织部部长职务。\n某某此前任某县委书记。",
        # a meeting told in passing further down, with the meeting's voice
        "近期多地省级领导人事变动\n近期，多地省级领导出现人事变动，涉及五个省份。其中两个省会城市的书记调整。\n"
        "据某省日报消息，27日下午，省委书记某某主持召开省委常委会会议，新任常委某某参加了会议。\n"
        "会议强调，要抓好换届工作。",
    ],
)
def test_news_of_a_personnel_change_is_not_a_meeting_report(page: str) -> None:
    assert "personnel" in (_genre(page) or "")
    assert _flagged(page) is not None


@pytest.mark.parametrize(
    "page",
    [
        # the meeting that decided on the appointments
        "6月3日，县委常委会召开会议，研究干部调整事项，县委书记某某主持。\n会议强调，要坚持好干部标准。",
        # a cadres' meeting that announced the appointments, named in the opening
        "全县领导干部大会召开\n3月5日，全县领导干部大会召开，宣布了省委关于县委主要领导职务调整的决定。\n"
        "新任县委书记某某作表态发言。",
        # a leader's first meeting after taking office
        "新任县长某某履新后首次主持召开县政府常务会议\n4月2日，县长某某主持召开县政府常务会议。\n"
        "会议研究了春耕生产工作。",
    ],
)
def test_a_meeting_about_appointments_stays_a_report(page: str) -> None:
    assert _flagged(page) is None


@pytest.mark.parametrize(
    "page",
    [
        # an officialdom novel's page: the standing committee over, the characters talk
        "第(2/3)页 常委会一散，组织部长站起身收拾了本子，跟着走出了会议室。\n"
        "县长缓缓站起来，道：“今天，感谢各位的支持了。”随后在秘书的陪同下离开了。\n"
        "办公室主任在门口张望了一下，问道：“书记心情怎么样？”\n"
        "秘书小李道：“主任，我不清楚啊，我送她进去就出来了。”",
        # a serial's chapter told as a day at the county offices, in traditional script
        "那天下午，縣政府會議室裡氣氛嚴肅。副縣長們陸續入座，準備開會。\n"
        "老張清了清嗓子，說：“各部門要把這次檢查當回事。”\n大家都低着頭記筆記。\n"
        "散會後，小劉追上去問：“張縣長，明天還去鄉裡嗎？”",
    ],
)
def test_narrated_dialogue_is_not_a_meeting_report(page: str) -> None:
    assert "dialogue" in (_genre(page) or "")
    assert _flagged(page) is not None


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # a report quoting a leader twice, with the meeting's voice
        (
            "5月6日，县委书记某某主持召开县委常委会会议。\n某某说：“项目是发展的生命线。”\n"
            "会议强调，要抓项目、促投资。会上，县长某某说：“要盯紧每一个节点。”",
            None,
        ),
        # a forum's report quoting its speakers, with no 会议指出, dated in its opening
        (
            "5月6日上午，某镇召开村民代表座谈会。\n村民老王说：“路修好了，我们的果子好卖了。”\n"
            "另一位代表说：“希望再建一个冷库。”\n镇长某某一一作了回应。",
            None,
        ),
        # a long delivered report, titled beside the text, that quotes someone twice
        (
            "同志们：\n有人问：“我们靠什么发展？”\n"
            + "我们要坚持改革开放，坚定不移地走自己的路。" * 20
            + "\n群众说：“日子越过越好。”",
            "在全县干部大会上的讲话",
        ),
    ],
)
def test_quotes_in_a_report_or_a_titled_speech_are_not_fiction(page: str, title: str | None) -> None:
    assert "dialogue" not in (_genre(page, title) or "")


@pytest.mark.parametrize(
    "page",
    [
        "某政办〔2023〕28号\n某市、县人民政府，市政府各部门：\n《某湖生态保护行动计划》已经市政府同意，"
        "请结合实际抓好落实。\n某市人民政府办公室\n2023年5月4日",
        "发文日期: | 2024-03-12 | 发布部门: | 党委办公室 |\n文 号: | 院党〔2024〕5号 | 文件名称: | 学习安排 |\n"
        "党委理论学习中心组、各党总支：\n现将2024年专题学习重点内容安排如下。\n一、学习重点\n以党的创新理论为指导。",
    ],
)
def test_a_document_headed_by_its_number_is_not_a_meeting_report(page: str) -> None:
    assert "its number" in (_genre(page) or "")
    assert _flagged(page) is not None


def test_a_report_citing_a_numbered_document_stays() -> None:
    page = (
        "7月6日上午，某镇召开驻村干部对接会，镇党委副书记某某主持。\n"
        "会上传达了县委组织部某组通〔2023〕12号文件精神。\n会议要求，驻村干部要尽快进村入户。"
    )
    assert _flagged(page) is None


@pytest.mark.parametrize(
    "page",
    [
        "参加2022年青年干部培训班学习体会\n10月9日至14日，我参加了区委组织部举办的青年干部培训班。"
        "几天的学习让我开阔了视野。\n一、理论学习让我坚定了信念\n通过系统学习，我深刻认识到……",
        "某局2024年理论学习工作要点\n为深入学习贯彻党的创新理论，结合工作实际，制定本要点。\n一、指导思想\n"
        "坚持以党的创新理论为指导。\n二、主要任务\n（一）抓好中心组学习。",
        "要闻\n凝聚奋进力量——学习贯彻全会精神市委宣讲团宣讲活动综述\n连日来，市委宣讲团深入机关、企业、农村，"
        "开展宣讲报告会36场，直接听众2万余人。\n在某区，宣讲团成员走进社区，与群众面对面交流。",
        "2023年党组中心组学习情况汇报\n今年以来，局党组坚持把理论学习摆在首位，现将学习情况汇报如下。\n"
        "一、学习开展情况\n全年共组织集体学习8次。",
    ],
)
def test_a_reflection_a_plan_or_a_summary_is_not_a_meeting_report(page: str) -> None:
    assert _flagged(page) is not None


def test_a_reflection_headline_is_the_genre_signal() -> None:
    page = (
        "参加2022年青年干部培训班学习体会\n10月9日至14日，我参加了区委组织部举办的青年干部培训班。\n"
        "一、理论学习让我坚定了信念"
    )
    assert "reflection" in (_genre(page) or "")


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # a meeting that heard the work summary: its verb in the headline
        (
            "县委常委会听取2023年工作总结\n12月28日，县委书记某某主持召开县委常委会会议，听取全县工作总结。\n"
            "会议强调，要谋划好明年工作。",
            None,
        ),
        # a meeting whose members exchanged their reflections
        (
            "区委理论学习中心组交流学习体会\n6月5日，区委理论学习中心组召开学习会，区委书记某某主持。\n"
            "会议指出，要学用结合。",
            None,
        ),
    ],
)
def test_a_meeting_on_a_summary_or_reflections_stays(page: str, title: str | None) -> None:
    assert _flagged(page, title) is None


@pytest.mark.parametrize(
    "page",
    [
        # an award, with no meeting
        "某街道党工委获评全市中心组学习先进集体\n近日，市委宣传部公布了年度先进名单，某街道党工委荣获先进集体称号。\n"
        "近年来，该街道坚持每月集中学习。",
        # an outreach lecture told as an activity held
        "车厢里的红色课堂\n昨日下午，某区讲习所在铁路纪念园进行讲习，宣讲党的创新理论。活动在一节老车厢里举行，"
        "党员群众共同交流了心得。\n会上，街道党工委与三家单位签订了共建协议。",
    ],
)
def test_an_award_or_an_activity_held_is_not_a_meeting_report(page: str) -> None:
    assert _flagged(page) is not None


def test_a_meeting_that_gave_awards_stays() -> None:
    page = (
        "2月6日，县委召开全县经济工作会议，县委书记某某主持并讲话，会上为获评先进的单位颁奖。\n"
        "会议强调，要奋力完成全年目标。"
    )
    assert _flagged(page) is None


@pytest.mark.parametrize(
    "page",
    [
        "第312期\n要闻简报\n◆5月8日，县直机关干部职工运动会在县体育馆开幕。副县长某某出席开幕式。\n"
        "◆5月9日，我县召开春播生产调度会。副县长某某出席，各乡镇分管负责人参加。\n"
        "◆为保障饮水安全，5月10日，县生态环境分局在水库开展联合执法行动。\n"
        "◆5月10日，县政协组织委员开展视察活动。",
        "一周简讯\n■ 12日，区委召开巡察工作动员会。\n■ 区人大常委会13日组织代表视察重点项目。\n"
        "■ 14日上午，区政府召开安全生产专题会议。\n■ 15日，区政协举行书画展开幕式。",
    ],
)
def test_a_digest_of_news_items_is_not_a_meeting_report(page: str) -> None:
    assert "digest" in (_genre(page) or "")
    assert _flagged(page) is not None


@pytest.mark.parametrize(
    "page",
    [
        # a report that lists its agenda items with bullets, naming one day
        "3月6日，县委常委会召开会议，书记某某主持。\n◆会议传达了3月5日省委会议精神。\n◆会议研究了春耕工作。\n"
        "◆会议强调，要抓好防火。",
        # a report whose photo captions are bulleted, two days named
        "5月6日，市政协召开主席会议。会议强调，要做好调研。\n▲5月6日，会议现场。\n▲5月7日，委员在企业调研。",
    ],
)
def test_a_report_with_bulleted_items_stays(page: str) -> None:
    assert _flagged(page) is None
