"""validate_stage on a real DuckDB warehouse: outcomes, severities, stored results, Data Docs."""

from __future__ import annotations

import datetime as dt
import os
import pathlib
import subprocess
import sys

import duckdb
import pytest

from expectations import stage_names, validate_stage
from expectations.contract import dbt_models
from expectations.outcomes import TABLE_EXISTS
from expectations.results_table import RESULTS_TABLE
from tests.contract_tables import create_model, create_raw, insert

EXTRACTOR = "0.1.0"
JIAQU_TEXT = (
    "截至2021年底，全区共有行政执法主体42个，持证行政执法人员1126人。全年各执法部门共开展行政检查15840次；"
    "实施行政处罚1200件，其中简易程序468件、普通程序732件，罚没金额856.4万元。"
)
YIXIAN_TEXT = "全县共有行政执法主体32个，持证行政执法人员668人；全年开展行政检查9320次，同比增长8.0%。"

METRICS = [
    ("enforcement_bodies", "执法主体", "enforcement bodies", "count", "capacity"),
    ("certified_officers", "持证执法人员", "certified officers", "count", "capacity"),
    ("inspections", "行政检查", "inspections", "count", "activity"),
    ("penalty_cases", "行政处罚", "penalty cases", "count", "activity"),
    ("penalty_cases_simple", "简易程序", "penalty cases, simple procedure", "count", "activity"),
    ("penalty_cases_ordinary", "普通程序", "penalty cases, ordinary procedure", "count", "activity"),
    ("fines_amount", "罚没金额", "fines and confiscations", "money", "activity"),
    ("yoy_change_pct", "同比", "stated year-on-year change", "percent", "change"),
]
# (doc_id, as_written, value, unit, metric, domain, of_metric, parent_metric)
FIGURES = [
    ("jiaqu-2021", "42个", 42, "个", "enforcement_bodies", "all", None, None),
    ("jiaqu-2021", "1126人", 1126, "人", "certified_officers", "all", None, None),
    ("jiaqu-2021", "15840次", 15840, "次", "inspections", "all", None, None),
    ("jiaqu-2021", "1200件", 1200, "件", "penalty_cases", "all", None, None),
    ("jiaqu-2021", "468件", 468, "件", "penalty_cases_simple", "all", None, "penalty_cases"),
    ("jiaqu-2021", "732件", 732, "件", "penalty_cases_ordinary", "all", None, "penalty_cases"),
    ("jiaqu-2021", "856.4万元", 8_564_000, "元", "fines_amount", "all", None, None),
    ("yixian-2022", "32个", 32, "个", "enforcement_bodies", "all", None, None),
    ("yixian-2022", "668人", 668, "人", "certified_officers", "all", None, None),
    ("yixian-2022", "9320次", 9320, "次", "inspections", "all", None, None),
    ("yixian-2022", "8.0%", 8.0, "%", "yoy_change_pct", "all", "inspections", None),
]
DOCUMENTS = {
    "jiaqu-2021": ("sample_jiaqu_2021.txt", JIAQU_TEXT, "样例市甲区", "sample_city.jiaqu", "district", 2021),
    "yixian-2022": ("sample_yixian_2022.txt", YIXIAN_TEXT, "样例市乙县", "sample_city.yixian", "county", 2022),
}  # fmt: skip

STAGING_SQL = (
    "CREATE SCHEMA staging",
    # dbt materialises staging models as views: the runner must validate views too.
    "CREATE VIEW staging.stg_documents AS SELECT * FROM raw.documents",
    "CREATE TABLE staging.stg_figures AS SELECT * FROM raw.figures",
)
MARTS = tuple(f"marts.{name}" for name in dbt_models("marts"))
# Rows the marts hold beside those copied from raw (by column name; the rest are NULL).
YOY_ROWS = [
    {"issuer_key": "sample_city.yixian", "metric": "inspections", "domain": "all", "report_year": 2022,
     "value": 9320, "prior_year_value": 8630, "abs_change": 690, "pct_change": 8.0, "claimed_pct_change": 8.0,
     "claim_gap_pp": 0.0, "claim_consistent": True},
    {"issuer_key": "sample_city.yixian", "metric": "penalty_cases", "domain": "all", "report_year": 2022,
     "value": 636, "prior_year_value": 560, "abs_change": 76, "pct_change": 13.6},
]  # fmt: skip
CONSISTENCY_ROWS = [
    {"check_id": "penalty_simple_plus_ordinary_equals_total", "issuer_key": "sample_city.jiaqu", "report_year": 2021,
     "domain": "all", "metric": "penalty_cases", "doc_id": "jiaqu-2021", "expected_value": 1200, "actual_value": 1200,
     "passed": True, "detail": "468 + 732 = 1200"},
]  # fmt: skip


