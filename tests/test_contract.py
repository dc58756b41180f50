"""The warehouse contract is the one place tables, vocabularies and row rules are written:
the DDL, the Arrow schemas, the dbt source, the accepted_values tests and the GX suites all
follow from it, and a generated file that drifted from it fails here."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import duckdb
import pytest
import yaml

import expectations.contract as contract_module
from expectations.contract import (
    CONTRACT,
    FIRST_REPORT_YEAR,
    RAW_DDL,
    ContractError,
    arrow_schema,
    gx_suite,
    load,
    raw_ddl,
)
from expectations.contract import dbt_files
from expectations.specs import ValuesFromTable
from extractors.taxonomy import Domain
from extractors.taxonomy import load as load_taxonomy
from tests.conftest import REPO

DBT_PROJECT = REPO / "dbt_project"
DECLARATIONS = REPO / "expectations" / "contract" / "warehouse.py"
DBT = Path(sys.executable).parent / "dbt"
DUCKDB_TO_ARROW = {"VARCHAR": "string", "INTEGER": "int32", "BIGINT": "int64", "DOUBLE": "double", "BOOLEAN": "bool", "TIMESTAMP": "timestamp[us]"}


def _model_yaml() -> dict[str, dict]:
    """Every dbt model's YAML entry, by schema-qualified name (folder = schema)."""
    models = {}
    for path in sorted((DBT_PROJECT / "models").glob("*/*.yml")):
        for model in yaml.safe_load(path.read_text(encoding="utf-8")).get("models", []):
            models[f"{path.parent.name}.{model['name']}"] = model
    return models


# --- the files in the repository follow the contract ----------------------------------------


def test_the_generated_dbt_files_match_the_contract():
    assert dbt_files.drifted(DBT_PROJECT) == [], "run `make contracts` and commit what it writes"


def test_every_accepted_values_list_in_the_dbt_yaml_comes_from_the_contract():
    handwritten = []
    for path in sorted((DBT_PROJECT / "models").rglob("*.yml")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines):
            if line.strip() == "- accepted_values:" and not lines[number - 1].strip().startswith(dbt_files.MARK):
                handwritten.append(f"{path.relative_to(REPO)}:{number + 1}")
    assert not handwritten, "accepted values written by hand (declare a dbt rule in the contract): " + ", ".join(handwritten)


def test_the_dbt_source_declares_the_raw_tables_as_the_contract_does():
    [source] = yaml.safe_load((DBT_PROJECT / dbt_files.SOURCES_FILE).read_text(encoding="utf-8"))["sources"]
    declared = {f"raw.{t['name']}": [(c["name"], c["data_type"].upper()) for c in t["columns"]] for t in source["tables"]}
    assert declared == {name: [(c.name, c.type) for c in table.columns] for name, table in CONTRACT.tables.items()}


def test_the_ddl_creates_the_tables_the_arrow_schemas_describe():
    with duckdb.connect() as con:
        for statement in RAW_DDL:
            con.execute(statement)
        for name, table in CONTRACT.tables.items():
            schema, short = name.split(".")
            created = con.execute(
                "SELECT column_name, data_type, is_nullable FROM information_schema.columns"
                " WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position",
                [schema, short],
            ).fetchall()
            assert created == [(c.name, c.type, "NO" if c.not_null else "YES") for c in table.columns]
            arrow = arrow_schema(name)
            assert [(f.name, str(f.type)) for f in arrow] == [(c.name, DUCKDB_TO_ARROW[c.type]) for c in table.columns]


def test_gx_and_dbt_rules_name_columns_the_models_document():
    models = _model_yaml()
    problems = []
    for rule in CONTRACT.rules:
        for table in rule.tables:
            if table in CONTRACT.tables:
                continue  # raw tables: checked when the contract loads
            if table not in models:
                problems.append(f"{rule.name}: no dbt model {table}")
                continue
            documented = {c["name"] for c in models[table].get("columns", [])}
            problems += [f"{rule.name}: {table} documents no column {c}" for c in rule.columns if c not in documented]
    assert not problems, "\n".join(problems)


def test_the_public_marts_and_bi_models_have_enforced_contracts_with_a_type_per_column():
    project = yaml.safe_load((DBT_PROJECT / "dbt_project.yml").read_text(encoding="utf-8"))["models"]["zhifa"]
    for folder in ("marts", "bi"):
        assert project[folder]["+contract"] == {"enforced": True}
    untyped = [
        f"{name}.{column['name']}"
        for name, model in _model_yaml().items()
        if name.split(".")[0] in ("marts", "bi")
        for column in model["columns"]
        if not column.get("data_type")
    ]
    assert not untyped, "columns of a public model without a data_type: " + ", ".join(untyped)


# --- one meaning per rule ---------------------------------------------------------------------


