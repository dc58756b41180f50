"""Running the real `zhifa` command in a subprocess, on a copy of the bundled reports."""

from __future__ import annotations

import fcntl
import hashlib
import json
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


@dataclass(frozen=True)
class BundledBuild:
    """One finished `zhifa run` of the bundled reports in a fresh warehouse, and what it said.

    Several files start from exactly this; each takes a copy of the reports and the warehouse
    (`copy_to`) and goes on from there, so none sees another's changes and the build itself is
    never written again. A copy's next run parses the dbt project once more (the parse state
    names the build database's path); its quality page and Data Docs name the original folder
    until that run rewrites them."""

    workspace: Workspace
    result: subprocess.CompletedProcess

    def copy_to(self, folder: Path) -> Workspace:
        copy = Workspace(folder / "reports", folder / "warehouse")
        shutil.copytree(self.workspace.reports, copy.reports)
        shutil.copytree(self.workspace.warehouse, copy.warehouse)
        return copy


def bundled_build(folder: Path) -> BundledBuild:
    """The build in `folder`, made by whichever process asks first; the others (pytest-xdist
    workers sharing `folder`) wait for it and read what it left."""
    folder.mkdir(parents=True, exist_ok=True)
    ws = Workspace(folder / "reports", folder / "warehouse")
    said = folder / "result.json"
    with open(folder / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not said.exists():  # written last: anything else here is a build that died half-way
            shutil.rmtree(ws.reports, ignore_errors=True)
            shutil.rmtree(ws.warehouse, ignore_errors=True)
            shutil.copytree(BUNDLED_REPORTS, ws.reports)
            result = ws.run()
            said.write_text(json.dumps([result.args, result.returncode, result.stdout, result.stderr]), encoding="utf-8")
    return BundledBuild(ws, subprocess.CompletedProcess(*json.loads(said.read_text(encoding="utf-8"))))


def step_failure(settings, *assets) -> str:
    """The one-line message of the one step that fails when `assets` are materialised
    in-process with zhifa's resources for `settings`."""
    import dagster as dg

    from orchestration.defs.resources import Progress, WriterLock, ZhifaResource

    zhifa = ZhifaResource.from_settings(settings)
    result = dg.materialize(
        list(assets),
        resources={
            "zhifa": zhifa,
            "writer_lock": WriterLock(zhifa=zhifa),
            "progress": dg.ResourceDefinition.hardcoded_resource(Progress()),
        },
        raise_on_error=False,
    )
    assert not result.success
    [failure] = result.get_step_failure_events()
    return failure.step_failure_data.user_failure_data.description
