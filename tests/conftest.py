"""Fixtures shared by the test tiers: the real corpora (where present) and small corpora."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from etl.contract.settings import PROJECT_ROOT, Settings, resolve

# Property tests assert behaviour, never time: no per-example deadline (speed is shown by
# bench/, and a loaded machine made the default 200 ms deadline fail tests at random).
hypothesis_settings.register_profile("project", deadline=None)
hypothesis_settings.load_profile("project")


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove the folder Streamlit's AppTest makes when it is imported (``app_test.TMP_DIR``, where it
    writes scripts given as strings) and never removes: left to the interpreter's finalizers, it was
    the ResourceWarning printed once at the end of every run holding an app test."""
    app_test = sys.modules.get("streamlit.testing.v1.app_test")
    if app_test is not None:
        app_test.TMP_DIR.cleanup()


CORPORA = PROJECT_ROOT.parent / "shared" / "corpora"
CODEBOOK = PROJECT_ROOT / "data" / "codebook"


@pytest.fixture(scope="session")
def corpora() -> Path:
    """../shared/corpora beside the checkout; tests using it skip where it is absent."""
    if not (CORPORA / "government_work_reports.jsonl").is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must have the shared corpora at {CORPORA}")
        pytest.skip(f"the real corpora are not at {CORPORA} (they live beside the checkout in ../shared/corpora)")
    return CORPORA


def settings_for(warehouse: Path, **overrides: object) -> Settings:
    return resolve({"warehouse": warehouse, "codebook": CODEBOOK, "workers": 1, "progress": False, **overrides}, env={})
