"""The run launcher of zhifa's instance: Dagster's default one, which run monitoring can ask
whether a run's process is still alive.

Dagster's DefaultRunLauncher starts each run as a process of the code server on this machine,
but cannot tell run monitoring whether that process lives: a run whose process was killed
(the daemon's service stopped hard, the machine out of memory) would stay "started" for ever,
holding the queue's one writer slot, and no run would start again. Every run records its
process id in its event log ("Started process for run (pid: …)"); this launcher looks for that
process, so run monitoring marks a dead run failed, the queue moves on and the retry policy
runs it again. A pid since reused by another process is told apart by its start time.

It sees processes of this machine (or container) only: the daemon and the runs it launches
must share one, as they do in `make serve`, the systemd units and the compose file.
"""

from __future__ import annotations

import os
from pathlib import Path

from dagster import DagsterEventType, DefaultRunLauncher
from dagster._core.launcher import CheckRunHealthResult, WorkerStatus
from dagster._core.storage.dagster_run import DagsterRun

STARTED_PROCESS = "Started process for run"
# /proc start times are in clock ticks: allow the rounding, and a little clock slack.
START_TIME_SLACK_SECONDS = 2.0


class LocalProcessRunLauncher(DefaultRunLauncher):
    @property
    def supports_check_run_worker_health(self) -> bool:
        return True

    def check_run_worker_health(self, run: DagsterRun) -> CheckRunHealthResult:
        recorded = run_process(self._instance, run.run_id)
        if recorded is None:
            # Nothing to look for (a run launched some other way): never fail it on a guess.
            return CheckRunHealthResult(WorkerStatus.RUNNING, "no run process recorded")
        pid, recorded_at = recorded
        if process_alive(pid, started_by=recorded_at):
            return CheckRunHealthResult(WorkerStatus.RUNNING)
        return CheckRunHealthResult(WorkerStatus.FAILED, f"the run's process (pid {pid}) is gone")


def run_process(instance, run_id: str) -> tuple[int, float] | None:
    """The pid of the run's process and when it said it started, from the run's event log."""
    for record in reversed(instance.all_logs(run_id, of_type=DagsterEventType.ENGINE_EVENT)):
        event = record.dagster_event
        if not event or not (event.message or "").startswith(STARTED_PROCESS):
            continue
        pid = event.engine_event_data.metadata.get("pid") if event.engine_event_data else None
        if pid is not None and str(pid.value).isdigit():
            return int(pid.value), record.timestamp
    return None


def process_alive(pid: int, started_by: float) -> bool:
    """Whether `pid` runs (not a zombie) and was started no later than `started_by` (epoch
    seconds), that is, it is still the process that recorded itself then."""
    stat_file = Path(f"/proc/{pid}/stat")
    if not Path("/proc/self/stat").exists():  # no procfs: existence is all we can tell
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    try:
        stat = stat_file.read_text()
    except OSError:
        return False
    # Fields after the command name (which may hold spaces and parentheses).
    fields = stat[stat.rindex(")") + 2 :].split()
    state, start_ticks = fields[0], int(fields[19])
    if state in ("Z", "X", "x"):
        return False
    started_at = _boot_time() + start_ticks / os.sysconf("SC_CLK_TCK")
    return started_at <= started_by + START_TIME_SLACK_SECONDS


def _boot_time() -> float:
    for line in Path("/proc/stat").read_text().splitlines():
        if line.startswith("btime "):
            return float(line.split()[1])
    raise OSError("no btime in /proc/stat")
