"""A real Streamlit server driven by Debian's Chromium through Playwright (``-m browser``).

Skipped when /usr/bin/chromium is absent, unless CI=true: then it fails, so CI cannot pass
without running it. Screenshots go to a temporary folder; with POLICY_THEMES_SCREENSHOTS=1 they
are also copied to docs/screenshots/ (overview.png is the one the README shows).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from dashboard.app import PAGES as APP_PAGES

pytestmark = [
    pytest.mark.browser,
    # kaleido/choreographer and Playwright leave temporary folders to the interpreter's finalizers
    pytest.mark.filterwarnings("ignore:Implicitly cleaning up:ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PAGES = APP_PAGES  # every page, as the app lists them
HOSTILE_TITLE = "<script>alert(1)</script>恶意标题 [点我](javascript:alert(3)) **粗体**"
REPORTS = {
    "a.txt": "青禾区委常委会会议\n2020年3月5日，区委书记张三主持召开区委常委会会议。\n张三指出，要推进乡村振兴，"
    "巩固脱贫攻坚成果。\n李四强调，要抓好安全生产，保护生态环境。\n",
    "b.txt": "青禾区政府常务会议\n2021年2月1日，区长李四主持召开区政府常务会议。会议要求，加强环境保护，"
    "推进高质量发展，优化营商环境，推进乡村振兴。\n",
    "c.txt": "白石县委常委会会议\n2022年9月15日，县委书记王五主持召开县委常委会会议。\n王五指出，要推进乡村振兴，"
    "推动生态环境保护。\n赵六要求，要狠抓安全生产。\n",
    # the hostile line stands between the report's sentences: after the last one, the judge of line shapes
    # takes it for furniture (etl/extract/cleaning/line_shapes.py), and the page must still show it escaped
    "xss.txt": f"{HOSTILE_TITLE}\n2023年6月1日，区委召开常委会会议。<img src=x onerror=alert(2)>\n"
    "<iframe src=javascript:alert(4)></iframe> $\\alert{5}$\n"
    "会议强调，要推进乡村振兴。![img](http://127.0.0.1:9/x.png)\n",
}


def _chromium_or_skip() -> None:
    if CHROMIUM.exists():
        return
    message = "browser tests need Debian's chromium: apt-get install -y chromium (never `playwright install`)"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"CI is set but {CHROMIUM} is missing; {message}")
    pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    _chromium_or_skip()
    from etl.contract.settings import resolve
    from etl.run.pipeline import run_etl

    root = tmp_path_factory.mktemp("browser")
    raw = root / "raw"
    raw.mkdir()
    for name, text in REPORTS.items():
        (raw / name).write_text(text, encoding="utf-8")
    codebook = root / "codebook"
    shutil.copytree(ROOT / "data" / "codebook", codebook)  # the page may save: never the repo's files
    wh = root / "wh"
    settings = resolve({"warehouse": wh, "codebook": codebook, "workers": 1, "progress": False}, env={})
    assert run_etl([raw], settings).meetings_total == len(REPORTS)
    port = _free_port()
    env = {**os.environ, "POLICY_THEMES_WAREHOUSE": str(wh), "POLICY_THEMES_CODEBOOK": str(codebook)}
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(ROOT / "dashboard" / "app.py"),
        "--server.headless",
        "true",
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(port),
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
    ]
    log = open(root / "streamlit.log", "w")  # noqa: SIM115 (closed below)
    proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.read().strip() == b"ok":
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"streamlit did not start:\n{(root / 'streamlit.log').read_text()[-3000:]}")
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="module")
def playwright(served: str):  # type: ignore[no-untyped-def]
    """One Playwright per module: its sync API cannot start twice in one thread."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="module")
