"""Rendering: plotly figures, word clouds, exports, the CJK font and the UI strings (no streamlit)."""
