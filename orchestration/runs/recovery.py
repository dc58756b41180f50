"""Cleaning up after a run that was killed: leftovers that a new run must not trip over.

A killed run can leave a half-written copy beside the published file and Parquet
batches in the lake. Neither is ever read by a reader or a later run, but they
take space; they are removed at the start of the next run, under the run lock.
The build database needs nothing: DuckDB replays or discards its write-ahead log.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from orchestration.settings import Settings


def remove_leftovers(settings: Settings) -> list[Path]:
    removed: list[Path] = []
    published = settings.published_db
    for temporary in published.parent.glob(f".{published.name}.*.tmp"):
        temporary.unlink(missing_ok=True)
        removed.append(temporary)
    # dagster-dbt leaves each dbt invocation's artifacts in its own folder; the
    # manifest and partial-parse state beside them are kept.
    for invocation in (settings.warehouse_dir / "dbt").glob("dbt_models-*"):
        shutil.rmtree(invocation, ignore_errors=True)
        removed.append(invocation)
    if settings.lake_dir.is_dir():
        for batch_dir in settings.lake_dir.glob("ingest-*"):
            shutil.rmtree(batch_dir, ignore_errors=True)
            removed.append(batch_dir)
    return removed
