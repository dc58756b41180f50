"""Shared paths and fixtures for the zhifa test suite."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_GOLD = SHARED / "corpus" / "seed_gold.json"
BUNDLED_REPORTS = REPO / "data" / "reports"


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


def pytest_unconfigure(config: pytest.Config) -> None:
    """Silence stderr once pytest has printed its summary.

    A process that used DuckDB through Great Expectations' SQLAlchemy engine gets
    nanobind "leaked instance" warnings from DuckDB's bindings while the interpreter
    tears down; they would otherwise land after pytest's closing line."""
    import os
    import sys

    sys.stderr.flush()
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
