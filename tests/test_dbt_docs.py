"""Self-explaining tables: every marts/bi model and column is described in English and Chinese,
and the build persists both into DuckDB comments that BI tools and duckdb_columns() show."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import yaml

from expectations.contract import RAW_DDL
from tests.conftest import REPO

DBT_PROJECT = REPO / "dbt_project"
DBT = Path(sys.executable).parent / "dbt"
DOCUMENTED_FOLDERS = ("marts", "bi")
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _model_entries() -> list[tuple[str, dict]]:
    """Every model YAML entry in marts/ and bi/, with the file it sits in."""
    entries = []
    for folder in DOCUMENTED_FOLDERS:
        for path in sorted((DBT_PROJECT / "models" / folder).glob("*.yml")):
            for model in yaml.safe_load(path.read_text(encoding="utf-8")).get("models", []):
                entries.append((f"{folder}/{path.name}", model))
    return entries


def _chinese(node: dict) -> str:
    """The Chinese description: config.meta.zh (this project's convention) or meta.zh."""
    meta = {**(node.get("meta") or {}), **((node.get("config") or {}).get("meta") or {})}
    return str(meta.get("zh") or "").strip()


def _missing_languages(node: dict) -> list[str]:
    missing = []
    if not str(node.get("description") or "").strip():
        missing.append("English description")
    if not CHINESE.search(_chinese(node)):
        missing.append("Chinese meta.zh")
    return missing


def test_every_marts_and_bi_model_has_a_yaml_file():
    documented = {model["name"] for _, model in _model_entries()}
    for folder in DOCUMENTED_FOLDERS:
        for sql in (DBT_PROJECT / "models" / folder).glob("*.sql"):
            assert sql.stem in documented, f"{folder}/{sql.name} has no YAML entry"


def test_every_marts_and_bi_model_and_column_is_described_in_english_and_chinese():
    problems = []
    for where, model in _model_entries():
        problems += [f"{where}: model {model['name']} lacks {gap}" for gap in _missing_languages(model)]
        if not model.get("columns"):
            problems.append(f"{where}: model {model['name']} documents no columns")
        for column in model.get("columns") or []:
            problems += [f"{where}: {model['name']}.{column['name']} lacks {gap}" for gap in _missing_languages(column)]
    assert not problems, "\n".join(problems)


def test_missing_chinese_is_caught():
    assert _missing_languages({"name": "value", "description": "The value."}) == ["Chinese meta.zh"]
    assert _missing_languages({"name": "value", "config": {"meta": {"zh": "数值"}}}) == ["English description"]
    assert _missing_languages({"name": "value", "description": "The value.", "config": {"meta": {"zh": "数值"}}}) == []


# A small raw.* that reaches every model: one issuer over two years, a simple/ordinary
# breakdown that adds up and a stated change (12%) that the figures (+10%) do not bear out.
_DOCUMENTS = [
    ("d2021", "jiaqu_2021.txt", 2021, "样例市甲区", "yangli/jiaqu"),
    ("d2022", "jiaqu_2022.txt", 2022, "样例市甲区", "yangli/jiaqu"),
]
_FIGURES = [
    # doc_id, figure_no, as_written, value, unit, metric, of_metric, parent_metric
    ("d2021", 1, "1200件", 1200.0, "件", "penalty_cases", None, None),
    ("d2022", 1, "1320件", 1320.0, "件", "penalty_cases", None, None),
    ("d2022", 2, "12%", 12.0, "%", "yoy_change_pct", "penalty_cases", None),
    ("d2022", 3, "320件", 320.0, "件", "penalty_cases_simple", None, "penalty_cases"),
    ("d2022", 4, "1000件", 1000.0, "件", "penalty_cases_ordinary", None, "penalty_cases"),
]
_METRICS = [
    ("penalty_cases", "行政处罚", "administrative penalty cases", "count", "penalty"),
    ("penalty_cases_simple", "简易程序", "simple-procedure penalty cases", "count", "penalty"),
    ("penalty_cases_ordinary", "普通程序", "ordinary-procedure penalty cases", "count", "penalty"),
    ("yoy_change_pct", "同比变化", "year-on-year change", "change", "change"),
]


def _small_raw_database(path: Path) -> None:
    with duckdb.connect(str(path)) as con:
        for statement in RAW_DDL:
            con.execute(statement)
        for doc_id, source_path, year, issuer, issuer_key in _DOCUMENTS:
            text = f"{issuer}{year}年行政执法情况报告。全年办理行政处罚案件。"
            con.execute(
                "INSERT INTO raw.documents VALUES (?, ?, 'txt', 'utf-8', ?, ?, ?, ?, ?, '样例市', 'county', ?, false, NULL, 'test', now(), NULL,"
                " 'title', NULL, NULL, NULL, NULL, NULL, NULL, '人民政府', 'report')",
                [doc_id, source_path, len(text.encode()), text, f"{year}年行政执法情况报告", issuer, issuer_key, year],
            )
            con.execute("INSERT INTO raw.document_paths (doc_id, source_path, first_seen) VALUES (?, ?, now())", [doc_id, source_path])
        for doc_id, figure_no, as_written, value, unit, metric, of_metric, parent_metric in _FIGURES:
            con.execute(
                "INSERT INTO raw.figures VALUES (?, ?, ?, ?, ?, ?, ?, false, ?, 'all', ?, ?, NULL, NULL, ?, 'test_rule', 'test')",
                [doc_id, figure_no, figure_no * 10, figure_no * 10 + len(as_written), as_written, value, unit,
                 metric, of_metric, parent_metric, f"全年办理行政处罚案件{as_written}。"],
            )
        con.executemany("INSERT INTO raw.metric_definitions VALUES (?, ?, ?, ?, ?, NULL)", _METRICS)


def test_built_marts_and_bi_columns_carry_bilingual_comments(tmp_path):
    build_db = tmp_path / "build.duckdb"
    _small_raw_database(build_db)
    result = subprocess.run(
        [str(DBT), "build", "--project-dir", str(DBT_PROJECT), "--profiles-dir", str(DBT_PROJECT),
         "--target-path", str(tmp_path / "target"), "--log-path", str(tmp_path / "logs")],
        env={**os.environ, "ZHIFA_BUILD_DB": str(build_db)},
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]

    with duckdb.connect(str(build_db), read_only=True) as con:
        tables = con.execute(
            "SELECT schema_name, table_name, comment FROM duckdb_tables() WHERE schema_name IN ('marts', 'bi')"
        ).fetchall()
        columns = con.execute(
            "SELECT schema_name, table_name, column_name, comment FROM duckdb_columns() WHERE schema_name IN ('marts', 'bi')"
        ).fetchall()
        figures = con.execute("SELECT count(*) FROM bi.bi_figures").fetchone()[0]
        report_metrics = con.execute("SELECT count(*) FROM marts.fct_report_metric").fetchone()[0]
        problems = con.execute("SELECT problem_kind, rule, expected_value, actual_value FROM bi.bi_problems").fetchall()

    assert {schema for schema, _, _ in tables} == {"marts", "bi"}
    assert {name for schema, name, _ in tables if schema == "bi"} == {"bi_figures", "bi_problems"}
    uncommented = [f"{schema}.{table}" for schema, table, comment in tables if not CHINESE.search(comment or "")]
    uncommented += [
        f"{schema}.{table}.{column}" for schema, table, column, comment in columns
        if not (comment or "").strip() or not CHINESE.search(comment) or " / " not in comment
    ]
    assert not uncommented, "no bilingual comment on: " + ", ".join(uncommented)
    assert figures == report_metrics > 0
    assert problems == [("claim_inconsistent", "pct_change_claim", 12.0, 10.0)]
