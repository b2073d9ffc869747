"""One set of distinct reports written in three layouts: one JSONL file, one CSV file, many files.

The reports are made up here (names, organs, dates and topics combined by number), in the shapes
real meeting reports take: a dated opening naming the organ and the presider, what the meeting
stressed, a speaker with what he said, and a licence line that every row of a dump carries (the
evidence pass finds it in every layout: in the one file's rows, and in each small file and their
folder).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from etl.contract import schema
from etl.io.warehouse import Warehouse

_ORGANS = (
    ("区委", "常委会会议", "区委书记"),
    ("区政府", "常务会议", "区长"),
    ("县委", "理论学习中心组学习会", "县委书记"),
)
_SURNAMES = "林周陈吴郑王李赵孙"
_GIVEN = ("海涛", "明远", "建国", "晓峰", "立新", "文博", "振华")
_TOPICS = ("乡村振兴", "生态环境保护", "安全生产", "营商环境", "科技创新", "招商引资", "党的建设", "民生保障")
LICENCE = "本数据集仅供研究使用，转载请注明来源。"


def _name(i: int) -> str:
    return _SURNAMES[i % len(_SURNAMES)] + _GIVEN[(i // len(_SURNAMES)) % len(_GIVEN)]


def report(i: int) -> dict[str, str]:
    """Report ``i``: a title and a text distinct from every other report's."""
    organ, meeting, head = _ORGANS[i % len(_ORGANS)]
    topic, other = _TOPICS[i % len(_TOPICS)], _TOPICS[(i * 3 + 1) % len(_TOPICS)]
    month, day = 1 + i % 12, 1 + (i * 7) % 28
    text = (
        f"{2018 + i % 6}年{month}月{day}日，中共青禾{organ}召开{meeting}（第{i + 1}次）。{head}{_name(i)}主持会议。\n"
        f"会议强调，要坚持以{topic}为重点，统筹推进{other}，确保第{i + 1}项任务落实见效。\n"
        f"副{head[-2:]}{_name(i + 3)}就{other}工作讲话。他表示，要抓好{topic}，第{i * 13 % 97}个项目年内开工。\n"
        f"{LICENCE}\n"
    )
    return {"title": f"青禾{organ}{meeting}第{i + 1}次", "content": text}


def write_layouts(root: Path, n: int, files: int) -> dict[str, Path]:
    """The same ``n`` reports as one JSONL file, one CSV file and ``files`` JSONL files in a folder."""
    rows = [report(i) for i in range(n)]
    layouts = {name: root / name for name in ("jsonl", "csv", "many")}
    for folder in layouts.values():
        folder.mkdir(parents=True)
    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in rows]
    (layouts["jsonl"] / "dump.jsonl").write_text("".join(lines), encoding="utf-8")
    with open(layouts["csv"] / "dump.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, ["title", "content"])
        writer.writeheader()
        writer.writerows(rows)
    for k in range(files):
        (layouts["many"] / f"part-{k:02d}.jsonl").write_text("".join(lines[k::files]), encoding="utf-8")
    return layouts


CONTENT_TABLES = (schema.MEETINGS, schema.PEOPLE, schema.SPEECHES, schema.TERMS, schema.THEMES, schema.FORMULAS)


def contents(warehouse: Path) -> dict[str, list[tuple[str, ...]]]:
    """The meetings, people, speeches and count tables, sorted, without where rows were read from."""
    wh = Warehouse.open(warehouse)
    out = {}
    for table in CONTENT_TABLES:
        columns = [c for c in table.column_names if c not in ("source", "input")]
        out[table.name] = sorted(tuple(str(r[c]) for c in columns) for r in wh.read(table.name, columns).to_pylist())
    return out
