"""The meeting date and its source: dated clauses, contexts, publish lines, years and 届次."""
