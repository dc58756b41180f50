"""The dashboard's queries on a tiny warehouse: read-only, no lock held, a publish picked up."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest

from dashboard import display, queries
from dashboard.warehouse import Warehouse, WarehouseMissing

MARTS_DDL = """
CREATE SCHEMA marts;
CREATE SCHEMA raw;
CREATE SCHEMA quality;
CREATE TABLE marts.dim_metric (metric VARCHAR, name_zh VARCHAR, name_en VARCHAR, unit_kind VARCHAR);
CREATE TABLE marts.dim_issuer (issuer_key VARCHAR, issuer VARCHAR, parent_region VARCHAR, admin_level VARCHAR,
    first_report_year INTEGER, last_report_year INTEGER, report_count BIGINT, document_count BIGINT);
CREATE TABLE marts.dim_document (doc_id VARCHAR, source_path VARCHAR, title VARCHAR, report_year INTEGER);
CREATE TABLE marts.fct_report_metric (issuer_key VARCHAR, report_year INTEGER, metric VARCHAR, domain VARCHAR,
    value DOUBLE, unit VARCHAR, as_written VARCHAR, doc_id VARCHAR, span_start INTEGER, span_end INTEGER,
    sentence VARCHAR, mention_count BIGINT, has_conflict BOOLEAN);
CREATE TABLE marts.fct_metric_yoy (issuer_key VARCHAR, metric VARCHAR, domain VARCHAR, report_year INTEGER,
    value DOUBLE, unit VARCHAR, prior_year_value DOUBLE, abs_change DOUBLE, pct_change DOUBLE,
    claimed_pct_change DOUBLE, claimed_abs_change DOUBLE, claim_gap_pp DOUBLE, claim_consistent BOOLEAN,
    claim_sentence VARCHAR, claim_doc_id VARCHAR);
CREATE TABLE raw.documents (doc_id VARCHAR, source_path VARCHAR, source_format VARCHAR, encoding VARCHAR,
    title VARCHAR, issuer VARCHAR, issuer_key VARCHAR, report_year INTEGER, text VARCHAR);
CREATE TABLE quality.validation_results (run_id VARCHAR, stage VARCHAR, suite VARCHAR, table_name VARCHAR,
    expectation VARCHAR, column_name VARCHAR, severity VARCHAR, success BOOLEAN, observed_value VARCHAR,
    unexpected_count BIGINT, element_count BIGINT, evaluated_at TIMESTAMP);
INSERT INTO marts.dim_metric VALUES ('penalty_cases', '行政处罚', 'penalty cases', 'count'),
    ('closure_rate', '结案率', 'closure rate', 'percent');
INSERT INTO marts.dim_issuer VALUES ('a', '甲区', '样例市', 'district', 2021, 2022, 2, 2),
    ('b', '乙县', '样例市', 'county', 2022, 2022, 1, 1);
INSERT INTO marts.dim_document VALUES ('d1', 'a_2021.txt', '甲区2021', 2021), ('d2', 'a_2022.txt', '甲区2022', 2022),
    ('d3', 'b_2022.txt', '乙县2022', 2022);
INSERT INTO raw.documents VALUES ('d2', 'a_2022.txt', 'txt', 'utf-8', '甲区2022', '甲区', 'a', 2022,
    '2022年，甲区实施行政处罚110件，同比增长20%。');
