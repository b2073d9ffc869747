"""Compose one synthetic meeting report (title and paragraphs) with its ground truth."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from dataclasses import dataclass, field
from typing import Any

from etl.demo.phrases import AGENDA_ITEMS, FORMULA_SENTENCES, STUDY_ITEMS, weights_on
from etl.demo.world import Person, Roster

# kind -> (probability, presiding post, speaking posts, attending posts)
KINDS: dict[str, tuple[float, str, tuple[str, ...], tuple[str, ...]]] = {
    "standing": (
        0.32,
        "secretary",
        (
            "mayor",
            "deputy_secretary",
            "exec_vice",
            "organisation",
            "propaganda",
            "discipline",
            "politics_law",
            "office",
        ),
        ("npc", "cppcc", "vice2", "vice3"),
    ),
    "government": (0.24, "mayor", ("exec_vice", "vice1", "vice2", "vice3"), ("office",)),
    "study": (
        0.14,
        "secretary",
        (
            "mayor",
            "npc",
            "cppcc",
            "deputy_secretary",
            "exec_vice",
            "organisation",
            "propaganda",
            "discipline",
            "politics_law",
        ),
        ("npc_vice1", "cppcc_vice1", "vice1"),
    ),
    "npc": (0.10, "npc", ("npc_vice1", "npc_vice2"), ()),
    "cppcc": (0.10, "cppcc", ("cppcc_vice1", "cppcc_vice2"), ()),
    "discipline": (0.10, "discipline", ("discipline_vice",), ()),
}
_LEADS = (
    "会议指出，",
    "会议强调，",
    "会议要求，",
    "会议认为，当前各项工作总体平稳，",
    "会议认为，做好下一阶段工作意义重大，",
)
_TOPICS = ("近期重点工作", "下半年经济工作", "重点项目推进", "年度目标任务落实", "当前重点任务")


@dataclass(frozen=True)
class Report:
    """A composed report: what every copy shares, plus the facts the ETL should recover."""

    region: str
    kind: str
    organ: str
    meeting_type: str
    date: dt.date
    title: str
    paragraphs: tuple[str, ...]
    presider: dict[str, str]
    speakers: tuple[dict[str, Any], ...]
    attendee_names: tuple[str, ...]

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)


@dataclass
class _Draft:
    rng: random.Random
    roster: Roster
    day: dt.date
    people: dict[str, Person]
    paragraphs: list[str] = field(default_factory=list)
    speakers: dict[str, dict[str, Any]] = field(default_factory=dict)
    attendees: list[str] = field(default_factory=list)
    undated: bool = False
    last_lead: str = ""

    @property
    def year(self) -> str:
        """ "2021年", or nothing in a report that must not give its year away."""
        return "" if self.undated else f"{self.day.year}年"

    @property
    def k(self) -> str:
        return self.roster.region.kind

    def fmt(self, text: str) -> str:
        region = self.roster.region
        return text.format(r=region.name, k=region.kind, s=region.slogan, y=self.year)

    def speaker(self, post: str, title: str | None, has_content: bool) -> Person:
        person = self.people[post]
        entry = self.speakers.setdefault(person.name, {"name": person.name, "title": title, "has_content": False})
        entry["has_content"] = entry["has_content"] or has_content
        return person


def _pick_sentences(d: _Draft, kind: str) -> list[str]:
    options = weights_on(d.day, kind)
    n = d.rng.randint(4, 7)
    # Weighted sampling without replacement (Efraimidis-Spirakis): the n largest u ** (1 / w).
    keyed = sorted(options, key=lambda o: d.rng.random() ** (1 / o[1]), reverse=True)
    sentences = []
    for _theme, _w, open_ in keyed[:n]:
        for template in d.rng.sample(open_, min(len(open_), d.rng.choice((1, 1, 2)))):
            sentences.append(d.fmt(template.text))
    if d.rng.random() < 0.5:
        formulas = [t for t in FORMULA_SENTENCES if t.open_on(d.day)]
        sentences.insert(d.rng.randrange(len(sentences) + 1), d.fmt(d.rng.choice(formulas).text))
    return sentences


def _deal(sentences: list[str], rng: random.Random, parts: int) -> list[list[str]]:
    """Split sentences into ``parts`` non-empty groups (fewer if there are too few)."""
    parts = max(1, min(parts, len(sentences)))
    cuts = sorted(rng.sample(range(1, len(sentences)), parts - 1)) if parts > 1 else []
    bounds = [0, *cuts, len(sentences)]
    return [sentences[a:b] for a, b in itertools.pairwise(bounds)]


def _opening(d: _Draft, kind: str, date_text: str, extended: bool) -> tuple[str, str, str, str]:
    """(sentence, organ, meeting_type, title) for the meeting's first paragraph."""
    r, k, rng = d.roster.region.name, d.k, d.rng
    open_study = [t for t in STUDY_ITEMS if t.open_on(d.day)]
    study = "、".join(t.text for t in rng.sample(open_study, rng.choice((1, 1, 2))))
    topic = rng.choice(_TOPICS)
    ext = rng.choice(("（扩大）", "(扩大)")) if extended else ""
    if kind == "standing":
        mtype = "常委(扩大)会议" if extended else "常委会会议"
        head = rng.choice((f"中共{r}委常委会召开{ext}会议", f"{r}委召开常委{ext}会议"))
        return (
            f"{date_text}，{head}，传达学习{study}，研究部署{topic}。",
            f"{k}委",
            mtype,
            f"{r}委常委会召开{ext}会议",
        )
    if kind == "government":
        n = rng.randint(1, 40)
        return (
            f"{date_text}，{r}政府召开第{n}次常务会议，传达学习{study}，研究{topic}等事项。",
            f"{k}政府",
            "常务会议",
            f"{r}政府召开第{n}次常务会议",
        )
    if kind == "study":
        n = rng.randint(1, 12)
        return (
            f"{date_text}，{r}委理论学习中心组举行{d.year}第{n}次集体学习{ext}会，专题学习{study}。",
            f"{k}委",
            "理论学习中心组学习会",
            f"{r}委理论学习中心组开展集体学习",
        )
    if kind == "npc":
        return (
            f"{date_text}，{r}人大常委会党组召开会议，传达学习{study}，研究贯彻落实意见。",
            "人大常委会",
            "党组会议",
            f"{r}人大常委会党组召开会议",
        )
    if kind == "cppcc":
        mtype = "党组(扩大)会议" if extended else "党组会议"
        head = rng.choice((f"政协{r}委员会党组召开{ext}会议", f"{r}政协党组召开{ext}会议"))
        return (f"{date_text}，{head}，传达学习{study}，研究部署{topic}。", "政协", mtype, f"{r}政协党组召开{ext}会议")
    return (
        f"{date_text}，中共{r}纪委常委会召开会议，传达学习{study}，研究部署纪检监察重点工作。",
        "纪委",
        "常委会会议",
        f"{r}纪委常委会召开会议",
    )


