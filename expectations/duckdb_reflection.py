"""Let Great Expectations see the columns of a DuckDB table that lives outside the `main` schema.

Why: GX reads a table's columns through SQLAlchemy's inspector before any expectation runs.
With SQLAlchemy 2.1, duckdb-engine's inspector sends PostgreSQL's column query, which joins
`pg_catalog.pg_collation`, a table DuckDB does not have, so reflection fails. GX then falls back
to `SELECT * FROM <table> LIMIT 1` without the schema, which fails for `raw.figures`,
`staging.stg_figures` and every other table here, and every expectation on the table reports
an error. For the `duckdb` dialect the fallback below asks `information_schema.columns`
instead, with the schema, and returns names and types. Other dialects go to GX unchanged.
"""

from __future__ import annotations

from typing import Any

_COLUMNS_QUERY = """
    SELECT column_name, data_type
    FROM information_schema.columns
    WHERE table_schema = coalesce(:schema_name, current_schema()) AND table_name = :table_name
    ORDER BY ordinal_position
"""


def reflect_duckdb_columns_by_schema() -> None:
    """Route GX's column-reflection fallback for DuckDB through `information_schema`. Idempotent."""
    from great_expectations.expectations.metrics import util as metrics_util

    fallback = metrics_util.column_reflection_fallback
    if getattr(fallback, "handles_duckdb_schemas", False):
        return

    def column_reflection_fallback(
        selectable: Any, dialect: Any, sqlalchemy_engine: Any, schema_name: str | None = None
    ) -> list[dict[str, str]]:
        if dialect.name != "duckdb" or not isinstance(selectable, str):
            return fallback(selectable, dialect, sqlalchemy_engine, schema_name)
        import sqlalchemy as sa

        with sqlalchemy_engine.engine.connect() as connection:
            rows = connection.execute(
                sa.text(_COLUMNS_QUERY), {"schema_name": schema_name, "table_name": selectable}
            ).fetchall()
        return [{"name": name, "type": data_type} for name, data_type in rows]

    column_reflection_fallback.handles_duckdb_schemas = True  # type: ignore[attr-defined]
    metrics_util.column_reflection_fallback = column_reflection_fallback
