"""Great Expectations suites as Dagster asset checks: one blocking check per stage.

An error-severity expectation that fails makes its check fail with ERROR
severity, which stops everything downstream in the run, publishing included.
"""

import dagster as dg

from expectations.contract import dbt_models
from expectations.runner import validate_stage
from orchestration.settings import duckdb_config

# Each stage's suite is attached to one table of the stage and waits for the rest.
STAGE_ASSETS: dict[str, tuple[dg.AssetKey, tuple[dg.AssetKey, ...]]] = {
    "raw": (
        dg.AssetKey(["raw", "figures"]),
        (
            dg.AssetKey(["raw", "documents"]), dg.AssetKey(["raw", "quarantine"]), dg.AssetKey(["raw", "metric_definitions"]),
            dg.AssetKey(["raw", "corrections"]),
        ),
    ),
    "staging": (
        dg.AssetKey(["staging", "stg_figures"]),
        (dg.AssetKey(["staging", "stg_documents"]), dg.AssetKey(["staging", "stg_metric_definitions"])),
    ),
    "marts": (
        dg.AssetKey(["marts", "fct_report_metric"]),
        tuple(dg.AssetKey(["marts", name]) for name in dbt_models("marts") if name != "fct_report_metric"),
    ),
}


def _stage_check(stage: str) -> dg.AssetChecksDefinition:
    asset_key, waits_for = STAGE_ASSETS[stage]

    @dg.asset_check(
        asset=asset_key,
        name=f"gx_{stage}_suite",
        blocking=True,
        additional_deps=list(waits_for),
        description=f"The Great Expectations suite of the {stage} stage (expectations/{stage}.py).",
        required_resource_keys={"zhifa", "progress", "writer_lock"},
    )
    def _check(context: dg.AssetCheckExecutionContext) -> dg.AssetCheckResult:
        settings = context.resources.zhifa.settings
        progress = context.resources.progress
        progress(f"audit {stage}", 0, 1)
        result = validate_stage(settings.build_db, stage, context.run.run_id, settings.quality_dir, duckdb_config())
        progress(f"audit {stage}", 1, 1)
        failed = result.failures()
        blocking = result.failures("error")
        lines = [
            f"- **{o.severity}** `{o.table}` {o.expectation}({o.column or ''}): {o.observed_value}"
            + (f" ({o.unexpected_count} rows)" if o.unexpected_count else "")
            for o in failed
        ]
        return dg.AssetCheckResult(
            passed=not failed,
            severity=dg.AssetCheckSeverity.ERROR if blocking else dg.AssetCheckSeverity.WARN,
            metadata={
                "expectations": len(result.outcomes),
                "failed": len(failed),
                "failed_error_severity": len(blocking),
                "failures": dg.MetadataValue.md("\n".join(lines) or "none"),
                "data_docs": dg.MetadataValue.path(str(settings.quality_dir / "index.html")),
            },
        )

    return _check


def stage_checks() -> list[dg.AssetChecksDefinition]:
    return [_stage_check(stage) for stage in STAGE_ASSETS]
