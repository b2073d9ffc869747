"""read_people(): presider, speakers, attendees, and speech spans that cover the text."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.contract.model import Reading
from etl.extract.cleaning.clean import clean
from etl.extract.people.leading import leading_mentions
from etl.extract.people.people import read_people


def roles(r: Reading, role: str) -> list[str]:
    return [p.name for p in r.people if p.role == role]


def speech_of(r: Reading, name: str) -> str:
    return "".join(s.text for s in r.speeches if s.speaker == name)


def covers(text: str, r: Reading) -> bool:
    pos = 0
    for s in r.speeches:
        if s.start != pos:
            return False
        pos += len(s.text)
    return "".join(s.text for s in r.speeches) == text


@pytest.mark.parametrize(
    ("text", "presider", "speakers", "attendees"),
    [
        ("区委书记周某远主持会议并讲话。", ["周某远"], ["周某远"], []),
        ("会议由区委副书记、区长赵某安主持。", ["赵某安"], [], []),
        ("副县长吴海峰、冯志刚参加会议。", [], [], ["吴海峰", "冯志刚"]),
        ("区长孙立新，区政协主席王秀兰出席会议。", [], [], ["孙立新", "王秀兰"]),
        ("出席会议的有：副县长袁丽君、鲁海明。", [], [], ["袁丽君", "鲁海明"]),
        (
            "会上，区长甲乙丙，区委副书记丁某，区委常委、组织部长李某霞分别谈了自己的学习体会。",
            [],
            ["丁某", "李某霞"],
            [],
        ),
        ("县委常委、常务副县长孙晓红就重点项目推进作了发言。", [], ["孙晓红"], []),
        ("市委党校教授宋文静作专题辅导。", [], ["宋文静"], []),
        ("区委书记欧阳明辉强调，要抓落实。", [], ["欧阳明辉"], []),
        ("全体区级领导，区直有关部门负责同志参加会议。", [], [], []),
        ("各街镇党(工)委书记、镇长(主任)参加会议。", [], [], []),
        ("區委書記馮志遠主持會議並講話。", ["冯志远"], ["冯志远"], []),  # names in simplified script
        ("国务院总理 李 强\n各位代表：", [], ["李强"], []),
        # surnames outside the most frequent hundred
        ("会议由县委书记傅嘉言主持。", ["傅嘉言"], [], []),
        ("县委常委、宣传部部长赖思远谈了学习体会。", [], ["赖思远"], []),
        ("区政协党组书记、主席洪晓岚主持会议并讲话。", ["洪晓岚"], ["洪晓岚"], []),
        # untitled lists taking a role: two names at least, then 等同志/分别 and a role verb
        ("会上，方知远、邱若兰等同志结合分管工作作了交流发言。", [], ["方知远", "邱若兰"], []),
        ("会上，唐一鸣、包小禾、严知秋分别谈了学习体会。", [], ["唐一鸣", "包小禾", "严知秋"], []),
        ("葛书航、蒲月明等同志列席会议。", [], [], ["葛书航", "蒲月明"]),
        # invented: the untitled list counted (6名委员, 三位代表) before its verb
        (
            "会上，方知远、邱若兰、唐一鸣3名县政协委员，分别围绕课题作了大会发言。",
            [],
            ["方知远", "邱若兰", "唐一鸣"],
            [],
        ),
        ("座谈会上，包小禾、严知秋两位代表先后发言。", [], ["包小禾", "严知秋"], []),
        ("王家湾、李家村3个村参加评比。", [], [], []),
        ("王家湾、李家村等地参加评比。", [], [], []),
        ("会上，江南、湖西分别交流了做法。", [], [], []),
        # a given name ending in a boundary word is read long only when the verb follows it
        ("区委常委、组织部部长萧景和谈了学习体会。", [], ["萧景和"], []),
        ("区长王伟和副区长李明出席会议。", [], [], ["王伟", "李明"]),
        ("区长王伟强调，要抓落实。", [], ["王伟"], []),
        # a known name with the post after it, or its given name with the post (家义书记)
        ("区委书记王家义主持会议。\n王家义书记指出，要抓落实。", ["王家义"], ["王家义"], []),
        ("区委书记王家义主持会议。会议最后，家义书记强调，要抓落实。", ["王家义"], ["王家义"], []),
        ("区委书记欧阳明辉主持会议。明辉书记强调，要抓落实。", ["欧阳明辉"], ["欧阳明辉"], []),
        # two known people share the given name: the short form is not resolved
        ("区委书记王家义、副区长李家义主持会议。家义书记强调，要抓落实。", ["王家义", "李家义"], [], []),
        # an unknown given name with a post is not a person
        ("区委书记王家义主持会议。明远书记强调，要抓落实。", ["王家义"], [], []),
        # a name listed earlier without a post later presides (会议由某某主持) or speaks
        ("韦达明、包青禾等区领导出席会议。会议由韦达明主持。", ["韦达明"], [], ["韦达明", "包青禾"]),
        ("县委书记俞文涛和副书记苏晴参加会议，俞文涛主持会议。", ["俞文涛"], [], ["俞文涛", "苏晴"]),
        # someone who attends and speaks is a speaker too
        ("市委常委、区委书记梅若兰出席会议并讲话。", [], ["梅若兰"], ["梅若兰"]),
        # a clause that opens with a never-titled name and a statement verb
        ("会议听取了汇报。\n柯明远指出，要抓好整改。\n司马青在会上要求，要压实责任。", [], ["柯明远", "司马青"], []),
        (
            "会议听取了汇报。\n韦达明在总结讲话时指出，要抓落实。\n包青禾在听取汇报后强调，要抓落实。",
            [],
            ["韦达明", "包青禾"],
            [],
        ),
        # a name with the post after it, then a role verb
        ("会上，邵云峰副县长通报了情况，庞立市长主持会议，要求加快进度。", ["庞立"], ["邵云峰", "庞立"], []),
        # documents and quoted leaders are not speakers
        ("方案要求，各地抓落实。明确指出，要守住底线。", [], [], []),
        ("会议强调，毛某某指出：“要团结。”", [], [], []),
        ("会议传达学习了严某某同志的重要讲话精神。\n严某某指出，要团结。", [], [], []),
        # bodies and places are not untitled names
        ("会议听取了汇报。\n白沙镇要求，要抓好整改。\n金融办主任就工作作了说明。", [], [], []),
        # a full name after a topic (就…工作某某某要求)
        ("县长柯振南出席会议。就做好营商环境工作柯振南要求，一要坚定决心。", [], ["柯振南"], ["柯振南"]),
        # 作…报告 delivered on another body's behalf (受…委托所作的…报告), 安排部署, 进行…解读
        ("会议听取了县交通局局长滕远航受县政府委托所作的关于道路建设情况的报告。", [], ["滕远航"], []),
        ("会议听取和审议了市长敖海川所作的\n。会议充分肯定过去一年的工作。", [], ["敖海川"], []),
        ("会上，副县长沈一帆安排部署了安全生产工作。", [], ["沈一帆"], []),
        ("镇人大主席洪晓云对代表选举工作进行培训。", [], ["洪晓云"], []),
        ("会上，副县级干部邬松林领学了文件。", [], ["邬松林"], []),
        # members of a leading body listed, then their talks (班子成员甲、乙、丙围绕主题作研讨交流发言)
        ("会上，班子成员韦达明、包青禾、邹静川围绕主题作研讨交流发言。", [], ["韦达明", "包青禾", "邹静川"], []),
        ("党组成员韦达明、包青禾结合分管工作依次发言。", [], ["韦达明", "包青禾"], []),
        # an untitled name with 同志 presides; one opening a clause relays or reports
        ("韦达明同志主持会议并讲话。", ["韦达明"], ["韦达明"], []),
        ("会议由韦达明同志主持。", ["韦达明"], [], []),
        ("会议听取了汇报。\n包青禾传达了市委常委会会议精神。", [], ["包青禾"], []),
        ("县委常委、组织部部长包青禾就换届工作作了具体安排。", [], ["包青禾"], []),
        # 县领导 lists, and names that attend later in the sentence
        ("县领导韦达明、包青禾、邹静川，各部门主要负责人参加会议。", [], [], ["韦达明", "包青禾", "邹静川"]),
        ("区人大常委会主任柯振南和副主任甘霖及委员共20人参加会议。", [], [], ["柯振南", "甘霖"]),
        ("会议听取了各成员单位的汇报。以习近平同志为核心的党中央高度重视。", [], [], []),
        # shapes of pages from sites never seen (held-out check)
        # a day between the name and its verb
        ("市政协主席柯振南26日下午主持召开主席会议。", ["柯振南"], [], []),
        # a list, a comma, then 分别就…作了说明
        ("市政协秘书长韦达明、提案委员会主任包青禾，分别就有关议题作了说明。", [], ["韦达明", "包青禾"], []),
        # 听取了某某同志关于…的汇报 (and 其 inside a given name)
        ("会议听取了区生态环境分局局长梁其远同志关于《责任清单》的情况汇报。", [], ["梁其远"], []),
        # a rarer surname, and 进行…总结
        ("会上，镇党委书记韦达明讲话，镇长茆云海进行大会总结。", [], ["韦达明", "茆云海"], []),
        # name before post for a chairman of the NPC standing committee
        ("会议召开。包青禾委员长主持会议。", ["包青禾"], [], []),
        # a body's name glued before the name: 纪委办某某同志对…进行了解读
        ("会上，纪委办邹静川同志对《意见》进行了解读。", [], ["邹静川"], []),
        # the presider's statement past the meeting's name and a clause of what was heard
        (
            "市委书记柯振南主持召开市委党建工作领导小组会议，听取各部门汇报，强调要精准施策。",
            ["柯振南"],
            ["柯振南"],
            [],
        ),
        ("国家主席柯振南主持召开座谈会，同研修班学员进行座谈并发表重要讲话。", ["柯振南"], ["柯振南"], []),
        ("国家主席柯振南出席会议并发表重要讲话。", [], ["柯振南"], ["柯振南"]),
        # ... but not what the meeting did: 主持召开…会议，传达…，安排部署
        ("县委书记柯振南主持召开县委常委会议，传达有关精神，安排部署工作。", ["柯振南"], [], []),
        ("区直有关部门负责同志参加会议。", [], [], []),
        # 关于 right after a name, 讲意见, a 领导 post, and a name after 一是
        ("会议听取提案委主任韦达明关于协商活动方案的汇报。", [], ["韦达明"], []),
        ("最后，镇党委副书记、镇长包青禾讲意见：要抓好落实。", [], ["包青禾"], []),
        (
            "会议由组织委员邹静川主持。一是邹静川传达文件精神；二是专班领导柯振南同志讲话，希望互相学习。",
            ["邹静川"],
            ["邹静川", "柯振南"],
            [],
        ),
        # an untitled three-character name after the date presides
        ("5月6日，林晓峰主持召开县委常委会会议，研究近期工作。", ["林晓峰"], [], []),
        # a leader whose speech the meeting passes on is cited, not a speaker
        ("会议传达学习了全国两会精神和省委书记柯振南在全省领导干部会议上的讲话精神，会议强调，要抓落实。", [], [], []),
    ],
)
def test_people(text: str, presider: list[str], speakers: list[str], attendees: list[str]) -> None:
    r = read_people(text)
    assert roles(r, "presider") == presider
    assert roles(r, "speaker") == speakers
    assert roles(r, "attendee") == attendees
    assert covers(text, r)


def test_speakers_of_one_sentence_take_turns_at_its_semicolons() -> None:
    text = "会上，主任韦达明对工作进行动员；副县长包青禾发表讲话并提出建议，一是要选优选强队伍。"
    r = read_people(text)
    assert roles(r, "speaker") == ["韦达明", "包青禾"]
    assert "选优选强队伍" in speech_of(r, "包青禾") and "选优选强" not in speech_of(r, "韦达明")
    assert covers(text, r)


def test_a_speech_verb_ending_its_line_opens_the_words_below() -> None:
    text = "会议由副县长韦达明同志主持。\n苗春生同志强调\n一、要认清形势。\n二、要压实责任。\n韦达明会议总结时强调，必须整改到位。"
    r = read_people(text)
    assert "一、要认清形势。\n二、要压实责任。" in speech_of(r, "苗春生")
    assert "必须整改到位" in speech_of(r, "韦达明")
    assert covers(text, r)


def test_the_report_a_meeting_hears_belongs_to_its_reporter() -> None:
    text = (
        "会议由区政协主席甘某某主持。\n"
        "会议听取了副区长戚远山作关于提案办理情况的通报。区政府十分重视提案办理工作，成效明显。"
        "会议建议有关部门加强联系。"
    )
    r = read_people(text)
    assert roles(r, "speaker") == ["戚远山"]
    assert "区政府十分重视提案办理工作" in speech_of(r, "戚远山")
    assert "加强联系" in speech_of(r, "会议") and "加强联系" not in speech_of(r, "戚远山")
    assert covers(text, r)


def test_a_leader_whose_speech_at_a_long_list_of_meetings_is_relayed_is_not_a_speaker() -> None:
    # invented: 某某同志在甲会议、乙会议、丙会议和丁会议等4个会议上的讲话精神, a list longer than one meeting
    text = (
        "4月2日，学院召开党委会议，党委书记韦达明主持。韦达明带领与会同志传达学习了省委书记包青禾同志在"
        "省委经济工作会议、省纪委第三次全体会议、省委十三届五次全会第二次全体会议和全省安全稳定工作专题会议"
        "等4个会议上的讲话精神。韦达明强调，要抓落实。"
    )
    r = read_people(text)
    assert roles(r, "speaker") == ["韦达明"]


def test_a_leader_quoted_from_a_relayed_meeting_is_not_a_speaker() -> None:
    text = (
        "5月6日，区委召开常委会会议，区委书记韦达明主持。会议传达学习了省委常委会会议精神。"
        "在省委常委会（扩大）会议上，省委书记包青禾就疫情防控提出明确要求。韦达明强调，要抓落实。"
    )
    r = read_people(text)
    assert roles(r, "speaker") == ["韦达明"]
    assert covers(text, r)
    # the report's own meeting named in its opening keeps its speaker
    own = "近日，在县委理论学习中心组集体学习会上，县委书记韦达明强调，要学深悟透。"
    assert roles(read_people(own), "speaker") == ["韦达明"]


def test_a_spaced_byline_under_the_date_names_the_delivered_speech() -> None:
    page = "奋力开创新局面\n——在青禾区第九次党代会上的报告\n（2021年9月1日）\n韦　达　明\n同志们：\n现在，我代表区委作报告。\n"
    text = clean(page).text
    assert "韦　达　明" in text  # the cleaning keeps it: a name under a speech's date, not a column tag
    r = read_people(text)
    assert [(p.name, p.role) for p in r.people] == [("韦达明", "speaker")]
    assert speech_of(r, "韦达明") == "同志们：\n现在，我代表区委作报告。"
    assert covers(text, r)
    # a column tag spelled with spaces is still removed
    assert clean("工 作 动 态\n3月2日，区委召开常委会会议。").text == "3月2日，区委召开常委会会议。"


def test_a_congress_delegate_relays() -> None:
    r = read_people("市第九次党代会代表芮晓岚同志传达会议精神。")
    assert roles(r, "speaker") == ["芮晓岚"]


def test_titles_are_split_from_names() -> None:
    r = read_people("会上，区委副书记、区长赵某安谈了学习体会。")
    assert [(p.name, p.title) for p in r.people] == [("赵某安", "区委副书记、区长")]


def test_speech_runs_on_until_the_next_speaker_or_narration() -> None:
    text = (
        "5月6日，区委召开常委会会议。区委书记王某光主持会议。\n"
        "区委书记王某光就做好下步工作讲几点意见：\n要抓好项目。\n抓好招商。\n"
        "会上，区长赵某安谈了学习体会。他表示，要在产业发展上下功夫。\n"
        "全体区级领导参加会议。"
    )
    r = read_people(text)
    assert speech_of(r, "王某光") == "要抓好项目。\n抓好招商。\n"
    assert speech_of(r, "赵某安") == "要在产业发展上下功夫。\n"
    assert covers(text, r)


def test_collective_voice_and_pronoun_continuation() -> None:
    text = "会议强调，要抓安全。会议要求，要抓落实。县长程某伟指出，要守底线。她表示，要走一线。会议还研究了其他事项。"
    r = read_people(text)
    assert speech_of(r, "会议").startswith("要抓安全。")
    assert "要抓落实。" in speech_of(r, "会议")
    assert speech_of(r, "程某伟") == "要守底线。她表示，要走一线。"
    assert r.speeches[-1].speaker == "会议"


def test_untitled_later_mentions_start_a_speech() -> None:
    text = "区委书记周明远主持会议。会议听取汇报。周明远强调，要抓紧。"
    r = read_people(text)
    assert speech_of(r, "周明远") == "要抓紧。"


def test_bylines_are_never_people() -> None:
    r = read_people("区委书记王某主持会议。\n文稿:李某娜\n编辑:方某月\n记者 张某")
    assert {p.name for p in r.people} == {"王某"}


def test_header_speaker_of_a_delivered_report() -> None:
    text = "政府工作报告\n——2024年3月5日在大会上\n国务院总理\n李　强\n各位代表：\n现在，我代表国务院报告工作。"
    r = read_people(text)
    assert [(p.name, p.title, p.role) for p in r.people] == [("李强", "国务院总理", "speaker")]
    assert speech_of(r, "李强").startswith("各位代表：")
    assert covers(text, r)


def test_empty_text() -> None:
    assert read_people("") == Reading((), ())


TEXT = st.text(
    alphabet=st.sampled_from(
        list("区委书记县长主任王李张赵欧阳明光强调指出表示他她会议上主持出席参加列席就讲几点意见，。：:、\n “”")
    )
    | st.characters(),
    max_size=400,
)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_speeches_cover_any_text(text: str) -> None:
    r = read_people(text)
    assert covers(text, r)
    assert all(p.role in ("presider", "speaker", "attendee") for p in r.people)
    assert all(2 <= len(p.name) <= 4 for p in r.people)


def test_titled_people_listed_with_commas_share_the_closing_verb() -> None:
    """甲主委、副主席某某，乙会长某某，…代表某某先后发言: each of the list spoke."""
    text = (
        "11月3日，县委召开座谈会。县委书记韩立新主持。县政协副主席柳青禾，县新联会会长钟白石，"
        "无党派人士代表宋远山先后发言。在听取发言后，韩立新作了讲话。他指出，起草组要认真研究吸纳。"
    )
    reading = read_people(text)
    assert [p.name for p in reading.people if p.role == "speaker"] == ["柳青禾", "钟白石", "宋远山", "韩立新"]
    assert [s.speaker for s in reading.speeches if "研究吸纳" in s.text] == ["韩立新"]


def test_a_comma_without_a_closing_adverb_does_not_make_a_list() -> None:
    text = "5月2日，区政协召开主席会议。区政协副主席柳青禾，秘书长钟白石出席会议。区政协主席宋远山讲话。"
    reading = read_people(text)
    assert [p.name for p in reading.people if p.role == "speaker"] == ["宋远山"]


def test_a_head_who_affirms_the_work_speaks() -> None:
    """局长某某肯定了…，并提出…: the words that follow are the head's."""
    text = "1月5日，局党组召开党组会议。局党组书记、局长吴建华肯定了去年的工作，并提出要继续履行抓党建第一责任。"
    reading = read_people(text)
    assert [(p.name, p.role) for p in reading.people] == [("吴建华", "speaker")]
    assert [s.speaker for s in reading.speeches if "第一责任" in s.text] == ["吴建华"]


