"""The Dagster definitions load and hold what `dagster dev` should show."""

from __future__ import annotations

import dagster as dg
import pytest

from orchestration.defs.automation import PIPELINE_JOB, WRITER_TAG, daily_schedule, new_reports_sensor, reports_sensor
from orchestration.defs.definitions import build_definitions
from orchestration.settings import Settings


@pytest.fixture(scope="module")
def defs(tmp_path_factory):
    root = tmp_path_factory.mktemp("defs")
    (root / "reports").mkdir()
    return build_definitions(Settings.from_env(root / "reports", root / "warehouse"))


def test_assets_read_like_table_names(defs):
    keys = {key.to_user_string() for key in defs.resolve_asset_graph().get_all_asset_keys()}
    expected = {
        "raw/documents", "raw/figures", "raw/quarantine", "raw/metric_definitions", "staging/stg_figures",
        "marts/fct_report_metric", "marts/fct_metric_yoy", "marts/fct_consistency_check", "marts/dim_issuer",
        "marts/dim_metric", "marts/dim_document", "published_warehouse",
    }  # fmt: skip
    assert expected <= keys


def test_each_stage_has_a_blocking_gx_check(defs):
    checks = {key.name: key for key in defs.resolve_asset_graph().asset_check_keys}
    for stage in ("raw", "staging", "marts"):
        assert f"gx_{stage}_suite" in checks
    blocking = [spec for ac in defs.asset_checks or [] for spec in ac.check_specs if spec.name.startswith("gx_")]
    assert blocking and all(spec.blocking for spec in blocking)


def test_job_schedule_and_sensor_exist(defs):
    assert defs.resolve_job_def(PIPELINE_JOB)
    assert defs.resolve_schedule_def("zhifa_daily").cron_schedule == "0 6 * * *"
    assert defs.resolve_sensor_def("zhifa_new_reports")


def test_the_pipeline_job_carries_the_writer_tag_and_the_lake_job_does_not(defs):
    # deploy/dagster.yaml lets one run with this tag run at a time (tests/test_deploy.py).
    assert defs.resolve_job_def(PIPELINE_JOB).tags[WRITER_TAG[0]] == WRITER_TAG[1]
    assert WRITER_TAG[0] not in defs.resolve_job_def("zhifa_year_backfill").tags


def test_the_schedule_and_the_sensor_start_only_where_automation_is_on(monkeypatch):
    monkeypatch.delenv("ZHIFA_AUTOMATION", raising=False)
    assert daily_schedule().default_status == dg.DefaultScheduleStatus.STOPPED
    assert reports_sensor().default_status == dg.DefaultSensorStatus.STOPPED
    monkeypatch.setenv("ZHIFA_AUTOMATION", "on")  # make serve, the units, compose
    assert daily_schedule().default_status == dg.DefaultScheduleStatus.RUNNING
    assert reports_sensor().default_status == dg.DefaultSensorStatus.RUNNING
    monkeypatch.setenv("ZHIFA_AUTOMATION", "yes")
    with pytest.raises(dg.DagsterInvalidDefinitionError, match="ZHIFA_AUTOMATION must be on or off"):
        daily_schedule()


def test_the_schedule_runs_at_06_00_in_shanghai_unless_the_environment_moves_it(monkeypatch):
    monkeypatch.delenv("ZHIFA_SCHEDULE_CRON", raising=False)
    monkeypatch.delenv("ZHIFA_SCHEDULE_TIMEZONE", raising=False)
    assert (daily_schedule().cron_schedule, daily_schedule().execution_timezone) == ("0 6 * * *", "Asia/Shanghai")
    monkeypatch.setenv("ZHIFA_SCHEDULE_CRON", "30 5 * * 1-5")
    monkeypatch.setenv("ZHIFA_SCHEDULE_TIMEZONE", "Europe/Berlin")
    assert (daily_schedule().cron_schedule, daily_schedule().execution_timezone) == ("30 5 * * 1-5", "Europe/Berlin")
    monkeypatch.setenv("ZHIFA_SCHEDULE_CRON", "every morning")
    with pytest.raises(dg.DagsterInvalidDefinitionError, match="ZHIFA_SCHEDULE_CRON='every morning'"):
        daily_schedule()


