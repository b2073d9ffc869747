"""``policy-themes``: a thin command line that parses flags and delegates."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import etl
from etl.contract.model import COLUMN_FIELDS, MANIFEST, CodebookError, InputError
from etl.contract.settings import PROJECT_ROOT, Settings, resolve

# Before numpy loads (pyarrow imports it; nothing above does): numpy's OpenBLAS otherwise starts a
# thread per further core at import, which spins on that core for nothing (the ETL does no linear
# algebra): about 0.08 CPU s of every process that loads pyarrow, an addition's included. Set here,
# it holds for the forkserver and the workers the command starts too; a value the user set is kept.
# The dashboard's processes (its topic models and measures do use linear algebra) get the user's own
# environment back (``_dashboard_environment``).
_BLAS_SET_HERE = "OPENBLAS_NUM_THREADS" not in os.environ
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

DEFAULT_DEMO = Path("data/demo")
DEFAULTS = Settings()  # the defaults the help texts show: declared once, in etl.contract.settings


def _shown(value: object) -> str:
    """A default as the help shows it (paths relative to the project, 0 workers as all cores)."""
    if isinstance(value, Path) and value.is_absolute() and value.is_relative_to(PROJECT_ROOT):
        return str(value.relative_to(PROJECT_ROOT))
    return str(value)


def _help(text: str, name: str) -> str:
    value = getattr(DEFAULTS, name)
    shown = "all cores" if name == "workers" and value == 0 else _shown(value)
    return f"{text} (default: {shown})"


class _Version(argparse.Action):
    """``--version``, with the version looked up only when asked for (importlib.metadata is slow to load)."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(f"policy-themes {etl.__version__}")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="policy-themes",
        description="Turn Chinese government meeting reports into a warehouse and dashboard of policy themes.",
    )
    p.add_argument("--version", action=_Version, help="show program's version number and exit")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = sub.add_parser("demo", help="write the synthetic demo corpus (raw files + ground truth)")
    demo.add_argument("--out", type=Path, default=DEFAULT_DEMO, help="folder to write (default: data/demo)")
    demo.add_argument("--meetings", type=int, default=None, help="number of meetings (default: 720)")
    demo.add_argument("--seed", type=int, default=None, help="random seed (same seed, same corpus)")

    etl = sub.add_parser("etl", help="read reports into the parquet warehouse (incremental)")
    etl.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="files or folders (recursive)")
    _warehouse_flag(etl)
    etl.add_argument("--codebook", type=Path, help=_help("codebook folder", "codebook"))
    etl.add_argument("--sidecar", type=Path, help="CSV of metadata per file (file,url,date,organ,...)")
    etl.add_argument(
        "--columns",
        metavar="FIELD=COLUMN,...",
        help="read a table column as a contract field, e.g. date=pub_time,organ=dept "
        f"(fields: {', '.join(COLUMN_FIELDS)})",
    )
    _user_file_flags(etl)
    etl.add_argument("--workers", type=int, help=_help("worker processes", "workers"))
    etl.add_argument(
        "--engine", choices=("local", "dask"), help=_help("local process pool or dask.distributed", "engine")
    )
    etl.add_argument("--scheduler", help="dask scheduler address (default: a LocalCluster)")
    etl.add_argument("--wait", type=float, help=_help("seconds to wait while another run writes the warehouse", "wait"))
    etl.add_argument(
        "--prune",
        action="store_true",
        help="forget inputs of earlier runs that are no longer under the given folders (their meetings go); "
        "without it the warehouse keeps everything it has read",
    )
    etl.add_argument("--no-progress", action="store_true", help="no progress bar")

    rec = sub.add_parser("recount", help="recount themes and 提法 after a codebook edit (no re-segmentation)")
    _warehouse_flag(rec)
    rec.add_argument("--codebook", type=Path, help=_help("codebook folder", "codebook"))
    rec.add_argument("--workers", type=int, help=_help("worker processes", "workers"))

    cor = sub.add_parser("correct", help="apply the corrections file to the warehouse (no input read again)")
    _warehouse_flag(cor)
    cor.add_argument(
        "--codebook", type=Path, help=_help("codebook folder (the files beside it are the defaults)", "codebook")
    )
    _user_file_flags(cor)

    val = sub.add_parser("validate", help="check a warehouse against the data contract")
    _warehouse_flag(val)

    score = sub.add_parser("score", help="score report reading on annotated reports (docs/reading.md)")
    score.add_argument(
        "folder",
        nargs="?",
        type=Path,
        default=Path("tests/fixtures/reports"),
        help="reports with annotations.jsonl (yours) or expected.jsonl (the fixtures; the default)",
    )
    score.add_argument("--codebook", type=Path, help="codebook folder for the themes (default: the project's)")
    score.add_argument("--quiet", action="store_true", help="print the figures without the misses")

    dash = sub.add_parser("dashboard", help="open the dashboard on a warehouse")
    _warehouse_flag(dash)
    dash.add_argument("--port", type=int, default=8501, help="port (default: 8501)")
    dash.add_argument("--address", default="127.0.0.1", help="address to bind (default: localhost only)")

    # Parsed by the dashboard's export command (``python -m dashboard.exporting``), not here.
    export = sub.add_parser(
        "export", add_help=False, help="draw a dashboard figure or table to a file (policy-themes export --help)"
    )
    export.add_argument("rest", nargs=argparse.REMAINDER)
    return p


