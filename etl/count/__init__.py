"""Counting: the codebook, segmentation, theme, term and 提法 counts, and the recount after an edit."""
