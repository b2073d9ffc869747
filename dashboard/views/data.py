"""Data: upload reports (files, a ZIP, a sidecar CSV), run the ETL on them, see what it made of each.

Uploads are written under a folder the server chooses (next to the warehouse), with names the
server chooses (``upload-001.txt``): an uploaded name is shown to the user, never used as a path.
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import queries
from dashboard.edits.uploads import (
    ARCHIVE_SUFFIXES,
    OUTCOMES,
    SIDECAR_NAME,
    check_upload_batch,
    save_uploads,
    upload_folder,
    upload_outcome,
    upload_outcomes,
)
from dashboard.shell import cache, context, tables
from dashboard.shell.context import Context, Page
from dashboard.shell.widgets import plain
from etl.contract.model import InputError
from etl.contract.settings import Settings, resolve
from etl.io.readers import SUPPORTED_SUFFIXES
from etl.io.warehouse import Warehouse, WarehouseBusy
from etl.run.pipeline import run_etl

OUTCOME_KEY = "data-outcome"
ACCEPTED = sorted(SUPPORTED_SUFFIXES | ARCHIVE_SUFFIXES)


def _sidecar_hints(page: Page, data: bytes, folder: Path, renamed: dict[str, str]):  # type: ignore[no-untyped-def]
    """Save the sidecar with its file column pointing at our names; return the reader's hints_for."""
    try:
        from etl.io.readers.sidecar import load_sidecar
    except ImportError:
        st.warning(page.t("data_no_sidecar"))
        return None
    text = data.decode("utf-8-sig", errors="replace")
    rows = list(csv.reader(io.StringIO(text)))
    if rows and "file" in rows[0]:
        col = rows[0].index("file")
        for row in rows[1:]:
            if len(row) > col:
                row[col] = renamed.get(Path(row[col].replace("\\", "/")).name, row[col])
    path = folder / SIDECAR_NAME
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return load_sidecar(path).hints_for


def _import(uploads: list, sidecar, settings: Settings, page: Page) -> None:  # type: ignore[no-untyped-def]
    folder = upload_folder(settings.warehouse)
    saved, refused = save_uploads(
        ((u.name, u.getvalue()) for u in uploads), folder, ACCEPTED, settings.limits.max_file_bytes
    )
    inputs = dict(saved)  # an archive is read as a folder by the readers, as in `policy-themes etl`
    hints = None
    if sidecar is not None:
        hints = _sidecar_hints(page, sidecar.getvalue(), folder, {Path(v).name: k.name for k, v in inputs.items()})
    before = Warehouse.open(settings.warehouse)
    before_ids = set(before.read("meetings", ["meeting_id"])["meeting_id"].to_pylist())
    bar = st.progress(0.0, text=page.t("data_reading"))

    def progress(done: int, total: int) -> None:
        bar.progress(done / max(total, 1), text=page.t("data_files_done", done=done, total=total))

    run_settings = replace(settings, workers=1, progress=False)
    summary = run_etl(sorted(inputs), run_settings, hints_for=hints, progress=progress)
    bar.progress(1.0, text=page.t("data_done"))
    after = Warehouse.open(settings.warehouse)
    outcome = upload_outcome(before_ids, after, {str(p): n for p, n in inputs.items()}, refused)
    st.session_state[OUTCOME_KEY] = (outcome, summary.lines(), upload_outcomes(summary, len(refused)))


def _show_outcome(page: Page) -> None:
    stored = st.session_state.get(OUTCOME_KEY)
    if not stored:
        return
    outcome, lines, files = stored
    st.subheader(page.t("data_result"))
    for column, name in zip(st.columns(len(OUTCOMES)), OUTCOMES, strict=True):
        column.metric(page.t(f"data_outcome_{name}"), files[name])
    tables.table(outcome, page.lang, "data-outcome-table", width="stretch", coded=("status",))
    st.code("\n".join(lines), language=None)


def _current(page: Page, wh: Warehouse) -> None:
    st.subheader(page.t("data_warehouse"))
    if not wh.exists:
        st.info(page.t("data_empty"))
        return
    totals = wh.manifest.get("row_counts", {})
    a, b, c = st.columns(3)
    a.metric(page.t("meetings"), totals.get("meetings", "–"))
    b.metric(page.t("data_inputs"), totals.get("inputs", "–"))
    c.metric(page.t("data_version"), wh.version)
    errors = wh.read("errors").to_pandas()
    with st.expander(page.t("data_errors", n=len(errors))):
        tables.table(pd.DataFrame(errors), page.lang, "data-errors", width="stretch", coded=("stage",))
    if isinstance(page, Context):
        _non_reports(page)


def _non_reports(ctx: Context) -> None:
    """The pages read that are not meeting reports, with the reason each was left out."""
    pages = queries.non_reports(ctx.corpus)
    with st.expander(ctx.t("data_non_reports", n=len(pages)), expanded=bool(len(pages))):
        tables.table(pages, ctx.lang, "data-non-reports", width="stretch")


def main(page: Page) -> None:
    st.title(page.t("page_data"))
    settings = resolve()
    st.caption(plain(page.t("data_caption", path=settings.warehouse, accepted=", ".join(ACCEPTED))))
    with st.form("data-upload-form", clear_on_submit=True):
        uploads = st.file_uploader(
            page.t("data_files"),
            type=[s.lstrip(".") for s in ACCEPTED],
            accept_multiple_files=True,
            key="data-upload",
        )
        sidecar = st.file_uploader(page.t("data_sidecar"), type=["csv"], key="data-sidecar")
        submitted = st.form_submit_button(page.t("data_import"), type="primary")
    if submitted and uploads:
        try:
            check_upload_batch([u.size for u in uploads], settings.limits)
            _import(list(uploads), sidecar, settings, page)
        except InputError as err:  # too many files or bytes in one batch, or a sidecar that cannot be read
            st.error(plain(page.t("data_refused", error=err.message)))
        except WarehouseBusy:
            st.error(page.t("data_busy"))
    _show_outcome(page)
    _current(page, cache.warehouse())  # asked again: an import commits a new version during this run


main(context.page())