def browser_page(playwright, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from dashboard.rendering import fonts

    profile = tmp_path_factory.mktemp("chromium-profile")
    env = {**os.environ, "FONTCONFIG_FILE": str(fonts.fontconfig_file())}  # Chinese in screenshots
    context = playwright.chromium.launch_persistent_context(
        str(profile),
        executable_path=str(CHROMIUM),
        headless=True,
        accept_downloads=True,
        args=ARGS,
        env=env,
        viewport={"width": 1280, "height": 860},
    )
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.dialogs = dialogs  # type: ignore[attr-defined]
    try:
        yield page
    finally:
        context.close()


def _wait_idle(page, timeout: float = 60) -> None:  # type: ignore[no-untyped-def]
    """Until Streamlit has finished the run (its status widget gone) and the app is drawn."""
    page.wait_for_selector("[data-testid='stApp']", timeout=timeout * 1000)
    page.wait_for_timeout(500)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=timeout * 1000)
    page.wait_for_timeout(300)


def _no_exception(page) -> None:  # type: ignore[no-untyped-def]
    errors = page.get_by_test_id("stException")
    assert errors.count() == 0, errors.first.inner_text()


def _shoot(page, name: str, shots: Path) -> None:  # type: ignore[no-untyped-def]
    path = shots / f"{name}.png"
    page.screenshot(path=str(path))
    assert path.stat().st_size < 800_000
    if os.environ.get("POLICY_THEMES_SCREENSHOTS") == "1":
        target = ROOT / "docs" / "screenshots"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target / path.name)


