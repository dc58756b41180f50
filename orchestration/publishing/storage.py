"""The build database's file: created in the storage format BI drivers read.

BI drivers bundle older DuckDB releases (DBeaver, Metabase, Superset, Evidence), and
DuckDB 1.4 cannot open a file in duckdb 2.0's default storage format. The build
database is therefore created in the v1.4.0 format, and DuckDB keeps an existing
file's format whoever writes to it later (the loader, dbt-duckdb, the audits). So
publishing can copy the file as it is rather than rewrite every table into a new one
(10,000 reports: a 70 MB file copied in a fraction of a second, where the rewrite took
4.4 s). The rewrite stays for what a copy cannot do: a build database from before this
format (or created by something else), and one that has come to hold much free space.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from orchestration.settings import duckdb_config

STORAGE_VERSION = "v1.4.0"
# Rewrite (and so compact) the build database once more than this share of its blocks
# is free: dbt's table models are dropped and built anew each run, and DuckDB reuses
# the freed blocks but never gives them back to the file system.
MAX_FREE_SHARE = 0.4


def create(path: Path) -> None:
    """An empty database file at `path` in STORAGE_VERSION, unless one is there."""
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(config=duckdb_config(path.with_name(f"{path.name}.tmp"))) as con:
        # The path is ours (configuration), bound as a parameter all the same.
        con.execute(f"ATTACH ? AS created (STORAGE_VERSION '{STORAGE_VERSION}')", [str(path)])
        con.execute("DETACH created")


@dataclass(frozen=True, slots=True)
class FileState:
    storage_version: str
    total_blocks: int
    free_blocks: int

    @property
    def copyable(self) -> bool:
        """A plain copy of the file is a publishable warehouse: old enough a format for
        BI drivers, and not mostly free space."""
        return self.storage_version.startswith(STORAGE_VERSION) and self.free_blocks <= MAX_FREE_SHARE * self.total_blocks


def settle(path: Path) -> FileState:
    """Checkpoint the database at `path` so the file alone holds every change (no
    write-ahead log beside it), and say what a copy of it would be."""
    with duckdb.connect(str(path), config=duckdb_config(threads=1)) as con:
        con.execute("CHECKPOINT")
        (tags,) = con.execute("SELECT tags FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
        total, free = con.execute(
            "SELECT total_blocks, free_blocks FROM pragma_database_size() WHERE database_name = current_database()"
        ).fetchone()
    return FileState(tags.get("storage_version", ""), int(total), int(free))