def test_a_given_name_may_hold_hui() -> None:
    """会 is a given name's character too (the 会 of 会议 is not): 由县政协主席某会某主持."""
    text = "会议由县政协主席汤会民主持。督导组副组长吕天会同志做了点评：大家畅所欲言。"
    reading = read_people(text)
    assert roles(reading, "presider") == ["汤会民"]
    assert roles(reading, "speaker") == ["吕天会"]
    assert "畅所欲言" in speech_of(reading, "吕天会")


def test_a_head_who_gives_full_approval_then_he_speaks() -> None:
    """某某对…给予充分肯定。他指出…: the approval is a statement, and 他 is its speaker."""
    text = "7月2日，市政协主席钱立川主持召开主席会议。钱立川对报告给予充分肯定。他指出，要稳增长、惠民生。"
    reading = read_people(text)
    assert roles(reading, "speaker") == ["钱立川"]
    assert "稳增长、惠民生" in speech_of(reading, "钱立川")


def test_he_with_an_adverb_of_emphasis_continues_the_speaker() -> None:
    text = "校纪委书记冯长河就两个文件进行了详细的解读。他重点强调了两者的关系，指出二者一脉相承。"
    reading = read_people(text)
    assert "一脉相承" in speech_of(reading, "冯长河")


def test_invited_to_report_and_presiding_a_named_sitting_and_speaking() -> None:
    text = (
        "旗委书记包青山主持第一次全体会议并讲话，代表常委会报告工作。"
        "主席会议举行集体学习，全国政协委员贺知远应邀作报告。"
    )
    reading = read_people(text)
    assert roles(reading, "presider") == ["包青山"]
    assert roles(reading, "speaker") == ["包青山", "贺知远"]


