"""The pipeline run by the real Dagster daemon: `python -m orchestration.deployment.serve` (what
`make serve` runs) on a temporary DAGSTER_HOME made from deploy/dagster.yaml, driven through the
webserver as the UI drives it.

One deployment serves the whole module (starting one costs a minute: two code servers load the
definitions), and the tests run in the order written, each on the warehouse the one before left:
a dropped report and a manual launch queue one behind the other; a schedule tick launches the
job, which waits for a person's `zhifa run` holding the lock; the daemon is killed mid-run and
run monitoring fails that run, which the retry policy runs again even when the daemon's retry
consumer has read past the failure (zhifa's watch sends it back); the lake job runs as a
backfill of three years side by side; a blocked run sends its failure notice to a local
webhook and mail server; no secret is written anywhere, and telemetry is off. Run them alone
with `pytest -m daemon`.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import dagster as dg
import duckdb
import pyarrow.parquet as pq
import pytest
import yaml

from orchestration.defs.automation import PIPELINE_JOB, WRITER_TAG, inbox_fingerprint
from orchestration.deployment.home import prepare_home
from orchestration.defs.launcher import run_process
from orchestration.runs.lock import writer_lock
from orchestration.defs.retries import FAILURE_CURSOR_KEY
from orchestration.settings import Settings
from tests.conftest import BUNDLED_REPORTS
from tests.e2e_support import MARTS
from tests.local_receivers import SmtpSink, WebhookReceiver
from tests.serve_support import Deployment, command_line, descendants, wait_for

pytestmark = [pytest.mark.daemon, pytest.mark.e2e]

SENSOR = "zhifa_new_reports"
SCHEDULE = "zhifa_daily"
LAKE_JOB = "zhifa_year_backfill"
TOKEN = "hook-T0KEN-71c3a9"  # the secret part of the webhook URL
PASSWORD = "smtp-pa55-2e8d4b"
QUALITY_URL = "https://zhifa.internal/quality/zhifa.html"
FUTURE_REPORT = (
    "【样例数据】本文件为zhifa项目编写的虚构示例，非真实政府报告。\n"
    "样例市丁区2099年度行政执法工作报告\n"
    "2099年，丁区共作出行政处罚决定7件。\n"
)


@pytest.fixture(scope="module")
def hook():
    with WebhookReceiver() as receiver:
        yield receiver


@pytest.fixture(scope="module")
def mail():
    with SmtpSink(accounts={"zhifa-alerts": PASSWORD}) as sink:
        yield sink


@pytest.fixture(scope="module")
def deployment(tmp_path_factory, hook, mail):
    root = tmp_path_factory.mktemp("serve")
    (root / "reports").mkdir()
    for name in ("zhifa.toml", "sample_jiaqu_2022.txt"):
        shutil.copy(BUNDLED_REPORTS / name, root / "reports" / name)
    secrets = root / "secrets"
    secrets.mkdir(mode=0o700)
    (secrets / "smtp_password").write_text(PASSWORD)
    (secrets / "smtp_password").chmod(0o600)
    deployment = Deployment(
        root,
        env={
            "ZHIFA_AUTOMATION": "off",  # each test turns on what it needs, as a person in the UI
            "ZHIFA_SCHEDULE_CRON": "* * * * *",  # a tick a minute, not 06:00
            "ZHIFA_NOTIFY_WEBHOOK_URL": hook.url(f"/hooks/{TOKEN}"),
            "ZHIFA_SMTP_HOST": "127.0.0.1",
            "ZHIFA_SMTP_PORT": str(mail.port),
            "ZHIFA_SMTP_SECURITY": "none",
            "ZHIFA_SMTP_USER": "zhifa-alerts",
            "ZHIFA_SMTP_PASSWORD_FILE": str(secrets / "smtp_password"),
            "ZHIFA_NOTIFY_TO": "duty@warehouse.internal",
            "ZHIFA_QUALITY_URL": QUALITY_URL,
            "ZHIFA_LOST_RETRY_SECONDS": "5",  # the watch looks every 5 s, not 30: the retry test waits on it
        },
    )
    # The committed instance configuration, with run monitoring polling every 2 seconds
    # instead of 30, so a dead run is noticed within the test's patience, and the queue
    # looked at every second instead of every 5: the module queues nine runs, each of which
    # would otherwise wait half an interval on average before it starts.
    config_file = prepare_home(deployment.home) / "dagster.yaml"
    config = yaml.safe_load(config_file.read_text())
    config["run_monitoring"]["poll_interval_seconds"] = 2
    config["run_coordinator"]["config"]["dequeue_interval_seconds"] = 1
    config_file.write_text(yaml.safe_dump(config))
    try:
        deployment.start()
        yield deployment
    finally:
        deployment.stop()


# --- helpers -------------------------------------------------------------------------------


def _drop(deployment: Deployment, name: str, text: str | None = None) -> str:
    """Put a report into the inbox; its doc_id (the sha256 of its bytes)."""
    target = deployment.reports / name
    if text is None:
        shutil.copy(BUNDLED_REPORTS / name, target)
    else:
        target.write_text(text, encoding="utf-8")
    return hashlib.sha256(target.read_bytes()).hexdigest()


def _published_documents(deployment: Deployment) -> set[str]:
    with duckdb.connect(str(deployment.published), read_only=True) as con:
        return {row[0] for row in con.execute("SELECT doc_id FROM raw.documents").fetchall()}


def _assert_whole(deployment: Deployment) -> None:
    """The published file opens and every mart reads to its end."""
    with duckdb.connect(str(deployment.published), read_only=True) as con:
        for name in MARTS:
            con.execute(f"SELECT * FROM marts.{name}").fetchall()
        assert con.execute("SELECT count(*) FROM marts.fct_report_metric").fetchone()[0] > 0


def _runs_with(deployment: Deployment, key: str, value: str) -> list:
    return deployment.run_records(tags={key: value})


def _status(deployment: Deployment, run_id: str) -> dg.DagsterRunStatus:
    return deployment.run_records(run_ids=[run_id])[0].dagster_run.status


def _cli_run(deployment: Deployment) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "orchestration.cli", "run"], env=deployment.environ(), capture_output=True, text=True, timeout=120
    )


def _step_succeeded(deployment: Deployment, run_id: str, step: str) -> bool:
    with deployment.instance() as instance:
        return any(
            record.dagster_event.step_key == step
            for record in instance.all_logs(run_id, of_type=dg.DagsterEventType.STEP_SUCCESS)
        )


def _failure_message(deployment: Deployment, run_id: str) -> str:
    with deployment.instance() as instance:
        return " ".join(r.dagster_event.message or "" for r in instance.all_logs(run_id, of_type=dg.DagsterEventType.RUN_FAILURE))


def _notices_for(hook: WebhookReceiver, run_id: str) -> list[dict]:
    return [r.body for r in hook.received if r.body["zhifa"]["run_id"] == run_id]


# --- the tests, in order -------------------------------------------------------------------


def test_a_dropped_report_and_a_manual_launch_run_one_behind_the_other_and_publish_it(deployment):
    d = deployment
    # The inbox as it is now counts as seen; what is dropped next is new.
    d.set_sensor_cursor(SENSOR, inbox_fingerprint(Settings(d.reports, d.warehouse)))
    new_document = _drop(d, "sample_jiaqu_2023.txt")
    d.start_sensor(SENSOR)
    manual = d.launch_run(PIPELINE_JOB)
    try:
        sensor_run = wait_for(lambda: _runs_with(d, "dagster/sensor_name", SENSOR), 150, "the sensor's run", log=d.log)[0]
    finally:
        d.stop_instigator("sensor", SENSOR)  # the later tests drop files of their own
    run_ids = [manual, sensor_run.dagster_run.run_id]

    # One of them runs; the other waits in the queue, and so is a person's `zhifa run`.
    def one_started():
        records = d.run_records(run_ids=run_ids)
        started = [r for r in records if r.dagster_run.status == dg.DagsterRunStatus.STARTED]
        return started and (started[0], [r for r in records if r is not started[0]][0])

    first, second = wait_for(one_started, 180, "one of the two runs to start", log=d.log)
    assert second.dagster_run.status in (dg.DagsterRunStatus.QUEUED, dg.DagsterRunStatus.NOT_STARTED)
    refused = _cli_run(d)
    assert refused.returncode == 2, refused.stderr
    assert "another zhifa run" in refused.stderr
    assert f"Dagster run {first.dagster_run.run_id}" in refused.stderr

    records = d.wait_finished(run_ids)
    assert [r.dagster_run.status for r in records] == [dg.DagsterRunStatus.SUCCESS] * 2
    earlier, later = sorted(records, key=lambda r: r.start_time)
    assert later.start_time >= earlier.end_time, "the writer runs overlapped"
    assert all(r.dagster_run.tags.get(WRITER_TAG[0]) == WRITER_TAG[1] for r in records)
    assert new_document in _published_documents(d)
    _assert_whole(d)


def test_a_schedule_tick_launches_the_job_which_waits_for_a_person_holding_the_lock(deployment):
    d = deployment
    settings = Settings(d.reports, d.warehouse)
    with writer_lock(settings.lock_file, "zhifa run (a person at the terminal)"):
        build_before = settings.build_db.stat().st_mtime_ns
        d.start_schedule(SCHEDULE)
        try:
            ticked = wait_for(lambda: _runs_with(d, "dagster/schedule_name", SCHEDULE), 150, "a schedule tick's run", log=d.log)
        finally:
            d.stop_instigator("schedule", SCHEDULE)
        run_id = ticked[0].dagster_run.run_id
        wait_for(
            lambda: "waiting for zhifa run (a person at the terminal" in d.run_log(run_id),
            180,
            "the run to say it waits for the lock",
            log=d.log,
        )
        assert _status(d, run_id) == dg.DagsterRunStatus.STARTED
        assert settings.build_db.stat().st_mtime_ns == build_before, "the run wrote while the lock was held"
    scheduled = [r.dagster_run.run_id for r in _runs_with(d, "dagster/schedule_name", SCHEDULE)]
    records = d.wait_finished(scheduled)
    assert all(r.dagster_run.status == dg.DagsterRunStatus.SUCCESS for r in records)
    _assert_whole(d)


def test_a_daemon_killed_mid_run_leaves_a_failed_run_that_the_retry_publishes_though_the_daemon_read_past_it(deployment, hook):
    d = deployment
    before = _published_documents(d)
    new_document = _drop(d, "sample_jiaqu_2021.txt")
    run_id = d.launch_run(PIPELINE_JOB)
    wait_for(lambda: _step_succeeded(d, run_id, "raw_reports"), 300, "the run to finish loading raw.*", log=d.log)

    # Kill the daemon and everything it started (its code server, the run) at once, as a
    # service manager does to a unit's processes, or the kernel to all of them out of memory.
    daemon = next(pid for pid in descendants(d.process.pid) if "dagster-daemon" in command_line(pid))
    doomed = [daemon, *descendants(daemon)]
    with d.instance() as instance:
        run_pid = run_process(instance, run_id)[0]
    assert run_pid in doomed, "the run is a process of the daemon"
    for pid in doomed:
        os.kill(pid, signal.SIGKILL)
    assert d.process.wait(timeout=120) == 1, "serve stops the webserver too, and says so by its exit status"
    assert _status(d, run_id) == dg.DagsterRunStatus.STARTED, "nobody has noticed yet"
    assert _published_documents(d) in (before, before | {new_document})
    # With SQLite storage the daemon's retry consumer can read a run's failure event before the
    # run is marked failed and tagged to be retried, judge it not to be, and move past it for
    # good; a restart, run monitoring and the consumer starting together, makes that likely
    # (orchestration/defs/retries.py). Put the consumer past where the failure will land, as
    # such a pass leaves it: the retry comes only if zhifa's watch sends the consumer back.
    with d.instance() as instance:
        top = instance.event_log_storage.get_maximum_record_id()
        instance.daemon_cursor_storage.set_cursor_values({FAILURE_CURSOR_KEY: str(top + 100_000)})

    d.start()
    wait_for(lambda: _status(d, run_id) == dg.DagsterRunStatus.FAILURE, 180, "run monitoring to fail the run", log=d.log)
    assert f"the run's process (pid {run_pid}) is gone" in _failure_message(d, run_id)
    retry = wait_for(lambda: _runs_with(d, "dagster/parent_run_id", run_id), 180, "the retry", log=d.log)[0]
    assert retry.dagster_run.tags.get(WRITER_TAG[0]) == WRITER_TAG[1]
    (retried,) = d.wait_finished([retry.dagster_run.run_id])
    assert retried.dagster_run.status == dg.DagsterRunStatus.SUCCESS
    assert _published_documents(d) == before | {new_document}
    _assert_whole(d)

    (notice,) = wait_for(lambda: _notices_for(hook, run_id), 120, "the crashed run's notice", log=d.log)
    assert notice["zhifa"]["stage"] == "the run's process"
    assert notice["zhifa"]["will_retry"] is True


def test_the_lake_job_backfills_three_years_side_by_side(deployment):
    d = deployment
    years = ["2021", "2022", "2023"]
    backfill = d.launch_backfill(LAKE_JOB, years)
    runs = wait_for(
        lambda: (found := _runs_with(d, "dagster/backfill", backfill)) and len(found) == 3 and found,
        180,
        "the backfill's three runs",
        log=d.log,
    )
    records = d.wait_finished([r.dagster_run.run_id for r in runs])
    assert all(r.dagster_run.status == dg.DagsterRunStatus.SUCCESS for r in records)
    assert sorted(r.dagster_run.tags["dagster/partition"] for r in records) == years
    assert not any(WRITER_TAG[0] in r.dagster_run.tags for r in records)
    assert max(r.start_time for r in records) < min(r.end_time for r in records), "the partitions ran one by one"
    for year in years:
        folder = d.warehouse / "lake" / "years" / year
        documents = pq.read_table(folder / "documents.parquet")
        assert documents.column("report_year").to_pylist() == [int(year)]
        assert pq.read_table(folder / "figures.parquet").num_rows > 10


def test_a_blocked_run_sends_its_notice_by_webhook_and_mail_and_is_not_retried(deployment, hook, mail):
    d = deployment
    _drop(d, "sample_future_2099.txt", FUTURE_REPORT)
    run_id = d.launch_run(PIPELINE_JOB)
    (record,) = d.wait_finished([run_id])
    assert record.dagster_run.status == dg.DagsterRunStatus.FAILURE

    (notice,) = wait_for(lambda: _notices_for(hook, run_id), 120, "the webhook notice", log=d.log)
    assert notice["zhifa"]["stage"] == "the raw checks"
    assert any("gx_raw_suite" in check for check in notice["zhifa"]["failed_checks"])
    assert notice["zhifa"]["quality_page"] == QUALITY_URL
    assert notice["zhifa"]["will_retry"] is False
    assert f"run {run_id[:8]} of {PIPELINE_JOB} failed at the raw checks" in notice["text"]
    (message,) = wait_for(lambda: [m for m in mail.mails if run_id[:8] in m.message["Subject"]], 60, "the mail", log=d.log)
    assert message.login == ("zhifa-alerts", PASSWORD)
    assert message.recipients == ["duty@warehouse.internal"]
    assert QUALITY_URL in message.message.get_content()

    page = d.warehouse / "quality" / "zhifa.html"
    assert page.stat().st_mtime >= record.end_time, "the failure sensor rewrote the quality page"
    assert "2099" in page.read_text(encoding="utf-8")
    assert _runs_with(d, "dagster/parent_run_id", run_id) == [], "audits that blocked are not retried"
    late = [r for r in _runs_with(d, "dagster/schedule_name", SCHEDULE) if r.create_timestamp >= record.create_timestamp]
    assert late == [], "the schedule stopped in the UI stayed stopped"


def test_no_secret_is_written_to_the_instance_the_warehouse_or_the_logs(deployment):
    d = deployment
    files = [d.log, *(p for p in d.home.rglob("*") if p.is_file()), *(p for p in d.warehouse.rglob("*") if p.is_file())]
    assert len(files) > 20
    secrets = (TOKEN.encode(), PASSWORD.encode())
    contents = ((p, _bytes_of(p)) for p in files)
    leaked = [str(p) for p, data in contents if any(secret in data for secret in secrets)]
    assert leaked == []


def _bytes_of(path):
    """A file's bytes; b"" for one the running daemon removed since the listing.

    SQLite's -wal and -shm files come and go while the daemon writes; what a
    vanished WAL held has been checkpointed into its database, which is read too.
    """
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return b""


def test_telemetry_is_off_and_nothing_was_recorded_for_it(deployment):
    d = deployment
    with d.instance() as instance:
        assert instance.telemetry_enabled is False
    # Dagster writes what it would send to DAGSTER_HOME/logs/ first.
    assert [p for p in (d.home / "logs").rglob("*") if p.is_file()] == []
    with urllib.request.urlopen(f"http://127.0.0.1:{d.port}/", timeout=30) as response:
        page = response.read().decode()
    assert re.search(r'"telemetryEnabled":\s*false', page)
