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
