"""genre_reason(): pages told by the genre of event or text they show (a press event, a personnel
change, narrated dialogue, a numbered document, a reflection or a plan), and reports of the same
shapes that stay reports. Every page here is invented."""

from __future__ import annotations

import pytest

from etl.extract.cleaning.clean import clean
from etl.extract.pages.nonreport import not_report_reason
from etl.extract.pages.page_genre import genre_reason


def _flagged(page: str, title: str | None = None) -> str | None:
    return not_report_reason(page, clean(page).text, title)


def _genre(page: str, title: str | None = None) -> str | None:
    return genre_reason(clean(page).text.strip(), title)


@pytest.mark.parametrize(
    "page",
    [
        # a press conference releasing a plan, told as news
        "一揽子稳岗政策出台\n昨天，某市人社局召开新闻发布会，通报就业补贴新政，三位处长答问。"
        "发布会上，记者追问了补贴的申领流程。\n新政自下月起执行。",
        # a press conference to come, on the eve of a session
        "某市两会首场新闻发布会今日举行\n今天上午，某市政协十五届三次会议将在市会议中心举行新闻发布会，"
        "大会新闻发言人将介绍会议议程并回答记者提问。\n会议将于明日开幕，会期三天。",
        # a premier's news conference, and the spokesmen who attended it
        "某网3月15日电 某国务院总理今天上午在人民大会堂会见中外记者，回答记者提问，"
        "20多个部委的新闻发言人列席记者会。\n这是部委发言人首次集体列席。",
        # the ministers' corridor of a session: interviews, not a sitting
        "某省两会“厅长通道”首次开启\n1月20日，某省人代会“厅长通道”采访活动在会场北厅举行，"
        "四位厅长接受媒体采访。\n厅长们谈到了乡村振兴和医疗改革。",
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
        # a meeting held, learned of at a press conference and told with its own day
        "记者从今天上午某市政府召开的新闻发布会获悉，4月12日，市委召开乡村振兴领导小组第二次会议，研究部署春耕工作。"
        "市委书记、领导小组组长蒲立川对做好春耕提出要求。\n据悉，会议还研究确定了领导小组工作规则。",
        "记者从5月8日召开的某县新闻通气会上了解到，县政府日前举行了第十二次常务会议，审议通过了城区更新方案。"
        "\n据了解，该方案将于下月实施。",
    ],
)
def test_a_meeting_learned_of_at_a_press_event_stays_a_report(page: str) -> None:
    assert _genre(page) is None


def test_a_meeting_to_come_learned_of_at_a_press_event_is_not_a_report() -> None:
    page = (
        "记者从昨天举行的新闻发布会获悉，某市第十六届人民代表大会第四次会议将于下月召开，会期四天。"
        "\n发布会上，有关负责人介绍了大会筹备情况。"
    )
    assert "press event" in (_genre(page) or "")


@pytest.mark.parametrize(
    "page",
    [
        "某市政府领导班子调整\n近日，某市政府领导班子调整，两位副市长履新，另有一位副市长已赴外地任职。"
        "新任副市长均有基层工作经历。\n调整后班子平均年龄为50岁。",
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
        "第(4/5)页 雨下了一整夜，镇政府的院子里积满了水。\n"
        "老周把伞往门边一靠，道：“今天的会，怕是开不成了。”\n"
        "小赵抬起头，问道：“周镇长，那村里的桥还去不去看？”\n"
        "老周摆摆手道：“去，开不开会，桥都得看。”",
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
        # in traditional script, under its headline
        "某縣衛健局關於印發基本公共衛生服務項目實施方案的通知\n某衛發〔2024〕5號\n各鄉鎮衛生院：\n"
        "現將實施方案印發給你們，請認真組織實施。\n一、工作目標\n提高服務覆蓋率。",
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
        "赴革命老区红色教育培训心得体会\n6月3日至7日，我随机关党员赴革命老区接受红色教育。"
        "一周的行程让我很受触动。\n一、旧址里读懂初心\n走进一间间旧居，我深深感到……",
        "某县2025年文明城市创建工作要点\n为巩固创建成果，结合我县实际，特制定本要点。\n一、总体目标\n"
        "年内通过省级复核。\n二、重点任务\n（一）整治背街小巷。",
        "要闻\n凝聚奋进力量——学习贯彻全会精神市委宣讲团宣讲活动综述\n连日来，市委宣讲团深入机关、企业、农村，"
        "开展宣讲报告会36场，直接听众2万余人。\n在某区，宣讲团成员走进社区，与群众面对面交流。",
        "某局2024年上半年党建工作情况汇报\n上半年，局党委把基层党建摆在突出位置，现将有关情况汇报如下。\n"
        "一、主要做法\n新建党员活动室两处。",
    ],
)
def test_a_reflection_a_plan_or_a_summary_is_not_a_meeting_report(page: str) -> None:
    assert _flagged(page) is not None