def test_a_named_meeting_then_a_comma_is_still_an_act_not_a_speech() -> None:
    """主持召开某某会议，传达…: the presider relays; 并 is needed to make the words a speech."""
    reading = read_people("县委书记钟远山主持召开县委常委会议，传达学习有关精神。")
    assert roles(reading, "presider") == ["钟远山"]
    assert roles(reading, "speaker") == []


def test_a_long_topic_before_the_demand_is_read_to_its_verb() -> None:
    """某某对…（a list of topics over eighty characters）…等工作提出了具体要求: a speaker."""
    topics = "、".join(
        ["认真学习领会上级会议精神", "抓好机关党建", "加强干部队伍建设", "开展三项监督"] * 2 + ["抓好档案管理"]
    )
    assert len(topics + "等工作") > 80
    text = f"8月1日，县人大常委会党组书记、主任韦正平主持召开党组会议。韦正平对{topics}等工作提出了具体要求。"
    assert roles(read_people(text), "speaker") == ["韦正平"]


def test_the_one_who_relays_and_the_one_who_reports_by_title_speak() -> None:
    """会议由某某同志传达学习… / 会议听取了某某同志《关于…》: both are speakers."""
    text = (
        "10月9日，区长钱明远主持召开区政府常务会议。"
        "会议由钱明远同志传达学习省政府主要领导调研精神。会议强调，要抓好落实。"
        "会议听取了区财政局主任科员林晓禾同志《关于预算调整方案的报告》。"
    )
    reading = read_people(text)
    assert roles(reading, "speaker") == ["钱明远", "林晓禾"]
    assert "抓好落实" in speech_of(reading, "会议")


def test_he_after_a_sentence_the_meeting_opens_is_the_speaker_named_in_it() -> None:
    """会议讨论了…，市政协主席某某作了重要讲话。他指出…: 他 is 某某, not the meeting."""
    text = "会议讨论通过了有关事项，就如何开好常委会议，市政协主席宁致远作了重要讲话。他指出，要提前谋划。"
    reading = read_people(text)
    assert "提前谋划" in speech_of(reading, "宁致远")


def test_a_post_alone_is_the_one_person_named_with_it() -> None:
    """督导组副组长对…要求 after 第五督导组副组长某某 attended: the deputy head speaks."""
    text = (
        "5月8日，全镇动员大会召开。县第五督导组副组长鲁长明一行出席会议。会议由镇党委邬文清主持。"
        "会议强调，要统一思想。督导组副组长对我镇的方案表示赞同，要求把各个环节做细。"
    )
    reading = read_people(text)
    assert roles(reading, "presider") == ["邬文清"]
    assert roles(reading, "speaker") == ["鲁长明"]
    assert "环节做细" in speech_of(reading, "鲁长明")
    assert "统一思想" in speech_of(reading, "会议")


def test_a_post_two_people_hold_names_no_one() -> None:
    text = "副县长蓝启明、副县长贝思远出席会议。副县长要求，抓好落实。"
    reading = read_people(text)
    assert roles(reading, "speaker") == []


def test_a_head_who_convenes_a_meeting_chairs_it() -> None:
    reading = read_people("12月18日，区长韦东来召开区政府第63次常务会议。区领导甲某出席会议。")
    assert roles(reading, "presider") == ["韦东来"]
    reading = read_people("县委书记韦东来在召开的全县大会上指出，要抓落实。")
    assert roles(reading, "presider") == []


def test_a_named_sitting_of_the_meeting_speaks_as_the_meeting() -> None:
    """主席会议审议…，决定… after a chairman's words: the meeting's, not the chairman's."""
    text = "省政协主席卢景川主持并讲话。卢景川强调，要加强队伍建设。主席会议审议有关文件，决定提请常委会议审议。"
    reading = read_people(text)
    assert "加强队伍建设" in speech_of(reading, "卢景川")
    assert "提请常委会议审议" in speech_of(reading, "会议")


def test_members_named_before_their_post_and_the_hong_kong_form_of_shuo() -> None:
    """某某委員發言説 (a CPPCC member, post after the name) and 作的…説明 / 他説 (説, not 說)."""
    text = (
        "會議首先聽取了副主席包思遠作的關於章程修正案的説明。包思遠就修改情況作了説明。他説，要適當修改。\n"
        "隨後，委員作大會發言。\n"
        "甘若水委員代表民盟中央發言説，要匯聚強大合力。\n"
        "羅映川委員發言説，我國發展具有後發優勢。"
    )
    reading = read_people(text)
    assert roles(reading, "speaker") == ["包思远", "甘若水", "罗映川"]
    assert "適當修改" in speech_of(reading, "包思远")
    assert "匯聚強大合力" in speech_of(reading, "甘若水")
    assert "後發優勢" in speech_of(reading, "罗映川")


def test_a_transcripts_turns_open_with_a_title_a_name_and_a_colon() -> None:
    text = (
        "大会开幕会3日15时举行。\n"
        "中共中央政治局常委石云开：本次会议应出席委员2158人，符合规定人数。\n"
        "全国政协主席 贝启文：各位委员：我代表常务委员会，向大会报告工作。"
    )
    reading = read_people(text)
    assert roles(reading, "speaker") == ["石云开", "贝启文"]
    assert "符合规定人数" in speech_of(reading, "石云开")
    assert "向大会报告工作" in speech_of(reading, "贝启文")
    # a post and a colon before the name is a label, never a turn
    assert roles(read_people("主持人：县委书记石云开\n出席会议的有：副县长贝启文。"), "speaker") == []


def test_a_report_the_members_discuss_is_not_a_speech_of_their_meeting() -> None:
    """与会人员热议了县委书记某某所作的…报告: the report was made at the plenary before."""
    text = (
        "2月18日，全会后第三小组召开讨论会。会议由县人大常委会主任鲍思源主持。"
        "与会人员热议了县委书记、县长荣海涛所作的题为《奋进》的工作报告。鲍思源认为，报告总结全面。"
    )
    reading = read_people(text)
    assert roles(reading, "speaker") == ["鲍思源"]
    # heard and reviewed at the same sitting, the report is a speech of it
    reading = read_people("大会听取和审议了县长荣海涛所作的政府工作报告。")
    assert roles(reading, "speaker") == ["荣海涛"]


def test_a_title_stops_at_the_clause_the_name_stands_in() -> None:
    reading = read_people("会议审议了县住房和城乡建设局局长甘远航关于旧城改造的汇报。开工仪式由县长冉知白主持。")
    assert {p.name: p.title for p in reading.people} == {"甘远航": "县住房和城乡建设局局长", "冉知白": "县长"}
    reading = read_people("中国（白鹭）自由贸易试验区管委会主任冉知白主持会议。")
    assert [p.title for p in reading.people] == ["中国（白鹭）自由贸易试验区管委会主任"]


def test_he_after_the_presiding_sentence_is_the_presider() -> None:
    for text in (
        "5月6日，县委书记石鸣远主持召开县委常委会议。他强调，要抓好落实。",
        "会议由县长石鸣远主持。他指出，要抓好落实。",
    ):
        reading = read_people(text)
        assert roles(reading, "presider") == ["石鸣远"]
        assert roles(reading, "speaker") == ["石鸣远"]
        assert speech_of(reading, "石鸣远") == "要抓好落实。"


def test_a_task_bodys_head_a_long_titled_talk_and_a_summary_after_the_meeting() -> None:
    text = (
        "2月16日，省委书记、省防控指挥部指挥长甘启明主持召开指挥长会议。"
        "局长淡云舟做了题为《坚定理想信念 昂扬精神斗志 奋力开创新局面》的主题发言。"
        "镇党委副书记、镇长庞青禾同志会后总结到：要从历史中汲取力量。"
    )
    reading = read_people(text)
    assert roles(reading, "presider") == ["甘启明"]
    assert roles(reading, "speaker") == ["淡云舟", "庞青禾"]
    assert "汲取力量" in speech_of(reading, "庞青禾")


def test_a_name_before_daidui_and_its_later_summary() -> None:
    text = "上午，由街道办事处副主任冉青禾带队参观。下午召开会议。会上，冉青禾就上午的参观进行了归纳总结。"
    assert roles(read_people(text), "speaker") == ["冉青禾"]


