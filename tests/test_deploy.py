"""What `make serve` and deploy/ set up, checked without starting them: the instance made from
deploy/dagster.yaml, the run launcher's view of run processes, the systemd units (verified by
systemd-analyze) and the compose file (parsed and checked rule by rule: Docker is not available
to the tests, so `docker compose config` is not run)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import dagster as dg
import pytest
import yaml
from dagster._core.events import EngineEventData
from dagster._core.launcher import WorkerStatus
from dagster._core.storage.tags import AUTO_RETRY_RUN_ID_TAG, PARENT_RUN_ID_TAG, WILL_RETRY_TAG

from orchestration.defs.automation import WRITER_TAG, lost_retry_sensor
from orchestration.deployment.home import TEMPLATE, dagster_home, prepare_home
from orchestration.defs.launcher import LocalProcessRunLauncher, process_alive
from orchestration.defs.retries import FAILURE_CURSOR_KEY, consumer_cursor, lost_retries
from orchestration.settings import DEFAULT_WAREHOUSE_DIR
from tests.conftest import REPO

DEPLOY = REPO / "deploy"
UNITS = sorted((DEPLOY / "systemd").glob("*.service"))


# --- DAGSTER_HOME and the instance -------------------------------------------------------


def test_dagster_home_is_in_the_warehouse_unless_set(tmp_path):
    assert dagster_home({}) == DEFAULT_WAREHOUSE_DIR.resolve() / "dagster"
    assert dagster_home({"ZHIFA_WAREHOUSE_DIR": str(tmp_path / "wh")}) == tmp_path / "wh" / "dagster"
    assert dagster_home({"DAGSTER_HOME": str(tmp_path / "home"), "ZHIFA_WAREHOUSE_DIR": "x"}) == tmp_path / "home"


def test_the_first_start_writes_dagster_yaml_from_the_template_and_later_ones_keep_edits(tmp_path):
    home = prepare_home(tmp_path / "home")
    config = home / "dagster.yaml"
    assert config.read_text() == TEMPLATE.read_text()
    config.write_text(config.read_text() + "\n# edited by the operator\n")
    prepare_home(home)
    assert config.read_text().endswith("# edited by the operator\n")


def test_two_processes_preparing_a_fresh_home_at_once_leave_one_store_that_opens(tmp_path):
    """The webserver's and the daemon's units each prepare the home as they start."""
    home = tmp_path / "home"
    script = "import sys; from pathlib import Path; from orchestration.deployment.home import prepare_home; prepare_home(Path(sys.argv[1]), storage=True)"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    starts = [subprocess.Popen([sys.executable, "-c", script, str(home)], env=env, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for start in starts:
        _, stderr = start.communicate(timeout=120)
        assert start.returncode == 0, stderr
    with dg.DagsterInstance.from_config(str(home)) as instance:
        assert instance.get_run_records() == []
        assert instance.all_instigator_state() == []


def test_the_retry_consumer_has_its_cursors_before_any_run_and_keeps_them(tmp_path):
    """A daemon killed before its first pass left the retry consumer without cursors; on
    restart it began at the event log's top and could skip the failure that needed a retry."""
    home = prepare_home(tmp_path / "home", storage=True)
    keys = {"EVENT_LOG_CONSUMER_CURSOR-PIPELINE_FAILURE", "EVENT_LOG_CONSUMER_CURSOR-PIPELINE_SUCCESS"}
    with dg.DagsterInstance.from_config(str(home)) as instance:
        assert instance.daemon_cursor_storage.get_cursor_values(keys) == dict.fromkeys(keys, "0")
        instance.daemon_cursor_storage.set_cursor_values(dict.fromkeys(keys, "41"))  # the daemon moved on
    prepare_home(home, storage=True)  # a restart leaves them where the daemon put them
    with dg.DagsterInstance.from_config(str(home)) as instance:
        assert instance.daemon_cursor_storage.get_cursor_values(keys) == dict.fromkeys(keys, "41")


@pytest.fixture
def instance(tmp_path):
    with dg.DagsterInstance.from_config(str(prepare_home(tmp_path / "home"))) as instance:
        yield instance


def test_the_instance_keeps_its_history_in_dagster_home_and_sends_no_telemetry(instance, tmp_path):
    assert instance.telemetry_enabled is False
    assert not instance.is_ephemeral
    assert type(instance.run_storage).__name__ == "SqliteRunStorage"
    assert (tmp_path / "home" / "history" / "runs.db").exists()


