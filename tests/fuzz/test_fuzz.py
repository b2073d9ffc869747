"""Whatever a scraper brought back: no crash, no hang, nothing lost, good files read in full.

The big run sends over 10,000 generated and mutated inputs through ``process_chunk`` in batches
mixed with good files (a forked worker per batch, a watchdog and a per-file timer); a few hundred
go through ``run_etl`` and the warehouse must stay valid. ``python -m tests.fuzz`` prints the figures.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.io.validate import validate
from etl.io.warehouse import Warehouse
from etl.run.pipeline import run_etl
from tests.conftest import settings_for
from tests.fuzz.cases import GENERATORS, build, plan
from tests.fuzz.harness import LIMITS, Report, judge, run_batch, run_cases, write_cases

SEED = 20261127
N_CASES = 10_500
# Kinds cheap enough for hypothesis to draw freely (the several-MB ones stay in the big run).
QUICK_KINDS = sorted(k for k in GENERATORS if not k.startswith(("long-", "deep-")))


def _assert_clean(report: Report) -> None:
    assert not report.failures, "\n".join(report.lines())


@pytest.mark.slow
def test_ten_thousand_inputs_no_crash_no_hang_nothing_lost() -> None:
    report = run_cases(plan(SEED, N_CASES), workers=2, batch_size=400, per_case_s=30.0)
    print("\n".join(report.lines()))
    assert len(report.outcomes) == N_CASES
    assert {o.kind for o in report.outcomes} >= {"good-pdf", "zip-traversal", "zip-bomb", "deep-html", "empty"}
    _assert_clean(report)
    assert sum(o.good for o in report.outcomes) > 3_000
    # damaged text with a few bad bytes is now read with a warning, no longer listed in errors
    assert sum(o.listed for o in report.outcomes) > 4_500


specs = st.tuples(st.sampled_from(QUICK_KINDS), st.integers(min_value=0, max_value=2**40))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(batch=st.lists(specs, min_size=1, max_size=12))
def test_any_mix_of_inputs_in_one_chunk(batch: list[tuple[str, int]]) -> None:
    """Hypothesis picks the kinds and seeds (and shrinks a failing mix); run in this process."""
    with tempfile.TemporaryDirectory() as root:
        result = run_batch(list(enumerate(batch)), Path(root), LIMITS, per_case_s=30.0)
    assert "outcomes" in result, result
    failures = [o for o in result["outcomes"] if o.status != "ok"]
    assert not failures, failures


def _judge_warehouse(wh: Path, cases: list, inputs: dict[int, list[str]], refusals: dict[int, str]) -> list:  # type: ignore[type-arg]
    w = Warehouse.open(wh)
    tables = {name: w.read(name) for name in ("errors", "sources", "meetings")}
    outcomes = [judge(i, case, inputs[i], refusals.get(i), tables, {}, False) for i, case in cases]
    return [o for o in outcomes if o.status != "ok"]


def _n_inputs(cases: list, inputs: dict[int, list[str]]) -> int:  # type: ignore[type-arg]
    """The files a run over in/ and unzipped/ reads: a zip case is its unpacked files, and the zip
    itself too (archives are inputs of their own)."""
    return sum(len(p) for p in inputs.values()) + sum(1 for _, case in cases if case.suffix == ".zip")


def _reposted_by_new_inputs(wh: Path, known: set[str]) -> set[str]:
    """Inputs of ``known`` holding a meeting that an input not in ``known`` holds too."""
    rows = Warehouse.open(wh).read("sources", ["meeting_id", "input"]).to_pylist()
    shared = {r["meeting_id"] for r in rows if r["input"] not in known}
    return {r["input"] for r in rows if r["input"] in known and r["meeting_id"] in shared}


@pytest.mark.slow
def test_full_runs_on_fuzzed_folders_keep_the_warehouse_valid(tmp_path: Path) -> None:
    """300 inputs, then 150 more and an untouched rerun, through run_etl with two workers."""
    raw, wh = tmp_path / "raw", tmp_path / "wh"
    (raw / "unzipped").mkdir(parents=True)
    first = [(i, build(spec)) for i, spec in enumerate(plan(SEED + 1, 300))]
    inputs, refusals = write_cases(first, raw, LIMITS)
    summary = run_etl([raw / "in", raw / "unzipped"], settings_for(wh, workers=2))
    assert validate(wh) == []
    assert summary.inputs == _n_inputs(first, inputs)
    assert not _judge_warehouse(wh, first, inputs, refusals)

    more = [(300 + i, build(spec)) for i, spec in enumerate(plan(SEED + 2, 150))]
    more_inputs, more_refusals = write_cases(more, raw, LIMITS)
    known = set(Warehouse.open(wh).read("inputs", ["input"])["input"].to_pylist())
    summary = run_etl([raw / "in", raw / "unzipped"], settings_for(wh, workers=2))
    assert validate(wh) == []
    # Unchanged but read again: an input holding a meeting a new input reposts (its copies merge).
    assert summary.unchanged == _n_inputs(first, inputs) - len(_reposted_by_new_inputs(wh, known))
    everything = {**inputs, **more_inputs}
    assert not _judge_warehouse(wh, first + more, everything, {**refusals, **more_refusals})

    version = Warehouse.open(wh).version
    summary = run_etl([raw / "in", raw / "unzipped"], settings_for(wh, workers=2))
    assert summary.read == 0
    assert validate(wh) == []
    assert Warehouse.open(wh).version >= version
