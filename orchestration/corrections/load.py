"""raw.corrections: the corrections folder, checked, replacing what the last run loaded."""

from __future__ import annotations

from collections.abc import Sequence

import duckdb
import pyarrow as pa

from expectations.contract import arrow_schema
from orchestration.corrections.format import Correction
from orchestration.loading.ingest import replace_rows

CORRECTIONS_SCHEMA = arrow_schema("raw.corrections")


def load_corrections(con: duckdb.DuckDBPyConnection, corrections: Sequence[Correction]) -> int:
    """Replace raw.corrections with `corrections` in one transaction; returns the rows.

    The whole folder every run, as the taxonomy is: a correction taken out of the folder
    leaves the table, and dbt then rebuilds the documents it had corrected."""
    return replace_rows(con, "raw.corrections", pa.Table.from_pylist([c.as_row() for c in corrections], CORRECTIONS_SCHEMA))
