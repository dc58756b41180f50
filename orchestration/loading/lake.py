"""Figures of one report year re-extracted into Parquet (warehouse/lake/years/<year>/).

Extraction is a pure function of one file, so a year is re-extracted without touching DuckDB
beyond reading which files it holds: years run side by side, on any executor.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from extractors import extract_file
from extractors.errors import ExtractionError
from orchestration.loading.ingest import DOCUMENT_SCHEMA, FIGURE_SCHEMA, declared_kwargs, document_row, figure_row
from orchestration.loading.sidecar import Sidecar


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
            document = extract_file(path, **declared_kwargs(declaration))
        except ExtractionError:
            continue  # quarantine is the main pipeline's job
        if document.doc_id in seen:
            continue
        seen.add(document.doc_id)
        documents.append(document_row(document, source_path, at, declaration))
        figures.extend(figure_row(document.doc_id, f) for f in document.figures)
    out_dir.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(documents, DOCUMENT_SCHEMA), out_dir / "documents.parquet")
    pq.write_table(pa.Table.from_pylist(figures, FIGURE_SCHEMA), out_dir / "figures.parquet")
    return len(documents), len(figures)
