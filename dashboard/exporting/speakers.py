"""``export speakers``: the speakers page's theme profile of the chosen speakers."""

from __future__ import annotations

import argparse

from dashboard import queries
from dashboard.exporting.base import Export, ExportError, Session
from dashboard.rendering import charts


def add_arguments(p: argparse.ArgumentParser) -> None:
    del p  # the speakers and themes are the filter flags --speakers and --themes


HELP = "the theme profile of speakers, mentions per 10k characters (the Speakers page); --speakers A,B"


def build(s: Session, args: argparse.Namespace) -> Export:
    """As the page: the speakers chosen (default: the three who said most), their profile over
    the chosen themes (default: all)."""
    del args
    table = queries.speaker_table(s.corpus, s.filters)
    if table.empty:
        raise ExportError("filters", "no identified speaker in the selection")
    chosen = [sp for sp in s.filters.speakers if sp in set(table["speaker"])] or list(table["speaker"].head(3))
    if not chosen:
        raise ExportError("--speakers", "none of them speaks in the selection")
    groups = queries.speaker_groups(s.corpus, s.filters, chosen)
    themes = list(s.filters.themes) or s.themes
    profile = queries.profiles(s.corpus, groups, themes)
    fig = charts.profile_chart(profile, s.labels, axis_title=s.t("per10k"))
    return Export("speaker_profiles", s.t("profile"), fig, profile, "profile_per10k")
