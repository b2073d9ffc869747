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
    groups = _rows_grouped(items)
    out = [f"{kind}: {src}: {msg}" for src, msg, _ in groups[:20]]
    if len(groups) > 20:
        out.append(f"... and {sum(n for _, _, n in groups[20:]):,} more {table} (table {table} in the warehouse)")
    return out


def _rows_grouped(items: Sequence[tuple[str, str]]) -> list[tuple[str, str, int]]:
    """(source, message, how many) in order; the rows of one table in a run with the same message
    are one (``a.jsonl#row=0`` .. ``#row=71``: ``a.jsonl (72 rows)``), so a file of metadata given
    as an input is one line, not one per row. The warehouse's table keeps every row."""
    groups: list[tuple[str, str, int]] = []
    for src, msg in items:
        file, in_table, _ = src.partition("#")
        if in_table and groups and groups[-1][1] == msg and groups[-1][0].partition("#")[0] == file:
            first, _, n = groups[-1]
            groups[-1] = (first, msg, n + 1)
        else:
            groups.append((src, msg, 1))
    return [(f"{src.partition('#')[0]} ({n:,} rows)" if n > 1 else src, msg, n) for src, msg, n in groups]


__all__ = ["RunSummary"]
