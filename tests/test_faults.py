"""Faults: a killed run, two runs at once, a reader during publishes, a full disk.

Real `zhifa run` subprocesses against real DuckDB files; the published warehouse is
always byte for byte the previous one or a complete new one.

One reader holds the published file from the first test of the module to the reader test,
so the killed, concurrent and starved runs all happen under it; the runs of those tests
that publish a new report count towards the reader test's three, which runs only the rest.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from tests.e2e_support import ZHIFA, Workspace, workspace

pytestmark = pytest.mark.e2e

STAGE_LINES = {
    "extraction": "… Extracting report files",
    "dbt": "… Building dbt models and tests",
    "audits": "… Auditing marts (Great Expectations)",
    "publishing": "… Publishing warehouse.duckdb",
}


def start(ws: Workspace, **popen) -> subprocess.Popen:
    env = {**os.environ, "ZHIFA_REPORTS_DIR": str(ws.reports), "ZHIFA_WAREHOUSE_DIR": str(ws.warehouse)}
    return subprocess.Popen(
        [*ZHIFA, "run"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True, **popen
    )


def kill_when(process: subprocess.Popen, line_start: str, timeout: float = 300) -> bool:
    """SIGKILL the run's whole process group once it prints `line_start`; False if it ended first."""
    deadline = time.monotonic() + timeout
    for line in process.stderr:
        if line.startswith(line_start):
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            return True
        if time.monotonic() > deadline:
            break
    process.wait()
    return False


def add_report(ws: Workspace, year: int) -> None:
    (ws.reports / f"sample_dingqu_{year}.txt").write_text(
        "【样例数据】本文件为zhifa项目编写的虚构示例，非真实政府报告。\n"
        f"样例市丁区{year}年度行政执法情况报告\n{year}年，丁区实施行政处罚{year - 1900}件，行政检查{year}次。\n",
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def published(bundled_build, tmp_path_factory) -> Workspace:
    result = bundled_build.result
    assert result.returncode == 0, result.stdout + result.stderr
    return bundled_build.copy_to(tmp_path_factory.mktemp("faults"))


READER = textwrap.dedent(
    """
    import sys, time, duckdb
    path, stop = sys.argv[1], sys.argv[2]
    con = duckdb.connect(path, read_only=True)
    queries = failures = 0
    import os
    while not os.path.exists(stop):
        try:
            con.execute("SELECT count(*) FROM marts.fct_report_metric").fetchall()
            queries += 1
        except Exception as error:
            failures += 1
            print("FAIL", error, flush=True)
        time.sleep(0.02)
    print("queries", queries, "failures", failures, flush=True)
    """
)


class Reader:
    """A process querying the published file through one read-only connection, opened on
    the file as it was when the reader started, every 20 ms until stopped; and the runs that
    published a report new to the warehouse meanwhile."""

    def __init__(self, ws: Workspace, stop: Path) -> None:
        self.stop_file = stop
        self.process = subprocess.Popen(
            [sys.executable, "-c", READER, str(ws.published), str(stop)], stdout=subprocess.PIPE, text=True
        )
        self.published_years: list[int] = []
        self.said: str | None = None

    def saw_publish(self, ws: Workspace, year: int) -> None:
        """After a run that returned 0 with the report of `year` new to the warehouse."""
        latest = ws.query(
            "SELECT max(report_year) FROM marts.dim_document WHERE issuer_key = 'yangli/dingqu'"
        )[0][0]
        assert latest == year  # a new connection sees the new data
        self.published_years.append(year)

    def stop(self) -> str:
        if self.said is None:
            self.stop_file.touch()
            self.said, _ = self.process.communicate(timeout=60)
        return self.said


@pytest.fixture(scope="module")
def reader(published, tmp_path_factory):
    held = Reader(published, tmp_path_factory.mktemp("reader") / "stop")
    try:
        yield held
    finally:
        held.stop()


def test_sigkill_at_any_stage_leaves_the_old_or_the_new_warehouse(published, reader):
    """Kill one run in each stage, one after another, then let a run finish (with a report
    of its own, so that it publishes something new while the reader holds the file)."""
    ws = published
    for offset, (stage, line) in enumerate(STAGE_LINES.items()):
        before = ws.published_digest()
        add_report(ws, 2011 + offset)
        killed = kill_when(start(ws), line)
        if killed and stage != "publishing":
            assert ws.published_digest() == before, f"killed during {stage}, the published file changed"
        # Whatever happened, the published file opens and is complete.
        assert ws.query("SELECT count(*) FROM marts.fct_report_metric")[0][0] > 0, stage
    add_report(ws, 2015)
    result = ws.run()
    assert result.returncode == 0, result.stdout + result.stderr
    reader.saw_publish(ws, 2015)
    assert not list(ws.warehouse.glob(".warehouse.duckdb.*.tmp"))
    assert not list((ws.warehouse / "lake").glob("ingest-*"))
    years = {row[0] for row in ws.query("SELECT report_year FROM marts.dim_document WHERE issuer_key = 'yangli/dingqu'")}
    assert {2011, 2012, 2013, 2014} <= years


def test_a_second_run_at_the_same_time_exits_2_and_harms_nothing(published, reader):
    ws = published
    add_report(ws, 2016)
    first = start(ws)
    try:
        for line in first.stderr:
            if line.startswith("…"):
                break
        second = ws.run()
        assert second.returncode == 2
        assert "another zhifa run" in second.stderr
    finally:
        first.communicate(timeout=600)
    assert first.returncode == 0
    assert ws.query("SELECT count(*) FROM marts.fct_report_metric")[0][0] > 0
    reader.saw_publish(ws, 2016)


def test_a_full_disk_fails_clearly_and_leaves_the_published_file(published, reader):
    ws = published
    before = ws.published_digest()
    add_report(ws, 2019)

    def small_files() -> None:  # writes past 64 KiB fail with EFBIG, as on a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))

    env = {**os.environ, "ZHIFA_REPORTS_DIR": str(ws.reports), "ZHIFA_WAREHOUSE_DIR": str(ws.warehouse)}
    result = subprocess.run([*ZHIFA, "run"], env=env, capture_output=True, text=True, preexec_fn=small_files, timeout=600)
    assert result.returncode != 0
    assert "did NOT publish" in result.stdout or "error" in result.stderr.lower()
    assert ws.published_digest() == before
    assert ws.run().returncode == 0  # and the next run, with space, completes
    reader.saw_publish(ws, 2019)


def test_a_reader_holding_the_file_never_fails_while_three_runs_publish(published, reader):
    """The reader has held the file since the first of the module's tests that asked for it;
    the runs before this test that published a new report count, and this test runs the
    rest of three (all three when it runs alone)."""
    ws = published
    year = 2020
    while len(reader.published_years) < 3:
        add_report(ws, year)
        result = ws.run()
        assert result.returncode == 0, result.stdout + result.stderr
        reader.saw_publish(ws, year)
        year += 1
    out = reader.stop()
    assert "failures 0" in out, out
    assert int(out.split("queries")[1].split()[0]) > 10


def test_an_unwritable_warehouse_folder_is_a_clear_usage_error(tmp_path):
    ws = workspace(tmp_path)
    result = subprocess.run(
        [*ZHIFA, "run", "--reports", str(ws.reports), "--warehouse", "/proc/zhifa-warehouse"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "cannot create the warehouse folder" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
