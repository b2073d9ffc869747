"""The measures stay a pure layer: they import only each other, the ETL's contract and text tools,
and libraries; never another dashboard module (the views and the query layer call them, not the
other way round)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import dashboard.measures

PACKAGE = Path(dashboard.measures.__file__).parent
ALLOWED_PROJECT = {
    "etl.contract.schema",
    "etl.contract.settings",
    "etl.extract.text.textnorm",
    "etl.count.tokenize",
    "etl.count.codebook",
    "etl.count.matching",
}
ALLOWED_LIBRARIES = {"numpy", "pandas", "scipy", "sklearn", "pyarrow"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
    return out


def test_measures_import_nothing_else_of_the_project() -> None:
    for path in sorted(PACKAGE.glob("*.py")):
        for name in _imports(path):
            top = name.split(".")[0]
            if top in ("dashboard", "etl"):
                assert name.startswith("dashboard.measures") or name in ALLOWED_PROJECT, f"{path.name} imports {name}"
            elif top not in ALLOWED_LIBRARIES:
                assert top in sys.stdlib_module_names, f"{path.name} imports {name}"
