"""Settings resolved once (CLI flags > environment > defaults) into a frozen object passed down.

Deep code never reads ``os.environ``: only :func:`resolve` does.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CORRECTIONS_FILE = "corrections.csv"
TENURES_FILE = "tenures.csv"


def _default_codebook() -> Path:
    local = Path("data/codebook")
    return local if local.is_dir() else PROJECT_ROOT / "data" / "codebook"


@dataclass(frozen=True)
class Limits:
    """Bounds on what one input may cost; anything past them is refused with a clear error."""

    max_file_bytes: int = 200 * 1024 * 1024
    max_doc_chars: int = 2_000_000
    max_table_rows: int = 5_000_000
    max_archive_ratio: int = 100
    max_archive_bytes: int = 1024 * 1024 * 1024
    max_archive_files: int = 50_000
    max_upload_bytes: int = 2 * 1024 * 1024 * 1024  # one batch of uploads on the data page, all files
    max_upload_files: int = 1_000


@dataclass(frozen=True)
class Settings:
    """Everything a run needs; ``help`` texts feed the CLI and the docs."""

    warehouse: Path = field(default=Path("data/warehouse"), metadata={"env": "POLICY_THEMES_WAREHOUSE"})
    codebook: Path = field(default_factory=_default_codebook, metadata={"env": "POLICY_THEMES_CODEBOOK"})
    workers: int = field(default=0, metadata={"env": "POLICY_THEMES_WORKERS"})  # 0: all cores
    engine: str = field(default="local", metadata={"env": "POLICY_THEMES_ENGINE"})
    scheduler: str | None = field(default=None, metadata={"env": "POLICY_THEMES_SCHEDULER"})
    chunk_chars: int = field(default=2_000_000, metadata={"env": "POLICY_THEMES_CHUNK_CHARS"})
    sidecar: Path | None = None
    progress: bool = True
    wait: float = 0.0  # seconds to wait for another run's lock before refusing
    prune: bool = False  # forget inputs under the given folders that no longer exist
    columns: tuple[tuple[str, str], ...] = ()  # --columns: (contract field, table column) pairs
    limits: Limits = field(default_factory=Limits)
    # The users' corrections and real tenure dates: files beside the codebook folder unless given
    # (an environment variable gives them as text: read them through the properties below).
    corrections: Path | None = field(default=None, metadata={"env": "POLICY_THEMES_CORRECTIONS"})
    tenures: Path | None = field(default=None, metadata={"env": "POLICY_THEMES_TENURES"})

    @property
    def n_workers(self) -> int:
        return self.workers if self.workers > 0 else (os.cpu_count() or 1)

    @property
    def corrections_file(self) -> Path:
        """The corrections CSV (docs/reading.md, Corrections): ``corrections.csv`` beside the codebook."""
        return Path(self.corrections) if self.corrections else Path(self.codebook).parent / CORRECTIONS_FILE

    @property
    def tenures_file(self) -> Path:
        """The tenure overrides CSV (docs/research.md): ``tenures.csv`` beside the codebook."""
        return Path(self.tenures) if self.tenures else Path(self.codebook).parent / TENURES_FILE


def _coerce(value: str, current: object) -> object:
    if isinstance(current, bool):
        return value.lower() in ("1", "true", "yes")
    if isinstance(current, int):
        return int(value)
    if isinstance(current, Path) or current is None:
        return Path(value) if current is not None else value
    return value


def resolve(flags: Mapping[str, object] | None = None, env: Mapping[str, str] | None = None) -> Settings:
    """Defaults, overridden by environment variables, overridden by CLI flags (non-None)."""
    settings = Settings()
    environ = os.environ if env is None else env
    updates: dict[str, object] = {}
    for f in fields(Settings):
        var = f.metadata.get("env")
        if var and environ.get(var):
            updates[f.name] = _coerce(environ[var], getattr(settings, f.name))
    for name, value in (flags or {}).items():
        if value is not None:
            updates[name] = value
    return replace(settings, **updates)  # type: ignore[arg-type]
