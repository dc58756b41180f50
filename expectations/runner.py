"""Validate one stage of the warehouse with Great Expectations, render Data Docs, store the outcomes.

Validation runs as SQL inside DuckDB (a GX SQL datasource on the file); nothing is pulled into
pandas. Great Expectations is imported only when a stage is validated: the import takes seconds.
"""

from __future__ import annotations

import datetime as dt
import functools
import pathlib
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import closing
from typing import Any
from urllib.parse import urlencode

import duckdb

from expectations.contract import STAGES, gx_suite
from expectations.data_docs_assets import localize
from expectations.duckdb_connection import close_duckdb_connections
from expectations.gx_context import DOCS_SITE, ephemeral_context, forget_earlier_results
from expectations.identifiers import qualified, quote
from expectations.outcomes import (
    TABLE_EXISTS,
    Outcome,
    StageResult,
    failed_before_validation,
    from_gx_result,
    table_missing,
)
from expectations.results_table import RESULTS_TABLE, store_outcomes
from expectations.specs import ERROR, ExpectationSpec, ValuesFromTable

__all__ = [
    "RESULTS_TABLE",
    "SUITES",
    "TABLE_EXISTS",
    "Outcome",
    "StageResult",
    "stage_names",
    "validate_stage",
]

# Each stage's suite, made from the GX rules of the warehouse contract for the given year.
SUITES: Mapping[str, Callable[[int | None], list[ExpectationSpec]]] = {
    stage: functools.partial(gx_suite, stage) for stage in STAGES
}
_CONSEQUENCE = {"error": "a failure blocks publishing", "warning": "a failure is reported only"}
# Counts and a sample of values per expectation, and the first rows it found unexpected,
# whole: found by GX's own condition (the row filter included), so whoever shows them (the
# quality page) never restates what a check means. A compound key's rows come only this way
# on SQL; GX's unexpected_index_query leaves the row filter out.
ROWS_KEPT = 50
RESULT_FORMAT = {"result_format": "SUMMARY", "include_unexpected_rows": True, "partial_unexpected_count": ROWS_KEPT}

Checks = Mapping[int, tuple[ExpectationSpec, dict[str, Any]]]  # spec index -> spec, GX arguments


def stage_names() -> tuple[str, ...]:
    return tuple(SUITES)


def validate_stage(
    db_path: pathlib.Path,
    stage: str,
    run_id: str,
    docs_dir: pathlib.Path,
    connection_config: Mapping[str, object] | None = None,
) -> StageResult:
    """Validate every table of `stage` in the DuckDB file, render Data Docs into `docs_dir`,
    append the outcomes to quality.validation_results (replacing this run's earlier ones for the
    stage), and return them. Every connection to the file is closed when this returns.
    `connection_config` is DuckDB configuration for the connection GX validates through (the
    pipeline's memory cap).

    The caller must not hold a connection to `db_path` while this runs: DuckDB refuses a second
    connection with another configuration, even in the same process. One `docs_dir` serves all
    stages: each call replaces its own stage's pages and keeps the others'. Name the database
    file after none of its schemas (`raw.duckdb` makes `raw.figures` ambiguous).
    """
    if stage not in SUITES:
        raise ValueError(f"unknown stage {stage!r}; expected one of {', '.join(SUITES)}")
    db_path = pathlib.Path(db_path).resolve()
    if not db_path.is_file():
        raise FileNotFoundError(f"no DuckDB file at {db_path}")
    docs_dir = pathlib.Path(docs_dir).resolve()
    evaluated_at = dt.datetime.now(dt.timezone.utc)
    specs = SUITES[stage](evaluated_at.year)

    existing, value_sets = _read_catalog(db_path, specs)
    outcomes, runnable = _split_unrunnable(specs, existing, value_sets, evaluated_at)
    suite_names = {spec.table for spec in specs}
    outcomes.update(
        _validate_with_gx(
            _connection_string(db_path, connection_config or {}),
            stage, run_id, runnable, suite_names, docs_dir, evaluated_at,
        )
    )  # fmt: skip
    ordered = [outcomes[index] for index in sorted(outcomes)]
    store_outcomes(db_path, stage, run_id, ordered)
    return StageResult(stage=stage, run_id=run_id, outcomes=ordered)


