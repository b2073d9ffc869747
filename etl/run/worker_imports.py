"""What a local pool's forkserver imports before it forks the workers: the modules of both passes
of a run and of the recount (``engines.WORKER_MODULES``), with the reading patterns served from
the compiled-pattern cache (``etl.io.pattern_cache``), so that the forkserver compiles none it
compiled before. Imported for this effect only."""

from __future__ import annotations

from etl.run.engines import WORKER_MODULES, import_reading

for _module in WORKER_MODULES:
    import_reading(_module)
