"""Which role the verb after a name gives: presider, attendee or speaker (``role_of``).

The vocabulary of speaking (``SPEECH_VERB``: statements such as 强调, 指出, 要求 and acts such as
讲话, 作…报告, 领学, 述职), what may stand between a name and its verb (a day, adverbs, a clause of
what the speech is about, 受…委托), the presider who also speaks (``PRESIDE_AND_SPEAK``), and the
verbs that never make the person a speaker of this meeting (a speech given at another meeting named
as a noun, 以…为核心).
"""

from __future__ import annotations

import re

from etl.extract.text.patterns import tc

__all__ = ["PRESIDE_AND_SPEAK", "ROLE_AFTER", "SCHEDULE", "SPEECH_VERB", "role_of"]

# 宣布…的决定 (任命, 名单, 开幕): a procedure announced, not words of one's own (as 宣读 a decision is not).
_STATE = (
    "强调|指出|表示|要求|认为|说道|说(?=[，,：:])|提出|希望|坦言|寄语|提醒|建议|谈到|称|总结|作出部署|部署|"
    "指示|重申|叙述|讲述|宣布(?![^。，,；;\\n]{0,40}?(?:决定|任命|任免|名单|结果|开幕|闭幕))|号召|鼓励|勉励|嘱咐|分析|阐述|介绍|安排部署|布置了?|肯定了|给予了?[^。，,；;\\n]{0,4}?(?:肯定|评价)|"
    # a pledge or a call in one's own words (某某郑重表态：…, 某某作了…倡议, 发出倡议)
    "表态|作了?[^。，,；;\\n]{0,12}?倡议|发出了?[^。，,；;\\n]{0,12}?倡议"
)
_ACT = (
    # 致辞 and its kinds: 致开幕词, 致闭幕词, 致欢迎词 (致欢迎辞), 致贺词, 致答谢词; 宣讲, not the troupe (向宣讲团颁发…)
    "讲话|致辞|致[^。，,；;\\n]{0,4}?[词辞]|发言|讲课|授课|宣讲(?![团员队])|主讲|领学|领读|带领[^。，,；;\\n]{0,8}?(?:学习|重温)|解读|通报|汇报|传达|转达|宣读|点评|"
    "谈了?[^。，,；;\\n]{0,10}?(?:体会|看法|认识|意见|感受|想法|打算|心得)|分享了?[^。，,；;\\n]{0,24}?(?:体会|心得|感受|经验|案例|做法|故事)|"
    "作了?[^。，,；;\\n]{0,40}?(?:讲话|致辞|发言|报告|辅导|点评|部署|布置|总结|说明|汇报|通报|讲座|解读|动员|交流|指示|安排|对照检查|体会|党课|演讲|介绍)(?:发言|讲话)?|"
    # the way ahead set out (就…工作推进作了规划, 对…作了展望); never 作为 (作为规划局局长，…)
    "[作做](?!为)了?[^。，,；;\\n]{0,40}?(?:规划|展望|谋划)|"
    # a statement as 作's object (作工作强调, 作了具体要求); never the 作 of 工作 (…工作要求)
    "(?<!工)作(?:了|出了?)?(?:工作|重点|特别|具体|明确)?(?:强调|要求)|"
    # a speech given by its title, which may hold commas: 作《…，…》的工作报告, 做了《…》专题辅导
    "[作做]了?《[^《》\\n]{2,80}》的?[^。，,；;\\n]{0,10}?(?:讲话|发言|报告|辅导|讲座|党课|演讲)|"
    "做了?[^。，,；;\\n]{0,40}?(?:讲话|致辞|发言|报告|辅导|点评|部署|总结|说明|汇报|讲座|解读|动员|交流|介绍)(?:发言|讲话)?|"
    "发表了?[^。，,；;\\n]{0,8}?(?:讲话|致辞|演讲)|讲了?[^。，,；;\\n]{0,8}?意见|交流了?[^。，,；;\\n]{0,10}?(?:体会|心得|发言|思考|认识|感想|感受)|"
    "进行了?[^。，,；;\\n]{0,10}?(?:培训|辅导|解读|讲解|部署|安排|点评|总结|发言|交流|宣讲|讲话|动员|领学|领读|对照检查)"
    # two acts joined: 进行解读和导学, 进行讲解与辅导, 进行了解读、答疑
    "(?:[和与、](?:导学|辅导|讲解|解读|领学|宣讲|点评|答疑))?|"
    # a party lecture: 为支部党员上党课, 讲授专题党课, 讲了一堂党课
    "(?:上|讲|讲授|授)了?[^。，,；;\\n]{0,8}?党课|"
    "开展了?(?:学习)?(?:交流)?研讨|"
    # one's own self-examination at a 民主生活会 (某某同志个人对照检查、自我批评; not 对照检查材料)
    "个人对照检查|"
    # a report on one's own duties: 述职, 述廉, 述职述廉报告
    "述(?:职|廉|责|纪|德|法)(?:[^。，,；;\\n]{0,10}?报告)?|"
    # a work report delivered (代表常委会报告工作, 向大会报告筹备工作情况) and work arranged (安排了近期重点工作)
    "报告了?工作|报告了?[^。，,；;\\n]{2,30}?情况|安排了?(?!专人|人员|资金|经费)[^。，,；;\\n]{0,30}?(?:工作|任务)|"
    "所作的?(?:[^。；;\\n]|\\n(?!\\n)){0,120}?(?:报告|说明|汇报)|"
    # 所作的⏎。: the report's name was a link line the cleaning took out; 所作 still says who spoke
    "所作的?(?=\\n?[。；;])"
)
# A verb followed by these is a noun in a topic (就…讲话精神…讲几点意见), not the act itself.
_NOT_VERB = tc("(?!精神|的|稿|材料|内容|和|及|与|等|中的|时的|文章|原文|要点|摘编|汇编|提纲|人)")
SPEECH_VERB = tc(rf"(?:(?:{_ACT})(?:(?:时|中|并|后|时还|中还)?(?:{_STATE}))?|(?:{_STATE})){_NOT_VERB}")
_ADVERBS = tc(
    "(?:分别|也|还|另|首先|最后|先后|随后|一一|又|同时|一起|共同|再次|专门|亲自|逐一|依次|紧密|进一步|应邀|受邀|会后|"
    "特别|重点|深刻|明确|详细|全面|系统|认真|充分|立即|随即|迅速|即|率先|简要|纷纷|全程|相继|轮流|原原本本|扼要|高度|郑重|当场|上台|登台|"
    # sitting in by standing arrangement: 某某常态列席会议, 某某固定列席
    "(?:常务|常态化?|固定|例行|按规定|定期)(?=列席|参加|出席))"
)
_GAP = tc(
    r"(?:(?:就|在|对|围绕|结合|针对|代表|从|以|向|给|为|按照|根据|紧扣|联系|立足|重点|带头|分别就|聚焦)"
    r"[^。！？!?；;\n]{0,120}?|"
    # 某某会上认真听取…述职报告: what he hears after 会上 is another's turn, not his
    r"(?:会上|会议)(?:(?!听取)[^。！？!?；;\n]){0,120}?|受[^。！？!?；;\n，,]{1,20}?委托|"
    # 听取了某某关于…的汇报: 关于 leads to a report, never to a speech studied
    # (also a 通报 one gives: 听取了某某副区长关于…情况的通报)
    r"关于(?=[^。！？!?；;\n]{0,80}?(?:汇报|说明|报告|通报)(?!精神))[^。！？!?；;\n]{0,80}?|"
    # 某某感谢…，并指出: a clause of thanks or review, then the statement (not after an act of attending)
    r"(?:(?!主持|出席|参加|列席|召开|陪同)[^。！？!?；;\n，,]){1,30}?[，,]并(?=强调|指出|表示|要求|提出)|"
    # 某某被随机点名发言, 被邀请作报告: asked to speak
    r"被[^。！？!?；;\n，,]{0,4}?(?:点名|邀请|安排)|"
    # 某某重温、领学了…: a verb joined before the act
    r"(?:重温|研读|回顾|学习)[、和并]|"
    # 某某也分别到甲区、乙区参加和指导…: the places one goes to attend (not 到会, 到场: attending itself)
    r"到(?![会场])[^。！？!?；;\n，,]{1,20}?(?=参加|出席|列席))"
)
# A day or a time of day between a name and its verb: 某某26日下午主持召开…
_WHEN = tc(r"(?:\d{1,2}\s*日(?:上午|下午|晚上|晚)?|上午|下午|晚上)")
ROLE_AFTER = re.compile(
    tc(
        # 甲、乙等相关分管领导班子也分别…, 甲、乙等班子成员分别…: a category of people after 等
        # 甲、乙等委员围绕…作了即席发言, 甲、乙等代表…: the members of a congress or a conference (not 等委员会)
        r"(?:同志)?(?:等(?:[^。，,；;、\n]{0,16}?(?:同志|领导|人|干部|班子|成员|委员(?!会)|代表))?|及其他[^。，,；;、\n]{0,6}?(?:成员|同志|领导))?"
    )
    # 甲、乙等分管县领导，及某某领导小组成员分别出席…: another group listed after the names, then the verb
    + tc(r"(?:[，,]?(?:及|和|以及)[^。，,；;、\n]{1,16}?(?:成员|同志|领导|负责人|干部))?")
    # 甲、乙N名主要负责人述职: a count of the people listed, and who they are
    + tc(r"(?:[\d一二三四五六七八九十两]+\s*(?:名|位)[^。，,；;、\n]{0,10}?(?:负责人|同志|干部|代表|委员|书记|成员))?")
    # 甲、乙，分别就…作了说明; 甲，乙，也分别领学了…; 某某，主持召开; 某某，结合自身经历，汇报了… (what the turn draws on)
    + tc(r"(?:[，,](?=(?:也|还|又|均|都)?(?:分别|先后|依次|一一)|主持召开|主持会议|结合|围绕|联系|立足))?")
    # 出席并主持会议, 到会并主持: one who attends and chairs presides
    + rf"{_WHEN}?{_ADVERBS}*(?:{_GAP})?(?:(?P<p>{tc('(?:(?:出席|参加|到会)(?:会议)?并)?主持')})"
    # 某某到会作…说明: one who comes to the meeting to speak is its speaker (到会并讲话 attends as well, below)
    # 莅临指导并讲话, 亲临会议: a leader's visit to the meeting is attending it (not 莅临我区调研, a visit elsewhere)
    + rf"|(?P<a>{tc('出席|参加|列席|参会|陪同|(?:莅临|亲临)(?=会议?|会场|指导|并)')}|{tc('到会')}(?!{SPEECH_VERB}))"
    rf"|(?P<s>{tc('(?:到会)?')}{SPEECH_VERB}))"
)
# A presider who also speaks: 主持会议并讲话 / 主持会议并强调.
_DELIVERS = tc(r"发表了?[^。，,；;\n]{0,8}?(?:讲话|致辞)")
# Also past the meeting's name and a clause of what was heard or done, when a statement follows
# (主持召开某某会议，听取…，强调 / 主持召开座谈会，同…座谈并发表重要讲话), not an act (…会议，传达…).
PRESIDE_AND_SPEAK = re.compile(
    # 主持第一次全体会议并讲话: a named meeting only before 并 (…会议，传达… is an act); 在主持会议时指出: he speaks
    # while he presides;
    # 某某主持，会上，首先通报了…: 会上 after the comma opens the meeting's own narration
    # 主持座谈讨论，…，并要求: the meeting's own activity as 主持's object
    tc(
        # 主持会议，他要求：一是…: the presider's words in the same sentence, after 他/她 (not 他们)
        # 参加指导并讲话, 列席旁听并点评: one who attends and guides (or sits in) speaks; 主持会议，并对…作了说明: his own turn after the comma
        r"(?:召开)?(?:(?:会议|本次会议|此次会议|座谈讨论|座谈|讨论|学习|报告会|学习会|座谈会|大会|例会)?(?:并?(?:指导|旁听|观摩))?"
        # 出席讲话, 出席会议致辞: the speech right after the act, with no 并 between (as 出席并讲话)
        r"(?:并|时|[，,](?!会上|会议上)(?:[他她](?!们)|并)?|(?=讲话|致辞))"
        # 参加和指导民主生活会，提出明确要求: a meeting named, then his statement after the comma
        # (出席主席会议、常委会议，并作有关说明: the meetings named, then 并 after the comma)
        r"|[^。，,；;\n并]{1,40}?(?:会议?|式)(?:[，,]?并|[，,](?=(?:强调|指出|要求|提出|表示|希望)))"
        r")"
    )
    + rf"{_ADVERBS}*(?:{_GAP})?(?P<s>{SPEECH_VERB})|"
    + tc(r"召开[^。，,；;\n]{0,40}?(?:[，,][^。；;\n，,]{0,60}?){0,2}(?:[，,]?并|，|,)")
    + rf"{_ADVERBS}*(?P<t>(?:{tc('强调|指出|要求|表示|认为|希望')}|{_DELIVERS}){_NOT_VERB})"
)


