"""One writer of the build database at a time, whoever starts it: `zhifa run`, `zhifa retract`,
or a Dagster run launched by the daemon, the UI or `dagster dev`.

DuckDB lets one process write a database file, and no other process open it while it does.
Dagster's run queue keeps its own runs apart (a tag concurrency limit, deploy/dagster.yaml),
but it knows nothing of a person's `zhifa run`; this lock is what both agree on. It is
flock(2) on warehouse/.zhifa.lock: it goes with the process (a run that is killed frees it),
and a writer names itself in the file, so the one that has to wait can say for whom.

Writers hold it exclusively. Readers of the build database outside a run (a lake partition
listing a year's files, the quality page after a failed run) hold it shared: side by side
with each other, never beside a writer. A process that holds the writer lock already (the CLI
runs the Dagster job in-process) passes straight through when the job asks for it again.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

POLL_SECONDS = 0.5

_held: dict[Path, int] = {}  # lock files this process holds exclusively, and how deep
_held_guard = threading.Lock()


class LockBusy(Exception):
    """The lock is held elsewhere and the caller would not (or no longer) wait."""

    def __init__(self, lock_file: Path, holder: str) -> None:
        self.lock_file = lock_file
        self.holder = holder
        super().__init__(f"{lock_file} is held by {holder}")


def holder_of(lock_file: Path) -> str:
    """Who holds the lock, as its writer described itself (best effort: readers write nothing)."""
    try:
        text = lock_file.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        text = ""
    return text or "a reader of the build database"


@contextmanager
def writer_lock(
    lock_file: Path,
    holder: str,
    *,
    wait: bool = False,
    on_wait: Callable[[str], None] | None = None,
) -> Iterator[bool]:
    """Hold the lock exclusively; yields True when taken here, False when this process held it.

    Without `wait`, a lock held elsewhere raises LockBusy at once; with it, `on_wait` hears
    who holds it and the call returns when they are done (polled, so a signal that stops the
    run is handled at once rather than after the holder finishes)."""
    lock_file = lock_file.resolve()
    with _held_guard:
        if _held.get(lock_file):
            _held[lock_file] += 1
            reentered = True
        else:
            reentered = False
    if reentered:
        try:
            yield False
        finally:
            with _held_guard:
                _held[lock_file] -= 1
        return
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_file, "a+", encoding="utf-8") as handle:
        _acquire(handle, fcntl.LOCK_EX, lock_file, wait=wait, timeout=None, on_wait=on_wait)
        handle.seek(0)
        handle.truncate()
        handle.write(f"{holder} (pid {os.getpid()})\n")
        handle.flush()
        with _held_guard:
            _held[lock_file] = 1
        try:
            yield True
        finally:
            with _held_guard:
                del _held[lock_file]
            handle.seek(0)
            handle.truncate()
            handle.flush()
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def reader_lock(
    lock_file: Path, *, timeout: float | None = None, on_wait: Callable[[str], None] | None = None
) -> Iterator[None]:
    """Hold the lock shared, waiting for a writer to finish (at most `timeout` seconds, then
    LockBusy). A process that holds the writer lock reads under it."""
    lock_file = lock_file.resolve()
    with _held_guard:
        mine = bool(_held.get(lock_file))
    if mine:
        yield
        return
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_file, "a+", encoding="utf-8") as handle:
        _acquire(handle, fcntl.LOCK_SH, lock_file, wait=True, timeout=timeout, on_wait=on_wait)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _acquire(handle, mode: int, lock_file: Path, *, wait: bool, timeout: float | None, on_wait) -> None:
    deadline = None if timeout is None else time.monotonic() + timeout
    told = False
    while True:
        try:
            fcntl.flock(handle, mode | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if not wait or (deadline is not None and time.monotonic() >= deadline):
                raise LockBusy(lock_file, holder_of(lock_file)) from None
        if on_wait and not told:
            on_wait(holder_of(lock_file))
            told = True
        time.sleep(POLL_SECONDS)
