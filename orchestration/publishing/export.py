"""The published marts as files (Parquet or CSV) with a schema file, for tools that cannot open DuckDB."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

EXPORTED_SCHEMAS = ("marts", "bi")
FORMATS = ("parquet", "csv")


def export_tables(published_db: Path, out_dir: Path, fmt: str) -> list[Path]:
    """Write every table of the exported schemas to `out_dir`, plus `schema.json`."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    schema: dict[str, dict] = {}
    with duckdb.connect(str(published_db), read_only=True) as con:
        tables = con.execute(
            """
            SELECT schema_name, table_name, comment FROM duckdb_tables()
            WHERE database_name = current_database() AND schema_name IN (SELECT unnest(?::VARCHAR[]))
            ORDER BY schema_name, table_name
            """,
            [list(EXPORTED_SCHEMAS)],
        ).fetchall()
        for schema_name, table_name, comment in tables:
            relation = con.table(f'"{schema_name}"."{table_name}"')
            path = out_dir / f"{schema_name}.{table_name}.{fmt}"
            if fmt == "parquet":
                relation.write_parquet(str(path))
            else:
                relation.write_csv(str(path), header=True)
            written.append(path)
            columns = con.execute(
                """
                SELECT column_name, data_type, is_nullable, comment FROM duckdb_columns()
                WHERE database_name = current_database() AND schema_name = ? AND table_name = ?
                ORDER BY column_index
                """,
                [schema_name, table_name],
            ).fetchall()
            schema[f"{schema_name}.{table_name}"] = {
                "file": path.name,
                "description": comment,
                "rows": relation.aggregate("count(*)").fetchall()[0][0],
                "columns": [
                    {"name": name, "type": data_type, "nullable": nullable, "description": col_comment}
                    for name, data_type, nullable, col_comment in columns
                ],
            }
    schema_path = out_dir / "schema.json"
    schema_path.write_text(json.dumps({"format": fmt, "tables": schema}, ensure_ascii=False, indent=2), encoding="utf-8")
    return [*written, schema_path]
