"""quality.validation_results: every outcome of every run, in the DuckDB file, for BI and the CLI."""

from __future__ import annotations

import datetime as dt
import pathlib
from collections.abc import Sequence
from contextlib import closing

import duckdb

from expectations.outcomes import Outcome

RESULTS_TABLE = "quality.validation_results"
_COLUMNS = (
    "run_id", "stage", "suite", "table_name", "expectation", "column_name", "severity",
    "success", "observed_value", "unexpected_count", "element_count", "evaluated_at",
)  # fmt: skip
_DDL = (
    "CREATE SCHEMA IF NOT EXISTS quality",
    f"""
    CREATE TABLE IF NOT EXISTS {RESULTS_TABLE} (
        run_id           VARCHAR NOT NULL,
        stage            VARCHAR NOT NULL,
        suite            VARCHAR NOT NULL,
        table_name       VARCHAR NOT NULL,
        expectation      VARCHAR NOT NULL,
        column_name      VARCHAR,
        severity         VARCHAR NOT NULL,   -- error (blocks publishing) / warning
        success          BOOLEAN NOT NULL,
        observed_value   VARCHAR,
        unexpected_count BIGINT,
        element_count    BIGINT,
        evaluated_at     TIMESTAMP NOT NULL  -- UTC
    )
    """,
)


def store_outcomes(
    db_path: pathlib.Path, stage: str, run_id: str, outcomes: Sequence[Outcome]
) -> None:
    """Replace this run's rows for the stage with `outcomes`, in one transaction."""
    rows = [
        (
            run_id,
            stage,
            outcome.suite,
            outcome.table,
            outcome.expectation,
            outcome.column,
            outcome.severity,
            outcome.success,
            outcome.observed_value,
            outcome.unexpected_count,
            outcome.element_count,
            outcome.evaluated_at.astimezone(dt.timezone.utc).replace(tzinfo=None),
        )
        for outcome in outcomes
    ]
    insert = (
        f"INSERT INTO {RESULTS_TABLE} ({', '.join(_COLUMNS)}) "
        f"VALUES ({', '.join('?' for _ in _COLUMNS)})"
    )
    with closing(duckdb.connect(str(db_path))) as connection:
        for statement in _DDL:
            connection.execute(statement)
        connection.execute("BEGIN TRANSACTION")
        connection.execute(
            f"DELETE FROM {RESULTS_TABLE} WHERE run_id = ? AND stage = ?", [run_id, stage]
        )
        if rows:
            connection.executemany(insert, rows)
        connection.execute("COMMIT")
