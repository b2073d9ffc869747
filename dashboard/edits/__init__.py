"""Edits: the only writes the dashboard makes (codebook saves, judgements, uploads), each atomic."""
