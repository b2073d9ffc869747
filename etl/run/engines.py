"""Engines map one top-level function over work items; they never hold ETL logic.

The ETL maps ``process_chunk`` over chunks of inputs and a recount maps ``recount_part`` over
parts: the same function runs in-process, in a local process pool or on a Dask cluster.
Results come back in submission order with a bounded number of items in flight, so memory
stays flat however large the corpus.
"""

from __future__ import annotations

import collections
import importlib
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from etl.contract.settings import Settings
from etl.io.pattern_cache import served_patterns

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing.context import ForkServerContext

# engine(function, argument tuples) -> results in order
Engine = Callable[[Callable[..., Any], Iterable[tuple[Any, ...]]], Iterator[Any]]


@dataclass(frozen=True)
class ByName:
    """A function named ``module:name``, imported where it runs.

    The process handing out work never imports the module (the tokenizer and its dictionary
    take most of a second to load), and a local pool imports it once, in the forkserver its
    workers are forked from, instead of once per worker.
    """

    target: str

    @property
    def module(self) -> str:
        return self.target.partition(":")[0]

    def __call__(self, *args: Any) -> Any:
        module, _, name = self.target.partition(":")
        return getattr(import_reading(module), name)(*args)


def import_reading(module: str) -> Any:
    """``module`` imported with the reading patterns served from the compiled-pattern cache
    (``etl.io.pattern_cache``): a process compiles none it compiled before."""
    if module in sys.modules:
        return sys.modules[module]
    with served_patterns():
        return importlib.import_module(module)


def _ordered(
    submit: Callable[[tuple[Any, ...]], Any], items: Iterable[tuple[Any, ...]], in_flight: int
) -> Iterator[Any]:
    pending: collections.deque[Any] = collections.deque()
    for args in items:
        pending.append(submit(args))
        if len(pending) >= in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def local_engine(settings: Settings) -> Engine:
    workers = settings.n_workers

    def run(fn: Callable[..., Any], items: Iterable[tuple[Any, ...]]) -> Iterator[Any]:
        if workers <= 1:
            for args in items:
                yield fn(*args)
            return
        ctx, pool_of = _forkserver()
        if isinstance(fn, ByName):
            ctx.set_forkserver_preload([fn.module])
        with pool_of(workers, mp_context=ctx) as pool:
            yield from _ordered(lambda args: pool.submit(fn, *args), items, 2 * workers)

    return run


# What the workers of a run's pool import before they are forked (both passes of a run, the recount):
# etl.run.worker_imports imports them with the reading patterns served from the compiled-pattern cache.
WORKER_MODULES = ("etl.run.process", "etl.run.fingerprint", "etl.run.recount")
_FORKSERVER_PRELOAD = "etl.run.worker_imports"


def _forkserver() -> tuple[ForkServerContext, type[ProcessPoolExecutor]]:
    """The forkserver context and the pool class, imported only by a run that starts a pool: an
    addition or a recount read in-process, and multiprocessing with concurrent.futures cost them
    about 20 ms of start-up for nothing."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return multiprocessing.get_context("forkserver"), ProcessPoolExecutor


def _preload(ctx: Any, modules: tuple[str, ...]) -> None:
    # No pandas: the workers build their Arrow tables without it (etl.contract.arrow_values).
    ctx.set_forkserver_preload([_FORKSERVER_PRELOAD] if modules == WORKER_MODULES else list(modules))


def pool_worth_starting(input_bytes: int, settings: Settings) -> bool:
    """Whether a run reading ``input_bytes`` of input starts worker processes: starting them costs
    about a second, not worth it for a chunk or two (the run and the command line both ask)."""
    return input_bytes >= 2 * settings.chunk_chars * 3


def start_pool_early(settings: Settings, preload: tuple[str, ...]) -> None:
    """Start the forkserver a local pool forks its workers from, with ``preload`` imported, now.

    Its imports (the tokenizer and its dictionary, the reading patterns: about half a second)
    then run on another core while the command loads its own modules and plans the run, instead
    of after them. A run that turns out to need no pool leaves it idle; it exits with
    the command."""
    if settings.engine != "local" or settings.n_workers <= 1:
        return
    from multiprocessing import forkserver

    _preload(_forkserver()[0], preload)
    forkserver.ensure_running()


@contextmanager
def pooled_engine(settings: Settings, preload: tuple[str, ...]) -> Iterator[Engine]:
    """A local engine whose one process pool serves every map of a run (the evidence pass and
    the processing pass): its workers start, and import ``preload`` in the forkserver, once.

    Workers start on the first map; a run that maps nothing starts none."""
    if settings.engine != "local" or settings.n_workers <= 1:
        yield make_engine(settings)
        return
    workers = settings.n_workers
    ctx, pool_of = _forkserver()
    _preload(ctx, preload)  # a no-op when start_pool_early started the forkserver with them
    with pool_of(workers, mp_context=ctx) as pool:

        def run(fn: Callable[..., Any], items: Iterable[tuple[Any, ...]]) -> Iterator[Any]:
            yield from _ordered(lambda args: pool.submit(fn, *args), items, 2 * workers)

        yield run


def dask_engine(settings: Settings) -> Engine:
    """The same functions on a dask.distributed cluster (``pip install 'policy-themes[dask]'``)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise SystemExit("the dask engine needs `pip install 'policy-themes[dask]'`") from exc

    def run(fn: Callable[..., Any], items: Iterable[tuple[Any, ...]]) -> Iterator[Any]:
        cluster = None
        if settings.scheduler:
            client = Client(settings.scheduler)
        else:
            # on this machine only, with the diagnostics page on a free port (None would mean :8787)
            cluster = LocalCluster(
                n_workers=settings.n_workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address="127.0.0.1:0",
            )
            client = Client(cluster)
        try:
            n = max(1, len(client.scheduler_info().get("workers", {})))
            yield from _ordered(lambda args: client.submit(fn, *args, pure=False), items, 2 * n)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    return run


ENGINES: dict[str, Callable[[Settings], Engine]] = {"local": local_engine, "dask": dask_engine}


def make_engine(settings: Settings) -> Engine:
    try:
        return ENGINES[settings.engine](settings)
    except KeyError:
        raise SystemExit(f"unknown engine {settings.engine!r}; choose one of {', '.join(ENGINES)}") from None
