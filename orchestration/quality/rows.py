"""The rows behind a failed expectation, found again with targeted SQL for the quality page.

quality.validation_results keeps counts, not rows. For the expectation types the suites use
(not null, in set, between, unique, compound unique, a > b) the failing rows can be selected
again from the same table: the suite in expectations/ says the arguments, the stored result
names the table and column. Identifiers are checked against the catalog and quoted; values
are bound as parameters.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import duckdb

from expectations.identifiers import qualified, quote

ROW_LIMIT = 50

# Beside the checked columns, what a reader needs to find the row: who, when, what, the sentence.
CONTEXT_COLUMNS = (
    "issuer", "report_year", "metric", "domain", "value", "unit", "as_written", "sentence",
    "claim_sentence", "passed", "detail", "reason", "message", "source_path", "title", "issuer_key",
    "figure_no", "doc_id",
)  # fmt: skip
DOCUMENT_COLUMNS = ("issuer", "report_year", "source_path")  # from raw.documents, by doc_id
FIGURE_COLUMNS = ("metric", "value", "unit", "sentence")  # from raw.figures: the document's figures


@dataclass
class OffendingRows:
    """Up to ROW_LIMIT rows that break one expectation, and how many there are in all."""

    columns: list[str]
    rows: list[tuple]
    total: int
    note: str = ""  # how the rows were found, or why they could not be
    why: str = ""  # the suite's reason for the expectation
    checked: list[str] = field(default_factory=list)


def table_columns(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """Every table and view of the database with its columns, in order: the identifiers we trust."""
    out: dict[str, list[str]] = {}
    for schema, table, column in con.execute(
        """
        SELECT table_schema, table_name, column_name FROM information_schema.columns
        WHERE table_catalog = current_database() ORDER BY table_schema, table_name, ordinal_position
        """
    ).fetchall():
        out.setdefault(f"{schema}.{table}", []).append(column)
    return out


def find_spec(stage: str, table: str, expectation: str, column: str | None, evaluated_at: dt.datetime):
    """The suite's ExpectationSpec behind a stored result (the suite as it was built for that year)."""
    from expectations.runner import SUITES

    if stage not in SUITES:
        return None
    for spec in SUITES[stage](evaluated_at.year):
        if (spec.table, spec.expectation, spec.column) == (table, expectation, column):
            return spec
    return None


def _condition(spec: Any, catalog: dict[str, list[str]]) -> tuple[str, list[Any], list[str]] | None:
    """SQL condition on alias `t` selecting the failing rows, its parameters, the checked columns."""
    from expectations.specs import ValuesFromTable

    kwargs = spec.kwargs
    kind = spec.expectation
    if kind == "expect_column_values_to_not_be_null":
        return f"t.{quote(kwargs['column'])} IS NULL", [], [kwargs["column"]]
    if kind == "expect_column_values_to_be_in_set":
        column = quote(kwargs["column"])
        values = kwargs["value_set"]
        if isinstance(values, ValuesFromTable):
            if values.column not in catalog.get(values.table, []):
                return None
            ref = quote(values.column)
            return (
                f"t.{column} IS NOT NULL AND t.{column} NOT IN "
                f"(SELECT {ref} FROM {qualified(values.table)} WHERE {ref} IS NOT NULL)",
                [],
                [kwargs["column"]],
            )
        values = list(values)
        if not values:
            return f"t.{column} IS NOT NULL", [], [kwargs["column"]]
        marks = ", ".join("?" for _ in values)
        return f"t.{column} IS NOT NULL AND t.{column} NOT IN ({marks})", values, [kwargs["column"]]
    if kind == "expect_column_values_to_be_between":
        column = quote(kwargs["column"])
        # A bound may be open (None): span_start has a lower one only.
        bounds = [(op, kwargs[key]) for op, key in (("<", "min_value"), (">", "max_value")) if kwargs[key] is not None]
        outside = " OR ".join(f"t.{column} {op} ?" for op, _ in bounds)
        return f"t.{column} IS NOT NULL AND ({outside})", [value for _, value in bounds], [kwargs["column"]]
    if kind in ("expect_column_values_to_be_unique", "expect_compound_columns_to_be_unique"):
        if "column" in kwargs:  # GX ignores nulls for a single column
            return f't."_zhifa_copies" > 1 AND t.{quote(kwargs["column"])} IS NOT NULL', [], [kwargs["column"]]
        return 't."_zhifa_copies" > 1', [], list(kwargs["column_list"])
    if kind == "expect_column_pair_values_a_to_be_greater_than_b":
        a, b = quote(kwargs["column_A"]), quote(kwargs["column_B"])
        op = ">=" if kwargs.get("or_equal") else ">"
        return (
            f"NOT (t.{a} IS NULL AND t.{b} IS NULL) AND NOT coalesce(t.{a} {op} t.{b}, false)",
            [],
            [kwargs["column_A"], kwargs["column_B"]],
        )
    return None