def write_marts(connection: duckdb.DuckDBPyConnection) -> None:
    """The marts as their dbt contracts declare them, filled from raw where a mart copies it."""
    for table in MARTS:
        create_model(connection, table)
    connection.execute(
        """
        INSERT INTO marts.fct_report_metric BY NAME
        SELECT d.issuer_key, d.report_year, f.metric, f.domain, f.value, f.unit, f.doc_id,
               f.span_start, f.span_end, f.sentence, 1 AS mention_count, false AS has_conflict
        FROM raw.figures f JOIN raw.documents d USING (doc_id)
        WHERE f.metric IS NOT NULL
        """
    )
    connection.execute(
        "INSERT INTO marts.dim_issuer BY NAME"
        " SELECT DISTINCT issuer_key, issuer, parent_region, admin_level FROM raw.documents"
    )
    connection.execute(
        "INSERT INTO marts.dim_document BY NAME"
        " SELECT doc_id, source_path, source_format, title, issuer_key, report_year FROM raw.documents"
    )
    connection.execute(
        "INSERT INTO marts.dim_metric BY NAME SELECT metric, name_zh, name_en, unit_kind FROM raw.metric_definitions"
    )
    insert(connection, "marts.fct_metric_yoy", YOY_ROWS)
    insert(connection, "marts.fct_consistency_check", CONSISTENCY_ROWS)


def write_raw(connection: duckdb.DuckDBPyConnection) -> None:
    create_raw(connection)
    insert(
        connection,
        "raw.metric_definitions",
        (dict(zip(("metric", "name_zh", "name_en", "unit_kind", "category"), row)) for row in METRICS),
    )
    ingested = dt.datetime(2026, 1, 20, 9, 30)
    insert(
        connection,
        "raw.documents",
        (
            {"doc_id": doc_id, "source_path": path, "source_format": "txt", "encoding": "utf-8",
             "byte_size": len(text.encode()), "text": text, "title": f"{issuer}{year}年度行政执法情况报告",
             "issuer": issuer, "issuer_key": issuer_key, "parent_region": "样例市", "admin_level": level,
             "report_year": year, "needs_review": False, "extractor_version": EXTRACTOR, "ingested_at": ingested,
             "issuer_source": "title", "body_type": "人民政府"}
            for doc_id, (path, text, issuer, issuer_key, level, year) in DOCUMENTS.items()
        ),
    )  # fmt: skip
    searched_from = dict.fromkeys(DOCUMENTS, 0)
    figures = []
    for number, (doc_id, as_written, value, unit, metric, domain, of_metric, parent) in enumerate(FIGURES, start=1):
        text = DOCUMENTS[doc_id][1]
        start = text.index(as_written, searched_from[doc_id])
        searched_from[doc_id] = start + len(as_written)
        figures.append(
            {"doc_id": doc_id, "figure_no": number, "span_start": start, "span_end": start + len(as_written),
             "as_written": as_written, "value": value, "unit": unit, "approximate": False, "metric": metric,
             "domain": domain, "of_metric": of_metric, "parent_metric": parent, "section": "一、行政执法基本情况",
             "sentence": text, "rule": "count_with_unit", "extractor_version": EXTRACTOR}
        )  # fmt: skip
    insert(connection, "raw.figures", figures)
    insert(
        connection,
        "raw.quarantine",
        [{"source_path": "scanned_2020.pdf", "sha256": "ab12", "reason": "no_text",
          "message": "the PDF has no text layer", "extractor_version": EXTRACTOR, "quarantined_at": ingested}],
    )  # fmt: skip


