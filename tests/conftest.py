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



def _silence_stderr() -> None:
    sys.stderr.flush()
    os.dup2(os.open(os.devnull, os.O_WRONLY), 2)


# A process that used DuckDB through Great Expectations' SQLAlchemy engine gets
# nanobind "leaked instance" warnings from DuckDB's bindings while the interpreter
# tears down; silencing stderr at exit (after pytest has printed its summary)
# keeps them from landing after pytest's closing line.
atexit.register(_silence_stderr)