@pytest.mark.parametrize(
    "text",
    [
        "省水利厅厅长韦达明立即主持召开会议，部署防汛工作。",  # 立即 between the name and 主持
        "市委副书记、市长韦达明即主持召开动员会，要求各部门抓好落实。",  # 即, not a given name's end
        "市长、指挥部指挥长韦达明，主持召开指挥部第三次会议，研究防控工作。",  # a comma before 主持
    ],
)
def test_an_adverb_or_a_comma_between_the_presider_and_presides(text: str) -> None:
    assert roles(read_people(text), "presider") == ["韦达明"]


def test_wei_begins_a_given_name_but_ends_none() -> None:
    r = read_people("公司党委书记、董事长包为民主持会议。包为民强调，要抓好落实。")
    assert roles(r, "presider") == ["包为民"]
    assert roles(r, "speaker") == ["包为民"]
    r = read_people("会上，书记苗春生为大家讲授党课。")
    assert "苗春生为" not in [p.name for p in r.people]


def test_a_presider_fully_affirming_speaks() -> None:
    r = read_people("局长韦达明主持召开会议。\n韦达明充分肯定了前期工作成效，并提出三点要求。一是要压实责任。")
    assert roles(r, "speaker") == ["韦达明"]
    assert "要压实责任" in speech_of(r, "韦达明")


def test_arranging_work_is_speaking() -> None:
    r = read_people("会议由组织部长苗春生主持。\n苗春生首先布置了本单位学习活动的有关工作，要求各支部抓好学习。")
    assert roles(r, "speaker") == ["苗春生"]
    assert "各支部抓好学习" in speech_of(r, "苗春生")


def test_a_presider_speaks_two_clauses_after_the_meeting() -> None:
    text = "4月2日，公司纪委书记包青禾主持召开了领导小组办公室第一次会议，她围绕中心工作，作了工作布置，并要求：要加强宣传。"
    r = read_people(text)
    assert roles(r, "presider") == ["包青禾"]
    assert roles(r, "speaker") == ["包青禾"]
    assert "要加强宣传" in speech_of(r, "包青禾")


def test_a_meeting_narrated_after_the_presider_is_not_his_speech() -> None:
    r = read_people("此次会议由社区党委书记韦达明主持，会上，首先通报了三季度重点工作的进展情况。")
    assert roles(r, "presider") == ["韦达明"]
    assert roles(r, "speaker") == []
    r = read_people("社区党委书记韦达明主持会议并讲话，要抓好落实。")
    assert roles(r, "speaker") == ["韦达明"]


def test_a_member_studying_with_the_others_speaks() -> None:
    r = read_people("镇委委员苗春生及其他班子成员结合工作实际开展了学习研讨。")
    assert roles(r, "speaker") == ["苗春生"]
    r = read_people("会上，镇委书记苗春生等同志开展了交流研讨。")
    assert roles(r, "speaker") == ["苗春生"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # invented: a company's or a bureau's manager, a director; two acts joined; a party lecture
        ("公司党委副书记、经理张某和围绕学习内容进行发言。", "张某和"),
        ("项目部副经理刘某成就安全生产作了表态发言。", "刘某成"),
        ("技术中心总监陈某远对新规进行了解读。", "陈某远"),
        ("党委常委、纪委书记李某书对《文件汇编》的重点内容进行解读和导学。", "李某书"),
        ("副局长王某明对条例进行解读与答疑。", "王某明"),
        ("学习结束后，党委书记黎某芳给机关党员上党课。", "黎某芳"),
        ("党支部书记赵某平讲授专题党课。", "赵某平"),
        ("党委书记孙某和作了一堂生动的党课。", "孙某和"),
    ],
)
def test_managers_joined_acts_and_party_lectures_make_speakers(text: str, speaker: str) -> None:
    assert speaker in roles(read_people(text), "speaker")


def test_a_turn_announced_without_a_verb_of_saying_owns_the_rest_of_its_paragraph() -> None:
    text = (
        "党委书记黎某芳主持会议。\n"
        "党委副书记、经理张某和围绕办好教育进行发言。在党的领导下，教育事业发生了巨大变化。教育是民生之基。\n"
        "党委副书记陶某洲就理论学习谈了看法。他说，理论要联系实际。"
    )
    r = read_people(text)
    assert "教育是民生之基" in speech_of(r, "张某和")
    assert "理论要联系实际" in speech_of(r, "陶某洲")
    assert "理论要联系实际" not in speech_of(r, "张某和")
    assert covers(text, r)


@pytest.mark.parametrize(
    "text",
    [
        # a turn announced at a paragraph's end, a list's turns, or the meeting's words after it
        "副县长王某明作了发言。\n会议要求各部门抓好落实。",
        "副县长王某明、李某成先后进行发言。大家一致认为要抓好落实。",
        "副县长王某明进行发言。会议指出，要抓好落实。",
    ],
)
def test_a_turn_announced_gives_no_words_across_a_paragraph_a_list_or_the_meeting(text: str) -> None:
    r = read_people(text)
    assert "抓好落实" not in speech_of(r, "王某明")


def test_a_rare_surname_of_the_south_after_a_post() -> None:
    r = read_people("会议由区人大常委会副主任旷某峰主持。")
    assert roles(r, "presider") == ["旷某峰"]


@pytest.mark.parametrize(
    "text",
    [
        # invented: 党 is a surname, but 党组织 and 党总支 before 书记 are bodies, not names
        "会上，各二级学院党组织书记围绕抓基层党建工作作了发言。",
        "会上，党总支书记结合分管工作谈了体会。",
        "各基层党组织书记紧扣考核重点内容，总结了全年工作。",
    ],
)
def test_a_body_before_a_post_is_no_speaker(text: str) -> None:
    assert [p.name for p in read_people(text).people] == []


def test_a_name_of_the_surname_that_begins_bodies_still_speaks() -> None:
    assert roles(read_people("会上，党建国书记围绕工作作了发言。"), "speaker") == ["党建国"]


@pytest.mark.parametrize(
    ("text", "presider"),
    [
        # invented: a department's aside in brackets between the title and the name
        ("校党委常委、组织部（党校、统战部）吕某博部长主持会议。", "吕某博"),
        ("区委常委、宣传部(文明办)龚某华部长主持会议。", "龚某华"),
        ("县人大常委会副主任、办公室（研究室）孔某东主任主持会议。", "孔某东"),
    ],
)
def test_a_presider_named_after_a_bracketed_department(text: str, presider: str) -> None:
    assert roles(read_people(text), "presider") == [presider]


@pytest.mark.parametrize(
    "text",
    [
        # invented: a case, a practice or an experience shared is a speech (words or not)
        "会上，东岭社区党支部书记甘某亚以“党建引领”为主题，分享社区具体工作案例。",
        "会上，村党支部书记甘某亚分享了村里的经验做法。",
        "座谈会上，社区主任甘某亚分享了志愿服务的故事。",
    ],
)
def test_one_who_shares_a_case_or_a_practice_speaks(text: str) -> None:
    assert roles(read_people(text), "speaker") == ["甘某亚"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # invented: a two-character name of a word-like surname (向, 和, 全), told again as a speaker
        ("3月2日，院党委书记向某主持召开党委会议。\n向某强调，要抓好学习。", "向某"),
        ("5月6日，镇长和某主持召开镇长办公会。和某指出，要抓好春耕。", "和某"),
        ("区委书记全某出席会议并讲话。\n全某要求，各部门要压实责任。", "全某"),
    ],
)
def test_a_word_like_surname_told_again_as_a_speaker_names_someone(text: str, name: str) -> None:
    assert name in roles(read_people(text), "speaker")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # invented: a verb-like surname (向, 谈) after a post with 主持 right after: the one who presides
        ("11月5日，区政协召开主席会议，区政协主席向某林主持会议，各委室主任列席会议。", "向某林"),
        ("3月8日，县委书记向某顺主持召开县委常委会会议。", "向某顺"),
        ("6月2日，局党组书记谈某同志主持召开党组会议。", "谈某"),
    ],
)
def test_a_word_like_surname_with_its_presiding_verb_presides(text: str, name: str) -> None:
    assert roles(read_people(text), "presider") == [name]


def test_a_word_like_surname_not_told_again_names_nobody() -> None:
    # 向 as a verb after a post, the same words later as a clause's subject with no speech verb
    people = [p.name for p in read_people("书记向大会作报告。向大会提交的报告获通过。").people]
    assert "向大会" not in people and "向大" not in people


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # invented: a turn without its words (发表讲话。), then 他 with a clause of his before 并强调
        (
            "最后，区纪委书记彭某明发表讲话。他充分肯定了各协作组取得的成效，并强调，各单位要进一步压实责任。",
            "各单位要进一步压实责任",
        ),
        (
            "最后，县委书记韩某东作总结讲话。他回顾了一年来的工作，并指出，要以更高标准推进改革。",
            "要以更高标准推进改革",
        ),
        (
            "随后，镇党委书记曹某平讲话。她高度肯定了各村的做法，并要求，各村要抓紧补齐短板。",
            "各村要抓紧补齐短板",
        ),
    ],
)
def test_his_words_after_a_turn_that_names_no_statement(text: str, words: str) -> None:
    r = read_people(text)
    name = roles(r, "speaker")[0]
    assert words in speech_of(r, name)


def test_their_clause_then_a_statement_is_nobodys() -> None:
    r = read_people("最后，区委书记彭某明发表讲话。他们纷纷围绕工作，并表示，要进一步提高站位。")
    assert "要进一步提高站位" not in speech_of(r, "彭某明")


