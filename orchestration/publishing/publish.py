"""Publishing the audited build database: copy beside the live file, then one atomic rename.

Readers (BI tools) open warehouse.duckdb read-only; they see the previous file or
the complete new one, never a half-written one, and never hold a lock we need.
The build database is kept in DuckDB's v1.4.0 storage format (publishing/storage.py),
so BI drivers that bundle an older DuckDB can open the copy, and the copy is a file
copy. A build database in another format, or holding much free space, is rewritten
table by table into a fresh v1.4.0 file instead, which then replaces the build
database too, so the next publish is a copy again.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb

from orchestration.settings import duckdb_config
from orchestration.publishing.storage import STORAGE_VERSION, settle


def publish(build_db: Path, published_db: Path) -> Path:
    """Copy `build_db` to a temporary file beside `published_db` and rename it over."""
    published_db.parent.mkdir(parents=True, exist_ok=True)
    temporary = published_db.with_name(f".{published_db.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    try:
        if settle(build_db).copyable:
            shutil.copyfile(build_db, temporary)
        else:
            _rewrite(build_db, temporary)
            _replace(build_db, temporary)
        _fsync(temporary)
        os.replace(temporary, published_db)
        _fsync(published_db.parent)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return published_db


def _rewrite(build_db: Path, out: Path) -> None:
    """Every schema, table, view and comment of `build_db` into a new v1.4.0 file."""
    # The copy is one transaction, and what it has not yet written to the new file
    # (all of raw.documents: fewer rows than one row group) waits in memory until it
    # commits. Capped (ZHIFA_DUCKDB_MEMORY_LIMIT), it waits on disk instead, in the
    # folder where the build database spills (DuckDB's default for that file), so
    # publishing takes the same memory whatever the corpus. One thread spills less
    # and copies as fast as two.
    spill = build_db.with_name(f"{build_db.name}.tmp")
    with duckdb.connect(config=duckdb_config(spill, threads=1)) as con:
        # Paths are ours (configuration), bound as parameters all the same.
        con.execute("ATTACH ? AS build (READ_ONLY)", [str(build_db)])
        con.execute(f"ATTACH ? AS fresh (STORAGE_VERSION '{STORAGE_VERSION}')", [str(out)])
        con.execute("COPY FROM DATABASE build TO fresh")
        con.execute("DETACH fresh")
        con.execute("DETACH build")


def _replace(build_db: Path, rewritten: Path) -> None:
    """The rewritten copy becomes the build database too (same contents, compact, in
    the format a plain copy can publish)."""
    staged = build_db.with_name(f".{build_db.name}.{os.getpid()}.tmp")
    try:
        shutil.copyfile(rewritten, staged)
        _fsync(staged)
        os.replace(staged, build_db)
    finally:
        staged.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def blocking_failures(build_db: Path, run_id: str) -> list[tuple[str, str, str, str | None]]:
    """Error-severity expectations that failed in this run: (stage, table, expectation, column)."""
    with duckdb.connect(str(build_db), read_only=True) as con:
        exists = con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'quality' AND table_name = 'validation_results'"
        ).fetchall()[0][0]
        if not exists:
            return []
        return [
            tuple(row)
            for row in con.execute(
                """
                SELECT stage, table_name, expectation, column_name
                FROM quality.validation_results
                WHERE run_id = ? AND severity = 'error' AND NOT success
                ORDER BY stage, table_name, expectation
                """,
                [run_id],
            ).fetchall()
        ]