def _read_catalog(
    db_path: pathlib.Path, specs: Sequence[ExpectationSpec]
) -> tuple[set[str], dict[ValuesFromTable, list[Any]]]:
    """The tables and views in the file, and every referenced value set that can be read."""
    references = {
        value
        for spec in specs
        for value in spec.kwargs.values()
        if isinstance(value, ValuesFromTable)
    }
    with closing(duckdb.connect(str(db_path))) as connection:
        existing = {
            f"{schema}.{name}"
            for schema, name in connection.execute(
                "SELECT table_schema, table_name FROM information_schema.tables "
                "WHERE table_catalog = current_database()"
            ).fetchall()
        }
        value_sets = {}
        for reference in references:
            if reference.table in existing:
                column = quote(reference.column)
                rows = connection.execute(
                    f"SELECT DISTINCT {column} FROM {qualified(reference.table)} "
                    f"WHERE {column} IS NOT NULL ORDER BY 1"
                ).fetchall()
                value_sets[reference] = [value for (value,) in rows]
    return existing, value_sets


def _split_unrunnable(
    specs: Sequence[ExpectationSpec],
    existing: set[str],
    value_sets: Mapping[ValuesFromTable, list[Any]],
    evaluated_at: dt.datetime,
) -> tuple[dict[int, Outcome], dict[int, tuple[ExpectationSpec, dict[str, Any]]]]:
    """By spec index: failed outcomes for what cannot run (one per missing table, one per
    expectation whose reference table is missing), and GX arguments for everything else."""
    outcomes: dict[int, Outcome] = {}
    runnable: dict[int, tuple[ExpectationSpec, dict[str, Any]]] = {}
    reported_missing: set[str] = set()
    for index, spec in enumerate(specs):
        if spec.table not in existing:
            if spec.table not in reported_missing:
                reported_missing.add(spec.table)
                outcomes[index] = table_missing(spec.table, evaluated_at)
            continue
        kwargs, missing_reference = _resolve(spec, value_sets)
        if missing_reference is None:
            runnable[index] = (spec, kwargs)
        else:
            outcomes[index] = failed_before_validation(
                spec, f"reference table {missing_reference} does not exist", evaluated_at
            )
    return outcomes, runnable


def _resolve(
    spec: ExpectationSpec, value_sets: Mapping[ValuesFromTable, list[Any]]
) -> tuple[dict[str, Any], str | None]:
    """The spec's GX arguments with value sets filled in, or the table a reference is missing."""
    kwargs = dict(spec.kwargs)
    for name, value in spec.kwargs.items():
        if isinstance(value, ValuesFromTable):
            if value not in value_sets:
                return kwargs, value.table
            kwargs[name] = value_sets[value]
    return kwargs, None


