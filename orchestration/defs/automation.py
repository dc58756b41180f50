"""When the pipeline runs by itself: every morning, and when a new report file lands; and what
happens when a run fails.

Read from the environment when the definitions load (the daemon's code server):
ZHIFA_SCHEDULE_CRON and ZHIFA_SCHEDULE_TIMEZONE move the daily run (default 06:00
Asia/Shanghai); ZHIFA_LOST_RETRY_SECONDS how often the lost-retry watch looks (default 30);
ZHIFA_AUTOMATION=on starts the schedule and the sensor with the deployment
(`make serve` sets it; under `make dev` they are off until turned on in the UI, and a state
set in the UI always wins).
"""

from __future__ import annotations

import hashlib
import json
import os

import dagster as dg
from dagster._core.storage.tags import WILL_RETRY_TAG

from orchestration.notices.channels import NoticeChannels, NoticeConfigError, send
from orchestration.notices.message import Notice
from orchestration.quality.page import AFTER_FAILURE_WAIT_SECONDS, PAGE_NAME, write_after_failed_run
from orchestration.defs.retries import lost_retries, rewind_consumer
from orchestration.settings import Settings

PIPELINE_JOB = "zhifa_pipeline"
# Runs that write the build database carry this tag; the instance's queue lets one of them run
# at a time (deploy/dagster.yaml, tag_concurrency_limits). The lake job writes no database and
# has no such tag, so its partitions run side by side.
WRITER_TAG = ("zhifa/writes", "build_database")
DEFAULT_CRON = "0 6 * * *"
DEFAULT_TIMEZONE = "Asia/Shanghai"
LOST_RETRY_ATTEMPTS = 3


def automation_status() -> dg.DefaultScheduleStatus:
    value = os.environ.get("ZHIFA_AUTOMATION", "off").strip().lower()
    if value not in ("on", "off"):
        raise dg.DagsterInvalidDefinitionError(f"ZHIFA_AUTOMATION must be on or off, not {value!r}")
    return dg.DefaultScheduleStatus.RUNNING if value == "on" else dg.DefaultScheduleStatus.STOPPED


def pipeline_job() -> dg.UnresolvedAssetJobDefinition:
    return dg.define_asset_job(
        PIPELINE_JOB,
        # Everything but the per-year lake partitions, which have their own job.
        selection=dg.AssetSelection.all() - dg.AssetSelection.groups("lake"),
        description="Extract, load, build, audit and publish.",
        tags={
            WRITER_TAG[0]: WRITER_TAG[1],
            # A run whose process died is retried whole (deploy/dagster.yaml, run_retries):
            # ingestion skips what it loaded, and dbt then rebuilds as after any stopped build.
            "dagster/retry_strategy": "ALL_STEPS",
        },
    )


def daily_schedule() -> dg.ScheduleDefinition:
    cron = os.environ.get("ZHIFA_SCHEDULE_CRON", "").strip() or DEFAULT_CRON
    timezone = os.environ.get("ZHIFA_SCHEDULE_TIMEZONE", "").strip() or DEFAULT_TIMEZONE
    try:
        return dg.ScheduleDefinition(
            name="zhifa_daily",
            job_name=PIPELINE_JOB,
            cron_schedule=cron,
            execution_timezone=timezone,
            default_status=automation_status(),
            description=f"The pipeline at {cron} ({timezone}); ZHIFA_SCHEDULE_CRON and ZHIFA_SCHEDULE_TIMEZONE move it.",
        )
    except dg.DagsterInvalidDefinitionError as error:
        raise dg.DagsterInvalidDefinitionError(
            f"ZHIFA_SCHEDULE_CRON={cron!r} / ZHIFA_SCHEDULE_TIMEZONE={timezone!r}: {error}"
        ) from None


def inbox_fingerprint(settings: Settings) -> str:
    """Names, sizes and modification times of the inbox and of the corrections folder, if
    any: cheap, no file is read."""
    digest = hashlib.sha256()
    for folder, tag in ((settings.reports_dir, ""), (settings.corrections_dir, "corrections:")):
        if folder is None:
            continue
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames.sort()
            for name in sorted(filenames):
                path = os.path.join(dirpath, name)
                try:
                    stat = os.lstat(path)
                except OSError:
                    continue
                digest.update(f"{tag}{os.path.relpath(path, folder)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def _inbox_changed(context: dg.SensorEvaluationContext):
    """Starts a run when the reports folder changes (a file added, replaced or removed), or
    the corrections folder does (`zhifa correct` added a file)."""
    fingerprint = inbox_fingerprint(Settings.from_env())
    if fingerprint == context.cursor:
        return dg.SkipReason("no change in the reports folder")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint)


def reports_sensor() -> dg.SensorDefinition:
    return dg.sensor(
        name="zhifa_new_reports",
        job_name=PIPELINE_JOB,
        minimum_interval_seconds=60,
        default_status=dg.DefaultSensorStatus(automation_status().value),
    )(_inbox_changed)


new_reports_sensor = reports_sensor()


