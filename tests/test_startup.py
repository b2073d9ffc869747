"""What the short commands load: an unchanged rerun, a small addition and a recount start
without pandas (pyarrow loads it on its first conversion of Python values, 0.25-0.7 s); a
small first run and a rerun start no process, a first run of several chunks its pool; a rerun
imports no format's reader, and with the last run's stamp not even pyarrow."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from etl.contract.model import RERUN_STAMP
from tests.conftest import CODEBOOK
from tests.reports import REPORTS, write_reports

# the command in-process, then what it loaded (psutil, which loads subprocess, only after) and
# which processes it started (a forkserver is one)
_PROBE = (
    "import json, sys; from etl.run.cli import main; code = main(sys.argv[1:]);"
    "loaded = {m: m in sys.modules for m in ('pandas', 'pyarrow', 'multiprocessing', 'subprocess', 'uuid')};"
    "import psutil;"
    "print(json.dumps({'code': code, 'pandas': loaded['pandas'],"
    " 'children': len(psutil.Process().children()), 'html_reader': 'etl.io.readers.html' in sys.modules,"
    " 'pyarrow': loaded['pyarrow'], 'pool_modules': loaded['multiprocessing'],"
    " 'stamp_only': not (loaded['subprocess'] or loaded['uuid'])}))"
)


def _command(*argv: str | Path, env: dict[str, str] | None = None) -> dict[str, object]:
    run_env = {**os.environ, **(env or {})}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *map(str, argv)], capture_output=True, text=True, check=True, env=run_env
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_rerun_addition_and_recount_load_no_pandas(tmp_path: Path) -> None:
    folder, wh, book = tmp_path / "raw", tmp_path / "wh", tmp_path / "codebook"
    shutil.copytree(CODEBOOK, book)
    write_reports(folder)
    etl = ("etl", folder, "--out", wh, "--codebook", book, "--workers", "2", "--no-progress")
    first = _command(*etl)
    # too small for a pool: read in-process, without loading multiprocessing
    assert first["code"] == 0 and first["children"] == 0 and first["pool_modules"] is False

    rerun = _command(*etl)
    # nothing changed: told from the first run's stamp, before pyarrow loads (etl/run/rerun_stamp.py),
    # nor subprocess or uuid (which pyarrow loads)
    assert rerun == {
        "code": 0,
        "pandas": False,
        "children": 0,
        "html_reader": False,
        "pyarrow": False,
        "pool_modules": False,
        "stamp_only": True,
    }
    (wh / RERUN_STAMP).unlink()
    full = _command(*etl)
    # the full path of a rerun: nothing to read, no forkserver either, nor a format's reader
    assert {k: full[k] for k in ("code", "pandas", "children", "html_reader", "pyarrow", "pool_modules")} == {
        "code": 0,
        "pandas": False,
        "children": 0,
        "html_reader": False,
        "pyarrow": True,
        "pool_modules": False,
    }

    name, text = next(iter(REPORTS.items()))
    (folder / f"new-{Path(name).name}").write_text(text.replace("会议", "全体会议", 1), encoding="utf-8")
    added = _command(*etl)
    assert added["code"] == 0 and added["pandas"] is False and added["pool_modules"] is False

    with open(book / "themes.csv", "a", encoding="utf-8") as fh:
        fh.write("测试主题,Test theme,高质量发展|营商环境\n")
    recount = _command("recount", "--warehouse", wh, "--codebook", book, "--workers", "2")
    assert recount["code"] == 0 and recount["pandas"] is False and recount["pool_modules"] is False


def test_a_first_run_worth_a_pool_has_one(tmp_path: Path) -> None:
    folder, wh = tmp_path / "raw", tmp_path / "wh"
    write_reports(folder)
    small_chunks = {"POLICY_THEMES_CHUNK_CHARS": "50"}  # the folder (under 1 kB) is then several chunks
    first = _command("etl", folder, "--out", wh, "--codebook", CODEBOOK, "--workers", "2", env=small_chunks)
    assert first["code"] == 0 and first["children"] >= 1  # the forkserver (and its resource tracker)
    assert first["pool_modules"] is True


def test_the_version_is_read_as_importlib_metadata_reads_it(tmp_path: Path) -> None:
    from importlib.metadata import version

    import etl

    assert etl._installed_version() == version("policy-themes")
    probe = "import sys, etl; etl.__version__; print('importlib.metadata' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"  # found without loading importlib.metadata
    info = tmp_path / "policy_themes-9.8.7.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: policy-themes\nVersion: 9.8.7\n\nbody\n", "utf-8")
    probe = f"import sys; sys.path.insert(0, {str(tmp_path)!r}); import etl; print(etl._installed_version())"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "9.8.7"  # the first on sys.path, as importlib.metadata takes it


# numpy's OpenBLAS threads, counted from /proc: one per further core, started when numpy loads
_THREADS = (
    "import os, sys; {first}import numpy; import etl.run.cli;"
    "print(len(os.listdir('/proc/self/task')), os.environ.get('OPENBLAS_NUM_THREADS'))"
)


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="threads counted from /proc")
def test_the_command_line_loads_numpy_without_blas_threads() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")}

    def probe(first: str, extra: dict[str, str] | None = None) -> tuple[int, str]:
        code = _THREADS.format(first=first)
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={**env, **(extra or {})}
        )
        threads, value = done.stdout.split()
        return int(threads), value

    # the command line loaded first (as every command does): numpy starts no thread of its own
    assert probe("import etl.run.cli; ") == (1, "1")
    # numpy loaded before the command line starts one per further core: what the probe counts
    threads, value = probe("")
    assert value == "1" and (threads > 1 or len(os.sched_getaffinity(0)) == 1)
    # a value the user set is kept
    assert probe("import etl.run.cli; ", {"OPENBLAS_NUM_THREADS": "2"})[1] == "2"


_DASHBOARD_ENV = (
    "import etl.run.cli as cli; import os;"
    "print(os.environ.get('OPENBLAS_NUM_THREADS'), cli._dashboard_environment().get('OPENBLAS_NUM_THREADS'))"
)


def test_the_dashboards_processes_get_the_users_blas_setting_back() -> None:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}

    def probe(extra: dict[str, str]) -> list[str]:
        cmd = [sys.executable, "-c", _DASHBOARD_ENV]
        return subprocess.run(cmd, capture_output=True, text=True, check=True, env={**env, **extra}).stdout.split()

    # the ETL's process runs with one BLAS thread; the dashboard's topic models get the default back
    assert probe({}) == ["1", "None"]
    # a value the user set is theirs everywhere
    assert probe({"OPENBLAS_NUM_THREADS": "2"}) == ["2", "2"]