@pytest.fixture
def warehouse(tmp_path: pathlib.Path) -> pathlib.Path:
    """A build database with clean raw, staging and marts tables."""
    path = tmp_path / "build.duckdb"
    with duckdb.connect(str(path)) as connection:
        write_raw(connection)
        for statement in STAGING_SQL:
            connection.execute(statement)
        write_marts(connection)
    return path


@pytest.fixture
def docs_dir(tmp_path: pathlib.Path) -> pathlib.Path:
    return tmp_path / "quality"


def execute(path: pathlib.Path, *statements: str) -> None:
    with duckdb.connect(str(path)) as connection:
        for statement in statements:
            connection.execute(statement)


def stored(path: pathlib.Path, where: str = "true") -> list[tuple]:
    with duckdb.connect(str(path)) as connection:
        return connection.execute(
            f"SELECT stage, table_name, expectation, column_name, severity, success,"
            f" observed_value, unexpected_count, element_count FROM {RESULTS_TABLE} WHERE {where}"
            f" ORDER BY stage, table_name, expectation, column_name"
        ).fetchall()


def failing(result, column: str):
    return [o for o in result.failures() if o.column == column]


def test_stage_names_are_the_three_stages_in_pipeline_order() -> None:
    assert stage_names() == ("raw", "staging", "marts")


def test_a_clean_warehouse_passes_every_stage_and_stores_every_outcome(
    warehouse: pathlib.Path, docs_dir: pathlib.Path
) -> None:
    results = [validate_stage(warehouse, stage, "run-clean", docs_dir) for stage in stage_names()]

    for result in results:
        assert result.success, result.failures()
        assert result.failures() == []
        # column expectations count the rows they saw; table-level ones (row count) do not
        assert all(outcome.element_count is not None for outcome in result.outcomes if outcome.column)
    rows = stored(warehouse, "run_id = 'run-clean'")
    assert len(rows) == sum(len(result.outcomes) for result in results)
    assert {row[0] for row in rows} == {"raw", "staging", "marts"}
    assert ("raw", "raw.documents", "expect_column_values_to_be_unique", "doc_id", "error", True,
            "0 of 2 rows unexpected", 0, 2) in rows  # fmt: skip


def test_data_docs_show_every_stage_in_one_site_that_opens_from_disk(
    warehouse: pathlib.Path, docs_dir: pathlib.Path
) -> None:
    for stage in stage_names():
        validate_stage(warehouse, stage, "run-docs", docs_dir)

    index = (docs_dir / "index.html").read_text(encoding="utf-8")
    for table in ("raw/figures", "staging/stg_figures", "marts/fct_report_metric"):
        assert f"validations/{table}/run-docs/" in index
        assert (docs_dir / "expectations" / f"{table}.html").is_file()
    assert 'href="expectations/raw/documents.html"' in index  # relative: works over file://


def test_data_docs_show_the_latest_run_of_each_stage(
    warehouse: pathlib.Path, docs_dir: pathlib.Path
) -> None:
    validate_stage(warehouse, "raw", "run-old", docs_dir)
    validate_stage(warehouse, "staging", "run-old", docs_dir)
    validate_stage(warehouse, "raw", "run-new", docs_dir)

    index = (docs_dir / "index.html").read_text(encoding="utf-8")
    assert "validations/raw/figures/run-new/" in index
    assert "validations/raw/figures/run-old/" not in index
    assert "validations/staging/stg_figures/run-old/" in index
    assert not list((docs_dir / "validations" / "raw").rglob("run-old/*/*.html"))


