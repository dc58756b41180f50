"""The pages as a person sees them: headless Chromium opens the dashboard, the zhifa quality page,
Great Expectations Data Docs and the dbt docs after a real `zhifa run` on the bundled reports.

Screenshots of every page go to tests/artifacts/ (git-ignored). The module is skipped only when
Chromium or its driver is not installed (`make test` installs them from Debian when it can).
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

from expectations.data_docs_assets import NODE_MODULES
from tests.conftest import REPO
from tests.e2e_support import ZHIFA, Workspace

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = REPO / "tests" / "artifacts"

pytestmark = [pytest.mark.browser, pytest.mark.e2e]

if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
    pytest.skip(
        f"browser tests need {CHROMIUM} and {CHROMEDRIVER} (apt-get install chromium chromium-driver "
        "fonts-noto-cjk; `make test` does it when run as root)",
        allow_module_level=True,
    )

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

FUTURE_REPORT = (
    "【样例数据】本文件为zhifa项目编写的虚构示例，非真实政府报告。\n"
    "样例市丙区2099年度行政执法情况报告\n"
    "2099年，丙区实施行政处罚12件。\n"
)
PAGE_TIMEOUT = 60
# Console errors of pages zhifa does not write, recorded in tests/artifacts/*_console.txt and
# otherwise accepted, each for a known reason. GX Data Docs have none: their CDN scripts, styles
# and fonts are served from the docs folder (expectations/data_docs_assets.py).
DBT_DOCS_KNOWN_ERRORS = (
    # dbt's static docs page, opened from file://: Angular image templates ({{ getIcon(...) }})
    # are requested before they are compiled, and its favicon is a ${require(...)} placeholder
    "%7B%7B",
    "$%7Brequire(",
)


# --- fixtures ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ws(bundled_build, tmp_path_factory) -> Workspace:
    result = bundled_build.result
    assert result.returncode == 0, result.stdout + result.stderr
    return bundled_build.copy_to(tmp_path_factory.mktemp("browser"))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_healthy(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + PAGE_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"streamlit exited with {process.returncode}:\n{log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"streamlit did not answer on {url}:\n{log.read_text(errors='replace')}")


@pytest.fixture(scope="module")
def dashboard(ws: Workspace, tmp_path_factory) -> Iterator[str]:
    """`make dashboard`'s command on a free 127.0.0.1 port, reading the test warehouse."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = tmp_path_factory.mktemp("streamlit") / "streamlit.log"
    env = {**os.environ, "ZHIFA_WAREHOUSE_DIR": str(ws.warehouse)}
    command = [
        sys.executable, "-m", "streamlit", "run", str(REPO / "dashboard" / "app.py"),
        "--server.headless", "true", "--browser.gatherUsageStats", "false",
        "--client.toolbarMode", "minimal",
        "--server.address", "127.0.0.1", "--server.port", str(port),
        "--server.fileWatcherType", "none",
    ]  # fmt: skip
    with open(log, "w") as out:
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_healthy(url, process, log)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def browser(tmp_path_factory) -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,1800",
        # The network is closed: resolve nothing but 127.0.0.1, so no page reaches outside.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):  # fmt: skip
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(PAGE_TIMEOUT)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module", autouse=True)
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


# --- helpers -----------------------------------------------------------------------------


def _body(driver) -> str:
    return driver.find_element(By.TAG_NAME, "body").text


def _wait_for(driver, *texts: str, timeout: int = PAGE_TIMEOUT) -> str:
    """Wait until every text is shown (not merely in the DOM), past Streamlit's loading skeleton."""
    try:
        WebDriverWait(driver, timeout).until(lambda d: all(t in _body(d) for t in texts))
    except TimeoutException:
        _screenshot(driver, "failed_wait")
        shown = _body(driver)
        missing = [t for t in texts if t not in shown]
        raise AssertionError(f"{driver.current_url}: {missing} not shown; the page says:\n{shown[:3000]}") from None
    return _body(driver)


def _screenshot(driver, name: str) -> Path:
    """The whole page: the window is stretched to the document's height first."""
    time.sleep(1)  # charts and fonts settle after the text appears
    height = driver.execute_script(
        "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight,"
        " ...Array.from(document.querySelectorAll('section.main, [data-testid=stMain]')).map(e => e.scrollHeight))"
    )
    driver.set_window_size(1400, max(900, min(int(height) + 100, 8000)))
    time.sleep(0.5)
    path = ARTIFACTS / f"{name}.png"
    driver.save_screenshot(str(path))
    driver.set_window_size(1400, 1800)
    return path


