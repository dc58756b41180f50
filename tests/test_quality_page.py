"""The zhifa quality page: failed expectations with the rows behind them, quarantine, claims, history."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from expectations import validate_stage
from expectations.contract import RAW_DDL
from orchestration.quality.page import PAGE_NAME, STATUS_NAME, write_quality_page
from orchestration.quality.results import QualityData, load_quality_data
from orchestration.quality.rows import OffendingRows
from orchestration.settings import Settings

SETUP = """
CREATE SCHEMA raw; CREATE SCHEMA staging;
CREATE TABLE raw.documents (doc_id VARCHAR, source_path VARCHAR, source_format VARCHAR, title VARCHAR,
    issuer VARCHAR, issuer_key VARCHAR, report_year INTEGER);
CREATE TABLE raw.figures (doc_id VARCHAR, figure_no INTEGER, span_start INTEGER, span_end INTEGER,
    as_written VARCHAR, value DOUBLE, unit VARCHAR, metric VARCHAR, domain VARCHAR, of_metric VARCHAR, sentence VARCHAR);
CREATE TABLE raw.quarantine (source_path VARCHAR, sha256 VARCHAR, reason VARCHAR, message VARCHAR, quarantined_at TIMESTAMP);
CREATE TABLE raw.metric_definitions (metric VARCHAR);
CREATE TABLE staging.stg_figures AS SELECT * FROM raw.figures;
INSERT INTO raw.metric_definitions VALUES ('penalty_cases'), ('inspections');
INSERT INTO raw.documents VALUES
    ('d1', 'jiaqu_2022.txt', 'txt', '甲区2022年报告', '样例市甲区', 'yangli/jiaqu', 2022),
    ('d2', 'bingqu_2099.txt', 'txt', '丙区2099年报告', '样例市丙区', 'yangli/bingqu', 2099),
    ('d1', 'jiaqu_2022_copy.txt', 'txt', '甲区2022年报告', '样例市甲区', 'yangli/jiaqu', 2022);
INSERT INTO raw.figures VALUES
    ('d1', 1, 10, 15, '1320件', 1320, '件', 'penalty_cases', 'all', NULL, '全年实施行政处罚1320件'),
    ('d1', 2, 20, 20, '50次', 50, '次', 'inspections', 'all', NULL, '开展检查50次'),
    ('d1', 3, 30, 34, '7家', NULL, '家', 'made_up_metric', 'outer_space', NULL, '检查7家'),
    ('d2', 1, 12, 15, '12件', 12, '件', 'penalty_cases', 'all', NULL, '2099年，丙区实施行政处罚12件');
INSERT INTO staging.stg_figures SELECT * FROM raw.figures WHERE doc_id = 'd2';
INSERT INTO staging.stg_figures SELECT * FROM raw.figures WHERE doc_id = 'd2';
INSERT INTO raw.quarantine VALUES ('broken.pdf', 'abc', NULL, 'no text layer', '2026-03-01 07:59:00'),
    ('empty.txt', 'def', 'empty_file', 'the file is empty', '2026-03-01 07:59:00');