def test_every_page_renders(browser_page, served: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = browser_page
    expected = {
        "overview": "stPlotlyChart",
        "themes": "stPlotlyChart",
        "wordclouds": "stImage",
        "panel": "stDataFrame",
        "tenures": "stPlotlyChart",
        "diversity": "stPlotlyChart",
        "similarity": "stPlotlyChart",
        "topics": "stForm",
        "codebook": "stDataFrame",
        "data": "stFileUploader",
    }
    for name in PAGES:
        # each page opened straight from its URL, as a copied link does, with a filter in it
        page.goto(f"{served}/{name}?gran=quarter" if name != "overview" else served)
        _wait_idle(page)
        page.get_by_test_id(expected.get(name, "stHeading")).first.wait_for(timeout=60_000)
        _no_exception(page)
        # the app's own navigation (Chinese labels), not Streamlit's folder of scripts
        assert "概览" in page.get_by_test_id("stSidebarNav").inner_text()
        _shoot(page, name, tmp_path)


def _open_select(page, select) -> None:  # type: ignore[no-untyped-def]
    """Open a multi-select's list: scrolled into view first (the sidebar is taller than the window,
    and a click that scrolls can land before the list is ready), clicked again if it stays shut."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    select.scroll_into_view_if_needed()
    page.wait_for_timeout(200)
    select.click()
    try:
        page.get_by_role("option").first.wait_for(timeout=5_000)
    except PlaywrightTimeout:
        select.click()


def test_filter_chart_point_kwic_and_downloads(browser_page, served: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = browser_page
    page.goto(served)
    _wait_idle(page)
    chart = page.get_by_test_id("stPlotlyChart").first
    chart.wait_for(timeout=60_000)
    # change a filter in the sidebar: pick the first theme offered
    _open_select(page, page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").first)
    page.get_by_role("option").first.click()
    page.keyboard.press("Escape")
    _wait_idle(page)
    _no_exception(page)
    # on the theme trends, click a point of a line: the KWIC lines behind it appear in a table
    page.goto(f"{served}/themes")
    _wait_idle(page)
    point = page.locator(".scatterlayer .point").first
    point.wait_for(timeout=60_000)
    assert page.get_by_test_id("stDataFrame").count() == 0
    box = point.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.get_by_test_id("stDataFrame").first.wait_for(timeout=60_000)
    _wait_idle(page)
    _no_exception(page)
    # the panel draws a table only when there are lines (else an "nothing found" note)
    assert page.get_by_test_id("stDataFrame").count() >= 1
    # download the chart as HTML and its data as CSV
    buttons = page.get_by_test_id("stDownloadButton")
    with page.expect_download() as html_download:
        buttons.filter(has_text="HTML").first.click()
    html = Path(html_download.value.path()).read_text(encoding="utf-8")
    assert "<html" in html and "Plotly" in html
    with page.expect_download() as csv_download:
        buttons.filter(has_text="CSV").first.click()
    data = Path(csv_download.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"," in data
    assert csv_download.value.suggested_filename.endswith(".csv")
    _shoot(page, "overview_selected", tmp_path)


def test_the_panel_downloads_as_stata_and_topics_fit(browser_page, served: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = browser_page
    page.goto(f"{served}/panel")
    _wait_idle(page)
    buttons = page.get_by_test_id("stDownloadButton")
    buttons.filter(has_text="DTA").first.wait_for(timeout=60_000)
    with page.expect_download() as dta:
        buttons.filter(has_text="DTA").first.click()
    assert dta.value.suggested_filename == "panel_region_year.dta"
    assert Path(dta.value.path()).read_bytes().startswith(b"<stata_dta><header><release>118</release>")
    page.goto(f"{served}/topics")
    _wait_idle(page)
    page.get_by_test_id("stForm").first.wait_for(timeout=60_000)
    page.get_by_test_id("stNumberInput").first.locator("input").fill("2")
    page.get_by_test_id("stBaseButton-secondaryFormSubmit").or_(
        page.get_by_test_id("stBaseButton-primaryFormSubmit")
    ).first.click()
    _wait_idle(page)
    # four short reports: the fit says why it cannot run (too few speeches), or shows its table
    page.get_by_test_id("stDataFrame").or_(page.get_by_test_id("stAlert")).first.wait_for(timeout=60_000)
    _no_exception(page)
    _shoot(page, "topics-fitted", tmp_path)


def test_hostile_report_runs_no_script(browser_page, served: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = browser_page
    page.goto(f"{served}/codebook")
    _wait_idle(page)
    page.get_by_test_id("stTextInput").first.locator("input").fill("乡村振兴")
    page.keyboard.press("Enter")
    _wait_idle(page)
    _no_exception(page)
    for name in ("overview", "meetings"):
        page.goto(f"{served}/{name}" if name != "overview" else served)
        _wait_idle(page)
    page.wait_for_timeout(1000)
    assert page.dialogs == []  # type: ignore[attr-defined]
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("iframe[src^='javascript']").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    scripts = page.locator("script").evaluate_all("els => els.map(e => e.textContent)")
    assert not any("alert(1)" in s for s in scripts)
    _shoot(page, "xss_checked", tmp_path)


# (URL query, meetings in the overview's first metric): the reports are dated 2020-03-05,
# 2021-02-01, 2022-09-15 and 2023-06-01
CROWD = (("", "4"), ("?from=2021-01-01", "3"), ("?to=2021-06-30", "2"), ("?from=2022-01-01", "2"), ("?lang=en", "4"))


def _first_metric(page) -> str:  # type: ignore[no-untyped-def]
    """The overview's first metric (meetings), once all five are drawn: the columns of a row are
    not always drawn left to right, so the first value found early may be another metric's."""
    page.wait_for_function(
        "() => document.querySelectorAll('[data-testid=\"stMetricValue\"]').length >= 5", timeout=60_000
    )
    return str(page.get_by_test_id("stMetricValue").first.inner_text()).strip()


def test_several_browser_sessions_at_once_see_what_one_alone_sees(playwright, served: str) -> None:  # type: ignore[no-untyped-def]
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
    try:
        alone = browser.new_context().new_page()
        lone = []
        for query, _ in CROWD:
            alone.goto(f"{served}/{query}")
            _wait_idle(alone)
            lone.append(_first_metric(alone))
        assert lone == [n for _, n in CROWD]
        pages = [browser.new_context().new_page() for _ in CROWD]
        for _ in range(2):  # every session opens its view at the same time, then all move on
            for page, (query, _) in zip(pages, CROWD, strict=True):
                page.goto(f"{served}/{query}", wait_until="commit")
            for page in pages:
                _wait_idle(page)
                _no_exception(page)
            assert [_first_metric(page) for page in pages] == lone
            for page, (query, _) in zip(pages, CROWD, strict=True):
                page.goto(f"{served}/themes{query}", wait_until="commit")
            for page in pages:
                _wait_idle(page)
                page.get_by_test_id("stPlotlyChart").first.wait_for(timeout=60_000)
                _no_exception(page)
    finally:
        browser.close()


# --- shareable views: page controls in the URL, typed dates, evidence behind every mark -------------

# every line of every chart on the page, as plotly drew it (names and y values)
LINES = """() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(g =>
    g._fullData.filter(t => t.type === 'scatter').map(t => [t.name, Array.from(t.y)]))"""
# the page position of the first heatmap cell whose value is above zero, and its customdata
CELL = """g => { const tr = g._fullData.find(t => t.type === 'scatter' && t.marker.opacity === 0);
    const i = Array.from(tr.customdata).findIndex(c => c[c.length - 1] > 0);
    const xa = g._fullLayout.xaxis, ya = g._fullLayout.yaxis, r = g.getBoundingClientRect();
    return {x: r.left + xa._offset + xa.d2p(tr.x[i]), y: r.top + ya._offset + ya.d2p(tr.y[i]), cell: tr.customdata[i]}; }"""


def _evidence_captions(page) -> list[str]:  # type: ignore[no-untyped-def]
    """The caption under each evidence heading: the hint, or what was clicked and how many lines."""
    text = page.get_by_test_id("stMain").inner_text()
    return [line.strip() for line in re.findall(r"依据（上下文）\s*\n+([^\n]+)", text)]


def _settle(page) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_timeout(800)
    _wait_idle(page)
    _no_exception(page)


def test_a_copied_url_reopens_the_same_view_in_a_fresh_browser(playwright, served: str) -> None:  # type: ignore[no-untyped-def]
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
    try:
        page = browser.new_context().new_page()
        page.goto(f"{served}/themes")
        _wait_idle(page)
        page.get_by_test_id("stPlotlyChart").first.wait_for(timeout=60_000)
        default_lines = page.evaluate(LINES)
        main = page.get_by_test_id("stMain")
        main.get_by_test_id("stRadio").first.get_by_text("提及次数", exact=True).click()  # metric: raw count
        _settle(page)
        window = main.get_by_test_id("stNumberInput").first.locator("input")
        window.fill("2")
        window.press("Enter")
        _settle(page)
        _open_select(
            page, page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").filter(has_text="主题").first
        )
        page.keyboard.type("乡村振兴")
        page.keyboard.press("Enter")
        page.keyboard.press("Escape")
        _settle(page)
        url, lines = page.url, page.evaluate(LINES)
        assert "metric=count" in url and "ma=2" in url and "theme=" in url
        assert lines != default_lines
        fresh = browser.new_context().new_page()  # nothing shared: no cookies, no session
        fresh.goto(url)
        _wait_idle(fresh)
        fresh.get_by_test_id("stPlotlyChart").first.wait_for(timeout=60_000)
        _settle(fresh)
        assert fresh.evaluate(LINES) == lines
        again = fresh.get_by_test_id("stMain")
        checked = again.get_by_test_id("stRadio").first.locator("input:checked")
        assert checked.evaluate("e => e.closest('label').innerText").strip() == "提及次数"
        assert again.get_by_test_id("stNumberInput").first.locator("input").input_value() == "2"
        # the typed terms too
        page.goto(f"{served}/terms")
        _wait_idle(page)
        words = page.get_by_test_id("stMain").get_by_test_id("stTextInput").first.locator("input")
        words.fill("生态, 安全生产")
        words.press("Enter")
        _settle(page)
        url, lines = page.url, page.evaluate(LINES)
        assert [name for name, _ in lines[0]] == ["生态", "安全生产"]
        fresh.goto(url)
        _wait_idle(fresh)
        fresh.get_by_test_id("stPlotlyChart").first.wait_for(timeout=60_000)
        _settle(fresh)
        assert fresh.evaluate(LINES) == lines
        assert fresh.get_by_test_id("stMain").get_by_test_id("stTextInput").first.locator("input").input_value() == (
            "生态, 安全生产"
        )
        # and the word clouds' open tab
        page.goto(f"{served}/wordclouds")
        _wait_idle(page)
        page.get_by_role("tab", name="对比两个选择").click()
        _settle(page)
        assert "tab=compare" in page.url
        fresh.goto(page.url)
        _wait_idle(fresh)
        fresh.get_by_role("tab").first.wait_for(timeout=60_000)
        _settle(fresh)
        assert fresh.get_by_role("tab", selected=True).all_inner_texts() == ["对比两个选择"]
    finally:
        browser.close()


def test_typed_dates_and_the_slider_move_together(playwright, served: str) -> None:  # type: ignore[no-untyped-def]
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
    try:
        page = browser.new_context().new_page()
        page.goto(served)
        _wait_idle(page)
        assert _first_metric(page) == "4"
        side = page.get_by_test_id("stSidebar")

        def typed() -> list[str]:
            dates = side.get_by_test_id("stDateInput")
            return [dates.nth(i).locator("input[type=date]").input_value() for i in range(2)]

        assert typed() == ["2020-03-05", "2023-06-01"]
        side.get_by_test_id("stDateInput").first.get_by_role("spinbutton").first.click()  # the year of "from"
        page.keyboard.type("20210101")
        page.keyboard.press("Enter")
        page.get_by_test_id("stMain").get_by_role("heading").first.click()  # the date is taken on leaving it
        _settle(page)
        assert side.get_by_test_id("stSliderThumbValue").all_inner_texts() == ["2021-01-01", "2023-06-01"]
        assert _first_metric(page) == "3" and "from=2021-01-01" in page.url
        side.get_by_role("slider").nth(1).focus()  # the slider's "to" thumb, one day back
        page.keyboard.press("ArrowLeft")
        _settle(page)
        assert typed() == ["2021-01-01", "2023-05-31"]
        assert _first_metric(page) == "2" and "to=2023-05-31" in page.url
    finally:
        browser.close()


def _click_biggest(page, chart, selector: str) -> None:  # type: ignore[no-untyped-def]
    """Click the largest mark (bar or point) of a chart: a zero bar has no area to click."""
    chart.scroll_into_view_if_needed()
    marks = chart.locator(selector)
    boxes = [b for b in (marks.nth(i).bounding_box() for i in range(marks.count())) if b]
    box = max(boxes, key=lambda b: b["width"] * b["height"] + b["width"] + b["height"])
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    _settle(page)


def _click_biggest_for_evidence(page, chart, selector: str, panel: int, hint: str) -> None:  # type: ignore[no-untyped-def]
    """Click a chart's largest mark until evidence panel ``panel`` leaves its hint: on a slow machine a
    chart is drawn before its click handler is bound, and a click then is lost (three tries)."""
    for _ in range(3):
        _click_biggest(page, chart, selector)
        if _evidence_captions(page)[panel] != hint:
            return


def _click_cell(page, chart) -> list:  # type: ignore[no-untyped-def]
    chart.scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    target = chart.locator(".js-plotly-plot").evaluate(CELL)
    page.mouse.click(target["x"], target["y"])
    _settle(page)
    return list(target["cell"])


def test_every_cell_bar_and_point_shows_the_evidence_behind_it(browser_page, served: str) -> None:  # type: ignore[no-untyped-def]
    page = browser_page
    hint = "点击图中的点或格子查看原文依据。"
    for name in ("overview", "cooccurrence"):  # a heatmap cell of each
        page.goto(f"{served}/{name}" if name != "overview" else served)
        _wait_idle(page)
        chart = page.get_by_test_id("stPlotlyChart").first
        chart.wait_for(timeout=60_000)
        assert _evidence_captions(page) == [hint]
        cell = _click_cell(page, chart)
        caption = _evidence_captions(page)[0]
        assert caption != hint and caption.startswith(str(cell[0])), (name, caption, cell)
        assert int(caption.rsplit(":", 1)[1]) >= 1 and page.get_by_test_id("stDataFrame").count() >= 1
    page.goto(f"{served}/speakers")  # a bar of the theme profiles, then a point of the attention lines
    _wait_idle(page)
    charts = page.get_by_test_id("stPlotlyChart")
    charts.first.wait_for(timeout=60_000)
    _click_biggest_for_evidence(page, charts.nth(0), ".bars .point", 0, hint)
    _click_biggest_for_evidence(page, charts.nth(charts.count() - 1), ".scatterlayer .point", -1, hint)
    captions = _evidence_captions(page)
    assert hint not in (captions[0], captions[-1]), captions
    assert all(int(c.rsplit(":", 1)[1]) >= 1 for c in (captions[0], captions[-1])), captions
    # a rising word's bar (with the words that are not significant: this corpus is too small for G² ≥ 3.84)
    page.goto(f"{served}/emerging?weak=1")
    _wait_idle(page)
    chart = page.get_by_test_id("stPlotlyChart").first
    chart.wait_for(timeout=60_000)
    _click_biggest_for_evidence(page, chart, ".bars .point", 0, hint)
    caption = _evidence_captions(page)[0]
    assert caption != hint and int(caption.rsplit(":", 1)[1]) >= 1, caption


# every trace of every chart on the page: its type, name and x values
TRACES = """() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(g =>
    g._fullData.map(t => [t.type, t.name, Array.from(t.x || [])]))"""


def test_a_research_page_reopens_from_a_copied_url_in_a_fresh_browser(playwright, served: str) -> None:  # type: ignore[no-untyped-def]
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
    try:
        page = browser.new_context().new_page()
        page.goto(f"{served}/diversity")
        _wait_idle(page)
        page.get_by_test_id("stPlotlyChart").first.wait_for(timeout=60_000)
        by_period = page.evaluate(TRACES)
        page.get_by_test_id("stMain").get_by_test_id("stRadio").first.get_by_text("发言人", exact=True).click()
        _settle(page)
        url, by_speaker = page.url, page.evaluate(TRACES)
        assert "by=speaker" in url and by_speaker != by_period
        fresh = browser.new_context().new_page()  # nothing shared: no cookies, no session
        fresh.goto(url)
        _wait_idle(fresh)
        fresh.get_by_test_id("stPlotlyChart").first.wait_for(timeout=60_000)
        _settle(fresh)
        assert fresh.evaluate(TRACES) == by_speaker
        checked = fresh.get_by_test_id("stMain").get_by_test_id("stRadio").first.locator("input:checked")
        assert checked.evaluate("e => e.closest('label').innerText").strip() == "发言人"
    finally:
        browser.close()


def test_the_tenure_post_of_a_copied_url_draws_that_post_s_holders(playwright, served: str) -> None:  # type: ignore[no-untyped-def]
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
    try:
        drawn = {}
        for post in ("书记", "行政首长"):
            page = browser.new_context().new_page()
            page.goto(f"{served}/tenures" + ("" if post == "书记" else f"?post={post}"))
            _wait_idle(page)
            page.get_by_test_id("stPlotlyChart").first.wait_for(timeout=60_000)
            _settle(page)
            drawn[post] = page.evaluate(TRACES)
            assert page.get_by_test_id("stSidebar").get_by_text("任期按职务").count()  # the page-wide control
            assert f"任职者：{post}" in page.get_by_test_id("stMain").inner_text()
        assert drawn["书记"] and drawn["行政首长"] and drawn["书记"] != drawn["行政首长"]
    finally:
        browser.close()
