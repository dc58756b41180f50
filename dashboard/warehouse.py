"""Where the dashboard finds the published warehouse, and one read-only query at a time on it.

Every query opens its own read-only connection and closes it before returning, so the
dashboard never holds the file open between reruns: the pipeline's atomic rename of a new
warehouse.duckdb is picked up by the next query, and no lock is ever held against it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_WAREHOUSE_DIR = REPO_ROOT / "warehouse"
PUBLISHED_NAME = "warehouse.duckdb"


class WarehouseMissing(Exception):
    """No published warehouse yet: `make run` (or `zhifa run`) has not published one."""


@dataclass(frozen=True)
class Warehouse:
    directory: Path

    @classmethod
    def from_env(cls) -> "Warehouse":
        """ZHIFA_WAREHOUSE_DIR, as for the `zhifa` command, else <repo>/warehouse."""
        return cls(Path(os.environ.get("ZHIFA_WAREHOUSE_DIR") or DEFAULT_WAREHOUSE_DIR).resolve())

    @property
    def published_db(self) -> Path:
        return self.directory / PUBLISHED_NAME

    @property
    def quality_dir(self) -> Path:
        return self.directory / "quality"

    def version(self) -> tuple[int, int]:
        """Identifies the file now at the published path; a publish (new inode) changes it."""
        try:
            stat = self.published_db.stat()
        except FileNotFoundError:
            raise WarehouseMissing(str(self.published_db)) from None
        return stat.st_ino, stat.st_mtime_ns

    def read(self, sql: str, params: list | tuple | None = None) -> pd.DataFrame:
        """Run one parameterised query on a fresh read-only connection and close it."""
        if not self.published_db.exists():
            raise WarehouseMissing(str(self.published_db))
        con = duckdb.connect(str(self.published_db), read_only=True)
        try:
            return con.execute(sql, list(params or [])).df()
        finally:
            con.close()
