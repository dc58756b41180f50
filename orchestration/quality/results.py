"""The stored validation results read back for the quality page: each run with its pass counts
and failures, the last run's failures with their rows, and the tables a reader checks beside
them (quarantine, claims that disagree, reports that disagree with themselves).

Read from the build database (the last run, even one whose audits blocked publishing),
falling back to the published warehouse, always read-only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from expectations.contract import STAGES
from expectations.results_table import RESULTS_TABLE
from orchestration.quality.rows import Failure, OffendingRows, offending_rows, table_columns
from orchestration.settings import Settings


@dataclass
class Run:
    run_id: str
    evaluated_at: dt.datetime
    stages: dict[str, tuple[int, int]]  # stage: (passed, total)
    failures: list[Failure]

    @property
    def passed(self) -> int:
        return sum(p for p, _ in self.stages.values())

    @property
    def total(self) -> int:
        return sum(t for _, t in self.stages.values())

    @property
    def blocking(self) -> list[Failure]:
        return [f for f in self.failures if f.severity == "error"]


@dataclass
class QualityData:
    source: Path
    runs: list[Run]  # oldest first
    published_run_id: str | None
    # None: the table is not in the database (the run stopped before building it)
    quarantine: list[tuple] | None = None
    claims: list[tuple] | None = None
    consistency: list[tuple] | None = None
    # Data Docs validation pages of the last run: (table, path relative to the quality folder)
    docs_pages: list[tuple[str, str]] = field(default_factory=list)

    @property
    def last(self) -> Run | None:
        return self.runs[-1] if self.runs else None


QUARANTINE_COLUMNS = ("source_path", "reason", "message", "quarantined_at")
CLAIM_COLUMNS = (
    "issuer", "report_year", "metric", "domain", "value", "unit", "prior_year_value", "pct_change",
    "claimed_pct_change", "claim_gap_pp", "claim_sentence", "source_path",
)  # fmt: skip
CONSISTENCY_COLUMNS = ("issuer", "report_year", "check_id", "domain", "metric", "expected_value", "actual_value", "detail", "source_path")


def load_quality_data(settings: Settings) -> QualityData | None:
    """From the build database when it can be opened, else the published one; None without results."""
    published_run = _last_run_id(settings.published_db)
    for path, con in settings.last_run_databases():
        data = _load(con, path, published_run)
        if data is not None:
            return data
    return None


def _last_run_id(path: Path) -> str | None:
    if not path.exists():
        return None
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error:
        return None
    try:
        if RESULTS_TABLE not in table_columns(con):
            return None
        row = con.execute(
            "SELECT run_id FROM quality.validation_results GROUP BY run_id ORDER BY min(evaluated_at) DESC LIMIT 1"
        ).fetchone()
        return row[0] if row else None
    finally:
        con.close()


def _load(con: duckdb.DuckDBPyConnection, path: Path, published_run: str | None) -> QualityData | None:
    catalog = table_columns(con)
    if RESULTS_TABLE not in catalog:
        return None
    runs = _runs(con)
    if not runs:
        return None
    last = runs[-1]
    for failure in last.failures:
        try:
            failure.rows = offending_rows(con, catalog, failure)
        except duckdb.Error as error:  # one bad lookup must not cost the whole page
            failure.rows = OffendingRows([], [], 0, note=f"rows could not be looked up: {error}")
    return QualityData(
        source=path,
        runs=runs,
        published_run_id=published_run,
        quarantine=_select(con, catalog, "raw.quarantine", QUARANTINE_COLUMNS, "SELECT {cols} FROM raw.quarantine ORDER BY source_path"),
        claims=_select(
            con, catalog, "marts.fct_metric_yoy", CLAIM_COLUMNS,
            """
            SELECT coalesce(i.issuer, y.issuer_key), y.report_year, y.metric, y.domain, y.value, y.unit,
                   y.prior_year_value, y.pct_change, y.claimed_pct_change, y.claim_gap_pp, y.claim_sentence,
                   d.source_path
            FROM marts.fct_metric_yoy AS y
            LEFT JOIN marts.dim_issuer AS i USING (issuer_key)
            LEFT JOIN marts.dim_document AS d ON d.doc_id = y.claim_doc_id
            WHERE y.claim_consistent = false
            ORDER BY y.issuer_key, y.report_year, y.metric, y.domain
            """,
            needs=("marts.dim_issuer", "marts.dim_document"),
        ),
        consistency=_select(
            con, catalog, "marts.fct_consistency_check", CONSISTENCY_COLUMNS,
            """
            SELECT coalesce(i.issuer, c.issuer_key), c.report_year, c.check_id, c.domain, c.metric,
                   c.expected_value, c.actual_value, c.detail, d.source_path
            FROM marts.fct_consistency_check AS c
            LEFT JOIN marts.dim_issuer AS i USING (issuer_key)
            LEFT JOIN marts.dim_document AS d USING (doc_id)
            WHERE NOT c.passed
            ORDER BY c.issuer_key, c.report_year, c.check_id
            """,
            needs=("marts.dim_issuer", "marts.dim_document"),
        ),
    )  # fmt: skip


def _select(con, catalog, table: str, columns, sql: str, needs: tuple[str, ...] = ()) -> list[tuple] | None:
    """The rows of a fixed query, or None when a table it reads is missing (a run that stopped early)."""
    if any(t not in catalog for t in (table, *needs)):
        return None
    try:
        return con.execute(sql.replace("{cols}", ", ".join(columns))).fetchall()
    except duckdb.Error:
        return None


def _runs(con: duckdb.DuckDBPyConnection) -> list[Run]:
    runs: dict[str, Run] = {}
    for run_id, evaluated_at, stage, passed, total in con.execute(
        """
        SELECT run_id, min(min(evaluated_at)) OVER (PARTITION BY run_id), stage,
               count(*) FILTER (WHERE success), count(*)
        FROM quality.validation_results
        GROUP BY run_id, stage
        ORDER BY 2, run_id
        """
    ).fetchall():
        run = runs.setdefault(run_id, Run(run_id, evaluated_at, {}, []))
        run.stages[stage] = (passed, total)
    for row in con.execute(
        """
        SELECT run_id, stage, table_name, expectation, column_name, severity, observed_value,
               unexpected_count, element_count, evaluated_at
        FROM quality.validation_results WHERE NOT success
        ORDER BY CASE severity WHEN 'error' THEN 0 ELSE 1 END, table_name, expectation, column_name
        """
    ).fetchall():
        runs[row[0]].failures.append(Failure(*row))
    for run in runs.values():
        run.stages = {s: run.stages[s] for s in (*STAGES, *sorted(set(run.stages) - set(STAGES))) if s in run.stages}
    return sorted(runs.values(), key=lambda r: r.evaluated_at)
