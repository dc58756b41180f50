"""`make serve` as a person starts it: the Dagster UI, the daemon and the dashboard come up on a
DAGSTER_HOME in the warehouse folder, with the schedule and the sensor on, nothing listening
beyond 127.0.0.1, and Ctrl-C stops every process it started."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import BUNDLED_REPORTS, REPO
from tests.serve_support import READY_TIMEOUT, Deployment, descendants, free_port, listening_sockets, wait_for

pytestmark = [pytest.mark.daemon, pytest.mark.e2e]

LOOPBACK = {"127.0.0.1", "::1"}


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status == 200
    except OSError:
        return False


def test_make_serve_listens_on_loopback_only_with_automation_on_and_stops_everything_on_ctrl_c(tmp_path):
    if not shutil.which("make"):
        pytest.skip("make is not installed")
    (tmp_path / "reports").mkdir()
    for name in ("zhifa.toml", "sample_yixian_2022.txt"):
        shutil.copy(BUNDLED_REPORTS / name, tmp_path / "reports" / name)
    stamp = tmp_path / "installed"
    stamp.touch()  # `install` has nothing to do: this environment is installed
    web_port, dashboard_port = free_port(), free_port()
    env = {
        key: value for key, value in os.environ.items() if key not in ("DAGSTER_HOME", "ZHIFA_AUTOMATION", "ZHIFA_SERVE_HOST")
    }
    env.update(
        PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep),
        ZHIFA_REPORTS_DIR=str(tmp_path / "reports"),
        ZHIFA_WAREHOUSE_DIR=str(tmp_path / "warehouse"),
        ZHIFA_WORKERS="1",
        ZHIFA_DAGSTER_PORT=str(web_port),
        ZHIFA_DASHBOARD_PORT=str(dashboard_port),
    )
    log = tmp_path / "serve.log"
    with open(log, "w") as out:
        make = subprocess.Popen(
            ["make", "--no-print-directory", "serve", f"BIN={Path(sys.executable).parent}", f"STAMP={stamp}"],
            cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    ui = Deployment(tmp_path, port=web_port)
    started: list[int] = []
    try:
        wait_for(lambda: _answers(f"http://127.0.0.1:{web_port}/server_info"), READY_TIMEOUT, "the Dagster UI", log=log)
        wait_for(lambda: _answers(f"http://127.0.0.1:{dashboard_port}/_stcore/health"), READY_TIMEOUT, "the dashboard", log=log)
        wait_for(lambda: ui.state("sensor", "zhifa_new_reports")["status"] == "RUNNING", READY_TIMEOUT, "the sensor", log=log)
        assert ui.state("schedule", "zhifa_daily")["status"] == "RUNNING"
        assert (tmp_path / "warehouse" / "dagster" / "dagster.yaml").exists(), "DAGSTER_HOME defaults to the warehouse"

        started = [make.pid, *descendants(make.pid)]
        sockets = listening_sockets(started)
        ports = {port for _, port in sockets}
        assert {web_port, dashboard_port} <= ports, sockets
        assert {address for address, _ in sockets} <= LOOPBACK, f"listening beyond loopback: {sockets}"
    finally:
        started = started or [make.pid, *descendants(make.pid)]
        os.killpg(make.pid, signal.SIGINT)  # Ctrl-C in the terminal
        try:
            make.wait(timeout=120)
        finally:
            survivors = [pid for pid in started if Path(f"/proc/{pid}").exists() and " Z " not in _stat(pid)]
            for pid in survivors:
                os.kill(pid, signal.SIGKILL)
    assert survivors == [], f"still running after Ctrl-C: {survivors}"
    assert "zhifa serve: started dagster-daemon" in log.read_text()


def _stat(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return " Z "