"""
# What run-2 finds after every problem of run-1 but the report from 2099 was put right.
REPAIRS = """
DELETE FROM raw.documents WHERE source_path = 'jiaqu_2022_copy.txt';
UPDATE raw.figures SET span_end = 25 WHERE figure_no = 2;
UPDATE raw.figures SET value = 7, metric = 'inspections', domain = 'all' WHERE figure_no = 3;
UPDATE raw.quarantine SET reason = 'unreadable' WHERE reason IS NULL;
"""


def _validate(settings: Settings, run_id: str, stages: tuple[str, ...]) -> None:
    for stage in stages:
        validate_stage(settings.build_db, stage, run_id, settings.quality_dir)


@pytest.fixture(scope="module")
def validated(tmp_path_factory) -> Path:
    """A warehouse folder whose build database broke every kind of expectation the suites use,
    validated for real (raw and staging, run-1): each test gets a copy."""
    warehouse = tmp_path_factory.mktemp("validated") / "warehouse"
    warehouse.mkdir()
    settings = Settings(reports_dir=warehouse.parent / "reports", warehouse_dir=warehouse)
    with duckdb.connect(str(settings.build_db)) as con:
        con.execute(SETUP)
        # the analysts' corrections, as the contract has them: none, and nothing wrong with that
        for ddl in (ddl for ddl in RAW_DDL if "raw.corrections" in ddl):
            con.execute(ddl)
    _validate(settings, "run-1", ("raw", "staging"))
    return warehouse


@pytest.fixture
def settings(tmp_path, validated) -> Settings:
    settings = Settings(reports_dir=tmp_path / "reports", warehouse_dir=tmp_path / "warehouse")
    shutil.copytree(validated, settings.warehouse_dir)
    return settings


def _rows(data: QualityData, table: str, expectation: str, column: str | None) -> OffendingRows:
    [failure] = [f for f in data.last.failures if (f.table, f.expectation, f.column) == (table, expectation, column)]
    return failure.rows


def test_offending_rows_for_each_kind_of_expectation(settings):
    data = load_quality_data(settings)
    future = _rows(data, "raw.documents", "expect_column_values_to_be_between", "report_year")
    assert future.total == 1
    first = dict(zip(future.columns, future.rows[0]))
    assert (first["report_year"], first["issuer"], first["source_path"]) == (2099, "样例市丙区", "bingqu_2099.txt")
    # a document row carries its figures: metric, value and the sentence
    assert (first["metric"], first["value"], first["sentence"]) == ("penalty_cases", 12, "2099年，丙区实施行政处罚12件")

    assert _rows(data, "raw.documents", "expect_column_values_to_be_unique", "doc_id").total == 2
    empty_span = _rows(data, "raw.figures", "expect_column_pair_values_a_to_be_greater_than_b", "span_end, span_start")
    assert [r[:2] for r in empty_span.rows] == [(20, 20)]
    assert _rows(data, "raw.figures", "expect_column_values_to_not_be_null", "value").total == 1
    domain = _rows(data, "raw.figures", "expect_column_values_to_be_in_set", "domain")
    assert [r[0] for r in domain.rows] == ["outer_space"]
    metric = _rows(data, "raw.figures", "expect_column_values_to_be_in_set", "metric")
    assert [r[0] for r in metric.rows] == ["made_up_metric"]
    # a figure row is placed by its document: issuer, year, file
    figure = dict(zip(metric.columns, metric.rows[0]))
    assert (figure["issuer"], figure["report_year"], figure["source_path"]) == ("样例市甲区", 2022, "jiaqu_2022.txt")
    assert _rows(data, "raw.quarantine", "expect_column_values_to_not_be_null", "reason").rows[0][0] is None
    copies = _rows(data, "staging.stg_figures", "expect_compound_columns_to_be_unique", "doc_id, figure_no")
    assert copies.total == 2 and len(copies.rows) == 2


def test_a_result_no_suite_knows_is_shown_without_rows(settings):
    with duckdb.connect(str(settings.build_db)) as con:
        con.execute(
            "INSERT INTO quality.validation_results SELECT run_id, stage, suite, table_name, "
            "'expect_table_row_count_to_equal', NULL, 'warning', false, '3', NULL, NULL, evaluated_at "
            "FROM quality.validation_results LIMIT 1"
        )
    rows = _rows(load_quality_data(settings), "raw.documents", "expect_table_row_count_to_equal", None)
    assert rows.rows == [] and "not looked up" in rows.note


def test_page_shows_failures_rows_quarantine_and_history(settings):
    with duckdb.connect(str(settings.build_db)) as con:
        con.execute(REPAIRS)
    _validate(settings, "run-2", ("raw",))
    page = write_quality_page(settings)
    assert page == settings.quality_dir / PAGE_NAME
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in html
    assert "http://" not in html and "https://" not in html and "<script" not in html  # self-contained
    assert 'href="index.html"' in html  # Data Docs beside it
    # the last run (run-2): its one failure, with the offending row
    assert "raw.documents.report_year" in html and "2099年，丙区实施行政处罚12件" in html
    assert "未发布 · NOT published" in html
    # both runs in the history, newest first
    assert html.index("run-2") < html.index("run-1")
    assert "expect_compound_columns_to_be_unique" in html  # run-1's failures are listed too
    # quarantine with reasons; the marts are not in this build
    assert "empty_file" in html and "broken.pdf" in html
    assert "Not in this build" in html
    status = json.loads((settings.quality_dir / STATUS_NAME).read_text(encoding="utf-8"))
    assert status["run_id"] == "run-2" and status["blocking_failures"] == 1 and status["published"] is False


def test_page_says_published_when_the_published_warehouse_holds_the_run(settings):
    shutil.copy(settings.build_db, settings.published_db)
    write_quality_page(settings)
    assert "已发布 · published" in (settings.quality_dir / PAGE_NAME).read_text(encoding="utf-8")


def test_a_locked_build_database_falls_back_to_the_published_one(settings):
    shutil.copy(settings.build_db, settings.published_db)
    with duckdb.connect(str(settings.build_db)):  # a run writing: read-only access is refused
        data = load_quality_data(settings)
    assert data is not None and data.source == settings.published_db


def test_no_results_anywhere_gives_a_page_that_says_so(tmp_path):
    settings = Settings(reports_dir=tmp_path, warehouse_dir=tmp_path / "empty")
    html = write_quality_page(settings).read_text(encoding="utf-8")
    assert "No validation results yet" in html
