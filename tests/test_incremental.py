"""An incremental run (new reports added to a loaded warehouse) gives the same marts as a full rebuild."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import BUNDLED_REPORTS
from tests.e2e_support import MARTS, Workspace

pytestmark = pytest.mark.e2e

# Columns that say when a row was loaded, not what it holds.
LOAD_TIME_COLUMNS = {"ingested_at", "latest_ingested_at"}


def marts_without_load_times(ws: Workspace) -> dict[str, list[tuple]]:
    snapshot = {}
    for name in MARTS:
        columns = [row[0] for row in ws.query(f"DESCRIBE marts.{name}") if row[0] not in LOAD_TIME_COLUMNS]
        select = ", ".join(f'"{c}"' for c in columns)
        snapshot[name] = sorted(map(repr, ws.query(f"SELECT {select} FROM marts.{name}")))
    return snapshot


def test_adding_reports_to_a_loaded_warehouse_equals_building_from_scratch(tmp_path):
    first_half = {"tianjin_jinghai_2022.txt", "sample_jiaqu_2021.txt", "sample_jiaqu_2022.txt", "sample_yixian_2021.txt"}

    incremental = Workspace(tmp_path / "inc_reports", tmp_path / "inc_warehouse")
    incremental.reports.mkdir()
    for name in first_half:
        shutil.copy(BUNDLED_REPORTS / name, incremental.reports / name)
    assert incremental.run().returncode == 0
    for path in BUNDLED_REPORTS.iterdir():
        shutil.copy(path, incremental.reports / path.name)
    result = incremental.run()
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"({len(list(BUNDLED_REPORTS.iterdir())) - len(first_half)} new)" in result.stdout

    full = Workspace(tmp_path / "full_reports", tmp_path / "full_warehouse")
    shutil.copytree(BUNDLED_REPORTS, full.reports)
    assert full.run().returncode == 0

    assert marts_without_load_times(incremental) == marts_without_load_times(full)
