"""quality.validation_results: every outcome of every run, in the DuckDB file, for BI and the CLI;
and quality.unexpected_rows: the rows behind the latest run's failures, for the quality page."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
from collections.abc import Sequence
from contextlib import closing

import duckdb

from expectations.outcomes import Outcome

RESULTS_TABLE = "quality.validation_results"
ROWS_TABLE = "quality.unexpected_rows"
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
    # The rows the validation itself found unexpected (GX's unexpected_rows, the first ones of
    # each failed expectation): what the quality page shows, so it never restates a check. Only
    # the latest run's are kept; validation_results keeps the counts of every run.
    f"""
    CREATE TABLE IF NOT EXISTS {ROWS_TABLE} (
        run_id      VARCHAR NOT NULL,
        stage       VARCHAR NOT NULL,
        table_name  VARCHAR NOT NULL,
        expectation VARCHAR NOT NULL,
        column_name VARCHAR,
        row_no      INTEGER NOT NULL,   -- in the order the validation returned them
        row_values  VARCHAR NOT NULL    -- a JSON object: column -> value
    )
    """,
)


def store_outcomes(
    db_path: pathlib.Path, stage: str, run_id: str, outcomes: Sequence[Outcome]
) -> None:
    """Replace this run's rows for the stage with `outcomes`, and the unexpected rows kept so far
    (an earlier run's, this run's of the stage) with theirs, in one transaction."""
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
    unexpected = [
        (run_id, stage, outcome.table, outcome.expectation, outcome.column, row_no,
         json.dumps(row, ensure_ascii=False))
        for outcome in outcomes
        if not outcome.success
        for row_no, row in enumerate(outcome.unexpected_rows)
    ]  # fmt: skip
    with closing(duckdb.connect(str(db_path))) as connection:
        for statement in _DDL:
            connection.execute(statement)
        connection.execute("BEGIN TRANSACTION")
        connection.execute(
            f"DELETE FROM {RESULTS_TABLE} WHERE run_id = ? AND stage = ?", [run_id, stage]
        )
        if rows:
            connection.executemany(insert, rows)
        connection.execute(
            f"DELETE FROM {ROWS_TABLE} WHERE run_id <> ? OR stage = ?", [run_id, stage]
        )
        if unexpected:
            connection.executemany(f"INSERT INTO {ROWS_TABLE} VALUES (?, ?, ?, ?, ?, ?, ?)", unexpected)
        connection.execute("COMMIT")
