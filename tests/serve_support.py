"""A real deployment for the daemon tests: `python -m orchestration.deployment.serve` (what `make
serve` runs) on a temporary DAGSTER_HOME, reports folder and warehouse, driven as the UI drives
it (GraphQL on the webserver) and read back from the instance's own storage."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import REPO

LOCATION = "zhifa"
REPOSITORY = "__repository__"
READY_TIMEOUT = 300
RUN_TIMEOUT = 420


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(predicate: Callable[[], object], timeout: float, what: str, interval: float = 0.5, log: Path | None = None):
    """Poll until `predicate` returns something true; that value. Fails naming `what`."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            tail = ""
            if log and log.exists():
                tail = "\n--- deployment log (end) ---\n" + log.read_text(errors="replace")[-6000:]
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}{tail}")
        time.sleep(interval)


# --- processes ---------------------------------------------------------------------------


def children_of() -> dict[int, list[int]]:
    """Every process's children, from /proc."""
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat[stat.rindex(")") + 2 :].split()[1])
        tree.setdefault(parent, []).append(int(entry.name))
    return tree


def descendants(pid: int) -> list[int]:
    tree = children_of()
    found, todo = [], [pid]
    while todo:
        for child in tree.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def listening_sockets(pids: list[int]) -> list[tuple[str, int]]:
    """(address, port) of every TCP socket in LISTEN state that one of `pids` holds."""
    inodes: set[str] = set()
    for pid in pids:
        try:
            for fd in Path(f"/proc/{pid}/fd").iterdir():
                try:
                    target = os.readlink(fd)
                except OSError:
                    continue
                if target.startswith("socket:["):
                    inodes.add(target[8:-1])
        except OSError:
            continue
    found = []
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            local, state, inode = fields[1], fields[3], fields[9]
            if state != "0A" or inode not in inodes:  # 0A: LISTEN
                continue
            address, port = local.split(":")
            found.append((_address(address, width), int(port, 16)))
    return found


def _address(hex_address: str, width: int) -> str:
    """/proc/net/tcp writes addresses as host-order 32-bit words in hex."""
    raw = b"".join(bytes.fromhex(hex_address[i : i + 8])[::-1] for i in range(0, width, 8))
    return socket.inet_ntop(socket.AF_INET if width == 8 else socket.AF_INET6, raw)


# --- the deployment ----------------------------------------------------------------------