@pytest.mark.parametrize(
    "text",
    [
        # invented: posts and names listed up to a list-closing adverb (相继, 轮流, 依次), one name of a
        # surname that is also a word (向, 和)
        "座谈会上，一院党委书记曾某强、二院党委书记向某华、三院党委书记易某海相继结合工作实际提出了意见和建议。",
        "会上，甲镇党委书记曾某强、乙镇党委书记和某军、丙镇党委书记易某海轮流发言。",
        "会上，一中校长曾某强、二中校长向某东、三中校长易某海依次汇报了工作。",
    ],
)
def test_listed_posts_and_names_up_to_a_list_closing_adverb_all_speak(text: str) -> None:
    speakers = roles(read_people(text), "speaker")
    assert len(speakers) == 3 and "曾某强" in speakers and "易某海" in speakers


def test_a_list_of_names_must_go_on_for_a_word_like_surname_to_name_someone() -> None:
    # 向 as a verb after a post, not a listed name: nobody named 向大会
    assert "向大会" not in [p.name for p in read_people("县长向大会作报告。").people]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # invented: 主持's object is the meeting's own activity, then a clause and 并要求
        (
            "市卫健委主任彭某要主持座谈讨论，认真听取了各位书记的意见，并要求机关党委要结合意见修订规则。",
            "要结合意见修订规则",
        ),
        ("县委书记钱某主持座谈，听取了各村的发言，并强调，要把群众的事办好。", "要把群众的事办好"),
        ("院长孔某主持讨论并指出，要加快学科建设。", "要加快学科建设"),
    ],
)
def test_a_presider_of_a_discussion_who_then_requires_speaks(text: str, words: str) -> None:
    r = read_people(text)
    presider = roles(r, "presider")
    assert len(presider) == 1 and words in speech_of(r, presider[0])


@pytest.mark.parametrize(
    ("text", "presider"),
    [
        # invented: one who attends and chairs presides
        ("3月5日，校党委中心组召开学习会，党委书记孙某明出席并主持会议，党委委员参加会议。", "孙某明"),
        ("县委书记钱某到会并主持，各乡镇书记参加。", "钱某"),
        ("院长孔某某出席会议并主持，班子成员参加。", "孔某某"),
    ],
)
def test_one_who_attends_and_chairs_presides(text: str, presider: str) -> None:
    r = read_people(text)
    assert roles(r, "presider") == [presider] and presider not in roles(r, "attendee")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # invented: Yi names, a two-character clan name and a two-character given name
        ("受省政协主席田某利委托，省政协副主席曲木某哈主持会议。", "曲木某哈", "presider"),
        ("州委书记吉克某布强调，要抓好落实。", "吉克某布", "speaker"),
        ("副州长阿西某某主持会议。", "阿西某某", "presider"),
    ],
)
def test_a_yi_name_of_four_characters(text: str, name: str, role: str) -> None:
    assert roles(read_people(text), role) == [name]


@pytest.mark.parametrize(
    ("text", "presider"),
    [
        # invented: the name before a town's or a province's post
        ("会议由葛某发镇长主持，全体党政领导参加会议。", "葛某发"),
        ("會議由葛某發鎮長主持。", "葛某发"),
        ("会议由黄某某副乡长主持。", "黄某某"),
    ],
)
def test_a_presider_named_before_a_town_post(text: str, presider: str) -> None:
    assert roles(read_people(text), "presider") == [presider]


def test_a_surname_and_a_deputy_post_name_no_one() -> None:
    # 李副镇长: a surname and a post, not a person named 李副
    names = [p.name for p in read_people("会上，副镇长李某雄对工作进行了部署。李副镇长指出，要形成长效机制。").people]
    assert "李副" not in names


@pytest.mark.parametrize(
    "carried",
    ["落实市委书记齐某滨讲话要求", "贯彻省委书记王某重要讲话精神", "落实县长李某某批示要求"],
)
def test_a_leader_whose_words_are_carried_out_does_not_speak(carried: str) -> None:
    text = f"6月24日，市纪委召开常委会会议，{carried}，市纪委书记张某福主持会议并讲话。"
    r = read_people(text)
    assert roles(r, "speaker") == ["张某福"]


def test_a_listed_name_whose_given_name_starts_like_a_verb_still_attends() -> None:
    # invented: 同 opens the given name of a listed name (钱同某), not a verb
    r = read_people("会议由区政协主席邓某敏主持。区领导崔某文、钱同某、周某，秘书长刘某平出席了会议。")
    assert {"崔某文", "钱同某", "周某"} <= set(roles(r, "attendee"))


@pytest.mark.parametrize(
    ("text", "presider"),
    [
        # invented: Korean surnames of the north-east after a post
        ("会议由学院党委书记千某国主持。", "千某国"),
        ("州委常委、副州长玄某哲主持会议。", "玄某哲"),
        ("会议由县政协主席咸某植主持。", "咸某植"),
    ],
)
def test_a_surname_of_the_north_east_after_a_post(text: str, presider: str) -> None:
    assert roles(read_people(text), "presider") == [presider]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # invented: a work report delivered on behalf of a body, and work arranged
        ("县委书记刘某成主持会议并代表县委常委会报告工作。", "刘某成"),
        ("受县政府委托，副县长李某明向大会报告工作。", "李某明"),
        ("副县长郭某平安排了近期防汛工作。", "郭某平"),
        ("镇长王某平对下步工作进行了安排。", "王某平"),
    ],
)
def test_a_work_report_delivered_or_work_arranged_makes_a_speaker(text: str, speaker: str) -> None:
    assert speaker in roles(read_people(text), "speaker")


def test_staff_arranged_is_no_speech() -> None:
    r = read_people("会议决定，由副县长郭某平安排专人负责此项工作。")
    assert roles(r, "speaker") == []


@pytest.mark.parametrize(
    "text",
    [
        # invented: a turn without words, then its points as a list in the same paragraph or the next
        "副县长郭某平安排了汛期的重点工作。一是要抓好督战，确保问题清零。二是要完善方案。",
        "县长刘某平就下步工作作了安排。\n一、要抓好督战，确保问题清零。\n二、要完善方案。",
        "镇党委书记赵某林作了讲话。（一）要抓好督战，确保问题清零。（二）要完善方案。",
    ],
)
def test_a_turn_without_words_owns_the_list_of_points_after_it(text: str) -> None:
    r = read_people(text)
    speaker = roles(r, "speaker")[0]
    assert "要抓好督战" in speech_of(r, speaker)
    assert covers(text, r)


def test_a_list_of_points_after_several_speakers_is_nobodys() -> None:
    r = read_people("副县长王某明、李某成先后作了发言。一是要抓好督战。")
    assert "要抓好督战" not in speech_of(r, "王某明") + speech_of(r, "李某成")


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # invented: names listed after their units, no posts, then their reports or turns
        (
            "会议听取了青石镇王某明、白鹭乡李某成、县水务局赵某林3名党政主要负责人述职述廉报告。",
            ["王某明", "李某成", "赵某林"],
        ),
        ("会上，青石镇钱某东、湖滨街道孙某平作交流发言。", ["钱某东", "孙某平"]),
        ("会议听取了县教育局周某、县卫健局吴某军等同志述职。", ["周某", "吴某军"]),
    ],
)
def test_names_listed_after_their_units_then_a_report_are_speakers(text: str, speakers: list[str]) -> None:
    r = read_people(text)
    assert roles(r, "speaker") == speakers
    assert covers(text, r)


@pytest.mark.parametrize(
    "text",
    [
        # invented: units without names, names praised, a single unit and name
        "会议听取了青石镇、白鹭乡的工作汇报。",
        "会议表扬了青石镇王某明、白鹭乡李某成等先进个人。",
        "会议指出，白沙镇要求各村抓好落实。",
    ],
)
def test_units_without_a_listed_report_name_no_speaker(text: str) -> None:
    assert roles(read_people(text), "speaker") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # invented: a lecturer addressed with an academic post after the name
        ("会上，周某文教授作了专题辅导报告。", "周某文"),
        ("随后，王某明研究员围绕乡村振兴作了讲座。", "王某明"),
        # a 、 after a post joins two posts of one title, before a name and its post
        ("会上，区政协委员、周某文教授作了专题辅导。", "周某文"),
        ("区人大代表、王某明主任作了发言。", "王某明"),
    ],
)
def test_a_name_with_its_post_after_it_and_a_post_before_its_comma(text: str, speaker: str) -> None:
    assert speaker in roles(read_people(text), "speaker")


@pytest.mark.parametrize(
    "text",
    [
        # invented: a 、 after a noun lists things studied; a post's proposal is no speech
        "会议学习了有关讲话、王某明教授的文章。",
        "会议讨论了区政协委员、周某文教授的提案。",
    ],
)
def test_a_name_after_a_noun_list_or_without_a_verb_names_no_speaker(text: str) -> None:
    assert roles(read_people(text), "speaker") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # invented: a scholar named before the academic title, invited to lecture
        ("11月2日，学院党委召开中心组学习会议。市委党校韩立新博士应邀做专题辅导，院长某某主持。", "韩立新"),
        ("会上，省社科院冯志远研究员作了题为《某某》的报告。", "冯志远"),
        ("3月8日，局党组召开理论学习中心组会议，邀请某大学，邓佳琪教授作专题讲座。", "邓佳琪"),
    ],
)
def test_a_scholar_named_before_the_academic_title_speaks(text: str, speaker: str) -> None:
    r = read_people(text)
    assert speaker in roles(r, "speaker")
    assert not any(name.endswith("邀") for name in roles(r, "speaker"))
    assert covers(text, r)


def test_a_two_character_word_end_glued_before_an_academic_title_is_no_name() -> None:
    r = read_people("会议邀请大学王教授作辅导报告。")
    assert roles(r, "speaker") == []


