"""The build database's one-writer lock, between real processes: who holds it is told, a waiting
writer gets it when it is free, a killed holder frees it, readers share it, and the process that
holds it (the CLI running the Dagster job in-process) passes straight through."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from orchestration.runs.lock import LockBusy, reader_lock, writer_lock
from tests.conftest import REPO

HOLDER = """
import sys, time
from pathlib import Path
from orchestration.runs.lock import reader_lock, writer_lock
mode, lock, ready, release = sys.argv[1:5]
held = writer_lock(Path(lock), "Dagster run 5d2e of zhifa_pipeline") if mode == "writer" else reader_lock(Path(lock))
with held:
    Path(ready).write_text("held")
    while not Path(release).exists():
        time.sleep(0.05)
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}


@contextmanager
def held_by_another_process(tmp_path: Path, mode: str, name: str = "holder") -> Iterator[subprocess.Popen]:
    ready, release = tmp_path / f"{name}.ready", tmp_path / f"{name}.release"
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, mode, str(tmp_path / ".zhifa.lock"), str(ready), str(release)], env=_env()
    )
    try:
        deadline = time.monotonic() + 30
        while not ready.exists():
            assert process.poll() is None, "the holder exited"
            assert time.monotonic() < deadline, "the holder never took the lock"
            time.sleep(0.05)
        yield process
    finally:
        release.touch()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_a_second_writer_is_told_who_holds_the_lock(tmp_path):
    lock = tmp_path / ".zhifa.lock"
    with held_by_another_process(tmp_path, "writer") as holder:
        with pytest.raises(LockBusy) as busy, writer_lock(lock, "zhifa run"):
            pass
    assert busy.value.holder == f"Dagster run 5d2e of zhifa_pipeline (pid {holder.pid})"
    with writer_lock(lock, "zhifa run") as taken:
        assert taken


def test_a_waiting_writer_hears_who_it_waits_for_and_gets_the_lock_when_it_is_free(tmp_path):
    lock = tmp_path / ".zhifa.lock"
    heard: list[str] = []
    got = threading.Event()

    def wait_for_it() -> None:
        with writer_lock(lock, "Dagster run 9a1c", wait=True, on_wait=heard.append):
            got.set()

    with held_by_another_process(tmp_path, "writer") as holder:
        waiter = threading.Thread(target=wait_for_it)
        waiter.start()
        time.sleep(1.5)
        assert not got.is_set()
        assert heard == [f"Dagster run 5d2e of zhifa_pipeline (pid {holder.pid})"]
    waiter.join(timeout=10)
    assert got.is_set()


def test_a_killed_holder_frees_the_lock(tmp_path):
    lock = tmp_path / ".zhifa.lock"
    with held_by_another_process(tmp_path, "writer") as holder:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        with writer_lock(lock, "zhifa run") as taken:
            assert taken


def test_the_holding_process_passes_through_and_reads_under_its_own_lock(tmp_path):
    lock = tmp_path / ".zhifa.lock"
    with writer_lock(lock, "zhifa run") as outer:
        with writer_lock(lock, "Dagster run of the same process") as inner:
            assert outer and not inner
        with reader_lock(lock, timeout=0):
            pass
        assert "zhifa run (pid" in lock.read_text(), "the inner exit left the outer holder in place"
        # Another process's reader waits for this writer, and gives up after its timeout.
        blocked = subprocess.run(
            [sys.executable, "-c", "from pathlib import Path; from orchestration.runs.lock import reader_lock;"
             f"import sys\ntry:\n  with reader_lock(Path({str(lock)!r}), timeout=0.5): sys.exit(0)\n"
             "except Exception as e: print(e); sys.exit(3)"],
            env=_env(), capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert blocked.returncode == 3, blocked.stderr
        assert f"zhifa run (pid {os.getpid()})" in blocked.stdout
    assert lock.read_text() == "", "a released lock names nobody"


def test_readers_share_the_lock_and_keep_a_writer_out(tmp_path):
    lock = tmp_path / ".zhifa.lock"
    with held_by_another_process(tmp_path, "reader", "first"), held_by_another_process(tmp_path, "reader", "second"):
        with reader_lock(lock, timeout=1):
            pass
        with pytest.raises(LockBusy) as busy, writer_lock(lock, "zhifa run"):
            pass
        assert busy.value.holder == "a reader of the build database"


# --- the CLI ---------------------------------------------------------------------------------


@pytest.fixture
def inbox(tmp_path) -> dict[str, str]:
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "a.txt").write_text("2023年，全区共办理行政处罚案件12件。", encoding="utf-8")
    return {**_env(), "ZHIFA_REPORTS_DIR": str(tmp_path / "reports"), "ZHIFA_WAREHOUSE_DIR": str(tmp_path)}


def test_zhifa_run_refuses_while_a_dagster_run_writes_and_names_it(tmp_path, inbox):
    with held_by_another_process(tmp_path, "writer") as holder:
        refused = subprocess.run(
            [sys.executable, "-m", "orchestration.cli", "run"], env=inbox, capture_output=True, text=True, timeout=120
        )
    assert refused.returncode == 2
    assert refused.stderr.strip() == (
        f"zhifa: error: another zhifa run is using {tmp_path} (Dagster run 5d2e of zhifa_pipeline (pid {holder.pid})); "
        "wait for it to finish, or run again with --wait"
    )
    assert not (tmp_path / "build.duckdb").exists()


def test_zhifa_run_wait_waits_for_the_dagster_run_without_touching_the_warehouse(tmp_path, inbox):
    stderr = tmp_path / "stderr.txt"
    with held_by_another_process(tmp_path, "writer") as holder, open(stderr, "w") as err:
        waiting = subprocess.Popen([sys.executable, "-m", "orchestration.cli", "run", "--wait"], env=inbox, stderr=err, stdout=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while "waiting for" not in stderr.read_text() and time.monotonic() < deadline:
                assert waiting.poll() is None, stderr.read_text()
                time.sleep(0.2)
            time.sleep(1)
            assert waiting.poll() is None, "it gave up instead of waiting"
            assert not (tmp_path / "build.duckdb").exists()
        finally:
            waiting.kill()  # before the holder lets go: this test does not run the pipeline
            waiting.wait()
    assert stderr.read_text().strip() == (
        f"zhifa: waiting for Dagster run 5d2e of zhifa_pipeline (pid {holder.pid}) to finish with {tmp_path}"
    )
