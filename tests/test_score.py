"""The scorer over the labelled fixture reports, and its command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from etl.run.score import format_report, main, score_fixtures

FIXTURES = Path(__file__).parent / "fixtures" / "reports"
FIELDS = ("date", "presider", "speakers", "attendees", "boilerplate", "must_keep", "formulas")


def test_fixtures_are_complete() -> None:
    cases = [json.loads(x) for x in (FIXTURES / "expected.jsonl").read_text(encoding="utf-8").splitlines() if x]
    assert len(cases) >= 40
    assert sorted(c["file"] for c in cases) == sorted(
        p.name for p in FIXTURES.glob("*.txt") if p.name != "formulas.txt"
    )
    for c in cases:
        lines = (FIXTURES / c["file"]).read_text(encoding="utf-8").strip().splitlines()
        assert 3 <= len(lines) <= 25, c["file"]
        assert set(c) >= {
            "file",
            "hints",
            "date",
            "precision",
            "presider",
            "speakers",
            "attendees",
            "boilerplate",
            "must_keep",
            "formulas",
            "organ",
            "meeting_type",
        }


@pytest.fixture(scope="module")
def scores() -> dict:
    return score_fixtures(FIXTURES)


@pytest.mark.parametrize("field", FIELDS)
def test_field_scores_hold(scores: dict, field: str) -> None:
    figures = scores["fields"][field]
    assert figures["f1"] >= 0.9, (field, figures, scores["notes"])


def test_must_keep_is_never_lost(scores: dict) -> None:
    assert scores["fields"]["must_keep"]["recall"] == 1.0


def test_format_report_is_a_table(scores: dict) -> None:
    table = format_report(scores)
    assert table.splitlines()[0].split() == ["field", "tp", "fp", "fn", "precision", "recall", "f1"]
    assert all(any(line.startswith(f) for line in table.splitlines()) for f in FIELDS)


def test_a_miss_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "5月6日，区委召开常委会会议，区委书记周明远主持会议。\n编辑：某某\n", encoding="utf-8"
    )
    case = {
        "file": "a.txt",
        "hints": {"filename": "2020.txt"},
        "date": "2021-05-06",
        "precision": "day",
        "organ": "区委",
        "meeting_type": "常委会议",
        "presider": "周明远",
        "speakers": ["无此人"],
        "attendees": [],
        "boilerplate": ["编辑：某某"],
        "must_keep": [],
        "formulas": [],
    }
    (tmp_path / "expected.jsonl").write_text(json.dumps(case, ensure_ascii=False) + "\n", encoding="utf-8")
    scores = score_fixtures(tmp_path)
    assert scores["fields"]["date"]["fp"] == 1 and scores["fields"]["date"]["fn"] == 1
    assert scores["fields"]["speakers"]["recall"] == 0.0
    assert scores["fields"]["presider"]["f1"] == 1.0
    assert "a.txt" in format_report(scores)


def test_main_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(FIXTURES), "--quiet"]) == 0
    assert "precision" in capsys.readouterr().out


def test_main_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    assert "folder" in capsys.readouterr().out


def test_main_rejects_a_folder_without_labels(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main([str(tmp_path)])
    assert exc.value.code == 2
