"""clean(): held-out batch 33 and 34's furniture shapes (invented pages)."""

from __future__ import annotations

import pytest

from etl.extract.cleaning.clean import clean

BODY = "9月5日下午，县长某某主持召开县政府常务会议。会议研究了有关事项。"


@pytest.mark.parametrize(
    "lines",
    [
        # invented: a catalogue's fields in brackets, labels spaced to fill the cell, above the headline
        [
            "[索引号] 11610000/2024-00001 [ 主题分类 ] 其他",
            "[ 发布机构 ] 某县政府办 [ 发文日期 ]",
            "[ 名 称 ] 县政府召开常务会议",
        ],
        ["【文号】 某政办〔2024〕3号", "【 效力状态 】 有效"],
        # invented: a publish stamp with its clock and the site or paper after it
        ["2021-02-25 09:49    某某江网"],
        ["2023-06-01 10:21:05 某某日报"],
        # invented: a spun copy's source label (来源 replaced by a synonym)
        ["泉源:某某省政府网站"],
    ],
)
def test_furniture_lines_are_cut_and_the_report_kept(lines: list[str]) -> None:
    text = clean("\n".join(["县政府召开常务会议", *lines, BODY])).text
    assert BODY in text
    assert not any(line in text for line in lines)


@pytest.mark.parametrize(
    "line",
    [
        # invented: a report's own bracketed words and dated sentences stay
        "【会议要求】各乡镇要抓好落实，确保按期完成。",
        "2021-02-25 09:49 县委召开常委会议",
        "[发言摘要] 某某：要把学习成果转化为工作实效。",
    ],
)
def test_report_lines_of_the_same_shapes_stay(line: str) -> None:
    assert line in clean("\n".join([BODY, line])).text


def test_a_quoted_teaser_of_the_lede_is_cut_and_a_quoted_slogan_stays() -> None:
    # invented: the lede's first words again in quotes above it, cut off mid-name
    lede = "为推进基层治理工作，更好地发挥党支部作用，昨天，某区某街道召开网格化工作推进会。"
    teaser = "“ 为推进基层治理工作，更好地发挥党支部作用，昨天，某区某 ”"
    text = clean(f"{teaser}\n{lede}\n会上，大家进行了研究。").text
    assert teaser not in text and lede in text
    # a slogan in quotes on a line of its own, which the next line opens with, stays (no clause of its own)
    slogan = "“不忘初心、牢记使命”"
    assert slogan in clean(f"{slogan}\n不忘初心、牢记使命主题教育总结会召开。\n会上，大家进行了研究。").text


@pytest.mark.parametrize("credit", ["(本报记者)", "（通讯员）", "（本台记者）"])
def test_a_desks_credit_in_brackets_without_its_names_is_cut(credit: str) -> None:
    # invented: the credit's names left out, the desk's word alone in brackets on a line of its own
    text = clean(f"县政府召开常务会议\n{credit}\n{BODY}").text
    assert credit not in text and BODY in text
    # a report's own line that names a reporter stays
    said = "记者从会上获悉，全县共完成投资十亿元。"
    assert said in clean(f"{BODY}\n{said}\n会议要求，抓好落实。").text


@pytest.mark.parametrize("credit", ["(本报记者)", "（本台记者 王明）", "（本网通讯员）"])
def test_a_desks_credit_glued_after_the_last_sentence_is_cut(credit: str) -> None:
    # invented: the paper's credit in brackets right after the report's last sentence mark
    text = clean(f"{BODY}市人大常委会副主任某某列席会议。{credit}").text
    assert text.endswith("列席会议。")
