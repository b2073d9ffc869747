"""Shared pieces for reading reports: traditional-tolerant patterns, surnames, sentence spans."""
