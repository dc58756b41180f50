"""Make Great Expectations hold one DuckDB connection per validation, and let go of it afterwards.

Why: GX's SqlAlchemyExecutionEngine opens a fresh pooled connection for every metric query
and returns it to the pool before fetching the rows. duckdb-engine gives every connection a
single shared cursor, so the reset on return discards the pending result and every metric
fails with "list index out of range" (upstream bug; DuckDB is not among the dialects GX
special-cases). GX already keeps ONE persisted connection on a StaticPool for SQLite and a
few others (`_PERSISTED_CONNECTION_DIALECTS`, read by `_dialect_requires_persisted_connection`
and `get_connection`); adding `duckdb` to that tuple gives DuckDB the same treatment.

DuckDB lets one process write a database file at a time, so whoever validated must close that
connection before the next step (writing results, publishing) opens the file:
`close_duckdb_connections` does it. Imports of GX stay inside functions: importing it takes
seconds.
"""

from __future__ import annotations

from typing import Any

DUCKDB_DIALECT = "duckdb"


class _DialectName(str):
    """A dialect name shaped like GX's `GXSqlDialect` members: GX matches URLs on `.value`."""

    @property
    def value(self) -> str:
        return str(self)


def keep_one_duckdb_connection() -> None:
    """Register `duckdb` as a dialect whose connection GX persists. Idempotent."""
    from great_expectations.execution_engine import sqlalchemy_execution_engine as engine_module

    persisted = engine_module._PERSISTED_CONNECTION_DIALECTS
    if any(dialect == DUCKDB_DIALECT for dialect in persisted):
        return
    engine_module._PERSISTED_CONNECTION_DIALECTS = (*persisted, _DialectName(DUCKDB_DIALECT))


def close_duckdb_connections(datasource: Any) -> None:
    """Close every connection a GX SQL datasource opened, so the DuckDB file is free again.

    `datasource` is a fluent `SQLDatasource`. It owns two SQLAlchemy engines: the execution
    engine's (which holds the persisted connection) and its own, used to check that tables exist.
    """
    execution_engine = datasource._execution_engine
    if execution_engine is not None:
        persisted = execution_engine._connection
        if persisted is not None:
            persisted.close()
            execution_engine._connection = None
        execution_engine.close()
    own_engine = datasource._engine
    if own_engine is not None:
        own_engine.dispose()
