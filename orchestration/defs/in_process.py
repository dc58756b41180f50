"""`zhifa run`: the pipeline job executed in this process, and the summary printed at its end
(files, figures, checks, and where things are)."""

from __future__ import annotations

from contextlib import redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg

from orchestration.defs.automation import PIPELINE_JOB
from orchestration.defs.definitions import build_definitions
from orchestration.defs.resources import Progress, ProgressCallback
from orchestration.quality.page import PAGE_NAME, write_after_failed_run
from orchestration.settings import Settings

PUBLISHED = dg.AssetKey(["published_warehouse"])
RAW_DOCUMENTS = dg.AssetKey(["raw", "documents"])
RAW_FIGURES = dg.AssetKey(["raw", "figures"])
RAW_QUARANTINE = dg.AssetKey(["raw", "quarantine"])


@dataclass
class RunSummary:
    settings: Settings
    published: bool
    log_path: Path | None = None
    files_seen: int = 0
    documents_loaded: int = 0
    documents_new: int = 0
    documents_redeclared: int = 0  # of the new: same bytes, extracted again for a changed zhifa.toml
    quarantined: list[dict] = field(default_factory=list)
    figures_total: int = 0
    figures_new: int = 0
    checks_passed: int = 0
    checks_failed: list[str] = field(default_factory=list)
    checks_warned: list[str] = field(default_factory=list)
    step_errors: list[str] = field(default_factory=list)
    quality_page: Path | None = None  # the zhifa quality page, when it was written
    quality_page_problem: str = ""  # why it was not

    def _redeclared(self) -> str:
        return f", {self.documents_redeclared} of them for a changed zhifa.toml" if self.documents_redeclared else ""

    def render(self) -> str:
        s = self.settings
        lines = [
            "",
            "zhifa run " + ("published the warehouse" if self.published else "did NOT publish: the previous warehouse is unchanged"),
            f"  files      {self.files_seen} seen: {self.documents_loaded} loaded ({self.documents_new} new{self._redeclared()}), "
            f"{len(self.quarantined)} quarantined",
        ]
        for q in self.quarantined:
            lines.append(f"               quarantined {q['source_path']}: {q['reason']} ({q['message']})")
        lines += [
            f"  figures    {self.figures_total} in raw.figures ({self.figures_new} new)",
            f"  checks     {self.checks_passed} passed, {len(self.checks_failed)} failed (blocking), "
            f"{len(self.checks_warned)} warnings",
        ]
        lines += [f"               failed  {name}" for name in self.checks_failed]
        lines += [f"               warning {name}" for name in self.checks_warned]
        lines += [f"  error      {message}" for message in self.step_errors]
        lines += [
            f"  warehouse  {s.published_db}" + ("" if s.published_db.exists() else " (not yet published)"),
            f"  quality    {s.quality_dir / 'index.html'}  (Data Docs; zhifa quality for a summary)",
        ]
        if self.log_path:
            lines.append(f"  log        {self.log_path}")
        return "\n".join(lines)


def run_pipeline(settings: Settings, progress: ProgressCallback, log_path: Path) -> RunSummary:
    """Materialise every asset of the pipeline job in this process (an ephemeral instance) with
    progress reported to `progress` and dbt's output in `log_path`; what it did. The quality page
    is written by the run when it publishes, and here when it did not (so it shows why)."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    # dbt's own log lines go to the run log, not over the progress display.
    with open(log_path, "w", encoding="utf-8") as log, redirect_stdout(log):
        job = build_definitions(settings, Progress(progress)).resolve_job_def(PIPELINE_JOB)
        with dg.DagsterInstance.ephemeral() as instance:
            result = job.execute_in_process(
                instance=instance,
                raise_on_error=False,
                run_config={"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}},
            )
    summary = summarise(result, settings, log_path)
    if summary.published:
        summary.quality_page = settings.quality_dir / PAGE_NAME
    else:
        summary.quality_page, summary.quality_page_problem = write_after_failed_run(settings)
    return summary


def summarise(result: dg.ExecuteInProcessResult, settings: Settings, log_path: Path | None = None) -> RunSummary:
    materialized = {event.asset_key: event for event in result.get_asset_materialization_events()}
    summary = RunSummary(settings=settings, published=PUBLISHED in materialized, log_path=log_path)
    documents = _metadata(materialized.get(RAW_DOCUMENTS))
    summary.files_seen = documents.get("files_seen", 0)
    summary.documents_loaded = documents.get("documents_loaded", 0)
    summary.documents_new = documents.get("documents_new", 0)
    summary.documents_redeclared = documents.get("documents_redeclared", 0)
    summary.figures_new = documents.get("figures_new", 0)
    summary.figures_total = _metadata(materialized.get(RAW_FIGURES)).get("rows", 0)
    summary.quarantined = _metadata(materialized.get(RAW_QUARANTINE)).get("quarantined_files", [])
    for evaluation in result.get_asset_check_evaluations():
        name = f"{evaluation.asset_key.to_user_string()}:{evaluation.check_name}"
        if evaluation.passed:
            summary.checks_passed += 1
        elif evaluation.severity == dg.AssetCheckSeverity.ERROR:
            summary.checks_failed.append(name)
        else:
            summary.checks_warned.append(name)
    for event in result.all_events:
        if event.event_type == dg.DagsterEventType.STEP_FAILURE and event.step_failure_data:
            error = event.step_failure_data.error
            while error is not None and error.cause is not None:
                error = error.cause  # the user's exception, not Dagster's wrapper
            message = error.message.strip().splitlines()[0] if error else "unknown error"
            summary.step_errors.append(f"{event.step_key}: {message}")
    return summary


def _metadata(event) -> dict:
    if event is None:
        return {}
    return {key: value.value for key, value in event.materialization.metadata.items()}