@dg.run_status_sensor(
    run_status=dg.DagsterRunStatus.FAILURE,
    name="zhifa_quality_page_on_failure",
    default_status=dg.DefaultSensorStatus.RUNNING,
)
def quality_page_on_failure(context: dg.RunStatusSensorContext):
    """A run whose audits blocked publishing never reaches published_warehouse (which
    writes the quality page); this writes it so the page shows why, and sends the failure
    notice when a webhook or mail is configured (orchestration/notices/)."""
    settings = Settings.from_env()
    run_id = context.dagster_run.run_id
    page, problem = write_after_failed_run(settings, AFTER_FAILURE_WAIT_SECONDS)
    if page is not None:
        context.log.info(f"quality page written after failed run {run_id}: {page}")
    else:  # the page reports on the run; the notice still goes out
        context.log.warning(f"quality page not written after failed run {run_id}: {problem}")
    try:
        channels = NoticeChannels.from_env()
    except NoticeConfigError as error:
        context.log.error(f"failure notice not sent: {error}")
        return
    if not channels.configured:
        return
    run = context.instance.get_run_by_id(run_id) or context.dagster_run
    page_link = os.environ.get("ZHIFA_QUALITY_URL", "").strip() or (settings.quality_dir / PAGE_NAME).as_uri()
    notice = notice_for_failed_run(context.instance, run, context.dagster_event.message or "", page_link)
    send(notice, channels, context.log.info)


def lost_retry_interval() -> int:
    """Seconds between the lost-retry watch's looks (ZHIFA_LOST_RETRY_SECONDS, default 30)."""
    value = os.environ.get("ZHIFA_LOST_RETRY_SECONDS", "").strip() or "30"
    if not value.isdigit() or int(value) < 1:
        raise dg.DagsterInvalidDefinitionError(f"ZHIFA_LOST_RETRY_SECONDS must be a whole number of seconds, not {value!r}")
    return int(value)


def lost_retry_sensor() -> dg.SensorDefinition:
    return dg.sensor(name="zhifa_lost_retries", minimum_interval_seconds=lost_retry_interval(), default_status=dg.DefaultSensorStatus.RUNNING)(
        _lost_retries
    )


def _lost_retries(context: dg.SensorEvaluationContext):
    """A crashed run the daemon was to retry but read past (orchestration/defs/retries.py): the
    daemon's retry consumer is sent back to read its failure again, up to three times a run (a
    pass of the consumer under way when the cursor moves back can write it forward again). The
    sensor's cursor counts the times per run."""
    sent_back: dict[str, int] = json.loads(context.cursor) if context.cursor else {}
    lost = lost_retries(context.instance)
    # Runs retried since drop out of the cursor.
    counts = {item.run_id: sent_back.get(item.run_id, 0) for item in lost}
    again = [item for item in lost if counts[item.run_id] < LOST_RETRY_ATTEMPTS]
    for item in lost:
        if counts[item.run_id] == LOST_RETRY_ATTEMPTS:  # said once
            context.log.error(f"run {item.run_id} was to be retried, and the daemon has not after {LOST_RETRY_ATTEMPTS} tries")
            counts[item.run_id] += 1
    if again:
        rewound = rewind_consumer(context.instance, again)
        if rewound is not None:
            names = ", ".join(item.run_id for item in again)
            context.log.warning(f"the daemon read past the failure of run(s) {names} without retrying; it reads again from event {rewound + 1}")
        for item in again:
            counts[item.run_id] += 1
    if json.dumps(counts, sort_keys=True) != (context.cursor or "{}"):
        context.update_cursor(json.dumps(counts, sort_keys=True))
    return dg.SkipReason(f"retry consumer sent back for {len(again)} run(s)" if again else "no lost retry")


def notice_for_failed_run(instance, run, reason: str, quality_page: str) -> Notice:
    """What failed in `run` (a DagsterRun), from its event log: the asset checks that did not
    pass, else the steps that failed, else the run's process (killed, or lost)."""
    records = instance.all_logs(
        run.run_id, of_type={dg.DagsterEventType.ASSET_CHECK_EVALUATION, dg.DagsterEventType.STEP_FAILURE}
    )
    failed_checks, stages, failed_steps = [], [], []
    for record in records:
        event = record.dagster_event
        if event is None:
            continue
        if event.event_type == dg.DagsterEventType.ASSET_CHECK_EVALUATION:
            evaluation = event.event_specific_data
            if evaluation.passed:
                continue
            failed_checks.append(f"{evaluation.asset_key.to_user_string()} {evaluation.check_name}{_failed_count(evaluation)}")
            stage = evaluation.asset_key.path[0]
            if stage not in stages:
                stages.append(stage)
        elif event.step_key and event.step_key not in failed_steps:
            failed_steps.append(event.step_key)
    if stages:
        where = "the " + " and ".join(stages) + " checks"
    elif failed_steps:
        where = "step " + ", ".join(failed_steps)
    else:
        where = "the run's process"
    return Notice(
        run_id=run.run_id,
        job_name=run.job_name,
        stage=where,
        failed_checks=failed_checks,
        reason=" ".join((reason or "").split())[:500],
        quality_page=quality_page,
        will_retry=run.tags.get(WILL_RETRY_TAG) == "true",
    )


def _failed_count(evaluation) -> str:
    """The expectations behind a failed Great Expectations check, from its metadata."""
    failed = evaluation.metadata.get("failed")
    blocking = evaluation.metadata.get("failed_error_severity")
    if failed is None:
        return ""
    text = f" ({failed.value} expectation(s) failed"
    if blocking is not None:
        text += f", {blocking.value} of error severity"
    return text + ")"