def test_the_queue_lets_one_writer_run_at_a_time_and_a_crashed_run_is_monitored_and_retried(instance):
    assert type(instance.run_coordinator).__name__ == "QueuedRunCoordinator"
    limits = instance.run_coordinator.get_run_queue_config().tag_concurrency_limits
    assert limits == [{"key": WRITER_TAG[0], "value": WRITER_TAG[1], "limit": 1}]
    assert isinstance(instance.run_launcher, LocalProcessRunLauncher)
    assert instance.run_launcher.supports_check_run_worker_health
    assert instance.run_monitoring_enabled
    assert instance.run_monitoring_max_resume_run_attempts == 0
    assert instance.run_retries_enabled and instance.run_retries_max_retries == 1
    assert instance.run_retries_retry_on_asset_or_op_failure is False


# --- the run launcher's health check -----------------------------------------------------


@dg.op
def _noop() -> None:
    return None


@dg.job
def _a_job() -> None:
    _noop()


def _run_recording(instance, pid: int | None):
    run = instance.create_run_for_job(_a_job)
    if pid is not None:
        instance.report_engine_event(f"Started process for run (pid: {pid}).", run, EngineEventData.in_process(pid))
    return run


def test_monitoring_hears_a_live_run_process_running_and_a_dead_one_failed(instance):
    worker = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        run = _run_recording(instance, worker.pid)
        launcher = instance.run_launcher
        assert launcher.check_run_worker_health(run).status == WorkerStatus.RUNNING
        worker.kill()
        worker.wait()
        result = launcher.check_run_worker_health(run)
        assert result.status == WorkerStatus.FAILED
        assert result.msg == f"the run's process (pid {worker.pid}) is gone"
    finally:
        worker.kill()
        worker.wait()


def test_a_run_that_recorded_no_process_is_never_failed_on_a_guess(instance):
    run = _run_recording(instance, None)
    result = instance.run_launcher.check_run_worker_health(run)
    assert result.status == WorkerStatus.RUNNING
    assert result.msg == "no run process recorded"


def test_a_reused_pid_or_a_zombie_is_not_the_run_process():
    assert process_alive(os.getpid(), started_by=time.time())
    # The same pid, but this process started long after the run recorded it: a reuse.
    assert not process_alive(os.getpid(), started_by=time.time() - 10 * 24 * 3600)
    zombie = subprocess.Popen(["true"])
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and " Z " not in Path(f"/proc/{zombie.pid}/stat").read_text():
        time.sleep(0.05)
    assert not process_alive(zombie.pid, started_by=time.time())
    zombie.wait()
    assert not process_alive(zombie.pid, started_by=time.time())


# --- retries the daemon read past ---------------------------------------------------------


def _failed(instance, will_retry: str, **tags: str):
    """A run that failed, tagged as Dagster tags a crashed run it means to retry (or not)."""
    run = _run_recording(instance, None)
    instance.report_run_failed(run)
    instance.add_run_tags(run.run_id, {WILL_RETRY_TAG: will_retry, **tags})
    (failure,) = instance.get_records_for_run(run.run_id, of_type=dg.DagsterEventType.RUN_FAILURE).records
    return run.run_id, failure.storage_id


def _consumer_at(instance, storage_id: int) -> None:
    instance.daemon_cursor_storage.set_cursor_values({FAILURE_CURSOR_KEY: str(storage_id)})


def test_a_run_to_retry_whose_failure_the_consumer_passed_without_a_retry_is_lost(instance):
    lost, lost_at = _failed(instance, "true")
    _failed(instance, "false")  # failed on its own terms
    _failed(instance, "true", **{AUTO_RETRY_RUN_ID_TAG: "0" * 36})  # retried
    parent, _ = _failed(instance, "true")
    child = _run_recording(instance, None)
    instance.add_run_tags(child.run_id, {PARENT_RUN_ID_TAG: parent})  # retried by a person
    before, _ = _failed(instance, "true")
    top = instance.event_log_storage.get_maximum_record_id()
    _consumer_at(instance, top)
    assert [item.run_id for item in lost_retries(instance)] == [lost, before]  # oldest failure first
    _consumer_at(instance, lost_at)  # the consumer's cursor sits on the lost run's failure
    assert [item.run_id for item in lost_retries(instance)] == [lost]
    _consumer_at(instance, lost_at - 1)  # it has yet to read it
    assert lost_retries(instance) == []


