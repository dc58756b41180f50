"""The `zhifa` command line: help, usage errors, and `extract --json` as the evaluation calls it."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.conftest import BUNDLED_REPORTS
from tests.e2e_support import ZHIFA


def zhifa(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*ZHIFA, *args], capture_output=True, text=True, timeout=120, env=env)


@pytest.mark.parametrize("command", [[], ["run"], ["extract"], ["quality"]])
def test_every_command_has_help(command):
    result = zhifa(*command, "--help")
    assert result.returncode == 0
    assert "usage: zhifa" in result.stdout


def test_unknown_command_is_one_line_and_exit_2():
    result = zhifa("frobnicate")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("zhifa: error:")


def test_missing_reports_folder_is_a_usage_error(tmp_path):
    result = zhifa("run", "--reports", str(tmp_path / "nope"), "--warehouse", str(tmp_path / "wh"))
    assert result.returncode == 2
    assert "does not exist" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_extract_missing_file_is_a_usage_error(tmp_path):
    result = zhifa("extract", str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert "no such file" in result.stderr


def test_extract_json_gives_one_object_per_figure_with_the_contract_fields():
    path = BUNDLED_REPORTS / "tianjin_jinghai_2022.txt"
    result = zhifa("extract", str(path), "--json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 17
    contract = {
        "doc_id", "figure_no", "span_start", "span_end", "as_written", "value", "unit", "approximate", "metric",
        "domain", "of_metric", "parent_metric", "section", "sentence", "rule", "source_path", "issuer", "report_year",
    }  # fmt: skip
    assert contract <= set(rows[0])
    penalty = next(r for r in rows if r["metric"] == "penalty_cases" and r["domain"] == "all")
    assert (penalty["value"], penalty["issuer"], penalty["report_year"]) == (2132, "天津市静海区", 2022)


def _report_folder(tmp_path, sidecar: str):
    reports = tmp_path / "reports"
    (reports / "2023").mkdir(parents=True)
    (reports / "zhifa.toml").write_text(sidecar, encoding="utf-8")
    # A page that names no body: only zhifa.toml can say whose it is.
    (reports / "2023" / "page.txt").write_text("2023年，共办理行政处罚案件86件，罚没款12.5万元。", encoding="utf-8")
    return reports


def test_extract_reads_what_the_reports_folders_zhifa_toml_declares(tmp_path):
    reports = _report_folder(
        tmp_path,
        '[[place]]\nname = "虚构市"\nlevel = "city"\n\n'
        '[[place]]\nname = "青苇县"\nlevel = "county"\nparent = "虚构市"\n\n'
        '[[declare]]\npath = "2023/*"\nissuer = "青苇县司法局"\n',
    )
    page = reports / "2023" / "page.txt"
    declared = zhifa("extract", str(page), "--json", "--reports", str(reports))
    assert declared.returncode == 0, declared.stderr
    rows = [json.loads(line) for line in declared.stdout.splitlines()]
    assert {(r["issuer"], r["report_year"]) for r in rows} == {("虚构市青苇县司法局", 2023)}
    # The same file read against another folder: nothing declared, no body named.
    plain = zhifa("extract", str(page), "--json", "--reports", str(tmp_path))
    assert {json.loads(line)["issuer"] for line in plain.stdout.splitlines()} == {None}


def test_extract_refuses_a_malformed_zhifa_toml_in_one_line(tmp_path):
    reports = _report_folder(tmp_path, '[[declare]]\npath = "2023/*"\nyear = "last year"\n')
    result = zhifa("extract", str(reports / "2023" / "page.txt"), "--reports", str(reports))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "zhifa.toml:3" in result.stderr


def test_extract_of_an_unreadable_file_says_why_and_exits_1(tmp_path):
    legacy = tmp_path / "report.doc"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0 not really a word file")
    result = zhifa("extract", str(legacy))
    assert result.returncode == 1
    assert "unsupported_format" in result.stderr


def test_quality_without_a_run_is_a_usage_error(tmp_path):
    result = zhifa("quality", "--warehouse", str(tmp_path))
    assert result.returncode == 2
    assert "run 'zhifa run' first" in result.stderr


def test_export_without_a_warehouse_is_a_usage_error(tmp_path):
    result = zhifa("export", "--out", str(tmp_path / "out"), "--warehouse", str(tmp_path))
    assert result.returncode == 2
    assert "run 'zhifa run' first" in result.stderr


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_writes_every_mart_and_a_schema_file(tmp_path, fmt):
    import duckdb

    from orchestration.publishing.export import export_tables

    db = tmp_path / "warehouse.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("CREATE SCHEMA marts")
        con.execute("CREATE TABLE marts.fct_report_metric AS SELECT 'tianjin/jinghai' AS issuer_key, 2132.0::DOUBLE AS value")
        con.execute("COMMENT ON COLUMN marts.fct_report_metric.value IS 'The stated value / 数值'")
        con.execute("CREATE SCHEMA staging")
        con.execute("CREATE TABLE staging.stg_figures AS SELECT 1 AS x")
    written = export_tables(db, tmp_path / "out", fmt)
    assert [p.name for p in written] == [f"marts.fct_report_metric.{fmt}", "schema.json"]
    schema = json.loads((tmp_path / "out" / "schema.json").read_text(encoding="utf-8"))
    table = schema["tables"]["marts.fct_report_metric"]
    assert table["rows"] == 1
    assert {"name": "value", "type": "DOUBLE", "nullable": True, "description": "The stated value / 数值"} in table["columns"]
    with duckdb.connect() as con:
        reader = "read_parquet" if fmt == "parquet" else "read_csv"
        assert con.execute(f"SELECT value FROM {reader}(?)", [str(written[0])]).fetchall() == [(2132.0,)]
