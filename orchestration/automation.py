"""When the pipeline runs by itself: every morning, and when a new report file lands."""

from __future__ import annotations

import hashlib
import os

import dagster as dg

from orchestration.settings import Settings

PIPELINE_JOB = "zhifa_pipeline"


def pipeline_job() -> dg.UnresolvedAssetJobDefinition:
    return dg.define_asset_job(
        PIPELINE_JOB,
        # Everything but the per-year lake partitions, which have their own job.
        selection=dg.AssetSelection.all() - dg.AssetSelection.groups("lake"),
        description="Extract, load, build, audit and publish.",
    )


daily_schedule = dg.ScheduleDefinition(
    name="zhifa_daily", job_name=PIPELINE_JOB, cron_schedule="0 6 * * *", execution_timezone="Asia/Shanghai"
)


def inbox_fingerprint(settings: Settings) -> str:
    """Names, sizes and modification times of the inbox: cheap, no file is read."""
    digest = hashlib.sha256()
    for dirpath, dirnames, filenames in os.walk(settings.reports_dir):
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            try:
                stat = os.lstat(path)
            except OSError:
                continue
            digest.update(f"{os.path.relpath(path, settings.reports_dir)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


@dg.sensor(name="zhifa_new_reports", job_name=PIPELINE_JOB, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.STOPPED)
def new_reports_sensor(context: dg.SensorEvaluationContext):
    """Starts a run when the reports folder changes (a file added, replaced or removed)."""
    fingerprint = inbox_fingerprint(Settings.from_env())
    if fingerprint == context.cursor:
        return dg.SkipReason("no change in the reports folder")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint)


@dg.run_status_sensor(
    run_status=dg.DagsterRunStatus.FAILURE,
    name="zhifa_quality_page_on_failure",
    default_status=dg.DefaultSensorStatus.RUNNING,
)
def quality_page_on_failure(context: dg.RunStatusSensorContext):
    """A run whose audits blocked publishing never reaches published_warehouse (which
    writes the quality page); this writes it so the page shows why."""
    from orchestration.quality_page import write_quality_page

    page = write_quality_page(Settings.from_env())
    context.log.info(f"quality page written after failed run {context.dagster_run.run_id}: {page}")