def _warehouse_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--warehouse", "--out", dest="warehouse", type=Path, help=_help("warehouse folder", "warehouse"))


def _user_file_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--corrections",
        type=Path,
        metavar="FILE",
        help="CSV of corrections to meetings (docs/reading.md, Corrections; default: corrections.csv beside the codebook folder)",
    )
    p.add_argument(
        "--tenures",
        type=Path,
        metavar="FILE",
        help="CSV of real tenure dates, recorded by hash (docs/research.md; default: tenures.csv beside the codebook folder)",
    )


def _settings(args: argparse.Namespace) -> Settings:
    names = (
        "warehouse",
        "codebook",
        "workers",
        "engine",
        "scheduler",
        "sidecar",
        "wait",
        "prune",
        "corrections",
        "tenures",
    )
    flags = {k: getattr(args, k, None) for k in names}
    flags["progress"] = False if getattr(args, "no_progress", False) or not sys.stderr.isatty() else None
    return resolve(flags)


def cmd_demo(args: argparse.Namespace) -> int:
    from etl.demo import write_demo

    kwargs = {k: v for k, v in (("n_meetings", args.meetings), ("seed", args.seed)) if v is not None}
    summary = write_demo(args.out, **kwargs)
    print(
        f"wrote a synthetic demo corpus to {args.out}: {summary.n_meetings} meetings in {summary.n_files} files "
        f"({summary.n_reposts} reposts), regions {', '.join(summary.regions)}; ground truth in {summary.ground_truth}"
    )
    print(f"next: policy-themes etl {args.out / 'raw'} --sidecar {args.out / 'sidecar.csv'}")
    return 0


def _bytes_under(paths: Sequence[Path]) -> int:
    """The size of every file at or under ``paths``: at least what a run reads (before pyarrow loads)."""
    total = 0
    for path in paths:
        if path.is_file():
            total += path.stat().st_size
        for folder, _, names in os.walk(path):
            for name in names:
                try:
                    total += os.stat(os.path.join(folder, name)).st_size
                except OSError:
                    continue  # the run reports it
    return total