# On a page's own address (/overview, where the root now sends a reader) Streamlit first
# probes the page path as its base URL (/overview/_stcore/health), gets a 404 and falls back
# to the root: its own way of finding the base, not a failure of the page.
_BASE_URL_PROBE = re.compile(r"/[\w-]+/_stcore/(?:health|host-config) - Failed to load resource: .* 404")


def _console_errors(driver) -> list[str]:
    """SEVERE browser-console entries since the last call, but Streamlit's base-URL probes."""
    return [
        entry["message"]
        for entry in driver.get_log("browser")
        if entry["level"] == "SEVERE" and not _BASE_URL_PROBE.search(entry["message"])
    ]


def _open_dashboard_page(driver, url: str, nav_label: str) -> None:
    """Click the page in the sidebar, as a person does (a deep link makes Streamlit probe the
    server path with a request that 404s before it finds its base URL)."""
    if not driver.current_url.startswith(url):
        driver.get(url)
    WebDriverWait(driver, PAGE_TIMEOUT).until(
        lambda d: any(nav_label in e.text for e in d.find_elements(By.CSS_SELECTOR, '[data-testid="stSidebarNavLink"]'))
    )
    link = next(e for e in driver.find_elements(By.CSS_SELECTOR, '[data-testid="stSidebarNavLink"]') if nav_label in e.text)
    link.click()


def _choose(driver, label: str, typed: str) -> None:
    """Pick an option of the Streamlit selectbox labelled `label` by typing part of it."""
    box = next(
        b for b in driver.find_elements(By.CSS_SELECTOR, '[data-testid="stSelectbox"]') if label in b.text
    )
    field = box.find_element(By.TAG_NAME, "input")
    field.click()
    field.send_keys(typed)
    time.sleep(0.5)
    field.send_keys(Keys.ENTER)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0").rstrip(".")


# --- the dashboard -----------------------------------------------------------------------


def test_dashboard_overview_shows_totals_by_year_and_quality(ws, dashboard, browser):
    total, issuers = ws.query(
        "SELECT sum(value), count(DISTINCT issuer_key) FROM marts.fct_report_metric "
        "WHERE metric = 'penalty_cases' AND domain = 'all' AND report_year = 2022 AND issuer_key IS NOT NULL"
    )[0]
    browser.get(dashboard)
    text = _wait_for(browser, "各年度合计", "Totals by year", "Last run's quality", _number(total))
    assert f"{_number(total)} ({issuers})" in " ".join(text.split())
    assert "✔ 通过 PASS" in text or "通过 PASS" in text
    _screenshot(browser, "dashboard_overview")
    assert _console_errors(browser) == []


def test_the_overview_answers_at_its_own_address_and_the_root_moves_on_to_it(ws, dashboard, browser):
    browser.get(f"{dashboard}/overview")
    text = _wait_for(browser, "各年度合计", "Totals by year")
    time.sleep(2)  # Streamlit's "Page not found" dialog comes after the first render
    assert "Page not found" not in _body(browser), text[:500]
    browser.get(dashboard)
    WebDriverWait(browser, PAGE_TIMEOUT).until(lambda d: d.current_url.rstrip("/").endswith("/overview"))
    _wait_for(browser, "各年度合计", "Totals by year")
    assert "Page not found" not in _body(browser)
    active = browser.find_elements(By.CSS_SELECTOR, '[data-testid="stSidebarNavLink"][aria-current="page"]')
    assert [e.text for e in active] == ["总览 · Overview"]


def test_dashboard_issuer_page_shows_jinghai_2022_penalty_cases_with_its_sentence(ws, dashboard, browser):
    _open_dashboard_page(browser, dashboard, "Issuer")
    _wait_for(browser, "Choose an issuer")
    _choose(browser, "Choose an issuer", "静海")
    text = _wait_for(browser, "天津市静海区", "2132", "Metrics year over year", "Source sentence")
    # The figure picked by default is the issuer's 行政处罚 total: its sentence and its report.
    assert "2132 件" in text
    assert "tianjin_jinghai_2022.txt" in text
    sentence = ws.query(
        "SELECT sentence FROM marts.fct_report_metric WHERE issuer_key = 'tianjin/jinghai' "
        "AND report_year = 2022 AND metric = 'penalty_cases' AND domain = 'all'"
    )[0][0]
    assert " ".join(sentence.split()) in " ".join(text.split())
    _screenshot(browser, "dashboard_issuer_jinghai")
    assert _console_errors(browser) == []


