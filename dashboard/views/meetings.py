"""Meetings: a searchable, sortable list and a reader (speeches by speaker, keywords marked)."""

from __future__ import annotations

import html

import streamlit as st

from dashboard import queries
from dashboard.queries.filters import date_text
from dashboard.queries.page_controls import MEETINGS_READER, MEETINGS_SEARCH
from dashboard.rendering import charts
from dashboard.shell import cache, context, controls, widgets
from dashboard.shell.panels import left_out_note

SHOWN = 2000  # rows of the list drawn in the page

ctx = context.require()
f, c = ctx.filters, ctx.corpus
st.title(ctx.t("page_meetings"))
left_out_note(ctx, time_axis=False)
needle = controls.draw(st.text_input, MEETINGS_SEARCH, ctx.t("search"))
ids = cache.search_meetings(ctx.wh, needle) if needle.strip() else None
listing = queries.meeting_list(c, f, ids)
if listing.empty:
    st.info(ctx.t("no_meetings"))
else:
    shown = listing.head(SHOWN)  # a browser table of 100,000 rows costs seconds to send and draw
    # each date only as far as it is known (a year-only date is not a day); ISO text sorts as dates
    shown = shown.assign(date=[date_text(d, p) for d, p in zip(shown["date"], shown["date_precision"], strict=True)])
    if len(listing) > SHOWN:
        st.caption(ctx.t("first_rows", n=SHOWN, total=len(listing)))
    event = st.dataframe(
        shown,
        hide_index=True,
        key="mt_list",
        on_select="rerun",
        selection_mode="single-row",
        column_config={"date": st.column_config.TextColumn(), "date_precision": None},
    )
    widgets.download_row(None, listing, "meetings", "dl_meetings")
    rows = event.selection.rows if event else []
    if rows:
        controls.set_state(MEETINGS_READER, str(shown.iloc[rows[0]]["meeting_id"]))

meeting_id = controls.state(MEETINGS_READER)
if meeting_id:
    st.subheader(ctx.t("reader"))
    found = queries.meeting_text(ctx.wh, c, meeting_id)
    row = queries.meeting_row(c, meeting_id)
    if found is None or row is None:
        st.info(ctx.t("no_meetings"))
    else:
        text, speeches = found
        date = date_text(row["date"], row["date_precision"]) or ctx.t("undated")
        st.html(f"<p><b>{html.escape(str(row['title'] or meeting_id))}</b> · {html.escape(date)}</p>")
        spans = queries.highlight_spans(text, ctx.codebook.codebook, f.themes)
        st.html(charts.reader_html(text, speeches, spans, ctx.labels, narration=ctx.t("narration")))
