"""Policy Themes ETL: Chinese government meeting reports -> a parquet warehouse of themes."""

from __future__ import annotations

__all__ = ["__version__"]


def __getattr__(name: str) -> str:
    """``__version__``, looked up when first asked for: importlib.metadata costs 30-100 ms, at
    every start of every command and worker otherwise."""
    if name != "__version__":
        raise AttributeError(f"module 'etl' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("policy-themes")
    except PackageNotFoundError:  # running from a source tree without an install
        found = "0.0.0+source"
    globals()["__version__"] = found
    return found
