"""Server time of the dashboard's pages and interactions, on one warehouse, in one process.

Usage: python bench/dashboard_bench.py [--warehouse DIR] [--runs N] [--skip-apptest]
                                       [--keep-cache] [--skip-server]

Prints the machine's core count, then a table of median and p95 over ``--runs`` runs of:

- ``once``: building the per-version indexes next to the warehouse (``<warehouse>/cache``; done
  once per warehouse version: deleted first unless ``--keep-cache``), then opening the corpus
  from them as a server does on start;
- per page, the first render through AppTest with fresh in-process caches (the indexes on disk
  are kept: they are built once per version, not per server);
- per interaction (filter change, granularity change, theme added, term typed, speaker added,
  meeting opened), the time through the query and chart layers (``layer``, no Streamlit cache:
  every run uses a value not seen before; one untimed run first, with another value, as the page
  was drawn before the user changed it) and through AppTest (``apptest``: the widget changed
  in a session that has rendered the page once, then a rerun, as a user's click does);
- a word cloud of 200 words (1200x600);
- ``server``: a real ``streamlit run`` server visited page by page by headless Chromium (time
  until the page is drawn and idle), then that server's peak RSS (``VmHWM``; Debian's
  chromium required, else skipped);

and the peak RSS of this process (``resource.getrusage``: it holds every AppTest session of the
run), then the goals with pass or miss. Default warehouse: bench/out/warehouse-720
(``python bench/make_big_warehouse.py --meetings 720``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("STREAMLIT_LOGGER_LEVEL", "error")  # no "missing ScriptRunContext" lines

from dashboard import queries  # noqa: E402
from dashboard.indexes import corpus as corpus_index  # noqa: E402
from dashboard.indexes import texts as text_index  # noqa: E402
from dashboard.indexes import words as word_index  # noqa: E402
from dashboard.rendering import charts, wordclouds  # noqa: E402
from dashboard.storage import bundles  # noqa: E402
from etl.count.codebook import load_folder  # noqa: E402
from etl.io.warehouse import Warehouse  # noqa: E402

PAGES = ("overview", "themes", "terms", "speakers", "emerging", "meetings", "cooccurrence")
GOAL_INTERACTION_MS = 300
GOAL_FIRST_RENDER_MS = 3000
GOAL_RSS_MB = 2048
GOAL_CLOUD_MS = 1000
# words a user might type: dictionary words and words the dictionary does not have
WORDS = (
    "乡村振兴",
    "营商环境",
    "安全生产",
    "数字经济",
    "招商引资",
    "河长制",
    "文明城市",
    "疫情防控",
    "老旧小区",
    "人居环境",
    "新质生产力",
    "一网通办",
    "放管服",
    "民营企业",
    "网格化",
    "碳达峰",
)

Row = tuple[str, str, list[float]]


def _ms(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def _p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- the query and chart layers ------------------------------------------------------------


def _date_ranges(c: corpus_index.Corpus, runs: int) -> list[tuple[dt.date, dt.date]]:
    span = queries.date_span(c)
    assert span is not None
    days = (span[1] - span[0]).days
    return [
        (span[0] + dt.timedelta(days=days * i // (3 * runs)), span[1] - dt.timedelta(days=days * i // (4 * runs)))
        for i in range(1, runs + 1)
    ]


def layer_rows(wh: Warehouse, c: corpus_index.Corpus, codebook, runs: int) -> list[Row]:  # type: ignore[no-untyped-def]
    themes = [th.theme for th in codebook.themes]
    base = queries.Filters()
    top = list(queries.theme_totals(c, base)["theme"].head(6))
    speakers = list(queries.speaker_table(c, base)["speaker"].head(runs + 3))
    meetings = list(c.meetings.dropna(subset=["date"])["meeting_id"].iloc[:: max(1, len(c.meetings) // runs)][:runs])
    ranges = _date_ranges(c, runs + 1)  # the last one for the untimed first run
    grans = [g for g in queries.GRANULARITIES if g != "year"]
    rows: list[Row] = []

    def themes_page(f: queries.Filters, chosen: list[str]) -> None:
        queries.theme_totals(c, f)
        charts.trend_chart(queries.theme_series(c, f, chosen, "per10k"), "theme", "per10k", {})
        queries.meeting_units(c, f)

    def overview_page(f: queries.Filters) -> None:
        queries.overview(c, f)
        charts.heatmap(queries.theme_series(c, f, themes, "per10k"), {})

    def filter_change(i: int) -> None:
        f = replace(base, start=ranges[i][0], end=ranges[i][1])
        overview_page(f)
        themes_page(f, top)

    def gran_change(i: int) -> None:
        themes_page(replace(base, granularity=grans[i % len(grans)]), top)

    def theme_added(i: int) -> None:
        themes_page(base, [*top, themes[(6 + i) % len(themes)]])

    def term_typed(i: int) -> None:
        term = WORDS[i % len(WORDS)] + ("" if i < len(WORDS) else f", {WORDS[(i + 3) % len(WORDS)]}")
        counts = queries.term_counts(wh, c, base, (term,))
        charts.trend_chart(queries.term_series(c, base, counts, (term,), "per10k"), "term", "per10k")

    def speaker_added(i: int) -> None:
        chosen = speakers[: 3 + (i % 3)] if i < 3 else [*speakers[:3], speakers[3 + i % (len(speakers) - 3)]]
        f = base
        groups = queries.speaker_groups(c, f, chosen)
        charts.profile_chart(queries.profiles(c, groups, themes))
        keyed = groups[["meeting_id", "seq", "speech", "group"]]
        proper = queries.proper_words(wh, c)  # the page's default: names and places left out
        charts.keyness_chart(queries.keyness(wh, keyed, "terms", 20, exclude=proper, significant_only=True))
        charts.attention_chart(queries.attention(c, groups, themes, f.granularity))
        queries.title_timeline(c, chosen)

    def meeting_opened(i: int) -> None:
        found = queries.meeting_text(wh, c, meetings[i % len(meetings)])
        assert found is not None
        text, sp = found
        charts.reader_html(text, sp, queries.highlight_spans(text, codebook), {})

    for name, fn in (
        ("filter change", filter_change),
        ("granularity change", gran_change),
        ("theme added", theme_added),
        ("term typed", term_typed),
        ("speaker added", speaker_added),
        ("meeting opened", meeting_opened),
    ):
        fn(runs)  # untimed, with a value the timed runs do not use: plotly's lazy imports happen once per server
        rows.append(("layer", name, [_ms(lambda fn=fn, i=i: fn(i)) for i in range(runs)]))
        print(f"  layer {name}: done", flush=True)
    rows.append(("layer", "names and places of the vocabulary (once per version)", [_ms(lambda: _proper_mask(wh, c))]))
    return rows


def _proper_mask(wh: Warehouse, c: corpus_index.Corpus) -> None:
    """What ``queries.proper_words`` computes once per corpus (not memoised here)."""
    from dashboard.indexes.words import open_index
    from dashboard.queries.proper_nouns import proper_noun_mask

    names = [*c.people["name"].dropna().unique(), *c.speeches["speaker"].dropna().unique()]
    proper_noun_mask(open_index(wh).words, names, c.meetings["region"].dropna().unique())


def cloud_row(wh: Warehouse, c: corpus_index.Corpus, runs: int) -> Row:
    speeches = queries.speeches_for(c, queries.Filters())
    freqs = queries.term_frequencies(wh, speeches, limit=200, exclude=queries.proper_words(wh, c))
    words = dict(zip(freqs["term"], freqs["count"], strict=True))
    wordclouds.word_cloud(words, max_words=200)  # the font, once per process
    return (
        "layer",
        f"word cloud ({len(words)} words)",
        [_ms(lambda: wordclouds.word_cloud(words, max_words=200)) for _ in range(max(1, min(runs, 5)))],
    )


# --- AppTest -------------------------------------------------------------------------------


def _app(page: str, **params: str | list[str]):  # type: ignore[no-untyped-def]
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_string(f"from dashboard.app import main\nmain(only={page!r})", default_timeout=600)
    for key, value in params.items():
        at.query_params[key] = value
    return at


def _timed_run(at) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    at.run()
    ms = (time.perf_counter() - t0) * 1000
    if at.exception:
        raise RuntimeError(at.exception[0].message)
    return ms


def apptest_rows(wh: Warehouse, c: corpus_index.Corpus, runs: int) -> list[Row]:
    import streamlit as st

    rows: list[Row] = []
    for page in PAGES:
        times = []
        for _ in range(runs):
            st.cache_data.clear()
            st.cache_resource.clear()
            times.append(_timed_run(_app(page)))
        rows.append(("apptest", f"first render: {page}", times))
        print(f"  first render {page}: done", flush=True)
    ranges = _date_ranges(c, runs)
    grans = [g for g in queries.GRANULARITIES if g != "year"]
    speakers = list(queries.speaker_table(c, queries.Filters())["speaker"].head(runs + 3))
    meetings = list(c.meetings.dropna(subset=["date"])["meeting_id"].iloc[:: max(1, len(c.meetings) // runs)][:runs])
    themes = list(queries.theme_totals(c, queries.Filters())["theme"])
    live = {page: _app(page).run() for page in ("themes", "terms", "speakers", "meetings")}  # one session per page

    def rerun(page: str, change: Callable[[object], None]) -> float:
        at = live[page]
        change(at)
        return _timed_run(at)

    cases: dict[str, Callable[[int], float]] = {
        "filter change (themes)": lambda i: rerun("themes", lambda at: at.slider(key="f_dates").set_value(ranges[i])),
        "granularity change (themes)": lambda i: rerun(
            "themes", lambda at: at.selectbox(key="f_granularity").set_value(grans[i % len(grans)])
        ),
        "theme added (themes)": lambda i: rerun(
            "themes", lambda at: at.multiselect(key="f_themes").set_value(themes[: 2 + i % max(1, len(themes) - 2)])
        ),
        "term typed (terms)": lambda i: rerun(
            "terms",
            lambda at: at.text_input(key="terms_text").set_value(
                WORDS[i % len(WORDS)] + f", {WORDS[(i + 5) % len(WORDS)]}"
            ),
        ),
        "speaker added (speakers)": lambda i: rerun(
            "speakers",
            lambda at: at.multiselect(key="sp_names").set_value([*speakers[:3], speakers[3 + i % (len(speakers) - 3)]]),
        ),
        "meeting opened (meetings)": lambda i: rerun(
            "meetings", lambda at: at.query_params.__setitem__("meeting", meetings[i % len(meetings)])
        ),
    }
    for name, fn in cases.items():
        rows.append(("apptest", name, [fn(i) for i in range(runs)]))
        print(f"  apptest {name}: done", flush=True)
    return rows


# --- report --------------------------------------------------------------------------------


def goal(kind: str, name: str) -> float | None:
    if kind == "once" or name.startswith("page drawn"):
        return None
    if name.startswith("first render"):
        return GOAL_FIRST_RENDER_MS
    if name.startswith("word cloud"):
        return GOAL_CLOUD_MS
    return GOAL_INTERACTION_MS


def report(rows: list[Row], rss: float, server: dict[str, float]) -> None:
    print("\n| layer | what | runs | median ms | p95 ms | goal ms | |\n|---|---|---:|---:|---:|---:|---|")
    for kind, name, xs in rows:
        g = goal(kind, name)
        p95 = _p95(xs)
        verdict = "" if g is None else ("pass" if p95 <= g else f"miss (x{p95 / g:.1f})")
        print(
            f"| {kind} | {name} | {len(xs)} | {statistics.median(xs):.0f} | {p95:.0f} | "
            f"{'' if g is None else g} | {verdict} |"
        )
    print(f"\npeak RSS of this process (all AppTest sessions of the run): {rss:.0f} MB")
    if server:
        peak = server["VmHWM"]
        print(
            f"peak RSS of one `streamlit run` server after every page: {peak:.0f} MB (goal {GOAL_RSS_MB} MB): "
            f"{'pass' if peak <= GOAL_RSS_MB else 'miss'}; at the end {server['VmRSS']:.0f} MB resident, of which "
            f"{server['RssFile']:.0f} MB file pages (memory-mapped indexes, shared libraries) and "
            f"{server['RssAnon']:.0f} MB anonymous"
        )


def once_rows(wh: Warehouse, keep: bool) -> tuple[list[Row], corpus_index.Corpus]:
    """Build the per-version indexes (from scratch unless ``keep``), then open the corpus."""
    folder = bundles.cache_folder(wh)
    if not keep and folder.exists():
        shutil.rmtree(folder)
    rows: list[Row] = []
    for name, fn in (
        ("corpus and theme matrices", lambda: corpus_index.open_corpus(wh)),
        ("speech x term index", lambda: word_index.open_index(wh, "terms")),
        ("speech x 提法 index", lambda: word_index.open_index(wh, "formulas")),
        ("counting texts", lambda: text_index.open_texts(wh)),
    ):
        rows.append(("once", f"build {name}{' (kept)' if keep else ''}", [_ms(fn)]))
        print(f"  {rows[-1][1]}: {rows[-1][2][0]:.0f} ms", flush=True)
    opened: list[corpus_index.Corpus] = []
    rows.append(("once", "open corpus (server start)", [_ms(lambda: opened.append(corpus_index.open_corpus(wh)))]))
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
    print(f"  opened in {rows[-1][2][0]:.0f} ms; {folder}: {size / 1e6:.0f} MB", flush=True)
    return rows, opened[0]


# --- a real server and browser ------------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
SERVER_PAGES = (*PAGES, "wordclouds", "codebook", "data")
# what shows that a page is drawn (a chart unless said here)
DRAWN = {"meetings": "stDataFrame", "wordclouds": "stImage", "codebook": "stDataFrame", "data": "stFileUploader"}


def _start_server(port: int, log: Path) -> subprocess.Popen:  # type: ignore[type-arg]
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "app.py"),
        "--server.headless", "true", "--server.address", "127.0.0.1", "--server.port", str(port),
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
    ]  # fmt: skip
    proc = subprocess.Popen(cmd, cwd=ROOT, env=dict(os.environ), stdout=log.open("w"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                if r.read().strip() == b"ok":
                    return proc
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError(f"streamlit did not start: {log.read_text()[-2000:]}")


def _proc_status(pid: int) -> dict[str, float]:
    """VmHWM (peak resident), VmRSS, RssAnon and RssFile of a process, in MB."""
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmHWM", "VmRSS", "RssAnon", "RssFile"):
            out[key] = int(value.split()[0]) / 1024
    return out


IDLE = "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"


def _wait_drawn(page, settle_ms: int = 1500) -> float:  # type: ignore[no-untyped-def]
    """Wait until Streamlit's running indicator has stayed away for ``settle_ms`` (it appears a
    moment after a run starts); returns when it last went away."""
    page.wait_for_selector("[data-testid='stApp']", timeout=600_000)
    idle_since = None
    deadline = time.perf_counter() + 600
    while time.perf_counter() < deadline:
        now = time.perf_counter()
        if page.evaluate(IDLE):
            idle_since = idle_since or now
            if (now - idle_since) * 1000 >= settle_ms:
                return idle_since
        else:
            idle_since = None
        page.wait_for_timeout(100)
    raise TimeoutError("the page did not finish in 10 minutes")


def server_rows(meeting_id: str) -> tuple[list[Row], dict[str, float]]:
    """Every page (and a meeting) opened in headless Chromium from one fresh server process."""
    from playwright.sync_api import sync_playwright

    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp, socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
        sock.close()
        proc = _start_server(port, Path(tmp) / "streamlit.log")
        url = f"http://127.0.0.1:{port}"
        try:
            with sync_playwright() as p:
                context = p.chromium.launch_persistent_context(
                    str(Path(tmp) / "profile"), executable_path=str(CHROMIUM), headless=True,
                    args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                          "--disable-background-networking", "--disable-component-update", "--disable-sync"],
                )  # fmt: skip
                page = context.new_page()
                visits = [(name, f"{url}/{name}", DRAWN.get(name, "stPlotlyChart")) for name in SERVER_PAGES]
                visits.append(("meeting opened (URL)", f"{url}/meetings?meeting={meeting_id}", "stHtml"))
                for name, target, testid in visits:
                    t0 = time.perf_counter()
                    page.goto(target)
                    page.get_by_test_id(testid).first.wait_for(timeout=600_000)
                    shown = time.perf_counter()
                    done = max(shown, _wait_drawn(page))
                    rows.append(("server", f"page drawn: {name}", [(done - t0) * 1000]))
                    print(f"  server {name}: {rows[-1][2][0]:.0f} ms", flush=True)
                context.close()
            status = _proc_status(proc.pid)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
    return rows, status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warehouse", type=Path, default=ROOT / "bench" / "out" / "warehouse-720")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--skip-apptest", action="store_true")
    parser.add_argument("--skip-server", action="store_true")
    parser.add_argument("--keep-cache", action="store_true", help="time opening existing indexes, not building them")
    args = parser.parse_args(argv)
    os.environ["POLICY_THEMES_WAREHOUSE"] = str(args.warehouse.resolve())
    os.environ.setdefault("POLICY_THEMES_CODEBOOK", str(ROOT / "data" / "codebook"))
    wh = Warehouse.open(args.warehouse)
    print(f"warehouse {args.warehouse} (version {wh.version}), cores: {os.cpu_count()}, runs: {args.runs}", flush=True)
    codebook = load_folder(ROOT / "data" / "codebook").codebook
    rows, c = once_rows(wh, args.keep_cache)
    rows += layer_rows(wh, c, codebook, args.runs)
    rows.append(cloud_row(wh, c, args.runs))
    if not args.skip_apptest:
        rows += apptest_rows(wh, c, args.runs)
    server: dict[str, float] = {}
    if not args.skip_server and CHROMIUM.exists():
        meeting = str(c.meetings.dropna(subset=["date"])["meeting_id"].iloc[len(c.meetings) // 3])
        server_part, server = server_rows(meeting)
        rows += server_part
    report(rows, peak_rss_mb(), server)
    app_test = sys.modules.get("streamlit.testing.v1.app_test")
    if app_test is not None:  # the folder AppTest makes at import and never removes
        app_test.TMP_DIR.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