def test_a_report_from_the_future_blocks_the_raw_stage(
    warehouse: pathlib.Path, docs_dir: pathlib.Path
) -> None:
    execute(warehouse, "UPDATE raw.documents SET report_year = 2099 WHERE doc_id = 'yixian-2022'")

    result = validate_stage(warehouse, "raw", "run-2099", docs_dir)

    assert result.success is False
    [year] = failing(result, "report_year")
    assert (year.table, year.expectation, year.severity) == (
        "raw.documents", "expect_column_values_to_be_between", "error",
    )  # fmt: skip
    assert (year.unexpected_count, year.element_count) == (1, 2)
    assert "2099" in year.observed_value
    assert [o.column for o in result.failures()] == ["report_year"]
    assert stored(warehouse, "run_id = 'run-2099' AND NOT success") == [
        ("raw", "raw.documents", "expect_column_values_to_be_between", "report_year", "error",
         False, "1 of 2 rows unexpected, e.g. 2099", 1, 2),
    ]  # fmt: skip


def test_a_fact_from_the_future_blocks_the_marts_stage(
    warehouse: pathlib.Path, docs_dir: pathlib.Path
) -> None:
    execute(warehouse, "UPDATE marts.fct_report_metric SET report_year = 2099 WHERE metric = 'inspections'")

    result = validate_stage(warehouse, "marts", "run-2099", docs_dir)

    assert result.success is False
    [year] = failing(result, "report_year")
    assert (year.table, year.unexpected_count) == ("marts.fct_report_metric", 2)


def test_metric_codes_are_read_from_the_taxonomy_when_the_stage_is_validated(
    warehouse: pathlib.Path, docs_dir: pathlib.Path
) -> None:
    execute(warehouse, "UPDATE raw.figures SET metric = 'hazards_found' WHERE figure_no = 3")

    unknown = validate_stage(warehouse, "raw", "run-unknown-metric", docs_dir)
    execute(warehouse, "INSERT INTO raw.metric_definitions VALUES"
                       " ('hazards_found', '隐患', 'hazards found', 'count', 'activity', NULL)")  # fmt: skip
    known = validate_stage(warehouse, "raw", "run-known-metric", docs_dir)

    [metric] = failing(unknown, "metric")
    assert (metric.severity, metric.unexpected_count) == ("error", 1)
    assert "'hazards_found'" in metric.observed_value
    assert known.success and failing(known, "metric") == []


def test_an_unknown_unit_is_a_warning_that_does_not_block(
    warehouse: pathlib.Path, docs_dir: pathlib.Path
) -> None:
    execute(warehouse, "UPDATE raw.figures SET unit = '斤' WHERE figure_no = 1")

    result = validate_stage(warehouse, "raw", "run-unit", docs_dir)

    assert result.success is True
    [unit] = result.failures("warning")
    assert (unit.column, unit.unexpected_count) == ("unit", 1)


def test_only_percent_values_are_held_to_the_percent_range(
    warehouse: pathlib.Path, docs_dir: pathlib.Path
) -> None:
    execute(warehouse, "UPDATE marts.fct_report_metric SET value = 5000 WHERE unit = '%'")

    result = validate_stage(warehouse, "marts", "run-percent", docs_dir)

    assert result.success is True
    [percent] = failing(result, "value")
    assert (percent.severity, percent.element_count, percent.unexpected_count) == ("warning", 1, 1)


def test_claims_that_disagree_with_the_figures_are_a_warning(
    warehouse: pathlib.Path, docs_dir: pathlib.Path
) -> None:
    execute(warehouse, "UPDATE marts.fct_metric_yoy SET claim_consistent = false")

    result = validate_stage(warehouse, "marts", "run-claims", docs_dir)

    assert result.success is True
    [claims] = failing(result, "claim_consistent")
    assert claims.severity == "warning"


def test_a_missing_table_is_a_failed_error_outcome_not_a_crash(
    warehouse: pathlib.Path, docs_dir: pathlib.Path
) -> None:
    execute(warehouse, "DROP TABLE marts.dim_issuer", "DROP TABLE raw.metric_definitions")

    marts = validate_stage(warehouse, "marts", "run-missing", docs_dir)
    raw = validate_stage(warehouse, "raw", "run-missing", docs_dir)

    assert marts.success is False
    assert [(o.table, o.expectation, o.severity, o.observed_value) for o in marts.failures()] == [
        ("marts.fct_report_metric", "expect_column_values_to_be_in_set", "error",
         "reference table raw.metric_definitions does not exist"),
        ("marts.dim_issuer", TABLE_EXISTS, "error", "table marts.dim_issuer does not exist"),
    ]  # fmt: skip
    [metric] = raw.failures()
    assert metric.observed_value == "reference table raw.metric_definitions does not exist"
    assert (docs_dir / "index.html").is_file()


