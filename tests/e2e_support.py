"""Running the real `zhifa` command in a subprocess, on a copy of the bundled reports."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb

from expectations.contract import dbt_models
from tests.conftest import BUNDLED_REPORTS

ZHIFA = [sys.executable, "-m", "orchestration.cli"]
MARTS = dbt_models("marts")


@dataclass
class Workspace:
    reports: Path
    warehouse: Path

    @property
    def published(self) -> Path:
        return self.warehouse / "warehouse.duckdb"

    def run(self, *extra: str, timeout: int = 600) -> subprocess.CompletedProcess:
        env = {**os.environ, "ZHIFA_REPORTS_DIR": str(self.reports), "ZHIFA_WAREHOUSE_DIR": str(self.warehouse)}
        return subprocess.run([*ZHIFA, "run", *extra], env=env, capture_output=True, text=True, timeout=timeout)

    def query(self, sql: str, params: list | None = None) -> list[tuple]:
        with duckdb.connect(str(self.published), read_only=True) as con:
            return con.execute(sql, params or []).fetchall()

    def marts_snapshot(self) -> dict[str, list[tuple]]:
        with duckdb.connect(str(self.published), read_only=True) as con:
            return {name: sorted(map(repr, con.execute(f"SELECT * FROM marts.{name}").fetchall())) for name in MARTS}

    def published_digest(self) -> str:
        return hashlib.sha256(self.published.read_bytes()).hexdigest()


def workspace(tmp_path: Path) -> Workspace:
    reports = tmp_path / "reports"
    shutil.copytree(BUNDLED_REPORTS, reports)
    return Workspace(reports, tmp_path / "warehouse")
