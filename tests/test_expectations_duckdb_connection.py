"""GX on a real DuckDB file: metrics come back only with one persisted connection, and it is released."""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys

import duckdb
import pytest

from expectations.duckdb_connection import close_duckdb_connections, keep_one_duckdb_connection

os.environ["GX_ANALYTICS_ENABLED"] = "false"
gx = pytest.importorskip("great_expectations")
engine_module = pytest.importorskip("great_expectations.execution_engine.sqlalchemy_execution_engine")


@pytest.fixture
def figures_file(tmp_path: pathlib.Path) -> pathlib.Path:
    """A DuckDB file with 10,000 figure values in the default schema (no reflection workaround needed)."""
    path = tmp_path / "figures.duckdb"
    with duckdb.connect(str(path)) as connection:
        connection.execute(
            "CREATE TABLE figures AS SELECT range AS figure_no, range * 1.5 AS value FROM range(10000)"
        )
    return path


@pytest.fixture
def without_duckdb_workaround(monkeypatch: pytest.MonkeyPatch) -> None:
    """GX as shipped: DuckDB not among the dialects whose connection is persisted."""
    shipped = tuple(
        dialect for dialect in engine_module._PERSISTED_CONNECTION_DIALECTS if dialect != "duckdb"
    )
    monkeypatch.setattr(engine_module, "_PERSISTED_CONNECTION_DIALECTS", shipped)


def validate_value_not_null(path: pathlib.Path) -> tuple[object, object]:
    """Validate one expectation on `figures`; return the result and the datasource used."""
    context = gx.get_context(mode="ephemeral")
    datasource = context.data_sources.add_sql(name="db", connection_string=f"duckdb:///{path}")
    batch = datasource.add_table_asset(name="figures", table_name="figures").add_batch_definition_whole_table(
        "whole_table"
    )
    suite = gx.ExpectationSuite(
        name="figures", expectations=[gx.expectations.ExpectColumnValuesToNotBeNull(column="value")]
    )
    try:
        result = batch.get_batch().validate(suite)
    finally:
        close_duckdb_connections(datasource)
    return result.results[0], datasource


def test_gx_gets_no_metrics_from_duckdb_without_the_workaround(
    figures_file: pathlib.Path, without_duckdb_workaround: None
) -> None:
    result, _ = validate_value_not_null(figures_file)

    assert result.success is False
    assert "list index out of range" in str(result.exception_info)


def test_gx_computes_metrics_on_duckdb_with_one_persisted_connection(
    figures_file: pathlib.Path, without_duckdb_workaround: None
) -> None:
    keep_one_duckdb_connection()

    result, _ = validate_value_not_null(figures_file)

    assert result.success is True
    assert result.result["element_count"] == 10000
    assert result.result["unexpected_count"] == 0


def test_keeping_the_connection_is_idempotent(without_duckdb_workaround: None) -> None:
    keep_one_duckdb_connection()
    keep_one_duckdb_connection()

    assert sum(d == "duckdb" for d in engine_module._PERSISTED_CONNECTION_DIALECTS) == 1


def test_another_process_can_write_the_file_once_connections_are_closed(
    figures_file: pathlib.Path,
) -> None:
    keep_one_duckdb_connection()
    validate_value_not_null(figures_file)

    writer = subprocess.run(
        [sys.executable, "-c", "import duckdb, sys; duckdb.connect(sys.argv[1]).execute('CREATE TABLE published (x INT)')", str(figures_file)],
        capture_output=True,
        text=True,
        timeout=60,
    )  # fmt: skip

    assert writer.returncode == 0, writer.stderr