def test_a_reflection_headline_is_the_genre_signal() -> None:
    page = "赴革命老区红色教育培训心得体会\n6月3日至7日，我随机关党员赴革命老区接受红色教育。\n一、旧址里读懂初心"
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
        "渡口边的理论课\n周六上午，某镇新时代文明实践站在老渡口进行讲习，讲解惠农政策。活动在一艘旧渡船上举行，"
        "渔民们边听边问。\n会上，镇团委为十名青年志愿者授旗。",
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
        "第312期\n一周动态\n◆5月8日，县图书馆举办少儿绘本展。副县长某某参观。\n"
        "◆5月9日，我县召开夏粮收购调度会。副县长某某出席，各乡镇分管负责人参加。\n"
        "◆为迎接汛期，5月10日，县应急局组织防汛物资清点。\n"
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


@pytest.mark.parametrize(
    ("body", "numbered"),
    [
        ("某政办〔2023〕28号\n各乡镇：\n现将方案印发给你们。", True),
        ("文 号: | 某党〔2024〕5号 | 文件名称: | 学习安排 |\n各党支部：\n现将学习安排印发给你们。", True),
        ("某县人民政府\n某政发[2022]3号\n各乡镇：", True),
        # a number cited in a sentence, or inside a title's brackets, heads nothing
        ("会议传达了某组通〔2023〕12号文件精神。\n会议要求，抓好落实。", False),
        ("5月6日，某县召开会议，学习《关于某事的通知》（某政发〔2023〕3号）。", False),
    ],
)
def test_the_number_that_heads_a_document(body: str, numbered: bool) -> None:
    assert ("its number" in (genre_reason(body, None) or "")) is numbered


@pytest.mark.parametrize(
    "page",
    [
        # a discipline team's work during a congress session
        "1月20日至24日，某省第十四届人民代表大会第三次会议在某市召开。驻省人大机关纪检组把会风会纪监督作为重点任务，"
        "为大会顺利召开提供了坚强的纪律保障。\n纪检组设立监督小组，进驻各代表团驻地，全程监督会风会纪。",
        # a hospital's medical service for a session
        "1月18日至22日，某市政协十届二次会议在某市召开。会议期间，市人民医院抽调医护人员组成医疗保障组，"
        "为大会顺利召开提供全方位医疗服务保障。"
        "\n保障组在驻地设立医疗点，24小时值守。",
        # the police's security for a session
        "1月6日至8日，某县第十八届人民代表大会第四次会议召开。会议期间，县公安局抽调警力200余人，全力做好大会安保工作。"
        "\n民警在会场周边设置检查点，确保大会安全。",
    ],
)
def test_news_of_the_work_done_for_a_meeting_is_not_a_meeting_report(page: str) -> None:
    assert "work done for a meeting" in (_flagged(page) or "")


@pytest.mark.parametrize(
    "page",
    [
        # a meeting that prepares the services of a session is a meeting's report
        "1月5日，县人大常委会主任某某主持召开大会服务保障工作会议。某某强调，要为大会顺利召开提供坚强保障。",
        # a project meeting whose groups speak of their own 属地服务保障
        "7月21日，某街道召开项目月度点评会。会上，各项目组代表依次发言，继续发挥好属地服务保障的作用。",
    ],
)
def test_a_meeting_about_a_sessions_services_stays_a_report(page: str) -> None:
    assert "work done for a meeting" not in (_flagged(page) or "")


@pytest.mark.parametrize(
    "page",
    [
        "青川区人大举办庆祝设立常委会40周年成就展\n区人大常委会举办了以“奋进四十年”为主题的成就展。"
        "成就展共分三部分，展出了历届常委会的工作成绩和代表风采。",
        "云溪县“美丽乡村”主题摄影展开幕\n9月3日，由县文联主办的摄影展在县文化馆开展，共展出作品120幅，"
        "吸引了众多市民前来观展。",
    ],
)
def test_news_of_an_exhibition_put_on_is_not_a_meeting_report(page: str) -> None:
    assert genre_reason(page, None) is not None


def test_a_meeting_that_opened_an_exhibition_stays() -> None:
    page = (
        "青川区人大举办庆祝设立常委会40周年成就展\n9月28日，区人大常委会举办成就展开幕式，"
        "区人大常委会主任陆青山主持并讲话，他强调，要总结经验，继续推进人大工作。"
    )
    assert genre_reason(page, None) is None
