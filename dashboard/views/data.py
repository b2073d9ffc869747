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

from dashboard import cache, evidence
from dashboard.widgets import plain
from etl.model import InputError
from etl.pipeline import run_etl
from etl.readers import SUPPORTED_SUFFIXES
from etl.settings import Settings, resolve
from etl.uploads import OUTCOMES, check_upload_batch, upload_outcomes
from etl.warehouse import Warehouse, WarehouseBusy

OUTCOME_KEY = "data-outcome"
ACCEPTED = sorted(SUPPORTED_SUFFIXES | evidence.ARCHIVE_SUFFIXES)


def _sidecar_hints(data: bytes, folder: Path, renamed: dict[str, str]):  # type: ignore[no-untyped-def]
    """Save the sidecar with its file column pointing at our names; return the reader's hints_for."""
    try:
        from etl.readers.sidecar import load_sidecar
    except ImportError:
        st.warning("Sidecar CSVs are not supported by this version yet; the reports are read without it.")
        return None
    text = data.decode("utf-8-sig", errors="replace")
    rows = list(csv.reader(io.StringIO(text)))
    if rows and "file" in rows[0]:
        col = rows[0].index("file")
        for row in rows[1:]:
            if len(row) > col:
                row[col] = renamed.get(Path(row[col].replace("\\", "/")).name, row[col])
    path = folder / evidence.SIDECAR_NAME
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return load_sidecar(path).hints_for


def _import(uploads: list, sidecar, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    folder = evidence.upload_folder(settings.warehouse)
    saved, refused = evidence.save_uploads(
        ((u.name, u.getvalue()) for u in uploads), folder, ACCEPTED, settings.limits.max_file_bytes
    )
    inputs = dict(saved)  # an archive is read as a folder by the readers, as in `policy-themes etl`
    hints = None
    if sidecar is not None:
        hints = _sidecar_hints(sidecar.getvalue(), folder, {Path(v).name: k.name for k, v in inputs.items()})
    before = Warehouse.open(settings.warehouse)
    before_ids = set(before.read("meetings", ["meeting_id"])["meeting_id"].to_pylist())
    bar = st.progress(0.0, text="读取 / reading…")

    def progress(done: int, total: int) -> None:
        bar.progress(done / max(total, 1), text=f"{done}/{total} files")

    run_settings = replace(settings, workers=1, progress=False)
    summary = run_etl(sorted(inputs), run_settings, hints_for=hints, progress=progress)
    bar.progress(1.0, text="完成 / done")
    after = Warehouse.open(settings.warehouse)
    outcome = evidence.upload_outcome(before_ids, after, {str(p): n for p, n in inputs.items()}, refused)
    st.session_state[OUTCOME_KEY] = (outcome, summary.lines(), upload_outcomes(summary, len(refused)))


def _show_outcome() -> None:
    stored = st.session_state.get(OUTCOME_KEY)
    if not stored:
        return
    outcome, lines, files = stored
    st.subheader("结果 / Result")
    labels = {"read": "读取 / read", "unchanged": "未变 / unchanged", "failed": "失败 / failed", "skipped": "跳过 / skipped"}
    for column, name in zip(st.columns(len(OUTCOMES)), OUTCOMES, strict=True):
        column.metric(labels[name], files[name])
    st.dataframe(outcome, hide_index=True, width="stretch", key="data-outcome-table")
    st.code("\n".join(lines), language=None)


def _current(wh: Warehouse) -> None:
    st.subheader("数据仓库 / Warehouse")
    if not wh.exists:
        st.info("还没有数据 / Empty: upload reports above.")
        return
    totals = wh.manifest.get("row_counts", {})
    a, b, c = st.columns(3)
    a.metric("会议 / meetings", totals.get("meetings", "–"))
    b.metric("文件 / inputs", totals.get("inputs", "–"))
    c.metric("版本 / version", wh.version)
    errors = wh.read("errors").to_pandas()
    with st.expander(f"无法读取 / errors ({len(errors)})"):
        st.dataframe(pd.DataFrame(errors), hide_index=True, width="stretch", key="data-errors")


def main() -> None:
    st.title("数据 / Data")
    settings = resolve()
    st.caption(plain(f"warehouse: {settings.warehouse} · accepted: {', '.join(ACCEPTED)}"))
    with st.form("data-upload-form", clear_on_submit=True):
        uploads = st.file_uploader(
            "报告文件或 ZIP / report files or a ZIP", type=[s.lstrip(".") for s in ACCEPTED],
            accept_multiple_files=True, key="data-upload",
        )
        sidecar = st.file_uploader("元数据 / sidecar CSV (optional: file,url,date,organ,…)", type=["csv"],
                                   key="data-sidecar")
        submitted = st.form_submit_button("导入 / Import", type="primary")
    if submitted and uploads:
        try:
            check_upload_batch([u.size for u in uploads], settings.limits)
            _import(list(uploads), sidecar, settings)
        except InputError as err:  # too many files or bytes in one batch, or a sidecar that cannot be read
            st.error(f"上传被拒绝 / Upload refused: {err.message}")
        except WarehouseBusy:
            st.error("另一个导入正在运行 / Another ETL run holds the warehouse; try again in a moment.")
    _show_outcome()
    _current(cache.warehouse())


main()
