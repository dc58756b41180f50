"""Measuring one command as a subprocess: wall time, the stages it reports, peak memory.

`zhifa run` prints a line when a stage starts ("… Extracting report files (1000)") and
when it ends ("✓ Extracting report files (1000/1000)") on stderr when stderr is not a
terminal; each line is timestamped as it arrives.

Memory, two ways: the whole process tree (the CLI, its extraction workers, dbt) sampled
every 50 ms, as PSS from /proc/PID/smaps_rollup so that pages forked workers share with
their parent count once (RSS from psutil where there is no /proc); and the largest
single process's peak, the kernel's high-water mark (VmHWM) read at each sample.

wait4's ru_maxrss is not used for memory where /proc exists: a child started with
vfork/exec inherits the parent's high-water mark, so after this process has read a big
warehouse, every later child would report at least that.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

try:  # optional: the tree sampler reads /proc directly when psutil is missing
    import psutil
except ImportError:  # pragma: no cover - depends on the environment
    psutil = None

# Stage labels as the CLI prints them, by the stage names the benchmark reports.
STAGE_PREFIXES = (
    ("Extracting", "extract"),
    ("Loading", "load"),
    ("Building dbt", "dbt"),
    ("Auditing", "gx"),
    ("Publishing", "publish"),
)
STAGES = ("extract", "load", "dbt", "gx", "publish")
_PROGRESS = re.compile(r"^(?P<mark>[…✓])\s+(?P<label>.+?)(?:\s+\((?P<count>[\d/]+)\))?\s*$")


@dataclass(slots=True)
class Measurement:
    """One command run: how long, where the time went, how much memory."""

    command: list[str]
    exit_code: int
    wall_s: float
    cpu_s: float | None = None  # user + system seconds of the process and its waited-for children
    stages_s: dict[str, float] = field(default_factory=dict)
    startup_s: float | None = None  # process start to the first stage line (imports, definitions, inbox scan)
    tail_s: float | None = None  # last stage line to exit (summary, teardown)
    peak_tree_mb: float | None = None  # the tree's summed PSS (or RSS), sampled
    peak_process_mb: float | None = None  # the largest single process's peak RSS
    peak_stage: str | None = None  # the stage running when the tree's sampled memory peaked
    rss_source: str = ""
    stdout: str = ""
    stderr_tail: str = ""

    def as_dict(self) -> dict:
        return {
            "exit_code": self.exit_code,
            "wall_s": round(self.wall_s, 3),
            "cpu_s": None if self.cpu_s is None else round(self.cpu_s, 3),
            "stages_s": {k: round(v, 3) for k, v in self.stages_s.items()},
            "startup_s": None if self.startup_s is None else round(self.startup_s, 3),
            "tail_s": None if self.tail_s is None else round(self.tail_s, 3),
            "peak_tree_mb": None if self.peak_tree_mb is None else round(self.peak_tree_mb, 1),
            "peak_process_mb": None if self.peak_process_mb is None else round(self.peak_process_mb, 1),
            "peak_stage": self.peak_stage,
            "rss_source": self.rss_source,
        }


def stage_of(label: str) -> str | None:
    for prefix, stage in STAGE_PREFIXES:
        if label.startswith(prefix):
            return stage
    return None


def stage_at(events: list[tuple[float, str, str]], at: float) -> str:
    """The stage running at time `at` ("startup" before the first, "teardown" after the last)."""
    current = "startup"
    for when, mark, label in events:
        if when > at:
            break
        current = (stage_of(label) or label) if mark == "…" else f"after {stage_of(label) or label}"
    if events and at > events[-1][0]:
        return "teardown"
    return current


def stage_seconds(events: list[tuple[float, str, str]]) -> dict[str, float]:
    """Seconds per stage from (time, mark, label) events; the GX audits add up."""
    started: dict[str, float] = {}
    out: dict[str, float] = {}
    for at, mark, label in events:
        stage = stage_of(label)
        if stage is None:
            continue
        if mark == "…":
            started[label] = at
        elif label in started:
            out[stage] = out.get(stage, 0.0) + at - started.pop(label)
    return out


class _TreeSampler(threading.Thread):
    """Samples the summed RSS of a process and its descendants until stopped."""

    def __init__(self, pid: int, started: float, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.started = started
        self.interval = interval
        self.peak = 0
        self.peak_at = 0.0
        self.hwm: dict[int, int] = {}  # the kernel's RSS high-water mark (VmHWM) of each process seen
        self._halt = threading.Event()
        if Path("/proc/self/smaps_rollup").exists():
            self.source = "/proc PSS"
        elif psutil:
            self.source = "psutil RSS"
        else:
            self.source = ""

    def stop(self) -> None:
        self._halt.set()
        self.join()

    def run(self) -> None:
        if not self.source:
            return
        while not self._halt.is_set():
            try:
                rss = self._tree_rss()
                if rss > self.peak:
                    self.peak, self.peak_at = rss, time.perf_counter() - self.started
            except Exception:  # a process vanished mid-sample; the next sample sees the rest
                pass
            self._halt.wait(self.interval)

    def _tree_rss(self) -> int:
        if self.source.startswith("psutil"):
            root = psutil.Process(self.pid)
            total = 0
            for proc in [root, *root.children(recursive=True)]:
                try:
                    total += proc.memory_info().rss
                except psutil.Error:
                    pass
            return total
        children: dict[int, list[int]] = {}
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as handle:
                    stat = handle.read()
            except OSError:
                continue
            # The command name may hold spaces: fields follow the last ')'.
            ppid = int(stat[stat.rfind(b")") + 2 :].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
        total, todo = 0, [self.pid]
        while todo:
            pid = todo.pop()
            todo += children.get(pid, [])
            total += _pss(pid)
            hwm = _hwm(pid)
            if hwm > self.hwm.get(pid, 0):
                self.hwm[pid] = hwm
        return total


def _hwm(pid: int) -> int:
    """VmHWM of a live process in bytes: its exact peak RSS so far."""
    try:
        with open(f"/proc/{pid}/status", "rb") as handle:
            for line in handle:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _pss(pid: int) -> int:
    """Proportional set size of a process in bytes (0 when it is gone)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as handle:
            for line in handle:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def measure(command: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None, timeout: float | None = None) -> Measurement:
    """Run `command`, timestamping its stderr lines and sampling its memory."""
    events: list[tuple[float, str, str]] = []
    stderr_lines: list[str] = []
    started = time.perf_counter()
    proc = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=env,
        cwd=cwd,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    sampler = _TreeSampler(proc.pid, started)
    sampler.start()
    stdout_chunks: list[str] = []

    def read_stderr() -> None:
        for line in proc.stderr:
            at = time.perf_counter() - started
            stderr_lines.append(line.rstrip("\n"))
            m = _PROGRESS.match(line.strip())
            if m:
                events.append((at, m.group("mark"), m.group("label")))

    def read_stdout() -> None:
        stdout_chunks.append(proc.stdout.read())

    readers = [threading.Thread(target=read_stderr, daemon=True), threading.Thread(target=read_stdout, daemon=True)]
    for reader in readers:
        reader.start()
    deadline = None if timeout is None else started + timeout
    status, rusage = _wait(proc, deadline)
    wall = time.perf_counter() - started
    sampler.stop()
    for reader in readers:
        reader.join(timeout=10)

    stages = stage_seconds(events)
    return Measurement(
        command=command,
        exit_code=status,
        wall_s=wall,
        cpu_s=rusage.ru_utime + rusage.ru_stime if rusage else None,
        stages_s=stages,
        startup_s=events[0][0] if events else None,
        tail_s=wall - events[-1][0] if events else None,
        peak_tree_mb=sampler.peak / 1e6 if sampler.source else None,
        peak_process_mb=_largest_peak(sampler, rusage),
        peak_stage=stage_at(events, sampler.peak_at) if sampler.peak else None,
        rss_source=sampler.source or "rusage",
        stdout="".join(stdout_chunks),
        stderr_tail="\n".join(stderr_lines[-20:]),
    )


def _largest_peak(sampler: _TreeSampler, rusage) -> float | None:
    if sampler.hwm:
        return max(sampler.hwm.values()) / 1e6
    # No /proc: ru_maxrss (KiB on Linux, bytes on macOS), an upper bound (see the module doc).
    if rusage is None:
        return None
    return rusage.ru_maxrss * (1 if sys.platform == "darwin" else 1024) / 1e6


def _wait(proc: subprocess.Popen, deadline: float | None):
    """Wait for the child with wait4, for its rusage; kill it at the deadline."""
    while True:
        pid, status, rusage = os.wait4(proc.pid, os.WNOHANG)
        if pid == proc.pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            return proc.returncode, rusage
        if deadline is not None and time.perf_counter() > deadline:
            proc.kill()
            _, status, rusage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            return proc.returncode, rusage
        time.sleep(0.02)
