"""raw.corrections as a Dagster asset: the corrections folder checked and loaded before the
reports are, so a malformed file stops the run before anything is loaded or built."""

import dagster as dg

from orchestration.corrections.folder import read_for_run
from orchestration.corrections.format import CorrectionsError
from orchestration.corrections.load import load_corrections
from orchestration.loading.ingest import connect
from orchestration.settings import Settings
from orchestration.loading.sidecar import SidecarError


@dg.asset(
    key=["raw", "corrections"],
    group_name="raw",
    description="Analysts' corrections from the corrections folder (ZHIFA_CORRECTIONS_DIR), checked line by line; dbt applies them in staging.",
    deps=[["raw", "metric_definitions"]],
    required_resource_keys={"zhifa", "writer_lock"},
)
def corrections(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    settings: Settings = context.resources.zhifa.settings
    with connect(settings.build_db) as con:
        try:
            rows = read_for_run(settings, con)
        except (CorrectionsError, SidecarError) as error:
            # one line naming the file and line, as `zhifa run` reports it
            raise dg.Failure(description=str(error)) from None
        loaded = load_corrections(con, rows)
    folder = str(settings.corrections_dir) if settings.corrections_dir else "none (ZHIFA_CORRECTIONS_DIR is not set)"
    context.log.info(f"{loaded} corrections loaded from {folder}")
    return dg.MaterializeResult(metadata={"corrections": loaded, "folder": folder})
