"""Running the stages: the per-chunk process and the evidence pass, engines, the incremental pipeline, the recount, the CLI, scoring."""
