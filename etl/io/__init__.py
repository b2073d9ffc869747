"""Input and output at the edges: readers of input files, the inventory of inputs, the parquet warehouse and its validator."""
