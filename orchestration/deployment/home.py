"""DAGSTER_HOME: where the Dagster instance keeps run history, schedule and sensor state.

Without one Dagster keeps all of it in a temporary folder, lost at every restart, and sends
usage statistics. zhifa's home is DAGSTER_HOME when set, else `dagster/` in the warehouse
folder (ZHIFA_WAREHOUSE_DIR, default warehouse/); the first start writes its dagster.yaml
from deploy/dagster.yaml, and never overwrites one that is there.
"""

from __future__ import annotations

import os
from pathlib import Path

from orchestration.defs.instance import create_stores
from orchestration.runs.lock import writer_lock
from orchestration.settings import DEFAULT_WAREHOUSE_DIR, REPO_ROOT

TEMPLATE = REPO_ROOT / "deploy" / "dagster.yaml"
CONFIG_NAME = "dagster.yaml"


def dagster_home(environ: dict[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    configured = env.get("DAGSTER_HOME", "").strip()
    if configured:
        return Path(configured).expanduser().resolve()
    warehouse = env.get("ZHIFA_WAREHOUSE_DIR", "").strip()
    return (Path(warehouse).expanduser() if warehouse else DEFAULT_WAREHOUSE_DIR).resolve() / "dagster"


def prepare_home(home: Path, storage: bool = False) -> Path:
    """The folder, with a dagster.yaml (written from the template when missing); its path.

    With `storage`, the instance's databases are created too. The webserver and the daemon
    start at the same moment, and two processes creating one fresh SQLite store race:
    each stamps its schema version, and the store no longer opens ("more than one head")."""
    home.mkdir(parents=True, exist_ok=True)
    with writer_lock(home / ".prepare.lock", "preparing DAGSTER_HOME", wait=True):
        config = home / CONFIG_NAME
        if not config.exists():
            staged = home / f".{CONFIG_NAME}.{os.getpid()}.tmp"
            staged.write_text(TEMPLATE.read_text(encoding="utf-8"), encoding="utf-8")
            os.replace(staged, config)
        if storage:
            create_stores(home)
    return home
