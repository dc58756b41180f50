"""Retries the daemon decided on but never launched.

Dagster's daemon retries a crashed run from its event-log consumer: every few seconds it reads
the run-failure events after its cursor, retries the runs tagged `dagster/will_retry=true`, and
moves the cursor past them. With SQLite storage (dagster 1.13, pinned) a run's failure is
written in three steps: the RUN_FAILURE event, then the run's status, then the will_retry tag.
A consumer pass that falls between the first and the second sees the event of a run that is
still STARTED and has no tag, judges that it is not to be retried, and moves past it for good.
A daemon restart makes this likely: run monitoring fails the dead run in the same second the
consumer starts.

`lost_retries` finds such runs: failed, tagged to be retried, with no retry of their own, and
whose failure event the consumer has already passed. `rewind_consumer` moves the consumer's
cursor back to just before the earliest of them, and its next pass retries them. Reading an
event again is safe: the consumer launches no second retry for a run that has one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import dagster as dg
from dagster._core.event_api import RunStatusChangeRecordsFilter
from dagster._core.storage.tags import AUTO_RETRY_RUN_ID_TAG, PARENT_RUN_ID_TAG, WILL_RETRY_TAG

# Dagster's own names for the consumer's cursor (dagster 1.13, pinned); reading them keeps one
# spelling, as orchestration/defs/instance.py does.
from dagster._daemon.auto_run_reexecution import event_log_consumer as _consumer

FAILURE_CURSOR_KEY = _consumer._create_cursor_key(dg.DagsterEventType.RUN_FAILURE)
# Failures older than this are left alone: a retry lost that long ago is for a person to judge.
LOOK_BACK = timedelta(hours=6)
_FAILURES_READ = 1000


@dataclass(frozen=True)
class LostRetry:
    run_id: str
    failure_storage_id: int


def consumer_cursor(instance: dg.DagsterInstance) -> int | None:
    value = instance.daemon_cursor_storage.get_cursor_values({FAILURE_CURSOR_KEY}).get(FAILURE_CURSOR_KEY)
    return int(value) if value is not None else None


def lost_retries(instance: dg.DagsterInstance, now: datetime | None = None) -> list[LostRetry]:
    """Failed runs the daemon was to retry, whose failure it has read past without a retry."""
    cursor = consumer_cursor(instance)
    if cursor is None:  # the consumer has not started: it will read every failure from here on
        return []
    now = now or datetime.now(timezone.utc)
    failed = instance.get_run_records(
        filters=dg.RunsFilter(
            statuses=[dg.DagsterRunStatus.FAILURE], tags={WILL_RETRY_TAG: "true"}, updated_after=now - LOOK_BACK
        )
    )
    waiting = {
        record.dagster_run.run_id
        for record in failed
        if AUTO_RETRY_RUN_ID_TAG not in record.dagster_run.tags and not _has_child(instance, record.dagster_run.run_id)
    }
    if not waiting:
        return []
    # The consumer's cursor counts the event log's index across runs: the failures are read
    # from that index, as the consumer reads them, not from each run's own log.
    failures = instance.fetch_run_status_changes(
        RunStatusChangeRecordsFilter(
            event_type=dg.DagsterEventType.RUN_FAILURE,
            after_timestamp=(now - LOOK_BACK).timestamp(),
            before_storage_id=cursor + 1,
        ),
        limit=_FAILURES_READ,
    ).records
    last_failure = {}
    for record in failures:
        if record.run_id in waiting:
            last_failure[record.run_id] = max(record.storage_id, last_failure.get(record.run_id, 0))
    return sorted((LostRetry(run_id, storage_id) for run_id, storage_id in last_failure.items()), key=lambda item: item.failure_storage_id)


def rewind_consumer(instance: dg.DagsterInstance, lost: Iterable[LostRetry]) -> int | None:
    """Move the consumer's run-failure cursor to just before the earliest lost failure; the
    cursor it was moved to, or None when it was already there or before."""
    target = min((item.failure_storage_id for item in lost), default=None)
    if target is None:
        return None
    cursor = consumer_cursor(instance)
    if cursor is None or cursor < target:
        return None
    instance.daemon_cursor_storage.set_cursor_values({FAILURE_CURSOR_KEY: str(target - 1)})
    return target - 1


def _has_child(instance: dg.DagsterInstance, run_id: str) -> bool:
    return bool(instance.get_run_records(filters=dg.RunsFilter(tags={PARENT_RUN_ID_TAG: run_id}), limit=1))
