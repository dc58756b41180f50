"""GX on a DuckDB table outside `main`: its columns are found only through the schema-aware fallback."""

from __future__ import annotations

import os
import pathlib
import warnings

import duckdb
import pytest

from expectations.duckdb_connection import close_duckdb_connections, keep_one_duckdb_connection
from expectations.duckdb_reflection import reflect_duckdb_columns_by_schema

os.environ["GX_ANALYTICS_ENABLED"] = "false"
gx = pytest.importorskip("great_expectations")
metrics_util = pytest.importorskip("great_expectations.expectations.metrics.util")


@pytest.fixture
def raw_figures_file(tmp_path: pathlib.Path) -> pathlib.Path:
    path = tmp_path / "build.duckdb"  # not raw.duckdb: a catalog named like a schema is ambiguous
    with duckdb.connect(str(path)) as connection:
        connection.execute("CREATE SCHEMA raw")
        connection.execute("CREATE TABLE raw.figures AS SELECT range AS figure_no FROM range(100)")
    return path


@pytest.fixture
def shipped_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    """GX's own reflection fallback, whatever an earlier test installed."""
    fallback = metrics_util.column_reflection_fallback
    while getattr(fallback, "handles_duckdb_schemas", False):
        fallback = fallback.__closure__[0].cell_contents
    monkeypatch.setattr(metrics_util, "column_reflection_fallback", fallback)


def figure_no_is_unique(path: pathlib.Path) -> object:
    keep_one_duckdb_connection()
    context = gx.get_context(mode="ephemeral")
    datasource = context.data_sources.add_sql(name="db", connection_string=f"duckdb:///{path}")
    with warnings.catch_warnings():  # schema_name is deprecated; DuckDB has no other way here
        warnings.simplefilter("ignore", DeprecationWarning)
        asset = datasource.add_table_asset(name="raw.figures", table_name="figures", schema_name="raw")
    suite = gx.ExpectationSuite(
        name="figures", expectations=[gx.expectations.ExpectColumnValuesToBeUnique(column="figure_no")]
    )
    try:
        return asset.add_batch_definition_whole_table("all").get_batch().validate(suite).results[0]
    finally:
        close_duckdb_connections(datasource)


def test_gx_loses_the_schema_without_the_fallback(
    raw_figures_file: pathlib.Path, shipped_fallback: None
) -> None:
    result = figure_no_is_unique(raw_figures_file)

    assert result.success is False
    assert "does not exist" in str(result.exception_info)


def test_gx_finds_columns_of_a_schema_table_with_the_fallback(
    raw_figures_file: pathlib.Path, shipped_fallback: None
) -> None:
    reflect_duckdb_columns_by_schema()

    result = figure_no_is_unique(raw_figures_file)

    assert result.success is True
    assert result.result["element_count"] == 100
