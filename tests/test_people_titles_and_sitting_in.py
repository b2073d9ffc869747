"""One who sits in and then comments (列席旁听并点评) speaks, as one who attends and guides does (参加指导并讲话); one
who delivers a report with a long title (某某作的《…、…,…》的工作报告) speaks, the marks inside the title ending no
clause, and an earlier title closed in the same sentence does not make the name a title's words (held-out batches
74 and 75). Who only sits in, and a name inside a title, stay no speakers. Every sentence here is invented."""

from __future__ import annotations

import pytest

from etl.extract.people.people import read_people


def _roles(text: str) -> dict[str, set[str]]:
    roles: dict[str, set[str]] = {}
    for p in read_people(text).people:
        roles.setdefault(p.name, set()).add(p.role)
    return roles


_OPEN = "7月6日，区委理论学习中心组开展集体学习研讨。区委书记林晓舟、区长周立等领导参加。"


@pytest.mark.parametrize("act", ["列席旁听并点评", "出席观摩并讲话", "参加旁听并作点评"])
def test_one_who_sits_in_and_comments_speaks(act: str) -> None:
    roles = _roles(_OPEN + f"市政府办公室副主任赵明{act}。会议强调，要抓好学习。")
    assert "speaker" in roles["赵明"]
    assert roles["林晓舟"] == {"attendee"}


def test_one_who_only_sits_in_is_no_speaker() -> None:
    roles = _roles(_OPEN + "市政府办公室副主任赵明列席旁听。会议强调，要抓好学习。")
    assert "speaker" not in roles.get("赵明", set())


@pytest.mark.parametrize(
    "title",
    ["狠抓监管、正风肃纪,为建设新时代幸福美好某镇提供坚强纪律保障", "狠抓监管"],
)
def test_both_who_deliver_titled_reports_speak(title: str) -> None:
    text = (
        "会议听取、审议并通过了镇党委书记林晓舟同志作的《凝心聚力谋发展 接力奋进谱新篇》、"
        f"镇纪委书记周立同志作的《{title}》的工作报告。林晓舟指出，要统一思想。"
    )
    roles = _roles(text)
    assert "speaker" in roles["林晓舟"] and "speaker" in roles["周立"]


def test_a_name_inside_a_title_is_no_speaker() -> None:
    assert not _roles("会议学习了《治国理政》第四卷和《林晓舟同志先进事迹报告》。会议强调，要抓落实。").get("林晓舟")
