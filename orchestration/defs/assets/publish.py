"""The published warehouse: the audited build database, swapped in atomically."""


import dagster as dg

from orchestration.defs.checks import STAGE_ASSETS
from orchestration.publishing.publish import blocking_failures, publish
from orchestration.quality.page import write_quality_page

MART_KEYS = [STAGE_ASSETS["marts"][0], *STAGE_ASSETS["marts"][1]]
BI_KEYS = [dg.AssetKey(["bi", "bi_figures"]), dg.AssetKey(["bi", "bi_problems"])]


@dg.asset(
    key=["published_warehouse"],
    deps=[*MART_KEYS, *BI_KEYS],
    group_name="publish",
    description="warehouse/warehouse.duckdb: replaced by the build only when no error-severity audit failed.",
    required_resource_keys={"zhifa", "progress", "writer_lock"},
)
def published_warehouse(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    settings = context.resources.zhifa.settings
    progress = context.resources.progress
    # The blocking checks already stop this asset; reading the stored results too
    # keeps the rule true however the asset is launched (a UI selection, a retry).
    failures = blocking_failures(settings.build_db, context.run_id)
    if failures:
        listed = "; ".join(f"{stage} {table} {expectation}({column or ''})" for stage, table, expectation, column in failures)
        raise dg.Failure(description=f"audits blocked publishing: {listed}")
    progress("publish", 0, 1)
    path = publish(settings.build_db, settings.published_db)
    progress("publish", 1, 1)
    write_quality_page(settings)
    return dg.MaterializeResult(
        metadata={"path": dg.MetadataValue.path(str(path)), "bytes": path.stat().st_size}
    )
