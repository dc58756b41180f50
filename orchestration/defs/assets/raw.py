"""The raw.* tables: report files extracted and loaded into the build database."""

from pathlib import Path

import dagster as dg

from orchestration.defs.resources import ZhifaResource
from orchestration.loading.ingest import connect, ingest, load_metric_definitions
from orchestration.loading.sidecar import Sidecar, SidecarError, read_sidecar
from orchestration.settings import Settings

RAW_GROUP = "raw"


def read_declarations(reports_dir: Path) -> Sidecar:
    """The reports folder's zhifa.toml. A malformed one fails the step with its one line
    (file, line, problem), as `zhifa run` reports it, not a traceback from inside ingestion."""
    try:
        return read_sidecar(reports_dir)
    except SidecarError as error:
        raise dg.Failure(description=str(error)) from None


@dg.asset(
    key=["raw", "metric_definitions"],
    group_name=RAW_GROUP,
    description="The metric taxonomy from extractors/taxonomy.toml.",
    required_resource_keys={"zhifa", "writer_lock"},
)
def metric_definitions(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    zhifa: ZhifaResource = context.resources.zhifa
    with connect(zhifa.settings.build_db) as con:
        rows = load_metric_definitions(con)
    return dg.MaterializeResult(metadata={"metrics": rows})


@dg.multi_asset(
    specs=[
        # Loading the taxonomy and the corrections first keeps the writers of the build
        # database apart, and refuses a malformed corrections file before any report is read.
        dg.AssetSpec(
            ["raw", "documents"],
            group_name=RAW_GROUP,
            description="One row per distinct input file content.",
            deps=[["raw", "metric_definitions"], ["raw", "corrections"]],
        ),
        dg.AssetSpec(["raw", "document_paths"], group_name=RAW_GROUP, description="Every path a document's bytes were seen under."),
        dg.AssetSpec(["raw", "figures"], group_name=RAW_GROUP, description="One row per figure mention."),
        dg.AssetSpec(["raw", "quarantine"], group_name=RAW_GROUP, description="Every input that was not loaded, and why."),
    ],
    required_resource_keys={"zhifa", "progress", "writer_lock"},
)
def raw_reports(context: dg.AssetExecutionContext):
    """Extract new report files in parallel and bulk-load them; skip bytes already loaded."""
    settings: Settings = context.resources.zhifa.settings
    progress = context.resources.progress
    sidecar = read_declarations(settings.reports_dir)  # before the build database is opened
    with connect(settings.build_db) as con:
        summary = ingest(
            con,
            settings.reports_dir,
            settings.lake_dir,
            workers=settings.workers,
            max_bytes=settings.max_file_bytes,
            sidecar=sidecar,
            on_progress=progress,
        )
        totals = dict(
            zip(
                ("documents", "figures", "quarantine"),
                con.execute(
                    "SELECT (SELECT count(*) FROM raw.documents), (SELECT count(*) FROM raw.figures), (SELECT count(*) FROM raw.quarantine)"
                ).fetchall()[0],
            )
        )
    for path, reason, message in summary.quarantined:
        context.log.warning(f"quarantined {path}: {reason}: {message}")
    for path in summary.redeclared:
        context.log.info(f"extracted {path} again: zhifa.toml declares otherwise for it now")
    context.log.info(
        f"{summary.files_seen} files seen: {summary.documents_loaded} loaded ({summary.documents_new} new), "
        f"{summary.files_quarantined} quarantined; {summary.figures_new} new figures"
    )
    run_facts = {
        "files_seen": summary.files_seen,
        "documents_loaded": summary.documents_loaded,
        "documents_new": summary.documents_new,
        "documents_redeclared": len(summary.redeclared),
        "files_quarantined": summary.files_quarantined,
        "figures_new": summary.figures_new,
    }
    yield dg.MaterializeResult(asset_key=["raw", "documents"], metadata={**run_facts, "rows": totals["documents"]})
    yield dg.MaterializeResult(asset_key=["raw", "document_paths"], metadata=run_facts)
    yield dg.MaterializeResult(asset_key=["raw", "figures"], metadata={**run_facts, "rows": totals["figures"]})
    yield dg.MaterializeResult(
        asset_key=["raw", "quarantine"],
        metadata={
            **run_facts,
            "rows": totals["quarantine"],
            "quarantined_files": dg.MetadataValue.json(
                [{"source_path": p, "reason": r, "message": m} for p, r, m in summary.quarantined]
            ),
            "this_run": dg.MetadataValue.md(
                "\n".join(f"- `{p}`: **{r}** {m}" for p, r, m in summary.quarantined) or "nothing quarantined"
            ),
        },
    )