@dataclass
class Deployment:
    root: Path
    env: dict[str, str] = field(default_factory=dict)
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None
    starts: int = 0
    _instance: object = field(default=None, repr=False)

    @property
    def reports(self) -> Path:
        return self.root / "reports"

    @property
    def warehouse(self) -> Path:
        return self.root / "warehouse"

    @property
    def home(self) -> Path:
        return self.root / "dagster_home"

    @property
    def published(self) -> Path:
        return self.warehouse / "warehouse.duckdb"

    @property
    def log(self) -> Path:
        return self.root / "serve.log"

    def environ(self) -> dict[str, str]:
        return {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep),
            "DAGSTER_HOME": str(self.home),
            "ZHIFA_REPORTS_DIR": str(self.reports),
            "ZHIFA_WAREHOUSE_DIR": str(self.warehouse),
            "ZHIFA_WORKERS": "1",
            **self.env,
        }

    def start(self, *extra: str) -> None:
        self.starts += 1
        with open(self.log, "a") as out:
            out.write(f"\n=== start {self.starts} ===\n")
            out.flush()
            self.process = subprocess.Popen(
                [sys.executable, "-m", "orchestration.deployment.serve", "--no-dashboard", "--port", str(self.port), *extra],
                cwd=REPO, env=self.environ(), stdout=out, stderr=subprocess.STDOUT,
            )  # fmt: skip
        wait_for(self._loaded, READY_TIMEOUT, "the webserver to load the zhifa code location", log=self.log)
        wait_for(self._daemon_alive, READY_TIMEOUT, "the daemon's heartbeats", log=self.log)

    def stop(self) -> int | None:
        if self._instance is not None:
            self._instance.dispose()
            self._instance = None
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=90)
            except subprocess.TimeoutExpired:
                for pid in descendants(self.process.pid):
                    _kill(pid)
                self.process.kill()
                self.process.wait()
        return self.process.returncode

    def _loaded(self) -> bool:
        if self.process.poll() is not None:
            raise AssertionError(f"the deployment exited with {self.process.returncode}:\n{self.log.read_text()[-6000:]}")
        try:
            data = self.graphql(
                "{ workspaceOrError { ... on Workspace { locationEntries { name loadStatus "
                "locationOrLoadError { __typename ... on PythonError { message } } } } } }"
            )
        except OSError:
            return False
        entries = data["workspaceOrError"]["locationEntries"]
        for entry in entries:
            error = entry["locationOrLoadError"] or {}
            if error.get("__typename") == "PythonError":
                raise AssertionError(f"the code location failed to load: {error['message']}")
        return any(e["name"] == LOCATION and e["loadStatus"] == "LOADED" and e["locationOrLoadError"] for e in entries)

    def _daemon_alive(self) -> bool:
        data = self.graphql("{ instance { daemonHealth { allDaemonStatuses { daemonType healthy required } } } }")
        statuses = data["instance"]["daemonHealth"]["allDaemonStatuses"]
        return all(s["healthy"] for s in statuses if s["required"])

    # --- the UI's API ------------------------------------------------------------------

    def graphql(self, query: str, variables: dict | None = None) -> dict:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}/graphql",
            data=json.dumps({"query": query, "variables": variables or {}}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            body = json.load(response)
        if body.get("errors"):
            raise AssertionError(f"GraphQL errors: {body['errors']}")
        return body["data"]

    def _mutate(self, name: str, argument: str, argument_type: str, value: dict, fields: str = "") -> dict:
        data = self.graphql(
            f"mutation($value: {argument_type}) {{ {name}({argument}: $value) {{ __typename {fields} "
            "... on PythonError { message } ... on UnauthorizedError { message } } }",
            {"value": value},
        )[name]
        if data["__typename"] in ("PythonError", "UnauthorizedError"):
            raise AssertionError(f"{name}: {data['message']}")
        return data

    def _selector(self, **names: str) -> dict:
        return {"repositoryLocationName": LOCATION, "repositoryName": REPOSITORY, **names}

    def start_sensor(self, name: str) -> None:
        self._mutate("startSensor", "sensorSelector", "SensorSelector!", self._selector(sensorName=name))

    def set_sensor_cursor(self, name: str, cursor: str) -> None:
        self.graphql(
            "mutation($s: SensorSelector!, $c: String) { setSensorCursor(sensorSelector: $s, cursor: $c) { __typename } }",
            {"s": self._selector(sensorName=name), "c": cursor},
        )

    def start_schedule(self, name: str) -> None:
        self._mutate("startSchedule", "scheduleSelector", "ScheduleSelector!", self._selector(scheduleName=name))

    def state(self, kind: str, name: str) -> dict:
        """A schedule's or sensor's stored state: {"id", "status": "RUNNING" | "STOPPED",
        "ticks": [{"status": …}] (the latest)}."""
        kind_type = kind[0].upper() + kind[1:]
        data = self.graphql(
            f"query($s: {kind_type}Selector!) {{ {kind}OrError({kind}Selector: $s) {{ __typename "
            f"... on {kind_type} {{ {kind}State {{ id status ticks(limit: 1) {{ status }} }} }} }} }}",
            {"s": self._selector(**{f"{kind}Name": name})},
        )[f"{kind}OrError"]
        return data[f"{kind}State"]

    def stop_instigator(self, kind: str, name: str) -> None:
        """Stop a schedule or sensor for good. The daemon writes an instigator's state back when
        it finishes a tick, so a stop that lands while a tick is being launched is undone: stop
        when no tick is in flight, and check that it stayed stopped."""
        mutation = "stopRunningSchedule" if kind == "schedule" else "stopSensor"

        def stopped() -> bool:
            state = self.state(kind, name)
            if state["ticks"] and state["ticks"][0]["status"] == "STARTED":
                return False
            if state["status"] != "STOPPED":
                self.graphql(f"mutation($id: String) {{ {mutation}(id: $id) {{ __typename }} }}", {"id": state["id"]})
                return False
            time.sleep(3)
            return self.state(kind, name)["status"] == "STOPPED"

        wait_for(stopped, 90, f"the {kind} {name} to stay stopped", interval=1, log=self.log)

    def launch_run(self, job: str) -> str:
        data = self._mutate(
            "launchRun", "executionParams", "ExecutionParams!", {"selector": self._selector(jobName=job)},
            "... on LaunchRunSuccess { run { runId } } ... on Error { message }",
        )  # fmt: skip
        if data["__typename"] != "LaunchRunSuccess":
            raise AssertionError(f"launchRun: {data}")
        return data["run"]["runId"]

    def launch_backfill(self, job: str, partitions: list[str]) -> str:
        data = self._mutate(
            "launchPartitionBackfill", "backfillParams", "LaunchBackfillParams!",
            {
                "selector": {
                    "partitionSetName": f"{job}_partition_set",
                    "repositorySelector": {"repositoryLocationName": LOCATION, "repositoryName": REPOSITORY},
                },
                "partitionNames": partitions,
            },
            "... on LaunchBackfillSuccess { backfillId } ... on Error { message }",
        )  # fmt: skip
        if data["__typename"] != "LaunchBackfillSuccess":
            raise AssertionError(f"launchPartitionBackfill: {data}")
        return data["backfillId"]

    # --- the instance's storage ---------------------------------------------------------

    @contextmanager
    def instance(self) -> Iterator:
        """The instance as the deployment's processes see it, read from its storage in
        DAGSTER_HOME. Opened once: the tests poll it twice a second, and opening it
        costs a tenth of a second of CPU each time, taken from the runs being waited for;
        its SQLite storages connect afresh for every query, so it never reads stale state."""
        import dagster as dg

        if self._instance is None:
            self._instance = dg.DagsterInstance.from_config(str(self.home))
        yield self._instance

    def run_records(self, **filters) -> list:
        import dagster as dg

        with self.instance() as instance:
            return list(instance.get_run_records(filters=dg.RunsFilter(**filters), ascending=True))

    def wait_finished(self, run_ids: list[str], timeout: float = RUN_TIMEOUT) -> list:
        """The run records once every run has finished (succeeded, failed or canceled)."""

        def finished():
            records = self.run_records(run_ids=run_ids)
            return records if len(records) == len(run_ids) and all(r.dagster_run.is_finished for r in records) else None

        return wait_for(finished, timeout, f"runs {run_ids} to finish", log=self.log)

    def run_log(self, run_id: str) -> str:
        with self.instance() as instance:
            return "\n".join(record.user_message or "" for record in instance.all_logs(run_id))


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