def cmd_etl(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from etl.io.readers.columns import ColumnsUsageError, parse_columns

    try:
        columns = parse_columns(args.columns)
    except ColumnsUsageError as exc:
        print(f"usage error: {exc}", file=sys.stderr)
        return 2
    settings = replace(_settings(args), columns=columns)
    if (unchanged := _unchanged_rerun(args.inputs, settings)) is not None:
        return unchanged

    from etl.run.engines import WORKER_MODULES, pool_worth_starting, start_pool_early

    if not (settings.warehouse / MANIFEST).is_file() and pool_worth_starting(_bytes_under(args.inputs), settings):
        # A first run of enough input reads everything in a pool: its imports run on another core
        # while this process loads its own. A later run is most often an unchanged rerun or a few
        # new files, and a small input is read in this process: a forkserver importing the
        # tokenizer and the reading patterns for nothing would take most of a CPU second from it
        # on a busy machine; a pass that needs the pool starts it.
        start_pool_early(settings, WORKER_MODULES)

    from etl.io.pattern_cache import served_patterns

    with served_patterns():  # the patterns of the modules it loads, compiled once per machine
        from etl.run.pipeline import run_etl

    missing = [str(p) for p in args.inputs if not p.exists()]
    if missing:
        print(f"error: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    hints_for: Callable[[Path], Mapping[str, str]] | None = None
    if settings.sidecar:
        from etl.io.readers.sidecar import load_sidecar

        hints_for = load_sidecar(settings.sidecar).hints_for
    bar = None
    progress = None
    if settings.progress:
        from tqdm import tqdm

        bar = tqdm(total=0, unit="file", desc="etl", file=sys.stderr)

        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.n = done
            bar.refresh()

    try:
        summary = run_etl(args.inputs, settings, progress=progress, hints_for=hints_for)
    finally:
        if bar is not None:
            bar.close()
    for line in summary.lines():
        print(line)
    print(f"warehouse: {settings.warehouse}")
    if summary.no_report:
        print(f"error: no report was read from {', '.join(map(str, args.inputs))} (see above)", file=sys.stderr)
    return 0 if summary.ok else 1


def _unchanged_rerun(inputs: Sequence[Path], settings: Settings) -> int | None:
    """An unchanged rerun's summary, printed from the last run's stamp before pyarrow loads
    (etl/run/rerun_stamp.py); None when anything may have changed."""
    from etl.run.rerun_stamp import unchanged_rerun

    summary = unchanged_rerun(inputs, settings)
    if summary is None:
        return None
    for line in summary.lines():
        print(line)
    print(f"warehouse: {settings.warehouse}")
    return 0 if summary.ok else 1


def cmd_recount(args: argparse.Namespace) -> int:
    from etl.run.recount import recount

    settings = _settings(args)
    parts, seconds = recount(settings)
    print(f"recounted {parts} parts of {settings.warehouse} in {seconds:.1f} s with {settings.codebook}")
    return 0


def cmd_correct(args: argparse.Namespace) -> int:
    from etl.run.corrections_step import reapply

    outcome = reapply(_settings(args))
    for problem in outcome.problems:
        print(f"warning: {problem}")
    print(outcome.line() or f"corrections: no file at {outcome.corrections.path}; nothing to apply")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from etl.contract.schema import CONTRACT_VERSION
    from etl.io.validate import validate

    settings = _settings(args)
    problems = validate(settings.warehouse)
    for p in problems:
        print(f"invalid: {p}")
    if not problems:
        print(f"{settings.warehouse}: valid (contract {CONTRACT_VERSION})")
    return 1 if problems else 0


def cmd_score(args: argparse.Namespace) -> int:
    from etl.run.score import main as score_main

    extra = [*(["--codebook", str(args.codebook)] if args.codebook else []), *(["--quiet"] if args.quiet else [])]
    return int(score_main([str(args.folder), *extra]))


def cmd_dashboard(args: argparse.Namespace) -> int:
    import subprocess  # here, not at the top: every command loads this module, two start processes

    settings = _settings(args)
    app = PROJECT_ROOT / "dashboard" / "app.py"
    env = {**_dashboard_environment(), "POLICY_THEMES_WAREHOUSE": str(settings.warehouse.resolve())}
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(app),
        "--server.port", str(args.port), "--server.address", args.address,
        "--server.headless", "true", "--browser.gatherUsageStats", "false",
    ]  # fmt: skip
    # Build the version's indexes now, in a process of its own, rather than on the first page view.
    prepare = [sys.executable, "-m", "dashboard.prepare", "--warehouse", env["POLICY_THEMES_WAREHOUSE"]]
    if subprocess.call(prepare, env=env, cwd=PROJECT_ROOT) != 0:
        print("warning: the dashboard's indexes were not built ahead; pages build them when first asked")
    print(f"dashboard on http://{args.address}:{args.port} (warehouse {settings.warehouse})")
    return subprocess.call(cmd, env=env, cwd=PROJECT_ROOT)


def cmd_export(args: argparse.Namespace) -> int:
    """Delegate to ``python -m dashboard.exporting`` (the ETL never imports the dashboard), run
    from this checkout's code, in the caller's folder so relative paths mean what they say."""
    import subprocess

    path = os.pathsep.join(p for p in (str(PROJECT_ROOT), os.environ.get("PYTHONPATH", "")) if p)
    command = [sys.executable, "-m", "dashboard.exporting", *args.rest]
    return subprocess.call(command, env={**_dashboard_environment(), "PYTHONPATH": path})


def _dashboard_environment() -> dict[str, str]:
    """The environment for the dashboard's processes: the user's, without the BLAS thread limit this
    module set for the ETL (the dashboard's topic models and measures use linear algebra)."""
    env = dict(os.environ)
    if _BLAS_SET_HERE:
        env.pop("OPENBLAS_NUM_THREADS", None)
    return env


def _user_errors() -> tuple[type[Exception], ...]:
    """Errors that are the user's to fix: a message, no traceback. Imported only when one is
    raised, so that a command starts without loading pyarrow first."""
    from etl.io.warehouse import WarehouseBusy, WarehouseError
    from etl.run.recount import NeedsFullRun

    return (CodebookError, WarehouseBusy, WarehouseError, InputError, NeedsFullRun)


COMMANDS = {
    "demo": cmd_demo,
    "etl": cmd_etl,
    "recount": cmd_recount,
    "correct": cmd_correct,
    "validate": cmd_validate,
    "score": cmd_score,
    "dashboard": cmd_dashboard,
    "export": cmd_export,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["export"]:  # every argument, --help included, is the export command's
        return cmd_export(argparse.Namespace(rest=argv[1:]))
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except Exception as exc:
        if not isinstance(exc, _user_errors()):
            raise
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; the warehouse keeps its last committed version", file=sys.stderr)
        return 130