def _roles_of(text: str) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in read_people(text).people}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # invented: Tibetan names of two two-character parts, after a post
        ("受主席委托，自治区政协副主席洛桑次旦主持会议。", "洛桑次旦"),
        ("会议由自治区人大常委会副主任白玛旺杰主持。", "白玛旺杰"),
        ("5月6日，县委书记扎西顿珠主持召开县委常委会会议。", "扎西顿珠"),
    ],
)
def test_a_tibetan_name_after_a_post_presides(text: str, name: str) -> None:
    assert (name, "presider") in _roles_of(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # invented: a known two-character name after a verb's 了 (听取了某某所作的报告)
        (
            "2月27日，校党委召开全体会议。会议由校党委书记周航主持。\n全会听取和审议了周航代表校党委常委会所作的工作报告。",
            "周航",
        ),
        ("3月5日，县委召开全会。县委书记林涛主持会议。\n全会听取了林涛受县委常委会委托所作的工作报告。", "林涛"),
        # invented: an adverb phrase between a name and its verb (原原本本传达, 扼要介绍)
        ("会上，镇委书记沈某某原原本本传达了省委全会精神。", "沈某某"),
        ("会上，副镇长许某扼要介绍了项目进展情况。", "许某"),
    ],
)
def test_the_twentieth_batchs_speaker_families(text: str, name: str) -> None:
    assert (name, "speaker") in _roles_of(text)


def test_a_plenums_own_voice_ends_its_reporters_turn() -> None:
    # invented: 全会认为/指出 after the report heard is the meeting's voice, not the reporter's
    text = (
        "2月27日，校党委召开全体会议。会议由校党委书记周航主持。\n"
        "全会听取和审议了周航代表校党委常委会所作的工作报告。\n"
        "全会认为，一年来学校各项工作取得新进展。\n全会强调，要认真做好任务分解。"
    )
    speeches = read_people(text).speeches
    assert all(s.speaker == "会议" for s in speeches if "任务分解" in s.text or "新进展" in s.text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("镇长吕向东、副镇长袁丽君出席会议。", "吕向东"),  # 向 inside a given name
        ("会议由副县长韩向阳主持。", "韩向阳"),
    ],
)
def test_xiang_inside_a_name(text: str, name: str) -> None:
    assert name in {p.name for p in read_people(text).people}


def test_xiang_after_a_name_is_the_preposition() -> None:
    people = read_people("县长韦某某向大会作政府工作报告。").people
    assert [p.name for p in people] == ["韦某某"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # invented: untitled names before 同志 and the report each delivered
        (
            "3月2日，某镇第六届人民代表大会第三次会议召开。\n会议听取审议并通过了孙立军同志代表镇人民政府所作的政府工作报告"
            "和郑从军同志代表镇人大所作的人大主席团工作报告。",
            ["孙立军", "郑从军"],
        ),
        ("1月9日，县政协召开全体会议。会议听取了王海涛同志所作的常委会工作报告。", ["王海涛"]),
        ("2月3日，某街道召开居民代表会议，听取了李春梅同志作的工作报告。", ["李春梅"]),
    ],
)
def test_a_comrade_who_delivered_a_report_speaks(text: str, speakers: list[str]) -> None:
    assert roles(read_people(text), "speaker") == speakers


def test_a_comrade_whose_speech_is_studied_does_not_speak() -> None:
    text = "5月6日，区委召开常委会会议。会议传达学习了王海涛同志在全市大会上的讲话精神。"
    assert roles(read_people(text), "speaker") == []


@pytest.mark.parametrize(
    "opener",
    ["会上", "随后", "最后"],
)
def test_an_address_form_right_after_an_opener_speaks(opener: str) -> None:
    text = (
        "5月31日，某社区召开全体会议，社区党支部书记刘建华同志主持会议。\n"
        f"{opener}刘书记首先传达了街道党工委关于某项工作的会议精神，要求大家深刻认识该项工作的重大意义。\n"
        "各成员单位发表意见。"
    )
    r = read_people(text)
    assert "要求大家深刻认识" in speech_of(r, "刘建华")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # invented: a supervisor's or a liaison's post before the name
        ("8月29日，某村党支部召开组织生活会。会上，镇第七督导组督导员孙立军进行了现场点评。", "孙立军"),
        ("9月2日，某社区召开党员大会。区委组织部联络员周启明作了讲话。", "周启明"),
        # a given name ending in 为 with its verb right after it
        ("8月29日，某村党支部召开组织生活会。会上，镇督导组督导员钱大为进行了现场点评。", "钱大为"),
    ],
)
def test_a_supervisors_post_and_a_name_ending_in_wei(text: str, name: str) -> None:
    assert roles(read_people(text), "speaker") == [name]


def test_a_name_before_wei_and_a_speech_to_others_keeps_its_short_reading() -> None:
    r = read_people("8月29日，某村党支部召开会议。党校讲师孙立为大家讲授专题党课。")
    assert roles(r, "speaker") == ["孙立"]


@pytest.mark.parametrize(
    "later",
    [
        # invented: the meeting speaks of the leader whose instructions it relayed
        "会议指出，蔡建明主任围绕集团项目现场调研作出的重要工作指示，肯定了园区建设的阶段成效，提出了具体要求。",
        "会议认为，蔡建明同志的重要指示为集团深化改革指明了方向。",
    ],
)
def test_a_leader_the_meeting_relayed_is_not_a_speaker_when_it_speaks_of_him(later: str) -> None:
    text = (
        "11月24日上午，集团公司召开党委（扩大）会议，会议传达学习省供销社党组书记、理事会主任蔡建明到集团项目现场调研"
        "相关指示精神，集团公司党委书记、董事长邓立新主持会议并对相关工作进行安排部署。\n"
        f"{later}\n会议强调，要抓好落实。"
    )
    r = read_people(text)
    assert "蔡建明" not in roles(r, "speaker")
    assert roles(r, "presider") == ["邓立新"]


def test_a_leader_named_in_what_is_relayed_who_also_presides_still_speaks() -> None:
    text = (
        "3月5日，区委书记李国庆主持召开区委常委会会议，传达学习市委书记某某讲话精神。\n"
        "会议指出，要抓好落实。\n李国庆强调，要压实责任。"
    )
    assert "李国庆" in roles(read_people(text), "speaker")


@pytest.mark.parametrize(
    ("title", "later"),
    [
        # invented: a branch secretary named later by the post alone, with or without the branch's 党
        ("某村支部书记", "随后，村党支部书记代表支部班子作对照检查。"),
        ("某村党支部书记", "随后，村支部书记代表支部班子作对照检查。"),
        ("某社区党总支书记", "最后，社区总支书记作了表态发言。"),
    ],
)
def test_a_branch_secretary_named_by_the_post_alone_speaks(title: str, later: str) -> None:
    text = f"8月29日上午，某村党支部召开专题组织生活会。{title}韩立新主持会议。{later}"
    assert roles(read_people(text), "speaker") == ["韩立新"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # invented: 向 or 和 inside a three-character given name, its role verb right after it
        ("会议由党委书记谭向东主持，校领导张某某参加会议。", "谭向东"),
        ("5月6日，县委书记王和平主持召开县委常委会会议。", "王和平"),
        # invented: a rare surname of the north after a post
        ("8月9日，省政府党组书记、省长信某星主持召开省政府党组会议。", "信某星"),
    ],
)
def test_the_twenty_third_batchs_presider_families(text: str, name: str) -> None:
    assert (name, "presider") in _roles_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # invented: 向 and 和 as words after a name stay words
        "会上，县委书记王某向大家通报了有关情况。",
        "会上，县长李某和县委副书记张某分别讲话。",
    ],
)
def test_a_word_after_a_name_is_not_taken_into_it(text: str) -> None:
    assert not any(len(name) == 3 and name[1] in "向和" for name, _ in _roles_of(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # invented: who led a study names a clause of its own after what was studied
        ("4月2日，校党委召开常委会。会议集体学习了《某某条例》，冯某洪同志领学。会议指出，要认真学习。", "冯某洪"),
        ("会议再次学习了有关讲话精神，党委书记方某恩同志领学带学。会议要求，要抓好整改。", "方某恩"),
        ("会议传达学习了《某某规定》，由党委副书记赵某某作辅导解读。会议强调，要抓好落实。", "赵某某"),
    ],
)
def test_one_who_leads_a_study_the_meeting_holds_speaks(text: str, name: str) -> None:
    assert (name, "speaker") in _roles_of(text)


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # invented: a leader named in an item the meeting passes on, after a semicolon
        (
            "6月30日，县政协召开常委会会议，县政协主席张某某主持会议。\n会议传达学习了省委全会精神；"
            "传达学习省委副书记、省长王某某在本县调研时的讲话精神，研究部署贯彻落实意见；听取县政府工作情况通报。",
            "王某某",
        ),
        # invented: announcing a decision or an opening is a procedure, not a speech
        (
            "1月20日，市政协会议召开。市委组织部部长范某某宣布关于成立临时党组的决定，市政协副主席吴某某主持会议"
            "并宣布成立临时党支部的决定。\n市政协主席郭某某指出，要严守纪律。",
            "范某某",
        ),
        ("3月1日，县人代会开幕。县人大常委会主任李某某宣布大会开幕。县委书记王某某讲话。", "李某某"),
    ],
)
def test_the_twenty_third_batchs_cited_and_procedural_names_do_not_speak(text: str, cited: str) -> None:
    assert (cited, "speaker") not in _roles_of(text)