def test_a_report_year_means_the_same_to_the_audits_the_sidecar_and_the_lake():
    from orchestration.defs.assets.lake import REPORT_YEARS
    from orchestration.loading.sidecar import SidecarError, parse_sidecar

    this_year = dt.date.today().year
    bounds = {
        (spec.table, spec.kwargs["min_value"], spec.kwargs["max_value"], spec.severity)
        for stage in ("raw", "staging", "marts")
        for spec in gx_suite(stage, this_year)
        if spec.kwargs.get("column") == "report_year"
    }
    assert bounds == {
        (table, FIRST_REPORT_YEAR, this_year, "error")
        for table in ("raw.documents", "staging.stg_documents", "marts.fct_report_metric")
    }
    assert REPORT_YEARS.get_partition_keys() == [str(year) for year in range(FIRST_REPORT_YEAR, this_year + 1)]
    assert parse_sidecar(f'[[declare]]\npath = "a.txt"\nyear = {this_year}\n').declaration_for("a.txt").year == this_year
    for refused in (FIRST_REPORT_YEAR - 1, this_year + 1):
        with pytest.raises(SidecarError, match=f"outside {FIRST_REPORT_YEAR}..{this_year}"):
            parse_sidecar(f'[[declare]]\npath = "a.txt"\nyear = {refused}\n')
    assert not re.search(r"report_year\s+between", _all_dbt_yaml()), "a second year bound in dbt"


def test_an_empty_span_is_one_error_checked_at_the_raw_and_staging_gates():
    checks = [
        (spec.table, spec.expectation, spec.severity)
        for stage in ("raw", "staging", "marts")
        for spec in gx_suite(stage, 2025)
        if spec.column in ("span_end, span_start", "span_start")
    ]
    assert sorted(checks) == sorted(
        (table, kind, "error")
        for table in ("raw.figures", "staging.stg_figures")
        for kind in ("expect_column_pair_values_a_to_be_greater_than_b", "expect_column_values_to_be_between")
    )
    assert "span_end > span_start" not in _all_dbt_yaml(), "a second span rule in dbt"


def _all_dbt_yaml() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in (DBT_PROJECT / "models").rglob("*.yml"))


def test_a_rule_on_a_column_the_table_lacks_is_refused_with_its_name(tmp_path):
    declarations = _declarations_copy(tmp_path, edits=[
        (r"\Z", '\nRULES = (*RULES, Rule("typo", ("raw.figures",), NotNull("valeu"), ERROR, "gx", "A typo."))\n'),
    ])  # fmt: skip
    with pytest.raises(ContractError, match=r"rule typo: raw\.figures has no column 'valeu'"):
        load(declarations)


def test_a_dbt_rule_behind_a_gate_or_a_gx_rule_behind_none_is_refused(tmp_path):
    declarations = _declarations_copy(tmp_path, edits=[(r"\Z", (
        '\nRULES = (*RULES,'
        ' Rule("on_raw", ("raw.figures",), InVocabulary("unit", "unit"), WARNING, "dbt", "x"),'
        ' Rule("on_bi", ("bi.bi_figures",), NotNull("value"), ERROR, "gx", "x"))\n'
    ))])  # fmt: skip
    with pytest.raises(ContractError) as refused:
        load(declarations)
    assert "rule on_raw: dbt checks models" in str(refused.value)
    assert "rule on_bi: bi.bi_figures is behind no gate" in str(refused.value)


# --- done when: a new domain, raw column or row rule is one change plus a regenerated file -----


