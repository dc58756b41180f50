"""The rows behind a failed expectation, as the validation itself found them, for the quality page.

The runner keeps the first rows GX found unexpected (quality.unexpected_rows, whole rows found
by GX's own condition), so the page shows what the check saw and never restates what it means.
Here they are placed by their document: who published it, which year, which file, and (for a
document) its figures with their sentences, looked up by doc_id.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import duckdb

from expectations.identifiers import qualified, quote
from expectations.results_table import ROWS_TABLE
from expectations.runner import ROWS_KEPT, SUITES
from expectations.specs import ExpectationSpec

ROW_LIMIT = ROWS_KEPT  # rows shown per failure (a document's figures count one each)

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
    note: str = ""  # how the rows were found, or why there are none
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


def find_spec(stage: str, table: str, expectation: str, column: str | None, evaluated_at: dt.datetime) -> ExpectationSpec | None:
    """The suite's ExpectationSpec behind a stored result (the suite as it was built for that year)."""
    if stage not in SUITES:
        return None
    for spec in SUITES[stage](evaluated_at.year):
        if (spec.table, spec.expectation, spec.column) == (table, expectation, column):
            return spec
    return None


@dataclass
class Failure:
    """One expectation that failed in one run."""

    run_id: str
    stage: str
    table: str
    expectation: str
    column: str | None
    severity: str
    observed: str | None
    unexpected_count: int | None
    element_count: int | None
    evaluated_at: dt.datetime
    rows: OffendingRows | None = None  # looked up for the last run only


def offending_rows(con: duckdb.DuckDBPyConnection, catalog: dict[str, list[str]], failure: Failure) -> OffendingRows:
    """The rows the validation kept for a failed result, placed by their document."""
    spec = find_spec(failure.stage, failure.table, failure.expectation, failure.column, failure.evaluated_at)
    why = spec.why if spec else ""
    found = _stored_rows(con, catalog, failure)
    if not found:
        if spec is None:
            note = "no suite entry for this result; rows not looked up"
        elif failure.unexpected_count:
            note = "the validation kept no rows for this result"
        else:
            note = f"{failure.expectation}: the validation returns no rows for it"
        return OffendingRows([], [], 0, note=note, why=why)
    checked = [c.strip() for c in (failure.column or "").split(",") if c.strip()]
    shown, columns, note = _placed(con, catalog, failure.table, found, checked)
    # Rows whose checked values are missing first (a null is often the failure), then in order.
    shown.sort(key=lambda row: tuple((row.get(c) is not None, row.get(c)) for c in checked))
    rows = [tuple(row.get(c) for c in columns) for row in shown[:ROW_LIMIT]]
    total = failure.unexpected_count if failure.unexpected_count is not None else len(found)
    return OffendingRows(columns, rows, int(total), note=note, why=why, checked=checked)


def _stored_rows(con: duckdb.DuckDBPyConnection, catalog: dict[str, list[str]], failure: Failure) -> list[dict[str, Any]]:
    if ROWS_TABLE not in catalog:
        return []
    return [
        json.loads(values)
        for (values,) in con.execute(
            f"""
            SELECT row_values FROM {qualified(ROWS_TABLE)}
            WHERE run_id = ? AND stage = ? AND table_name = ? AND expectation = ?
              AND column_name IS NOT DISTINCT FROM ?
            ORDER BY row_no
            """,
            [failure.run_id, failure.stage, failure.table, failure.expectation, failure.column],
        ).fetchall()
    ]


def _placed(
    con: duckdb.DuckDBPyConnection, catalog: dict[str, list[str]], table: str, found: list[dict[str, Any]], checked: list[str]
) -> tuple[list[dict[str, Any]], list[str], str]:
    """The rows with who/when/sentence added from their document, the columns to show (the
    checked ones first, then the context in CONTEXT_COLUMNS order), and a note on the lookup."""
    present = set().union(*(row.keys() for row in found))
    rows = [dict(row) for row in found]
    ids = sorted({row["doc_id"] for row in rows if row.get("doc_id") is not None})
    added: list[str] = []
    if "doc_id" in present and table != "raw.documents":
        extra = [c for c in DOCUMENT_COLUMNS if c not in present and c in catalog.get("raw.documents", [])]
        if extra:
            documents = _by_document(con, catalog, "raw.documents", extra, ids)
            empty = [(None,) * len(extra)]
            rows = [{**row, **dict(zip(extra, documents.get(row.get("doc_id"), empty)[0]))} for row in rows]
            added += extra
    if "doc_id" in present and "sentence" not in present:
        extra = [c for c in FIGURE_COLUMNS if c not in present and c not in added and c in catalog.get("raw.figures", [])]
        if extra:
            figures = _by_document(con, catalog, "raw.figures", extra, ids)
            empty = [(None,) * len(extra)]
            rows = [{**row, **dict(zip(extra, figure))} for row in rows for figure in figures.get(row.get("doc_id"), empty)]
            added += extra
    shown = present | set(added)
    columns = [*checked, *(c for c in CONTEXT_COLUMNS if c in shown and c not in checked)]
    note = "document columns from raw.documents, figures from raw.figures (one row per figure)" if added else ""
    return rows, columns, note


def _by_document(
    con: duckdb.DuckDBPyConnection, catalog: dict[str, list[str]], table: str, columns: Sequence[str], ids: list[str]
) -> dict[str, list[tuple]]:
    """`columns` of `table` for each doc_id, in order: a document's figures by number, a
    document loaded under several paths by path (the page shows its first)."""
    if not ids:
        return {}
    order = ", ".join(quote(c) for c in ("doc_id", "source_path", "figure_no") if c in catalog[table])
    rows = con.execute(
        f"SELECT doc_id, {', '.join(quote(c) for c in columns)} FROM {qualified(table)} "
        f"WHERE doc_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY {order}",
        [ids],
    ).fetchall()
    out: dict[str, list[tuple]] = {}
    for doc_id, *values in rows:
        out.setdefault(doc_id, []).append(tuple(values))
    return out
