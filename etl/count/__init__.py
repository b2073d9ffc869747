"""Counting: the codebook's files as data, keyword matching, segmentation and 提法."""
