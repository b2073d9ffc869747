"""Betting brands a hijacked mirror injects in place of a place name, inside sentences.

A line rule cannot see them: they sit mid-sentence (安排某某版体育投注平台后汛期工作). Their
evidence is the page itself: the same brand stands wherever the place name stood, so what every
occurrence shares before its betting words is the brand's own. A Latin brand with digits before a
site word (某某365官网) is known by its shape alone.
"""

from __future__ import annotations

from etl.extract.text.patterns import compile_tc

__all__ = ["CASINO_BRAND", "CASINO_WORDS", "LATIN_BRAND", "betting_brands", "without_brands"]

# A Latin brand with its digits before a site word, in place of a school's or a town's name
# (日前，BET356官网根据…): report text names no site so (ISO9001, G20 and 5G have no site word).
LATIN_BRAND = compile_tc(r"(?<![A-Za-z0-9])[A-Za-z]{2,10}\d{2,4}(?:官网|官方网站|官方平台)(?:首页|入口)?")

# A casino's name after its site code of digits and letters, in place of a school's or a town's name
# (1929cc威尼斯, 3983金沙, 8828葡京): no report glues a code to these names.
CASINO_WORDS = ("威尼斯", "葡京", "金沙", "银河", "銀河", "永利", "太阳城", "太陽城", "新濠", "皇冠")
CASINO_BRAND = compile_tc(
    r"(?<![A-Za-z0-9])(?:\d{2,5}[A-Za-z]{1,4}|\d{4,5}|[A-Za-z]{1,4}\d{2,5}[A-Za-z]{0,3})"
    r"(?:威尼斯人?|新葡京|葡京|金沙(?!江)|银河|永利|太阳城|新濠天地|皇冠)(?:娱乐|官网|平台|app|APP)?"
)
# The state lotteries' outlets and sales are report words (体育彩票投注站, 福利彩票投注点), never a brand.
_BETTING = compile_tc(
    r"(?:体育|娱乐|(?<!体育|福利)彩票|棋牌|博彩|电竞)投注(?:(?:平台|网站|官网|网|app|APP)|(?![站点额]))"
)
_SITE_WORD_END = ("平台", "网站", "官网", "网", "app", "APP", "平臺", "網站", "官網", "網")
_BRAND_PREFIX_MAX = 10  # how far before the betting words a brand repeated on the page may reach


def _common_suffix(texts: list[str]) -> str:
    """The longest string every one of ``texts`` ends with."""
    shortest = min(texts, key=len)
    n = 0
    while n < len(shortest) and all(t[-1 - n] == shortest[-1 - n] for t in texts):
        n += 1
    return shortest[len(shortest) - n :]


def betting_brands(norm: str) -> list[str]:
    """Betting brands injected in place of a place name. Where the page repeats one, the brand
    reaches back over what every occurrence shares before its betting words (某某版体育投注平台);
    once only, the two characters before them."""
    if "投注" not in norm:
        return []
    brands: set[str] = set()
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
