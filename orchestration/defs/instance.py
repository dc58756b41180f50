"""The Dagster instance zhifa's deployment runs on: its stores made before anything uses them."""

from __future__ import annotations

from pathlib import Path

import dagster as dg


def create_stores(home: Path) -> None:
    """Open the instance of `home` (a DAGSTER_HOME with its dagster.yaml) and each of its stores,
    which creates and migrates them on first use."""
    with dg.DagsterInstance.from_config(str(home)) as instance:
        # Each store is opened (and so created and migrated) on first use.
        instance.run_storage.get_run_records(limit=1)
        instance.event_log_storage.get_asset_records()
        instance.schedule_storage.all_instigator_state()
        _start_retry_cursors(instance)


def _start_retry_cursors(instance: dg.DagsterInstance) -> None:
    """Give the daemon's run-failure consumer its cursors before any run can fail.

    The consumer that launches retries keeps, per event type, the last event it has read.
    Without one it starts from the top of the event log and ignores everything older. A
    daemon killed mid-run before its first pass persisted none, and on restart run
    monitoring marks the run failed in the same second the consumer takes its first
    cursor: the failure could land below it and the retry was never launched. Set once,
    at the event log's current top, as the consumer would; never moved afterwards."""
    # Dagster's own names for these cursors (dagster 1.13, pinned): reading them here keeps
    # one spelling.
    from dagster._daemon.auto_run_reexecution import event_log_consumer as consumer

    keys = {consumer._create_cursor_key(event_type) for event_type in consumer.DAGSTER_EVENT_TYPES}
    stored = instance.daemon_cursor_storage.get_cursor_values(keys)
    missing = {key for key in keys if stored.get(key) is None}
    if missing:
        top = instance.event_log_storage.get_maximum_record_id() or 0
        instance.daemon_cursor_storage.set_cursor_values({key: str(top) for key in missing})