def test_a_presider_who_announces_a_decision_does_not_speak_but_one_who_then_stresses_does() -> None:
    text = (
        "1月20日，市政协会议召开。市政协副主席吴某某主持会议并宣布成立临时党支部的决定。\n"
        "会上，县委组织部副部长李某宣布了县委关于干部任免的决定，并强调，要做好交接。"
    )
    assert ("吴某某", "speaker") not in _roles_of(text)
    assert ("李某", "speaker") in _roles_of(text)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # invented: Amdo spellings of Tibetan names and Mongolian names, which have no surname
        ("3月2日，某乡召开推进会。县委常委、副县长尕玛某某出席会议并讲话。", "尕玛某某", "speaker"),
        ("会议由州政协副主席多杰某某主持。", "多杰某某", "presider"),
        ("会议由旗人大常委会副主任呼尔某主持，旗人大常委会委员出席。", "呼尔某", "presider"),
        ("会上，旗委书记斯琴某某强调，要抓好草原保护。", "斯琴某某", "speaker"),
    ],
)
def test_tibetan_and_mongolian_names_without_a_surname_after_a_post(text: str, name: str, role: str) -> None:
    assert (name, role) in _roles_of(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # invented: an adverb of manner between a name and its verb
        ("会上，副院长李某某全面总结了上半年的科研工作。", "李某某"),
        ("会上，副县长赵某详细解读了实施方案。", "赵某"),
        ("会上，县长王某某明确要求，各乡镇抓好落实。", "王某某"),
        ("会上，区长钱某某认真分析了当前形势。", "钱某某"),
        # invented: 作 with a statement as its object (作工作强调, 作了具体要求)
        ("会上，镇长周某某作工作强调，要求各村抓好落实。", "周某某"),
        ("会上，县长孙某对下一步工作作了具体要求。", "孙某"),
    ],
)
def test_an_adverb_or_a_stated_object_before_the_verb_still_speaks(text: str, name: str) -> None:
    assert (name, "speaker") in _roles_of(text)


def test_an_adverb_after_a_name_is_not_taken_into_it() -> None:
    # invented: the name ends before the adverb; a three-character name is kept whole
    assert ("李某", "speaker") in _roles_of("会上，县长李某全面部署了全年工作。")
    assert {n for n, _ in _roles_of("会上，县长李某全面部署了全年工作。")} == {"李某"}


@pytest.mark.parametrize(
    "text",
    [
        # invented: a preposition after a leader's title is not a name (关 is a surname)
        "3月5日，区委召开常委会会议。会议要求，要深刻把握总书记关于全面从严治党新指示新要求，紧密结合实际，真抓实干。",
        "5月6日，县委召开常委会会议。会议强调，要认真落实省委书记关于全面推进乡村振兴的部署要求。",
    ],
)
def test_a_preposition_after_a_title_is_not_a_name(text: str) -> None:
    assert [p.name for p in read_people(text).people if p.name.startswith("关")] == []


@pytest.mark.parametrize(
    "text",
    [
        # invented: a two-character name named before, then an adverb between it and its act
        "副院长张某、黄某出席会议。\n张某代表院区表示感谢。张某还通报了院区工作情况。",
        "会议由李某主持。\n李某也介绍了有关情况。",
        "副县长赵某出席会议。赵某又传达了市里的部署。",
    ],
)
def test_an_adverb_after_a_two_character_name_is_not_its_third_character(text: str) -> None:
    names = [m.name for m in leading_mentions(text)]
    assert names and all(len(n) == 2 for n in names)


@pytest.mark.parametrize(
    ("text", "presider", "attendees"),
    [
        # invented: names written with a middle dot after a post, and listed after one
        (
            "自治区人大常委会主任阿某木·某森主持会议。副主任王某明、钱某、约某古丽·某帕尔、某加提·苏某堂参加会议。",
            ["阿某木·某森"],
            ["王某明", "钱某", "约某古丽·某帕尔", "某加提·苏某堂"],
        ),
        ("会议由州委书记买某提·依某主持。副州长努某兰·阿某都出席会议。", ["买某提·依某"], ["努某兰·阿某都"]),
        ("县长艾某肯・吐某亚孜同志主持会议。", ["艾某肯・吐某亚孜"], []),
    ],
)
def test_a_dotted_name_after_a_post_is_read(text: str, presider: list[str], attendees: list[str]) -> None:
    r = read_people(text)
    assert roles(r, "presider") == presider
    assert roles(r, "attendee") == attendees


def test_a_dotted_name_speaks_and_is_named_again_without_its_title() -> None:
    # invented
    r = read_people("会上，州长某某提·依某同志强调，要维护团结稳定。某某提·依某指出，要抓好春耕。")
    assert roles(r, "speaker") == ["某某提·依某"]
    assert "维护团结稳定" in speech_of(r, "某某提·依某") and "抓好春耕" in speech_of(r, "某某提·依某")


def test_a_dot_outside_a_name_names_no_one() -> None:
    # invented: a dot between place names or in a book's title, with no post before it
    r = read_people("会议指出，要讲好新疆·喀什故事。会议学习了《丝路·印象》一书。")
    assert r.people == ()


@pytest.mark.parametrize(
    ("text", "presider"),
    [
        # invented: a Mongolian name of four characters after a post (巴音某某)
        ("7月22日，省委书记巴音某鲁主持召开省委常委会会议。", "巴音某鲁"),
        ("会议由盟委副书记巴音孟某主持。", "巴音孟某"),
        # invented: an untitled three-character presider in a clause of its own (…列席。某某某主持会议。)
        ("8月14日，县人大常委会召开第三十一次会议。主任陈某某出席。郭某清主持会议。会议听取了报告。", "郭某清"),
        ("1月19日，省政协会议开幕。\n劉某生主持大會。\n會議聽取了工作報告。", "刘某生"),
    ],
)
def test_a_presider_without_a_han_surname_or_a_title_is_read(text: str, presider: str) -> None:
    assert roles(read_people(text), "presider") == [presider]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # invented: one who attends the meeting, then chairs an activity or a ceremony beside it
        (
            "5月9日，县政协提案委召开工作会议。县政协副主席赵某某出席会议并讲话。\n"
            "赵某某还主持开展“委员之家接待日活动”，与委员交流。\n赵某某强调，要提高提案质量。",
            "赵某某",
        ),
        ("6月2日，区科协召开全委会议。区委常委钱某出席会议并讲话。会后，钱某主持了揭牌仪式。", "钱某"),
    ],
)
def test_an_attendee_who_chairs_an_act_beside_the_meeting_does_not_preside(text: str, name: str) -> None:
    roles = _roles_of(text)
    assert (name, "presider") not in roles
    assert {(name, "attendee"), (name, "speaker")} <= roles


@pytest.mark.parametrize(
    "text",
    [
        # invented: the study activity chaired is the meeting, or the attendee chairs the meeting itself
        "3月2日，学院党委召开理论学习中心组会议。党委书记孙某主持学习活动并讲话。",
        "4月8日，县政协召开座谈会。副主席李某出席会议。李某主持座谈会并讲话。",
    ],
)
def test_one_who_chairs_the_meetings_own_activity_presides(text: str) -> None:
    assert any(role == "presider" for _, role in _roles_of(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # invented: a court's post (庭长, 副庭长) before a name that reports
        ("县法院行政庭庭长陈某山、县检察院民行科科长袁某东分别就本职工作作了报告。", "陈某山"),
        ("市中级法院副庭长刘某作了发言。", "刘某"),
        # invented: an adverb of degree before a statement (高度肯定了, 郑重表态, 当场表态)
        ("主任陈某所出席。会议通过了决议。陈某所高度肯定了此次会议，并就决议进行了点评。", "陈某所"),
        ("会议由书记王某主持。区医院代表李某同志郑重表态：将积极参与社区服务。", "李某"),
        ("会上，企业代表张某当场表态，要按期完成整改。", "张某"),
        # invented: a call made in one's own words (作了…倡议, 发出倡议)
        ("会上，党员代表赵某作了共建倡议。", "赵某"),
        ("会上，青年代表孙某某向全体青年发出倡议。", "孙某某"),
    ],
)
def test_a_court_post_a_delegate_a_pledge_or_a_call_makes_a_speaker(text: str, speaker: str) -> None:
    assert speaker in roles(read_people(text), "speaker")


def test_delegates_listed_with_their_groups_are_each_named() -> None:
    # invented: 企业代表甲、党员代表乙: the second group's name is not a listed name
    r = read_people("会上，企业代表张某明、党员代表李某红先后发言。")
    assert roles(r, "speaker") == ["张某明", "李某红"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # invented: a titled name, then the units that took the same turn, then 分别/先后 and the verb
        ("党委副书记、院长孙某某，院办公室、财务科党支部，内科党支部分别围绕主题教育进行了心得交流。", "孙某某"),
        ("副县长钱某，县教育局、县卫健局先后作表态发言。", "钱某"),
        ("会上，镇长赵某某，各村党支部依次作工作汇报。", "赵某某"),
    ],
)
def test_a_name_listed_with_units_that_took_the_turn_speaks(text: str, speaker: str) -> None:
    r = read_people(text)
    assert roles(r, "speaker") == [speaker]
    assert covers(text, r)


@pytest.mark.parametrize(
    "text",
    [
        # invented: a speech given elsewhere, named as a noun (在…时的讲话, 在…期间的发言): studied, not given here
        "6月14日，主席余某某主持召开学习会，集中学习书记梁某顺在参加代表团讨论时的讲话、市委书记冼某义在分组讨论时的发言。",
        "会议传达学习了部长郭某琨同志在省公安厅调研时的讲话。会议指出，要抓好落实。",
        "会议学习了省长王某某在考察期间的讲话，会议要求，要认真贯彻。",
    ],
)
def test_a_speech_given_elsewhere_named_as_a_noun_makes_no_speaker(text: str) -> None:
    r = read_people(text)
    assert [n for n in roles(r, "speaker") if n not in roles(r, "presider")] == []


@pytest.mark.parametrize(
    "text",
    [
        # invented: a higher meeting followed at a county's branch venue, then the county's own meeting
        "1月20日，全省脱贫攻坚工作电视电话会议召开，省委书记钱某某出席并讲话，他强调，要攻坚克难。省长孙某某主持会议。"
        "我县在县分会场收听收看了会议。会后，县委书记张某某就贯彻落实会议精神提出要求，他强调，要抓好落实。",
        "3月2日，全国安全生产电视电话会议召开。国务院副总理钱某某出席会议并讲话。会议由部长孙某某主持。\n"
        "县领导和各部门负责人在县分会场收听收看。\n会议结束后，县长李某某要求，要立即开展隐患排查。",
        "5月6日，全市防汛工作视频会议召开，市长钱某某主持会议并讲话。全镇在镇分会场参加会议。"
        "随后，镇党委书记王某某强调，要压实防汛责任。",
    ],
)
def test_a_higher_meeting_followed_at_a_branch_venue_gives_no_presider_or_speaker(text: str) -> None:
    r = read_people(text)
    local = next(p.name for p in r.people if p.role == "speaker")
    assert roles(r, "presider") == []
    assert roles(r, "speaker") == [local] and local in ("张某某", "李某某", "王某某")
    assert (
        "抓好落实" in speech_of(r, "张某某")
        or "隐患排查" in speech_of(r, "李某某")
        or "防汛责任" in speech_of(r, "王某某")
    )


