"""Where zhifa reads reports and writes the warehouse: defaults, env vars, flags."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import duckdb

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_REPORTS_DIR = REPO_ROOT / "data" / "reports"
DEFAULT_WAREHOUSE_DIR = REPO_ROOT / "warehouse"
# Analysts' corrections of the bundled reports; other reports folders have none unless
# ZHIFA_CORRECTIONS_DIR (or --corrections) names a folder for them.
DEFAULT_CORRECTIONS_DIR = REPO_ROOT / "data" / "corrections"
DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024
DEFAULT_WORKERS = max(1, min(os.cpu_count() or 1, 8))
# What each DuckDB instance of a run may hold in memory (loading, dbt, the audits,
# publishing); past it DuckDB spills to disk, so a run's peak memory does not grow with
# the corpus. dbt reads the same variable in dbt_project/profiles.yml, with this default.
DEFAULT_DUCKDB_MEMORY_LIMIT = "128MB"


def duckdb_memory_limit() -> str:
    """ZHIFA_DUCKDB_MEMORY_LIMIT (a DuckDB size: 128MB, 1GB …), or the default."""
    return os.environ.get("ZHIFA_DUCKDB_MEMORY_LIMIT") or DEFAULT_DUCKDB_MEMORY_LIMIT


def duckdb_config(temp_directory: Path | None = None, **extra: object) -> dict[str, object]:
    """Configuration for a DuckDB connection of the pipeline: the memory cap, and where
    to spill (DuckDB's default for a database file is `<file>.tmp/` beside it; for an
    in-memory connection it is `.tmp/` in the working directory, so give one)."""
    config: dict[str, object] = {"memory_limit": duckdb_memory_limit(), **extra}
    if temp_directory is not None:
        config["temp_directory"] = str(temp_directory)
    return config


@dataclass(frozen=True, slots=True)
class Settings:
    reports_dir: Path
    warehouse_dir: Path
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    workers: int = DEFAULT_WORKERS
    corrections_dir: Path | None = None  # None: no corrections are read

    @classmethod
    def from_env(
        cls,
        reports_dir: str | Path | None = None,
        warehouse_dir: str | Path | None = None,
        corrections_dir: str | Path | None = None,
    ) -> "Settings":
        """Flags win over ZHIFA_* environment variables, which win over the defaults."""
        reports = Path(reports_dir or os.environ.get("ZHIFA_REPORTS_DIR") or DEFAULT_REPORTS_DIR).resolve()
        warehouse = warehouse_dir or os.environ.get("ZHIFA_WAREHOUSE_DIR") or DEFAULT_WAREHOUSE_DIR
        max_bytes = int(os.environ.get("ZHIFA_MAX_FILE_BYTES", DEFAULT_MAX_FILE_BYTES))
        workers = int(os.environ.get("ZHIFA_WORKERS", DEFAULT_WORKERS))
        corrections = corrections_dir or os.environ.get("ZHIFA_CORRECTIONS_DIR") or (
            DEFAULT_CORRECTIONS_DIR if reports == DEFAULT_REPORTS_DIR.resolve() else None
        )
        return cls(
            reports, Path(warehouse).resolve(), max_bytes, max(1, workers), Path(corrections).resolve() if corrections else None
        )

    @property
    def build_db(self) -> Path:
        return self.warehouse_dir / "build.duckdb"

    @property
    def published_db(self) -> Path:
        return self.warehouse_dir / "warehouse.duckdb"

    @property
    def quality_dir(self) -> Path:
        return self.warehouse_dir / "quality"

    @property
    def lake_dir(self) -> Path:
        return self.warehouse_dir / "lake"

    @property
    def lock_file(self) -> Path:
        return self.warehouse_dir / ".zhifa.lock"

    def last_run_databases(self) -> Iterator[tuple[Path, "duckdb.DuckDBPyConnection"]]:
        """Read-only connections to the build database (the last run, even one whose audits
        blocked publishing), then the published one: each that exists and can be opened
        (a run may hold the build database), closed when the caller moves on or stops."""
        import duckdb

        for path in (self.build_db, self.published_db):
            if not path.exists():
                continue
            try:
                con = duckdb.connect(str(path), read_only=True)
            except duckdb.Error:
                continue
            try:
                yield path, con
            finally:
                con.close()
