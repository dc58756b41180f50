"""The one Dagster `Definitions` of zhifa; `dagster dev` and `zhifa run` load the same."""

from __future__ import annotations

import dagster as dg

from orchestration.defs.assets.corrections import corrections
from orchestration.defs.assets.dbt import build_dbt_assets, dbt_resource
from orchestration.defs.assets.lake import figures_by_year, year_backfill_job
from orchestration.defs.assets.publish import published_warehouse
from orchestration.defs.assets.raw import metric_definitions, raw_reports
from orchestration.defs.automation import daily_schedule, lost_retry_sensor, pipeline_job, quality_page_on_failure, reports_sensor
from orchestration.defs.checks import stage_checks
from orchestration.defs.resources import Progress, WriterLock, ZhifaResource
from orchestration.settings import Settings


def build_definitions(settings: Settings, progress: Progress | None = None) -> dg.Definitions:
    zhifa = ZhifaResource.from_settings(settings)
    return dg.Definitions(
        assets=[metric_definitions, corrections, raw_reports, build_dbt_assets(settings.warehouse_dir, settings.build_db), published_warehouse, figures_by_year],
        asset_checks=stage_checks(),
        jobs=[pipeline_job(), year_backfill_job],
        schedules=[daily_schedule()],
        sensors=[reports_sensor(), quality_page_on_failure, lost_retry_sensor()],
        resources={
            "zhifa": zhifa,
            "writer_lock": WriterLock(zhifa=zhifa),
            "dbt": dbt_resource(settings.warehouse_dir),
            "progress": dg.ResourceDefinition.hardcoded_resource(progress or Progress()),
        },
        # One writer at a time on the build database: steps run one after another,
        # and extraction parallelises inside its own step (a process pool).
        executor=dg.in_process_executor,
    )


@dg.definitions
def defs() -> dg.Definitions:
    return build_definitions(Settings.from_env())
