"""``package-data`` in pyproject.toml names files that exist (an installed copy would miss them)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_data_pattern_matches_files() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    package_data = config["tool"]["setuptools"]["package-data"]
    assert package_data
    for package, patterns in package_data.items():
        for pattern in patterns:
            assert list((ROOT / package).glob(pattern)), f"{package}: {pattern} matches no file"


def test_the_public_warehouse_name_is_the_warehouse_itself() -> None:
    """Tools outside the project (the real-report scorer) read ``etl.warehouse.Warehouse``."""
    import etl.io.warehouse
    import etl.warehouse

    assert etl.warehouse.Warehouse is etl.io.warehouse.Warehouse
    assert set(etl.warehouse.__all__) <= set(vars(etl.io.warehouse))
