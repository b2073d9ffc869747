"""The Dask engine runs the same per-chunk function on a real cluster and writes the same tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.run.pipeline import run_etl
from tests.conftest import settings_for
from tests.crash_corpus import many_reports
from tests.reports import write_reports
from tests.table_layouts import contents, write_layouts
from tests.warehouse_utils import snapshot

pytestmark = pytest.mark.dask


def test_dask_cluster_writes_the_same_warehouse_as_the_local_engine(tmp_path: Path) -> None:
    distributed = pytest.importorskip("dask.distributed", reason="pip install -e '.[dask]' for the dask engine")
    raw = tmp_path / "raw"
    write_reports(raw, many_reports(40))
    local = tmp_path / "local"
    run_etl([raw], settings_for(local, workers=2, chunk_chars=400))
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0"
    ) as cluster:
        summary = run_etl(
            [raw], settings_for(tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address, chunk_chars=400)
        )
    assert summary.ok and summary.read == 40
    assert snapshot(tmp_path / "dask") == snapshot(local)


def test_dask_reads_a_large_csv_by_byte_ranges_into_the_tables_of_many_files(tmp_path: Path) -> None:
    distributed = pytest.importorskip("dask.distributed", reason="pip install -e '.[dask]' for the dask engine")
    layouts = write_layouts(tmp_path / "in", n=40, files=8)
    run_etl([layouts["many"]], settings_for(tmp_path / "local", workers=2, chunk_chars=600))
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0"
    ) as cluster:
        settings = settings_for(tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address, chunk_chars=600)
        summary = run_etl([layouts["csv"]], settings)
    assert summary.ok and summary.meetings_read == 40
    assert contents(tmp_path / "dask") == contents(tmp_path / "local")
