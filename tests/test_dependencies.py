"""Dependencies as the code uses them, and a lock made from the declarations.

deptry (configured in pyproject.toml, [tool.deptry]) reads every import: the project's
code may import only what pyproject.toml's dependencies declare, never a package that
only arrives with another one or one from the test extra, and every declared package is
imported or listed there with the reason it is not. The tests may import the
dependencies and the test extra. requirements.lock is generated from the same
declarations (`make lock`): each pin it holds for a declared package is the declared
one, each of its packages is declared or needed by one that is, and each carries the
hashes `make install` checks; requirements-uv.lock pins the uv that installs it.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
LOCK = ROOT / "requirements.lock"
# uv, which installs LOCK (`make install`), pinned by the Makefile's UV with its wheels' hashes.
UV_LOCK = ROOT / "requirements-uv.lock"
# deptry's default exclusions less tests/, and the npm packages of the Data Docs.
SCAN_TESTS_TOO = ["--exclude", r"venv|\.venv|\.direnv|\.git|node_modules"]


def deptry(*args: str, config: Path = PYPROJECT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "deptry", ".", "--no-ansi", "--config", str(config), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,  # deptry reports on stderr
        text=True,
        timeout=300,
    )


def declared() -> dict[str, Requirement]:
    """Every requirement pyproject.toml states: dependencies, the test extra, the build backend."""
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    lines = (
        project["project"]["dependencies"]
        + project["project"]["optional-dependencies"]["test"]
        + project["build-system"]["requires"]
    )
    return {canonicalize_name(r.name): r for r in map(Requirement, lines)}


def locked(lock: Path = LOCK) -> dict[str, tuple[str, list[str], set[str]]]:
    """Each package of a lock (requirements.lock unless told): (version, hashes, what needs it)."""
    entries: dict[str, tuple[str, list[str], set[str]]] = {}
    current = None
    for line in lock.read_text(encoding="utf-8").splitlines():
        pin = re.match(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", line)
        if pin:
            current = canonicalize_name(pin.group(1))
            entries[current] = (pin.group(2), [], set())
        elif current and (digest := re.search(r"--hash=(sha256:[0-9a-f]{64})", line)):
            entries[current][1].append(digest.group(1))
        elif current and (via := re.match(r"\s*#\s+(?:via\b)?\s*(\S.*)?$", line)) and via.group(1):
            entries[current][2].add(via.group(1).strip())
    return entries


def test_the_code_imports_what_it_declares_and_declares_what_it_imports():
    result = deptry()
    assert result.returncode == 0, result.stdout


def test_the_tests_import_only_declared_packages():
    # DEP002 (declared, unused) is the run above's; DEP004 (a test-extra package imported)
    # is what tests may do.
    result = deptry(*SCAN_TESTS_TOO, "--ignore", "DEP002,DEP004")
    assert result.returncode == 0, result.stdout


def test_deptry_reports_a_package_used_undeclared_and_one_declared_unused(tmp_path):
    # The drift this file is here for: pandas imported by the dashboard but only arriving
    # with streamlit, and a package left declared after its last import went.
    text = PYPROJECT.read_text(encoding="utf-8")
    assert '    "pandas==' in text
    drifted = re.sub(r'\n    "pandas==[^"]*",', '\n    "cn2an==0.5.24",', text)
    config = tmp_path / "pyproject.toml"
    config.write_text(drifted, encoding="utf-8")
    result = deptry(config=config)
    assert result.returncode == 1
    assert re.search(r"dashboard/\S+\.py:\d+:\d+: DEP003 'pandas' imported but it is a transitive dependency", result.stdout)
    assert "DEP002 'cn2an' defined as a dependency but not used in the codebase" in result.stdout


def test_every_declared_pin_is_the_locked_one():
    lock = locked()
    wrong = {
        name: (str(requirement.specifier), lock.get(name, ("missing",))[0])
        for name, requirement in declared().items()
        if name not in lock or not requirement.specifier.contains(lock[name][0])
    }
    assert not wrong, f"pyproject.toml and requirements.lock disagree (run `make lock`): {wrong}"


def test_every_locked_package_is_declared_or_needed_by_one_in_the_lock():
    lock, direct = locked(), declared()
    stray = {
        name
        for name, (_, _, needed_by) in lock.items()
        if name not in direct
        and not any(canonicalize_name(parent) in lock for parent in needed_by - {"zhifa (pyproject.toml)"})
    }
    claimed = {name for name, (_, _, needed_by) in lock.items() if "zhifa (pyproject.toml)" in needed_by}
    assert not stray, f"requirements.lock holds packages nothing declares or needs (run `make lock`): {stray}"
    assert claimed <= set(direct), f"the lock says pyproject.toml declares {claimed - set(direct)} (run `make lock`)"


def test_every_locked_package_carries_hashes():
    assert {name for name, (_, hashes, _) in locked().items() if not hashes} == set()
    assert len(locked()) > 100  # the parse found the lock's entries, not a stray header


def test_the_uv_that_installs_the_lock_is_the_makefiles_with_the_hashes_of_its_wheels():
    pinned = re.search(r"^UV\s*:=\s*uv==(\S+)$", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M)
    assert pinned, "the Makefile no longer pins uv as UV := uv==<version>"
    tools = locked(UV_LOCK)
    assert set(tools) == {"uv"}, f"requirements-uv.lock holds more than uv (run `make lock`): {set(tools)}"
    version, hashes, _ = tools["uv"]
    assert version == pinned.group(1), f"requirements-uv.lock pins uv {version}, the Makefile {pinned.group(1)} (run `make lock`)"
    assert len(hashes) >= 2  # a wheel for each platform, not one machine's


def test_the_installed_packages_carry_their_compiled_bytecode():
    # `make install` compiles it (uv's --compile-bytecode); where PYTHONDONTWRITEBYTECODE is set,
    # nothing else would, and every process would compile each module it imports again
    import importlib.util

    import dagster
    import great_expectations

    missing = [
        module.__name__ for module in (dagster, great_expectations)
        if not Path(importlib.util.cache_from_source(module.__file__)).is_file()
    ]
    assert not missing, f"no compiled bytecode for {missing}: run `make install` again"
