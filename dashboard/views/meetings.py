"""Meetings: a searchable, sortable list and a reader (speeches by speaker, keywords marked)."""

from __future__ import annotations

import html
from dataclasses import replace

import pandas as pd
import streamlit as st

from dashboard import queries
from dashboard.edits.corrections import add_correction, correction_cells, meeting_rows, remove_meeting_rows
from dashboard.queries.filters import date_text
from dashboard.queries.page_controls import MEETINGS_READER, MEETINGS_REMOVED, MEETINGS_SEARCH
from dashboard.rendering import charts
from dashboard.rendering.tables import column_label
from dashboard.shell import cache, context, controls, tables, widgets
from dashboard.shell.context import Context
from dashboard.shell.panels import left_out_note, removed_panel
from etl.contract.settings import resolve
from etl.io.warehouse import WarehouseBusy, WarehouseError
from etl.run.corrections_step import reapply

SHOWN = 2000  # rows of the list drawn in the page
FIELDS = ("date", "organ", "meeting_type", "region", "presider")
SAID = "mt-cor-said"  # what the last save, removal or apply said, shown after the rerun it causes


def correction_form(ctx: Context, meeting_id: str, row: pd.Series) -> None:
    """A row of the corrections file for this meeting, with who and when; apply it now if asked."""
    settings = resolve()
    path = queries.corrections_file(ctx.wh, settings)
    sources = queries.meeting_sources(ctx.wh, meeting_id) or [str(row["source"])]
    people = queries.meeting_people(ctx.corpus, meeting_id)
    with st.expander(ctx.t("correct_title"), expanded=bool(st.session_state.get(SAID))):
        st.caption(widgets.plain(ctx.t("correct_caption", path=path)))
        for kind, text in st.session_state.pop(SAID, []):
            getattr(st, kind)(widgets.plain(text))
        now = {
            "date": date_text(row["date"], row["date_precision"]),
            "presider": "、".join(people[people["role"] == "presider"]["name"]),
            **{k: row[k] for k in ("organ", "meeting_type", "region")},
        }
        with st.form("mt-cor-form", clear_on_submit=True):
            values = {
                k: st.text_input(ctx.t(f"correct_{k}"), placeholder=str(now[k] or "–"), key=f"mt-cor-{k}")
                for k in FIELDS
            }
            flags = {"": "keep", "true": "true", "false": "false"}
            values["is_report"] = st.selectbox(ctx.t("correct_is_report"), list(flags), key="mt-cor-is_report",
                                               format_func=lambda v: ctx.t(f"correct_is_report_{flags[v]}"))  # fmt: skip
            names = ["", *dict.fromkeys(people["name"])]
            values["speaker_from"] = st.selectbox(ctx.t("correct_speaker_from"), names, key="mt-cor-speaker_from")
            values["speaker_to"] = st.text_input(ctx.t("correct_speaker_to"), key="mt-cor-speaker_to")
            by = st.text_input(ctx.t("correct_by"), value=st.session_state.get("mt-cor-by-kept", ""), key="mt-cor-by")
            values["note"] = st.text_input(ctx.t("correct_note"), key="mt-cor-note")
            if st.form_submit_button(ctx.t("correct_save"), type="primary"):
                st.session_state["mt-cor-by-kept"] = by
                try:
                    if not by.strip():
                        raise ValueError(ctx.t("correct_need_by"))
                    line = add_correction(path, correction_cells(meeting_id, str(row["source"]), values, by))
                    st.session_state[SAID] = [("success", ctx.t("correct_saved", path=path, line=line))]
                except ValueError as err:
                    st.session_state[SAID] = [("error", ctx.t("correct_refused", error=err))]
                st.rerun()
        rows = meeting_rows(path, meeting_id, sources)
        if len(rows):
            st.write(ctx.t("correct_rows"))
            tables.table(rows, ctx.lang, "mt-cor-rows")
        changed = queries.meeting_corrected(ctx.wh, meeting_id)
        if len(changed):
            st.write(ctx.t("correct_changed"))
            fields = {name: column_label(name, ctx.lang) for name in changed["field"].unique()}
            tables.table(changed, ctx.lang, "mt-cor-changed", mapped={"field": fields})
        apply, remove = st.columns(2)
        if apply.button(ctx.t("correct_apply"), key="mt-cor-apply"):
            try:
                outcome = reapply(replace(settings, corrections=path))
                said = [("success", ctx.t("correct_applied", line=outcome.line() or "–"))]
                st.session_state[SAID] = said + [("warning", p) for p in outcome.problems]
            except (WarehouseBusy, WarehouseError) as err:
                st.session_state[SAID] = [("error", ctx.t("data_busy") if isinstance(err, WarehouseBusy) else str(err))]
            st.rerun()
        if len(rows) and remove.button(ctx.t("correct_remove"), key="mt-cor-remove"):
            n = remove_meeting_rows(path, meeting_id, sources)
            st.session_state[SAID] = [("info", ctx.t("correct_removed", n=n))]
            st.rerun()


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
    if len(listing) > SHOWN:
        st.caption(ctx.t("first_rows", n=SHOWN, total=len(listing)))
    # each date only as far as it is known (a year-only date is not a day); ISO text sorts as dates
    labels = {"top_theme": ctx.labels}
    event = tables.table(shown, ctx.lang, "mt_list", mapped=labels, on_select="rerun", selection_mode="single-row")
    widgets.download_row(None, listing, "meetings", "dl_meetings", about=ctx.about(ctx.t("page_meetings")))
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
        correction_form(ctx, meeting_id, row)
        removed_panel(ctx, meeting_id, MEETINGS_REMOVED)
