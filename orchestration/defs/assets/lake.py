"""Figures by report year as Parquet in the lake: the partitioned, executor-agnostic path.

Each partition re-extracts the files of one report year and writes Parquet under
`warehouse/lake/years/<year>/`; it never writes DuckDB, so partitions run side by
side on any executor (multiprocess here, celery or Kubernetes on a cluster with the
lake on shared storage), and Dagster's queue does not hold them behind the writer runs
(only the short read of the year's file list waits for a writer to finish).
One year can be backfilled alone from the UI.
"""

import datetime as dt
from pathlib import Path

import dagster as dg
import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from expectations.contract import report_years
from extractors import EXTRACTOR_VERSION, extract_file
from extractors.errors import ExtractionError
from orchestration.assets.raw import read_declarations
from orchestration.ingest import DOCUMENT_SCHEMA, FIGURE_SCHEMA, _declared_kwargs, _document_row, _figure_row
from orchestration.run_lock import reader_lock
from orchestration.sidecar import Sidecar

# One partition per year a report can cover (the contract's bounds, as the year rule checks).
REPORT_YEARS = dg.StaticPartitionsDefinition([str(year) for year in report_years()])


def files_of_year(build_db: Path, year: int) -> list[str]:
    """Paths (relative to the reports folder) of the documents loaded for `year`."""
    if not build_db.exists():
        return []
    with duckdb.connect(str(build_db), read_only=True) as con:
        return [
            row[0]
            for row in con.execute(
                """
                SELECT DISTINCT p.source_path
                FROM raw.documents AS d JOIN raw.document_paths AS p USING (doc_id)
                WHERE d.report_year = ? ORDER BY 1
                """,
                [year],
            ).fetchall()
        ]


def extract_year(reports_dir: Path, source_paths: list[str], out_dir: Path, sidecar: Sidecar) -> tuple[int, int]:
    """Extract the files, with what zhifa.toml declares for them as ingestion does, and
    write documents.parquet and figures.parquet; (documents, figures)."""
    at = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
    documents, figures, seen = [], [], set()
    root = reports_dir.resolve()
    for source_path in source_paths:
        path = (root / source_path).resolve()
        if not path.is_relative_to(root) or not path.is_file():
            continue  # removed from the inbox since it was loaded: its rows stay in raw.*
        declaration = sidecar.declaration_for(source_path)
        try:
            document = extract_file(path, **_declared_kwargs(declaration))
        except ExtractionError:
            continue  # quarantine is the main pipeline's job
        if document.doc_id in seen:
            continue
        seen.add(document.doc_id)
        documents.append(_document_row(document, source_path, at, declaration))
        figures.extend(_figure_row(document.doc_id, f) for f in document.figures)
    out_dir.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(documents, DOCUMENT_SCHEMA), out_dir / "documents.parquet")
    pq.write_table(pa.Table.from_pylist(figures, FIGURE_SCHEMA), out_dir / "figures.parquet")
    return len(documents), len(figures)


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
