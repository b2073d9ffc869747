"""The UI shell: the only module with st.cache_*, the session state, the sidebar, widgets, panels."""