def find_offending_rows(
    con: duckdb.DuckDBPyConnection,
    catalog: dict[str, list[str]],
    stage: str,
    table: str,
    expectation: str,
    column: str | None,
    evaluated_at: dt.datetime,
) -> OffendingRows:
    spec = find_spec(stage, table, expectation, column, evaluated_at)
    if spec is None:
        return OffendingRows([], [], 0, note="no suite entry for this result; rows not looked up")
    if table not in catalog:
        return OffendingRows([], [], 0, note=f"{table} is not in the database", why=spec.why)
    base_columns = catalog[table]
    found = _condition(spec, catalog)
    if found is None:
        return OffendingRows([], [], 0, note=f"{expectation}: rows cannot be looked up", why=spec.why)
    condition, params, checked = found
    if any(c not in base_columns for c in [*checked, *spec.where]):
        return OffendingRows([], [], 0, note="a checked column is not in the table", why=spec.why)
    for where_column, value in spec.where.items():
        condition += f" AND t.{quote(where_column)} = ?"
        params.append(value)

    source = qualified(table)
    if "_zhifa_copies" in condition:
        partition = ", ".join(quote(c) for c in checked)
        source = f"(SELECT *, count(*) OVER (PARTITION BY {partition}) AS \"_zhifa_copies\" FROM {qualified(table)})"

    selected, labels, joins = _display_columns(table, base_columns, checked, catalog)
    total = con.execute(f"SELECT count(*) FROM {source} AS t WHERE {condition}", params).fetchall()[0][0]
    order = ", ".join(f"t.{quote(c)}" for c in checked)
    rows = con.execute(
        f"SELECT {', '.join(selected)} FROM {source} AS t {' '.join(joins)} "
        f"WHERE {condition} ORDER BY {order} NULLS FIRST LIMIT {ROW_LIMIT}",
        params,
    ).fetchall()
    note = "" if not joins else "document columns from raw.documents, figures from raw.figures (one row per figure)"
    return OffendingRows(labels, rows, int(total), note=note, why=spec.why, checked=checked)


def _display_columns(
    table: str, base_columns: list[str], checked: list[str], catalog: dict[str, list[str]]
) -> tuple[list[str], list[str], list[str]]:
    """SELECT expressions, their labels, and the joins that add who/when/sentence to a row:
    the checked columns first, then the context in CONTEXT_COLUMNS order, wherever it comes from."""
    expressions = {c: f"t.{quote(c)}" for c in base_columns if c in checked or c in CONTEXT_COLUMNS}
    joins: list[str] = []
    if "doc_id" in base_columns and table != "raw.documents" and "raw.documents" in catalog:
        extra = [c for c in DOCUMENT_COLUMNS if c not in expressions and c in catalog["raw.documents"]]
        if extra:
            # one row per doc_id, even when the failure is exactly that doc_id is not unique
            joins.append('LEFT JOIN (SELECT DISTINCT ON ("doc_id") * FROM "raw"."documents") AS d ON d."doc_id" = t."doc_id"')
            expressions.update({c: f"d.{quote(c)}" for c in extra})
    if "doc_id" in base_columns and "sentence" not in base_columns and "raw.figures" in catalog:
        extra = [c for c in FIGURE_COLUMNS if c not in expressions and c in catalog["raw.figures"]]
        if extra:
            joins.append('LEFT JOIN "raw"."figures" AS f ON f."doc_id" = t."doc_id"')
            expressions.update({c: f"f.{quote(c)}" for c in extra})
    labels = [*checked, *(c for c in CONTEXT_COLUMNS if c in expressions and c not in checked)]
    return [expressions[c] for c in labels], labels, joins
