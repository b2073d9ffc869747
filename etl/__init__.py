"""Policy Themes ETL: Chinese government meeting reports -> a parquet warehouse of themes."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("policy-themes")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0+source"

__all__ = ["__version__"]