def test_the_watch_sends_the_consumer_back_three_times_a_run_then_says_so(instance):
    lost_retry_watch = lost_retry_sensor()
    run_id, failure = _failed(instance, "true")
    top = instance.event_log_storage.get_maximum_record_id()
    cursor = None
    for attempt in (1, 2, 3):
        _consumer_at(instance, top)  # the consumer passed it again
        with dg.build_sensor_context(instance=instance, cursor=cursor) as context:
            result = lost_retry_watch(context)
            cursor = context.cursor
        assert consumer_cursor(instance) == failure - 1
        assert json.loads(cursor) == {run_id: attempt}
        assert "sent back for 1 run(s)" in result.skip_message
    _consumer_at(instance, top)
    with dg.build_sensor_context(instance=instance, cursor=cursor) as context:
        assert lost_retry_watch(context).skip_message == "no lost retry"
        cursor = context.cursor
    assert consumer_cursor(instance) == top, "left where it is after three tries"
    assert json.loads(cursor) == {run_id: 4}
    instance.add_run_tags(run_id, {AUTO_RETRY_RUN_ID_TAG: "0" * 36})  # a person retried it
    with dg.build_sensor_context(instance=instance, cursor=cursor) as context:
        lost_retry_watch(context)
        assert json.loads(context.cursor) == {}


def test_the_watch_looks_as_often_as_the_deployment_says(monkeypatch):
    monkeypatch.setenv("ZHIFA_LOST_RETRY_SECONDS", "5")
    assert lost_retry_sensor().minimum_interval_seconds == 5
    monkeypatch.delenv("ZHIFA_LOST_RETRY_SECONDS")
    assert lost_retry_sensor().minimum_interval_seconds == 30
    monkeypatch.setenv("ZHIFA_LOST_RETRY_SECONDS", "soon")
    with pytest.raises(dg.DagsterInvalidDefinitionError, match="ZHIFA_LOST_RETRY_SECONDS must be a whole number"):
        lost_retry_sensor()


# --- make serve ----------------------------------------------------------------------------


