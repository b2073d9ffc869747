"""The judge of furniture lines by shape (etl/extract/cleaning/line_shapes.py) and its training script.

Every page and line here is invented, in shapes learned from real pages (no text of them)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from etl.extract.cleaning.clean import clean
from etl.extract.cleaning.line_shapes import (
    FEATURES,
    SHAPES,
    ShapeJudge,
    furniture_scores,
    judged_by,
    line_features,
    load_judge,
    margin_indices,
    without_shaped_furniture,
)
from scripts.train_furniture import kept_lines, labels, main, raw_lines, read_pages

_BODY = [
    "3月5日上午，某某县委常委会召开会议，县委书记甲某某主持会议并讲话。",
    "会议传达学习了有关会议精神，研究部署了全县近期的重点工作任务。",
    "会议强调，要紧盯目标任务，压实工作责任，确保各项工作落地见效。",
]


def _digits_judge(threshold: float = 0.5) -> ShapeJudge:
    """A judge made by hand: furniture is a line mostly of digits (every other weight nought)."""
    weights = tuple(20.0 if f == "share_digit" else 0.0 for f in FEATURES)
    return ShapeJudge(FEATURES, (0.5,) * len(FEATURES), (1.0,) * len(FEATURES), weights, 0.0, threshold)


# -- features ---------------------------------------------------------------------------------


def test_a_publish_strip_has_the_shapes_of_one() -> None:
    lines = ["某某县召开县委常委会会议", "2024-03-06 10:20 | 来源：某某县融媒体中心", *_BODY]
    strip = line_features(lines, 1)
    assert strip["date_shape"] == 1.0 and strip["time_shape"] == 1.0
    assert strip["colon"] == 1.0 and strip["separator"] == 1.0
    assert strip["first_digit"] == 1.0 and strip["last_cjk"] == 1.0
    assert strip["before_body"] == 1.0 and strip["after_body"] == 0.0
    assert strip["ends_sentence"] == 0.0 and strip["prev_meeting_word"] == 1.0


def test_a_sentence_of_the_body_has_the_shapes_of_one() -> None:
    lines = ["某某网", *_BODY, "返回首页"]
    body = line_features(lines, 2)
    assert body["ends_sentence"] == 1.0 and body["full_stop"] == 1.0 and body["comma"] == 1.0
    assert body["before_body"] == 0.0 and body["after_body"] == 0.0
    assert body["share_cjk"] > 0.8 and body["share_digit"] == 0.0
    assert body["last_end"] == 1.0 and body["first_cjk"] == 1.0
    assert math.isclose(body["log_length"], math.log1p(len(lines[2])) / 5)


def test_place_neighbours_repeats_and_page_words() -> None:
    lines = ["某某网", *_BODY, "返回首页", "某某网"]
    footer = line_features(lines, 4)
    assert footer["after_body"] == 1.0 and footer["page_words_share"] == 1.0
    assert footer["prev_ends_sentence"] == 1.0 and footer["next_none"] == 0.0
    assert line_features(lines, 0)["repeats"] == 1.0 and line_features(lines, 0)["prev_none"] == 1.0
    assert line_features(lines, 5)["next_none"] == 1.0 and line_features(lines, 5)["rank_bottom"] == 0.0
    assert line_features(["（一）研究某某工作", *_BODY], 0)["enumerator"] == 1.0


# -- margins and decisions ---------------------------------------------------------------------


def test_margins_spare_the_headline_what_follows_it_lists_and_need_a_body() -> None:
    lines = ["某某网", "某某县召开县委常委会会议", "0101 77", *_BODY, "二、研究某某工作", "3300 88"]
    assert margin_indices(lines) == [0, 7]  # not the headline (1), its deck (2), the body (3-5), a list item (6)
    assert margin_indices(["某某网", "第3页 共5页", "返回"]) == []  # no body: no margin is known
    listed = ["某某县召开县委常委会会议", *_BODY, "出席会议人员名单如下：", "4411 07", "4412 08"]
    assert margin_indices(listed) == []  # a list under its heading, not a footer


@pytest.mark.parametrize(
    "line",
    ["周明远 李晓禾", "5月6日上午", "某市年鉴（2019）", "7734 | 0091 | 2265", "某某主持", "（三）0091 2265"],
)
def test_lines_the_other_readers_need_are_spared(line: str) -> None:
    assert margin_indices(["某某县召开县委常委会会议", *_BODY, line]) == []
    assert margin_indices([line, "某某县召开县委常委会会议", *_BODY]) == []


def test_the_judge_cuts_only_in_the_margins_and_records_its_rule() -> None:
    lines = ["0306 1020 77", "某某县召开县委常委会会议", *_BODY, "88 3300 06", "某某县融媒体中心"]
    removals: list[tuple[str, str]] = []
    with judged_by(_digits_judge()):
        kept = without_shaped_furniture(lines, removals)
    assert kept == ["某某县召开县委常委会会议", *_BODY, "某某县融媒体中心"]
    assert removals == [("line_shape", "0306 1020 77"), ("line_shape", "88 3300 06")]


def test_a_line_of_furniture_shape_inside_the_body_stays() -> None:
    lines = ["某某县召开县委常委会会议", _BODY[0], "0306 1020 77", _BODY[1]]
    removals: list[tuple[str, str]] = []
    with judged_by(_digits_judge()):
        assert without_shaped_furniture(lines, removals) == lines
    assert removals == []


def test_no_judge_cuts_nothing_and_the_threshold_decides() -> None:
    lines = ["0306 1020 77", "某某县召开县委常委会会议", *_BODY]
    removals: list[tuple[str, str]] = []
    with judged_by(None):
        assert without_shaped_furniture(lines, removals) == lines
    with judged_by(_digits_judge(threshold=0.999999)):
        assert without_shaped_furniture(lines, removals) == lines
    assert removals == []


def test_clean_calls_the_judge_last_on_the_lines_the_rules_kept() -> None:
    text = "\n".join(["某某县召开县委常委会会议", *_BODY, "7734 0091 2265"])
    with judged_by(_digits_judge()):
        cleaned = clean(text)
    assert ("line_shape", "7734 0091 2265") in cleaned.removals
    assert cleaned.text.split("\n") == ["某某县召开县委常委会会议", *_BODY]
    with judged_by(None):
        assert "7734 0091 2265" in clean(text).text


# -- the shipped weights -----------------------------------------------------------------------


def test_the_shipped_weights_load_and_judge_an_invented_page() -> None:
    judge = load_judge()
    assert judge.features == FEATURES and 0.5 <= judge.threshold < 1.0
    page = ["某某县召开县委常委会会议", *_BODY, "展开 | 收起 | 上一版"]
    scores = furniture_scores(page, judge)
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert max(scores[1:4]) < 0.5  # sentences of the body are report text to it
    assert scores[0] < judge.threshold  # and the headline (which the margins spare anyway)


def test_a_weights_file_of_other_features_is_refused_with_its_name(tmp_path: Path) -> None:
    bad = tmp_path / "shapes.tsv"
    bad.write_text("# bias\t0\n# threshold\t0.9\nlength\t0\t1\t0\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"shapes\.tsv.*retrain"):
        load_judge(bad)
    bad.write_text("# bias\tx\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"shapes\.tsv: line 1"):
        load_judge(bad)
    rows = "".join(f"{f}\t0\t1\t0\n" for f in FEATURES)
    bad.write_text("# bias\t0\n" + rows, encoding="utf-8")
    with pytest.raises(ValueError, match="threshold"):
        load_judge(bad)


# -- the training script -----------------------------------------------------------------------


def _annotated(folder: Path, pages: list[tuple[str, dict[str, object]]]) -> Path:
    folder.mkdir(parents=True)
    rows = []
    for n, (text, fields) in enumerate(pages, 1):
        name = f"{n:03d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        rows.append(json.dumps({"file": name, "is_report": True, **fields}, ensure_ascii=False))
    (folder / "annotations.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def _page(n: int) -> tuple[str, dict[str, object]]:
    head = [f"某某{n}号网", f"第{n:02d}版 0{n}1{n}", f"某某县召开第{n}次常务会议"]
    tail = [f"[{n}{n}{n}{n}] 0{n}:{n}{n}", "某某县融媒体中心 版权所有"]
    text = "\n".join(head + _BODY + tail)
    return text, {
        "meeting_type": "常务会议",
        "presider": {"name": "甲某某", "title": "县委书记"},
        "speakers": [{"name": "甲某某", "said": ["紧盯目标任务"]}],
        "meeting_voice": ["研究部署了全县近期"],
        "boilerplate_lines": [f"第{n:02d}版 0{n}1{n}", f"[{n}{n}{n}{n}] 0{n}:{n}{n}"],
    }


def test_lines_are_labelled_from_the_annotation(tmp_path: Path) -> None:
    (page,) = read_pages(_annotated(tmp_path / "set", [_page(1)]))
    lines = raw_lines(page.text)
    got = labels(lines, page)
    assert got[lines.index("第01版 0111")] == 1 and got[lines.index("[1111] 01:11")] == 1
    assert got[lines.index(_BODY[1])] == 0 and got[lines.index(_BODY[2])] == 0
    assert got[lines.index("某某县召开第1次常务会议")] == 0  # the headline names the meeting type
    assert got[lines.index("某某1号网")] is None  # neither kind: left out
    assert set(kept_lines(page.text)) <= set(lines)


def test_the_script_trains_a_judge_that_loads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _annotated(tmp_path / "set", [_page(n) for n in range(1, 5)])
    out = tmp_path / "shapes.tsv"
    assert main([str(folder), "--out", str(out), "--threshold", "0.8"]) == 0
    judge = load_judge(out)
    assert judge.threshold == 0.8 and judge.features == FEATURES
    assert "furniture" in capsys.readouterr().out
    page = raw_lines(_page(7)[0])
    scores = furniture_scores(page, judge)
    assert scores[page.index("[7777] 07:77")] > scores[page.index(_BODY[1])]


def test_leave_one_out_reads_each_set_with_a_judge_of_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = _annotated(tmp_path / "a", [_page(1), _page(2)])
    b = _annotated(tmp_path / "b", [_page(3), _page(4)])
    assert main([str(a), str(b), "--leave-one-out", "--thresholds", "0.5,0.9"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines() if "\t" in line]
    assert rows[0][:3] == ["set", "threshold", "boilerplate"]
    assert [(r[0], r[1]) for r in rows[1:]] == [
        (str(a), "0.50"),
        (str(a), "0.90"),
        (str(b), "0.50"),
        (str(b), "0.90"),
        ("ALL", "0.50"),
        ("ALL", "0.90"),
    ]
    assert rows[-1][2] == "8"  # two annotated strings on each of four pages


def test_a_folder_without_annotations_or_with_a_missing_page_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match=r"no annotations\.jsonl"):
        read_pages(tmp_path)
    (tmp_path / "annotations.jsonl").write_text('{"file": "009.txt"}\n', encoding="utf-8")
    with pytest.raises(SystemExit, match=r"009\.txt"):
        read_pages(tmp_path)
    (tmp_path / "annotations.jsonl").write_text("{not json\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="line 1 is not JSON"):
        read_pages(tmp_path)


def test_the_weights_file_ships_beside_the_other_resources() -> None:
    assert SHAPES.parent.name == "resources" and SHAPES.suffix == ".tsv" and SHAPES.is_file()
