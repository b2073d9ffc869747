"""What writing the demo corpus produced: its counts and paths (read by the README writer and the command)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class DemoSummary:
    """What ``write_demo`` wrote: counts and paths."""

    out: Path
    raw: Path
    sidecar: Path
    ground_truth: Path
    readme: Path
    seed: int
    n_meetings: int
    n_sources: int
    n_files: int
    n_reposts: int
    n_undated: int
    regions: tuple[str, ...]
    forms: tuple[tuple[str, int], ...]
    dumps: tuple[str, ...]  # CSV dump files, relative to raw/
    codebook_hash: str
