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
