"""Writers: every format reads back equal; Stata gets valid ASCII names with the originals as labels."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from dashboard.measures import meeting_theme_matrix, region_period_panel, stata_names, write_table
from tests.measures import tiny


@pytest.fixture
def panel() -> pd.DataFrame:
    return region_period_panel(tiny.meetings(), tiny.themes(), "year", theme_names=tiny.THEMES)


def test_stata_names_keep_valid_names_and_number_the_rest() -> None:
    names = stata_names(["region", "n_meetings", "经济_hits", "经济_per10k", "民生_hits", "2020", "if", "a" * 40])
    assert names == {
        "region": "region",
        "n_meetings": "n_meetings",
        "经济_hits": "v01_hits",
        "经济_per10k": "v01_per10k",
        "民生_hits": "v02_hits",
        "2020": "v03",
        "if": "v04",
        "a" * 40: "v05",
    }


def test_csv_parquet_and_xlsx_read_back(tmp_path: Path, panel: pd.DataFrame) -> None:
    assert write_table(panel, tmp_path / "p.csv") == [tmp_path / "p.csv"]
    assert (tmp_path / "p.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads the BOM as UTF-8
    back = pd.read_csv(tmp_path / "p.csv", encoding="utf-8-sig", dtype={"period": str})
    pd.testing.assert_frame_equal(back, panel, check_dtype=False)
    write_table(panel, tmp_path / "p.parquet")
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "p.parquet"), panel, check_dtype=False)
    write_table(panel, tmp_path / "p.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "p.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == list(panel.columns) and rows[1][:4] == ("A区", "2020", 2, 3000)


def test_stata_file_has_ascii_names_labels_and_a_mapping(tmp_path: Path, panel: pd.DataFrame) -> None:
    out = tmp_path / "panel.dta"
    assert write_table(panel, out) == [out, tmp_path / "panel.dta.columns.csv"]
    back = pd.read_stata(out)
    assert list(back.columns[:6]) == ["region", "period", "n_meetings", "n_chars", "v01_hits", "v01_per10k"]
    assert back["v01_hits"].tolist() == panel["经济_hits"].tolist()
    assert back["region"].tolist() == panel["region"].tolist()
    with pd.io.stata.StataReader(out) as reader:
        labels = reader.variable_labels()
    assert labels["v02_per10k"] == "民生_per10k"
    mapping = pd.read_csv(tmp_path / "panel.dta.columns.csv", encoding="utf-8-sig")
    assert dict(zip(mapping["stata_name"], mapping["column"], strict=True))["v03_hits"] == "生态_hits"


def test_stata_keeps_dates_and_missing_values(tmp_path: Path) -> None:
    matrix = meeting_theme_matrix(tiny.meetings(), tiny.themes(), "per10k", tiny.THEMES)
    write_table(matrix, tmp_path / "m.dta")
    back = pd.read_stata(tmp_path / "m.dta")
    assert str(back.loc[0, "date"].date()) == "2020-01-10" and pd.isna(back.loc[4, "date"])
    assert back["v01"].tolist() == pytest.approx(matrix["经济"].tolist())


def test_stata_takes_long_strings(tmp_path: Path) -> None:
    frame = pd.DataFrame({"source": ["https://example.gov/" + "页" * 1000, "short"], "n": [1, 2]})
    write_table(frame, tmp_path / "long.dta")
    assert pd.read_stata(tmp_path / "long.dta")["source"].tolist() == frame["source"].tolist()


def test_unknown_format_is_refused(tmp_path: Path, panel: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match=r"p\.json: cannot write \.json"):
        write_table(panel, tmp_path / "p.json")
