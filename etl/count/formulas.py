"""提法: listed formulas (四个意识), numeral formulas (三大攻坚战) and quoted slogans (“大强美富通”).

Three finders propose spans; overlapping spans count once, the longest winning (listed ones
first on a tie). A quoted text that is itself a listed or numeral formula (“四个意识”) counts
as that formula without its quotes, so the same 提法 is one key whether quoted or not; any
other quoted text of 2-12 characters counts as a slogan with its quotes (“双胜利”).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from etl.count.matching import PatternSet

__all__ = ["FormulaFinder"]

_SLOGAN = re.compile(r"“([^“”\n]{2,12})”")
_NUMERAL = "一二两三四五六七八九十百千"
# Numeral + classifier + 2-4 character noun phrase, ending at a boundary, and not after another
# numeral, 第 or a digit. That condition is checked after the first numeral (the character
# before it, as a two-character lookbehind), so that the pattern starts with a character class,
# which the regex engine skips to; led by the lookbehind it tried every position (4x slower).
_NUMERAL_FORMULA = re.compile(
    rf"(?P<f>[{_NUMERAL}](?<![{_NUMERAL}第\d].)[{_NUMERAL}]{{0,2}}(?:个|项|大|种|条|张|类|化|支)"
    rf"(?P<noun>[\u4e00-\u9fff]{{2,4}}?))"
    r"(?=[^\u4e00-\u9fff]|$|的|和|与|及|等|为|上|中|建设|任务|工作|要求|部署|精神|目标|战略|行动|"
    r"重要|总体|体系|格局|方面)"
)
# Nouns after a numeral that make a plain quantity, not a formula (三个月, 两个方面, 五项工作).
_PLAIN = re.compile(
    r"^(?:月|年|天|日|星期|周|小时|分钟|方面|部分|环节|阶段|层次|问题|人|名|单位|部门|乡镇|街道|村|"
    r"企业|学校|医院|地方|地区|城市|国家|省|市|县|区|镇|点|次|批|类|工作|项目|百分点|多|余|以上|"
    r"左右|亿|万|千|百|重点|方向|措施|议题|事项|文件|小组|组|专班|班|队|领域|板块|片区|步骤|月份|季度)"
)

_PLAIN_ONE = re.compile(r"^一[个项种条]")  # 一个/一项 + noun is almost always a plain count
_CONGRESS = re.compile(r"^[一二三四五六七八九十]{2,3}大")  # 党的十九大/二十大 are congresses


class FormulaFinder:
    def __init__(self, listed: Iterable[str]) -> None:
        words = {w.strip() for w in listed if w and w.strip()}
        self._listed = frozenset(words)
        self._automaton = PatternSet(sorted(words))

    def _numeral(self, text: str, start: int, end: int) -> str | None:
        m = _NUMERAL_FORMULA.fullmatch(text, start, end)
        if m is None or _PLAIN.match(m["noun"]) or _PLAIN_ONE.match(m["f"]) or _CONGRESS.match(m["f"]):
            return None
        return m["f"]

    @property
    def patterns(self) -> PatternSet:
        return self._automaton

    def _spans(self, text: str, listed: Sequence[tuple[int, int, int]] | None) -> list[tuple[int, int, int, str]]:
        """(priority, start, end, formula) proposals; lower priority number wins ties."""
        found = self._automaton.find_indexes(text) if listed is None else listed
        words = self._automaton.words
        spans: list[tuple[int, int, int, str]] = [(0, start, end, words[i]) for i, start, end in found]
        for m in _NUMERAL_FORMULA.finditer(text):
            if (f := self._numeral(text, m.start(), m.end())) is not None:
                spans.append((1, m.start(), m.end(), f))
        for m in _SLOGAN.finditer(text):
            inner = m.group(1)
            if inner in self._listed or self._numeral(text, m.start(1), m.end(1)) == inner:
                continue  # counted through the listed or numeral finder, without quotes
            spans.append((2, m.start(), m.end(), m.group(0)))
        return spans

    def count(self, text: str, listed: Sequence[tuple[int, int, int]] | None = None) -> Counter[str]:
        """How often each formula occurs; overlaps count once (longest, then listed first).

        ``listed``: the listed formulas' occurrences in ``text`` (``patterns.find_indexes``), when
        a joint scan found them already."""
        counts: Counter[str] = Counter()
        spans = self._spans(text, listed)
        if not spans:
            return counts
        spans.sort(key=lambda s: (s[1] - s[2], s[0], s[1]))
        taken = bytearray(len(text))
        for _, start, end, formula in spans:
            if not any(taken[start:end]):
                taken[start:end] = b"\x01" * (end - start)
                counts[formula] += 1
        return counts