def _presider_sentence(d: _Draft, post: str, speaks: bool) -> tuple[str, dict[str, str]]:
    title = d.roster.title(post, presiding=True)
    name = d.people[post].name
    if speaks:
        d.speaker(post, title, True)
        return f"{title}{name}主持会议并讲话。", {"name": name, "title": title}
    form = d.rng.choice(("{t}{n}主持会议。", "会议由{t}{n}主持。"))
    return form.format(t=title, n=name), {"name": name, "title": title}


def _listed_speakers(d: _Draft, posts: list[str]) -> str:
    """A、B、C分别谈了学习体会: speakers named without what they said."""
    verb = d.rng.choice(("分别谈了学习体会", "结合分管工作作了交流发言", "分别作了交流发言"))
    if d.rng.random() < 0.3:
        names = [d.speaker(p, None, False).name for p in posts]
        return f"会上，{'、'.join(names)}等同志{verb}。"
    parts = [f"{d.roster.title(p)}{d.speaker(p, d.roster.title(p), False).name}" for p in posts]
    sep = "，" if any("、" in d.roster.title(p) for p in posts) else "、"
    return f"会上，{sep.join(parts)}{verb}。"


def _speech(d: _Draft, post: str, sentences: list[str], named: bool = True) -> list[str]:
    """One speaker's paragraph(s), introduced with a varied verb; may continue with 他/她."""
    title = d.roster.title(post) if named else None
    person = d.speaker(post, title, True)
    who = f"{title or ''}{person.name}"
    text = "".join(sentences)
    form = d.rng.randrange(5)
    if form == 0:
        return [f"{who}强调，{text}"]
    if form == 1:
        return [f"{who}在讲话中指出，{text}"]
    if form == 2:
        topic = d.rng.choice(("抓好当前各项重点工作", "贯彻落实会议精神", "下一步工作"))
        return [f"{who}就{topic}提出要求。", f"{person.pronoun}表示，{text}"]
    if form == 3:
        return [f"{who}谈了学习体会。{person.pronoun}认为，{text}"]
    return [f"{who}作交流发言，{person.pronoun}表示，{text}"]


