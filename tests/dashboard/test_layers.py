"""The README's pictures of the ETL's stages and of the dashboard's layers are the ones the import
contracts enforce, and the "new chart" path of docs/dashboard.md runs."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard.queries import Filters

ROOT = Path(__file__).resolve().parents[2]


# Each layered package, and where the README's Development block draws it (start, end).
DRAWN = {
    "etl": ("etl/         stages", "dashboard/   layers"),
    "dashboard": ("dashboard/   layers", "data/        codebook/"),
}


def _contract(container: str) -> dict[str, object]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    return next(c for c in contracts if c["type"] == "layers" and c["containers"] == [container])


def _readme_layers(container: str) -> list[str]:
    """The layer column of the README's block for the package, top to bottom ("a/ | b/" kept together)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start, end = DRAWN[container]
    block = text[text.index(start) : text.index(end)]
    names = []
    for line in block.splitlines()[1:]:
        m = re.match(r"^  (\S+(?: \| \S+)*)\s{2,}", line)
        if m:
            names.append(" | ".join(n.removesuffix("/").removesuffix(".py") for n in m.group(1).split(" | ")))
    return names


@pytest.mark.parametrize("container", sorted(DRAWN))
def test_the_readme_draws_the_layers_the_contract_enforces(container: str) -> None:
    contract = _contract(container)
    assert contract["exhaustive"] is True
    assert _readme_layers(container) == contract["layers"]


@pytest.mark.parametrize("container", sorted(DRAWN))
def test_every_package_and_entry_module_is_in_a_layer(container: str) -> None:
    layered = {name for layer in _contract(container)["layers"] for name in layer.split(" | ")}  # type: ignore[attr-defined]
    here = ROOT / container
    found = {
        p.stem for p in here.iterdir() if p.name not in ("__init__.py", "__pycache__") and not p.name.startswith(".")
    }
    assert found == layered


def _snippets() -> list[str]:
    doc = (ROOT / "docs" / "dashboard.md").read_text(encoding="utf-8")
    section = doc[doc.index("## A new chart") : doc.index("## Performance")]
    return [re.sub(r"(?m)^   ", "", s) for s in re.findall(r"```python\n(.*?)```", section, re.S)]


def test_the_new_chart_example_of_the_docs_runs(tiny_wh: Path) -> None:
    from dashboard.indexes.corpus import open_corpus
    from dashboard.queries import meetings, selection
    from dashboard.rendering import charts
    from etl.io.warehouse import Warehouse

    query, chart, view = _snippets()
    q_ns = {**vars(meetings), "meeting_units": selection.meeting_units}
    exec(compile(query, "docs/dashboard.md", "exec"), q_ns)
    c_ns = dict(vars(charts))
    exec(compile(chart, "docs/dashboard.md", "exec"), c_ns)
    frame = q_ns["organ_counts"](open_corpus(Warehouse.open(tiny_wh)), Filters())
    assert isinstance(frame, pd.DataFrame) and list(frame.columns) == ["organ", "period", "meetings"]
    assert frame["meetings"].sum() == 4  # the tiny corpus's dated meetings
    assert isinstance(c_ns["organ_chart"](frame), go.Figure)
    compile(view, "docs/dashboard.md", "exec")
    assert "widgets.chart(" in view and "context.require()" in view


def test_the_page_list_is_declared_once_and_complete() -> None:
    from dashboard.app import PAGES, VIEWS
    from dashboard.rendering.i18n import STRINGS

    assert sorted(PAGES) == sorted(p.stem for p in VIEWS.glob("*.py") if p.stem != "__init__")
    assert all(f"page_{name}" in STRINGS for name in PAGES)


def test_one_module_owns_every_streamlit_cache() -> None:
    owners = {
        str(p.relative_to(ROOT))
        for p in (ROOT / "dashboard").rglob("*.py")
        if re.search(r"\bst\.cache_(data|resource)\b", p.read_text(encoding="utf-8").split('"""', 2)[-1])
    }
    assert owners == {"dashboard/shell/cache.py"}