def test_a_missing_column_fails_the_expectation_with_the_reason(
    warehouse: pathlib.Path, docs_dir: pathlib.Path
) -> None:
    execute(warehouse, "ALTER TABLE raw.quarantine DROP COLUMN reason")

    result = validate_stage(warehouse, "raw", "run-column", docs_dir)

    [reason] = result.failures()
    assert reason.column == "reason"
    assert 'column "reason"' in reason.observed_value and "does not exist" in reason.observed_value


def test_revalidating_a_run_replaces_its_stored_outcomes(
    warehouse: pathlib.Path, docs_dir: pathlib.Path
) -> None:
    first = validate_stage(warehouse, "staging", "run-again", docs_dir)
    validate_stage(warehouse, "staging", "run-again", docs_dir)
    validate_stage(warehouse, "staging", "run-next", docs_dir)

    assert len(stored(warehouse, "run_id = 'run-again'")) == len(first.outcomes)
    assert len(stored(warehouse, "run_id = 'run-next'")) == len(first.outcomes)


def test_another_process_can_publish_the_file_right_after_validation(
    warehouse: pathlib.Path, docs_dir: pathlib.Path
) -> None:
    validate_stage(warehouse, "marts", "run-lock", docs_dir)

    publisher = subprocess.run(
        [sys.executable, "-c",
         "import duckdb, sys; duckdb.connect(sys.argv[1]).execute('CHECKPOINT')", str(warehouse)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip

    assert publisher.returncode == 0, publisher.stderr
    with duckdb.connect(str(warehouse), read_only=True) as reader:  # same process, other config
        assert reader.execute(f"SELECT count(*) FROM {RESULTS_TABLE}").fetchone()[0] > 0


NETWORK_EVENTS = ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "http.client.connect")
network_attempts: list[str] | None = None  # recording while a list, ignored while None


def record_network_attempts(event: str, args: tuple) -> None:
    if network_attempts is not None and event in NETWORK_EVENTS:
        network_attempts.append(f"{event}{args}")


sys.addaudithook(record_network_attempts)  # audit hooks cannot be removed; this one is inert


def test_validation_never_touches_the_network(
    warehouse: pathlib.Path, docs_dir: pathlib.Path
) -> None:
    global network_attempts
    network_attempts = []
    try:
        validate_stage(warehouse, "raw", "run-offline", docs_dir)
        attempts = network_attempts
    finally:
        network_attempts = None

    assert attempts == []
    assert os.environ["GX_ANALYTICS_ENABLED"] == "false"


def test_an_unknown_stage_is_a_usage_error(warehouse: pathlib.Path, docs_dir: pathlib.Path) -> None:
    with pytest.raises(ValueError, match="unknown stage 'mart'"):
        validate_stage(warehouse, "mart", "run-typo", docs_dir)


def test_validation_queries_duckdb_under_the_run_memory_cap(
    warehouse: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The GX datasource's DuckDB is capped by ZHIFA_DUCKDB_MEMORY_LIMIT like every other
    DuckDB of a run, so auditing a large warehouse does not grow with it."""
    import sqlalchemy

    from expectations.runner import _connection_string
    from orchestration.settings import duckdb_config

    monkeypatch.setenv("ZHIFA_DUCKDB_MEMORY_LIMIT", "96MB")
    engine = sqlalchemy.create_engine(_connection_string(warehouse, duckdb_config()))
    try:
        with engine.connect() as connection:
            limit = connection.exec_driver_sql("SELECT current_setting('memory_limit')").scalar()
    finally:
        engine.dispose()
    assert limit == "91.5 MiB"
