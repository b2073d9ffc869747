"""Indexes over one warehouse version: row positions, count matrices, word and text indexes."""
