"""Regex helpers shared by the readers (clean, dates, organs, people).

Patterns are written in simplified characters; ``tc`` widens every character that has a
traditional form into a class (会 -> [会會]) so one pattern reads both scripts without
converting the text (conversion would cost more than all the reading together).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from pathlib import Path

# Traditional forms opencc's one-character conversion does not give (it gives one form of a
# character with several, or a rarer one): 签 is 簽 on most pages, 汇报 is also 彙報.
_EXTRA = {
    "布": "佈",
    "核": "覈",
    "台": "臺檯颱",
    "里": "裏",
    "着": "著",
    "于": "於",
    "周": "週",
    "签": "簽",
    "汇": "彙",
    "说": "説",  # the Hong Kong form (他説)
    "制": "製",
    "系": "係繫",
    "志": "誌",
    "获": "穫",
    "历": "曆",
    "复": "複",
    "干": "乾",
    "松": "鬆",
    "卷": "捲",
    "只": "隻",
    "症": "癥",
    "注": "註",  # 註冊, 註銷: opencc keeps 注 one character at a time
    "钟": "鐘",  # the surname is written 鍾 and 鐘 (opencc gives 鍾 only)
}

CJK = "\u4e00-\u9fff"
STOP = "。！？!?"  # sentence ends
COMMA = "，,、；;：:"


# opencc's one-character traditional forms of every CJK character that has any, written out
# once (``write_traditional_forms``): loading its s2t and s2tw dictionaries took 0.2-0.4 s at
# every start of a process that reads reports. A test checks the file against opencc.
TRADITIONAL_FORMS = Path(__file__).resolve().parent / "resources" / "traditional_forms.tsv"
_FORMS_HEADER = (
    "# opencc's one-character traditional forms (s2t, s2tw) of each simplified CJK character that has\n"
    "# any: the character, a tab, its forms. Generated: python -m etl.extract.text.patterns\n"
)


def opencc_traditional_forms() -> dict[str, str]:
    """Each CJK character -> its one-character traditional forms by opencc (s2t, s2tw), in order."""
    import opencc

    converters = (opencc.OpenCC("s2t"), opencc.OpenCC("s2tw"))
    forms: dict[str, str] = {}
    for code in range(0x4E00, 0xA000):
        ch = chr(code)
        found = dict.fromkeys(t for conv in converters if len(t := conv.convert(ch)) == 1 and t != ch)
        if found:
            forms[ch] = "".join(found)
    return forms


def write_traditional_forms(path: Path = TRADITIONAL_FORMS) -> None:
    rows = "".join(f"{ch}\t{forms}\n" for ch, forms in opencc_traditional_forms().items())
    path.write_text(_FORMS_HEADER + rows, encoding="utf-8")


@functools.lru_cache(maxsize=1)
def _traditional_forms() -> dict[str, str]:
    lines = TRADITIONAL_FORMS.read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if line and not line.startswith("#"))


@functools.lru_cache(maxsize=4096)
def _variants(ch: str) -> str:
    """``ch`` first, then its traditional forms (opencc's, then ``_EXTRA``'s)."""
    return "".join(dict.fromkeys(ch + _traditional_forms().get(ch, "") + _EXTRA.get(ch, "")))


def spellings(word: str) -> set[str]:
    """Every spelling of ``word`` in the simplified and traditional forms of its characters
    (点阅率 -> 点阅率, 點閱率, 點阅率 ...), for set lookups where a pattern would be too slow."""
    return {"".join(chars) for chars in itertools.product(*(_variants(ch) for ch in word))}


@functools.lru_cache(maxsize=1)
def _to_simplified() -> object:
    import opencc

    return opencc.OpenCC("t2s")


def simplified_page(text: str) -> str:
    """A whole text in simplified script, or ``text`` itself where opencc would change its length.

    Not cached: a page is read once, and a cache of pages holds every page a worker reads (the
    bench's 50 M characters: 200 MiB of one worker)."""
    conv = _to_simplified()
    out: str = conv.convert(text)  # type: ignore[attr-defined]
    return out if len(out) == len(text) else text


@functools.lru_cache(maxsize=8192)
def simplified(word: str) -> str:
    """A short key word (a person's name, a place) in simplified script: 吳霞蘭 -> 吴霞兰.

    Cached, as the same names and posts come back on every page; a page goes to ``simplified_page``."""
    return simplified_page(word)


def tc(pattern: str) -> str:
    """``pattern`` with each simplified CJK character also matching its traditional form."""
    out: list[str] = []
    in_class = escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
            continue
        if ch == "\\":
            escaped = True
            out.append(ch)
            continue
        if in_class:
            if ch == "]":
                in_class = False
            out.append(_variants(ch) if "\u4e00" <= ch <= "\u9fff" else ch)
            continue
        if ch == "[":
            in_class = True
            out.append(ch)
            continue
        if "\u4e00" <= ch <= "\u9fff":
            v = _variants(ch)
            out.append(f"[{v}]" if len(v) > 1 else ch)
        else:
            out.append(ch)
    return "".join(out)


def compile_tc(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(tc(pattern), flags)


# Sentence pieces: text up to a sentence end (with closing quotes) and any following newlines.
SENTENCE = re.compile(r"[^。！？!?\n]*[。！？!?]*[”’」』)）]*\n*")

# Common single-character surnames (a linguistic resource, not a list of people) and the
# compound ones; names are only read right after a title, so this only filters noise.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左"
    "柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶"
    "解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬"
    "边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原"
    "栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计"
    "索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕"
    "危玉银亢嵩帖植竺佴生达贝揭弓寿荀铁衣淡"
    # less frequent, yet common enough in official posts
    "傅赖洪萧阎代展戎步幸冒郗濮阴庹綦雒邴禄汝贡凤蔚郦宓牧冶鄂毋钮殳贲扶宦桓蒯逄勾隗郇侍泮糜习寸茆令"
    # rare ones of the south and centre, seen in posts: 旷 (Hunan), 蹇, 谯, 昝, 缑, 郄, 禤, 訾, 眭, 苻 (Hainan)
    "旷蹇谯昝缑郄禤訾眭苻"
    # rare ones of the north (Shandong, Hebei), seen in posts: 信
    "信"
    # Korean families of the north-east (Yanbian), seen in posts: 千, 玄, 咸, 琴
    "千玄咸琴"
    # a Hui family of the north-west (Gansu), seen in posts: 妥
    "妥"
    # a family of the north-east (Liaoning, Hebei), seen in posts: 才
    "才"
    # a family of Anhui and Hubei (Anqing, Huangmei), seen in posts: 操
    "操"
)
COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "诸葛",
    "上官",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "令狐",
    "长孙",
    "宇文",
    "司徒",
    "夏侯",
    "轩辕",
    "端木",
    "南宫",
    "西门",
    "独孤",
    "钟离",
    "呼延",
    "淳于",
    "赫连",
    "澹台",
    "申屠",
    "闻人",
    "万俟",
    "太史",
    "拓跋",
    "完颜",
)


