"""Speakers: compare theme profiles, distinctive words (G2), attention over time, posts held."""

from __future__ import annotations

import streamlit as st

from dashboard import queries
from dashboard.queries.page_controls import SPEAKERS_MODE, SPEAKERS_NAMES, SPEAKERS_NAMES_BACK, SPEAKERS_WEAK
from dashboard.rendering import charts, publication
from dashboard.shell import cache, context, controls, tables, widgets
from dashboard.shell.panels import (
    evidence_panel,
    keyness_labels,
    left_out_note,
    period_of,
    role_rules,
    speaker_coverage_note,
    word_list_controls,
)

ctx = context.require()
f, c = ctx.filters, ctx.corpus
st.title(ctx.t("page_speakers"))
left_out_note(ctx)
table = cache.speaker_table(ctx.wh, c, f)
if table.empty:
    st.info(ctx.t("no_speakers"))
    st.stop()
speaker_coverage_note(ctx)
mode = controls.draw(
    st.radio,
    SPEAKERS_MODE,
    ctx.t("compare_by"),
    SPEAKERS_MODE.values,
    format_func=lambda m: ctx.t(f"by_{m}"),
    horizontal=True,
)
roles = None
chosen: list[str] = []
if mode == "speaker":
    default = [s for s in f.speakers if s in set(table["speaker"])] or list(table["speaker"].head(3))
    chosen = controls.draw(st.multiselect, SPEAKERS_NAMES, ctx.t("speakers"), list(table["speaker"]), default=default)
else:
    roles = role_rules(ctx)
groups = queries.speaker_groups(c, f, chosen, roles)
if groups["group"].isna().all():
    st.info(ctx.t("pick_speakers"))
    st.stop()
themes = list(f.themes) or ctx.themes

st.subheader(ctx.t("profile"))
profile = queries.profiles(c, groups, themes)
fig = charts.profile_chart(profile, ctx.labels, axis_title=ctx.t("per10k"))
about = ctx.about(ctx.t("profile"), "profile_per10k")
event = widgets.chart(fig, profile, "speaker_profiles", "sp_profile", selectable=True, about=about)
st.caption(f"{ctx.t('per10k')} {ctx.t('f_per10k')}")
cb = ctx.codebook.codebook
evidence_panel(
    ctx,
    event,
    "sp_profile_kwic",
    lambda p: (
        f"{p[0]} · {ctx.label(p[1])}",
        queries.group_evidence(ctx.wh, c, f, groups, p[0], themes=[p[1]], codebook=cb),
    ),
)

st.subheader(ctx.t("distinctive"))
exclude, significant_only = word_list_controls(ctx, SPEAKERS_NAMES_BACK, SPEAKERS_WEAK)
keyed = groups[["meeting_id", "seq", "speech", "group"]]
key = cache.keyness(ctx.wh, keyed, "terms", 20, exclude=exclude, significant_only=significant_only)
if key.empty:
    st.info(ctx.t("nothing"))
else:
    kfig = charts.keyness_chart(key, top=15, **keyness_labels(ctx))
    event = widgets.chart(
        kfig, key, "speaker_keyness", "sp_keyness", selectable=True, about=ctx.about(ctx.t("distinctive"), "g2")
    )
    st.caption(ctx.t("keyness_note"))
    evidence_panel(
        ctx,
        event,
        "sp_keyness_kwic",
        lambda p: (f"{p[1]} · {p[0]}", queries.group_evidence(ctx.wh, c, f, groups, p[1], term=p[0])),
    )

st.subheader(ctx.t("attention"))
att = queries.attention(c, groups, themes, f.granularity, f.post)
if att.empty:
    st.info(ctx.t("no_dated", n=0))
else:
    afig = charts.attention_chart(att, n_label=ctx.t("n_meetings"), axis_title=ctx.t("per10k"))
    about = ctx.about(ctx.t("attention"), "profile_per10k")
    frame = publication.named_metric(att, "per10k")
    event = widgets.chart(afig, frame, "speaker_attention", "sp_attention", selectable=True, about=about)
    evidence_panel(
        ctx,
        event,
        "sp_kwic",
        lambda p: (
            f"{p[0]} · {p[1]}",
            queries.group_evidence(ctx.wh, c, f, groups, p[0], themes=themes, codebook=cb, period=period_of(p)),
        ),
    )

if mode == "speaker" and chosen:
    st.subheader(ctx.t("titles"))
    timeline = queries.title_timeline(c, chosen)
    tables.table(timeline, ctx.lang, "sp_titles", labels={"title": "post"})
    widgets.download_row(None, timeline, "speaker_titles", "dl_sp_titles", about=ctx.about(ctx.t("titles")))