"""


def make_warehouse(directory: Path, penalty_2022_a: float = 110) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "warehouse.duckdb"
    temporary = directory / ".build.tmp"
    with duckdb.connect(str(temporary)) as con:
        con.execute(MARTS_DDL)
        con.executemany(
            "INSERT INTO marts.fct_report_metric VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, false)",
            [
                ("a", 2021, "penalty_cases", "all", 100, "件", "100件", "d1", 0, 4, "处罚100件", ),
                ("a", 2022, "penalty_cases", "all", penalty_2022_a, "件", "110件", "d2", 14, 18, "2022年，甲区实施行政处罚110件，同比增长20%", ),
                ("a", 2022, "penalty_cases", "work_safety", 7, "件", "7件", "d2", 30, 32, "安全生产7件", ),
                ("b", 2022, "penalty_cases", "all", 50, "件", "50件", "d3", 0, 3, "处罚50件", ),
                ("b", 2022, "closure_rate", "all", 98.5, "%", "98.5%", "d3", 5, 10, "结案率98.5%", ),
            ],
        )
        con.execute(
            "INSERT INTO marts.fct_metric_yoy VALUES ('a', 'penalty_cases', 'all', 2022, 110, '件', 100, 10, 10,"
            " 20, NULL, -10, false, '2022年，甲区实施行政处罚110件，同比增长20%', 'd2')"
        )
        con.execute(
            "INSERT INTO quality.validation_results VALUES "
            "('r1', 'raw', 'raw.documents', 'raw.documents', 'expect_column_values_to_not_be_null', 'doc_id', 'error', true, '', 0, 3, '2026-01-01 00:00:00'),"
            "('r1', 'marts', 'marts.fct_metric_yoy', 'marts.fct_metric_yoy', 'expect_column_values_to_be_in_set', 'claim_consistent', 'warning', false, '1 of 1', 1, 1, '2026-01-01 00:00:05')"
        )
    os.replace(temporary, path)  # as publishing does: one atomic rename
    return path


@pytest.fixture
def warehouse(tmp_path) -> Warehouse:
    make_warehouse(tmp_path)
    return Warehouse(tmp_path)


def test_totals_by_year_sum_issuer_level_counts_not_rates(warehouse):
    totals = queries.totals_by_year(warehouse.read)
    rows = {(r.metric, r.report_year): (r.total, r.issuers) for r in totals.itertuples()}
    assert rows == {("penalty_cases", 2021): (100, 1), ("penalty_cases", 2022): (160, 2)}


def test_issuer_yoy_and_figures_carry_sentence_and_report(warehouse):
    yoy = queries.issuer_yoy(warehouse.read, "a")
    assert list(yoy["report_year"]) == [2022]
    figures = queries.issuer_figures(warehouse.read, "a")
    row = figures[(figures.report_year == 2022) & (figures.domain == "all")].iloc[0]
    assert (row.value, row.source_path, row.sentence) == (110, "a_2022.txt", "2022年，甲区实施行政处罚110件，同比增长20%")
    document = queries.document(warehouse.read, row.doc_id)
    assert document["text"][row.span_start : row.span_end] == "110件"


def test_disagreeing_claims_name_the_issuer_and_the_report(warehouse):
    claims = queries.disagreeing_claims(warehouse.read)
    assert list(zip(claims.issuer, claims.report_year, claims.source_path)) == [("甲区", 2022, "a_2022.txt")]


def test_quality_history_and_last_run(warehouse):
    history = queries.quality_history(warehouse.read)
    assert list(zip(history.run_id, history.passed, history.total, history.failed_warnings)) == [("r1", 1, 2, 1)]
    assert len(queries.run_results(warehouse.read, "r1")) == 2


def test_a_read_holds_no_lock_and_a_publish_is_picked_up(tmp_path):
    make_warehouse(tmp_path, penalty_2022_a=110)
    warehouse = Warehouse(tmp_path)
    first = warehouse.version()
    assert queries.totals_by_year(warehouse.read).total.max() == 160
    # No connection is left open: a writer can take the file right away.
    duckdb.connect(str(warehouse.published_db)).close()
    make_warehouse(tmp_path, penalty_2022_a=210)
    assert warehouse.version() != first
    assert queries.totals_by_year(warehouse.read).total.max() == 260


def test_no_published_warehouse_says_so(tmp_path):
    with pytest.raises(WarehouseMissing):
        Warehouse(tmp_path).read("SELECT 1")


def test_numbers_read_as_the_reports_write_them():
    assert display.number(2132.0) == "2132"
    assert display.number(9379000.0) == "9379000"
    assert display.number(8.76) == "8.76"
    assert display.number(None) == ""
    assert display.percent(14.8) == "+14.8%"
    assert display.percent(-6.04) == "-6.04%"
