"""Shared paths and fixtures for the zhifa test suite."""

from __future__ import annotations

import atexit
import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_GOLD = SHARED / "corpus" / "seed_gold.json"
BUNDLED_REPORTS = REPO / "data" / "reports"


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def bundled_build(tmp_path_factory: pytest.TempPathFactory):
    """`zhifa run` on the bundled reports, run once for the whole session (its xdist workers
    share the folder above their own temporary folders); tests take copies of it."""
    from tests.e2e_support import bundled_build

    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent
    return bundled_build(base / "bundled_build")


# The longest files first. `make test` hands whole files to three workers in collection order
# (--dist loadfile --no-loadscope-reorder); the deployment and pipeline files take minutes
# each and the rest seconds, so starting them first lets the short files fill in around them
# instead of one long file running alone at the end. Tests keep their order within a file.
_HEAVIEST_FIRST = ("daemon", "e2e")


def _weight(items: list[pytest.Item]) -> int:
    for rank, marker in enumerate(_HEAVIEST_FIRST):
        if any(item.get_closest_marker(marker) for item in items):
            return rank
    return len(_HEAVIEST_FIRST)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    files: dict[Path, list[pytest.Item]] = {}
    for item in items:
        files.setdefault(item.path, []).append(item)
    ordered = sorted(files.values(), key=_weight)  # stable: same-weight files keep their order
    items[:] = [item for file_items in ordered for item in file_items]


def _silence_stderr() -> None:
    sys.stderr.flush()
    os.dup2(os.open(os.devnull, os.O_WRONLY), 2)


# A process that used DuckDB through Great Expectations' SQLAlchemy engine gets
# nanobind "leaked instance" warnings from DuckDB's bindings while the interpreter
# tears down; silencing stderr at exit (after pytest has printed its summary)
# keeps them from landing after pytest's closing line.
atexit.register(_silence_stderr)
