"""Metadata merged across reposts (etl/run/reposts.py): a meeting whose first source lacks a date,
organ, meeting type or region takes it from its other sources, in their sorted order, and an
incremental run, whatever order the copies arrived in, equals a fresh run."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from etl.contract.model import CopyMeta, DateResult
from etl.io.readers.sidecar import load_sidecar
from etl.io.validate import validate
from etl.io.warehouse import Warehouse
from etl.run.pipeline import RunSummary, run_etl
from etl.run.reposts import fill_from_copies
from tests.conftest import settings_for
from tests.warehouse_utils import snapshot

# No date in the text, no region: only a copy's sidecar row knows them.
TEXT = "区委召开常委会会议。会议强调，要抓好安全生产，推进乡村振兴，做好防汛准备工作。"
OTHER = "2020年3月4日，区政府召开常务会议。会议强调，要抓好招商引资和项目建设。"
UNDATED = DateResult(None, None, "none")


def copy(source: str, date: DateResult = UNDATED, **meta: str | None) -> CopyMeta:
    values = {"organ": None, "meeting_type": None, "region": None, **meta}
    return CopyMeta("m", source.split("#")[0], source, date, values["organ"], values["meeting_type"], values["region"])


def first_row(**meta: object) -> dict[str, object]:
    return {"source": "a.txt", "date": None, "organ": None, "meeting_type": None, "region": None, **meta}


def test_missing_fields_come_from_the_first_other_source_that_has_them() -> None:
    may, june = DateResult(dt.date(2021, 5, 6), "day", "sidecar"), DateResult(dt.date(2021, 6, 1), "day", "text")
    copies = [
        copy("a.txt"),
        copy("c.txt", june, region="乙县"),
        copy("b.txt", may, organ="区委"),
    ]
    assert fill_from_copies(first_row(), copies) == {
        "date": dt.date(2021, 5, 6),
        "date_precision": "day",
        "date_source": "sidecar",
        "organ": "区委",
        "region": "乙县",
    }


def test_what_the_first_source_read_is_kept() -> None:
    copies = [copy("a.txt"), copy("b.txt", DateResult(dt.date(2021, 5, 6), "day", "sidecar"), organ="区委")]
    row = first_row(date=dt.date(2020, 1, 1), organ="县委", meeting_type="常委会议", region="甲区")
    assert fill_from_copies(row, copies) == {}


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    """(raw folder with a/ undated and b/ dated by the sidecar, the sidecar)."""
    raw = tmp_path / "raw"
    for name, text in (("a/copy.txt", TEXT), ("b/copy.txt", TEXT), ("a/other.txt", OTHER)):
        (raw / name).parent.mkdir(parents=True, exist_ok=True)
        (raw / name).write_text(text, encoding="utf-8")
    sidecar = tmp_path / "sidecar.csv"
    sidecar.write_text("file,date,region\nb/copy.txt,2021-05-06,青禾区\n", encoding="utf-8")
    return raw, sidecar


def etl(paths: list[Path], wh: Path, sidecar: Path, **kw: object) -> RunSummary:
    summary = run_etl(paths, settings_for(wh, **kw), hints_for=load_sidecar(sidecar).hints_for)
    assert summary.ok, summary.errors
    return summary


def repost(wh: Path) -> dict[str, object]:
    rows = Warehouse.open(wh).read("meetings", ["source", "date", "date_source", "region", "organ"]).to_pylist()
    return next(r for r in rows if str(r["source"]).endswith("a/copy.txt"))


def test_an_undated_first_copy_takes_the_date_and_region_of_its_repost(folders, tmp_path):
    raw, sidecar = folders
    etl([raw], tmp_path / "wh", sidecar)
    row = repost(tmp_path / "wh")
    assert (str(row["date"]), row["date_source"], row["region"], row["organ"]) == (
        "2021-05-06",
        "sidecar",
        "青禾区",
        "区委",  # its own reading: a copy never overrides what the first source has
    )
    assert validate(tmp_path / "wh") == []


def test_copies_in_separate_chunks_merge_as_in_one(folders, tmp_path):
    raw, sidecar = folders
    etl([raw], tmp_path / "one", sidecar)
    etl([raw], tmp_path / "many", sidecar, chunk_chars=10, workers=2)
    assert snapshot(tmp_path / "many") == snapshot(tmp_path / "one")


def test_a_repost_arriving_later_dates_the_meeting_as_a_fresh_run(folders, tmp_path):
    raw, sidecar = folders
    later = tmp_path / "later"
    shutil.move(raw / "b", later)
    wh = tmp_path / "wh"
    etl([raw], wh, sidecar)
    assert repost(wh)["date"] is None
    shutil.move(later, raw / "b")
    summary = etl([raw], wh, sidecar)
    assert summary.read == 2  # the new copy, and the unchanged first one read again with it
    etl([raw], tmp_path / "fresh", sidecar)
    assert snapshot(wh) == snapshot(tmp_path / "fresh")
    assert str(repost(wh)["date"]) == "2021-05-06"


def test_the_first_copy_arriving_after_its_dated_repost_equals_a_fresh_run(folders, tmp_path):
    raw, sidecar = folders
    later = tmp_path / "later"
    later.mkdir()
    shutil.move(raw / "a/copy.txt", later / "copy.txt")
    wh = tmp_path / "wh"
    etl([raw], wh, sidecar)
    shutil.move(later / "copy.txt", raw / "a/copy.txt")  # sorts first: its rows take over
    etl([raw], wh, sidecar)
    etl([raw], tmp_path / "fresh", sidecar)
    assert snapshot(wh) == snapshot(tmp_path / "fresh")
    assert str(repost(wh)["date"]) == "2021-05-06"


def test_a_repost_gone_takes_its_date_with_it(folders, tmp_path):
    raw, sidecar = folders
    wh = tmp_path / "wh"
    etl([raw], wh, sidecar)
    shutil.rmtree(raw / "b")
    etl([raw], wh, sidecar, prune=True)
    etl([raw], tmp_path / "fresh", sidecar)
    assert snapshot(wh) == snapshot(tmp_path / "fresh")
    assert repost(wh)["date"] is None and repost(wh)["region"] is None


def test_a_repost_changed_changes_what_the_meeting_takes_from_it(folders, tmp_path):
    raw, sidecar = folders
    wh = tmp_path / "wh"
    etl([raw], wh, sidecar)
    sidecar.write_text("file,date,region\nb/copy.txt,2021-05-07,青禾区\n", encoding="utf-8")
    (raw / "b/copy.txt").write_text(TEXT + "\n", encoding="utf-8")  # read again with the new row
    etl([raw], wh, sidecar)
    etl([raw], tmp_path / "fresh", sidecar)
    assert snapshot(wh) == snapshot(tmp_path / "fresh")
    assert str(repost(wh)["date"]) == "2021-05-07"
