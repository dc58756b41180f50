"""An incremental run gives the same tables as a full rebuild: reports added to a loaded
warehouse, and the issuer-keyed dbt models rebuilt for changed issuers only (an added, an
edited and a retracted report) against the same models rebuilt whole."""

from __future__ import annotations

import shutil
import subprocess

import duckdb
import pytest

from orchestration.defs.assets.dbt import _BUILT_STAMP
from tests.conftest import BUNDLED_REPORTS
from tests.e2e_support import MARTS, ZHIFA, Workspace

pytestmark = pytest.mark.e2e

# Columns that say when a row was loaded, not what it holds.
LOAD_TIME_COLUMNS = {"ingested_at", "latest_ingested_at"}


def rows_without(ws: Workspace, tables: list[str], columns_left_out: set[str]) -> dict[str, list[str]]:
    """Each table's rows, sorted, without the columns left out."""
    snapshot = {}
    with duckdb.connect(str(ws.published), read_only=True) as con:
        for table in tables:
            columns = [row[0] for row in con.execute(f"DESCRIBE {table}").fetchall() if row[0] not in columns_left_out]
            select = ", ".join(f'"{c}"' for c in columns)
            snapshot[table] = sorted(map(repr, con.execute(f"SELECT {select} FROM {table}").fetchall()))
    return snapshot


def marts_without_load_times(ws: Workspace) -> dict[str, list[str]]:
    return rows_without(ws, [f"marts.{name}" for name in MARTS], LOAD_TIME_COLUMNS)


def test_adding_reports_to_a_loaded_warehouse_equals_building_from_scratch(tmp_path, bundled_build):
    first_half = {"tianjin_jinghai_2022.txt", "sample_jiaqu_2021.txt", "sample_jiaqu_2022.txt", "sample_yixian_2021.txt"}

    incremental = Workspace(tmp_path / "inc_reports", tmp_path / "inc_warehouse")
    incremental.reports.mkdir()
    for name in (*first_half, "zhifa.toml"):  # the samples' declared places come first
        shutil.copy(BUNDLED_REPORTS / name, incremental.reports / name)
    assert incremental.run().returncode == 0
    for path in BUNDLED_REPORTS.iterdir():
        shutil.copy(path, incremental.reports / path.name)
    result = incremental.run()
    assert result.returncode == 0, result.stdout + result.stderr
    reports = [p for p in BUNDLED_REPORTS.iterdir() if p.name != "zhifa.toml"]  # declarations, not a report
    assert f"({len(reports) - len(first_half)} new)" in result.stdout

    full = bundled_build.copy_to(tmp_path / "full")  # every report at once, into an empty warehouse
    assert bundled_build.result.returncode == 0

    assert marts_without_load_times(incremental) == marts_without_load_times(full)


# What dbt builds, less the bookkeeping of which run changed which issuer.
MODEL_SCHEMAS = ("staging", "intermediate", "marts", "bi")
BOOKKEEPING = {("intermediate", "int_issuer_fingerprints")}
# Each run marks the paths it saw; the rebuild below is one run later.
SEEN_TIME_COLUMNS = LOAD_TIME_COLUMNS | {"last_seen"}


def models_without_load_times(ws: Workspace) -> dict[str, list[str]]:
    tables = ws.query(
        "SELECT schema_name, table_name FROM duckdb_tables() WHERE schema_name IN (SELECT unnest(?)) ORDER BY ALL",
        [list(MODEL_SCHEMAS)],
    )
    models = [f"{schema}.{table}" for schema, table in tables if (schema, table) not in BOOKKEEPING]
    return rows_without(ws, models, SEEN_TIME_COLUMNS)


def fingerprints(ws: Workspace) -> dict[str, str]:
    with duckdb.connect(str(ws.published), read_only=True) as con:
        return dict(con.execute("SELECT issuer_key, changed_in FROM intermediate.int_issuer_fingerprints").fetchall())


def test_issuer_keyed_models_rebuilt_for_changed_issuers_equal_a_full_refresh(tmp_path):
    ws = Workspace(tmp_path / "reports", tmp_path / "warehouse")
    shutil.copytree(BUNDLED_REPORTS, ws.reports)
    added = ws.reports / "sample_jiaqu_2022.txt"
    added_text = added.read_text(encoding="utf-8")
    added.unlink()
    assert ws.run().returncode == 0
    before = fingerprints(ws)
    untouched = ws.query("SELECT issuer_key FROM marts.dim_document WHERE source_path = 'tianjin_teda_2022.txt'")[0][0]

    # One issuer gains a year, another's report is edited in place, a third's is retracted.
    added.write_text(added_text, encoding="utf-8")
    edited = ws.reports / "tianjin_jinghai_2022.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n全年共办理行政处罚案件9999件。\n", encoding="utf-8")
    retracted = subprocess.run(
        [*ZHIFA, "retract", "sample_yixian_2021.txt", "--warehouse", str(ws.warehouse)], capture_output=True, text=True, timeout=120
    )
    assert retracted.returncode == 0, retracted.stdout + retracted.stderr
    (ws.reports / "sample_yixian_2021.txt").unlink()
    result = ws.run()
    assert result.returncode == 0, result.stdout + result.stderr
    after = fingerprints(ws)
    rebuilt = {key for key in after if after[key] != before.get(key)}
    assert len(after) == 4 and rebuilt == set(after) - {untouched}, (before, after)
    incremental = models_without_load_times(ws)
    assert any("案件9999件" in row for row in incremental["intermediate.int_issuer_figure_mentions"]), "the edit is in"

    # The same build database, its models rebuilt whole (what a changed dbt project gets).
    full = Workspace(ws.reports, tmp_path / "full_warehouse")
    shutil.copytree(ws.warehouse, full.warehouse)
    (full.warehouse / "dbt" / _BUILT_STAMP).unlink()
    result = full.run()
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(set(fingerprints(full).values())) == 1, "every issuer was rebuilt"
    assert models_without_load_times(full) == incremental
