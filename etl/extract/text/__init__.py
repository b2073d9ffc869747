"""Text primitives every reader shares: compiled patterns, normalisation, paragraphs."""
