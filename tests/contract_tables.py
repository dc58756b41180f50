"""Tables for tests, built through the contracts the pipeline itself keeps: the raw tables
from expectations/contract (the DDL ingestion runs), the dbt models from their YAML contracts
(a data_type for every column, enforced on marts and bi). Rows are given by column name;
a column a test leaves out is NULL. A renamed or retyped column then breaks the test input
as it breaks the pipeline, instead of a hand-written table drifting away from both."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import duckdb
import yaml

from expectations.contract import CONTRACT, RAW_DDL
from expectations.identifiers import qualified, quote

MODELS = Path(__file__).resolve().parents[1] / "dbt_project" / "models"


def create_raw(con: duckdb.DuckDBPyConnection) -> None:
    for statement in RAW_DDL:
        con.execute(statement)


def model_columns(table: str) -> list[tuple[str, str]]:
    """(column, data_type) of a dbt model, `schema.model`, from its YAML contract."""
    schema, model = table.split(".", 1)
    spec = yaml.safe_load((MODELS / schema / f"{model}.yml").read_text(encoding="utf-8"))
    (entry,) = [m for m in spec["models"] if m["name"] == model]
    return [(c["name"], c["data_type"]) for c in entry["columns"]]


def create_model(con: duckdb.DuckDBPyConnection, table: str) -> None:
    schema = table.split(".", 1)[0]
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {quote(schema)}")
    columns = ", ".join(f"{quote(name)} {data_type}" for name, data_type in model_columns(table))
    con.execute(f"CREATE TABLE {qualified(table)} ({columns})")


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    if table in CONTRACT.tables:
        return [c.name for c in CONTRACT.tables[table].columns]
    return [name for name, _ in model_columns(table)]


def insert(con: duckdb.DuckDBPyConnection, table: str, rows: Iterable[Mapping[str, Any]]) -> None:
    """Rows by column name; a name the table does not have is an error, not a silent drop."""
    columns = _columns(con, table)
    for row in rows:
        unknown = set(row) - set(columns)
        if unknown:
            raise KeyError(f"{table} has no column {sorted(unknown)}")
        names = [c for c in columns if c in row]
        marks = ", ".join("?" for _ in names)
        con.execute(
            f"INSERT INTO {qualified(table)} ({', '.join(quote(c) for c in names)}) VALUES ({marks})",
            [row[c] for c in names],
        )
