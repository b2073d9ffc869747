"""Research measures: pure functions over pandas frames (no other dashboard layer, no streamlit)."""
