"""Many distinct small reports, for crash, concurrency and engine tests."""

from __future__ import annotations

from tests.reports import REPORTS


def many_reports(n: int, offset: int = 0) -> dict[str, str]:
    base = list(REPORTS.values())
    return {f"batch/{i:03d}.txt": base[i % len(base)] + f"本次为第{i}期。\n" for i in range(offset, offset + n)}