# Yi clan names (凉山, 楚雄 …): a two-character surname, then a two-character given name, so a Yi official's
# name has four characters (曲木某某, 吉克某某). Read like the compound surnames.
YI_CLANS = (
    "曲木",
    "吉克",
    "阿苏",
    "沙马",
    "沙玛",
    "吉木",
    "俄木",
    "阿西",
    "海来",
    "木乃",
    "勒格",
    "果基",
    "瓦扎",
    "尔古",
    "吉伍",
    "阿尔",
    "阿牛",
    "马黑",
    "巴莫",
    "曲比",
    "倮伍",
    "阿侯",
    "莫色",
    "金古",
    "贾巴",
    "阿木",
)


# Tibetan names have no surname: two two-character parts (洛桑久美, 白玛朗杰, 索朗仁增). A name whose first
# part is a common one is read like a compound surname and its given name (four characters in all).
TIBETAN_FIRST_PARTS = (
    "洛桑",
    "罗桑",
    "罗松",
    "白玛",
    "索朗",
    "次仁",
    "扎西",
    "格桑",
    "旦增",
    "丹增",
    "尼玛",
    "强巴",
    "平措",
    "顿珠",
    "普布",
    "边巴",
    "次旦",
    "嘎玛",
    "罗布",
    "土登",
    "达瓦",
    "益西",
    "贡嘎",
    "巴桑",
    "占堆",
    "群培",
    # the Amdo spellings of Qinghai and Gansu (尕玛才旦, 尕藏某某, 多杰某某, 更登某某)
    "尕玛",
    "尕藏",
    "多杰",
    "更登",
)


# Mongolian names have no surname either; a name whose first syllables are a common opening (呼尔查,
# 呼日勒, 斯琴某某) is read the same way.
MONGOLIAN_FIRST_PARTS = (
    "呼尔",
    "呼日",
    "斯琴",
    "宝音",
    "额尔",
    "特木",
    "巴音",  # 巴音某某 (巴 alone is a surname too: 巴某, 巴某某)
)


def spaced_alternation(words: Iterable[str]) -> str:
    """An alternation of ``words``, each with one optional space (ASCII or ideographic) between its characters:
    a label spaced to fill a cell or a line (索 引 号, 记 者)."""
    return "|".join("[ \u3000]?".join(word) for word in words)


def surname_class() -> str:
    """A regex class of single surnames, traditional forms included."""
    chars = "".join(sorted({v for ch in SURNAMES for v in _variants(ch)}))
    return f"[{chars}]"


def compound_alternation() -> str:
    return "|".join(tc(s) for s in COMPOUND_SURNAMES + YI_CLANS + TIBETAN_FIRST_PARTS + MONGOLIAN_FIRST_PARTS)


if __name__ == "__main__":
    write_traditional_forms()