def test_dashboard_lists_the_claim_that_disagrees(ws, dashboard, browser):
    claims = ws.query(
        "SELECT y.value, d.source_path FROM marts.fct_metric_yoy AS y "
        "LEFT JOIN marts.dim_document AS d ON d.doc_id = y.claim_doc_id WHERE y.claim_consistent = false"
    )
    assert claims, "the bundled samples carry one deliberately wrong 同比 claim"
    _open_dashboard_page(browser, dashboard, "Claims")
    texts = [t for value, path in claims for t in (_number(value), path)]
    _wait_for(browser, "Claims that disagree with the figures", *texts)
    _screenshot(browser, "dashboard_claims")
    assert _console_errors(browser) == []


def test_dashboard_quality_page_shows_the_last_run(ws, dashboard, browser):
    run_id = ws.query(
        "SELECT run_id FROM quality.validation_results GROUP BY run_id ORDER BY min(evaluated_at) DESC LIMIT 1"
    )[0][0]
    _open_dashboard_page(browser, dashboard, "Quality")
    _wait_for(browser, "Data quality", "Pass rate across runs", run_id)
    _screenshot(browser, "dashboard_quality")
    assert _console_errors(browser) == []


def test_dashboard_review_page_shows_the_queue_of_the_bundled_reports(ws, dashboard, browser):
    import duckdb

    from orchestration.corrections.review import review_queue

    with duckdb.connect(str(ws.published), read_only=True) as con:
        queue = review_queue(lambda sql, params: con.execute(sql, list(params)).df())
    documents = [row for row in queue if row.kind == "document"]
    figures = [row for row in queue if row.kind == "figure"]
    # the bundled reports: one report names nobody; a claim and two conflicts need a look
    assert [row.document for row in documents] == ["unnamed_report.txt"]
    assert {"claim", "conflict"} <= {topic for row in figures for topic in row.topics}
    _open_dashboard_page(browser, dashboard, "Review")
    shown = _wait_for(browser, "待核对 · Review", "kind,document,named_issuer", *{row.document for row in queue})
    flat = " ".join(shown.split())
    for row in figures:
        assert " ".join(row.sentence.split()) in flat, row.sentence
    marked = {e.text for e in browser.find_elements(By.CSS_SELECTOR, ".zhifa-review-sentence mark")}
    assert marked == {row.as_written for row in figures}
    assert "No corrections yet" in shown  # the workspace has no corrections folder
    _screenshot(browser, "dashboard_review")
    assert _console_errors(browser) == []


