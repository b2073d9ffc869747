"""Engines run the same ``process_chunk`` over chunks of inputs; they never hold ETL logic.

Results come back in submission order, with a bounded number of chunks in flight, so memory
stays flat however large the corpus.
"""

from __future__ import annotations

import collections
import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from etl.process import ChunkResult, InputTask, process_chunk, resources_for
from etl.settings import Limits, Settings

Chunk = Sequence[InputTask]
Engine = Callable[[Iterable[Chunk]], Iterator[ChunkResult]]


def _ordered(
    submit: Callable[[Chunk], Any], result: Callable[[Any], ChunkResult], chunks: Iterable[Chunk], in_flight: int
) -> Iterator[ChunkResult]:
    pending: collections.deque[Any] = collections.deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= in_flight:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())


def _warm(codebook: str) -> None:
    resources_for(codebook)


def local_engine(settings: Settings) -> Engine:
    codebook, limits, workers = str(settings.codebook), settings.limits, settings.n_workers

    def run(chunks: Iterable[Chunk]) -> Iterator[ChunkResult]:
        if workers <= 1:
            for chunk in chunks:
                yield process_chunk(chunk, codebook, limits)
            return
        ctx = multiprocessing.get_context("forkserver")
        with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_warm, initargs=(codebook,)) as pool:

            def submit(chunk: Chunk) -> Future[ChunkResult]:
                return pool.submit(process_chunk, list(chunk), codebook, limits)

            yield from _ordered(submit, lambda f: f.result(), chunks, 2 * workers)

    return run


def dask_engine(settings: Settings) -> Engine:
    """The same function on a dask.distributed cluster (``pip install policy-themes[dask]``)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise SystemExit("the dask engine needs `pip install 'policy-themes[dask]'`") from exc
    codebook, limits = str(settings.codebook), settings.limits

    def run(chunks: Iterable[Chunk]) -> Iterator[ChunkResult]:
        cluster = None
        if settings.scheduler:
            client = Client(settings.scheduler)
        else:
            cluster = LocalCluster(n_workers=settings.n_workers, threads_per_worker=1, processes=True)
            client = Client(cluster)
        try:
            n = max(1, len(client.scheduler_info().get("workers", {})))

            def submit(chunk: Chunk) -> Any:
                return client.submit(process_chunk, list(chunk), codebook, limits, pure=False)

            yield from _ordered(submit, lambda f: f.result(), chunks, 2 * n)
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


__all__ = ["ENGINES", "Chunk", "Engine", "Limits", "make_engine"]