def test_sensor_requests_a_run_only_when_the_inbox_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHIFA_REPORTS_DIR", str(tmp_path))
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    context = dg.build_sensor_context()
    first = new_reports_sensor(context)
    assert isinstance(first, dg.RunRequest)
    context = dg.build_sensor_context(cursor=first.run_key)
    assert isinstance(new_reports_sensor(context), dg.SkipReason)
    (tmp_path / "b.txt").write_text("y", encoding="utf-8")
    assert isinstance(new_reports_sensor(context), dg.RunRequest)


def test_year_partitions_run_on_a_multiprocess_executor_and_one_year_materialises(tmp_path):
    import shutil

    from orchestration.loading.ingest import connect, ingest
    from tests.conftest import BUNDLED_REPORTS

    reports = tmp_path / "reports"
    shutil.copytree(BUNDLED_REPORTS, reports)
    settings = Settings.from_env(reports, tmp_path / "warehouse")
    with connect(settings.build_db) as con:
        ingest(con, reports, settings.lake_dir, workers=1, max_bytes=1_000_000)
    defs = build_definitions(settings)
    job = defs.resolve_job_def("zhifa_year_backfill")
    assert "multiprocess" in job.executor_def.name
    assert "2022" in job.partitions_def.get_partition_keys()

    result = job.execute_in_process(partition_key="2022", instance=dg.DagsterInstance.ephemeral())
    assert result.success
    figures = tmp_path / "warehouse" / "lake" / "years" / "2022" / "figures.parquet"
    import pyarrow.parquet as pq

    table = pq.read_table(figures)
    assert 2132.0 in table.column("value").to_pylist()  # 静海区 2022 penalty cases
    assert table.num_rows > 17


def test_the_dbt_resource_knows_its_version_without_running_dbt(tmp_path, monkeypatch):
    import importlib.metadata

    import dagster_dbt.core.resource as dbt_resource_module

    from orchestration.defs.assets.dbt import dbt_resource

    def no_subprocess(*args, **kwargs):
        raise AssertionError(f"ran {args!r}")

    monkeypatch.setattr(dbt_resource_module, "check_output", no_subprocess)
    resource = dbt_resource(tmp_path)
    assert str(resource._cli_version) == importlib.metadata.version("dbt-core")


def test_dbt_builds_whole_unless_the_last_build_finished_with_this_project(tmp_path):
    from orchestration.defs.assets.dbt import BUILD_ARGS, _project_hash, build_args

    stamp = tmp_path / "built.txt"
    assert build_args(stamp) == [*BUILD_ARGS, "--full-refresh"], "no build finished yet"
    stamp.write_text("a hash of another project")
    assert build_args(stamp) == [*BUILD_ARGS, "--full-refresh"], "the models' SQL changed since"
    stamp.write_text(_project_hash())
    assert build_args(stamp) == list(BUILD_ARGS)
    # Until this build finishes, the next one rebuilds whole: this one may stop half-way.
    assert not stamp.exists()
    assert build_args(stamp) == [*BUILD_ARGS, "--full-refresh"]


def test_a_new_warehouse_takes_the_manifest_parsed_for_another_and_a_changed_project_is_parsed_again(tmp_path, monkeypatch):
    import json
    import shutil

    from orchestration.defs.assets import dbt
    from tests.conftest import REPO

    project = tmp_path / "dbt_project"
    shutil.copytree(REPO / "dbt_project", project, ignore=shutil.ignore_patterns("target", "logs"))
    monkeypatch.setattr(dbt, "DBT_PROJECT_DIR", project)
    parses = []
    real_parse = dbt._Preparer._prepare_manifest
    monkeypatch.setattr(dbt._Preparer, "_prepare_manifest", lambda self, project: parses.append(project) or real_parse(self, project))

    def models(warehouse: str) -> set[str]:
        wh = tmp_path / warehouse
        manifest = dbt.ensure_manifest(dbt.dbt_project_for(wh), wh / "build.duckdb")
        return {key for key in json.loads(manifest.read_text(encoding="utf-8"))["nodes"] if key.startswith("model.")}

    first = models("a")
    assert len(parses) == 1 and "model.zhifa.fct_report_metric" in first
    assert models("b") == first and len(parses) == 1, "the same project files: no dbt parse"

    (project / "models" / "marts" / "zz_probe.sql").write_text("select 1 as probe\n", encoding="utf-8")
    assert models("c") == first | {"model.zhifa.zz_probe"} and len(parses) == 2, "a new model: parsed again"
    assert models("b") == first | {"model.zhifa.zz_probe"} and len(parses) == 2, "b's manifest follows the project"
