"""Betting brands a hijacked mirror injects in place of a place name, inside sentences.

A line rule cannot see them: they sit mid-sentence (安排某某版体育投注平台后汛期工作). Their
evidence is the page itself: the same brand stands wherever the place name stood, so what every
occurrence shares before its betting words is the brand's own. A Latin brand with digits before a
site word (某某365官网) is known by its shape alone. A casino's live-dealer brand (某某会真人第一品牌游戏合营) is
known the same way, by the 真人…游戏 words every occurrence holds and what they share around them.
"""

from __future__ import annotations

import re

from etl.extract.text.patterns import compile_tc

__all__ = ["CASINO_BRAND", "CASINO_WORDS", "LATIN_BRAND", "betting_brands", "live_dealer_brands", "without_brands"]

# A Latin brand with its digits before a site word, in place of a school's or a town's name
# (日前，BET356官网根据…): report text names no site so (ISO9001, G20 and 5G have no site word).
LATIN_BRAND = compile_tc(r"(?<![A-Za-z0-9])[A-Za-z]{2,10}\d{2,4}(?:官网|官方网站|官方平台)(?:首页|入口)?")

# A casino's name after its site code of digits and letters, in place of a school's or a town's name
# (1929cc威尼斯, 3983金沙, 8828葡京): no report glues a code to these names.
CASINO_WORDS = ("威尼斯", "葡京", "金沙", "银河", "銀河", "永利", "太阳城", "太陽城", "新濠", "皇冠")
# Without a code, the casino's name glued to its gambling word (澳门金沙博彩娱乐平台, 金沙博彩) is one too: a
# report writes of 网络赌博 or 跨境赌博, never of a casino's 博彩 by its name.
CASINO_BRAND = compile_tc(
    r"(?<![A-Za-z0-9])(?:\d{2,5}[A-Za-z]{1,4}|\d{4,5}|[A-Za-z]{1,4}\d{2,5}[A-Za-z]{0,3})"
    r"(?:威尼斯人?|新葡京|葡京|金沙(?!江)|银河|永利|太阳城|新濠天地|皇冠)(?:娱乐|官网|平台|app|APP)?"
    r"|(?:澳门)?(?:威尼斯人?|新葡京|葡京|金沙|银河|永利|太阳城|新濠天地|皇冠)(?:博彩|赌场|娱乐城|娱乐场)"
    r"(?:娱乐)?(?:平台|官网|网站|app|APP)?"
)
# The state lotteries' outlets and sales are report words (体育彩票投注站, 福利彩票投注点), never a brand.
_BETTING = compile_tc(
    r"(?:体育|娱乐|(?<!体育|福利)彩票|棋牌|博彩|电竞)投注(?:(?:平台|网站|官网|网|app|APP)|(?![站点额]))"
)
# A casino's live-dealer words (真人…游戏, 真人视讯, 真人百家乐): a brand's, never a report's, when repeated.
_LIVE_DEALER = compile_tc(r"真人[\u4e00-\u9fff]{0,6}?(?:游戏|娱乐|视讯|百家乐|棋牌)")
_BRAND_SUFFIX_MAX = 4  # how far after the live-dealer words a brand repeated on the page may reach
_SITE_WORD_END = ("平台", "网站", "官网", "网", "app", "APP", "平臺", "網站", "官網", "網")
_BRAND_PREFIX_MAX = 10  # how far before the betting words a brand repeated on the page may reach


def _common_suffix(texts: list[str]) -> str:
    """The longest string every one of ``texts`` ends with."""
    shortest = min(texts, key=len)
    n = 0
    while n < len(shortest) and all(t[-1 - n] == shortest[-1 - n] for t in texts):
        n += 1
    return shortest[len(shortest) - n :]


def _common_prefix(texts: list[str]) -> str:
    """The longest string every one of ``texts`` starts with."""
    return _common_suffix([t[::-1] for t in texts])[::-1]


def live_dealer_brands(norm: str) -> list[str]:
    """A casino's live-dealer brand a mirror put in place of a company's or a place's name, at least twice
    (某某会真人第一品牌游戏合营): the brand reaches over what every occurrence shares before and after its
    真人…游戏 words, up to a sentence mark. Once only it is not read (a report may tell of a 真人 game)."""
    if "真人" not in norm:
        return []
    spans = [m.span() for m in _LIVE_DEALER.finditer(norm)]
    if len(spans) < 2 or len({norm[a:b] for a, b in spans}) != 1:
        return []
    befores = [_after_last_mark(norm[max(0, a - _BRAND_PREFIX_MAX) : a]) for a, _ in spans]
    afters = [_before_first_mark(norm[b : b + _BRAND_SUFFIX_MAX]) for _, b in spans]
    a, b = spans[0]
    return [_common_suffix(befores) + norm[a:b] + _common_prefix(afters)]


def _after_last_mark(text: str) -> str:
    return re.split(r"[^\u4e00-\u9fffA-Za-z0-9]", text)[-1]


def _before_first_mark(text: str) -> str:
    return re.split(r"[^\u4e00-\u9fffA-Za-z0-9]", text)[0]


def betting_brands(norm: str) -> list[str]:
    """Betting brands injected in place of a place name. Where the page repeats one, the brand
    reaches back over what every occurrence shares before its betting words (某某版体育投注平台);
    once only, the two characters before them. Also a live-dealer brand (``live_dealer_brands``)."""
    if "投注" not in norm:
        return live_dealer_brands(norm)
    brands: set[str] = set(live_dealer_brands(norm))
    by_anchor: dict[str, list[int]] = {}
    for m in _BETTING.finditer(norm):
        by_anchor.setdefault(m.group(0), []).append(m.start())
    for anchor, starts in by_anchor.items():
        befores = [norm[max(0, s - _BRAND_PREFIX_MAX) : s] for s in starts]
        if len(starts) == 1 and not anchor.endswith(_SITE_WORD_END):
            continue  # once, without a site word (打击非法体育投注): a report's words, not an injection
        prefix = _common_suffix(befores) if len(starts) > 1 else befores[0][-2:]
        prefix = prefix[len(prefix) - len(prefix.lstrip("，,。；;：:、 \n")) :] if prefix else prefix
        brands.add(prefix.split("\n")[-1] + anchor)
    return sorted(brands, key=len, reverse=True)


def without_brands(line: str, brands: list[str], removals: list[tuple[str, str]]) -> str:
    for brand in brands:
        if brand in line:
            removals.append(("spam", brand))
            line = line.replace(brand, "")
    return line
