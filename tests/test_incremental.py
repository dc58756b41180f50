"""An incremental run gives the same tables as a full rebuild: reports added to a loaded
warehouse, and the issuer-keyed dbt models rebuilt for changed issuers only (an added, an
edited and a retracted report) against the same models rebuilt whole."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field

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


# --- one story, two claims -----------------------------------------------------------------------
# Three runs serve both: a first build; an incremental run after one issuer gains a year, another's
# report is edited in place, a third's is retracted, and a department's report that names nobody is
# declared in zhifa.toml; and the same build database rebuilt whole.

# A department's report that names nobody: declared as 应急管理局, its work-safety figure is
# the department's own ('all'), so the figures change with the declaration, not only the issuer.
BUREAU = "2022年，我局在安全生产领域实施行政处罚35件。\n"
BUREAU_QUERY = "SELECT issuer_key, report_year FROM marts.dim_document WHERE source_path = 'scans/bureau.txt'"
BUREAU_ISSUER = "tianjin/xiqing/yingjiguanliju"


@dataclass
class Story:
    ws: Workspace
    full: Workspace
    runs: dict[str, subprocess.CompletedProcess] = field(default_factory=dict)
    before: dict[str, str] = field(default_factory=dict)  # fingerprints after the first run
    after: dict[str, str] = field(default_factory=dict)  # and after the incremental one
    untouched: str = ""  # the issuer none of the changes is about
    bureau_first: list = field(default_factory=list)
    bureau_after: list = field(default_factory=list)
    bureau_metrics: list = field(default_factory=list)
    incremental: dict = field(default_factory=dict)
    full_fingerprints: dict[str, str] = field(default_factory=dict)
    full_models: dict = field(default_factory=dict)


@pytest.fixture(scope="module")
def story(tmp_path_factory) -> Story:
    tmp_path = tmp_path_factory.mktemp("changes")
    ws = Workspace(tmp_path / "reports", tmp_path / "warehouse")
    story = Story(ws, Workspace(ws.reports, tmp_path / "full_warehouse"))
    shutil.copytree(BUNDLED_REPORTS, ws.reports)
    (ws.reports / "scans").mkdir()
    (ws.reports / "scans" / "bureau.txt").write_text(BUREAU, encoding="utf-8")
    added = ws.reports / "sample_jiaqu_2022.txt"
    added_text = added.read_text(encoding="utf-8")
    added.unlink()
    story.runs["first"] = ws.run()
    assert story.runs["first"].returncode == 0, story.runs["first"].stdout + story.runs["first"].stderr
    story.before = fingerprints(ws)
    story.untouched = ws.query("SELECT issuer_key FROM marts.dim_document WHERE source_path = 'tianjin_teda_2022.txt'")[0][0]
    story.bureau_first = ws.query(BUREAU_QUERY)

    # One issuer gains a year, another's report is edited in place, a third's is retracted;
    # the bureau's report is declared in the folder's zhifa.toml, whose places stay as they were.
    added.write_text(added_text, encoding="utf-8")
    edited = ws.reports / "tianjin_jinghai_2022.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n全年共办理行政处罚案件9999件。\n", encoding="utf-8")
    story.runs["retract"] = subprocess.run(
        [*ZHIFA, "retract", "sample_yixian_2021.txt", "--warehouse", str(ws.warehouse)], capture_output=True, text=True, timeout=120
    )
    (ws.reports / "sample_yixian_2021.txt").unlink()
    places = (ws.reports / "zhifa.toml").read_text(encoding="utf-8")
    declaration = '\n[[declare]]\npath = "scans/bureau.txt"\nissuer = "天津市西青区应急管理局"\nyear = 2021\n'
    (ws.reports / "zhifa.toml").write_text(places + declaration, encoding="utf-8")
    story.runs["incremental"] = ws.run()
    story.after = fingerprints(ws)
    story.bureau_after = ws.query(BUREAU_QUERY)
    story.bureau_metrics = ws.query(
        f"SELECT report_year, metric, domain, value FROM marts.fct_report_metric WHERE issuer_key = '{BUREAU_ISSUER}'"
    )
    story.incremental = models_without_load_times(ws)

    # The same build database, its models rebuilt whole (what a changed dbt project gets).
    shutil.copytree(ws.warehouse, story.full.warehouse)
    (story.full.warehouse / "dbt" / _BUILT_STAMP).unlink()
    story.runs["full"] = story.full.run()
    story.full_fingerprints = fingerprints(story.full)
    story.full_models = models_without_load_times(story.full)
    return story


def test_issuer_keyed_models_rebuilt_for_changed_issuers_equal_a_full_refresh(story):
    assert story.runs["retract"].returncode == 0, story.runs["retract"].stdout + story.runs["retract"].stderr
    result = story.runs["incremental"]
    assert result.returncode == 0, result.stdout + result.stderr
    before, after = story.before, story.after
    rebuilt = {key for key in after if after[key] != before.get(key)}
    # the four issuers of the bundled reports, and the bureau once it is declared
    assert len(after) == 5 and BUREAU_ISSUER not in before and rebuilt == set(after) - {story.untouched}, (before, after)
    assert any("案件9999件" in row for row in story.incremental["intermediate.int_issuer_figure_mentions"]), "the edit is in"

    result = story.runs["full"]
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(set(story.full_fingerprints.values())) == 1, "every issuer was rebuilt"
    assert story.full_models == story.incremental


def test_a_changed_declaration_rebuilds_the_models_as_a_full_rebuild_would(story):
    """zhifa.toml's declarations (tests/test_sidecar.py) reach the marts on the next run."""
    assert story.bureau_first == [(None, 2022)]
    result = story.runs["incremental"]
    assert result.returncode == 0, result.stdout + result.stderr
    # the bureau's report re-extracted, beside the added and the edited report
    assert "loaded (3 new, 1 of them for a changed zhifa.toml)" in result.stdout
    assert story.bureau_after == [(BUREAU_ISSUER, 2021)]
    assert story.bureau_metrics == [(2021, "penalty_cases", "all", 35.0)]

    result = story.runs["full"]
    assert result.returncode == 0, result.stdout + result.stderr
    assert story.full_models == story.incremental
