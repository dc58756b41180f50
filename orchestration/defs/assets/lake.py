"""Figures by report year as Parquet in the lake: the partitioned, executor-agnostic path.

Each partition re-extracts the files of one report year and writes Parquet under
`warehouse/lake/years/<year>/`; it never writes DuckDB, so partitions run side by
side on any executor (multiprocess here, celery or Kubernetes on a cluster with the
lake on shared storage), and Dagster's queue does not hold them behind the writer runs
(only the short read of the year's file list waits for a writer to finish).
One year can be backfilled alone from the UI.
"""

import dagster as dg

from expectations.contract import report_years
from extractors import EXTRACTOR_VERSION
from orchestration.defs.assets.raw import read_declarations
from orchestration.loading.lake import extract_year, files_of_year
from orchestration.runs.lock import reader_lock

# One partition per year a report can cover (the contract's bounds, as the year rule checks).
REPORT_YEARS = dg.StaticPartitionsDefinition([str(year) for year in report_years()])


@dg.asset(
    key=["lake", "figures_by_year"],
    partitions_def=REPORT_YEARS,
    group_name="lake",
    required_resource_keys={"zhifa"},
    deps=[["raw", "documents"]],
    description="Figures of one report year, re-extracted into Parquet (warehouse/lake/years/<year>/).",
)
def figures_by_year(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    settings = context.resources.zhifa.settings
    year = int(context.partition_key)
    out_dir = settings.lake_dir / "years" / str(year)
    sidecar = read_declarations(settings.reports_dir)
    # DuckDB opens no file another process writes: a pipeline run in progress is waited for.
    with reader_lock(settings.lock_file, on_wait=lambda holder: context.log.info(f"waiting for {holder} to finish")):
        source_paths = files_of_year(settings.build_db, year)
    documents, figures = extract_year(settings.reports_dir, source_paths, out_dir, sidecar)
    return dg.MaterializeResult(
        metadata={
            "documents": documents,
            "figures": figures,
            "path": dg.MetadataValue.path(str(out_dir)),
            "extractor_version": EXTRACTOR_VERSION,
        }
    )


year_backfill_job = dg.define_asset_job(
    "zhifa_year_backfill",
    selection=dg.AssetSelection.assets(["lake", "figures_by_year"]),
    partitions_def=REPORT_YEARS,
    executor_def=dg.multiprocess_executor.configured({"max_concurrent": 2}),
    description="Re-extract one report year (or many, in parallel processes) into the lake.",
)