# A name right before 召开 and a meeting convenes it, and chairs it: 区长某某召开区政府常务会议.
# Also 组织召开 and 牵头召开 (受某某委托，副书记某某组织召开…会议): who organises the meeting chairs it.
_CONVENES = re.compile(tc(r"(?:同志)?") + rf"{_WHEN}?" + tc(r"(?:组织|牵头)?召开(?=[^。，,；;\n]{0,30}?会)"))


# 某某在…会议上的讲话(精神/要求): the speech the person gave at another meeting, named as a noun;
# also with its verb (在第十二届全国人民代表大会第三次会议上做的政府工作报告), but not at this
# meeting's plenary (在大会上作的报告, 在本次会议上所作的报告). A congress named short (党代会, 人代会) and
# the verb with 所 (在党代会上所作的报告) say the same.
_SPEECH_ELSEWHERE = re.compile(
    tc(
        # (…会上以及会议期间的一系列讲话: the speeches of a session's days, named as one)
        r"(?:同志)?在(?!会上|会议上|本次|此次|这次|今天)[^。！？!?；;，,\n]{1,120}?(?:上|班|会议|时|期间)的(?:一系列|系列)?(?:重要)?"
        r"(?:讲话|发言|报告|致辞|指示)|"
        r"(?:同志)?在(?!(?:大|全)?会上|会议上|本次|此次|这次|今天|本届|大会)[^。！？!?；;，,\n]{1,120}?(?:会议|全会|大会|代会)上"
        r"所?(?:作|做|发表)的[^。！？!?；;，,\n]{0,10}?(?:讲话|报告|致辞|指示)"
    )
)


# A sentence that sets out the schedule of sittings to come (根据会议通过的大会日程，…28日上午举行开幕式，听取省长某某作政府
# 工作报告, 按照议程，明天将听取…): the people it names are to speak later, none speaks at this meeting.
SCHEDULE = re.compile(tc(r"(?:根据|按照|依据)[^。；;\n]{0,20}?(?:日程|议程|日程安排)[，,]"))


# 以某某同志为核心的党中央: a fixed phrase naming the centre, never a speaker.
_AS_CORE = re.compile(tc(r"(?:同志)?为核心"))


def role_of(text: str, mention_end: int, limit: int) -> tuple[str | None, int]:
    """The role the verb after a name gives, and where that verb ends (or (None, end))."""
    if _SPEECH_ELSEWHERE.match(text, mention_end, limit) or _AS_CORE.match(text, mention_end, limit):
        return None, mention_end
    if c := _CONVENES.match(text, mention_end, limit):
        return "presider", c.end()
    m = ROLE_AFTER.match(text, mention_end, limit)
    if not m:
        return None, mention_end
    if m["p"]:
        return "presider", m.end()
    if m["a"]:
        return "attendee", m.end()
    return "speaker", m.end()