def _declarations_copy(tmp_path: Path, edits: list[tuple[str, str]]) -> ModuleType:
    """A copy of the contract's declarations with `edits` (pattern, replacement) made to its text."""
    text = DECLARATIONS.read_text(encoding="utf-8")
    for pattern, replacement in edits:
        text, count = re.subn(pattern, replacement, text, count=1)
        assert count == 1, f"the contract no longer holds {pattern!r}"
    path = tmp_path / "warehouse_copy.py"
    path.write_text(text, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(f"warehouse_copy_{tmp_path.name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_new_domain_raw_column_and_row_rules_reach_ddl_arrow_dbt_and_gx(tmp_path):
    project = tmp_path / "dbt_project"
    shutil.copytree(DBT_PROJECT, project, ignore=shutil.ignore_patterns("target", "logs"))
    # One change each: a column in raw.figures, a GX rule on it, a dbt rule on a mart's
    # column (whose YAML has no tests yet), all in the contract; a domain in the taxonomy.
    declarations = _declarations_copy(tmp_path, edits=[
        (r'(\n( *)Column\("extractor_version"[^\n]*\n)(?=\s*\),\s*primary_key=\("doc_id", "figure_no"\))',
         '\\1\\2Column("confidence", "DOUBLE", "How sure the extractor is of the figure.", "抽取置信度"),\n'),
        (r"\Z", (
            '\nRULES = (*RULES,'
            ' Rule("confidence_is_a_share", ("raw.figures",), Between("confidence", 0, 1), WARNING, "gx",'
            ' "A confidence is a share."),'
            ' Rule("yoy_unit_known", ("marts.fct_metric_yoy",), InVocabulary("unit", "unit"), WARNING, "dbt",'
            ' "A fact carries a unit the normaliser knows."))\n'
        )),
    ])  # fmt: skip
    taxonomy = load_taxonomy()
    taxonomy = dataclasses.replace(taxonomy, domains={**taxonomy.domains, "water": Domain("water", "水利", "water resources", None)})
    changed = load(declarations, taxonomy)

    # DuckDB: a new database gets the column, one made before it gets it by ALTER TABLE.
    ddl = raw_ddl(changed)
    with duckdb.connect() as con:
        for statement in RAW_DDL:
            con.execute(statement)
        con.execute("INSERT INTO raw.metric_definitions VALUES ('m', '名', 'name', 'count', 'basics', NULL)")
        for statement in ddl:
            con.execute(statement)
        columns = [row[0] for row in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = 'figures' ORDER BY ordinal_position").fetchall()]
    assert columns[-1] == "confidence"
    assert any("confidence DOUBLE" in s and "raw.figures (" in s for s in ddl)
    # Arrow: the Parquet ingestion writes carries it.
    assert arrow_schema("raw.figures", contract=changed).field("confidence").type == arrow_schema("raw.figures").field("value").type

    # GX: the new rule at the raw gate; the new domain in every domain check of every gate.
    raw_suite = gx_suite("raw", 2025, changed)
    assert [(s.table, s.kwargs, s.severity) for s in raw_suite if s.column == "confidence"] == [
        ("raw.figures", {"column": "confidence", "min_value": 0, "max_value": 1}, "warning")
    ]
    domain_sets = [s.kwargs["value_set"] for stage in ("raw", "staging", "marts") for s in gx_suite(stage, 2025, changed) if s.column == "domain"]
    assert len(domain_sets) == 3 and all("water" in values for values in domain_sets)
    assert all("water" not in s.kwargs["value_set"] for s in gx_suite("raw", 2025) if s.column == "domain")

    # dbt: the files drift until `make contracts` writes them, then hold all three.
    assert set(dbt_files.drifted(project, changed)) == {
        project / "models/staging/_sources.yml", project / "models/marts/fct_metric_yoy.yml",
    }  # fmt: skip
    dbt_files.write(project, changed)
    assert dbt_files.drifted(project, changed) == []
    assert project / "models/marts/fct_metric_yoy.yml" in dbt_files.drifted(project)  # the real contract would undo it
    [source] = yaml.safe_load((project / dbt_files.SOURCES_FILE).read_text(encoding="utf-8"))["sources"]
    [figures] = [t for t in source["tables"] if t["name"] == "figures"]
    assert figures["columns"][-1] == {
        "name": "confidence", "data_type": "double", "description": "How sure the extractor is of the figure.",
        "config": {"meta": {"zh": "抽取置信度"}},
    }  # fmt: skip
    [domain] = [c for c in figures["columns"] if c["name"] == "domain"]
    assert "water" in domain["description"]

    manifest = _parse(project, tmp_path)
    tests = {
        (node["attached_node"], node["column_name"]): node
        for node in manifest["nodes"].values()
        if node["resource_type"] == "test" and node.get("test_metadata", {}).get("name") == "accepted_values"
    }
    unit = tests[("model.zhifa.fct_metric_yoy", "unit")]
    assert unit["config"]["severity"].lower() == "warn"
    assert unit["test_metadata"]["kwargs"]["values"] == list(changed.values("unit"))
    assert "water" in tests[("model.zhifa.fct_metric_yoy", "domain")]["test_metadata"]["kwargs"]["values"]
    assert "confidence" in manifest["sources"]["source.zhifa.raw.figures"]["columns"]


def _parse(project: Path, tmp_path: Path) -> dict:
    """dbt's manifest of a project, parsed without a database."""
    result = subprocess.run(
        [str(DBT), "parse", "--project-dir", str(project), "--profiles-dir", str(project),
         "--target-path", str(tmp_path / "target"), "--log-path", str(tmp_path / "logs")],
        env={**os.environ, "ZHIFA_BUILD_DB": str(tmp_path / "unused.duckdb")},
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    return json.loads((tmp_path / "target" / "manifest.json").read_text(encoding="utf-8"))


def test_metric_codes_are_read_where_the_run_loaded_them():
    [raw_metric] = [s for s in gx_suite("raw", 2025) if s.column == "metric"]
    assert raw_metric.kwargs["value_set"] == ValuesFromTable("raw.metric_definitions", "metric")
    assert contract_module.CONTRACT.values("metric") == tuple(load_taxonomy().metrics)


def test_the_marts_are_listed_once_by_the_models_dbt_builds(tmp_path):
    from expectations.contract import dbt_models

    assert {"fct_report_metric", "fct_metric_yoy", "dim_issuer"} <= set(dbt_models("marts"))
    (tmp_path / "models" / "marts").mkdir(parents=True)
    for name in ("fct_b", "dim_a"):
        (tmp_path / "models" / "marts" / f"{name}.sql").write_text("select 1", encoding="utf-8")
    (tmp_path / "models" / "marts" / "dim_a.yml").write_text("models: []", encoding="utf-8")
    assert dbt_models("marts", tmp_path) == ("dim_a", "fct_b")
    with pytest.raises(ValueError, match="not one of dbt's schemas"):
        dbt_models("raw")