def test_make_serve_runs_the_launcher(tmp_path):
    if not shutil.which("make"):
        pytest.skip("make is not installed")
    stamp = tmp_path / "installed"
    stamp.touch()  # newer than pyproject.toml and the lock: `install` has nothing to do
    shown = subprocess.run(
        ["make", "--no-print-directory", "-n", "serve", f"BIN={Path(sys.executable).parent}", f"STAMP={stamp}", "SERVE_ARGS=--no-dashboard"],
        cwd=REPO, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert re.search(r"/python -m orchestration\.deployment\.serve --no-dashboard$", shown.strip())


# --- systemd ---------------------------------------------------------------------------------


def test_the_units_pass_systemd_analyze_verify(tmp_path):
    """The units name /opt/zhifa (a checkout with its .venv); verified with this checkout's
    paths put in, since the verifier checks that each command exists."""
    analyze = shutil.which("systemd-analyze")
    if not analyze:
        pytest.skip("systemd-analyze is not installed; tests/test_deploy.py still parses the units below")
    assert {u.name for u in UNITS} == {"zhifa-dagster-daemon.service", "zhifa-dagster-webserver.service", "zhifa-dashboard.service"}
    for unit in UNITS:
        text = unit.read_text().replace("/opt/zhifa/.venv/bin/", f"{Path(sys.executable).parent}/").replace("/opt/zhifa", str(REPO))
        (tmp_path / unit.name).write_text(text)
    checked = subprocess.run(
        [analyze, "verify", "--man=no", *(str(tmp_path / u.name) for u in UNITS)], capture_output=True, text=True
    )
    assert checked.returncode == 0 and not checked.stderr.strip(), checked.stderr


def _unit(name: str) -> dict[str, list[str]]:
    """Key → values of a unit file (sections merged; keys may repeat)."""
    values: dict[str, list[str]] = {}
    for line in (DEPLOY / "systemd" / name).read_text().splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, value = line.split("=", 1)
            values.setdefault(key, []).append(value)
    return values


def test_the_units_listen_on_loopback_and_only_the_daemon_reads_the_notice_secrets():
    daemon, web, dashboard = (_unit(f"zhifa-{n}.service") for n in ("dagster-daemon", "dagster-webserver", "dashboard"))
    assert daemon["ExecStart"] == ["/opt/zhifa/.venv/bin/dagster-daemon run"]
    assert "--host 127.0.0.1" in web["ExecStart"][0]
    assert "--server.address 127.0.0.1" in dashboard["ExecStart"][0]
    assert "-/etc/zhifa/notify.env" in daemon["EnvironmentFile"]
    assert "-/etc/zhifa/notify.env" not in web.get("EnvironmentFile", []) + dashboard.get("EnvironmentFile", [])
    for unit in (daemon, web):
        assert unit["Environment"][0] == "DAGSTER_HOME=/var/lib/zhifa/dagster"
        assert unit["ExecStartPre"] == ["/opt/zhifa/.venv/bin/python -m orchestration.deployment.serve --prepare-home"]
        assert unit["ReadWritePaths"] == ["/var/lib/zhifa"]
        # runs the daemon launches and runs the UI starts apply the same corrections
        assert "ZHIFA_CORRECTIONS_DIR=/srv/zhifa/corrections" in unit["Environment"]
    assert "ReadWritePaths" not in dashboard, "the dashboard writes nothing"
    assert "ZHIFA_AUTOMATION=on" in daemon["Environment"]


# --- compose ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text())


def test_compose_builds_one_image_from_the_pinned_requirements(compose):
    services = compose["services"]
    assert set(services) == {"dagster-daemon", "dagster-webserver", "dashboard", "proxy"}
    built = {name: s["build"] for name, s in services.items() if "build" in s}
    assert set(built) == {"dagster-daemon", "dagster-webserver", "dashboard"}
    assert {(b["context"], b["dockerfile"]) for b in built.values()} == {("..", "deploy/Dockerfile")}
    dockerfile = (DEPLOY / "Dockerfile").read_text()
    assert "pip install --require-hashes --only-binary :all: --no-deps -r requirements.lock" in dockerfile
    assert "COPY pyproject.toml requirements.lock" in dockerfile
    assert re.search(r"^USER zhifa$", dockerfile, re.M), "the services do not run as root"


def test_compose_publishes_the_proxy_alone_on_loopback_by_default(compose):
    services, networks = compose["services"], compose["networks"]
    for name in ("dagster-daemon", "dagster-webserver", "dashboard"):
        assert "ports" not in services[name], f"{name} publishes a port"
        assert "edge" not in services[name]["networks"]
    assert networks["internal"]["internal"] is True
    assert services["proxy"]["networks"] == ["internal", "edge"]
    assert services["proxy"]["ports"] == ["${ZHIFA_BIND_ADDRESS:-127.0.0.1}:3000:3000", "${ZHIFA_BIND_ADDRESS:-127.0.0.1}:8501:8501"]
    caddyfile = (DEPLOY / "Caddyfile").read_text()
    sites = re.findall(r"^(:\d+) \{\n(.*?)^\}", caddyfile, re.M | re.S)
    assert [site for site, _ in sites] == [":3000", ":8501"]
    assert all(body.lstrip().startswith("import login") for _, body in sites), "a site without the login"
    assert "basic_auth" in caddyfile and "{$ZHIFA_PROXY_PASSWORD_HASH}" in caddyfile


def test_compose_mounts_the_warehouse_read_only_for_readers_and_keeps_secrets_with_the_daemon(compose):
    services = compose["services"]
    assert services["dashboard"]["volumes"] == ["warehouse:/var/lib/zhifa/warehouse:ro"]
    assert "warehouse:/srv/warehouse:ro" in services["proxy"]["volumes"]
    for name in ("dagster-daemon", "dagster-webserver"):
        volumes = services[name]["volumes"]
        # the runs read the inbox and the analysts' corrections, and write neither
        assert {"reports:/data/reports:ro", "corrections:/data/corrections:ro"} <= set(volumes)
        assert {"warehouse:/var/lib/zhifa/warehouse", "dagster_home:/var/lib/zhifa/dagster"} <= set(volumes)
    declared = set(compose["volumes"])
    used = {v.split(":")[0] for s in services.values() for v in s.get("volumes", []) if not v.startswith(".")}
    assert used == declared
    assert [f["path"] for f in services["dagster-daemon"]["env_file"]] == ["zhifa.env"]
    assert not any("env_file" in services[name] for name in ("dagster-webserver", "dashboard"))
    for secret in ("deploy/zhifa.env", "deploy/proxy.env"):
        ignored = subprocess.run(["git", "check-ignore", "-q", secret], cwd=REPO)
        assert ignored.returncode == 0, f"{secret} is not git-ignored"
