"""Entry script: page config, the language toggle, the page context (sidebar filters) and
``st.navigation`` over the pages listed below; the pages do the rest."""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path
from urllib.parse import urlencode

import streamlit as st
import streamlit.emojis  # st.info/st.error import this 0.2 s table on first use: at start, not mid-interaction

if __package__ in (None, ""):  # `streamlit run dashboard/app.py` runs this file as a script
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard.queries import Filters
from dashboard.rendering.i18n import t
from dashboard.shell import context, controls, sidebar, state, widgets

# Not "pages/": Streamlit would also serve that folder as old-style pages, bypassing this script.
VIEWS = Path(__file__).resolve().parent / "views"
# Every page, in the order of the navigation (one template each in views/; the first is the default).
PAGES = (
    "overview",
    "themes",
    "terms",
    "speakers",
    "emerging",
    "meetings",
    "cooccurrence",
    "panel",
    "tenures",
    "diversity",
    "diffusion",
    "similarity",
    "topics",
    "wordclouds",
    "codebook",
    "data",
)


def main(only: str | tuple[str, ...] | None = None) -> None:
    """Draw the sidebar, then the page; ``only`` limits navigation to one page or a few, the first
    the default (app tests)."""
    st.set_page_config(page_title="Policy Themes", layout="wide")
    sidebar.seed_language()
    st.sidebar.toggle(t("english"), key=state.LANG_KEY)
    lang = state.lang()
    wanted = (only,) if isinstance(only, str) else only
    names = list(PAGES) if wanted is None else [n for n in wanted if n in PAGES]
    pages = [
        st.Page(VIEWS / f"{n}.py", title=t(f"page_{n}", lang), url_path=n, default=i == 0) for i, n in enumerate(names)
    ]
    page = st.navigation(pages)
    name = next(n for n, p in zip(names, pages, strict=True) if p is page)  # the default page's url_path is ""
    ctx = context.open_context(lang)
    context.set_context(ctx)
    widgets.start_view()
    controls.start(name)
    try:
        page.run()
    finally:  # a page may stop early (st.stop): its undrawn controls still leave the URL
        controls.finish(name)
    if isinstance(ctx, context.Context) and (charts := widgets.view_charts()):
        with st.sidebar:
            st.divider()
            widgets.bundle_button(
                charts,
                view_settings(name, ctx.filters, controls.drawn(), _query()),
                ctx.codebook.codebook.to_csv(),
                key="view-bundle",
                label=t("bundle", lang, n=len(charts)),
            )


def _query() -> list[tuple[str, str]]:
    return [(k, v) for k in st.query_params for v in st.query_params.get_all(k)]


def view_settings(
    page: str, filters: Filters, drawn: dict[str, object], query: list[tuple[str, str]]
) -> dict[str, object]:
    """What ``filters.json`` in the view's ZIP holds: the page, every filter, every page control
    drawn (as the URL writes it, defaults too) and the URL that reopens the view."""
    return {"page": page, **asdict(filters), "controls": drawn, "url": f"./{page}?{urlencode(query)}"}


if __name__ == "__main__":
    main()
