"""Data access, the bottom layer: the warehouse's live parquet files and the per-version bundles."""
