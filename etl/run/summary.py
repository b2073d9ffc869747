"""What a run says it did: the summary ``policy-themes etl`` prints (no pyarrow, so that an
unchanged rerun can print it before loading it: etl/run/rerun_stamp.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass
class RunSummary:
    """What one run did with every file it was given: read, unchanged, failed or skipped."""

    inputs: int = 0
    read: int = 0
    unchanged: int = 0
    failed: int = 0
    skipped: int = 0
    pruned: int = 0
    meetings_added: int = 0
    meetings_read: int = 0  # reports read this run (reposts included)
    meetings_total: int = 0
    undated: int = 0
    chars: int = 0
    seconds: float = 0.0
    errors: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    skipped_line: str = ""  # the skipped kinds, with counts and examples
    corrections_line: str = ""  # what the corrections file did (etl/run/corrections_step.py)

    @property
    def ok(self) -> bool:
        return not self.errors and not self.no_report

    @property
    def no_report(self) -> bool:
        """Nothing given held a report: no input was read into a meeting, none was unchanged."""
        return self.meetings_read == 0 and self.unchanged == 0

    def lines(self) -> list[str]:
        speed = self.chars / self.seconds if self.seconds else 0
        out = [
            f"inputs: {self.inputs + self.skipped} (read {self.read}, unchanged {self.unchanged}, "
            f"failed {self.failed}, skipped {self.skipped}"
            + (f"; {self.pruned} gone and forgotten)" if self.pruned else ")"),
        ]
        if self.skipped_line:
            out.append(f"skipped: {self.skipped_line}")
        out += [
            f"meetings: {self.meetings_total} in the warehouse ({self.meetings_added} written this run, "
            f"{self.undated} without a date)",
            f"time: {self.seconds:.1f} s ({speed:,.0f} characters/s)",
        ]
        out += [self.corrections_line] if self.corrections_line else []
        out += _listed("warning", self.warnings, "warnings")
        out += _listed("error", self.errors, "errors")
        if self.no_report:
            out.append(
                f"error: no report was read: {self.inputs + self.skipped} files seen, {self.failed} failed, "
                f"{self.skipped} skipped, {self.read} read without a report"
            )
        return out


def _listed(kind: str, items: Sequence[tuple[str, str]], table: str) -> list[str]:
    out = [f"{kind}: {src}: {msg}" for src, msg in items[:20]]
    if len(items) > 20:
        out.append(f"... and {len(items) - 20} more {table} (table {table} in the warehouse)")
    return out


__all__ = ["RunSummary"]
