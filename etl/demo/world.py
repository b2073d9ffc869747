"""The fictional world of the demo corpus: places, officials and who held which post when.

Everything here is invented. Place names were chosen not to match any real district or county;
people's names are drawn from common surnames and given-name characters, so a coincidence with
a real person's name is possible but meaningless.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from dataclasses import dataclass, field

FIRST_YEAR, LAST_YEAR = 2016, 2025

_SURNAMES = (
    "王李张刘陈杨黄赵周吴徐孙胡朱林何郭罗梁宋郑谢韩唐冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶"
    "余潘杜戴汪田姜范姚谭廖邹熊陆郝孔崔康毛邱秦顾侯邵孟雷钱汤尹黎武贺赖龚"
)
_GIVEN_MALE = "志明建国海涛俊峰伟磊军勇斌鹏辉刚杰鑫宇浩凯振德永庆松柏宏彦锋毅晨启航钧铭岳"
_GIVEN_FEMALE = "丽静敏婷芳琳雪梅燕霞兰秀慧颖洁倩蕾薇莉娟萍莹璐瑶馨悦佳欣怡"


@dataclass(frozen=True)
class Person:
    name: str
    female: bool

    @property
    def pronoun(self) -> str:
        return "她" if self.female else "他"


@dataclass(frozen=True)
class Region:
    name: str  # 青禾区
    slug: str  # ascii folder and file-name part
    kind: str  # 区 or 县
    media: str  # the local media centre that publishes the reports
    wechat: str  # the WeChat account name
    slogan: str  # a local quoted slogan, e.g. “三区建设”

    @property
    def short(self) -> str:
        return self.name[:-1]


REGIONS = (
    Region("青禾区", "qinghe", "区", "青禾区融媒体中心", "青禾发布", "“三区建设”"),
    Region("云岭县", "yunling", "县", "云岭县融媒体中心", "云岭在线", "“四县共建”"),
    Region("溪湄区", "ximei", "区", "溪湄区新闻中心", "溪湄之声", "“两城一带”"),
    Region("松澜县", "songlan", "县", "松澜县融媒体中心", "松澜政务", "“五个松澜”"),
)

# Posts in a district or county; ``{k}`` is 区 or 县. The title is written before the name.
POSTS: dict[str, str] = {
    "secretary": "{k}委书记",
    "mayor": "{k}委副书记、{k}长",
    "deputy_secretary": "{k}委副书记",
    "exec_vice": "{k}委常委、常务副{k}长",
    "organisation": "{k}委常委、组织部部长",
    "propaganda": "{k}委常委、宣传部部长",
    "discipline": "{k}委常委、{k}纪委书记、{k}监委主任",
    "politics_law": "{k}委常委、政法委书记",
    "office": "{k}委常委、{k}委办公室主任",
    "vice1": "副{k}长",
    "vice2": "副{k}长",
    "vice3": "副{k}长",
    "npc": "{k}人大常委会主任",
    "npc_vice1": "{k}人大常委会副主任",
    "npc_vice2": "{k}人大常委会副主任",
    "cppcc": "{k}政协主席",
    "cppcc_vice1": "{k}政协副主席",
    "cppcc_vice2": "{k}政协副主席",
    "discipline_vice": "{k}纪委副书记、{k}监委副主任",
}
# Titles a presider uses in the organ they lead.
PRESIDING_TITLES = {
    "npc": "{k}人大常委会党组书记、主任",
    "cppcc": "{k}政协党组书记、主席",
}

# Chains of promotion: when the head of a chain leaves, everyone moves up one post.
_CHAINS: tuple[tuple[str, ...], ...] = (
    ("secretary", "mayor", "exec_vice", "vice1"),
    ("npc", "deputy_secretary", "organisation"),
    ("cppcc", "politics_law", "vice2"),
)
_SINGLE = (
    "propaganda",
    "discipline",
    "office",
    "vice3",
    "npc_vice1",
    "npc_vice2",
    "cppcc_vice1",
    "cppcc_vice2",
    "discipline_vice",
)


class NamePool:
    """Unique fictional names, drawn in a fixed order from one random generator."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._used: set[str] = set()

    def draw(self) -> Person:
        while True:
            female = self._rng.random() < 0.3
            chars = _GIVEN_FEMALE if female else _GIVEN_MALE
            given = "".join(self._rng.choice(chars) for _ in range(self._rng.choice((1, 2, 2))))
            name = self._rng.choice(_SURNAMES) + given
            if name not in self._used and len(set(name)) == len(name):
                self._used.add(name)
                return Person(name, female)


@dataclass(frozen=True)
class Roster:
    """Who held each post from one date on, for one region."""

    region: Region
    starts: tuple[dt.date, ...]
    holders: tuple[dict[str, Person], ...] = field(repr=False)

    def on(self, day: dt.date) -> dict[str, Person]:
        i = bisect.bisect_right(self.starts, day) - 1
        return self.holders[max(i, 0)]

    def title(self, post: str, presiding: bool = False) -> str:
        template = PRESIDING_TITLES.get(post, POSTS[post]) if presiding else POSTS[post]
        return template.format(k=self.region.kind)

    def people(self) -> set[str]:
        return {p.name for h in self.holders for p in h.values()}


def _random_day(rng: random.Random, year: int) -> dt.date:
    return dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))


def build_roster(region: Region, rng: random.Random, names: NamePool) -> Roster:
    """Simulate 2016-2025: chain heads change every few years, other posts once or twice."""
    current = {post: names.draw() for post in POSTS}
    events: list[tuple[dt.date, str]] = []
    for head, *_ in _CHAINS:
        year = FIRST_YEAR + rng.randrange(1, 3)
        while year <= LAST_YEAR:
            events.append((_random_day(rng, year), head))
            year += rng.randrange(3, 5)
    for post in _SINGLE:
        for _ in range(rng.choice((1, 1, 2))):
            events.append((_random_day(rng, rng.randrange(FIRST_YEAR + 1, LAST_YEAR + 1)), post))
    starts = [dt.date(FIRST_YEAR, 1, 1)]
    holders = [dict(current)]
    for day, post in sorted(events):
        chain = next((c for c in _CHAINS if c[0] == post), (post,))
        for upper, lower in itertools.pairwise(chain):
            current[upper] = current[lower]
        current[chain[-1]] = names.draw()
        if starts[-1] == day:
            holders[-1] = dict(current)
        else:
            starts.append(day)
            holders.append(dict(current))
    return Roster(region, tuple(starts), tuple(holders))


def build_world(seed: int) -> tuple[tuple[Roster, ...], tuple[Person, ...]]:
    """Rosters for every region and a separate pool of reporters and editors (bylines)."""
    rng = random.Random(f"demo-world:{seed}")
    names = NamePool(rng)
    rosters = tuple(build_roster(region, rng, names) for region in REGIONS)
    staff = tuple(names.draw() for _ in range(24))
    return rosters, staff
