"""The convening organ with its level, the meeting type and the region."""