def test_dashboard_keeps_working_while_a_run_publishes(ws, dashboard, browser):
    before = ws.published.stat().st_ino
    env = {**os.environ, "ZHIFA_REPORTS_DIR": str(ws.reports), "ZHIFA_WAREHOUSE_DIR": str(ws.warehouse)}
    run = subprocess.Popen([*ZHIFA, "run"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    loads = 0
    try:
        while run.poll() is None:
            browser.get(dashboard)
            _wait_for(browser, "各年度合计", "Totals by year", "Last run's quality")
            loads += 1
            time.sleep(1)
    finally:
        output = run.communicate(timeout=600)[0]
    assert run.returncode == 0, output
    assert ws.published.stat().st_ino != before, "the run published a new warehouse file"
    browser.get(dashboard)
    _wait_for(browser, "各年度合计", "Last run's quality")
    assert loads >= 1
    assert _console_errors(browser) == []


# --- the static pages --------------------------------------------------------------------


def test_zhifa_quality_page_opens(ws, browser):
    page = ws.warehouse / "quality" / "zhifa.html"
    assert page.exists(), "zhifa run writes the zhifa quality page"
    browser.get(page.as_uri())
    text = _wait_for(browser, "Data quality report", "已发布 · published", "Pass rate across runs", "Quarantined files")
    assert "Claims that disagree with the figures" in text
    assert "18950" in text  # the deliberately wrong 同比 claim of 样例市甲区 2023
    _screenshot(browser, "quality_page")
    assert _console_errors(browser) == []


def _unexpected(errors: list[str], known: tuple[str, ...], record: str) -> list[str]:
    (ARTIFACTS / record).write_text("\n".join(errors), encoding="utf-8")
    return [e for e in errors if not any(mark in e for mark in known)]


def _shown_rows(driver, *texts: str) -> list:
    """The visible rows of bootstrap-table tables that contain every text."""
    return [
        row for row in driver.find_elements(By.CSS_SELECTOR, "table tbody tr[data-index]")
        if row.is_displayed() and all(text in row.text for text in texts)
    ]  # fmt: skip


def test_great_expectations_data_docs_open(ws, browser):
    if not NODE_MODULES.is_dir():
        if shutil.which("npm") is None:
            pytest.skip(f"no {NODE_MODULES} and no npm: Data Docs load their scripts from CDNs")
        pytest.fail(f"no {NODE_MODULES}: run `make install` (npm ci --prefix expectations/web)")
    run_id = ws.query(
        "SELECT run_id FROM quality.validation_results GROUP BY run_id ORDER BY min(evaluated_at) DESC LIMIT 1"
    )[0][0]
    # The index draws its list of validations with jQuery and bootstrap-table, served from the
    # docs folder: it shows offline, and its search finds a table's latest validation.
    browser.get((ws.warehouse / "quality" / "index.html").as_uri())
    _wait_for(browser, "Data Docs", "zhifa_quality", "Validation Results")
    redrawn = WebDriverWait(browser, PAGE_TIMEOUT, ignored_exceptions=[StaleElementReferenceException])
    try:
        redrawn.until(lambda d: _shown_rows(d, run_id))
        search = next(e for e in browser.find_elements(By.CSS_SELECTOR, "input.search-input") if e.is_displayed())
        search.send_keys("raw.documents")
        redrawn.until(lambda d: _shown_rows(d, "raw.documents", run_id))
    except (TimeoutException, StopIteration):
        _screenshot(browser, "failed_wait")
        raise AssertionError(f"the Data Docs index lists no validations; it says:\n{_body(browser)[:3000]}") from None
    _screenshot(browser, "data_docs_index")
    assert _unexpected(_console_errors(browser), (), "data_docs_index_console.txt") == []
    # The validation pages render without network: reach one from the zhifa page, as a reader does.
    browser.get((ws.warehouse / "quality" / "zhifa.html").as_uri())
    _wait_for(browser, "Data Docs of this run")
    browser.find_element(By.LINK_TEXT, "raw.documents").click()
    _wait_for(browser, "Expectation Validation Result", "report_year", "values must be greater than or equal to 2000")
    _screenshot(browser, "data_docs_raw_documents")
    assert _unexpected(_console_errors(browser), (), "data_docs_validation_console.txt") == []


def _build_dbt_docs(ws: Workspace) -> Path:
    """`make docs`, pointed at the test warehouse, when the Makefile has the target."""
    docs = ws.warehouse / "docs"
    if "\ndocs:" not in (REPO / "Makefile").read_text(encoding="utf-8") or shutil.which("make") is None:
        return docs / "index.html"
    result = subprocess.run(
        ["make", "--no-print-directory", "docs", f"DOCS_DIR={docs}", f"DOCS_DB={ws.published}"],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    return docs / "index.html"


def test_dbt_docs_open(ws, browser):
    index = _build_dbt_docs(ws)
    if not index.exists():
        pytest.skip(f"no dbt docs site at {index}: the Makefile has no `docs` target to build it")
    browser.get(index.as_uri() + "#!/model/model.zhifa.fct_metric_yoy")
    _wait_for(browser, "fct_metric_yoy", "claim_consistent", timeout=90)
    _screenshot(browser, "dbt_docs_fct_metric_yoy")
    assert _unexpected(_console_errors(browser), DBT_DOCS_KNOWN_ERRORS, "dbt_docs_console.txt") == []


# --- a deliberately broken run -----------------------------------------------------------


def test_a_report_from_the_future_fails_on_the_quality_page(ws, dashboard, browser):
    (ws.reports / "sample_bingqu_2099.txt").write_text(FUTURE_REPORT, encoding="utf-8")
    published = ws.published_digest()
    result = ws.run()
    assert result.returncode == 1, result.stdout + result.stderr
    assert ws.published_digest() == published, "a blocked run leaves the published warehouse alone"

    page = ws.warehouse / "quality" / "zhifa.html"
    browser.get(page.as_uri())
    text = _wait_for(
        browser,
        "NOT published",
        "raw.documents.report_year",
        "expect_column_values_to_be_between",
        "sample_bingqu_2099.txt",
        "样例市丙区",
    )
    # The offending row itself: the document's year and the figure in its sentence.
    flat = " ".join(text.split())
    assert "2099" in flat and "penalty_cases" in flat and "丙区实施行政处罚12件" in flat
    _screenshot(browser, "quality_page_blocked_run")
    assert _console_errors(browser) == []

    # The dashboard still shows the last published warehouse, and says the last run was blocked.
    browser.get(dashboard)
    _wait_for(browser, "The last run", "was NOT published", "各年度合计")
    _screenshot(browser, "dashboard_after_blocked_run")
    assert _console_errors(browser) == []
