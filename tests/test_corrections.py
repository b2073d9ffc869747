"""The corrections file: parsed with file:line problems, applied by the ETL, kept across re-runs,
taken back when removed, recorded in the manifest
(etl/run/corrections.py, correcting.py, corrections_step.py)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.io.validate import validate
from etl.io.warehouse import MANIFEST, Warehouse
from etl.run.correcting import MeetingRows, correct_meeting
from etl.run.corrections import CORRECTION_COLUMNS, parse_corrections, parse_row
from etl.run.corrections_step import reapply
from etl.run.pipeline import run_etl
from tests.conftest import settings_for
from tests.reports import write_reports
from tests.warehouse_utils import snapshot

HEADER = ",".join(CORRECTION_COLUMNS)
CHANGWEI = "a/2021-03-02_changwei.txt"  # presided by 林海涛, 周明远 speaks; dated 3月2日 by its file name
RENDA = "b/renda_2019.txt"  # no one named; dated 2019-04-03 in the text


def row(**cells: str) -> str:
    return ",".join(cells.get(c, "") for c in CORRECTION_COLUMNS)


def write_corrections(path: Path, *rows: str) -> Path:
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    write_reports(folder)
    return folder


def run(corpus: Path, tmp_path: Path, corrections: Path):
    return run_etl([corpus], settings_for(tmp_path / "wh", corrections=corrections))


def meeting(wh: Path, source_end: str) -> dict[str, object]:
    rows = Warehouse.open(wh).read("meetings").to_pylist()
    return next(r for r in rows if r["source"].endswith(source_end))


def people(wh: Path, meeting_id: object) -> list[tuple[str, str | None, str]]:
    rows = Warehouse.open(wh).read("people").to_pylist()
    return [(r["name"], r["title"], r["role"]) for r in rows if r["meeting_id"] == meeting_id]


def speakers(wh: Path, meeting_id: object) -> list[str | None]:
    rows = Warehouse.open(wh).read("speeches").to_pylist()
    return [r["speaker"] for r in sorted(rows, key=lambda r: r["seq"]) if r["meeting_id"] == meeting_id]


# -- the file ---------------------------------------------------------------------------------------


def test_a_row_of_each_field_parses() -> None:
    c = parse_row(
        {
            "source": "x.txt",
            "date": "2020-03",
            "organ": "区委",
            "meeting_type": "常委会议",
            "region": "-",
            "is_report": "否",
            "presider": "张三",
            "speaker_from": "李四",
            "speaker_to": "李思",
            "by": "me",
        },
        7,
    )
    assert (c.line, c.source, c.meeting_id, c.by) == (7, "x.txt", None, "me")
    assert dict(c.changes) == {
        "date": (dt.date(2020, 3, 1), "month"),
        "organ": "区委",
        "meeting_type": "常委会议",
        "region": None,
        "is_report": False,
        "presider": "张三",
        "rename": ("李四", "李思"),
    }


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        (row(date="2020"), "no meeting_id or source"),
        (row(source="x.txt"), "nothing to correct"),
        (row(source="x.txt", date="2020-02-30"), "not a real date"),
        (row(source="x.txt", date="March 2020"), "is not YYYY-MM-DD"),
        (row(source="x.txt", is_report="maybe"), "is not true or false"),
        (row(source="x.txt", speaker_from="李四"), "a rename needs both"),
        (row(source="x.txt", speaker_from="李四", speaker_to="李四"), "nothing to rename"),
    ],
)
def test_a_bad_row_is_a_problem_naming_file_and_line(cells: str, message: str) -> None:
    parsed = parse_corrections("\n".join([HEADER, row(source="ok.txt", organ="区委"), cells]), "c.csv")
    assert len(parsed.corrections) == 1  # the good row still counts
    assert len(parsed.problems) == 1 and parsed.problems[0].startswith("c.csv:3: ")
    assert message in parsed.problems[0]


def test_a_header_without_a_key_reads_nothing_and_says_why() -> None:
    parsed = parse_corrections("date,organ,colour\n2020,区委,red\n", "c.csv")
    assert not parsed.readable and not parsed.corrections
    assert parsed.problems[0].startswith("c.csv:1: unknown columns colour")
    assert "neither meeting_id nor source" in parsed.problems[1]


@given(st.dictionaries(st.sampled_from(CORRECTION_COLUMNS), st.text(max_size=12), max_size=8))
def test_any_row_parses_or_says_why(cells: dict[str, str]) -> None:
    cells = {k: v.strip() for k, v in cells.items() if v.strip()}
    try:
        parse_row(cells, 2)
    except ValueError as exc:
        assert str(exc)


def test_putting_back_what_was_read_undoes_every_correction() -> None:
    read = MeetingRows(
        {
            "date": dt.date(2021, 3, 2),
            "date_precision": "day",
            "date_source": "text",
            "organ": "区委",
            "meeting_type": None,
            "region": "青禾区",
            "is_report": True,
            "not_report_reason": None,
        },
        (("林海涛", "区委书记", "presider"), ("周明远", "区长", "speaker"), ("周明达", None, "speaker")),
        (None, "周明远", "周明达"),
    )
    c = parse_row({"meeting_id": "m", "date": "2021", "region": "-", "presider": "周明远", "speaker_from": "周明达",
                   "speaker_to": "周明远", "is_report": "false"}, 2)  # fmt: skip
    fixed, changed, missed = correct_meeting(read, {}, [c])
    assert not missed
    assert fixed.people == (("周明远", "区长", "presider"), ("周明远", "区长", "speaker"))  # two speakers are one
    assert fixed.speakers == (None, "周明远", "周明远")
    assert fixed.meta["date"] == dt.date(2021, 1, 1) and fixed.meta["date_precision"] == "year"
    assert {f for f, *_ in changed} == {"date", "region", "is_report", "people", "speakers"}
    back, none, _ = correct_meeting(fixed, {f: e for f, e, _, _ in changed}, [])
    assert back == read and none == []


# -- the ETL ----------------------------------------------------------------------------------------


def test_each_field_is_corrected_and_the_warehouse_stays_valid(corpus: Path, tmp_path: Path) -> None:
    wh = tmp_path / "wh"
    file = write_corrections(
        tmp_path / "corrections.csv",
        row(source=CHANGWEI, date="2021-03", organ="区委办", meeting_type="常委(扩大)会议", region="白石县",
            speaker_from="周明远", speaker_to="周明达", by="tester", at="2026-12-01T12:00:00"),
        row(source=RENDA, is_report="false", presider="韩立新"),
    )  # fmt: skip
    summary = run(corpus, tmp_path, file)
    assert summary.ok and not summary.warnings
    assert "2 applied, 0 unmatched" in summary.corrections_line
    m = meeting(wh, CHANGWEI)
    assert (m["date"], m["date_precision"], m["date_source"]) == (dt.date(2021, 3, 1), "month", "correction")
    assert (m["organ"], m["meeting_type"], m["region"]) == ("区委办", "常委(扩大)会议", "白石县")
    assert ("周明达", "区委副书记、区长", "speaker") in people(wh, m["meeting_id"])
    assert "周明达" in speakers(wh, m["meeting_id"]) and "周明远" not in speakers(wh, m["meeting_id"])
    r = meeting(wh, RENDA)
    assert r["is_report"] is False and "correction" in str(r["not_report_reason"])
    assert people(wh, r["meeting_id"]) == [("韩立新", None, "presider")]
    assert validate(wh) == []
    corrected = Warehouse.open(wh).read("corrected").to_pylist()
    date_row = next(c for c in corrected if c["meeting_id"] == m["meeting_id"] and c["field"] == "date")
    assert json.loads(date_row["extracted"]) == ["2021-03-02", "day", "filename"] and date_row["rows"] == "2"


def test_bad_and_unmatched_rows_are_reported_with_file_and_line(corpus: Path, tmp_path: Path) -> None:
    file = write_corrections(
        tmp_path / "corrections.csv",
        row(source=RENDA, organ="人大"),
        row(source=RENDA, date="2019-13"),
        row(meeting_id="no-such-meeting", organ="区委"),
        row(source=RENDA, speaker_from="无此人", speaker_to="某某"),
        row(source="2021-03-02_changwei.txt", organ="区委"),  # the end of two sources: names two meetings
    )
    (corpus / "c").mkdir()
    (corpus / "c" / "2021-03-02_changwei.txt").write_text(
        "3月2日，云岭县委召开常委会会议。会议研究了人事工作。\n", encoding="utf-8"
    )
    summary = run(corpus, tmp_path, file)
    assert summary.ok  # bad corrections never fail the run
    said = [msg for src, msg in summary.warnings if src == "corrections"]
    assert any(s.startswith(f"{file}:3: date '2019-13'") for s in said)
    assert any(s.startswith(f"{file}:4: no meeting has") for s in said)
    assert any(s.startswith(f"{file}:5: no one named 无此人") for s in said)
    assert any(s.startswith(f"{file}:6: names 2 meetings") for s in said)
    assert meeting(tmp_path / "wh", RENDA)["organ"] == "人大"
    record = Warehouse.open(tmp_path / "wh").manifest["corrections"]
    assert (record["applied"], record["unmatched"], record["invalid"]) == (1, 2, 1)


def test_corrections_survive_reruns_and_follow_a_reread_input(corpus: Path, tmp_path: Path) -> None:
    wh = tmp_path / "wh"
    file = write_corrections(tmp_path / "corrections.csv", row(source=CHANGWEI, region="白石县", presider="周明远"))
    run(corpus, tmp_path, file)
    before = snapshot(wh)
    again = run(corpus, tmp_path, file)
    assert again.read == 0 and snapshot(wh) == before
    with open(corpus / CHANGWEI, "a", encoding="utf-8") as fh:
        fh.write("会议还研究了其他事项。\n")  # a new text: a new meeting id, read again
    third = run(corpus, tmp_path, file)
    assert third.read == 1
    m = meeting(wh, CHANGWEI)
    assert m["region"] == "白石县"
    assert people(wh, m["meeting_id"])[0] == ("周明远", "区委副书记、区长", "presider")
    assert validate(wh) == []


def test_editing_only_the_file_reapplies_it_and_removing_a_row_puts_back_what_was_read(
    corpus: Path, tmp_path: Path
) -> None:
    plain = tmp_path / "plain"
    run_etl([corpus], settings_for(plain / "wh", corrections=tmp_path / "none.csv"))
    file = write_corrections(tmp_path / "corrections.csv", row(source=RENDA, organ="人大"))
    run(corpus, tmp_path, file)
    write_corrections(
        file, row(source=RENDA, region="青禾区"), row(source=CHANGWEI, speaker_from="周明远", speaker_to="周明达")
    )
    edited = run(corpus, tmp_path, file)
    assert edited.read == 0  # nothing read or segmented again
    r = meeting(tmp_path / "wh", RENDA)
    assert (r["organ"], r["region"]) == (meeting(plain / "wh", RENDA)["organ"], "青禾区")
    write_corrections(file)  # no rows left
    reapply(settings_for(tmp_path / "wh", corrections=file))  # `policy-themes correct`
    assert snapshot(tmp_path / "wh") == snapshot(plain / "wh")
    assert Warehouse.open(tmp_path / "wh").read("corrected").num_rows == 0


def test_the_manifest_records_both_user_files_by_hash(corpus: Path, tmp_path: Path) -> None:
    file = write_corrections(tmp_path / "corrections.csv", row(source=RENDA, organ="人大"))
    tenures = tmp_path / "tenures.csv"
    tenures.write_text("region,post,name,start,end\n云岭县,书记,韩立新,2022-01-01,\n", encoding="utf-8")
    run_etl([corpus], settings_for(tmp_path / "wh", corrections=file, tenures=tenures))
    manifest = Warehouse.open(tmp_path / "wh").manifest
    import hashlib

    assert manifest["corrections"]["sha256"] == hashlib.sha256(file.read_bytes()).hexdigest()
    assert manifest["corrections"]["applied"] == 1
    assert manifest["tenures"] == {
        "file": str(tenures),
        "sha256": hashlib.sha256(tenures.read_bytes()).hexdigest(),
        "rows": 1,
    }


def test_a_contract_1_2_warehouse_still_opens_and_takes_corrections(corpus: Path, tmp_path: Path) -> None:
    wh = tmp_path / "wh"
    run(corpus, tmp_path, tmp_path / "none.csv")
    path = wh / MANIFEST
    manifest = json.loads(path.read_text(encoding="utf-8"))
    for key in ("corrections", "tenures", "corrected_file", "previous_corrected_file"):
        manifest.pop(key, None)
    path.write_text(json.dumps({**manifest, "contract_version": "1.2"}), encoding="utf-8")
    assert Warehouse.open(wh).read("corrected").num_rows == 0
    file = write_corrections(tmp_path / "corrections.csv", row(source=RENDA, organ="人大"))
    assert run(corpus, tmp_path, file).ok
    assert meeting(wh, RENDA)["organ"] == "人大"
    assert Warehouse.open(wh).manifest["contract_version"] == "1.3"


def test_the_example_of_the_docs_parses_without_problems() -> None:
    text = (Path(__file__).parents[1] / "docs" / "reading.md").read_text(encoding="utf-8")
    block = text.split("## Corrections", 1)[1].split("```csv\n", 1)[1].split("```", 1)[0]
    parsed = parse_corrections(block, "docs/reading.md")
    assert not parsed.problems and len(parsed.corrections) == 2
    assert dict(parsed.corrections[1].changes) == {"is_report": False}


def test_a_file_that_cannot_be_read_keeps_the_corrections_the_warehouse_has(corpus: Path, tmp_path: Path) -> None:
    file = write_corrections(tmp_path / "corrections.csv", row(source=RENDA, organ="人大"))
    run(corpus, tmp_path, file)
    file.write_bytes("source,organ\nb/renda_2019.txt,人大\n".encode("gbk"))
    summary = run(corpus, tmp_path, file)
    assert summary.ok and any("is not UTF-8" in msg for _, msg in summary.warnings)
    assert meeting(tmp_path / "wh", RENDA)["organ"] == "人大"
    assert Warehouse.open(tmp_path / "wh").manifest["corrections"]["applied"] == 0


def test_corrections_leave_every_count_as_it_was(corpus: Path, tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    run_etl([corpus], settings_for(plain / "wh", corrections=tmp_path / "none.csv"))
    file = write_corrections(
        tmp_path / "corrections.csv",
        row(source=CHANGWEI, date="2020", region="-", speaker_from="周明远", speaker_to="周明达"),
    )
    run(corpus, tmp_path, file)
    before, after = snapshot(plain / "wh"), snapshot(tmp_path / "wh")
    for table in ("terms", "themes", "formulas", "removed", "sources"):
        assert after[table] == before[table], table
    assert after["meetings"] != before["meetings"]


def test_validate_names_a_corrected_row_of_no_meeting(corpus: Path, tmp_path: Path) -> None:
    import pyarrow as pa

    from etl.contract import schema
    from etl.io.warehouse import Writer

    wh = tmp_path / "wh"
    run(corpus, tmp_path, write_corrections(tmp_path / "c.csv", row(source=RENDA, organ="人大")))
    base = Warehouse.open(wh)
    stray = {"meeting_id": "gone", "field": "organ", "extracted": '"x"', "corrected": '"y"', "rows": "2"}
    rows = pa.Table.from_pylist([*base.read("corrected").to_pylist(), stray], schema=schema.CORRECTED.schema)
    Writer(base).commit(base.read("inputs"), dict(base.manifest), corrected=rows)
    assert validate(wh) == ["corrected: 1 rows name a meeting_id not in meetings"]


READ = MeetingRows(
    {
        "date": dt.date(2021, 3, 2),
        "date_precision": "day",
        "date_source": "text",
        "organ": "区委",
        "meeting_type": None,
        "region": "青禾区",
        "is_report": True,
        "not_report_reason": None,
    },
    (("林海涛", "区委书记", "presider"), ("周明远", "区长", "speaker")),
    (None, "会议", "周明远"),
)
NAMES = st.sampled_from(["林海涛", "周明远", "周明达", "会议", "-"])
CELLS = st.fixed_dictionaries(
    {},
    optional={
        "date": st.sampled_from(["2020", "2020-05", "2020-05-06", "-"]),
        "organ": st.sampled_from(["区政府", "-"]),
        "region": st.sampled_from(["白石县", "-"]),
        "is_report": st.sampled_from(["true", "false"]),
        "presider": NAMES,
        "speaker_from": NAMES,
        "speaker_to": NAMES,
    },
)


@given(st.lists(CELLS, min_size=1, max_size=4))
def test_any_corrections_are_undone_by_putting_back_what_was_read(rows: list[dict[str, str]]) -> None:
    corrections = []
    for line, cells in enumerate(rows, start=2):
        try:
            corrections.append(parse_row({"meeting_id": "m", **cells}, line))
        except ValueError:
            continue
    fixed, changed, _ = correct_meeting(READ, {}, corrections)
    again, same, _ = correct_meeting(fixed, {f: e for f, e, _, _ in changed}, corrections)
    assert again == fixed and same == changed  # applying twice is applying once
    back, _, _ = correct_meeting(fixed, {f: e for f, e, _, _ in changed}, [])
    assert back == READ


def test_the_correct_command_says_what_it_applied(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from etl.run.cli import main

    run(corpus, tmp_path, tmp_path / "none.csv")
    file = write_corrections(tmp_path / "corrections.csv", row(source=RENDA, organ="人大"), row(source=RENDA, date="x"))
    assert main(["correct", "--warehouse", str(tmp_path / "wh"), "--corrections", str(file)]) == 0
    out = capsys.readouterr().out
    assert f"warning: {file}:3: date 'x'" in out and "1 applied, 0 unmatched, 1 with problems" in out
    assert meeting(tmp_path / "wh", RENDA)["organ"] == "人大"


def test_correct_keeps_the_tenures_file_the_run_recorded_unless_told(corpus: Path, tmp_path: Path) -> None:
    tenures = tmp_path / "mine" / "tenures.csv"
    tenures.parent.mkdir()
    tenures.write_text("region,post,name,start,end\n", encoding="utf-8")
    run_etl([corpus], settings_for(tmp_path / "wh", corrections=tmp_path / "none.csv", tenures=tenures))
    reapply(settings_for(tmp_path / "wh", corrections=tmp_path / "none.csv"))
    assert Warehouse.open(tmp_path / "wh").manifest["tenures"]["file"] == str(tenures)
    other = tmp_path / "other.csv"
    reapply(settings_for(tmp_path / "wh", corrections=tmp_path / "none.csv", tenures=other))
    assert Warehouse.open(tmp_path / "wh").manifest["tenures"] == {"file": str(other), "sha256": None, "rows": 0}
