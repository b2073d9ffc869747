"""Running the stages: settings, the per-chunk process, engines, the incremental pipeline, the CLI, scoring."""
