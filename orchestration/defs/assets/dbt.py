"""The dbt project's models, tests and unit tests as Dagster assets and checks."""


import functools
import hashlib
import importlib.metadata
import os
import re
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets
from dagster_dbt.dbt_project import DagsterDbtProjectPreparer
from packaging import version

from expectations.contract import DBT_PROJECT_DIR
from orchestration.runs.lock import writer_lock

# The dbt installed beside this Python, even when its bin folder is not on PATH
# (`.venv/bin/zhifa run` from a shell that never activated the venv).
_PYTHON_BIN = Path(sys.executable).parent
if (_PYTHON_BIN / "dbt").exists() and str(_PYTHON_BIN) not in os.environ.get("PATH", "").split(os.pathsep):
    os.environ["PATH"] = os.pathsep.join([str(_PYTHON_BIN), os.environ.get("PATH", "")])

_STAMP = "zhifa_project_hash.txt"
# The project hash of the last dbt build that finished without error, beside the manifest.
_BUILT_STAMP = "zhifa_built_project_hash.txt"
BUILD_ARGS = ("build", "--exclude", "resource_type:unit_test")


def dbt_project_for(warehouse_dir: Path) -> DbtProject:
    """The dbt project, with its manifest and parse state kept in the warehouse folder.

    Each warehouse has its own build database, and dbt's partial-parse state is only
    valid for the profile it was made with; kept per warehouse, two warehouses (a test
    beside a production run) never invalidate each other's. dagster-dbt puts each
    invocation's artifacts under DBT_TARGET_PATH, so that points there too."""
    target = (warehouse_dir / "dbt").resolve()
    os.environ["DBT_TARGET_PATH"] = str(target)
    return DbtProject(project_dir=DBT_PROJECT_DIR, target="build", target_path=target)


