"""Reliability figures: fuzzed inputs, SIGKILL trials and a second writer (see docs/reliability.md).

Usage: python bench/reliability.py [--cases N] [--seed S] [--workers W] [--no-kill-trials]
The same as ``python -m tests.fuzz``; this wrapper only puts the checkout on the import path.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.fuzz.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
