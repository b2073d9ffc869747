"""The export command line: common flags, the filter flags drawn from the filter specs, one
sub-command per view of :data:`dashboard.exporting.VIEWS`, and the writing of each format.

A view is a figure or table over the sidebar's filters (``build(session, args)``: themes, terms,
speakers, heatmap) or a research table over them (``table(session, args)`` and the ``SUFFIXES``
its ``--out`` may end in: panel, tenures, written as csv, xlsx, parquet or dta). Every view takes
the filter flags and the calendar's (``--post``, ``--periods``, ``--overrides``: the tenures and
user periods that ``--granularity tenure|periods`` and ``--by region,tenure|periods`` group by).

Errors a user can fix (a bad flag value, an unknown theme, an empty selection, a missing
warehouse) print ``error: --flag: reason`` and exit 2; an input file that cannot be used (a
periods or overrides CSV, a codebook) prints ``error: FILE:LINE: reason`` and exits 1. Nothing
is written then.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

from dashboard import exporting, measures, queries
from dashboard.edits.codebook import replace_atomically
from dashboard.exporting.base import DataError, Export, ExportError, Session, known, split_list
from dashboard.indexes.corpus import Corpus, open_corpus
from dashboard.queries import Filters
from dashboard.queries.filters import DEFAULTS, Choice, DateBound, Exclude, Flag, OneOf, Pick, open_edges, specs
from dashboard.rendering import exports, publication, table_files
from dashboard.rendering.i18n import t
from dashboard.storage import tables
from dashboard.storage.codebooks import codebook_in_force
from etl.contract.settings import resolve
from etl.io.warehouse import Warehouse, WarehouseError

__all__ = ["FORMATS", "command_line", "filter_arguments", "install_calendar", "main", "parser", "run", "write"]

FORMATS = ("svg", "png", "html", "csv", "xlsx")
Span = tuple[dt.date, dt.date] | None
LIST_FLAGS = {"excluded_types": "exclude-types"}  # a list field's flag when not its name with dashes
_PLAIN_WORD = re.compile(r"[^\s'\"\\$`!*?;&|<>(){}\[\]#~]+")  # needs no quotes in a shell (Chinese included)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (write YYYY-MM-DD)") from None


def _list_flag(name: str) -> str:
    """The long flag of a list filter field (``--meeting-types``, ``--exclude-types``)."""
    return f"--{LIST_FLAGS.get(name, name.replace('_', '-'))}"


def _filter_flags(p: argparse.ArgumentParser, skip: frozenset[str] = frozenset()) -> None:
    """One flag per filter field, from its spec (as the sidebar draws one widget per field)."""
    group = p.add_argument_group("filters (as in the dashboard's sidebar; lists are comma-separated)")
    for name, spec in specs():
        if name in skip:
            continue
        label = t(spec.label, "en")
        if isinstance(spec, DateBound):
            flag, end = f"--{spec.param}", "first" if spec.param == "from" else "last"
            group.add_argument(flag, dest=name, type=_date, metavar="YYYY-MM-DD", help=f"{end} day (default: open)")
        elif isinstance(spec, Flag):
            group.add_argument(
                f"--{name.replace('_', '-')}", dest=name, action=argparse.BooleanOptionalAction, help=label
            )
        elif isinstance(spec, OneOf):
            group.add_argument(f"--{name}", dest=name, choices=spec.values, help=f"{label} (default: year)")
        elif isinstance(spec, Pick):
            default = getattr(DEFAULTS, name)
            group.add_argument(f"--{spec.param}", dest=name, metavar="POST", help=f"{label} (default: {default})")
        elif isinstance(spec, Choice):
            flags = dict.fromkeys([_list_flag(name), f"--{spec.param}"])
            group.add_argument(*flags, dest=name, metavar="A,B", help=f"{label} (default: all)")
        elif isinstance(spec, Exclude):
            flags = dict.fromkeys([_list_flag(name), f"--{spec.param}"])
            group.add_argument(*flags, dest=name, metavar="A,B", help=f"{label} (default: none)")


def _calendar_flags(p: argparse.ArgumentParser) -> None:
    group = p.add_argument_group("tenures and user periods (the files the dashboard reads from the codebook folder)")
    group.add_argument("--periods", type=Path, help="user periods CSV (name,start,end[,region])")
    group.add_argument("--overrides", type=Path, help="tenure overrides CSV (region,post,name,start,end)")


def filter_arguments(f: Filters, skip: frozenset[str] = frozenset()) -> list[str]:
    """The flags that give ``f`` (those not at their default): the inverse of :func:`_filters`."""
    out: list[str] = []
    for name, spec in specs():
        value = getattr(f, name)
        if name in skip or value == getattr(DEFAULTS, name):
            continue
        if isinstance(spec, DateBound):
            out += [f"--{spec.param}", value.isoformat()]
        elif isinstance(spec, Flag):
            out.append(f"--{'' if value else 'no-'}{name.replace('_', '-')}")
        elif isinstance(spec, OneOf):
            out += [f"--{name}", str(value)]
        elif isinstance(spec, Pick):
            out += [f"--{spec.param}", str(value)]
        elif isinstance(spec, Choice | Exclude):
            out += [_list_flag(name), ",".join(value)]
    return out


def command_line(view: str, arguments: Sequence[str], f: Filters) -> str:
    """``policy-themes export VIEW ARGUMENTS FILTERS``, quoted for a shell: a page's selection as
    the command that writes the same file (table views take no --granularity: they say --by)."""
    skip = frozenset({"granularity"}) if _is_table(exporting.view(view)) else frozenset()
    words = ["policy-themes", "export", view, *arguments, *filter_arguments(f, skip)]
    return " ".join(w if _PLAIN_WORD.fullmatch(w) else shlex.quote(w) for w in words)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="policy-themes export",
        description="Draw the dashboard's figures and tables from a warehouse, without a browser, "
        "with the metric, the filters and the provenance written into each file.",
    )
    sub = p.add_subparsers(dest="view", required=True, metavar="VIEW")
    for name in exporting.VIEWS:
        module = exporting.view(name)
        v = sub.add_parser(name, help=module.HELP, description=module.HELP)
        v.add_argument("--warehouse", type=Path, help="warehouse folder (default: as for policy-themes etl)")
        if _is_table(module):  # its own --out (the suffixes it writes) and period flags
            v.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the provenance")
            module.add_arguments(v)
            _calendar_flags(v)
            _filter_flags(v, skip=frozenset({"granularity"}))
            continue
        v.add_argument("--out", type=Path, required=True, help="file to write; its suffix gives the format")
        v.add_argument("--format", choices=FORMATS, help="svg, png, html, csv or xlsx (default: from --out)")
        v.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of labels (default: zh)")
        v.add_argument("--width", type=int, default=publication.FIGURE_WIDTH, help="image width in px")
        v.add_argument("--height", type=int, help="image height in px (default: fits the figure)")
        v.add_argument("--scale", type=float, default=2.0, help="PNG pixels per px (default: 2)")
        module.add_arguments(v)
        _calendar_flags(v)
        _filter_flags(v)
    return p


def _is_table(module: object) -> bool:
    """A research table of the whole warehouse (``table`` and ``SUFFIXES``), not a filtered view."""
    return hasattr(module, "table")


def _format(args: argparse.Namespace) -> str:
    fmt = args.format or args.out.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ExportError("--format", f"give one of {', '.join(FORMATS)} (or an --out ending in one), not {fmt!r}")
    return str(fmt)


def _filters(args: argparse.Namespace, session_options: dict[str, list[str]], themes: list[str], span: Span) -> Filters:
    """The flags as the sidebar's frozen filters: lists checked against what the corpus offers, a
    date at or beyond the corpus's first or last dated meeting open (as the slider's edges are)."""
    values: dict[str, object] = {}
    for name, spec in specs():
        value = getattr(args, name, None)
        if value is None:
            continue
        if isinstance(spec, Choice | Exclude):
            flag = _list_flag(name)
            offered = themes if name == "themes" else session_options.get(name, [])
            what = "meeting type" if isinstance(spec, Exclude) else name.rstrip("s").replace("_", " ")
            value = known(flag, split_list(value), offered, what)
        elif isinstance(spec, Pick):
            value = known(f"--{spec.param}", (value,), session_options.get(name, []), "post (of the tenures)")[0]
        values[name] = value
    start, end = getattr(args, "start", None), getattr(args, "end", None)
    if start and end and start > end:
        raise ExportError("--from", f"{start} is after --to {end}")
    values["start"], values["end"] = open_edges(start, end, span)
    return Filters(**values)  # type: ignore[arg-type]  # each value has its field's type (argparse types)


def open_warehouse(args: argparse.Namespace) -> Warehouse:
    settings = resolve({"warehouse": args.warehouse})
    try:
        wh = Warehouse.open(settings.warehouse)
    except WarehouseError as exc:
        raise ExportError("--warehouse", str(exc)) from exc
    if not wh.exists:
        raise ExportError("--warehouse", f"no warehouse at {settings.warehouse} (run policy-themes etl first)")
    return wh


def install_calendar(corpus: Corpus, args: argparse.Namespace) -> None:
    """The corpus's tenures and user periods from ``--periods`` and ``--overrides`` (a file that
    does not exist is an error: the dashboard skips it, a command names it)."""
    for flag in ("periods", "overrides"):
        path = getattr(args, flag, None)
        if path is not None and not path.is_file():
            raise DataError(f"{path}: no such file (--{flag})")
    queries.calendars.install_calendar(corpus, queries.calendars.load_calendar(args.periods, args.overrides))


def open_session(args: argparse.Namespace) -> Session:
    wh = open_warehouse(args)
    cb = codebook_in_force(wh, lambda: tables.theme_keywords(wh))
    corpus = open_corpus(wh, cb.codebook, cb.key) if cb.recount else open_corpus(wh)
    install_calendar(corpus, args)
    f = _filters(args, queries.options(corpus), [th.theme for th in cb.codebook.themes], queries.date_span(corpus))
    if queries.meeting_units(corpus, f).empty:
        raise ExportError("filters", "no meeting matches the filters (widen --from/--to or the other filters)")
    return Session(wh=wh, codebook=cb, lang=args.lang, corpus=corpus, filters=f)


def write(export: Export, session: Session, fmt: str, out: Path, args: argparse.Namespace) -> None:
    """The file of ``export`` in ``fmt`` at ``out``, with its provenance."""
    about = session.about(export)
    frame = export.frame
    if fmt == "csv":
        data = publication.table_csv(frame, about)
    elif fmt == "xlsx":
        data = publication.table_xlsx(frame, about, export.name)
    elif export.figure is None:
        raise ExportError("--format", f"{args.view} is a table: write csv or xlsx")
    elif fmt == "html":
        data = exports.figure_html(publication.figure(export.figure, about, width=None, height=args.height))
    else:
        fig = publication.figure(export.figure, about, width=args.width, height=args.height)
        scale = args.scale if fmt == "png" else 1  # an SVG is drawn in px whatever the scale
        data = exports.figure_image(fig, fmt, width=args.width, height=int(fig.layout.height), scale=scale)
    replace_atomically(out, data)


def write_table(export: Export, out: Path) -> list[Path]:
    """A research table at ``out`` in its suffix's format, with its provenance (a .dta also
    writes ``<out>.columns.csv`` and ``<out>.README.txt``); the paths written."""
    files = table_files.table_files(export.frame, out.suffix.lower().lstrip("."), export.about, export.name)
    written = [out.with_name(out.name + suffix) for suffix in files]
    for path, data in zip(written, files.values(), strict=True):
        replace_atomically(path, data)
    return written


def run(args: argparse.Namespace) -> list[Path]:
    """Write the view ``args.view``; the paths written."""
    module = exporting.view(args.view)
    if _is_table(module):
        return write_table(module.table(open_session(args), args), args.out)
    fmt = _format(args)
    session = open_session(args)
    export = module.build(session, args)
    write(export, session, fmt, args.out, args)
    return [Path(args.out)]


def main(argv: Sequence[str] | None = None) -> int:
    p = parser()
    args = p.parse_args(argv)
    try:
        written = run(args)
    except ExportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except exports.StaticExportUnavailable as exc:
        print(f"error: --format: {exc}", file=sys.stderr)
        return 2
    except (DataError, measures.PeriodsError, measures.TenureError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {', '.join(map(str, written))}")
    return 0