def _project_hash() -> str:
    """A hash of everything that shapes the manifest, to parse only after a change."""
    digest = hashlib.sha256()
    for path in sorted(DBT_PROJECT_DIR.rglob("*")):
        if path.is_file() and path.suffix in {".sql", ".yml", ".yaml", ".md"} and "target" not in path.parts and "logs" not in path.parts:
            digest.update(path.relative_to(DBT_PROJECT_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _target_file(dbt_project: DbtProject, name: str) -> Path:
    """A file of ours beside the manifest, in the warehouse's dbt folder."""
    return dbt_project.project_dir / dbt_project.target_path / name


def ensure_manifest(dbt_project: DbtProject, build_db: Path) -> Path:
    """Parse the dbt project when its manifest is missing or older than its files.

    The profile names the build database (ZHIFA_BUILD_DB), and dbt throws its
    partial-parse state away whenever the profile differs from the last parse; so
    the parse uses the same value the build will, and a change of database
    re-parses once here rather than at every build.

    The manifest itself names no path (the build database is "build" wherever its file
    lies), so a warehouse without one takes the manifest another warehouse parsed from
    the same project files (`_parsed_manifests`) instead of running `dbt parse`; its
    first `dbt build` then parses in full for this profile, and keeps the state
    (`keep_parse_state`)."""
    os.environ["ZHIFA_BUILD_DB"] = str(build_db)
    stamp = _target_file(dbt_project, _STAMP)
    current = f"{_project_hash()} {build_db}"
    # `make serve` starts the webserver and the daemon at once, and each loads these
    # definitions: one parses, the other waits and finds the manifest made.
    with writer_lock(_target_file(dbt_project, ".parse.lock"), "dbt parse", wait=True):
        if not dbt_project.manifest_path.exists() or not stamp.exists() or stamp.read_text() != current:
            parsed = _parsed_manifests(dbt_project) / f"{_parse_key(dbt_project, build_db)}.json"
            if parsed.is_file():
                _copy_atomically(parsed, dbt_project.manifest_path)
            else:
                _Preparer().prepare(dbt_project)
                try:
                    _copy_atomically(dbt_project.manifest_path, parsed)
                except OSError:
                    pass  # a project folder we cannot write to: every new warehouse parses
            stamp.parent.mkdir(parents=True, exist_ok=True)
            stamp.write_text(current)
    return dbt_project.manifest_path


def _parsed_manifests(dbt_project: DbtProject) -> Path:
    """Manifests parsed by any warehouse, by what they were parsed from: in the dbt
    project's own target/ folder (git-ignored; `dbt clean` empties it)."""
    return dbt_project.project_dir / "target" / "zhifa_manifests"


def _parse_key(dbt_project: DbtProject, build_db: Path) -> str:
    """Everything a manifest depends on, but the folder of the build database: the
    project's files, the dbt and adapter versions, the target, the database's file name
    (dbt names the database after it), and the environment variables profiles.yml reads
    besides ZHIFA_BUILD_DB."""
    profiles = (dbt_project.project_dir / "profiles.yml").read_text(encoding="utf-8")
    read = sorted(set(re.findall(r"env_var\(\s*['\"](\w+)['\"]", profiles)) - {"ZHIFA_BUILD_DB"})
    parts = [
        _project_hash(),
        *(f"{name}={importlib.metadata.version(name)}" for name in ("dbt-core", "dbt-duckdb")),
        f"target={dbt_project.target}",
        f"database file={build_db.name}",
        *(f"{name}={os.environ.get(name)}" for name in read),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _copy_atomically(source: Path, target: Path) -> None:
    """Readers of `target` (another process taking the same parse) see the old file or
    the whole new one."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    shutil.copyfile(source, partial)
    os.replace(partial, target)


def keep_parse_state(dbt_project: DbtProject, invocation_target: Path) -> None:
    """After a dbt command, its partial-parse state becomes the warehouse's, which
    dagster-dbt hands to the next command: a build whose parse was a full one (its
    manifest came from another warehouse) leaves a state the next build can reuse."""
    state = invocation_target / "partial_parse.msgpack"
    if state.is_file():
        _copy_atomically(state, _target_file(dbt_project, "partial_parse.msgpack"))


class ZhifaDbtTranslator(DagsterDbtTranslator):
    """Asset keys read like table names: raw/figures, staging/stg_figures, marts/fct_metric_yoy."""

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> dg.AssetKey:
        if dbt_resource_props["resource_type"] == "source":
            return dg.AssetKey([dbt_resource_props["source_name"], dbt_resource_props["name"]])
        schema = dbt_resource_props.get("config", {}).get("schema") or dbt_resource_props["schema"]
        return dg.AssetKey([schema, dbt_resource_props["name"]])

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        return dbt_resource_props.get("config", {}).get("schema") or "dbt"


@functools.cache
def build_dbt_assets(warehouse_dir: Path, build_db: Path) -> dg.AssetsDefinition:
    dbt_project = dbt_project_for(warehouse_dir)
    ensure_manifest(dbt_project, build_db)

    @dbt_assets(
        manifest=dbt_project.manifest_path,
        project=dbt_project,
        dagster_dbt_translator=ZhifaDbtTranslator(),
        name="dbt_models",
        required_resource_keys={"dbt", "zhifa", "progress", "writer_lock"},
    )
    def dbt_models(context: dg.AssetExecutionContext):
        # The profile reads the build database's path from the environment; the
        # pipeline's own DuckDB connections are closed before dbt starts.
        os.environ["ZHIFA_BUILD_DB"] = str(context.resources.zhifa.settings.build_db)
        dbt: DbtCliResource = context.resources.dbt
        progress = context.resources.progress
        total = len(context.selected_asset_keys) + len(context.selected_asset_check_keys)
        done = 0
        progress("dbt", 0, total)
        built = _target_file(dbt_project, _BUILT_STAMP)
        # dbt unit tests pin model logic; they run in the test suite (tests/test_dbt_docs.py),
        # not in every production build.
        invocation = dbt.cli(build_args(built), context=context)
        try:
            for event in invocation.stream():
                done += 1
                progress("dbt", min(done, total), total)
                yield event
        finally:
            keep_parse_state(dbt_project, invocation.target_path)
        # Reached only when dbt exited without error. A subset (some models picked in the
        # UI) leaves the rest as they were, so it is no finished build of the project.
        if not context.is_subset:
            built.write_text(_project_hash())

    return dbt_models


def build_args(built: Path) -> list[str]:
    """`dbt build`, with --full-refresh unless the last build finished with this very
    project (`built` holds its hash).

    The issuer-keyed models are incremental (dbt_project/macros/changed_issuers.sql):
    they rebuild the issuers whose data changed, which is right only if every other
    issuer's rows were built by the same SQL and the last build did not stop half-way
    (a failed model, an error-severity test skipping what follows). The stamp is removed
    here and written back only after a build that finished, so anything else rebuilds
    everything once. So does a run of only some of the models."""
    full = not built.exists() or built.read_text() != _project_hash()
    built.unlink(missing_ok=True)
    return [*BUILD_ARGS, *(["--full-refresh"] if full else [])]


class ZhifaDbtCliResource(DbtCliResource):
    """dagster-dbt asks the dbt executable for its version (`dbt --version`, about
    1.5 s of imports) on every resource instance, twice a run. The executable here
    is dbt-core's own, installed beside this Python, so the package's version is
    the answer.

    Before each dbt command dagster-dbt also loads the profile and opens a dbt adapter in
    this process (two seconds of imports and setup), which serves only to fetch column
    metadata and row counts after the build (`fetch_column_metadata`, `fetch_row_counts`);
    zhifa asks for neither, so there is no adapter, and dbt's events reach the run as dbt
    prints them instead of after it exits."""

    @functools.cached_property
    def _cli_version(self) -> version.Version:
        return version.parse(importlib.metadata.version("dbt-core"))

    def _initialize_dbt_core_adapter(self, args):
        return None


class _Preparer(DagsterDbtProjectPreparer):
    """dagster-dbt's preparer (dependencies, then `dbt parse`), with the parse run through
    zhifa's resource, so it skips `dbt --version` and the in-process adapter too."""

    def _prepare_manifest(self, project: DbtProject) -> None:
        ZhifaDbtCliResource(project_dir=project).cli(
            ["parse", "--quiet"], target_path=project.target_path
        ).wait()
        self._invalidate_seeds_in_partial_parse(project)


def dbt_resource(warehouse_dir: Path) -> DbtCliResource:
    return ZhifaDbtCliResource(project_dir=dbt_project_for(warehouse_dir), target="build")