def _validate_with_gx(
    connection_string: str,
    stage: str,
    run_id: str,
    checks: Checks,
    suite_names: Iterable[str],
    docs_dir: pathlib.Path,
    evaluated_at: dt.datetime,
) -> dict[int, Outcome]:
    """Run `checks` as one checkpoint, one suite per table, then render Data Docs for this stage
    (the index keeps the other stages' pages) with their CDN assets served from `docs_dir`."""
    docs_dir.mkdir(parents=True, exist_ok=True)
    context = ephemeral_context(docs_dir)
    forget_earlier_results(context, suite_names)
    if not checks:
        context.build_data_docs(site_names=[DOCS_SITE])
        localize(docs_dir)
        return {}

    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
    )

    by_table: dict[str, list[Any]] = {}
    for index, (spec, kwargs) in checks.items():
        by_table.setdefault(spec.table, []).append(_to_gx(index, spec, kwargs))
    datasource = context.data_sources.add_sql(name="zhifa", connection_string=connection_string)
    try:
        result = _run_checkpoint(context, datasource, stage, run_id, by_table, evaluated_at)
    finally:
        close_duckdb_connections(datasource)
    context.build_data_docs(
        site_names=[DOCS_SITE],
        resource_identifiers=[
            *result.run_results,
            *(ExpectationSuiteIdentifier(name=table) for table in by_table),
        ],
    )
    localize(docs_dir)
    return {
        expectation_result.expectation_config.meta["check"]: from_gx_result(
            checks[expectation_result.expectation_config.meta["check"]][0],
            expectation_result,
            evaluated_at,
        )
        for suite_result in result.run_results.values()
        for expectation_result in suite_result.results
    }


def _connection_string(db_path: pathlib.Path, config: Mapping[str, object]) -> str:
    """The SQLAlchemy URL of the file for GX, with DuckDB configuration in its query, which
    duckdb-engine passes on: the pipeline caps memory like every DuckDB of a run (uncapped,
    the audits of a 50,000-report warehouse took 300 MB more than those of 1,000 reports)."""
    return f"duckdb:///{db_path}" + (f"?{urlencode(config)}" if config else "")


def _to_gx(index: int, spec: ExpectationSpec, kwargs: dict[str, Any]) -> Any:
    """The GX expectation for a spec; `meta["check"]` leads its result back to the spec."""
    from great_expectations.expectations.metadata_types import FailureSeverity
    from great_expectations.expectations.registry import get_expectation_impl
    from great_expectations.expectations.row_conditions import Column

    if spec.where:
        conditions = [Column(column) == value for column, value in spec.where.items()]
        condition = conditions[0]
        for extra in conditions[1:]:
            condition = condition & extra
        kwargs = {**kwargs, "row_condition": condition}
    return get_expectation_impl(spec.expectation)(
        **kwargs,
        severity=FailureSeverity.CRITICAL if spec.severity == ERROR else FailureSeverity.WARNING,
        notes=f"{spec.severity.capitalize()}: {_CONSEQUENCE[spec.severity]}. {spec.why}",
        meta={"severity": spec.severity, "check": index},
    )


def _run_checkpoint(
    context: Any,
    datasource: Any,
    stage: str,
    run_id: str,
    by_table: Mapping[str, list[Any]],
    evaluated_at: dt.datetime,
) -> Any:
    """Validate each table's expectations on the whole table, as one checkpoint named for the stage."""
    import great_expectations as gx
    from great_expectations.core.run_identifier import RunIdentifier

    definitions = []
    for table, expectations in by_table.items():
        batch = _table_asset(datasource, table).add_batch_definition_whole_table(table)
        suite = context.suites.add(gx.ExpectationSuite(name=table, expectations=expectations))
        definitions.append(
            context.validation_definitions.add(
                gx.ValidationDefinition(name=table, data=batch, suite=suite)
            )
        )
    checkpoint = context.checkpoints.add(
        gx.Checkpoint(
            name=stage,
            validation_definitions=definitions,
            actions=[],  # Data Docs are built once afterwards, not once per table
            result_format=RESULT_FORMAT,
        )
    )
    return checkpoint.run(run_id=RunIdentifier(run_name=run_id, run_time=evaluated_at))


def _table_asset(datasource: Any, table: str) -> Any:
    """A GX table asset on a schema-qualified table.

    GX 1.14 deprecated `schema_name` in favour of a schema set on the connection, which the
    generic SQL datasource cannot do for DuckDB (`search_path` is per session, not a connect
    option), so the argument stays and its warning is silenced here.
    """
    schema, name = table.split(".", 1)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "`schema_name` is deprecated", DeprecationWarning)
        return datasource.add_table_asset(name=table, table_name=name, schema_name=schema)
