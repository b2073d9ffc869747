"""Short reports written for the tests (fictional places and people)."""

from __future__ import annotations

from pathlib import Path

REPORTS = {
    "a/2021-03-02_changwei.txt": (
        "3月2日，中共青禾区委召开常委会会议。区委书记林海涛主持会议。\n"
        "会议强调，要坚持生态优先，打好污染防治攻坚战，推进乡村振兴。\n"
        "区委副书记、区长周明远就招商引资工作讲话。他表示，要优化营商环境，抓好项目建设。\n"
    ),
    "a/2022-07-15_changwu.txt": (
        "2022年7月15日，青禾区政府召开常务会议。区长周明远主持会议。\n"
        "会议研究了常态化疫情防控和安全生产工作。会议要求，压实安全生产责任。\n"
    ),
    "b/zhongxinzu_2023.txt": (
        "2023年11月8日，云岭县委理论学习中心组举行专题学习会。\n"
        "县委书记韩立新强调，要增强“四个意识”、坚定“四个自信”、做到“两个维护”，推动高质量发展。\n"
    ),
    "b/renda_2019.txt": (
        "2019年4月3日，云岭县人大常委会党组召开会议，研究脱贫攻坚监督工作。\n"
        "会议指出，要巩固脱贫攻坚成果，助力乡村振兴。\n"
    ),
}


def write_reports(folder: Path, reports: dict[str, str] | None = None) -> list[Path]:
    paths = []
    for name, text in (reports or REPORTS).items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
