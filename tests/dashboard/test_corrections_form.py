"""The reader's correction form (AppTest on a private copy of the tiny warehouse) and the edits it
makes to the corrections file (dashboard/edits/corrections.py)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from dashboard import queries
from dashboard.edits.corrections import add_correction, correction_cells, meeting_rows, remove_meeting_rows
from dashboard.rendering.i18n import t
from dashboard.rendering.tables import column_label
from etl.io.warehouse import Warehouse
from etl.run.corrections import parse_corrections
from tests.dashboard.apps import copy_tiny, run_page


@pytest.fixture
def copy(tiny_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = copy_tiny(tiny_root, tmp_path)
    monkeypatch.setenv("POLICY_THEMES_WAREHOUSE", str(root / "wh"))
    monkeypatch.setenv("POLICY_THEMES_CODEBOOK", str(root / "codebook"))
    monkeypatch.setenv("POLICY_THEMES_CORRECTIONS", str(root / "corrections.csv"))
    return root


def meeting_of(wh: Path, name: str) -> dict[str, object]:
    return next(m for m in Warehouse.open(wh).read("meetings").to_pylist() if str(m["source"]).endswith(name))


def rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_the_form_saves_a_row_with_who_and_when_and_applies_it(copy: Path) -> None:
    mid = str(meeting_of(copy / "wh", "r1.txt")["meeting_id"])
    at = run_page("meetings", meeting=mid)
    at.text_input(key="mt-cor-region").set_value("白石县")
    at.selectbox(key="mt-cor-speaker_from").set_value("李四")
    at.text_input(key="mt-cor-speaker_to").set_value("李思")
    at.text_input(key="mt-cor-by").set_value("tester")
    at.button[0].click().run()  # the form's submit button comes first
    assert not at.exception and not at.error
    assert any("corrections" in s.value for s in at.success)
    saved = rows(copy / "corrections.csv")
    assert len(saved) == 1
    row = saved[0]
    assert (row["meeting_id"], row["region"], row["speaker_from"], row["speaker_to"], row["by"]) == (
        mid,
        "白石县",
        "李四",
        "李思",
        "tester",
    )
    assert row["source"].endswith("r1.txt") and dt.datetime.fromisoformat(row["at"]).tzinfo is not None
    # this meeting's rows of the file, headed in the page's language
    shown = [d.value for d in at.dataframe if _label("speaker_to") in d.value.columns]
    assert len(shown) == 1 and shown[0][_label("region")].tolist() == ["白石县"]
    at.button(key="mt-cor-apply").click().run()
    assert not at.exception and any("1 applied" in s.value for s in at.success)
    wh = Warehouse.open(copy / "wh")
    assert meeting_of(copy / "wh", "r1.txt")["region"] == "白石县"
    changed = queries.meeting_corrected(wh, mid)
    assert set(changed["field"]) == {"region", "people", "speakers"}
    assert wh.manifest["corrections"]["applied"] == 1
    shown = [d.value for d in run_page("meetings", meeting=mid).dataframe if _label("corrected") in d.value.columns]
    assert len(shown) == 1 and _label("region") in set(shown[0][_label("field")])  # what it changed, in Chinese


def test_the_form_refuses_a_row_without_who_or_with_a_bad_date(copy: Path) -> None:
    mid = str(meeting_of(copy / "wh", "r2.txt")["meeting_id"])
    at = run_page("meetings", meeting=mid)
    at.text_input(key="mt-cor-date").set_value("2020-7-10")
    at.button[0].click().run()
    assert at.error and "更正人" in at.error[0].value
    at.text_input(key="mt-cor-date").set_value("2020-13")
    at.text_input(key="mt-cor-by").set_value("tester")
    at.button[0].click().run()
    assert at.error and "not a real date" in at.error[0].value
    assert not (copy / "corrections.csv").exists()


def test_rows_are_added_kept_in_order_and_removed_by_meeting(tmp_path: Path) -> None:
    path = tmp_path / "corrections.csv"
    at = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)
    first = add_correction(path, correction_cells("m1", "a/x.txt", {"organ": "区委"}, "甲", at))
    second = add_correction(path, correction_cells("m2", "b/y.txt", {"date": "2021"}, "乙", at))
    add_correction(path, correction_cells("m3", "c/x.txt", {"is_report": "false"}, "丙", at))
    assert (first, second) == (2, 3)
    parsed = parse_corrections(path.read_text(encoding="utf-8"), str(path))
    assert [c.line for c in parsed.corrections] == [2, 3, 4] and not parsed.problems
    assert parsed.corrections[0].at == "2026-12-01T12:00:00+00:00" and parsed.corrections[0].by == "甲"
    assert meeting_rows(path, "m1", ["/data/a/x.txt"])["line"].tolist() == [2]
    assert meeting_rows(path, "zz", ["/data/b/y.txt"])["line"].tolist() == [3]  # by its source's end
    assert remove_meeting_rows(path, "m1", ["/data/a/x.txt"]) == 1
    assert [r["meeting_id"] for r in rows(path)] == ["m2", "m3"]


def test_a_hand_made_file_keeps_its_columns_when_the_page_adds_a_row(tmp_path: Path) -> None:
    path = tmp_path / "corrections.csv"
    path.write_text("source,region,by\nx.txt,青禾区,甲\n", encoding="utf-8")
    add_correction(path, correction_cells("m2", "y.txt", {"organ": "区委"}, "乙"))
    got = rows(path)
    assert list(got[0])[:3] == ["source", "region", "by"]
    assert (got[0]["region"], got[1]["organ"], got[1]["meeting_id"]) == ("青禾区", "区委", "m2")


def test_the_form_edits_the_file_set_explicitly_else_the_one_the_etl_read(tmp_path: Path) -> None:
    from etl.contract.settings import resolve

    wh = Warehouse(tmp_path, {"version": 1, "corrections": {"file": "/data/read.csv", "sha256": None}})
    codebook = tmp_path / "cb" / "codebook"
    assert queries.corrections_file(wh, resolve({"codebook": codebook}, env={})) == Path("/data/read.csv")
    explicit = resolve({"codebook": codebook}, env={"POLICY_THEMES_CORRECTIONS": "/data/mine.csv"})
    assert queries.corrections_file(wh, explicit) == Path("/data/mine.csv")
    assert queries.corrections_file(Warehouse(tmp_path, {}), resolve({"codebook": codebook}, env={})) == (
        tmp_path / "cb" / "corrections.csv"
    )


def test_the_overview_lists_the_users_files_this_version_was_made_with(copy: Path) -> None:
    (copy / "tenures.csv").write_text("region,post,name,start,end\n青禾区,书记,张三,2019-01-01,\n", encoding="utf-8")
    from etl.contract.settings import resolve
    from etl.run.corrections_step import reapply

    reapply(resolve({"tenures": copy / "tenures.csv"}))  # the warehouse, codebook and corrections of the env
    files = _user_files(run_page("overview"))
    tenures = files[files[_label("kind")] == t("kind_tenures", "zh")].iloc[0]
    shown = (tenures[_label("file")], tenures[_label("rows")], tenures[_label("on_disk")])
    assert shown == (str(copy / "tenures.csv"), 1, t("on_disk_same", "zh"))
    (copy / "tenures.csv").write_text("region,post,name,start,end\n", encoding="utf-8")
    files = _user_files(run_page("overview"))
    on_disk = files[files[_label("kind")] == t("kind_tenures", "zh")][_label("on_disk")]
    assert on_disk.tolist() == [t("on_disk_changed", "zh")]


def _label(column: str) -> str:
    return column_label(column, "zh")


def _user_files(at: object) -> pd.DataFrame:
    """The overview's table of the users' files, found by its headers in the page's language."""
    return next(d.value for d in at.dataframe if _label("on_disk") in d.value.columns)  # type: ignore[attr-defined]
