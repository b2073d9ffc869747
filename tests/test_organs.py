"""organ_and_type() and region(): the convening organ, normalised meeting type and place."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.extract.organs.organ_vocabulary import VOCABULARY, load_vocabulary
from etl.extract.organs.organs import normal_type, organ_and_type, region, task_body_meeting
from etl.extract.people.people import convener_title, read_people

CASES = [
    # title, text, organ, type, region
    (None, "5月6日,中共某某市青禾区委第四届委员会第8次常委(扩大)会召开。", "区委", "常委(扩大)会议", "青禾区"),
    (None, "3月9日，松川县委召开常委扩大会议。", "县委", "常委(扩大)会议", "松川县"),
    (None, "3月9日，白鹭市委常委会召开会议。", "市委", "常委会议", "白鹭市"),
    (None, "5月8日，区长某某主持召开区政府第12次常务会议。", "区政府", "常务会议", None),
    (None, "6月16日，松川县人民政府召开第十五次常务会议。", "县政府", "常务会议", "松川县"),
    ("县人大常委会党组召开会议", "", "人大常委会", "党组会议", None),
    (None, "4月1日，云岭县第十七届人大常委会召开第三十一次主任会议。", "人大常委会", "主任会议", "云岭县"),
    (None, "4月26日，平川区人大常委会召开第十九次会议。", "人大常委会", "常委会议", "平川区"),
    (None, "4月11日，区政协召开十届二十三次主席会议。", "政协", "主席会议", None),
    (None, "近日，区政协党组理论学习中心组开展集体学习。", "政协", "理论学习中心组学习会", None),
    (None, "3月2日，临波市纪委监委召开常委会会议。", "纪委", "常委会议", "临波市"),
    (None, "5月20日，石泉县人大常委会党组召开党组（扩大）会议。", "人大常委会", "党组(扩大)会议", "石泉县"),
    (None, "区教育局党组召开党组会议。", "区教育局党组", "党组会议", None),
    (None, "3月3日，芦湾区政府召开安全生产专题会议。", "区政府", "专题会议", "芦湾区"),
    (None, "1月20日，东澜区人民政府召开第一次全体会议。", "区政府", "全体会议", "东澜区"),
    (None, "12月22日，中共东澜区委五届七次全会召开。", "区委", "全体会议", "东澜区"),
    (None, "11月19日，鶴鳴區委召開常委會會議。", "区委", "常委会议", "鹤鸣区"),  # places in simplified script
    ("2024年中华人民共和国国务院政府工作报告", "各位代表：", "国务院", "政府工作报告", "全国"),
    ("第十四届全国人民代表大会第二次会议关于政府工作报告的决议", "会议听取了报告。", "人大", "决议", "全国"),
    ("松川县政府工作报告", "现在，我代表县人民政府，向大会报告工作。", "县政府", "政府工作报告", "松川县"),
    (None, "各位代表：会议充分肯定……关于政府工作报告的决议", "人大", "决议", None),
    (None, "近日，召开了会议。", None, None, None),
    # 召开 between the organ and (扩大); a cited meeting (…会议精神) is not the meeting's type
    ("青禾区委常委会召开（扩大）会议", "", "区委", "常委(扩大)会议", "青禾区"),
    ("溪桥区政协党组召开(扩大)会议", "", "政协", "党组(扩大)会议", "溪桥区"),
    (None, "5月8日，溪桥区政协党组召开(扩大)会议，传达学习中央经济工作会议精神。", "政协", "党组(扩大)会议", "溪桥区"),
    (None, "2月3日，县政协党组召开会议，传达学习市委常委会（扩大）会议精神、五中全会精神。", "政协", "党组会议", None),
    (None, "区政协党组传达学习市委全会精神。", "政协", None, None),
    # the title says 常委会, the opening says the meeting was extended
    (
        "松溪县委常委会召开会议",
        "11月15日，松溪县委召开常委（扩大）会议，研究工作。",
        "县委",
        "常委(扩大)会议",
        "松溪县",
    ),
    (None, "区委召开学习贯彻党的二十大精神专题会议。", "区委", "专题会议", None),
    # a democratic-life meeting is its own kind: the organ named nearest before it holds it
    (
        None,
        "2月8日，按照省、市和县委部署要求，松溪县政府党组召开2020年度民主生活会。",
        "县政府党组",
        "民主生活会",
        "松溪县",
    ),
    (None, "7月4日，青禾县召开县委常委班子专题民主生活会。", "县委", "民主生活会", "青禾县"),
    # levels of party committees below the county, bodies with their level, leading groups
    (None, "3月1日，镇党委召开理论学习中心组学习会。", "镇党委", "理论学习中心组学习会", None),
    ("白沙镇召开党委换届工作动员会", "", "镇党委", None, None),
    (None, "6月2日，东岭街道党工委召开党建联席会议。", "街道党工委", None, None),
    (None, "5月9日，高新区党工委理论学习中心组召开集中学习会议。", "高新区党工委", "理论学习中心组学习会", None),
    (None, "8月6日上午，区科协理论学习中心组开展专题学习。", "区科协", "理论学习中心组学习会", None),
    ("云岭县委农村工作领导小组召开全体会议", "", "领导小组", "全体会议", "云岭县"),
    (None, "4月3日，白鹭市召开防汛抗旱指挥部工作会议。", "指挥部", "工作会议", "白鹭市"),
    (None, "5月5日，平川区第四届人民政府召开第十二次常务会议。", "区政府", "常务会议", "平川区"),
    ("区政府党组召开（扩大）会议", "", "区政府党组", "党组(扩大)会议", None),
    (None, "县长某某主持召开县政府党组会议和第8次常务会议。", "县政府", "党组会议", None),
    # invented: the two meetings listed with a 、 (党组会议、常务会议): the government meets
    (None, "县长某某主持召开县政府党组会议、县政府常务会议。", "县政府", "党组会议", None),
    (None, "区长某某主持召开区政府党组会议、第5次常务会议，研究近期工作。", "区政府", "党组会议", None),
    (None, "区十届人大三次会议举行主席团第二次会议。", "人大", "主席团会议", None),
    (None, "在人大机关会议室召开主任会议。", "人大常委会", "主任会议", None),
    (None, "全市党委(党组)理论学习中心组工作会议召开。", "市委", "理论学习中心组学习会", None),
    # a leading group convened by the committee's secretary is the leading group, also its office
    (None, "12月14日，市委书记某某主持召开市委党的建设工作领导小组会议。", "领导小组", "领导小组会议", None),
    (None, "3月2日，县委常委某某主持召开县乡村振兴领导小组办公室例会。", "领导小组", "领导小组会议", None),
    # the mayor's meetings are the government's, whatever posts the mayor holds
    (None, "12月15日，市委副书记、市长某某主持召开市长碰头会。", "市政府", "首长办公会议", None),
    (None, "5月9日，县委副书记、县长某某主持召开县长办公会议。", "县政府", "首长办公会议", None),
    # the national committee of the CPPCC, in both scripts
    (None, "政协第十二届全国委员会第一次主席会议12日下午在北京举行。", "政协", "主席会议", None),
    ("全國政協召開第十二屆全國委員會第七十一次主席會議", "", "政协", "主席会议", None),
    # an organ inside the convener's title is the convener's post: the last post gives the organ
    (None, "6月7日，区委副书记、区长李某某在区机关大楼主持召开专题会议。", "区政府", "专题会议", None),
    (None, "6月7日，县委常委、常务副县长李某某主持召开专题会议。", "县政府", "专题会议", None),
    (None, "6月7日，市委书记李某某主持召开市委常委会议。", "市委", "常委会议", None),
    # a bare 党委 takes the level of a banner or a prefecture too, past its 第N届
    (None, "3月2日，旗委书记某某主持召开白草旗第十六届党委常委会第38次会议。", "旗委", "常委会议", "白草旗"),
    # no meeting type: a task body the presider's title ends with is the organ, a government is not
    (None, "2月16日，省委书记、省防控指挥部指挥长甘启明主持召开省防控指挥部指挥长会议。", "指挥部", None, None),
    (None, "2月28日，青禾区召开动员大会。会议由区委副书记、区政府区长冉知白主持。", "区委", None, "青禾区"),
    # an organ naming the building the meeting sat in is not its organ
    (None, "6月26日，在县政府招待所四楼会议室召开了防汛抗旱工作会议。", None, "工作会议", None),
    (None, "6月26日，在区委三楼会议室召开区政府常务会议。", "区政府", "常务会议", None),
    # 召开 and the sitting's number between a leading group and its meeting
    (None, "8月6日，市委深化改革领导小组召开第七次会议。", "领导小组", "领导小组会议", None),
]


@pytest.mark.parametrize(("title", "text", "organ", "kind", "place"), CASES)
def test_organ_type_and_region(
    title: str | None, text: str, organ: str | None, kind: str | None, place: str | None
) -> None:
    assert organ_and_type(title, text) == (organ, kind)
    assert region(title, text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("9月3日，区委召开常委会会议。会议由区委书记某某主持。", None),
        ("9月3日上午，会议由县长某某主持召开县政府第5次常务会议。", None),
        ("会议由青禾区委书记某某主持。", None),
        ("受区委书记委托，会议由区委副书记某某主持。", None),
        ("会议传达了市委全会精神，研究了县委工作。", None),
        ("会议传达学习省委全会和区委常委会（扩大）会议精神。", None),
        ("李某主持召开2023年第4次县政府常务会议。", None),
        ("全面贯彻落实中央、省、市和县委经济工作会议精神。", None),
        ("5月6日，中共松川县县委召开常委会议。", "松川县"),
        ("5月6日，杭州市委召开常委会议。", "杭州市"),
        # a verb or a clause's word right before a level is no place (审议省…, 已经市…, 协商区…)
        ("会议审议省里下发的方案，研究了有关事项。", None),
        ("会议指出，这项工作已经市政府同意。", None),
        ("主任会议协商区人大常委会会议议程。", None),
        ("会后提交县委常委会研究。", None),
        ("艺术家们来到社区，共同重塑公共艺术社区。", None),
        ("来自松川省白鹭县委宣传部的同志参加会议。", "白鹭县"),
        ("民进青禾区委召开全委会。", "青禾区"),
        ("自治区党委常委会召开会议。", None),
    ],
)
def test_a_region_is_never_a_clause_cut_before_an_organ(text: str, place: str | None) -> None:
    """会议由区委书记… names no place 会议由区: a place is never cut from the middle of a clause."""
    assert region(None, text) == place


def test_organs_of_people_in_the_body_do_not_count() -> None:
    text = "5月6日，县委召开常委会会议。会议由县委书记某某主持。县人大常委会主任某某出席。"
    assert organ_and_type(None, text) == ("县委", "常委会议")


@pytest.mark.parametrize(
    ("text", "convener", "organ"),
    [
        ("2月2日，全县安全生产工作会议召开。", "县委副书记、县长", "县政府"),
        ("5月7日，我区召开全区领导干部大会。", "区委书记", "区委"),
        ("6月1日，社区党建联席会议召开。", "街党工委书记", "街道党工委"),
        ("3月3日，县委召开常委会会议。", "县长", "县委"),  # a named organ wins over the convener
        ("近日，召开了会议。", None, None),
    ],
)
def test_the_conveners_post_gives_the_organ_when_none_is_named(text: str, convener: str | None, organ: str) -> None:
    assert organ_and_type(None, text, convener)[0] == organ


def test_a_malformed_vocabulary_row_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "organs.tsv"
    path.write_text("# comment\n区委\t区委\n政协 without a tab\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"organs.tsv: line 3"):
        load_vocabulary(path)
    path.write_text("区委\t区委(\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"line 1: '区委\(' is not a valid pattern"):
        load_vocabulary(path)


def test_the_shipped_vocabulary_reads_and_covers_every_level() -> None:
    labels = {form.label for form in load_vocabulary(VOCABULARY)}
    assert {
        "{L}委",
        "{L}政府",
        "{L}政府党组",
        "镇党委",
        "乡党委",
        "街道党工委",
        "人大",
        "人大常委会",
        "政协",
        "纪委",
    } <= labels
    assert {"领导小组", "指挥部", "委员会"} <= labels


@pytest.mark.parametrize(
    ("label", "normal"),
    [
        ("常委会会议", "常委会议"),
        ("常委扩大会议", "常委(扩大)会议"),
        ("常委（扩大）会议", "常委(扩大)会议"),
        ("党组扩大会议", "党组(扩大)会议"),
        ("政府常务会议", "常务会议"),
        ("理论学习中心组学习会", "理论学习中心组学习会"),
        (" 座谈会 ", "座谈会"),
    ],
)
def test_user_labels_are_normalised(label: str, normal: str) -> None:
    assert normal_type(label) == normal


@pytest.mark.parametrize(
    ("text", "convener", "organ"),
    [
        # a 街道 convening: its party working committee
        ("5月6日上午，青石街道召开2023年党政干部会议暨第一次专题会议。", "党工委副书记", "街道党工委"),
        # a 街道's 人大工委 is not the 人大常委会; the 街道 convened
        ("9月2日，青石街道召开创建工作推进会，街道人大工委主任主持。", "街道人大工委主任", "街道党工委"),
        # the period of a study session is not a body's name: the 镇's 党委
        ("今天下午，青石镇召开2023年第三期党委理论学习中心组学习会议。", "镇委书记", "镇党委"),
        # 领导组, a school's or a campaign's leading group
        ("3月1日，机关总支专项活动领导组召开第一次会议。", "组织部长", "领导小组"),
    ],
)
def test_organs_below_and_beside_the_ladder(text: str, convener: str, organ: str) -> None:
    assert organ_and_type(None, text, convener)[0] == organ


def test_leading_organising_is_no_leading_group() -> None:
    assert organ_and_type(None, "6月1日，县委召开会议，研究领导组织工作。")[0] != "领导小组"


def test_a_working_groups_dispatch_meeting_is_the_groups() -> None:
    text = "按照市委市政府的统一部署，3月2日下午，青石集团召开了防控工作小组调度会。"
    assert organ_and_type(None, text) == ("领导小组", "工作会议")


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        # a 社区's 大党委 is no 区委, and its 党组织 is no 党组
        ("6月8日，青石社区大党委召开第二季度联席会议。", "社区党委"),
        ("青石街道召开社区党组织书记述职评议会，各社区党组织书记参加。", "街道党工委"),
        # a democratic party's committee convening, past the place's name
        ("7月21日下午，民盟青石市委召开六届八次主委会议。", "民主党派市委"),
        ("在十九届五中全会召开之际，10月26日，九三学社青石区委召开理论学习工作会议。", "民主党派区委"),
        # …whose members only attend the party's meeting: the meeting's own organ
        ("民进青石区委班子成员参加中共青石区委暑期谈心会。", "区委"),
        # a typo a site repeats: 人大委常委会 is the 人大常委会
        ("8月21日，县人大常委会主任包青禾主持召开县人大委常委会党组会议。", "人大常委会"),
        # an ASCII ? a mojibake left inside a dateline ends no sentence
        ("青石日?qǐng)?bào)訊 節前,湖濱街道召開社區黨組織書記述職評議會。", "街道党工委"),
        # a 街道 that organises or promptly holds its meeting (组织召开, 迅速召开, 连夜召开)
        ("3月8日夜，青石街道组织召开班子会议，传达区工作会议精神。", "街道党工委"),
        ("节后第一天，湖滨街道迅速召开全体干部大会。", "街道党工委"),
        ("6月2日晚，白鹭街道连夜召开防汛调度会。", "街道党工委"),
    ],
)
def test_organs_of_communities_and_democratic_parties(text: str, organ: str) -> None:
    assert organ_and_type(None, text)[0] == organ


@pytest.mark.parametrize(
    ("text", "organ", "kind"),
    [
        ("11月13日，青石镇召开党委扩大会议，部署森林防火工作。", "镇党委", "党委会议"),
        ("3月31日，公司召开第十二次党委会议，研究复工复产工作。", None, "党委会议"),  # no level named
        # a room named after the committee is no meeting of it
        ("学校在党委会议室召开党委中心组学习会议。", "党委", "理论学习中心组学习会"),
        ("县委常委会召开会议。", "县委", "常委会议"),
    ],
)
def test_a_party_committees_own_meeting(text: str, organ: str | None, kind: str) -> None:
    assert organ_and_type(None, text) == (organ, kind)


@pytest.mark.parametrize(
    ("text", "convener", "organ"),
    [
        # invented: a town or a street relays a higher body's meeting; the convener's post names
        # the organ, not the body whose meeting is relayed
        ("1月6日，青石镇迅速传达贯彻落实中共松川县第十一届委员会第二次全体会议精神。", "镇党委书记", "镇党委"),
        (
            "3月2日上午，湖滨街道传达学习区委第五届委员会第三次全体会议暨全区经济工作会议精神。",
            "街道党工委书记",
            "街道党工委",
        ),
        ("白鹭乡及时学习贯彻市人民政府第八次全体会议精神。", "乡党委书记", "乡党委"),
        # the organ that relays, named before the verb, stays
        ("2月1日，松川县委迅速传达学习省委第十二届委员会第四次全体会议精神。", "县委书记", "县委"),
    ],
)
def test_the_body_a_report_relays_does_not_convene_its_meeting(text: str, convener: str, organ: str) -> None:
    assert organ_and_type(None, text, convener)[0] == organ


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # invented: a task force's meeting, chaired by a county leader, is the task force's
        (
            "松川县2021年创建全国文明城市攻坚组第三次工作例会召开",
            "3月2日上午，松川县创建全国文明城市攻坚组第三次工作例会召开。县委副书记、县长某某主持会议并讲话。",
        ),
        ("青石区人居环境整治工作专班会议召开", "5月6日，区人居环境整治工作专班召开会议。区委常委某某主持会议。"),
        ("白鹭县项目建设攻坚专班推进会", "近日，县项目建设攻坚专班召开推进会，县委常委某某出席。"),
    ],
)
def test_a_task_forces_meeting_is_a_leading_groups(title: str, text: str) -> None:
    assert organ_and_type(title, text)[0] == "领导小组"


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        # invented: a deputy reports first, the principal speaks after; no presider, no organ named
        (
            "5月6日，大河镇召开工作部署会。会上，副镇长单某武就有关事宜进行安排部署。镇党委书记覃某顺指出，要高度重视。",
            "镇党委",
        ),
        ("3月2日，某县召开调度会。副县长钱某通报了进展。县长孔某某强调，要抓好落实。", "县政府"),
        # only a deputy speaks: that deputy's post is still the convener's
        ("3月2日，某镇召开推进会。镇党委副书记钱某某强调，要抓好落实。", "镇党委"),
    ],
)
def test_a_deputy_who_speaks_first_does_not_convene(text: str, organ: str) -> None:
    assert organ_and_type(None, text, convener_title(read_people(text)))[0] == organ


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        # invented: a place named before 召开, then its bare 党委's study session
        ("5月9日，青石镇召开党委中心组专题学习会，传达学习省委全会精神。", "镇党委"),
        ("4月2日，白鹭乡召开党委理论学习中心组学习会议。", "乡党委"),
        ("近日，湖滨街道召开党工委中心组学习会。", "街道党工委"),
    ],
)
def test_a_place_then_its_party_committees_study_session(text: str, organ: str) -> None:
    assert organ_and_type(None, text)[0] == organ


@pytest.mark.parametrize(
    "text",
    [
        # invented: the committee of the CPPCC named with its place and term (政协某某县第N届委员会)
        "6月3日，政协松川县第九届委员会召开第十二次常委会议。",
        "政协青石区第九届委员会常务委员会召开第二十次会议。",
        "中国人民政治协商会议白鹭市第七届委员会召开主席会议。",
    ],
)
def test_the_cppcc_named_with_its_place_and_term(text: str) -> None:
    assert organ_and_type(None, text)[0] == "政协"


@pytest.mark.parametrize(
    "title",
    [
        # invented: a standing committee's session named in full, whatever bills it passes on
        "松川县第九届人民代表大会常务委员会第十六次会议召开",
        "政协青石区第九届委员会常务委员会第二十次会议举行",
    ],
)
def test_a_standing_committees_session_named_in_full(title: str) -> None:
    text = "4月2日，会议表决通过了主任会议提请的有关事项。"
    assert organ_and_type(title, text)[1] == "常委会议"


@pytest.mark.parametrize(
    "text",
    [
        # invented: the term before the place, the place an autonomous region's long name
        "5月6日，政协第十届内蒙古自治区委员会召开第十二次主席会议。",
        "政协第十二届新疆维吾尔自治区委员会常务委员会第九次会议在乌鲁木齐召开。",
        "政协第九届广西壮族自治区委员会召开主席会议，审议有关事项。",
    ],
)
def test_the_cppcc_named_with_its_term_before_a_long_place(text: str) -> None:
    assert organ_and_type(None, text)[0] == "政协"


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        # invented: a government named by its term without 第 or 人民 (县十八届政府)
        ("9月5日，县长某某主持召开县十八届政府第21次常务会议。", "县政府"),
        ("区十届政府召开2024年党组会议和第8次常务会议。", "区政府"),
        # invented: a 镇 or a 乡 that convenes, its body unnamed
        ("2月18日上午，青禾镇召开2021年工作例会，部署近期重点工作。", "镇党委"),
        ("3月2日，白石乡迅速召开全乡干部大会，部署春耕工作。", "乡党委"),
        # invented: a time word between the body and its verb (某街道日前举行…, 某镇近日召开…)
        ("东岭街道日前举行社区党组织书记座谈会，交流基层治理经验。", "街道党工委"),
        ("青禾镇近日召开安全生产工作会议，部署汛期工作。", "镇党委"),
        # invented: the 镇 convenes a body named after it: that body is the organ
        ("12月3日，青禾镇召开第十八届人民代表大会第五次会议。", "人大"),
        # invented: a leading group's meeting numbered within its year
        ("4月16日，党委巡察工作领导小组2025年第二次会议在学校召开。", "领导小组"),
        ("县安全生产领导小组召开2024年度第三次会议。", "领导小组"),
    ],
)
def test_the_twentieth_batchs_organ_families(text: str, organ: str) -> None:
    assert organ_and_type(None, text)[0] == organ


@pytest.mark.parametrize(
    ("title", "text", "organ"),
    [
        # invented: a task body in the meeting's own name holds it, whatever posts its convener holds
        (None, "3月2日下午，市委书记、市防汛指挥部指挥长甘某某主持召开市防汛指挥部指挥长会议。", "指挥部"),
        (None, "5月6日，县委副书记、县长韦某主持召开县乡村振兴领导小组（扩大）会议。", "领导小组"),
        (None, "4月16日下午，党委巡视工作领导小组2025年第三次会议在学校第二会议室召开。", "领导小组"),
        ("某县创建卫生城市攻坚组第三次工作例会召开", "4月20日上午，会议在县会议中心召开。县长某某主持。", "领导小组"),
    ],
)
def test_a_task_body_in_the_meeting_s_own_name(title: str | None, text: str, organ: str) -> None:
    assert organ_and_type(title, text)[0] == organ


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a joint sitting of a ladder organ is that organ's
        (None, "5月8日，区委副书记、区长某某主持召开区委常委会暨区防控指挥部第七十次会议。"),
        # a task body among those attending, or in what is relayed, holds nothing
        ("某镇召开驻村第一书记对接会", "7月6日，某镇召开驻村第一书记对接会，乡镇工作专班、驻村工作队成员参加会议。"),
        (None, "6月2日，区委召开常委会议，传达学习省防汛指挥部会议精神。"),
    ],
)
def test_no_task_body_of_its_own(title: str | None, text: str) -> None:
    assert task_body_meeting(title, text) is None


@pytest.mark.parametrize(
    ("title", "text", "organ"),
    [
        # invented: a meeting on a local work report with no government named, convened by the head of government
        (
            "我县召开2026年《政府工作报告》意见征求座谈会",
            "12月30日，县委副书记、县长某某主持召开2026年《政府工作报告》意见征求座谈会。",
            "县政府",
        ),
        (None, "1月5日，市长某某主持召开座谈会，就《政府工作报告（征求意见稿）》听取各界意见。", "市政府"),
        (None, "1月20日，省长某某代表省人民政府向大会作政府工作报告。", "省政府"),
        # the national report keeps 国务院
        ("政府工作报告", "国务院总理某某代表国务院向大会作政府工作报告。", "国务院"),
    ],
)
def test_a_work_report_is_the_government_its_head_of_government_names(title: str | None, text: str, organ: str) -> None:
    assert organ_and_type(title, text)[0] == organ


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        # invented: a campaign's meeting of no known type, its task body's head named, no organ convening it
        (
            "1月9日，我市召开县区人大、政府、政协换届纪律专项巡察工作动员会。市委常委、县委书记李某，市委常委、"
            "市纪委书记、市委巡察工作领导小组组长吕某，市委常委、组织部部长王某出席会议。",
            "领导小组",
        ),
        (
            "7月2日，全区防汛抗旱动员会召开。区委书记王某某，区委副书记、区长、区防汛抗旱指挥部指挥长李某某出席。",
            "指挥部",
        ),
        # invented: an organ named as the convener keeps the meeting
        ("1月9日，市委召开巡察工作动员会。市委常委、市委巡察工作领导小组组长吕某出席会议并讲话。", "市委"),
    ],
)
def test_a_campaigns_meeting_is_its_task_bodys(text: str, organ: str) -> None:
    assert organ_and_type(None, text)[0] == organ


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # invented: a task body's meeting joined with another by 暨, or a 协调小组 whose name joins two works
        ("区委农村工作领导小组暨乡村振兴联席会议召开", "领导小组"),
        ("县防汛抗旱指挥部暨汛期安全工作会议召开", "指挥部"),
        ("东片区整体帮扶暨某县结对共建工作协调小组会议召开", "领导小组"),
        ("市重点项目建设协调小组第三次会议召开", "领导小组"),
    ],
)
def test_a_task_bodys_joint_sitting_or_coordinating_group_is_the_task_bodys(title: str, body: str) -> None:
    assert task_body_meeting(title, "") == body


@pytest.mark.parametrize(
    "title",
    ["县委常委会暨县疫情防控指挥部会议召开", "全县安全生产大会暨领导小组会议召开", "县委全会暨防汛指挥部会议召开"],
)
def test_a_ladder_organs_or_a_meetings_joint_sitting_stays_not_a_task_bodys(title: str) -> None:
    assert task_body_meeting(title, "") is None


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        # invented: a committee of the 政协 meets (its 专门委员会 is no organ of its own)
        ("5月12日，县政协文史委召开第二季度党支部暨专门委员会工作会议。", "政协"),
        ("3月2日，市政协提案委员会召开全体会议，审议年度工作要点。", "政协"),
        ("6月8日，區政協社會和法制委員會召開工作會議。", "政协"),
        ("4月9日，市人大常委会召开专门委员会工作会议。", "人大常委会"),
        # invented: a discipline body's unit meets (a congress's 纪律监督组, a dispatched 纪检监察组)
        ("10月8日，集团第三次党代会纪律监督组召开工作部署会议，传达学习省委有关要求。", "纪委"),
        ("3月6日，市纪委监委派驻第二纪检监察组召开监督工作推进会。", "纪委"),
        ("某局纪检组召开廉政谈话会，传达市委有关要求。", "纪委"),
    ],
)
def test_a_committee_or_unit_of_an_organ_meets_as_that_organ(text: str, organ: str) -> None:
    assert organ_and_type(None, text)[0] == organ


@pytest.mark.parametrize(
    "text",
    [
        # invented: the year and the session's number before a bare 党委's study session are no body's name
        "11月2日，某某医院召开2023年第八次党委理论学习中心组学习会议。",
        "3月5日，某某学院召开2024年党委理论学习中心组学习会。",
        "6月9日，某某公司召开2022年度党委中心组学习会。",
        "4月2日，某某学院召开2024年春季党委理论学习中心组学习会。",
    ],
)
def test_a_study_sessions_year_and_number_are_not_its_bodys_name(text: str) -> None:
    assert organ_and_type(None, text)[0] == "党委"


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        # invented: an autonomous region's bodies meet at a province's level (its 党委 as the 省委)
        ("日前召开的某某自治区党委常委会议决定，召开区党委全体会议。", "省委"),
        ("9月26日，某某自治区党委举行常委（扩大）会议。", "省委"),
        ("3月2日，某某自治区人民政府召开常务会议。", "省政府"),
        ("3月2日，某某自治区政府党组召开会议。", "省政府党组"),
        # an autonomous prefecture's or county's committee stays at its own level
        ("5月3日，某某自治州州委召开常委会会议。", "州委"),
        ("5月3日，某某自治县县委召开常委会会议。", "县委"),
    ],
)
def test_an_autonomous_regions_bodies_meet_at_a_provinces_level(text: str, organ: str) -> None:
    assert organ_and_type(None, text)[0] == organ


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        # invented: a government that holds its party group's meeting (某市政府召开党组(扩大)会议): the group meets
        ("7月20日下午，某市政府召开党组（扩大）会议，市长某某传达了会议精神。", "市政府党组"),
        ("3月2日，某县人民政府召开党组会议，县长某某主持。", "县政府党组"),
        # …but with its standing meeting joined on, the government meets
        ("3月2日，某县政府召开党组会议和常务会议，县长某某主持。", "县政府"),
    ],
)
def test_a_government_holding_its_party_groups_meeting_is_the_group(text: str, organ: str) -> None:
    assert organ_and_type(None, text)[0] == organ


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        # invented: a unit that holds or runs its party group's meeting or study (某市文联开展党组理论学习中心组…)
        ("4月30日上午，青州市文联开展党组理论学习中心组（扩大）集中学习。", "市文联党组"),
        ("3月2日，某市科协召开党组会议，党组书记某某主持。", "市科协党组"),
        ("近日，县财政局组织开展党组理论学习中心组学习。", "县财政局党组"),
        ("5月8日，区侨联举行党组中心组学习会。", "区侨联党组"),
        # the party group of the congress's standing committee or of the conference gives that organ, as before
        ("3月2日，县人大常委会召开党组会议。", "人大常委会"),
        ("3月2日，区政协召开党组（扩大）会议。", "政协"),
        # a meeting of the party's branch secretaries (党组织) is no party group's
        ("3月2日，区教育局召开党组织书记述职评议会。", None),
    ],
)
def test_a_unit_holding_its_party_groups_meeting_is_the_group(text: str, organ: str | None) -> None:
    assert organ_and_type(None, text)[0] == organ
