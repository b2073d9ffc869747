"""No temporary folder is left to the interpreter's finalizers when a process ends: Streamlit's
AppTest makes one when it is imported and never removes it (tests/conftest.py removes it), and
kaleido's server makes two for its Chromium (``exports`` stops the server before they are reached)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from etl.contract.settings import PROJECT_ROOT

# -X dev shows every ResourceWarning, whatever the filters, the one at exit included.
PYTHON = [sys.executable, "-X", "dev"]


def _run(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300, check=False)


def test_a_run_with_app_tests_leaves_no_temporary_folder() -> None:
    # collecting the app tests imports AppTest
    cmd = [*PYTHON, "-m", "pytest", "tests/dashboard/test_pages.py", "--collect-only", "-q", "-p", "no:cacheprovider"]
    done = _run(cmd)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "test_pages.py::" in done.stdout  # the app tests were collected
    assert "Implicitly cleaning up" not in done.stderr, done.stderr


def test_a_process_that_exported_an_image_leaves_no_temporary_folder() -> None:
    pytest.importorskip("kaleido")
    from dashboard.rendering import exports

    available, reason = exports.static_export_status()
    if not available:
        pytest.skip(reason)
    script = (
        "import plotly.graph_objects as go\n"
        "from dashboard.rendering import exports\n"
        "image = exports.figure_image(go.Figure(go.Bar(x=['乡村振兴'], y=[3])), 'png')\n"
        "assert image.startswith(b'\\x89PNG'), image[:8]\n"
    )
    done = _run([*PYTHON, "-c", script])
    assert done.returncode == 0, done.stderr
    assert "Implicitly cleaning up" not in done.stderr, done.stderr
