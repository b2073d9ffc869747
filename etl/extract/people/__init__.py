"""Who presided, spoke or attended, and which span of the text each speaker said."""