@pytest.mark.parametrize(
    "text",
    [
        # invented: what follows the comma is a request or a meeting's act, not units taking a turn
        "县长孙某，要求各部门分别作表态发言。",
        "副县长钱某，县教育局、县卫健局的负责同志参加会议。",
    ],
)
def test_a_name_before_a_request_or_an_attendance_takes_no_units_turn(text: str) -> None:
    assert roles(read_people(text), "speaker") == []


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        # invented: a turn given by its title, then summed up in the sentences after it
        (
            "会上，镇党委书记周某某代表镇党委向大会作题为《凝心聚力谋发展 实干担当开新局》的工作报告。\n"
            "报告对一年来的工作进行了全面回顾，提出了今后五年的目标任务。",
            "周某某",
            ["凝心聚力谋发展 实干担当开新局", "提出了今后五年的目标任务"],
        ),
        (
            "党委委员孙某以《坚定文化自信 建设书香校园》为题，分别从三个方面作主题发言。",
            "孙某",
            ["坚定文化自信 建设书香校园"],
        ),
        ("院长钱某某作了题目为《深化改革 提升服务》的专题报告。", "钱某某", ["深化改革 提升服务"]),
    ],
)
def test_a_turn_given_by_its_title_is_the_speakers_words(text: str, speaker: str, said: list[str]) -> None:
    r = read_people(text)
    assert all(phrase in speech_of(r, speaker) for phrase in said)
    assert covers(text, r)


@pytest.mark.parametrize(
    "text",
    [
        # invented: the report's own meeting held by video, with a main venue and branch venues
        "9月2日，市纪委监委召开专题会议。会议以视频形式召开，市纪委副书记蔡某春出席并讲话，市纪委常委刘某主持会议。"
        "相关部室负责人在主会场参加会议，各县区负责人在县区分会场参加会议。",
        # invented: the meeting followed is the report's, and no local meeting is told after it
        "5月6日，全省安全生产电视电话会议召开，副省长钱某某出席并讲话，他强调，要守牢底线。秘书长孙某某主持会议。"
        "各市县在分会场收听收看。",
    ],
)
def test_a_meeting_with_branch_venues_keeps_its_presider_and_speakers(text: str) -> None:
    r = read_people(text)
    assert len(roles(r, "presider")) == 1 and len(roles(r, "speaker")) == 1


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # invented: a unit's last character glued before a name with 同志 and its report (…大队某某某同志作了…)
        ("会议由书记王某主持。辖区单位代表交警大队陈某顺同志作了共建倡议。", "陈某顺"),
        ("会议由书记王某主持。县财政局李某同志作了预算说明。", "李某"),
        ("会议由书记王某主持。社区居委会代表镇卫生院刘某某同志作了共建发言。", "刘某某"),
    ],
)
def test_a_units_member_before_comrade_and_a_report_speaks(text: str, speaker: str) -> None:
    assert speaker in roles(read_people(text), "speaker")


def test_a_long_run_of_dots_after_posts_reads_in_linear_time() -> None:
    # invented: a post, a name's first part and a dot repeated, never closed by a name's boundary
    text = "主任阿某·" * 10000
    start = time.perf_counter()
    read_people(text)
    assert time.perf_counter() - start < 20  # it took over 200 s when every dot read the rest of the text


@pytest.mark.parametrize(
    "text",
    [
        # invented: a document a turn is about or follows, two titles of two turns
        "会上，书记周某某围绕《某某条例》作了专题辅导。",
        "会上，书记周某某以《某某条例》精神为指导作了讲话。",
        "会上，甲书记周某某、乙书记孙某分别以《凝心聚力》《实干担当》为题作交流发言。",
    ],
)
def test_a_title_studied_followed_or_shared_is_nobodys_words(text: str) -> None:
    r = read_people(text)
    assert all("》" not in s.text or s.speaker is None for s in r.speeches)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # invented: leaders listed, their group described, another group after 及, then 分别出席…并提出要求
        (
            "6月3日，县委巡察组向某镇党委反馈巡察情况。县人大常委会主任张某明，副县长李某等分管和联系被巡察单位县领导，"
            "及县委巡察工作领导小组成员分别出席会议并提出工作要求。",
            ["李某", "张某明"],
        ),
        (
            "5月8日，区委巡察组召开反馈会议。区委常委王某华、副区长赵某等联系和指导被巡察单位的区领导出席会议并讲话。",
            ["赵某", "王某华"],
        ),
        (
            "4月2日，市纪委召开警示教育会。市委常委刘某军，市人大常委会副主任陈某，和市纪委监委班子成员分别出席会议并讲话。",
            ["陈某", "刘某军"],
        ),
    ],
)
def test_leaders_listed_with_their_group_who_attend_and_speak_are_speakers(text: str, names: list[str]) -> None:
    assert sorted(roles(read_people(text), "speaker")) == sorted(names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # invented: titled names, a comma, then 也分别 and the turn
        (
            "会上，分党委副书记吴某，副院长、分党委委员李某某，分党委副书记王某华，也分别领学了相关内容，并做了交流发言。",
            ["王某华", "李某某", "吴某"],
        ),
        ("会上，院党委副书记赵某，纪委书记刘某军，还分别作了发言。", ["赵某", "刘某军"]),
        # invented: a group's delegates (党员代表: 党员 is no name after 教师), what they draw on, then their turn
        ("教师党员代表陈某和学生党员代表杨某涛，结合自身经历，汇报了学习体会。", ["陈某", "杨某涛"]),
        ("职工代表黄某平，结合岗位实际，谈了学习心得。", ["黄某平"]),
    ],
)
def test_titled_names_then_their_turn_after_a_comma_speak(text: str, names: list[str]) -> None:
    assert sorted(roles(read_people(text), "speaker")) == sorted(names)
    assert "党员" not in [p.name for p in read_people(text).people]


@pytest.mark.parametrize(
    ("text", "name", "words"),
    [
        # invented: a visitor named between the body and the post (某镇党委某某副书记), then by name and post
        (
            "集团党委召开民主生活会。特邀某某镇党委张某明副书记莅临会议指导。会议由集团党委书记李某主持。"
            "议题完成后，张某明书记作了总结发言。她指出，这次民主生活会开得很成功。",
            "张某明",
            "这次民主生活会开得很成功",
        ),
        (
            "公司党委召开中心组学习会，市委周某书记出席会议。周某书记强调，要抓好理论武装。",
            "周某",
            "要抓好理论武装",
        ),
        (
            "学校召开安全工作会议，区政府赵某某副区长一行到会指导。赵某某副区长要求，要压实安全责任。",
            "赵某某",
            "要压实安全责任",
        ),
    ],
)
def test_a_name_between_its_body_and_its_post_is_read(text: str, name: str, words: str) -> None:
    reading = read_people(text)
    assert name in roles(reading, "speaker")
    assert words in speech_of(reading, name)


@pytest.mark.parametrize(
    "text",
    [
        # invented: a verb of passing words on after a group's post (宣 is a surname, 宣传 no name)
        "主任王某强调，要在会议中向广大委员宣传宣讲全区发展的目标任务。",
        "会议要求，各支部要向全体党员宣读有关决定。",
        "要组织委员宣讲全会精神，凝聚共识。",
    ],
)
def test_a_verb_of_passing_words_on_after_a_groups_post_names_nobody(text: str) -> None:
    assert not {"宣传", "宣讲", "宣读"} & {p.name for p in read_people(text).people}


@pytest.mark.parametrize(
    "text",
    [
        # invented: an adverb after a group's post (原 is a surname, 原则上 no name), then a turn's verb later
        "导师团成员来自机关、社区等领域,成员原则上在获得荣誉的书记中产生，并作交流发言。",
        "会议要求，班子成员原则上每月调研一次，分别作交流发言。",
        "督导组成员原来在各单位任职，先后发言。",
    ],
)
def test_an_adverb_after_a_groups_post_names_nobody(text: str) -> None:
    assert not {n for n in (p.name for p in read_people(text).people) if n.startswith("原")}


@pytest.mark.parametrize(
    ("text", "relayed", "speaker"),
    [
        # invented: a leader's speech passed on, its points given under the leader's address form
        (
            "会上，院党总支书记田某传达了会议精神。田书记还传达了学校党委书记李忠某在会议上的讲话精神，"
            "忠某书记要求各单位要高度重视，认真抓好落实。会中，田书记强调，要抓好落实。",
            "李忠某",
            "田某",
        ),
        (
            "5月8日，县委召开常委会会议。县委书记王某某主持会议，传达学习了市委书记赵某某在全市大会上的讲话精神，"
            "赵书记要求各地要压实责任。王某某强调，要抓好贯彻落实。",
            "赵某某",
            "王某某",
        ),
    ],
)
def test_a_leader_whose_speech_is_passed_on_does_not_speak(text: str, relayed: str, speaker: str) -> None:
    reading = read_people(text)
    assert relayed not in roles(reading, "speaker") and speaker in roles(reading, "speaker")


def test_a_leader_passed_on_and_then_told_speaking_keeps_the_turn() -> None:
    # invented: the same leader named again outside the clause passing on his speech
    text = "会议传达学习了县委书记李某某在全县大会上的讲话精神。县委书记李某某强调，要抓好落实。"
    assert "要抓好落实" in speech_of(read_people(text), "李某某")
