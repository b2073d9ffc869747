"""Policy Themes ETL: Chinese government meeting reports -> a parquet warehouse of themes."""

from __future__ import annotations

__all__ = ["__version__"]

_DIST = "policy_themes"


def __getattr__(name: str) -> str:
    """``__version__``, looked up when first asked for (every committed run records it)."""
    if name != "__version__":
        raise AttributeError(f"module 'etl' has no attribute {name!r}")
    found = _installed_version() or _metadata_version()
    globals()["__version__"] = found
    return found


def _installed_version() -> str | None:
    """The Version of the first ``policy_themes-*.dist-info`` on ``sys.path``, where
    importlib.metadata looks first: importing importlib.metadata costs 50-90 ms (email, zipfile,
    csv ...), about 5% of adding one file to a warehouse. None when there is no such folder."""
    import os
    import sys

    for entry in sys.path:
        try:
            names = sorted(os.listdir(entry or "."))
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info") and name.lower().startswith(_DIST + "-"):
                return _version_line(os.path.join(entry or ".", name, "METADATA"))
    return None


def _version_line(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("Version:"):
                    return line.split(":", 1)[1].strip()
                if not line.strip():
                    break  # the headers end at the first blank line
    except OSError:
        pass
    return None


def _metadata_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("policy-themes")
    except PackageNotFoundError:  # running from a source tree without an install
        return "0.0.0+source"
