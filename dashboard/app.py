"""Entry script: page config, the sidebar filters and ``st.navigation``; pages do the rest."""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path

import streamlit as st
import streamlit.emojis  # st.info/st.error import this 0.2 s table on first use: at start, not mid-interaction

if __package__ in (None, ""):  # `streamlit run dashboard/app.py` runs this file as a script
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard import cache, filters, state, widgets
from dashboard.i18n import t
from etl.warehouse import WarehouseError

# Not "pages/": Streamlit would also serve that folder as old-style pages, bypassing this script.
PAGES = Path(__file__).resolve().parent / "views"
MINE = ("overview", "themes", "terms", "speakers", "emerging", "meetings", "cooccurrence")
COLLEAGUES = ("wordclouds", "codebook", "data")


def _context(lang: str) -> filters.Context | None:
    """Open the warehouse and draw the filters; None (with a message) when there is nothing to show."""
    try:
        wh = cache.warehouse()
    except WarehouseError as exc:
        st.error(t("bad_warehouse", lang, error=exc))
        return None
    if not wh.exists:
        st.info(t("no_warehouse", lang, path=wh.root))
        return None
    cb = cache.codebook(wh)
    corpus = cache.corpus(wh, cb)
    f = filters.sidebar(corpus, cb, lang)
    return filters.Context(wh, cb, corpus, f, lang)


def main(only: str | None = None) -> None:
    """Draw the sidebar, then the page; ``only`` limits navigation to one page (app tests)."""
    st.set_page_config(page_title="Policy Themes", layout="wide")
    filters.seed_language()
    st.sidebar.toggle(t("english"), key=state.LANG_KEY)
    lang = state.lang()
    names = [n for n in (*MINE, *COLLEAGUES) if (PAGES / f"{n}.py").exists() and only in (None, n)]
    pages = [
        st.Page(PAGES / f"{n}.py", title=t(f"page_{n}", lang), url_path=n, default=i == 0) for i, n in enumerate(names)
    ]
    page = st.navigation(pages)
    ctx = _context(lang)
    filters.set_context(ctx)
    widgets.start_view()
    page.run()
    if ctx is not None and (charts := widgets.view_charts()):
        with st.sidebar:
            st.divider()
            widgets.bundle_button(
                charts,
                {"page": page.url_path, **asdict(ctx.filters)},
                ctx.codebook.codebook.to_csv(),
                key="view-bundle",
                label=t("bundle", lang, n=len(charts)),
            )


if __name__ == "__main__":
    main()
