"""`make serve`: the Dagster webserver, the Dagster daemon and the dashboard, as separate
long-running processes on a persistent DAGSTER_HOME, bound to 127.0.0.1 unless told otherwise.

    python -m orchestration.deployment.serve [--host 127.0.0.1] [--port 3000]
                                             [--dashboard-port 8501] [--no-dashboard]

The schedule and the sensor start with it (ZHIFA_AUTOMATION=on, unless set otherwise). The
webserver has no login and can launch and delete runs: keep it on 127.0.0.1, or behind a
reverse proxy with authentication (deploy/). Ctrl-C or SIGTERM stops every process, each
with what it started (a run in progress is stopped with its daemon); when one of them exits
by itself, the others are stopped too and the exit status says so, so a supervisor (systemd,
compose) restarts the whole rather than leaving a UI without its daemon.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from orchestration.deployment.home import dagster_home, prepare_home
from orchestration.settings import REPO_ROOT

STOP_TIMEOUT_SECONDS = 30


@dataclass
class Service:
    name: str
    command: list[str]
    process: subprocess.Popen | None = None


def _executable(name: str) -> str:
    """A console script of this Python's environment, even when its bin folder is not on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"zhifa serve: {name} is not installed in this environment")
    return found


def services(host: str, port: int, dashboard_port: int | None) -> list[Service]:
    listed = [
        Service("dagster-daemon", [_executable("dagster-daemon"), "run"]),
        Service("dagster-webserver", [_executable("dagster-webserver"), "--host", host, "--port", str(port)]),
    ]
    if dashboard_port is not None:
        listed.append(
            Service(
                "dashboard",
                [
                    _executable("streamlit"), "run", str(REPO_ROOT / "dashboard" / "app.py"),
                    "--server.headless", "true", "--browser.gatherUsageStats", "false",
                    "--client.toolbarMode", "minimal", "--server.fileWatcherType", "none",
                    "--server.address", host, "--server.port", str(dashboard_port),
                ],
            )
        )  # fmt: skip
    return listed


def serve(listed: Sequence[Service], environ: dict[str, str]) -> int:
    stopping: list[int] = []
    exited: Service | None = None

    def request_stop(signum, _frame) -> None:
        stopping.append(signum)

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)}
    try:
        for service in listed:
            # Each in its own process group, so stopping it stops what it started (code
            # servers, runs), and a Ctrl-C in the terminal reaches them through us only.
            service.process = subprocess.Popen(service.command, cwd=REPO_ROOT, env=environ, start_new_session=True)
            print(f"zhifa serve: started {service.name} (pid {service.process.pid})", flush=True)
        while not stopping and exited is None:
            exited = next((s for s in listed if s.process.poll() is not None), None)
            time.sleep(0.5)
    finally:
        _stop_all(listed)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if exited is not None:
        print(f"zhifa serve: {exited.name} exited with {exited.process.returncode}; stopped the others", file=sys.stderr)
        return 1
    return 0


def _stop_all(listed: Sequence[Service]) -> None:
    running = [s for s in listed if s.process is not None]
    for service in running:
        _signal_group(service.process, signal.SIGTERM)
    deadline = time.monotonic() + STOP_TIMEOUT_SECONDS
    for service in running:
        try:
            service.process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            print(f"zhifa serve: {service.name} did not stop in {STOP_TIMEOUT_SECONDS}s; killed", file=sys.stderr)
        # Whatever is left of its group (a code server, a run) goes with it.
        _signal_group(service.process, signal.SIGKILL)
        service.process.wait()


def _signal_group(process: subprocess.Popen, signum: int) -> None:
    try:
        os.killpg(process.pid, signum)
    except ProcessLookupError:
        pass


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m orchestration.deployment.serve", description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default=os.environ.get("ZHIFA_SERVE_HOST", "127.0.0.1"), help="address to bind (default 127.0.0.1, ZHIFA_SERVE_HOST)")
    parser.add_argument("--port", type=int, default=int(os.environ.get("ZHIFA_DAGSTER_PORT", "3000")), help="Dagster UI port (default 3000, ZHIFA_DAGSTER_PORT)")
    parser.add_argument("--dashboard-port", type=int, default=int(os.environ.get("ZHIFA_DASHBOARD_PORT", "8501")), help="dashboard port (default 8501, ZHIFA_DASHBOARD_PORT)")
    parser.add_argument("--no-dashboard", action="store_true", help="the webserver and the daemon only")
    parser.add_argument("--prepare-home", action="store_true", help="write DAGSTER_HOME's dagster.yaml if missing, print the folder and exit")
    args = parser.parse_args(argv)

    home = prepare_home(dagster_home(), storage=True)
    if args.prepare_home:
        print(home)
        return 0
    environ = {**os.environ, "DAGSTER_HOME": str(home)}
    environ.setdefault("ZHIFA_AUTOMATION", "on")
    print(f"zhifa serve: DAGSTER_HOME {home}", flush=True)
    print(f"zhifa serve: Dagster UI http://{args.host}:{args.port}", flush=True)
    if not args.no_dashboard:
        print(f"zhifa serve: dashboard http://{args.host}:{args.dashboard_port}", flush=True)
    return serve(services(args.host, args.port, None if args.no_dashboard else args.dashboard_port), environ)


if __name__ == "__main__":
    sys.exit(main())