def _collective(d: _Draft, sentences: list[str]) -> str:
    leads = [lead for lead in _LEADS if lead != d.last_lead]
    d.last_lead = d.rng.choice(leads)
    return d.last_lead + "".join(sentences)


def _agenda(d: _Draft) -> str:
    item = d.fmt(d.rng.choice(AGENDA_ITEMS))
    return d.rng.choice((f"会议研究了{item}。", f"会议审议并原则通过了{item}。"))


def _attendance(d: _Draft, kind: str, posts: tuple[str, ...]) -> str:
    k = d.k
    if posts and d.rng.random() < 0.5:
        chosen = d.rng.sample(list(posts), min(len(posts), d.rng.randint(1, 2)))
        by_title: dict[str, list[str]] = {}
        for post in chosen:
            d.attendees.append(d.people[post].name)
            by_title.setdefault(d.roster.title(post), []).append(d.people[post].name)
        parts = [f"{title}{'、'.join(names)}" for title, names in by_title.items()]
        return f"{'，'.join(parts)}列席会议。"
    return {
        "standing": f"{k}委常委出席会议，{k}人大常委会、{k}政府、{k}政协有关负责同志列席会议。",
        "government": f"{k}政府党组成员出席会议，{k}直有关部门主要负责同志列席会议。",
        "study": f"{k}委理论学习中心组成员参加学习。",
        "npc": f"{k}人大常委会党组成员出席会议。",
        "cppcc": f"{k}政协党组成员出席会议。",
        "discipline": f"{k}纪委常委出席会议。",
    }[kind]


def compose(rng: random.Random, roster: Roster, day: dt.date, date_text: str) -> Report:
    """A report of a random kind held on ``day``; ``date_text`` opens it (5月6日, 近日 ...)."""
    kinds = list(KINDS)
    kind = rng.choices(kinds, [KINDS[k][0] for k in kinds])[0]
    _, chair, speaking, attending = KINDS[kind]
    d = _Draft(rng, roster, day, roster.on(day), undated=not any(c.isdigit() for c in date_text))
    opening, organ, mtype, title = _opening(d, kind, date_text, rng.random() < 0.3)
    chair_speaks = rng.random() < 0.75
    chair_says_at_once = chair_speaks and rng.random() < 0.5
    presider_text, presider = _presider_sentence(d, chair, chair_says_at_once)
    first = f"{opening}{presider_text}" if rng.random() < 0.6 else opening
    d.paragraphs.append(first)
    if first == opening:
        d.paragraphs.append(presider_text)
    sentences = _pick_sentences(d, kind)
    voices = rng.sample(list(speaking), min(len(speaking), rng.randint(1, 2)))
    rest = [p for p in speaking if p not in voices]
    if kind in ("study", "standing") and len(rest) >= 2 and rng.random() < 0.6:
        d.paragraphs.append(_listed_speakers(d, rng.sample(rest, min(len(rest), rng.randint(2, 4)))))
    groups = _deal(sentences, rng, len(voices) + 2 + chair_speaks)
    for post in voices:
        if len(groups) > chair_speaks:
            d.paragraphs.extend(_speech(d, post, groups.pop(0)))
    while len(groups) > chair_speaks:
        d.paragraphs.append(_collective(d, groups.pop(0)))
    if rng.random() < 0.4:
        d.paragraphs.append(_agenda(d))
    if chair_speaks and groups:
        d.paragraphs.extend(_chair_closing(d, chair, groups.pop(0), chair_says_at_once))
    d.paragraphs.append(_attendance(d, kind, attending))
    return Report(
        region=roster.region.name,
        kind=kind,
        organ=organ,
        meeting_type=mtype,
        date=day,
        title=title,
        paragraphs=tuple(d.paragraphs),
        presider=presider,
        speakers=tuple(d.speakers.values()),
        attendee_names=tuple(d.attendees),
    )


def _chair_closing(d: _Draft, post: str, sentences: list[str], already_named: bool) -> list[str]:
    person = d.people[post]
    title = d.roster.title(post, presiding=True)
    d.speaker(post, title, True)
    text = "".join(sentences)
    if already_named:
        return [f"{person.name}强调，{text}"]
    return d.rng.choice(
        (
            [f"{person.name}作总结讲话。{person.pronoun}强调，{text}"],
            [f"{person.name}在总结讲话中指出，{text}"],
        )
    )
